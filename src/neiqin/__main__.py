"""Command line: `neiqin` opens the window; sub-commands script the same services headless.

    neiqin [--db PATH | --demo] [--lang zh_CN|zh_TW|en] [--smoke] [--version]
    neiqin demo --db big.db --orders 1000000
    neiqin backup [--db PATH] [--out FILE]      neiqin restore FILE [--db PATH]
    neiqin print --list | FORM NUMBER --out FILE.pdf
    neiqin export LIST --out FILE.xlsx          neiqin import LIST FILE.xlsx
    neiqin search TEXT                           neiqin audit [verify] [--table T] [--since D]
    neiqin report monthly --period 2026-10 --pdf out.pdf --xlsx out.xlsx   (daily/weekly/custom/kpi)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from neiqin import __version__
from neiqin.core.errors import NeiqinError

LANGUAGES = ("zh_CN", "zh_TW", "en")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument("--user", default=None, help="sign in as this user (default: the administrator)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="neiqin", description="Neiqin (内勤): the sales office clerk's desk")
    parser.add_argument("--version", action="version", version=f"Neiqin {__version__}")
    parser.add_argument("--db", type=Path, help="open this database file")
    parser.add_argument("--demo", action="store_true", help="open (creating if needed) the demo database")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    parser.add_argument("--smoke", action="store_true",
                        help="start the real window, open every tab, write a PDF and an xlsx, exit 0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a demo database")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--orders", type=int, default=1000)
    demo.add_argument("--customers", type=int, default=None)
    demo.add_argument("--seed", type=int, default=2026)

    backup = sub.add_parser("backup", help="back the database up to a file")
    _add_db(backup)
    backup.add_argument("--out", type=Path, help="backup file (default: the backup folder, with rotation)")
    backup.add_argument("--keep", type=int, default=None, help="backups to keep in the backup folder")
    backup.add_argument("--encrypt", action="store_true",
                        help="protect the backup with a password (asked for, or NEIQIN_BACKUP_PASSWORD)")

    restore = sub.add_parser("restore", help="replace the database by a verified backup")
    restore.add_argument("file", type=Path)
    _add_db(restore)

    printing = sub.add_parser("print", help="write a printed form as PDF")
    printing.add_argument("--list", action="store_true", help="name every printable form")
    printing.add_argument("form", nargs="?")
    printing.add_argument("number", nargs="?")
    printing.add_argument("--out", type=Path)
    _add_db(printing)

    export = sub.add_parser("export", help="export a list to .xlsx")
    export.add_argument("list", nargs="?")
    export.add_argument("--out", type=Path)
    export.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE")
    _add_db(export)

    imp = sub.add_parser("import", help="import a list from .xlsx (all rows or nothing)")
    imp.add_argument("list")
    imp.add_argument("file", type=Path)
    _add_db(imp)

    search = sub.add_parser("search", help="search every module")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=30)
    _add_db(search)

    audit = sub.add_parser("audit", help="the audit trail, filtered; `audit verify` checks its hash chain")
    audit.add_argument("action", nargs="?", choices=["verify"], help="verify: detect changed or deleted entries")
    audit.add_argument("--anchor", metavar="SEQ:HASH", help="a chain head noted earlier that must still be there")
    audit.add_argument("--by", dest="actor", help="user name")
    audit.add_argument("--table")
    audit.add_argument("--since", help="YYYY-MM-DD")
    audit.add_argument("--until", help="YYYY-MM-DD")
    audit.add_argument("--limit", type=int, default=200)
    _add_db(audit)

    report = sub.add_parser("report", help="write a sales or KPI report as PDF and/or Excel (for a schedule)")
    report.add_argument("kind", choices=["daily", "weekly", "monthly", "custom", "kpi"])
    report.add_argument("--period", help="a day 2026-10-15, a week 2026-W42 or a month 2026-10")
    report.add_argument("--from", dest="since", help="first day of a custom period (YYYY-MM-DD)")
    report.add_argument("--to", dest="until", help="last day of a custom period (YYYY-MM-DD)")
    report.add_argument("--clerk", help="KPIs of this user only")
    report.add_argument("--pdf", type=Path)
    report.add_argument("--xlsx", type=Path)
    _add_db(report)

    from neiqin.app.sync_cli import add_parsers as add_sync_parsers

    add_sync_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from neiqin import app

    try:
        if args.command is None:
            return app.run_gui(args)
        if args.command in ("server", "sync"):
            from neiqin.app.sync_commands import run as run_sync

            return run_sync(args)
        return app.run_command(args)
    except NeiqinError as exc:
        print(f"neiqin: {exc.render()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
