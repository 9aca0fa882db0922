import json

import pytest
from sqlalchemy import select

from neiqin.core.audit import AuditEntry, record_history
from neiqin.core.auth import service as auth
from neiqin.core.auth.models import User
from neiqin.core.errors import AuthenticationError, PermissionDenied, ValidationError


def test_sign_in_and_roles(db):
    clerk = auth.sign_in(db, "clerk", "user-pass-1")
    assert clerk.role == "clerk" and clerk.display_name == "王芳"
    assert not clerk.can("users.manage")
    admin = auth.sign_in(db, "admin", "admin-pass-1")
    assert admin.can("users.manage") and admin.branch_id == clerk.branch_id


def test_wrong_password_then_lockout(db):
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong user name or password"):
            auth.sign_in(db, "clerk", "nope")
    with pytest.raises(AuthenticationError, match="locked"):
        auth.sign_in(db, "clerk", "nope")
    with pytest.raises(AuthenticationError, match="locked"):  # even the right password now
        auth.sign_in(db, "clerk", "user-pass-1")


def test_password_is_hashed_with_scrypt(db):
    with db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "clerk"))
    assert stored.startswith("scrypt$") and "user-pass-1" not in stored


def test_permissions_checked_in_service(db, clerk):
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        auth.create_user(uow, "mallory", "M", "admin", "long-password")
    with db.read() as session:
        assert session.scalar(select(User).where(User.username == "mallory")) is None


def test_bad_user_input_changes_nothing(db, admin):
    for args in [("x y", "X", "clerk", "long-password"), ("new", "N", "clerk", "short"),
                 ("new", "N", "boss", "long-password"), ("clerk", "dup", "clerk", "long-password")]:
        with pytest.raises(ValidationError), db.unit_of_work(admin) as uow:
            auth.create_user(uow, *args)
    with db.read() as session:
        assert len(auth.list_users(session)) == 4


def test_every_change_is_audited_in_the_same_transaction(db, admin):
    with db.unit_of_work(admin) as uow:
        view = auth.create_user(uow, "newbie", "新人", "clerk", "long-password", department="销售部")
    with db.unit_of_work(admin) as uow:
        uow.session.get(User, view.id).department = "客服部"
    with db.read() as session:
        history = record_history(session, "app_user", view.id, hidden=frozenset({"password_hash"}))
    ops = [(h.op, h.field) for h in history]
    assert ("insert", "department") in ops and ("update", "department") in ops
    update = next(h for h in history if h.op == "update")
    assert (update.old, update.new, update.actor_name) == ("销售部", "客服部", "系统管理员")
    assert all(h.new in (None, "***") for h in history if h.field == "password_hash")


def test_rollback_leaves_no_audit(db, admin):
    with db.read() as session:
        before = session.query(AuditEntry).count()
    with pytest.raises(RuntimeError), db.unit_of_work(admin) as uow:
        auth.create_user(uow, "ghost", "Ghost", "clerk", "long-password")
        raise RuntimeError
    with db.read() as session:
        assert session.query(AuditEntry).count() == before


def test_bookkeeping_columns_filled(db, admin):
    with db.unit_of_work(admin) as uow:
        view = auth.create_user(uow, "stamp", "S", "clerk", "long-password")
    with db.read() as session:
        user = session.get(User, view.id)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.row_id == view.id)).one()
    assert user.created_by == admin.user_id and user.hlc and user.branch_id == admin.branch_id
    assert "username" in json.loads(entry.changes)


def test_password_hash_never_reaches_the_audit_trail(db, admin):
    with db.unit_of_work(admin) as uow:
        view = auth.create_user(uow, "secretive", "S", "clerk", "long-password")
    with db.unit_of_work(admin) as uow:
        auth.change_password(uow, view.id, None, "another-password")
    with db.read() as session:
        raw = [e.changes for e in session.scalars(select(AuditEntry).where(AuditEntry.row_id == view.id))]
    assert len(raw) == 2 and all("scrypt" not in text for text in raw)
    assert json.loads(raw[1])["password_hash"] == ["***", "***"]
