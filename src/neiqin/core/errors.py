"""Errors split into the user's or environment's fault (shown in words) and our bugs (logged).

Every message is English source text marked for translation with `QT_TRANSLATE_NOOP`, so Qt
Linguist extracts it while `core` stays free of Qt; the UI translates `message` with its
`context` and formats it with `params`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


class NeiqinError(Exception):
    """An error a user can understand and act on. Never a bug."""

    context = "errors"

    def __init__(self, message: str, /, **params: Any) -> None:
        self.message = message
        self.params: Mapping[str, Any] = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(NeiqinError):
    """Bad input. `field` names the field (or column) at fault when there is one."""

    def __init__(self, message: str, /, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class ValidationErrors(NeiqinError):
    """Several problems found at once (an import, a completeness check)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = list(errors)
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "{count} problem(s) found: {first}"),
            count=len(self.errors),
            first=self.errors[0].render() if self.errors else "",
        )


class PermissionDenied(NeiqinError):
    def __init__(self, permission: str, user: str = "") -> None:
        self.permission = permission
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "You do not have the right to do this ({permission})."),
            permission=permission,
            user=user,
        )


class NotFound(NeiqinError):
    pass


class Conflict(NeiqinError):
    """The record changed under the user (stale edit) or a state transition is not allowed."""


class AuthenticationError(NeiqinError):
    pass


class DatabaseError(NeiqinError):
    """The database file cannot be used: not SQLite, damaged, read-only, from a newer version."""


class BackupError(NeiqinError):
    pass


class StorageError(NeiqinError):
    """The disk refused a write: full, read-only, or no right to write there. Nothing was written."""


def storage_error(exc: BaseException, where: str) -> StorageError | None:
    """The words for a failed write to `where` (a file or the database), or None when `exc` is not a
    storage problem. Recognises OS errors and SQLite's result codes."""
    import errno

    code = getattr(exc, "errno", None)
    name = getattr(exc, "sqlite_errorname", "") or ""
    message = str(exc).lower()
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS) \
            or name.startswith("SQLITE_READONLY") or "readonly database" in message:
        return StorageError(QT_TRANSLATE_NOOP(
            "errors", "Cannot write to {where}: it is read-only or you may not write there. Nothing was saved."),
            where=where)
    if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)) or name == "SQLITE_FULL" \
            or "disk is full" in message or name.startswith("SQLITE_IOERR"):
        return StorageError(QT_TRANSLATE_NOOP(
            "errors", "Writing to {where} failed: the disk is full or a size limit was reached. Nothing was "
                      "saved; free some space and try again."), where=where)
    return None
