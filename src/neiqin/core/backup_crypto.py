"""Password-protected backup files: AES-256-GCM in 1 MiB chunks, the key derived with scrypt.

Layout: the magic line, a 4-byte header length, a JSON header (format version, KDF parameters,
salt, nonce prefix, chunk size), then chunks of `4-byte length + ciphertext with tag`. Each chunk's
nonce is the random prefix plus its index, and its associated data binds the header, the index and
whether it is the last chunk: chunks cannot be reordered, dropped, appended or the file cut short
without the tag check failing. A wrong password and a damaged file fail the same check.
"""

from __future__ import annotations

import json
import os
import struct
from base64 import b64decode, b64encode
from pathlib import Path

from neiqin.core.errors import QT_TRANSLATE_NOOP, BackupError, ValidationError

MAGIC = b"NEIQIN-ENCRYPTED-BACKUP\n"
CHUNK = 1024 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
MIN_PASSWORD = 8
_LENGTH = struct.Struct(">I")


def is_encrypted(path: Path | str) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_password(password: str | None) -> str:
    if not password or len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A backup password has at least {count} characters."),
                              field="password", count=MIN_PASSWORD)
    return password


def _key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def _associated(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def encrypt_file(source: Path | str, target: Path | str, password: str) -> None:
    """Write the encrypted form of `source` to `target` (the caller handles temp names)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_password(password)
    salt, prefix = os.urandom(16), os.urandom(4)
    header = json.dumps({"version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                         "salt": b64encode(salt).decode(), "nonce": b64encode(prefix).decode(),
                         "chunk": CHUNK}, sort_keys=True).encode()
    cipher = AESGCM(_key(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    with Path(source).open("rb") as plain, Path(target).open("wb") as out:
        out.write(MAGIC + _LENGTH.pack(len(header)) + header)
        index, block = 0, plain.read(CHUNK)
        while True:
            following = plain.read(CHUNK)
            last = not following
            sealed = cipher.encrypt(prefix + struct.pack(">Q", index), block, _associated(header, index, last))
            out.write(_LENGTH.pack(len(sealed)) + sealed)
            if last:
                break
            index, block = index + 1, following
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(source: Path | str, target: Path | str, password: str | None) -> None:
    """Write the plain form of `source` to `target`; BackupError on a wrong password or damage."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not password:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} is encrypted: give its password."),
                          path=str(source))
    with Path(source).open("rb") as sealed, Path(target).open("wb") as out:
        header = _read_header(sealed, source)
        try:
            params = json.loads(header)
            salt, prefix = b64decode(params["salt"]), b64decode(params["nonce"])
            key = _key(password, salt, int(params["n"]), int(params["r"]), int(params["p"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise _damaged(source) from exc
        cipher = AESGCM(key)
        index = 0
        length = sealed.read(_LENGTH.size)
        while True:
            if len(length) != _LENGTH.size:
                raise _damaged(source)
            chunk = sealed.read(_LENGTH.unpack(length)[0])
            following = sealed.read(_LENGTH.size)
            last = not following
            try:
                out.write(cipher.decrypt(prefix + struct.pack(">Q", index), chunk,
                                         _associated(header, index, last)))
            except InvalidTag as exc:
                if index == 0:
                    raise BackupError(QT_TRANSLATE_NOOP(
                        "errors", "Wrong password for {path}, or the file was altered. Nothing was changed."),
                        path=str(source)) from exc
                raise _damaged(source) from exc
            if last:
                break
            index, length = index + 1, following
        out.flush()
        os.fsync(out.fileno())


def _read_header(handle, source) -> bytes:
    if handle.read(len(MAGIC)) != MAGIC:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} is not an encrypted Neiqin backup."),
                          path=str(source))
    raw = handle.read(_LENGTH.size)
    if len(raw) != _LENGTH.size or _LENGTH.unpack(raw)[0] > 4096:
        raise _damaged(source)
    header = handle.read(_LENGTH.unpack(raw)[0])
    if len(header) != _LENGTH.unpack(raw)[0]:
        raise _damaged(source)
    return header


def _damaged(source) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP("errors", "The encrypted backup {path} is damaged or cut short."),
                       path=str(source))
