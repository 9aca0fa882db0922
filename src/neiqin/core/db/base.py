"""The declarative base and the columns every synced table carries (DESIGN.md §2)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from neiqin.core.db.types import UtcDateTime
from neiqin.core.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Mixin: id, branch, who/when, tombstone, server version and HLC of the last local change.

    The columns are filled by the unit of work (`core.db.session`) at flush time, so services
    never set them by hand. Every change of a `Synced` row is audited.
    """

    __audited__ = True
    #: master data visible to every branch (products, users); otherwise rows belong to a branch
    __shared__ = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    branch_id: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_by: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    server_version: Mapped[int | None] = mapped_column(BigInteger)
    hlc: Mapped[str | None] = mapped_column(String(40))

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


#: columns the unit of work maintains; audit does not report them as user changes
BOOKKEEPING_COLUMNS = frozenset(
    {"created_at", "created_by", "updated_at", "updated_by", "server_version", "hlc", "branch_id"}
)
