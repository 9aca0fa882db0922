"""A small orders-shaped table of the tests' own (not a slice's) for the list toolkit tests."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Boolean, Date, Integer, String, insert, or_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from neiqin.core.db.engine import sqlite_engine
from neiqin.core.db.session import Database
from neiqin.core.db.types import Money, UtcDateTime
from neiqin.core.listing import Column, ListQuery

STATUS_TITLES = {"draft": "Draft", "approved": "Approved", "cancelled": "Cancelled"}
STATUS_TONES = {"draft": "neutral", "approved": "success", "cancelled": "danger"}
CUSTOMERS = ["华为技术", "联想集团", "小米科技", "京东商城", "海尔智家", "格力电器", "Acme Ltd", "Beta Co"]


class SampleBase(DeclarativeBase):
    pass


class SampleOrder(SampleBase):
    __tablename__ = "sample_order"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(30), nullable=False)
    customer: Mapped[str] = mapped_column(String(100), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    qty: Mapped[int] = mapped_column(Integer, nullable=False)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


def sample_rows(count: int, seed: int = 7, deleted_every: int = 0) -> list[dict]:
    rng = random.Random(seed)
    start = date(2026, 1, 1)
    rows = []
    for n in range(count):
        rows.append({
            "id": f"{n:08d}-0000-7000-8000-000000000000",
            "number": f"SO-BJ01-2026-{n + 1:06d}",
            "customer": rng.choice(CUSTOMERS),
            "day": start + timedelta(days=rng.randrange(300)),
            "status": rng.choice(list(STATUS_TITLES)),
            "amount": Decimal(rng.randrange(1, 10_000_000)) / 100,
            "qty": rng.randrange(1, 500),
            "urgent": rng.random() < 0.2,
            "created_at": datetime(2026, 1, 1, 8, 30, tzinfo=UTC) + timedelta(minutes=n),
            "deleted_at": (datetime(2026, 6, 1, tzinfo=UTC)
                           if deleted_every and n % deleted_every == deleted_every - 1 else None),
        })
    return rows


def make_db(path: Path, rows: list[dict]) -> Database:
    engine = sqlite_engine(path)
    SampleBase.metadata.create_all(engine)
    db = Database(engine, path)
    if rows:
        with db.connect() as connection:
            connection.execute(insert(SampleOrder), rows)
    return db


def sample_query() -> ListQuery:
    t = SampleOrder
    return ListQuery(
        t,
        [
            Column("number", "Number", t.number),
            Column("customer", "Customer", t.customer),
            Column("day", "Date", t.day, kind="date"),
            Column("status", "Status", t.status, kind="status", status_titles=STATUS_TITLES,
                   status_tones=STATUS_TONES),
            Column("amount", "Amount", t.amount, kind="money", total=True),
            Column("qty", "Quantity", t.qty, kind="qty", total=True),
            Column("urgent", "Urgent", t.urgent, kind="bool", sortable=False),
            Column("created_at", "Created", t.created_at, kind="datetime"),
        ],
        id_expr=t.id,
        default_sort=("day", True),
        search=lambda text: or_(t.number.contains(text, autoescape=True),
                                t.customer.contains(text, autoescape=True)),
        filters={"status": lambda value: t.status == value,
                 "from": lambda value: t.day >= value,
                 "to": lambda value: t.day <= value},
        context="SampleList",
    )
