"""Branch isolation in the server database.

PostgreSQL: every branch office signs in with its own login role (`<database>_<code>`), member of
the group role `<database>_branch`. Row-level security on every branch table lets a role see and
write only rows whose `branch_id` is its branch (looked up in `sync_branch_account` by a
SECURITY DEFINER function); shared master data is open to every branch; the change log and the
conflicts show a branch only its own and the shared entries. Branch roles get no DELETE and no
access to the account table.

MariaDB has no row-level security. The equivalent would be one set of views per branch filtered by
branch and `WITH CHECK OPTION`, with grants on the views only; that is not built, so on MariaDB
the branch accounts are not separated by the database: use PostgreSQL when offices must not be
able to read each other's data.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import Connection, text

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.sync.catalog import AUDIT_TABLE, SyncTable
from neiqin.core.sync.schema import ACCOUNT, CHANGE, CLIENT, CONFLICT, COUNTER, VERSION

FUNCTION = "neiqin_branch"
_CODE = re.compile(r"^[A-Za-z0-9]{1,16}$")


def group_role(database: str) -> str:
    return f"{database}_branch".lower()


def branch_role(database: str, code: str) -> str:
    if not _CODE.match(code or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "A branch code is 1 to 16 letters or digits: “{code}”."),
                              field="branch", code=code)
    return f"{database}_{code}".lower()


def _ident(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def enable_row_security(connection: Connection, tables: dict[str, SyncTable]) -> None:
    """Group role, the branch function and one policy per table (PostgreSQL; idempotent)."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    group = _ident(connection, group_role(database))
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": group_role(database)}).first()
    if not exists:
        connection.execute(text(f"CREATE ROLE {group} NOLOGIN"))
    connection.execute(text(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
        f"SET search_path = public AS $$ SELECT branch_id FROM {ACCOUNT} WHERE role_name = session_user $$"))
    connection.execute(text(f"REVOKE ALL ON FUNCTION {FUNCTION}() FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {FUNCTION}() TO {group}"))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {_ident(connection, database)} TO {group}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {group}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}"))
    own = f"branch_id = {FUNCTION}()"
    visible = f"branch_id IS NULL OR branch_id = {FUNCTION}()"
    policies = {name: ("true" if table.shared else own) for name, table in tables.items()}
    policies.update({CHANGE: visible, CONFLICT: visible, CLIENT: own})
    if AUDIT_TABLE in tables:  # entries about shared rows made without a branch (set-up) are everyone's
        policies[AUDIT_TABLE] = visible
    for name, rule in policies.items():
        connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS branch_rows ON {name}"))
        connection.execute(text(f"CREATE POLICY branch_rows ON {name} TO {group} USING ({rule}) WITH CHECK ({rule})"))
        connection.execute(text(f"GRANT SELECT, INSERT, UPDATE ON {name} TO {group}"))
    for name in (VERSION, COUNTER):
        connection.execute(text(f"GRANT SELECT ON {name} TO {group}"))
    connection.execute(text(f"REVOKE ALL ON {ACCOUNT} FROM {group}"))


def create_branch_account(connection: Connection, code: str, branch_id: str, password: str | None = None) -> tuple[str, str]:
    """A login role for one branch office; returns (user name, password)."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    role = branch_role(database, code)
    password = password or secrets.token_urlsafe(18)
    ident = _ident(connection, role)
    quoted = connection.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        connection.execute(text(f"ALTER ROLE {ident} LOGIN PASSWORD {quoted}"))
    else:
        connection.execute(text(f"CREATE ROLE {ident} LOGIN PASSWORD {quoted}"))
    connection.execute(text(f"GRANT {_ident(connection, group_role(database))} TO {ident}"))
    connection.execute(text(f"DELETE FROM {ACCOUNT} WHERE role_name = :r"), {"r": role})
    connection.execute(text(f"INSERT INTO {ACCOUNT} (role_name, branch_code, branch_id) VALUES (:r, :c, :b)"),
                       {"r": role, "c": code, "b": branch_id})
    return role, password


def drop_roles(connection: Connection) -> None:
    """Remove this database's branch roles (they are cluster-wide on PostgreSQL)."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    roles = [r for (r,) in connection.execute(text(f"SELECT role_name FROM {ACCOUNT}"))]
    for role in [*roles, group_role(database)]:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            ident = _ident(connection, role)
            connection.execute(text(f"DROP OWNED BY {ident}"))
            connection.execute(text(f"DROP ROLE {ident}"))
