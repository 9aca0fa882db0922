"""Sync wiring: server settings, the client for an open database, and the `server init` / `sync`
sub-commands.

The server address (without password) and TLS mode are settings of the database; the password is
kept in the keychain under `sync.password:<address>`. Setting sync up for a database (the first
`neiqin sync --server URL`) installs the outbox capture; until then nothing is captured.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from neiqin.app.sync_cli import TLS_MODES
from neiqin.core import secrets
from neiqin.core import settings as config
from neiqin.core.auth.actor import SYSTEM
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.ledger.movements import Ledger
from neiqin.core.sync import capture
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.client import SyncClient
from neiqin.core.sync.connect import display_url, normalize_url, server_engine
from neiqin.core.sync.errors import NotConfigured, SyncError
from neiqin.modules import MODULES, load_all_models

SERVER = "sync.server"
TLS = "sync.tls"
INTERVAL = "sync.interval_minutes"


@dataclass
class ServerSettings:
    url: str = ""
    tls: str = "prefer"
    interval_minutes: int = 15


def password_key(url: str) -> str:
    return f"sync.password:{url}"


def load_settings(db) -> ServerSettings:
    with db.read() as session:
        return ServerSettings(config.get_setting(session, SERVER, ""), config.get_setting(session, TLS, "prefer"),
                              int(config.get_setting(session, INTERVAL, 15)))


def save_settings(db, values: ServerSettings, password: str | None = None, actor=SYSTEM) -> str:
    """Store the address without its password (which goes to the keychain); returns the address."""
    if values.tls not in TLS_MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "Unknown TLS mode “{mode}”."), field="tls", mode=values.tls)
    parsed = normalize_url(values.url)
    if parsed.password:
        password = password or parsed.password
    address = display_url(parsed.set(password=None))
    if password:
        secrets.set_secret(password_key(address), password)
    with db.unit_of_work(actor) as uow:
        config.set_setting(uow.session, SERVER, address, actor.user_id)
        config.set_setting(uow.session, TLS, values.tls, actor.user_id)
        config.set_setting(uow.session, INTERVAL, max(1, int(values.interval_minutes)), actor.user_id)
    return address


def ledgers() -> list[Ledger]:
    """Every module's ledger (found in the loaded slices), for rebuilding balances after a pull."""
    for module in MODULES:
        try:
            importlib.import_module(f"{module.package}.service")
        except ModuleNotFoundError:
            continue
    found: dict[int, Ledger] = {}
    for name, loaded in list(sys.modules.items()):
        if name.startswith("neiqin.modules.") and loaded is not None:
            for value in vars(loaded).values():
                if isinstance(value, Ledger):
                    found[id(value)] = value
    return list(found.values())


def rebuild_balances(found: list[Ledger]):
    def after_apply(connection: Connection, touched: set[str]) -> None:
        session = Session(bind=connection)
        for ledger in found:
            if ledger.movement.__tablename__ in touched:
                ledger.rebuild(session)
        session.flush()
    return after_apply


def status_ranks() -> dict[str, dict[str, int]]:
    """Forward order of document states (the order each state machine declares its states)."""
    ranks = {}
    from neiqin.modules.orders import statemachine

    ranks["sales_order"] = {state: i for i, state in enumerate(statemachine.STATES)}
    return ranks


def ensure_capture(db, server: str | None) -> str:
    """Install the outbox (first time: every existing row is queued) and attach; returns the client id."""
    with db.read() as session:
        branch_id = config.get_setting(session, config.BRANCH_ID)
    with db.engine.begin() as connection:
        client_id = capture.install(connection, branch_id, server)
    capture.attach(db.engine)
    return client_id


