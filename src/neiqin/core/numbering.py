"""Document numbers unique across offices while offline: PREFIX-BRANCH-YEAR-SEQUENCE.

Each office counts its own sequence per document type and year, so SO-BJ01-2026-000123 and
SO-SH01-2026-000123 never collide. The sequence row is updated inside the caller's write
transaction (SQLite BEGIN IMMEDIATE), so two saves never draw the same number.
"""

from __future__ import annotations

import re

from sqlalchemy import Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.base import Base
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

BRANCH_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
NUMBER_RE = re.compile(r"^(?P<prefix>[A-Z]{2,4})-(?P<branch>[A-Z][A-Z0-9]{1,7})-(?P<year>\d{4})-(?P<seq>\d{6,})$")


class NumberSequence(Base):
    __tablename__ = "number_sequence"

    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


def validate_branch_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not BRANCH_CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A branch code is 2–8 letters or digits starting with a letter, e.g. BJ01."),
            field="branch_code",
        )
    return code


def format_number(prefix: str, branch_code: str, year: int, value: int) -> str:
    return f"{prefix}-{branch_code}-{year:04d}-{value:06d}"


def next_number(session: Session, prefix: str, branch_code: str, year: int) -> str:
    row = session.scalar(
        select(NumberSequence).where(
            NumberSequence.prefix == prefix, NumberSequence.branch_code == branch_code, NumberSequence.year == year
        )
    )
    if row is None:
        row = NumberSequence(prefix=prefix, branch_code=branch_code, year=year, last_value=0)
        session.add(row)
    row.last_value += 1
    session.flush()
    return format_number(prefix, branch_code, year, row.last_value)


def reserve_block(session: Session, prefix: str, branch_code: str, year: int, count: int) -> list[str]:
    """`count` consecutive numbers at once, for bulk paths."""
    row = session.get(NumberSequence, (prefix, branch_code, year))
    if row is None:
        row = NumberSequence(prefix=prefix, branch_code=branch_code, year=year, last_value=0)
        session.add(row)
    start = row.last_value + 1
    row.last_value += count
    session.flush()
    return [format_number(prefix, branch_code, year, value) for value in range(start, start + count)]


def parse_number(number: str) -> dict[str, str] | None:
    match = NUMBER_RE.match(number or "")
    return match.groupdict() if match else None
