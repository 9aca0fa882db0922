"""The sync server settings of a database: address, TLS mode, round interval; the password in the
keychain.

The address is stored without its password in the database's settings (`sync.server`); the
password goes to the operating system's keychain under `sync.password:<address>` and never into a
settings file. `ServerAddress` splits an address into the fields of the settings page (server
kind, host, port, database, user) and joins them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from neiqin.core import settings as config
from neiqin.core.auth.actor import SYSTEM, Actor
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.sync.connect import display_url, normalize_url, without_password

SERVER = "sync.server"
TLS = "sync.tls"
INTERVAL = "sync.interval_minutes"
#: the permission to change the server settings
MANAGE = "settings.manage"
#: disable: plain connection; prefer: TLS when the server offers it; require: TLS or fail;
#: verify-full: TLS with the server's certificate and host name checked
TLS_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_TLS = "prefer"
DEFAULT_INTERVAL = 15
MAX_INTERVAL = 24 * 60
KINDS = ("postgresql", "mariadb")
DEFAULT_PORTS = {"postgresql": 5432, "mariadb": 3306}
#: URL query keys that the TLS mode decides (dropped when the fields are joined again)
_TLS_QUERY = ("sslmode", "ssl_verify_cert", "ssl_check_hostname")


@dataclass
class ServerSettings:
    url: str = ""
    tls: str = DEFAULT_TLS
    interval_minutes: int = DEFAULT_INTERVAL

    @property
    def configured(self) -> bool:
        return bool(self.url)


@dataclass(frozen=True)
class ServerAddress:
    """The parts of a server address as the settings page shows them."""

    kind: str = "postgresql"
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    #: other URL options kept as they were (MariaDB's charset, for example)
    query: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        if not url:
            return cls()
        try:
            parsed = make_url(url)
        except ArgumentError:
            return cls()
        kind = "mariadb" if parsed.drivername.split("+")[0] in ("mysql", "mariadb") else "postgresql"
        query = {k: v for k, v in parsed.query.items() if k not in _TLS_QUERY}
        return cls(kind, parsed.host or "", parsed.port or DEFAULT_PORTS[kind], parsed.database or "",
                   parsed.username or "", query)

    def url(self) -> URL:
        """The address (without password) with the driver we ship; ValidationError for a missing part."""
        if self.kind not in KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("sync", "Choose PostgreSQL or MariaDB/MySQL."), field="kind")
        for name, value, message in (
                ("host", self.host, QT_TRANSLATE_NOOP("sync", "Enter the server's host name or address.")),
                ("database", self.database, QT_TRANSLATE_NOOP("sync", "Enter the name of the server database.")),
                ("user", self.user, QT_TRANSLATE_NOOP("sync", "Enter the user name of this office on the server."))):
            if not value.strip() or any(ch.isspace() for ch in value.strip()):
                raise ValidationError(message, field=name)
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError(QT_TRANSLATE_NOOP("sync", "A port is a number from 1 to 65535."), field="port")
        url = URL.create(self.kind, username=self.user.strip(), host=self.host.strip(), port=int(self.port),
                         database=self.database.strip(), query=self.query)
        return normalize_url(url.render_as_string(hide_password=False))

    def address(self) -> str:
        return display_url(self.url())


def password_key(address: str) -> str:
    return f"sync.password:{address}"


def saved_password(address: str) -> str | None:
    """The kept password; None when there is none (also when this computer has no keychain at all,
    where none can have been kept: a server that needs one then refuses the sign-in, in words)."""
    if not address:
        return None
    from keyring.errors import NoKeyringError  # the keychain library only when a password is needed

    from neiqin.core import secrets

    try:
        return secrets.get_secret(password_key(address))
    except secrets.SecretStoreError as exc:
        if isinstance(exc.__cause__, NoKeyringError):
            return None
        raise


def load_settings(db) -> ServerSettings:
    with db.read() as session:
        return ServerSettings(config.get_setting(session, SERVER, "") or "",
                              config.get_setting(session, TLS, DEFAULT_TLS) or DEFAULT_TLS,
                              int(config.get_setting(session, INTERVAL, DEFAULT_INTERVAL)))


def check_settings(values: ServerSettings) -> ServerSettings:
    if values.tls not in TLS_MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "Unknown TLS mode “{mode}”."), field="tls", mode=values.tls)
    try:
        minutes = int(values.interval_minutes)
    except (TypeError, ValueError):
        minutes = 0
    if not 1 <= minutes <= MAX_INTERVAL:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "Sync every 1 to {most} minutes."), field="interval",
                              most=MAX_INTERVAL)
    return replace(values, interval_minutes=minutes)


def save_settings(db, values: ServerSettings, password: str | None = None, actor: Actor = SYSTEM) -> str:
    """Store the address without its password (which goes to the keychain); returns the address.

    An empty address turns sync off. A person needs `settings.manage`; the command line acts as
    the system. Without a new password, the one kept for the previous address moves along.
    """
    if actor.user_id != SYSTEM.user_id:
        actor.require(MANAGE)
    from neiqin.core import secrets

    values = check_settings(values)
    address = ""
    if values.url:
        parsed = normalize_url(values.url)
        password = password or parsed.password
        address = display_url(without_password(parsed))
    previous = load_settings(db).url
    moved = bool(address and previous and previous != address)
    if address and password:
        secrets.set_secret(password_key(address), password)
    elif moved and not saved_password(address):
        kept = saved_password(previous)
        if kept:
            secrets.set_secret(password_key(address), kept)
    with db.unit_of_work(actor) as uow:
        config.set_setting(uow.session, SERVER, address, actor.user_id)
        config.set_setting(uow.session, TLS, values.tls, actor.user_id)
        config.set_setting(uow.session, INTERVAL, values.interval_minutes, actor.user_id)
    if moved:
        secrets.delete_secret(password_key(previous))
    return address
