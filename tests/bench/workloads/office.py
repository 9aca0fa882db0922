"""A bench office: a fresh database file set up like the demo company (the demo users and
password), optionally with sync capture installed the way `neiqin sync --server URL` installs it
(`app.sync_commands.ensure_capture`), and the people who work in it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.bench.workloads.common import PASSWORD, Run


@dataclass
class Office:
    path: Path
    db: object
    admin: object
    clerk: object
    reviewer: object
    captured: bool

    def close(self) -> None:
        self.db.dispose()


def template(run: Run) -> Path:
    """The company with its users, set up once per run and copied for every office."""
    path = run.work / "template.db"
    if path.exists():
        return path
    from neiqin.app import open_database
    from neiqin.app.demo import DEMO_COMPANY, DEMO_USERS
    from neiqin.core.auth import service as auth
    from neiqin.modules import all_permissions

    db = open_database(path)
    try:
        admin = auth.setup_company(db, DEMO_COMPANY, all_permissions())
        with db.unit_of_work(admin) as uow:
            for username, (name, role, department) in DEMO_USERS.items():
                auth.create_user(uow, username, name, role, PASSWORD, department=department)
    finally:
        db.dispose()  # the last connection closing folds the WAL into the file
    return path


def _people(run: Run, db) -> tuple:
    """admin, clerk and reviewer, signed in once (every office is a copy: the same accounts)."""
    if "people" not in run.shared:
        from neiqin.core.auth import service as auth

        run.shared["people"] = tuple(auth.sign_in(db, name, PASSWORD) for name in ("admin", "clerk", "reviewer"))
    return run.shared["people"]


def open_office(run: Run, name: str, capture: bool | None = None) -> Office:
    """A copy of the set-up company at `work/<name>.db`, opened through `open_database`; with
    capture the outbox triggers are installed (every existing row queued, as the first sync does)."""
    from neiqin.app import open_database

    capture = run.capture if capture is None else capture
    path = run.work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(template(run), path)
    db = open_database(path)
    if capture:
        from neiqin.app.sync_commands import ensure_capture

        ensure_capture(db, None)
    return Office(path, db, *_people(run, db), capture)


def outbox_rows(office: Office) -> int | None:
    """Changes waiting in the sync outbox (None without capture)."""
    if not office.captured:
        return None
    from sqlalchemy import text

    with office.db.read() as session:
        return session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
