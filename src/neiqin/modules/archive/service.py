"""The archive register and the contracts ledger: items and contracts entered, edited and read,
electronic copies attached. Links to customers and orders go through their services.

Every write takes a unit of work (one transaction per user action) and checks the actor's
permission itself. Documents, lending, checks and destruction have their own files.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
import neiqin.modules.orders.service as orders
from neiqin.core import attachments
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.money import parse_money
from neiqin.core.numbering import next_number
from neiqin.core.search import IndexRow, index_record
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.archive import rules
from neiqin.modules.archive.models import ArchiveItem, Contract
from neiqin.modules.archive.schemas import ContractInput, ContractView, ItemInput, ItemView

ITEM_PREFIX = "DA"
CONTRACT_PREFIX = "HT"
ITEM_ENTITY = "archive_item"
CONTRACT_ENTITY = "archive_contract"
MODULE = "archive"


def local_today(uow_or_now) -> date:
    now = uow_or_now.now() if isinstance(uow_or_now, UnitOfWork) else uow_or_now
    return now.astimezone().date()


def branch_code(session: Session) -> str:
    code = get_setting(session, BRANCH_CODE)
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The branch code is not set up."), field="branch_code")
    return code


def new_number(uow: UnitOfWork, prefix: str, on: date | None = None) -> str:
    return next_number(uow.session, prefix, branch_code(uow.session), (on or local_today(uow)).year)


def actor_name(actor: Actor) -> str:
    return actor.display_name or actor.username


# --- links to customers and orders ---------------------------------------------------------------


def customer_name(session: Session, customer_id: str | None) -> str | None:
    if not customer_id:
        return None
    try:
        ref = customers.get_customer_ref(session, customer_id)
    except NotFound:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The customer no longer exists."),
                              field="customer_id") from None
    if not ref.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The customer no longer exists."), field="customer_id")
    return ref.name


def order_link(session: Session, actor: Actor, number: str) -> tuple[str | None, str | None]:
    number = (number or "").strip()
    if not number:
        return None, None
    try:
        order = orders.get_order_by_number(session, actor, number)
    except NotFound:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "No order numbered {number}."), field="order_number",
                              number=number) from None
    return order.id, order.number


def customer_choices(session: Session, text: str, limit: int = 20) -> list[tuple[str, str]]:
    return [(ref.id, f"{ref.name}（{ref.code}）") for ref in customers.lookup_customers(session, text, limit)]


# --- items -----------------------------------------------------------------------------------------


def _contract_numbers(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Contract.id, Contract.number).where(Contract.id.in_(ids))).all())


def item_view(session: Session, item: ArchiveItem) -> ItemView:
    contract = _contract_numbers(session, {item.contract_id} if item.contract_id else set())
    return ItemView(
        item.id, item.number, item.kind, item.category, item.title, item.doc_date, item.customer_id,
        item.customer_name or "", item.order_id, item.order_number or "", item.contract_id,
        contract.get(item.contract_id or "", ""), item.room or "", item.cabinet or "", item.shelf or "",
        item.box or "", item.pages, item.retention_years, item.retention_until, item.confidentiality, item.status,
        item.destroyed_on, item.notes or "", item.updated_at)


def load_item(session: Session, item_id: str) -> ArchiveItem:
    item = session.get(ArchiveItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such archive item."))
    return item


def get_item(session: Session, actor: Actor, item_id: str) -> ItemView:
    actor.require("archive.view")
    return item_view(session, load_item(session, item_id))


def get_item_by_number(session: Session, actor: Actor, number: str) -> ItemView:
    actor.require("archive.view")
    item = session.scalar(select(ArchiveItem).where(ArchiveItem.number == (number or "").strip(),
                                                    ArchiveItem.deleted_at.is_(None)))
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No archive item numbered {number}."), number=number)
    return item_view(session, item)


def clean_item(data: ItemInput) -> ItemInput:
    """The input with texts trimmed and every field checked (entry and import share it)."""
    if data.retention_years is not None and not 1 <= int(data.retention_years) <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The retention period is 1 to 100 years, or permanent."),
                              field="retention_years")
    if data.pages is not None and int(data.pages) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The number of pages cannot be negative."), field="pages")
    return ItemInput(
        title=rules.text(data.title, "title", 300, True), category=rules.text(data.category, "category", 40, True),
        kind=rules.choice(data.kind, rules.KINDS, "kind"), doc_date=data.doc_date,
        number=rules.text(data.number, "number", 40), customer_id=data.customer_id or None,
        order_number=rules.text(data.order_number, "order_number", 40), contract_id=data.contract_id or None,
        room=rules.text(data.room, "room", 40), cabinet=rules.text(data.cabinet, "cabinet", 40),
        shelf=rules.text(data.shelf, "shelf", 40), box=rules.text(data.box, "box", 40), pages=data.pages,
        retention_years=None if data.retention_years is None else int(data.retention_years),
        confidentiality=rules.choice(data.confidentiality, rules.LEVELS, "confidentiality"),
        notes=rules.text(data.notes, "notes", 2000))


def _check_paper_location(data: ItemInput) -> None:
    if data.kind in ("paper", "both") and not data.room:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A paper item needs its place: at least the room."),
                              field="room")


def _number_free(session: Session, number: str, exclude_id: str | None = None) -> None:
    query = select(ArchiveItem.id).where(ArchiveItem.number == number)
    if exclude_id:
        query = query.where(ArchiveItem.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The archive number {number} is in use already."),
                              field="number", number=number)


def _apply_item(uow: UnitOfWork, item: ArchiveItem, data: ItemInput) -> None:
    session = uow.session
    if data.contract_id and session.get(Contract, data.contract_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "No such contract."), field="contract_id")
    item.customer_name = customer_name(session, data.customer_id)
    item.customer_id = data.customer_id
    item.order_id, item.order_number = order_link(session, uow.actor, data.order_number)
    for key in ("kind", "category", "title", "confidentiality", "retention_years", "pages"):
        setattr(item, key, getattr(data, key))
    for key in ("room", "cabinet", "shelf", "box", "notes"):
        setattr(item, key, getattr(data, key) or None)
    item.contract_id = data.contract_id
    item.doc_date = data.doc_date or local_today(uow)
    item.retention_until = rules.retention_until(item.doc_date, item.retention_years)


def item_index_row(item_id: str, number: str, title: str, category: str, customer: str | None) -> IndexRow:
    return IndexRow(ITEM_ENTITY, item_id, MODULE, title, f"{number} · {category}",
                    (number, customer or ""), (title, customer or ""))


def _reindex_item(session: Session, item: ArchiveItem) -> None:
    row = item_index_row(item.id, item.number, item.title, item.category, item.customer_name)
    index_record(session, row.entity, row.entity_id, row.module, row.title, row.subtitle, row.texts,
                 row.pinyin_texts)


def create_item(uow: UnitOfWork, data: ItemInput) -> ItemView:
    """Register an item; an empty number draws the next archive number (DA-BJ01-2026-000001)."""
    uow.actor.require("archive.edit")
    data = clean_item(data)
    _check_paper_location(data)
    item = ArchiveItem(status=rules.IN_STORE)
    _apply_item(uow, item, data)
    if data.number:
        _number_free(uow.session, data.number)
        item.number = data.number
    else:
        item.number = new_number(uow, ITEM_PREFIX, item.doc_date)
    uow.session.add(item)
    uow.session.flush()
    _reindex_item(uow.session, item)
    return item_view(uow.session, item)


def update_item(uow: UnitOfWork, item_id: str, data: ItemInput,
                expected_updated_at: datetime | None = None) -> ItemView:
    uow.actor.require("archive.edit")
    item = load_item(uow.session, item_id)
    if item.status == rules.DESTROYED:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} was destroyed: its record can no longer be changed."),
                       number=item.number)
    if expected_updated_at is not None and item.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed this record in the meantime. "
                                                   "Reload it and edit again."))
    data = clean_item(data)
    _check_paper_location(data)
    if data.number and data.number != item.number:
        _number_free(uow.session, data.number, item.id)
        item.number = data.number
    _apply_item(uow, item, data)
    uow.session.flush()
    _reindex_item(uow.session, item)
    return item_view(uow.session, item)


def attach_copy(uow: UnitOfWork, item_id: str, source: str | Path, note: str = "") -> attachments.AttachmentView:
    """Store the electronic copy (a scan, a PDF) of an item and link it to the item."""
    uow.actor.require("archive.edit")
    item = load_item(uow.session, item_id)
    if item.status == rules.DESTROYED:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} was destroyed: its record can no longer be changed."),
                       number=item.number)
    if uow.db.path is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Files can only be attached to a database file."),
                              field="file")
    ref = attachments.store(uow.db.path, Path(source))
    return attachments.attach(uow, ArchiveItem.__tablename__, item.id, ref, note)


def copies_of(session: Session, actor: Actor, item_id: str) -> list[attachments.AttachmentView]:
    actor.require("archive.view")
    return attachments.attachments_of(session, ArchiveItem.__tablename__, item_id)


# --- contracts -----------------------------------------------------------------------------------------


def contract_view(contract: Contract) -> ContractView:
    return ContractView(contract.id, contract.number, contract.title, contract.customer_id, contract.customer_name,
                        contract.order_id, contract.order_number or "", contract.signed_on, contract.amount,
                        contract.start_date, contract.end_date, contract.notes or "", contract.updated_at)


def _load_contract(session: Session, contract_id: str) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None or contract.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such contract."))
    return contract


def get_contract(session: Session, actor: Actor, contract_id: str) -> ContractView:
    actor.require("archive.view")
    return contract_view(_load_contract(session, contract_id))


def contract_choices(session: Session, customer_id: str | None = None, limit: int = 200) -> list[tuple[str, str]]:
    query = select(Contract).where(Contract.deleted_at.is_(None)).order_by(Contract.signed_on.desc()).limit(limit)
    if customer_id:
        query = query.where(Contract.customer_id == customer_id)
    return [(c.id, f"{c.number} {c.title}") for c in session.scalars(query)]


def _required_date(value: date | None, field: str) -> date:
    if value is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Fill in this field."), field=field)
    return rules.as_date(value, field)


def _apply_contract(uow: UnitOfWork, contract: Contract, data: ContractInput) -> None:
    session = uow.session
    if not data.customer_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the customer."), field="customer_id")
    contract.title = rules.text(data.title, "title", 300, True)
    contract.customer_name = customer_name(session, data.customer_id) or ""
    contract.customer_id = data.customer_id
    contract.signed_on = _required_date(data.signed_on, "signed_on")
    contract.start_date = _required_date(data.start_date, "start_date")
    contract.end_date = _required_date(data.end_date, "end_date")
    if contract.end_date < contract.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The contract cannot end before it starts."),
                              field="end_date")
    if data.amount is None or str(data.amount).strip() == "":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Fill in this field."), field="amount")
    amount = parse_money(data.amount, "amount")
    if amount < Decimal("0"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The amount cannot be negative."), field="amount")
    contract.amount = amount
    contract.order_id, contract.order_number = order_link(session, uow.actor, data.order_number)
    contract.notes = rules.text(data.notes, "notes", 2000) or None


def _reindex_contract(session: Session, contract: Contract) -> None:
    index_record(session, CONTRACT_ENTITY, contract.id, MODULE, contract.title,
                 f"{contract.number} · {contract.customer_name}", (contract.number, contract.customer_name),
                 (contract.title, contract.customer_name))


def create_contract(uow: UnitOfWork, data: ContractInput) -> ContractView:
    uow.actor.require("archive.edit")
    contract = Contract()
    _apply_contract(uow, contract, data)
    number = rules.text(data.number, "number", 40)
    if number:
        if uow.session.scalar(select(Contract.id).where(Contract.number == number)) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The contract number {number} is in use already."),
                                  field="number", number=number)
        contract.number = number
    else:
        contract.number = new_number(uow, CONTRACT_PREFIX, contract.signed_on)
    uow.session.add(contract)
    uow.session.flush()
    _reindex_contract(uow.session, contract)
    return contract_view(contract)


def update_contract(uow: UnitOfWork, contract_id: str, data: ContractInput) -> ContractView:
    uow.actor.require("archive.edit")
    contract = _load_contract(uow.session, contract_id)
    _apply_contract(uow, contract, data)
    uow.session.flush()
    _reindex_contract(uow.session, contract)
    return contract_view(contract)
