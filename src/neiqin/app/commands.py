"""The headless sub-commands of `neiqin`: the same services the window uses."""

from __future__ import annotations

import sys
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select

from neiqin import paths
from neiqin.app.database import open_database
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.auth.service import actor_for
from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError, NotFound, ValidationError, ValidationErrors
from neiqin.modules import contributed, contributions


def _db_path(args) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_database_path()


def cli_actor(db, username: str | None) -> Actor:
    """The command line acts as the named user, or as the first active administrator."""
    with db.read() as session:
        query = select(User).where(User.active.is_(True), User.deleted_at.is_(None))
        query = query.where(User.username == username) if username else query.where(User.role_code == "admin")
        user = session.scalars(query.order_by(User.created_at)).first()
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user: {name}. Set the database up first."),
                           name=username or "admin")
        return actor_for(session, user)


def _print_forms():
    return {form.code: form for form in contributed("PRINT_FORMS")}


def _lists():
    return {spec.code: spec for spec in contributed("LISTS")}


def _parse_day(text: str | None, end: bool = False) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."), value=text) from None
    return datetime.combine(day, time.max if end else time.min)


def cmd_demo(args) -> int:
    from neiqin.app.demo import build_demo

    counts = build_demo(Path(args.db), orders=args.orders, customers=args.customers, seed=args.seed)
    for name, count in counts.items():
        print(f"{name}\t{count}")
    return 0


def cmd_backup(args) -> int:
    from neiqin.core import backup

    path = _db_path(args)
    db = open_database(path)
    try:
        actor = cli_actor(db, args.user)
        actor.require("backup.run")
        password = _backup_password(confirm=True) if args.encrypt else None
        if args.out:
            written = backup.backup_to(db, args.out, password)
        else:
            written = backup.rotate_backup(db, paths.default_backup_dir(path), keep=args.keep, password=password)
    finally:
        db.dispose()
    print(written)
    return 0


def _backup_password(confirm: bool) -> str:
    """The backup password from NEIQIN_BACKUP_PASSWORD, or asked for on the terminal."""
    import getpass
    import os

    from neiqin.core.backup_crypto import check_password

    password = os.environ.get("NEIQIN_BACKUP_PASSWORD")
    if password is None:
        password = getpass.getpass("Backup password: ")
        if confirm and getpass.getpass("Repeat the password: ") != password:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The two passwords differ."), field="password")
    return check_password(password) if confirm else password


def cmd_restore(args) -> int:
    from neiqin.core import backup, backup_crypto

    path = _db_path(args)
    password = _backup_password(confirm=False) if backup_crypto.is_encrypted(args.file) else None
    backup.verify_backup(args.file, password)  # before opening the database: a bad backup leaves it untouched
    if path.exists() and path.stat().st_size:
        db = open_database(path)
        try:
            cli_actor(db, args.user).require("backup.restore")
        finally:
            db.dispose()
    kept = backup.restore(args.file, path, password)
    print(f"restored {args.file} → {path}" + (f" (previous file kept as {kept})" if kept else ""))
    return 0


def cmd_print(args) -> int:
    forms = _print_forms()
    if args.list or not args.form:
        for code, form in sorted(forms.items()):
            print(f"{code}\t{form.title}")
        return 0
    form = forms.get(args.form)
    if form is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No printed form called {name}. See `neiqin print --list`."),
                       name=args.form)
    if not args.number or not args.out:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the record number and --out FILE.pdf."))
    db = open_database(_db_path(args))
    try:
        with db.unit_of_work(cli_actor(db, args.user)) as uow:
            written = form.render(uow, args.number, Path(args.out))
    finally:
        db.dispose()
    print(written)
    return 0


