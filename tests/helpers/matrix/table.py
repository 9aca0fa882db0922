"""One row of the action table: a service function (maybe one variant of it, "module.file.function:
variant"), the permissions it needs and how to call it on the prepared world."""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import PermissionDenied


@dataclass
class Ctx:
    """What a runner gets: the role's unit of work, the world's ids, an empty folder for the files the
    action writes (still empty after a refusal) and one for the files it reads (import sheets, scans)."""

    uow: UnitOfWork
    w: SimpleNamespace
    out: Path
    inputs: Path
    admin: Actor

    @property
    def session(self):
        return self.uow.session

    @property
    def actor(self) -> Actor:
        return self.uow.actor

    @contextmanager
    def prepare(self) -> Iterator[UnitOfWork]:
        """The administrator prepares a state in the same transaction (rolled back with the action),
        stamped as the administrator's work."""
        session = self.uow.session
        acting = session.info["actor"]
        session.info["actor"] = self.admin
        try:
            yield UnitOfWork(session, self.admin, self.uow.db)
            session.flush()
        finally:
            session.info["actor"] = acting

    def file(self, name: str) -> Path:
        return self.out / name

    def input(self, name: str) -> Path:
        return self.inputs / name


@dataclass(frozen=True)
class Action:
    key: str  # "orders.service.transition:approve": the function under neiqin(.modules), a variant label
    permissions: tuple[str, ...]  # allowed exactly for the roles holding all of them ("a|b": a or b)
    run: Callable[[Callable, Ctx], object]  # (the function, ctx) -> result
    #: how a refusal shows: PermissionDenied, or also a ValidationError where a rule of who acts (the
    #: meeting's chair, who approves an over-standard issue) names the field to fix
    refusal: tuple[type[Exception], ...] = (PermissionDenied,)
    #: errors that show an allowed role got past the permission check (the world cannot hold the
    #: record the action needs, a sync conflict)
    passed: tuple[type[Exception], ...] = ()
    #: a filter rather than a gate: without the permission it returns nothing
    empty_is_refusal: bool = False

    @property
    def function_name(self) -> str:
        return self.key.partition(":")[0]

    def function(self) -> Callable:
        module, _, name = self.function_name.rpartition(".")
        prefix = "neiqin." if module.split(".")[0] in ("core", "app", "ui") else "neiqin.modules."
        return getattr(importlib.import_module(prefix + module), name)


def act(key: str, permissions: str | tuple[str, ...], run: Callable[[Callable, Ctx], object], **kw) -> Action:
    return Action(key, (permissions,) if isinstance(permissions, str) else tuple(permissions), run, **kw)


def xlsx(path: Path, columns, rows: list[dict]) -> Path:
    """A sheet to import: the Chinese headers of the columns named in the rows, then the rows."""
    from openpyxl import Workbook

    keys = list(dict.fromkeys(key for row in rows for key in row))
    headers = {column.key: column.header_zh for column in columns}
    book = Workbook()
    sheet = book.active
    sheet.append([headers[key] for key in keys])
    for row in rows:
        sheet.append([row.get(key) for key in keys])
    book.save(path)
    return path


def signature_png() -> bytes:
    """A drawn signature (ink on white), as the signature pad delivers it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(image).line([(20, 90), (120, 30), (200, 95), (380, 40)], fill=(20, 30, 120), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def scan_file(folder: Path) -> Path:
    """A small real PNG standing for a scanned paper or a receipt photo."""
    path = folder / "扫描件.png"
    path.write_bytes(signature_png())
    return path
