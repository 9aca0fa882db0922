"""Errors of a sync round, each with a message a person can act on."""

from __future__ import annotations

import re

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError


class SyncError(NeiqinError):
    """A sync round failed; nothing half-applied is left behind."""

    #: exit code of `neiqin sync` for this kind of failure
    exit_code = 3


class ProtocolError(SyncError):
    """The pushed changes are malformed (unknown table or column, wrong type, too big, NUL)."""

    exit_code = 4


class SchemaMismatch(SyncError):
    """Client and server were made by different versions of the program."""

    exit_code = 5


class ServerUnreachable(SyncError):
    exit_code = 6


class WrongDatabase(ServerUnreachable):
    """The server answered but has no database of that name."""


class AuthenticationFailed(SyncError):
    exit_code = 7


class TlsFailure(SyncError):
    exit_code = 8


class NotConfigured(SyncError):
    exit_code = 9


class SyncBusy(SyncError):
    """A round was asked for while one is running (rounds never overlap)."""


#: PostgreSQL: role "x" does not exist / database "x" does not exist; MariaDB: Unknown database 'x'
_NO_ROLE = re.compile(r'role ".*" does not exist')
_NO_DATABASE = re.compile(r'database ".*" does not exist|unknown database')


def connection_error(exc: BaseException, url: str) -> SyncError:
    """Turn a driver's connection failure into one of the errors above, in words."""
    text = str(getattr(exc, "orig", exc) or exc)
    low = text.lower()
    if "password" in low or "access denied" in low or "authentication" in low or _NO_ROLE.search(low):
        return AuthenticationFailed(QT_TRANSLATE_NOOP(
            "sync", "The server refused the user name or password ({server})."), server=url)
    if _NO_DATABASE.search(low):
        return WrongDatabase(QT_TRANSLATE_NOOP(
            "sync", "The server {server} has no database of that name. Check the database name."), server=url)
    if "ssl" in low or "tls" in low or "certificate" in low:
        return TlsFailure(QT_TRANSLATE_NOOP(
            "sync", "The secure (TLS) connection to {server} failed: {reason}"), server=url, reason=text.strip())
    return ServerUnreachable(QT_TRANSLATE_NOOP(
        "sync", "The server {server} cannot be reached: {reason}"), server=url, reason=text.strip())