def cmd_export(args) -> int:
    lists = _lists()
    if not args.list:
        for code, spec in sorted(lists.items()):
            print(f"{code}\t{spec.title}\t{'import' if spec.import_ else ''}")
        return 0
    spec = lists.get(args.list)
    if spec is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No list called {name}."), name=args.list)
    if not args.out:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give --out FILE.xlsx."))
    filters = dict(item.split("=", 1) for item in args.filter if "=" in item)
    db = open_database(_db_path(args))
    try:
        with db.unit_of_work(cli_actor(db, args.user)) as uow:
            count = spec.export(uow, Path(args.out), filters)
    finally:
        db.dispose()
    print(f"{count} rows → {args.out}")
    return 0


def cmd_import(args) -> int:
    spec = _lists().get(args.list)
    if spec is None or spec.import_ is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No importable list called {name}."), name=args.list)
    db = open_database(_db_path(args))
    try:
        with db.unit_of_work(cli_actor(db, args.user)) as uow:
            count = spec.import_(uow, Path(args.file))
    except (ValidationError, ValidationErrors) as exc:
        for error in getattr(exc, "errors", [exc]):
            print(error.render(), file=sys.stderr)
        raise
    finally:
        db.dispose()
    print(f"imported {count} rows from {args.file}")
    return 0


def cmd_search(args) -> int:
    db = open_database(_db_path(args))
    try:
        actor = cli_actor(db, args.user)
        with db.read() as session:
            for _module, contribution in contributions():
                finder = getattr(contribution, "search", None)
                if finder is None:
                    continue
                for hit in finder(session, actor, args.text, args.limit):
                    print(f"{hit.kind}\t{hit.title}\t{hit.subtitle}")
    finally:
        db.dispose()
    return 0


def cmd_audit(args) -> int:
    from neiqin.core.audit import audit_report, hidden_fields_for

    if args.action == "verify":
        return cmd_audit_verify(args)
    db = open_database(_db_path(args))
    try:
        actor = cli_actor(db, args.user)
        actor.require("audit.view")
        with db.read() as session:
            rows = audit_report(session, actor_name=args.actor, table_name=args.table,
                                since=_parse_day(args.since), until=_parse_day(args.until, end=True),
                                limit=args.limit, hidden=hidden_fields_for(actor.permissions))
    finally:
        db.dispose()
    for row in rows:
        print("\t".join(str(v) for v in (row.at.astimezone().strftime("%Y-%m-%d %H:%M"), row.actor_name,
                                            row.table_name, row.row_id, row.op, row.field, row.old, row.new)))
    return 0


def cmd_audit_verify(args) -> int:
    """Walk the audit hash chain; exit 1 when an entry was changed or deleted."""
    from neiqin.core.audit_chain import verify

    anchor = None
    if args.anchor:
        seq, _, digest = args.anchor.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the anchor as SEQ:HASH, as printed by an "
                                                              "earlier verify."), field="anchor")
        anchor = (int(seq), digest.lower())
    db = open_database(_db_path(args))
    try:
        cli_actor(db, args.user).require("audit.view")
        with db.engine.connect() as connection:
            report = verify(connection, anchor)
    finally:
        db.dispose()
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    if report.unsealed:
        print(f"PROBLEM: {report.unsealed} entries were written outside the program and are not chained")
    print(f"{report.entries} entries checked; head {report.head_seq}:{report.head_hash}")
    print("audit trail intact" if report.ok and not report.unsealed else "audit trail was tampered with")
    return 0 if report.ok and not report.unsealed else 1


def cmd_report(args) -> int:
    from neiqin.app.reporting import cmd_report as run

    return run(args)


COMMANDS = {
    "demo": cmd_demo, "backup": cmd_backup, "restore": cmd_restore, "print": cmd_print,
    "export": cmd_export, "import": cmd_import, "search": cmd_search, "audit": cmd_audit,
    "report": cmd_report,
}


def run_command(args) -> int:
    try:
        return COMMANDS[args.command](args)
    except NeiqinError:
        raise
    except OSError as exc:
        raise NeiqinError(QT_TRANSLATE_NOOP("errors", "File problem: {reason}"), reason=str(exc)) from exc
