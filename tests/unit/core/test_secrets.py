"""Secrets live in the keyring under the service "neiqin", never in settings."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked

from neiqin.core import secrets
from neiqin.core.errors import NeiqinError, ValidationError


def test_set_get_delete(memory_keyring):
    assert secrets.get_secret("sync.password") is None
    secrets.set_secret("sync.password", "s3cret-口令")
    assert memory_keyring.store == {("neiqin", "sync.password"): "s3cret-口令"}
    assert secrets.get_secret("sync.password") == "s3cret-口令"
    secrets.delete_secret("sync.password")
    assert secrets.get_secret("sync.password") is None
    secrets.delete_secret("sync.password")  # forgetting twice is fine


def test_empty_value_forgets_and_empty_key_is_refused(memory_keyring):
    secrets.set_secret("sync.token", "abc")
    secrets.set_secret("sync.token", "")
    assert secrets.get_secret("sync.token") is None
    with pytest.raises(ValidationError) as caught:
        secrets.set_secret("  ", "x")
    assert caught.value.field == "key"
    assert memory_keyring.store == {}


def test_no_keyring_is_a_clear_error():
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the memory keyring back
    for call in (lambda: secrets.get_secret("k"), lambda: secrets.set_secret("k", "v"),
                 lambda: secrets.delete_secret("k")):
        with pytest.raises(NeiqinError, match="No password store"):
            call()


def test_a_locked_keyring_is_a_clear_error():
    class Locked(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise KeyringLocked("the keychain is locked")

        def set_password(self, service, username, password):
            raise KeyringLocked("the keychain is locked")

        def delete_password(self, service, username):
            raise KeyringLocked("the keychain is locked")

    keyring.set_keyring(Locked())
    with pytest.raises(secrets.SecretStoreError, match="refused the request: the keychain is locked"):
        secrets.get_secret("k")
