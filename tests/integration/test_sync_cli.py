"""`neiqin server init`, `neiqin sync --server URL`, `neiqin sync`, `neiqin sync --check`: exit codes,
the password kept in the keychain (never in the settings), clear failures."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from neiqin.__main__ import main
from neiqin.core import secrets
from tests.integration.sync_servers import server_database

pytestmark = pytest.mark.server


def test_server_init_sync_and_check_from_the_command_line(db_path, capsys, memory_keyring):
    with server_database("postgresql") as admin_url:
        url = admin_url.replace("postgresql+psycopg://", "postgresql://")
        assert main(["server", "init", url, "--branch", "BJ01", "--db", str(db_path)]) == 0
        out = capsys.readouterr().out
        match = re.search(r"branch BJ01\t\S+\tuser (\S+)\tpassword (\S+)", out)
        assert match, out
        user, password = match.groups()
        branch_url = f"postgresql://{user}:{password}@127.0.0.1:5432/{admin_url.rsplit('/', 1)[1]}"
        assert main(["sync", "--server", branch_url, "--db", str(db_path)]) == 0
        assert "pushed" in capsys.readouterr().out
        # the address is saved without its password; the password is in the keychain
        import sqlite3

        with sqlite3.connect(db_path) as connection:
            saved = connection.execute("SELECT value FROM setting WHERE key = 'sync.server'").fetchone()[0]
        assert password not in saved and user in saved
        assert secrets.get_secret(f"sync.password:{saved.strip(chr(34))}") == password
        # later rounds use the saved settings
        assert main(["sync", "--db", str(db_path)]) == 0
        assert re.search(r"pushed 0, pulled \d+, conflicts 0, waiting 0", capsys.readouterr().out)
        assert main(["sync", "--check", "--db", str(db_path)]) == 0
        lines = capsys.readouterr().out.strip().splitlines()
        assert lines and all(line.endswith("\tok") for line in lines)
        assert any(line.startswith("customer\t") for line in lines)
        # the server saw it through the branch account: the client row carries the branch
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(admin_url, poolclass=NullPool)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM sync_client")).scalar_one() == 1
            assert connection.execute(text("SELECT count(*) FROM app_user")).scalar_one() >= 1
        engine.dispose()


def test_sync_failures_have_their_own_exit_codes(db_path, capsys):
    assert main(["sync", "--db", str(db_path)]) == 9
    assert "not set up" in capsys.readouterr().err
    assert main(["sync", "--server", "postgresql://nobody@127.0.0.1:1/none", "--db", str(db_path)]) == 6
    assert "cannot be reached" in capsys.readouterr().err
    assert main(["sync", "--server", "oracle://x@host/db", "--db", str(db_path)]) == 9
    assert "Only PostgreSQL and MariaDB" in capsys.readouterr().err


def test_server_init_is_repeatable_and_says_mariadb_has_no_row_security(capsys):
    with server_database("mariadb") as admin_url:
        url = admin_url.replace("mysql+pymysql://", "mariadb://")
        branch = "BJ01:01a2f000-0000-7000-8000-00000000b001"
        assert main(["server", "init", url, "--branch", branch]) == 0
        assert main(["server", "init", url, "--branch", branch]) == 0  # additive, idempotent
        out = capsys.readouterr().out
        assert out.count("server ready") == 2 and "no row-level security" in out
