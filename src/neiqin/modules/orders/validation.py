"""Checking what a clerk typed: numbers, lines, customer and products, and the completeness check
that runs before an order is submitted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
import neiqin.modules.products.service as products
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, ValidationErrors
from neiqin.core.money import FEN, parse_money
from neiqin.modules.orders.schemas import LineInput, OrderInput, Problem

MAX_LINES = 500
MAX_QUANTITY = Decimal("999999999")
QTY_STEP = Decimal("0.001")
LIMITS = {"contact": 60, "phone": 40, "delivery_place": 300, "payment_terms": 200, "notes": 4000}


@dataclass(frozen=True)
class CleanLine:
    line_no: int
    product_id: str
    product_code: str
    product_name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    amount: Decimal


def parse_quantity(value, line_no: int) -> Decimal:
    field = f"lines[{line_no}].quantity"
    try:
        quantity = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: “{value}” is not a quantity."),
                              field=field, line=line_no, value=value) from None
    if not quantity.is_finite() or quantity <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the quantity must be more than 0."),
                              field=field, line=line_no)
    if quantity != quantity.quantize(QTY_STEP):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: a quantity has at most three decimals."),
                              field=field, line=line_no)
    if quantity > MAX_QUANTITY:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the quantity {value} is too large."),
                              field=field, line=line_no, value=value)
    return quantity


def parse_price(value, line_no: int) -> Decimal:
    field = f"lines[{line_no}].unit_price"
    try:
        price = parse_money(value, field=field)
    except ValidationError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the unit price “{value}” is not valid "
                                                          "(yuan with at most two decimals)."),
                              field=field, line=line_no, value=value) from exc
    if price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the unit price cannot be negative."),
                              field=field, line=line_no)
    return price


def parse_discount(value, line_no: int) -> Decimal:
    field = f"lines[{line_no}].discount"
    try:
        discount = Decimal(str(value if value not in (None, "") else 0).strip().rstrip("%"))
    except (InvalidOperation, ValueError):
        discount = Decimal("NaN")
    if not discount.is_finite() or discount < 0 or discount > 100 or discount != discount.quantize(FEN):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the discount is a percentage from 0 to 100 "
                                                          "with at most two decimals."),
                              field=field, line=line_no)
    return discount


def line_amount(quantity: Decimal, price: Decimal, discount: Decimal) -> Decimal:
    return (quantity * price * (100 - discount) / 100).quantize(FEN, rounding=ROUND_HALF_UP)


def clean_lines(session: Session, lines: tuple[LineInput, ...]) -> list[CleanLine]:
    if len(lines) > MAX_LINES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An order has at most {max} lines; this one has {count}. "
                                                          "Split it into several orders."),
                              field="lines", max=MAX_LINES, count=len(lines))
    parsed = []
    for index, line in enumerate(lines, start=1):
        if not line.product_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: choose a product."),
                                  field=f"lines[{index}].product", line=index)
        parsed.append((index, line, parse_quantity(line.quantity, index), parse_price(line.unit_price, index),
                       parse_discount(line.discount_percent, index)))
    found = products.get_products(session, [line.product_id for line in lines])
    out = []
    for index, line, quantity, price, discount in parsed:
        product = found.get(line.product_id)
        if product is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the product no longer exists."),
                                  field=f"lines[{index}].product", line=index)
        if not product.active:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: {product} is no longer sold."),
                                  field=f"lines[{index}].product", line=index, product=product.name)
        out.append(CleanLine(index, product.id, product.code, product.name, product.spec or "", product.unit,
                             quantity, price, discount, line_amount(quantity, price, discount)))
    return out


def check_customer(session: Session, customer_id: str | None):
    """The customer, who must exist and not be deleted."""
    if not customer_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the customer."), field="customer")
    try:
        ref = customers.get_customer_ref(session, customer_id)
    except NotFound:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The customer is unknown."), field="customer") from None
    if not ref.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The customer {name} has been deleted."),
                              field="customer", name=ref.name)
    return ref


def check_header(data: OrderInput) -> None:
    for field, limit in LIMITS.items():
        value = getattr(data, field) or ""
        if len(value) > limit:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is longer than {limit} characters."),
                                  field=field, limit=limit)
    percent = data.prepayment_percent
    if not isinstance(percent, int) or isinstance(percent, bool) or not 0 <= percent <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The prepayment ratio is a whole percentage from 0 to 100."),
                              field="prepayment_percent")


def completeness(customer_id: str | None, contact: str, phone: str, delivery_date: date | None,
                 delivery_place: str, lines: list[tuple[int, Decimal, Decimal]], today: date) -> list[Problem]:
    """Everything missing before an order can be submitted; `lines` are (no, quantity, price)."""
    problems = []
    if not customer_id:
        problems.append(Problem("customer", QT_TRANSLATE_NOOP("errors", "The customer is missing.")))
    if not (contact or "").strip():
        problems.append(Problem("contact", QT_TRANSLATE_NOOP("errors", "The contact person is missing.")))
    if not (phone or "").strip():
        problems.append(Problem("phone", QT_TRANSLATE_NOOP("errors", "The contact phone is missing.")))
    if delivery_date is None:
        problems.append(Problem("delivery_date", QT_TRANSLATE_NOOP("errors", "The delivery date is missing.")))
    elif delivery_date < today:
        problems.append(Problem("delivery_date", QT_TRANSLATE_NOOP("errors", "The delivery date {date} is in the "
                                                                             "past."),
                                {"date": delivery_date.isoformat()}))
    if not (delivery_place or "").strip():
        problems.append(Problem("delivery_place", QT_TRANSLATE_NOOP("errors", "The delivery place is missing.")))
    if not lines:
        problems.append(Problem("lines", QT_TRANSLATE_NOOP("errors", "The order has no lines.")))
    for line_no, quantity, price in lines:
        if quantity is None or quantity <= 0:
            problems.append(Problem("quantity", QT_TRANSLATE_NOOP("errors", "Line {line}: the quantity must be more "
                                                                            "than 0."), {"line": line_no}, line_no))
        if price is None or price < 0:
            problems.append(Problem("unit_price", QT_TRANSLATE_NOOP("errors", "Line {line}: the unit price is "
                                                                              "missing."), {"line": line_no}, line_no))
    return problems


def raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise ValidationErrors([ValidationError(p.message, field=p.field, **p.params) for p in problems])
