"""Sync wiring: the client for an open database and the `server init` / `sync` sub-commands.

The server settings (address without password, TLS mode, interval; the password in the keychain)
live in `neiqin.core.sync.settings`, shared with the settings page of the app. Setting sync up for
a database (the first `neiqin sync --server URL` or the first round after the settings page)
installs the outbox capture; until then nothing is captured.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from contextlib import contextmanager

from sqlalchemy import Connection, text

from neiqin.core import settings as config
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.ledger.movements import Ledger
from neiqin.core.sync import capture
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.client import SyncClient
from neiqin.core.sync.connect import display_url, normalize_url, server_engine, without_password
from neiqin.core.sync.errors import NotConfigured, SyncError
from neiqin.core.sync.settings import ServerSettings, load_settings, save_settings, saved_password
from neiqin.modules import MODULES, contributed, load_all_models


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
    """The pull's `on_apply`: each ledger's balances follow the movement rows a pulled batch writes
    (only the keys those rows touch, see `neiqin.core.ledger.pulled`)."""
    def on_apply(connection: Connection, pulled: dict) -> Callable[[], None] | None:
        steps = [ledger.follow_rows(connection, rows.columns, rows.values) for ledger in found
                 if (rows := pulled.get(ledger.movement.__tablename__)) is not None]

        def written() -> None:
            for step in steps:
                step()
        return written if steps else None
    return on_apply


def sync_states() -> list:
    """Every module's document states as sync merges them (`SyncStates` of the contributions)."""
    return contributed("SYNC_STATES")


def status_ranks() -> dict[str, dict[str, int]]:
    """Per table, the forward order of its states: the state further along stays after a sync."""
    return {states.table: {state: i for i, state in enumerate(states.forward)} for states in sync_states()}


def state_titles() -> dict[str, tuple[str, dict[str, str]]]:
    """Per table, the translation context and titles of its states (the Conflicts view)."""
    return {states.table: (states.context, dict(states.titles)) for states in sync_states()}


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
    plain = display_url(without_password(parsed))
    password = password or parsed.password or os.environ.get("NEIQIN_SYNC_PASSWORD") or saved_password(plain)
    ensure_capture(db, plain)
    engine = server_engine(parsed.render_as_string(hide_password=False), password, values.tls if values.url else None)
    return SyncClient(db.engine, engine, ranks=status_ranks(), clock=db.clock,
                      on_apply=rebuild_balances(ledgers()))


# ---------------------------------------------------------------------------------------- commands

@contextmanager
def _server_transaction(args):
    """One transaction on the server of the command (`args.url`, `args.tls`), yielding the connection
    and the server's address for messages; a driver failure becomes a SyncError in words."""
    from neiqin.core.sync.errors import connection_error

    engine = server_engine(args.url, tls=args.tls)
    try:
        with engine.begin() as connection:
            yield connection, engine.url
    except (SyncError, ValidationError):
        raise
    except Exception as exc:
        raise connection_error(exc, display_url(engine.url)) from exc
    finally:
        engine.dispose()


def cmd_server_init(args) -> int:
    """Create or upgrade the server schema and the branch isolation (PostgreSQL: roles and row-level
    security; MariaDB: accounts and view databases), printing the address each new office uses."""
    from neiqin.core.sync import schema, security

    load_all_models()
    tables = sync_tables()
    branches = [_branch(spec, args) for spec in args.branch]
    with _server_transaction(args) as (connection, url):
        schema.create_schema(connection, tables)
        postgres = schema.is_postgres(connection)
        accounts = security.secure_branches(connection, tables, branches)
    print(f"server ready: {display_url(url)} ({len(tables)} tables)")
    for account in accounts:
        print(f"branch {account.code}\t{account.branch_id}\tuser {account.user}\tpassword {account.password}\t"
              f"url {account.office_url(url)}")
    if not postgres:
        print("MariaDB has no row-level security: each branch office signs in to its own view database.")
    return 0


def cmd_server_prune(args) -> int:
    """Delete change-log entries older than --keep-days; offices behind reload at their next sync."""
    from neiqin.core.sync.horizon import prune

    with _server_transaction(args) as (connection, _url):
        result = prune(connection, args.keep_days)
    print(f"pruned {result.deleted} change-log entries up to {result.horizon}; "
          f"{result.behind} computers will reload at their next sync")
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
        _print_round(result, client.waiting())
        return 1 if result.conflicts else 0
    except SyncError as exc:
        print(f"neiqin: {exc.render()}", file=sys.stderr)
        return exc.exit_code
    finally:
        if client is not None:
            client.server.dispose()
        db.dispose()


def _print_round(result, waiting: int) -> None:
    """What one round of `neiqin sync` did, for a scheduled task's log."""
    _print_registration(result.registered)
    if result.reloads:
        print("the server's change log was pruned past this computer's last sync: its own changes were sent "
              "first, then the branch's and the shared rows were loaded again")
    print(f"pushed {result.pushed}, pulled {result.pulled}, conflicts {result.conflicts}, waiting {waiting}")


def _print_registration(registered) -> None:
    """What the registration changed on this computer: a new computer, renumbered documents."""
    if registered is None:
        return
    if registered.replaced:
        print(f"this database was restored from a backup or copied: it now syncs as a new computer (desk "
              f"{registered.desk}); {registered.dropped} waiting changes were on the server already")
    for item in registered.renumbered:
        print(f"renumbered {item.old} -> {item.new} (made here before this computer's desk was known)")


def cmd_server(args) -> int:
    return cmd_server_prune(args) if args.action == "prune" else cmd_server_init(args)


COMMANDS = {"server": cmd_server, "sync": cmd_sync}


def run(args) -> int:
    return COMMANDS[args.command](args)