def open_client(db, url: str | None = None, password: str | None = None) -> SyncClient:
    """The sync client of an open database, from the saved server settings (or `url`)."""
    load_all_models()
    values = load_settings(db)
    address = url or values.url
    if not address:
        raise NotConfigured(capture.NOT_CONFIGURED)
    parsed = normalize_url(address)
    plain = display_url(parsed.set(password=None))
    password = password or parsed.password or os.environ.get("NEIQIN_SYNC_PASSWORD") \
        or secrets.get_secret(password_key(plain))
    ensure_capture(db, plain)
    engine = server_engine(parsed.render_as_string(hide_password=False), password, values.tls if values.url else None)
    return SyncClient(db.engine, engine, ranks=status_ranks(), clock=db.clock,
                      after_apply=rebuild_balances(ledgers()))


# ---------------------------------------------------------------------------------------- commands

def cmd_server_init(args) -> int:
    """Create or upgrade the server schema; on PostgreSQL also the branch roles and accounts."""
    from neiqin.core.sync import schema, security

    load_all_models()
    tables = sync_tables()
    engine = server_engine(args.url, tls=args.tls)
    branches = [_branch(spec, args) for spec in args.branch]
    try:
        with engine.begin() as connection:
            schema.create_schema(connection, tables)
            postgres = schema.is_postgres(connection)
            if postgres:
                security.enable_row_security(connection, tables)
            accounts = [security.create_branch_account(connection, code, branch_id) for code, branch_id in branches
                        ] if postgres else []
    except SyncError:
        raise
    except Exception as exc:
        from neiqin.core.sync.errors import connection_error

        raise connection_error(exc, display_url(engine.url)) from exc
    finally:
        engine.dispose()
    print(f"server ready: {display_url(engine.url)} ({len(tables)} tables)")
    for (code, branch_id), (user, password) in zip(branches, accounts, strict=False):
        print(f"branch {code}\t{branch_id}\tuser {user}\tpassword {password}")
    if branches and not accounts:
        print("MariaDB: no row-level security; branch accounts are not separated by the server.")
    return 0


def _branch(spec: str, args) -> tuple[str, str]:
    code, _, branch_id = spec.partition(":")
    if branch_id:
        return code, branch_id
    from neiqin.app.commands import _db_path
    from neiqin.app.database import open_database

    db = open_database(_db_path(args))
    try:
        with db.read() as session:
            found = session.execute(text("SELECT id FROM branch WHERE code = :c AND deleted_at IS NULL"),
                                    {"c": code}).scalar()
    finally:
        db.dispose()
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "No branch with the code {code} in this database; give "
                                                        "it as CODE:ID."), field="branch", code=code)
    return code, found


def cmd_sync(args) -> int:
    """One round (exit 0: in step, 1: new conflicts) or `--check` (exit 0: every table matches)."""
    from neiqin.app.commands import _db_path
    from neiqin.app.database import open_database

    db = open_database(_db_path(args))
    client = None
    try:
        if args.server:
            save_settings(db, ServerSettings(args.server, args.tls or "prefer", load_settings(db).interval_minutes))
        client = open_client(db)
        if args.check:
            checks = client.check()
            for check in checks:
                mark = "ok" if check.ok else "DIFFERENT"
                print(f"{check.table}\t{check.local_rows}\t{check.local_hash[:16]}\t{check.server_rows}\t"
                      f"{check.server_hash[:16]}\t{mark}")
            return 0 if all(c.ok for c in checks) else 1
        result = client.sync(push_batch=args.push_batch, pull_batch=args.pull_batch)
        print(f"pushed {result.pushed}, pulled {result.pulled}, conflicts {result.conflicts}, "
              f"waiting {client.waiting()}")
        return 1 if result.conflicts else 0
    except SyncError as exc:
        print(f"neiqin: {exc.render()}", file=sys.stderr)
        return exc.exit_code
    finally:
        if client is not None:
            client.server.dispose()
        db.dispose()


COMMANDS = {"server": cmd_server_init, "sync": cmd_sync}


def run(args) -> int:
    return COMMANDS[args.command](args)
