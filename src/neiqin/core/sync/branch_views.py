"""MariaDB branch isolation: one view database per branch office (the design is described in
`security`). Run by the administrator (`neiqin server init`), whose account becomes the views'
definer; idempotent, and a re-run re-creates every branch's views with the current columns."""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, text

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.sync.catalog import AUDIT_TABLE, SyncTable
from neiqin.core.sync.schema import (
    ACCOUNT,
    CHANGE,
    CLIENT,
    CONFLICT,
    COUNTER,
    HORIZON,
    VERSION,
    server_metadata,
)
from neiqin.core.sync.security import BranchAccount, branch_role, check_branch_id, current_database

HOST = "%"
COUNTER_GUARD = "sync_counter_forward"
_WRITE = "SELECT, INSERT, UPDATE"


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def view_database(database: str, code: str) -> str:
    name = branch_role(database, code)
    if len(name) > 64:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "The branch database name {name} is longer than 64 "
                                                        "characters: use a shorter branch code."),
                              field="branch", name=name)
    return name


def secure(connection: Connection, tables: dict[str, SyncTable],
           branches: list[tuple[str, str]]) -> list[BranchAccount]:
    """Accounts (with fresh passwords) for `branches`, then every recorded branch's views refreshed."""
    database = current_database(connection)
    for code, branch_id in branches:  # every name checked before anything is created
        _check_free(connection, view_database(database, code))
        check_branch_id(branch_id)
    _guard_counter(connection)
    made = [create_account(connection, database, code, branch_id) for code, branch_id in branches]
    accounts = connection.execute(text(f"SELECT role_name, branch_id FROM {ACCOUNT} ORDER BY role_name")).all()
    for role, branch_id in accounts:
        refresh_views(connection, tables, database, role, branch_id)
    return made


def _guard_counter(connection: Connection) -> None:
    """Offices update the change-log counter through their view: it may only move forward."""
    connection.execute(text(
        f"CREATE TRIGGER IF NOT EXISTS {COUNTER_GUARD} BEFORE UPDATE ON {COUNTER} FOR EACH ROW BEGIN "
        "IF NEW.value < OLD.value THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
        "'the change-log counter only moves forward'; END IF; END"))


def create_account(connection: Connection, database: str, code: str, branch_id: str,
                   password: str | None = None) -> BranchAccount:
    user = view_database(database, code)
    check_branch_id(branch_id)
    password = password or secrets.token_urlsafe(18)
    who = {"u": user, "h": HOST, "p": password}
    connection.execute(text("CREATE USER IF NOT EXISTS :u@:h IDENTIFIED BY :p"), who)
    connection.execute(text("ALTER USER :u@:h IDENTIFIED BY :p"), who)
    connection.execute(text(f"DELETE FROM {ACCOUNT} WHERE role_name = :r"), {"r": user})
    connection.execute(text(f"INSERT INTO {ACCOUNT} (role_name, branch_code, branch_id) VALUES (:r, :c, :b)"),
                       {"r": user, "c": code, "b": branch_id})
    return BranchAccount(code, branch_id, user, password, user)


def _rules(tables: dict[str, SyncTable], branch_id: str) -> dict[str, tuple[str | None, str]]:
    """Table → (row filter or None, rights of the branch account on its view)."""
    own = f"branch_id = '{check_branch_id(branch_id)}'"
    visible = f"(branch_id IS NULL OR {own})"
    rules: dict[str, tuple[str | None, str]] = {
        name: (None if table.shared else own, _WRITE) for name, table in tables.items()}
    rules.update({CHANGE: (visible, _WRITE), CONFLICT: (visible, _WRITE), CLIENT: (own, _WRITE),
                  HORIZON: (visible, "SELECT"), VERSION: (None, "SELECT"), COUNTER: (None, "SELECT, UPDATE")})
    if AUDIT_TABLE in tables:
        rules[AUDIT_TABLE] = (visible, _WRITE)
    return rules


def _check_free(connection: Connection, views: str) -> None:
    """A view database holds views only: never take over a database with tables in it."""
    taken = connection.execute(text(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = :v AND table_type <> 'VIEW'"),
        {"v": views}).scalar_one()
    if taken:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "The database {name} already holds tables: it cannot "
                                                        "become a branch office's view database."),
                              field="branch", name=views)


def refresh_views(connection: Connection, tables: dict[str, SyncTable], database: str, user: str,
                  branch_id: str) -> None:
    """(Re-)create the view database `user` of one branch and grant the account its views only."""
    views = user
    _check_free(connection, views)
    connection.execute(text(f"CREATE DATABASE IF NOT EXISTS {_q(connection, views)}"))
    columns: dict[str, list[str]] = {}
    for table, column in connection.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = :d "
            "ORDER BY table_name, ordinal_position"), {"d": database}):
        columns.setdefault(table, []).append(column)
    rules = _rules(tables, branch_id)
    names = [t.name for t in server_metadata(tables).sorted_tables if t.name != ACCOUNT]
    who = {"u": user, "h": HOST}
    for name in names:
        where, rights = rules[name]
        listed = ", ".join(_q(connection, c) for c in columns[name])
        target = f"{_q(connection, views)}.{_q(connection, name)}"
        sql = (f"CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY DEFINER VIEW {target} AS SELECT {listed} "
               f"FROM {_q(connection, database)}.{_q(connection, name)}")
        if where is not None:
            sql += f" WHERE {where} WITH CASCADED CHECK OPTION"
        connection.execute(text(sql))
        connection.execute(text(f"GRANT {rights} ON {target} TO :u@:h"), who)
    stale = [n for (n,) in connection.execute(text(
        "SELECT table_name FROM information_schema.views WHERE table_schema = :v"), {"v": views}) if n not in names]
    for name in stale:
        connection.execute(text(f"DROP VIEW {_q(connection, views)}.{_q(connection, name)}"))


def drop_accounts(connection: Connection) -> None:
    """Remove this database's branch users and their view databases."""
    present = connection.execute(text(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = :t"),
        {"t": ACCOUNT}).scalar_one()
    if not present:
        return
    for (user,) in connection.execute(text(f"SELECT role_name FROM {ACCOUNT}")).all():
        connection.execute(text("DROP USER IF EXISTS :u@:h"), {"u": user, "h": HOST})
        connection.execute(text(f"DROP DATABASE IF EXISTS {_q(connection, user)}"))
