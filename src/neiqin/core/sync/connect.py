"""Opening the server database: URLs, drivers, TLS mode and the errors a person understands."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync.errors import NotConfigured, connection_error

DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg", "mysql": "mysql+pymysql",
           "mariadb": "mysql+pymysql"}


def normalize_url(url: str, password: str | None = None, tls: str | None = None) -> URL:
    """`postgresql://…` or `mariadb://…` (or a full SQLAlchemy URL) with the driver we ship."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise NotConfigured(QT_TRANSLATE_NOOP("sync", "“{url}” is not a server address such as "
                                                      "postgresql://user@host:5432/database."), url=url) from None
    base = parsed.drivername.split("+")[0]
    if base not in DRIVERS:
        raise NotConfigured(QT_TRANSLATE_NOOP("sync", "Only PostgreSQL and MariaDB/MySQL servers are supported, "
                                                      "not “{kind}”."), kind=base)
    parsed = parsed.set(drivername=DRIVERS[base])
    if password is not None:
        parsed = parsed.set(password=password)
    query = dict(parsed.query)
    if parsed.drivername.startswith("mysql"):
        query.setdefault("charset", "utf8mb4")
        if tls in ("require", "verify-full"):
            query.setdefault("ssl_verify_cert", "true" if tls == "verify-full" else "false")
    elif tls:
        query.setdefault("sslmode", tls)
    return parsed.set(query=query)


def display_url(url: URL | str) -> str:
    return (make_url(url) if isinstance(url, str) else url).render_as_string(hide_password=True)


def server_engine(url: str | URL, password: str | None = None, tls: str | None = None, timeout: int = 5) -> Engine:
    parsed = normalize_url(str(url) if isinstance(url, str) else url.render_as_string(hide_password=False),
                           password, tls)
    return create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=2,
                         connect_args={"connect_timeout": timeout})


def test_connection(engine: Engine) -> str:
    """The server's version string, or a SyncError saying what is wrong."""
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT version()")).scalar_one())
    except SQLAlchemyError as exc:
        raise connection_error(exc, display_url(engine.url)) from exc


@dataclass(frozen=True)
class ServerInfo:
    """What "Test connection" reports: the server's own version and the sync version it was prepared with."""

    version: str
    protocol: int


def check_server_ready(engine: Engine) -> ServerInfo:
    """Connect, read the server's version and check that `neiqin server init` prepared it for this
    program (SchemaMismatch otherwise); every failure is a SyncError in words."""
    from neiqin.core.sync.protocol import PROTOCOL_VERSION
    from neiqin.core.sync.server import check_server  # the server schema only when asked

    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SELECT version()")).scalar_one())
            check_server(connection)
            connection.rollback()
    except SQLAlchemyError as exc:
        raise connection_error(exc, display_url(engine.url)) from exc
    return ServerInfo(version, PROTOCOL_VERSION)


def try_server(url: str | URL, password: str | None, tls: str | None, timeout: int = 5) -> ServerInfo:
    """Open a connection with these settings, check the server, close it again."""
    engine = server_engine(url, password, tls, timeout)
    try:
        return check_server_ready(engine)
    finally:
        engine.dispose()


def without_password(url: URL) -> URL:
    """The address without its password (`URL.set(password=None)` would keep it)."""
    return url._replace(password=None)
