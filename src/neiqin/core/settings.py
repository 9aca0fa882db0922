"""Company settings kept in the database (letterhead, branch, rules): key → JSON value."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.base import Base
from neiqin.core.db.types import UtcDateTime, utcnow
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

COMPANY_NAME = "company.name"
COMPANY_ADDRESS = "company.address"
COMPANY_PHONE = "company.phone"
COMPANY_LOGO = "company.logo"  # attachment hash of the logo image
BRANCH_ID = "branch.id"
BRANCH_CODE = "branch.code"
KNOWN_PERMISSIONS = "auth.known_permissions"
BACKUP_KEEP = "backup.keep"
BACKUP_LAST = "backup.last"


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(36))


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if raw is None else json.loads(raw)


def set_setting(session: Session, key: str, value: Any, user_id: str | None = None) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text, updated_at=utcnow(), updated_by=user_id))
    else:
        row.value, row.updated_at, row.updated_by = text, utcnow(), user_id


def all_settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}


#: daily backups kept, at least and at most
BACKUP_KEEP_RANGE = (1, 365)


def save_company(uow, name: str, address: str = "", phone: str = "", backup_keep: int | None = None) -> None:
    """The letterhead every printed form carries (name, address, phone) and the daily backups to
    keep; an administrator's change (`settings.manage`)."""
    uow.actor.require("settings.manage")
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the company name."), field="company_name")
    low, high = BACKUP_KEEP_RANGE
    if backup_keep is not None and not low <= backup_keep <= high:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Keep between {low} and {high} daily backups."),
                              field="backup_keep", low=low, high=high)
    values = [(COMPANY_NAME, name), (COMPANY_ADDRESS, (address or "").strip()), (COMPANY_PHONE, (phone or "").strip())]
    if backup_keep is not None:
        values.append((BACKUP_KEEP, backup_keep))
    for key, value in values:
        set_setting(uow.session, key, value, user_id=uow.actor.user_id)

