"""The `server init` and `sync` sub-command parsers (argparse only, so `neiqin --help` stays fast)."""

from __future__ import annotations

from pathlib import Path

SYNC_COMMANDS = ("server", "sync")
TLS_MODES = ("disable", "prefer", "require", "verify-full")


def add_parsers(sub) -> None:
    server = sub.add_parser("server", help="prepare (init) or clean up (prune) the shared sync server")
    server.add_argument("action", choices=["init", "prune"])
    server.add_argument("url", help="postgresql://admin@host:5432/db or mariadb://root@host:3306/db")
    server.add_argument("--branch", action="append", default=[], metavar="CODE[:ID]",
                        help="init: create the login account of this branch office")
    server.add_argument("--keep-days", type=int, default=90,
                        help="prune: keep this many days of the change log (default 90)")
    server.add_argument("--tls", choices=TLS_MODES)
    server.add_argument("--db", type=Path, help="database whose branches are looked up by code")
    sync = sub.add_parser("sync", help="one sync round with the shared server (or --check)")
    sync.add_argument("--server", help="server address; saved (password to the keychain) for later rounds")
    sync.add_argument("--tls", choices=TLS_MODES)
    sync.add_argument("--check", action="store_true", help="compare per-table checksums with the server")
    sync.add_argument("--push-batch", type=int, default=2000)
    sync.add_argument("--pull-batch", type=int, default=5000)
    sync.add_argument("--db", type=Path, help="database file (default: the user data folder)")
