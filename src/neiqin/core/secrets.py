"""Secrets (the sync server's password or token) in the operating system's keychain via `keyring`.

They are never written to a settings file or the database. The keyring backend is whatever
`keyring` chose for this machine (tests install an in-memory one).
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError, ValidationError

SERVICE = "neiqin"


class SecretStoreError(NeiqinError):
    """The keychain cannot be used on this machine (none installed, locked, refused)."""


def set_secret(key: str, value: str) -> None:
    """Store `value` under `key`; an empty value removes the secret."""
    _check_key(key)
    if not value:
        delete_secret(key)
        return
    try:
        keyring.set_password(SERVICE, key, value)
    except KeyringError as exc:
        raise _unavailable(exc) from exc


def get_secret(key: str) -> str | None:
    _check_key(key)
    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError as exc:
        raise _unavailable(exc) from exc


def delete_secret(key: str) -> None:
    """Forget the secret; forgetting one that is not stored is not an error."""
    _check_key(key)
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise _unavailable(exc) from exc


def _check_key(key: str) -> None:
    if not isinstance(key, str) or not key.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A secret needs a name."), field="key")


def _unavailable(exc: KeyringError) -> SecretStoreError:
    if isinstance(exc, NoKeyringError):
        return SecretStoreError(QT_TRANSLATE_NOOP(
            "errors", "No password store (keychain) is available on this computer, so the password cannot be "
                      "kept. Install or unlock one (for example GNOME Keyring or KWallet) and try again."))
    return SecretStoreError(QT_TRANSLATE_NOOP("errors", "The password store (keychain) refused the request: {reason}"),
                            reason=str(exc) or type(exc).__name__)
