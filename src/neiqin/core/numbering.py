"""Document numbers unique across offices while offline: PREFIX-BRANCH-YEAR-SEQUENCE.

Each office counts its own sequence per document type and year, so SO-BJ01-2026-000123 and
SO-SH01-2026-000123 never collide. The sequence row is updated inside the caller's write
transaction (SQLite BEGIN IMMEDIATE), so two saves never draw the same number.

Several computers of one branch ("desks", each with its own database) draw from separate blocks:
a computer gets its desk number when it first registers with the sync server (0 for the first
computer of the branch, then 1, 2, …; kept in this database's settings, never synced), and desk k
draws the values k·1,000,000 + 1 … k·1,000,000 + 999,999 of each document type and year. Desk 0 —
every office with one computer, and every office before its first sync — keeps the numbers it always
had (SO-BJ01-2026-000123); the second computer's first order is SO-BJ01-2026-1000001. A block that
is used up is refused in words, never spilled into the next desk's block.
"""

from __future__ import annotations

import re

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.base import Base
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.settings import get_setting, set_setting

BRANCH_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
NUMBER_RE = re.compile(r"^(?P<prefix>[A-Z]{2,4})-(?P<branch>[A-Z][A-Z0-9]{1,7})-(?P<year>\d{4})-(?P<seq>\d{6,})$")
#: the setting holding this computer's desk (absent: desk 0)
DESK = "numbering.desk"
#: sequence values per desk, document type and year: desk k draws k·DESK_BLOCK + 1 … k·DESK_BLOCK + 999,999
DESK_BLOCK = 1_000_000


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


def desk(session: Session) -> int:
    """This computer's desk (0 until the sync server gave it another)."""
    return int(get_setting(session, DESK, 0) or 0)


def set_desk(session: Session, value: int) -> None:
    set_setting(session, DESK, int(value))


def desk_block(value: int) -> tuple[int, int]:
    """The first and last sequence value desk `value` draws."""
    return value * DESK_BLOCK + 1, value * DESK_BLOCK + DESK_BLOCK - 1


def in_block(sequence: int, value: int) -> bool:
    first, last = desk_block(value)
    return first <= sequence <= last


def next_number(session: Session, prefix: str, branch_code: str, year: int) -> str:
    return reserve_block(session, prefix, branch_code, year, 1)[0]


def reserve_block(session: Session, prefix: str, branch_code: str, year: int, count: int) -> list[str]:
    """`count` consecutive numbers of this computer's desk block at once (bulk paths)."""
    row = session.get(NumberSequence, (prefix, branch_code, year))
    if row is None:
        row = NumberSequence(prefix=prefix, branch_code=branch_code, year=year, last_value=0)
        session.add(row)
    mine = desk(session)
    first, last = desk_block(mine)
    start = max(row.last_value + 1, first)  # a new desk starts its block; values drawn before it stay
    if start + count - 1 > last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This computer has used up its {prefix} numbers for {year} ({first} to "
                                        "{last}); {wanted} more were needed."),
            field="number", prefix=prefix, year=year, first=format_number(prefix, branch_code, year, first),
            last=format_number(prefix, branch_code, year, last), wanted=count)
    row.last_value = start + count - 1
    session.flush()
    return [format_number(prefix, branch_code, year, value) for value in range(start, start + count)]


def parse_number(number: str) -> dict[str, str] | None:
    match = NUMBER_RE.match(number or "")
    return match.groupdict() if match else None
