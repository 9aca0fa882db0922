"""What the app runs of sync: rounds (never two at once, off the window's thread), the status the
status bar shows, and a test of server settings before they are saved. Qt-free.

The client comes from `open_client(db)`, handed in by the composition root (it knows the modules'
ledgers and state orders). It is made in the first round and kept, with its server connections,
until the settings change.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync import capture, conflicts
from neiqin.core.sync.catalog import AUDIT_TABLE
from neiqin.core.sync.connect import ServerInfo, try_server
from neiqin.core.sync.errors import SyncBusy, SyncError
from neiqin.core.sync.settings import ServerAddress, ServerSettings, load_settings, saved_password

if TYPE_CHECKING:
    from neiqin.core.db.session import Database
    from neiqin.core.sync.client import RoundResult, SyncClient, TableCheck

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows between rounds."""

    configured: bool
    #: record changes not sent yet (their audit entries travel with them, uncounted)
    waiting: int = 0
    conflicts: int = 0
    #: end of the last whole round (UTC)
    last_sync: datetime | None = None


@dataclass(frozen=True)
class RoundReport:
    result: RoundResult
    status: SyncStatus


@dataclass(frozen=True)
class CheckReport:
    """A round and the per-table comparison with the server that followed it."""

    round: RoundReport
    tables: list[TableCheck]
    #: changes made here while the check ran (a difference may come from them)
    waiting: int

    @property
    def differing(self) -> list[TableCheck]:
        return [table for table in self.tables if not table.ok]


def _moment(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


class SyncService:
    def __init__(self, db: Database, open_client: Callable[[Database], SyncClient], actor=None) -> None:
        self.db = db
        #: the person at the window: the status counts the conflicts they may see (None: all)
        self.actor = actor
        self._open_client = open_client
        self._client: SyncClient | None = None
        self._stale = False
        self._lock = threading.Lock()

    def settings(self) -> ServerSettings:
        return load_settings(self.db)

    def status(self) -> SyncStatus:
        configured = self.settings().configured
        with self.db.read() as session:
            connection = session.connection()
            if not capture.is_installed(connection):
                return SyncStatus(configured)
            waiting = connection.execute(text(f"SELECT count(*) FROM {capture.OUTBOX} WHERE table_name != :audit"),
                                         {"audit": AUDIT_TABLE}).scalar_one()
            last = connection.execute(text(f"SELECT last_pull_at FROM {capture.STATE}")).scalar()
            return SyncStatus(configured, waiting, conflicts.open_count(session, self.actor), _moment(last))

    @property
    def running(self) -> bool:
        return self._lock.locked()

    @contextmanager
    def _round(self) -> Iterator[SyncClient]:
        """The client, for one round at a time (SyncBusy while another one runs); a failed round
        is noted in the database (the status bar shows why)."""
        if not self._lock.acquire(blocking=False):
            raise SyncBusy(QT_TRANSLATE_NOOP("sync", "A sync is already running."))
        try:
            client = self._current_client()
            try:
                yield client
            except SyncError as exc:
                try:
                    client.note_round(exc.render())
                except SQLAlchemyError:  # only bookkeeping: the round's own error is what matters
                    log.warning("could not note the failed sync round", exc_info=True)
                raise
        finally:
            self._lock.release()

    def run_round(self) -> RoundReport:
        """One round (push, resolutions, pull); SyncBusy while another one runs."""
        with self._round() as client:
            result = client.sync()
        return RoundReport(result, self.status())

    def check_round(self) -> CheckReport:
        """A round, then each table compared with the server (rows and checksum of this branch's and
        the shared rows). The round makes the office quiet first: a table that still differs
        afterwards differs for real, or was changed here or elsewhere during the check."""
        with self._round() as client:
            result = client.sync()
            tables = client.check()
            waiting = client.waiting()
        return CheckReport(RoundReport(result, self.status()), tables, waiting)

    def _current_client(self) -> SyncClient:
        if self._stale and self._client is not None:
            self._client.server.dispose()
            self._client = None
        self._stale = False
        if self._client is None:
            self._client = self._open_client(self.db)
        return self._client

    def reset(self) -> None:
        """The settings changed: the next round opens a new client."""
        self._stale = True

    def close(self) -> None:
        """Close the server connections (waits for a running round)."""
        with self._lock:
            if self._client is not None:
                self._client.server.dispose()
                self._client = None


def try_settings(address: ServerAddress, tls: str, password: str | None = None) -> ServerInfo:
    """Connect with settings not saved yet (the saved password when none is given) and check the
    server; a SyncError in words when anything is wrong."""
    url = address.url()
    return try_server(url, password or saved_password(address.address()), tls)
