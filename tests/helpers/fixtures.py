"""Fixtures importable by conftest: actors for each role, the in-memory keyring."""

from __future__ import annotations

import pytest

from tests.helpers.factory import ADMIN_PASSWORD, USER_PASSWORD


def _sign_in(db, username):
    from neiqin.core.auth import service as auth

    return auth.sign_in(db, username, ADMIN_PASSWORD if username == "admin" else USER_PASSWORD)


@pytest.fixture
def admin(db):
    return _sign_in(db, "admin")


@pytest.fixture
def clerk(db):
    return _sign_in(db, "clerk")


@pytest.fixture
def reviewer(db):
    return _sign_in(db, "reviewer")


@pytest.fixture
def finance(db):
    return _sign_in(db, "finance")


@pytest.fixture(autouse=True)
def memory_keyring():
    """The OS keychain cannot exist here: an in-memory keyring backend for every test."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.store = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
