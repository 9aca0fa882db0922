"""Field rules shared by entry and import: cleaning, validation, duplicate keys, the search row."""

from __future__ import annotations

import re
from dataclasses import fields

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.search import IndexRow, fold
from neiqin.modules.customers.schemas import CUSTOMER_TYPES, GRADES, ContactInput, CustomerInput

MAX_LENGTHS = {
    "name": 200, "short_name": 60, "industry": 60, "region": 60, "grade": 4, "legal_representative": 60,
    "business_scope": 2000, "address": 300, "phone": 40, "tax_id": 30, "bank_name": 100,
    "bank_account": 40, "notes": 4000, "tags": 300, "organisation": 4000, "decision_process": 4000,
    "plans": 4000,
}
CONTACT_MAX_LENGTHS = {"name": 60, "title": 60, "phone": 40, "email": 120, "wechat": 60, "notes": 2000}
_PHONE = re.compile(r"^[0-9+\-() /转ext.]{5,40}$")
_TAX_ID = re.compile(r"^[0-9A-Z]{15,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PUNCTUATION = re.compile(r"[()（）\[\]【】.,，。·・\-_'\"“”‘’]")


def clean_text(value) -> str:
    return "" if value is None else str(value).strip()


def name_key(name: str) -> str:
    """The folded name for duplicate detection: 北京 海淀（科技）有限公司 == 北京海淀(科技)有限公司."""
    return _PUNCTUATION.sub("", fold(name))


def phone_key(phone: str | None) -> str | None:
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 7 else None


def _check_length(field: str, value: str, limits: dict[str, int]) -> None:
    limit = limits.get(field)
    if limit is not None and len(value) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is too long: at most {limit} characters."),
                              field=field, limit=limit)


def clean_customer(data: CustomerInput) -> CustomerInput:
    """Trimmed and validated input; raises ValidationError naming the field."""
    values = {}
    for item in fields(CustomerInput):
        value = getattr(data, item.name)
        if isinstance(value, str) or (value is None and item.name not in ("owner_id", "bank_name", "bank_account")):
            value = clean_text(value)
            _check_length(item.name, value, MAX_LENGTHS)
        values[item.name] = value
    cleaned = CustomerInput(**values)
    if not cleaned.name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The customer name is required."), field="name")
    if cleaned.customer_type not in CUSTOMER_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown customer type: {value}."),
                              field="customer_type", value=cleaned.customer_type)
    cleaned.grade = cleaned.grade.upper()
    if cleaned.grade and cleaned.grade not in GRADES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The grade must be one of {choices}."),
                              field="grade", choices=", ".join(GRADES))
    if cleaned.phone and not _PHONE.match(cleaned.phone):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a phone number."),
                              field="phone", value=cleaned.phone)
    cleaned.tax_id = cleaned.tax_id.upper().replace(" ", "")
    if cleaned.tax_id and not _TAX_ID.match(cleaned.tax_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The tax id must be 15 to 20 letters or digits (统一社会信用代码)."),
            field="tax_id")
    cleaned.tags = ",".join(t.strip() for t in re.split(r"[,，;；]", cleaned.tags) if t.strip())
    for key in ("bank_name", "bank_account"):
        value = getattr(cleaned, key)
        if value is not None:
            value = clean_text(value)
            _check_length(key, value, MAX_LENGTHS)
            setattr(cleaned, key, value)
    return cleaned


def clean_contact(data: ContactInput) -> ContactInput:
    values = {}
    for item in fields(ContactInput):
        value = getattr(data, item.name)
        if item.name != "is_primary":
            value = clean_text(value)
            _check_length(item.name, value, CONTACT_MAX_LENGTHS)
        values[item.name] = value
    cleaned = ContactInput(**values)
    if not cleaned.name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The contact's name is required."), field="contact.name")
    if cleaned.phone and not _PHONE.match(cleaned.phone):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a phone number."),
                              field="contact.phone", value=cleaned.phone)
    if cleaned.email and not _EMAIL.match(cleaned.email):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not an email address."),
                              field="contact.email", value=cleaned.email)
    return cleaned


def customer_index_row(customer_id: str, code: str, data, contacts=()) -> IndexRow:
    """The search entry of a customer. Bank and credit fields are never indexed (confidential)."""
    subtitle = " · ".join(p for p in (code, data.region, data.phone) if p)
    texts = [data.short_name, code, data.phone, data.address, data.tax_id, data.industry, data.tags,
             data.legal_representative]
    for contact in contacts:
        texts.extend((contact.name, contact.phone))
    return IndexRow("customer", customer_id, "customers", data.name, subtitle, [t for t in texts if t],
                    [t for t in (data.name, data.short_name) if t])
