"""First-run setup, sign-in with lockout, users and roles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neiqin.core import settings
from neiqin.core.audit import log_event
from neiqin.core.auth.actor import Actor, system_actor
from neiqin.core.auth.models import Branch, Role, User
from neiqin.core.auth.passwords import hash_password, verify_password
from neiqin.core.auth.permissions import ADMIN, ROLES, Permission, default_grants
from neiqin.core.db.session import Database, UnitOfWork
from neiqin.core.db.types import utcnow
from neiqin.core.errors import QT_TRANSLATE_NOOP, AuthenticationError, NotFound, ValidationError
from neiqin.core.numbering import validate_branch_code

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    display_name: str
    role_code: str
    department: str | None
    active: bool
    locked: bool


@dataclass(frozen=True)
class SetupData:
    company_name: str
    branch_code: str
    branch_name: str
    admin_username: str
    admin_display_name: str
    admin_password: str
    company_address: str = ""
    company_phone: str = ""


def is_set_up(db: Database) -> bool:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(User)) or 0) > 0


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password has at least {n} characters."), field="password",
            n=MIN_PASSWORD_LENGTH,
        )


def _check_username(username: str) -> str:
    username = (username or "").strip()
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A user name is 1–64 characters without spaces."), field="username"
        )
    return username


def sync_roles(session: Session, permissions: list[Permission]) -> None:
    """Create the four roles; grant permissions never seen before to their default roles."""
    known = set(settings.get_setting(session, settings.KNOWN_PERMISSIONS, []))
    grants = default_grants(permissions)
    roles = {role.code: role for role in session.scalars(select(Role))}
    for code in ROLES:
        role = roles.get(code)
        current = set(json.loads(role.permissions)) if role else set()
        new = {p for p in grants[code] if p not in known}
        if role is None:
            session.add(Role(code=code, permissions=json.dumps(sorted(grants[code]))))
        elif new:
            role.permissions = json.dumps(sorted(current | new))
    settings.set_setting(session, settings.KNOWN_PERMISSIONS, sorted(known | {p.code for p in permissions}))


def setup_company(db: Database, data: SetupData, permissions: list[Permission]) -> Actor:
    """First start: company, branch, roles, administrator. Returns the administrator as actor."""
    if not (data.company_name or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the company name."), field="company_name")
    code = validate_branch_code(data.branch_code)
    username = _check_username(data.admin_username)
    _check_password(data.admin_password)
    if is_set_up(db):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This database is already set up."))
    codes = frozenset(p.code for p in permissions)
    with db.unit_of_work(system_actor(None, codes)) as uow:
        s = uow.session
        branch = Branch(code=code, name=(data.branch_name or code).strip())
        s.add(branch)
        s.flush()
        sync_roles(s, permissions)
        s.add(User(username=username, display_name=(data.admin_display_name or username).strip(),
                   role_code=ADMIN, password_hash=hash_password(data.admin_password), branch_id=branch.id))
        for key, value in (
            (settings.COMPANY_NAME, data.company_name.strip()),
            (settings.COMPANY_ADDRESS, data.company_address.strip()),
            (settings.COMPANY_PHONE, data.company_phone.strip()),
            (settings.BRANCH_ID, branch.id),
            (settings.BRANCH_CODE, code),
        ):
            settings.set_setting(s, key, value)
    return sign_in(db, username, data.admin_password)


def actor_for(session: Session, user: User) -> Actor:
    role = session.scalar(select(Role).where(Role.code == user.role_code))
    permissions = frozenset(json.loads(role.permissions)) if role else frozenset()
    return Actor(user.id, user.username, user.display_name, user.role_code, user.branch_id, permissions)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """Check the password; after MAX_FAILED_ATTEMPTS failures the account locks for LOCK_MINUTES."""
    wrong = AuthenticationError(QT_TRANSLATE_NOOP("errors", "Wrong user name or password."))
    now = utcnow()
    outcome: Actor | AuthenticationError
    with db.unit_of_work(system_actor(None, frozenset())) as uow:
        s = uow.session
        user = s.scalar(select(User).where(User.username == (username or "").strip(), User.deleted_at.is_(None)))
        if user is None:
            outcome = wrong
        elif not user.active:
            outcome = AuthenticationError(QT_TRANSLATE_NOOP("errors", "This account is disabled."))
        elif user.locked_until is not None and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            outcome = AuthenticationError(
                QT_TRANSLATE_NOOP("errors", "Too many wrong passwords: the account is locked for {minutes} more minute(s)."),
                minutes=minutes,
            )
        elif not verify_password(password or "", user.password_hash):
            user.failed_attempts += 1
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
                outcome = AuthenticationError(
                    QT_TRANSLATE_NOOP("errors", "Too many wrong passwords: the account is locked for {minutes} more minute(s)."),
                    minutes=LOCK_MINUTES,
                )
            else:
                outcome = wrong
        else:
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            outcome = actor_for(s, user)
            log_event(s, outcome, now, "app_user", user.id, "sign-in")
    if isinstance(outcome, AuthenticationError):
        raise outcome
    return outcome


def create_user(uow: UnitOfWork, username: str, display_name: str, role_code: str, password: str,
                department: str | None = None) -> UserView:
    uow.actor.require("users.manage")
    username = _check_username(username)
    _check_password(password)
    if role_code not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown role {role}."), field="role", role=role_code)
    if uow.session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The user name {name} is taken."), field="username",
                              name=username)
    user = User(username=username, display_name=(display_name or username).strip(), role_code=role_code,
                password_hash=hash_password(password), department=department, branch_id=uow.actor.branch_id)
    uow.session.add(user)
    uow.session.flush()
    return to_view(user)


def change_password(uow: UnitOfWork, user_id: str, old_password: str | None, new_password: str) -> None:
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user."))
    if user_id == uow.actor.user_id:
        if not verify_password(old_password or "", user.password_hash):
            raise AuthenticationError(QT_TRANSLATE_NOOP("errors", "The current password is wrong."))
    else:
        uow.actor.require("users.manage")
    _check_password(new_password)
    user.password_hash = hash_password(new_password)


def set_active(uow: UnitOfWork, user_id: str, active: bool) -> None:
    uow.actor.require("users.manage")
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user."))
    user.active = active


def list_users(session: Session, include_inactive: bool = True) -> list[UserView]:
    query = select(User).where(User.deleted_at.is_(None)).order_by(User.username)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [to_view(user) for user in session.scalars(query)]


def to_view(user: User) -> UserView:
    locked = user.locked_until is not None and user.locked_until > utcnow()
    return UserView(user.id, user.username, user.display_name, user.role_code, user.department, user.active, locked)
