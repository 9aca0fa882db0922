"""The credit file (信用档案): rating and limit with their history, receivables and payments,
the overdue amount; and the handover of a leaving clerk's customers.

Figures are confidential: reading them needs `customers.confidential` and is logged. Order rules
use `service.credit_summary` (service to service) or `service.credit_check` (no figures).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neiqin.core.audit import log_event
from neiqin.core.auth.models import User
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from neiqin.core.handover import count_owned, handover_users, reassign
from neiqin.modules.customers.models import CONFIDENTIAL_PERMISSION, Customer, Payment, RatingChange
from neiqin.modules.customers.schemas import (
    CREDIT_RATINGS,
    CreditFile,
    PaymentInput,
    PaymentView,
    RatingChangeView,
)
from neiqin.modules.customers.service import _live, credit_summary

ZERO = Decimal("0")
MAX_AMOUNT = Decimal("10000000000")  # 100亿


def _amount(value, field: str, allow_zero: bool = False) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount."), field=field,
                              value=value) from None
    if amount < 0 or (amount == 0 and not allow_zero) or amount >= MAX_AMOUNT \
            or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field}: enter a positive amount with at most 2 decimals."),
                              field=field)
    return amount


def _payment_view(p: Payment) -> PaymentView:
    return PaymentView(p.id, p.order_number or "", p.amount, p.due_on, p.paid_amount or ZERO, p.paid_on, p.notes or "")


def credit_file(uow, customer_id: str, today: date) -> CreditFile:
    """The whole credit file for a user allowed to read it; the view is logged."""
    uow.actor.require(CONFIDENTIAL_PERMISSION)
    session = uow.session
    summary = credit_summary(session, customer_id, today)
    payments = session.scalars(select(Payment).where(Payment.customer_id == customer_id, Payment.deleted_at.is_(None))
                               .order_by(Payment.due_on.desc(), Payment.id))
    names = dict(session.execute(select(User.id, User.display_name)).all())
    history = session.scalars(select(RatingChange).where(RatingChange.customer_id == customer_id)
                              .order_by(RatingChange.created_at.desc(), RatingChange.id.desc()))
    log_event(session, uow.actor, uow.now(), "customer", customer_id, "view", note="confidential: credit file")
    return CreditFile(
        summary, tuple(_payment_view(p) for p in payments),
        tuple(RatingChangeView(h.created_at, names.get(h.created_by, ""), h.old_rating, h.new_rating, h.old_limit,
                               h.new_limit, h.reason) for h in history),
    )


def change_rating(uow, customer_id: str, rating: str | None, limit: Decimal | None, reason: str) -> RatingChangeView:
    """A new rating and/or limit; the history keeps old and new values, who, when and why."""
    uow.actor.require(CONFIDENTIAL_PERMISSION)  # finance keeps the credit file without editing customers
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason for the change of rating."), field="reason")
    if len(reason) > 2000:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is too long: at most {limit} characters."),
                              field="reason", limit=2000)
    rating = (rating or "").strip().upper() or None
    if rating is not None and rating not in CREDIT_RATINGS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The credit rating must be one of {choices}."),
                              field="credit_rating", choices=", ".join(CREDIT_RATINGS))
    limit = None if limit in (None, "") else _amount(limit, "credit_limit", allow_zero=True)
    customer = _live(uow.session, customer_id)
    if customer.credit_rating == rating and customer.credit_limit == limit:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The rating and limit are unchanged."), field="credit_rating")
    change = RatingChange(customer_id=customer_id, old_rating=customer.credit_rating, new_rating=rating,
                          old_limit=customer.credit_limit, new_limit=limit, reason=reason)
    customer.credit_rating, customer.credit_limit = rating, limit
    uow.session.add(change)
    uow.session.flush()
    return RatingChangeView(change.created_at, uow.actor.display_name, change.old_rating, rating, change.old_limit,
                            limit, reason)


def add_payment_record(uow, customer_id: str, data: PaymentInput) -> PaymentView:
    """A receivable (amount due by a date for an order), possibly paid already."""
    uow.actor.require(CONFIDENTIAL_PERMISSION)  # finance keeps the credit file without editing customers
    _live(uow.session, customer_id)
    amount = _amount(data.amount, "amount")
    paid = _amount(data.paid_amount or 0, "paid_amount", allow_zero=True)
    if paid > amount:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The paid amount cannot exceed the amount due."),
                              field="paid_amount")
    if paid > 0 and data.paid_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the date of the payment."), field="paid_on")
    order_number = (data.order_number or "").strip()
    if len(order_number) > 40:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is too long: at most {limit} characters."),
                              field="order_number", limit=40)
    payment = Payment(customer_id=customer_id, order_number=order_number or None, order_id=data.order_id,
                      amount=amount, due_on=data.due_on, paid_amount=paid, paid_on=data.paid_on if paid else None,
                      notes=(data.notes or "").strip() or None)
    uow.session.add(payment)
    uow.session.flush()
    return _payment_view(payment)


def record_payment(uow, payment_id: str, amount: Decimal, paid_on: date) -> PaymentView:
    """Money received against a receivable."""
    uow.actor.require(CONFIDENTIAL_PERMISSION)  # finance keeps the credit file without editing customers
    payment = uow.session.get(Payment, payment_id)
    if payment is None or payment.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The payment record no longer exists."))
    amount = _amount(amount, "paid_amount")
    if payment.paid_amount + amount > payment.amount:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The paid amount cannot exceed the amount due."),
                              field="paid_amount")
    payment.paid_amount = payment.paid_amount + amount
    payment.paid_on = paid_on
    uow.session.flush()
    return _payment_view(payment)


def handover_customers(uow, from_user_id: str, to_user_id: str) -> int:
    """Every customer of a leaving clerk goes to another clerk in one action, recorded in the
    audit trail (one entry per customer plus one for the handover). Returns how many moved."""
    uow.actor.require("customers.handover")
    session = uow.session
    leaving, receiving = handover_users(session, session.get(User, from_user_id), session.get(User, to_user_id))
    moved = move_customers(uow, leaving.id, receiving)
    if moved:
        log_event(session, uow.actor, uow.now(), "customer", leaving.id, "handover",
                  changes={"owner_id": [leaving.id, receiving.id]},
                  note=f"{moved} customers: {leaving.display_name} → {receiving.display_name}")
    return moved


def count_customers(session: Session, user_id: str) -> int:
    return count_owned(session, Customer, "owner_id", user_id)


def move_customers(uow, from_user_id: str, to_user) -> int:
    """The customers `from_user_id` looks after go to `to_user` (a part of a clerk's handover)."""
    return reassign(uow, Customer, "owner_id", from_user_id, to_user)


def handover_choices(session: Session) -> list[tuple[str, str, int, bool]]:
    """Users for the handover dialog: (id, name, customers they look after, active)."""
    counts = dict(session.execute(select(Customer.owner_id, func.count()).where(Customer.deleted_at.is_(None))
                                  .group_by(Customer.owner_id)).all())
    users = session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.display_name))
    return [(u.id, u.display_name, int(counts.get(u.id, 0)), bool(u.active)) for u in users]
