"""Captured signatures: blank or foreign images are refused; kept signatures are found again."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from neiqin.core import signatures
from neiqin.core.attachments import Attachment
from neiqin.core.errors import ValidationError


def _png(draw_line: bool, mode: str = "RGB") -> bytes:
    image = Image.new(mode, (400, 120), "white" if mode == "RGB" else (0, 0, 0, 0))
    if draw_line:
        ImageDraw.Draw(image).line([(20, 90), (200, 40), (380, 80)], fill=(20, 30, 120, 255), width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_drawn_signature_passes_unchanged():
    png = _png(True)
    assert signatures.check_signature(png) == png


@pytest.mark.parametrize("data", [b"", None, _png(False), _png(False, "RGBA"), b"GIF89a....",
                                  signatures.PNG_MAGIC + b"broken"])
def test_empty_blank_or_foreign_images_are_refused(data):
    with pytest.raises(ValidationError) as caught:
        signatures.check_signature(data)
    assert caught.value.field == "signature"


def test_a_transparent_pad_with_ink_counts_as_signed():
    assert signatures.check_signature(_png(True, "RGBA"))


def test_store_and_find_the_signature_of_a_record(db, clerk):
    png = _png(True)
    with db.unit_of_work(clerk) as uow:
        view = signatures.store_signature(uow, "supply_issue", "rec-1", png, " 王小明 ")
    with db.read() as session:
        found = signatures.signatures_of(session, "supply_issue", "rec-1")
        assert [signatures.signer_of(v) for v in found] == ["王小明"]
        assert session.get(Attachment, view.id).mime == "image/png"
    assert signatures.signature_path(db.path, view.sha256).read_bytes() == png


def test_storing_a_blank_signature_changes_nothing(db, clerk):
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        signatures.store_signature(uow, "supply_issue", "rec-2", _png(False), "王小明")
    with db.read() as session:
        assert signatures.signatures_of(session, "supply_issue", "rec-2") == []


def test_a_signer_name_is_required(db, clerk):
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        signatures.store_signature(uow, "supply_issue", "rec-3", _png(True), "  ")
    assert caught.value.field == "signer"
