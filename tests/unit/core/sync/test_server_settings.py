"""The sync server settings: the address split into the settings page's fields and joined again,
the password in the keychain (never in the database), the right to change them, and connection
failures named in words from the drivers' messages."""

from __future__ import annotations

import pytest

from neiqin.core import secrets
from neiqin.core import settings as config
from neiqin.core.errors import PermissionDenied, ValidationError
from neiqin.core.sync.errors import (
    AuthenticationFailed,
    ServerUnreachable,
    TlsFailure,
    WrongDatabase,
    connection_error,
)
from neiqin.core.sync.settings import (
    ServerAddress,
    ServerSettings,
    load_settings,
    password_key,
    save_settings,
    saved_password,
)

PG = "postgresql+psycopg://bj01@hq.example.com:5433/neiqin"


def test_an_address_splits_into_fields_and_joins_again():
    address = ServerAddress.from_url(PG + "?sslmode=require")
    assert (address.kind, address.host, address.port, address.database, address.user) == \
        ("postgresql", "hq.example.com", 5433, "neiqin", "bj01")
    assert address.address() == PG  # the TLS mode is a setting of its own, not part of the address
    maria = ServerAddress("mariadb", "10.0.0.5", 3306, "neiqin", "sh01")
    assert maria.address() == "mysql+pymysql://sh01@10.0.0.5:3306/neiqin?charset=utf8mb4"
    assert ServerAddress.from_url(maria.address()) == maria
    assert ServerAddress.from_url("") == ServerAddress()


@pytest.mark.parametrize(("fields", "bad"), [
    ({"host": ""}, "host"), ({"database": " "}, "database"), ({"user": "bj 01"}, "user"), ({"port": 0}, "port"),
])
def test_a_missing_or_bad_part_is_named(fields, bad):
    values = {"kind": "postgresql", "host": "hq", "port": 5432, "database": "neiqin", "user": "bj01", **fields}
    with pytest.raises(ValidationError) as raised:
        ServerAddress(**values).url()
    assert raised.value.field == bad


def test_the_password_goes_to_the_keychain_never_into_the_database(db, admin, memory_keyring):
    address = save_settings(db, ServerSettings(PG, "require", 5), "s3cret-pw", admin)
    assert address == PG
    assert memory_keyring.store[("neiqin", f"sync.password:{PG}")] == "s3cret-pw"
    with db.read() as session:
        stored = config.all_settings(session)
    assert stored["sync.server"] == PG and stored["sync.tls"] == "require" and stored["sync.interval_minutes"] == 5
    assert "s3cret-pw" not in db.path.read_bytes().decode("latin-1")
    # a password written into the address is taken out of it
    save_settings(db, ServerSettings("postgresql://bj01:other-pw@hq.example.com:5433/neiqin", "require", 5),
                  actor=admin)
    assert load_settings(db).url == PG and saved_password(PG) == "other-pw"


def test_a_new_address_keeps_the_password_and_forgets_the_old_entry(db, admin):
    save_settings(db, ServerSettings(PG, "prefer", 15), "s3cret-pw", admin)
    moved = PG.replace("5433", "5432")
    save_settings(db, ServerSettings(moved, "prefer", 15), None, admin)
    assert saved_password(moved) == "s3cret-pw"
    assert secrets.get_secret(password_key(PG)) is None
    save_settings(db, ServerSettings("", "prefer", 15), None, admin)  # sync off
    assert load_settings(db).configured is False


def test_only_an_administrator_changes_the_server(db, clerk):
    with pytest.raises(PermissionDenied):
        save_settings(db, ServerSettings(PG, "prefer", 15), "pw", clerk)
    assert load_settings(db).url == "" and secrets.get_secret(password_key(PG)) is None


@pytest.mark.parametrize(("values", "field"), [(ServerSettings(PG, "maybe", 15), "tls"),
                                               (ServerSettings(PG, "prefer", 0), "interval")])
def test_bad_settings_change_nothing(db, admin, values, field):
    with pytest.raises(ValidationError) as raised:
        save_settings(db, values, "pw", admin)
    assert raised.value.field == field
    assert load_settings(db) == ServerSettings()


@pytest.mark.parametrize(("message", "kind"), [
    # messages as psycopg and PyMySQL word them
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication '
     'failed for user "bj01"', AuthenticationFailed),
    ("connection failed: fe_sendauth: no password supplied", AuthenticationFailed),
    ('connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  role "nobody" does not '
     'exist', AuthenticationFailed),
    ("(1045, \"Access denied for user 'sh01'@'10.0.0.9' (using password: YES)\")", AuthenticationFailed),
    ('connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "neiqn" does not '
     'exist', WrongDatabase),
    ("(1049, \"Unknown database 'neiqn'\")", WrongDatabase),
    ('connection failed: connection to server at "127.0.0.1", port 5432 failed: server does not support SSL, but '
     'SSL was required', TlsFailure),
    ("connection failed: SSL error: certificate verify failed", TlsFailure),
    ('connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused', ServerUnreachable),
    ("(2003, \"Can't connect to MySQL server on '10.0.0.5' (timed out)\")", ServerUnreachable),
])
def test_connection_failures_are_named(message, kind):
    error = connection_error(Exception(message), "postgresql+psycopg://bj01@hq/neiqin")
    assert type(error) is kind
    assert "bj01@hq" in error.render()


def test_the_command_line_offers_the_same_tls_modes():
    from neiqin.app.sync_cli import TLS_MODES as COMMAND_LINE
    from neiqin.core.sync.settings import TLS_MODES

    assert COMMAND_LINE == TLS_MODES == ("disable", "prefer", "require", "verify-full")
