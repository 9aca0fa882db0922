"""Captured signatures: the PNG a signature pad produces, checked and kept with the record signed.

A signature is an attachment (`core.attachments`) whose note names the signer, so it is stored once
by content hash, backed up and synced like any scan. Modules call `store_signature` inside the
unit of work of the action that needs the signature (an issue of supplies, a lending, a return).
"""

from __future__ import annotations

import io
from pathlib import Path

from neiqin.core.attachments import AttachmentStore, AttachmentView, attach, attachments_of
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
#: fewer dark pixels than this is a click, not a signature
MIN_INK_PIXELS = 30
SIGNATURE_NOTE_PREFIX = "signature:"


def check_signature(png: bytes | None) -> bytes:
    """The PNG unchanged when it holds a signature; ValidationError when empty, blank or not a PNG."""
    if not png:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The signature is empty: ask the person to sign."),
                              field="signature")
    if not isinstance(png, bytes | bytearray) or not bytes(png).startswith(PNG_MAGIC):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The signature is not a PNG image."),
                              field="signature")
    if len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The signature image is too large."),
                              field="signature")
    if _ink_pixels(bytes(png)) < MIN_INK_PIXELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The signature is empty: ask the person to sign."),
                              field="signature")
    return bytes(png)


def _ink_pixels(png: bytes) -> int:
    from PIL import Image, UnidentifiedImageError  # Pillow comes with reportlab

    try:
        with Image.open(io.BytesIO(png)) as image:
            image.load()
            if image.mode in ("RGBA", "LA") or "transparency" in image.info:
                rgba = image.convert("RGBA")
                white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                white.alpha_composite(rgba)
                grey = white.convert("L")
            else:
                grey = image.convert("L")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The signature is not a PNG image."),
                              field="signature") from exc
    histogram = grey.histogram()
    return sum(histogram[:128])  # pixels darker than mid-grey


def store_signature(uow: UnitOfWork, owner_table: str, owner_id: str, png: bytes,
                    signer_name: str) -> AttachmentView:
    """Check and store the signature, linked to the record it signs; returns the attachment."""
    data = check_signature(png)
    signer = (signer_name or "").strip()
    if not signer:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the name of the person who signs."),
                              field="signer")
    if uow.db.path is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Signatures need a database file to be kept with."),
                              field="signature")
    ref = AttachmentStore.of(uow.db.path).store(data, filename="signature.png")
    return attach(uow, owner_table, owner_id, ref, note=f"{SIGNATURE_NOTE_PREFIX}{signer[:80]}")


def signatures_of(session, owner_table: str, owner_id: str) -> list[AttachmentView]:
    """The signatures kept with a record, oldest first."""
    return [view for view in attachments_of(session, owner_table, owner_id)
            if (view.note or "").startswith(SIGNATURE_NOTE_PREFIX)]


def signer_of(view: AttachmentView) -> str:
    return (view.note or "")[len(SIGNATURE_NOTE_PREFIX):]


def signature_path(db_path: Path | str, sha256: str) -> Path:
    """The stored PNG of a signature, to draw it into a PDF."""
    return AttachmentStore.of(db_path).open_path(sha256)
