"""Branches, roles and users."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import UtcDateTime


class Branch(Synced, Base):
    """An office. `code` is part of every document number (SO-BJ01-2026-000123)."""

    __tablename__ = "branch"
    __shared__ = True

    code: Mapped[str] = mapped_column(String(8), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))


class Role(Synced, Base):
    __tablename__ = "role"
    __shared__ = True

    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    #: JSON list of permission codes
    permissions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")


class User(Synced, Base):
    __tablename__ = "app_user"
    __confidential__ = frozenset({"password_hash"})

    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False)
    role_code: Mapped[str] = mapped_column(String(32), nullable=False)
    department: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
