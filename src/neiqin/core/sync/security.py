"""Branch isolation in the server database: an office's own credentials never reach another
branch's orders or customers; shared master data is visible to all.

PostgreSQL: every branch office signs in with its own login role (`<database>_<code>`), member of
the group role `<database>_branch`. Row-level security on every branch table lets a role see and
write only rows whose `branch_id` is its branch (looked up in `sync_branch_account` by a
SECURITY DEFINER function); shared master data is open to every branch; the change log, the
conflicts and the pruned horizons show a branch only its own and the shared entries. Branch roles
get no DELETE and no access to the account table; the horizons are read-only.

MariaDB has no row-level security; the equivalent is one view database per branch
(`branch_views`): the office's account `<database>_<code>` is granted rights only on the database
`<database>_<code>`, which holds one view per server table under the table's own name —
`SELECT <columns> FROM <database>.<table> WHERE branch_id = '<branch>' WITH CASCADED CHECK OPTION`
for branch tables, unfiltered for shared master data, own and shared entries of the change log,
conflicts and horizons, only the branch's own computers in the client table. The views are
SQL SECURITY DEFINER views of the administrator who ran `neiqin server init`, so the office needs
no right on the main database at all (reading it directly is "access denied"). A row written
through a view must satisfy its filter (CHECK OPTION), so a tampered client cannot write a row for
another branch. The office connects with database = its view database and the sync code runs
unchanged: the push's `SELECT … FOR UPDATE`, inserts and updates go through the views, and the
commit-ordered change-log counter is updated through its view (SELECT, UPDATE only; a trigger on
the counter refuses to move it backwards). The views name their columns, so `server init` runs
again after an upgrade re-creates them with the new tables and columns.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.sync.catalog import AUDIT_TABLE, SyncTable
from neiqin.core.sync.schema import ACCOUNT, CHANGE, CLIENT, CONFLICT, COUNTER, HORIZON, VERSION, is_postgres

FUNCTION = "neiqin_branch"
_CODE = re.compile(r"^[A-Za-z0-9]{1,16}$")
_BRANCH_ID = re.compile(r"^[A-Za-z0-9-]{1,36}$")


@dataclass(frozen=True)
class BranchAccount:
    code: str
    branch_id: str
    user: str
    password: str
    #: the database the office connects to (its view database on MariaDB)
    database: str

    def office_url(self, server: URL) -> str:
        """The address the office uses (no password), on the server of `server`."""
        kind = "postgresql" if server.drivername.startswith("postgres") else "mariadb"
        return server.set(drivername=kind, username=self.user, password=None, database=self.database,
                          query={}).render_as_string(hide_password=True)


def group_role(database: str) -> str:
    return f"{database}_branch".lower()


def branch_role(database: str, code: str) -> str:
    if not _CODE.match(code or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "A branch code is 1 to 16 letters or digits: “{code}”."),
                              field="branch", code=code)
    return f"{database}_{code}".lower()


def check_branch_id(branch_id: str) -> str:
    if not _BRANCH_ID.match(branch_id or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "A branch id is 1 to 36 letters, digits or dashes: "
                                                        "“{branch}”."), field="branch", branch=branch_id)
    return branch_id


def _ident(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def current_database(connection: Connection) -> str:
    sql = "SELECT current_database()" if is_postgres(connection) else "SELECT DATABASE()"
    return connection.execute(text(sql)).scalar_one()


def secure_branches(connection: Connection, tables: dict[str, SyncTable],
                    branches: list[tuple[str, str]]) -> list[BranchAccount]:
    """Isolation for every branch (new accounts for `branches`, with fresh passwords; every
    existing branch's rules refreshed); returns the accounts made now."""
    if is_postgres(connection):
        enable_row_security(connection, tables)
        database = current_database(connection)
        return [BranchAccount(code, branch_id, *create_branch_account(connection, code, branch_id), database)
                for code, branch_id in branches]
    from neiqin.core.sync import branch_views

    return branch_views.secure(connection, tables, branches)


# ------------------------------------------------------------------------------------ PostgreSQL

def enable_row_security(connection: Connection, tables: dict[str, SyncTable]) -> None:
    """Group role, the branch function and one policy per table (PostgreSQL; idempotent)."""
    database = current_database(connection)
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
    policies.update({CHANGE: visible, CONFLICT: visible, CLIENT: own, HORIZON: visible})
    if AUDIT_TABLE in tables:  # entries about shared rows made without a branch (set-up) are everyone's
        policies[AUDIT_TABLE] = visible
    for name, rule in policies.items():
        connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS branch_rows ON {name}"))
        connection.execute(text(f"CREATE POLICY branch_rows ON {name} TO {group} USING ({rule}) WITH CHECK ({rule})"))
        rights = "SELECT" if name == HORIZON else "SELECT, INSERT, UPDATE"  # only `prune` moves the horizon
        connection.execute(text(f"GRANT {rights} ON {name} TO {group}"))
    for name in (VERSION, COUNTER):
        connection.execute(text(f"GRANT SELECT ON {name} TO {group}"))
    connection.execute(text(f"REVOKE ALL ON {ACCOUNT} FROM {group}"))


def create_branch_account(connection: Connection, code: str, branch_id: str, password: str | None = None) -> tuple[str, str]:
    """A login role for one branch office (PostgreSQL); returns (user name, password)."""
    database = current_database(connection)
    role = branch_role(database, code)
    check_branch_id(branch_id)
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
    """Remove this database's branch accounts (cluster-wide roles on PostgreSQL; users and view
    databases on MariaDB); nothing when the database was never prepared."""
    if not is_postgres(connection):
        from neiqin.core.sync import branch_views

        branch_views.drop_accounts(connection)
        return
    if not connection.execute(text(f"SELECT to_regclass('{ACCOUNT}')")).scalar():
        return
    database = current_database(connection)
    roles = [r for (r,) in connection.execute(text(f"SELECT role_name FROM {ACCOUNT}"))]
    for role in [*roles, group_role(database)]:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            ident = _ident(connection, role)
            connection.execute(text(f"DROP OWNED BY {ident}"))
            connection.execute(text(f"DROP ROLE {ident}"))
