"""The signature pad: drawing with the mouse yields a PNG that the core accepts as a signature."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from neiqin.core.errors import ValidationError
from neiqin.core.signatures import check_signature
from neiqin.ui.widgets.signature_pad import SignaturePad


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    widget.resize(400, 140)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_new_pad_is_empty_and_gives_no_image(pad):
    assert pad.is_empty() and pad.png_bytes() == b""
    with pytest.raises(ValidationError):
        check_signature(pad.png_bytes())


def test_drawing_with_the_mouse_makes_an_accepted_signature(pad, qtbot):
    with qtbot.waitSignal(pad.changed):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 100))
        for x in range(40, 360, 20):
            qtbot.mouseMove(pad, QPoint(x, 60 + (x % 60)))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(360, 90))
    assert not pad.is_empty()
    png = pad.png_bytes()
    assert check_signature(png) == png
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (800, 280)  # drawn at twice the pad's size for print


def test_clear_and_the_delete_key_empty_the_pad(pad, qtbot):
    pad.add_stroke([(10, 10), (200, 100)])
    assert not pad.is_empty()
    pad.clear()
    assert pad.is_empty()
    pad.add_stroke([(10, 10), (200, 100)])
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_a_single_click_is_not_a_signature(pad, qtbot):
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert pad.is_empty()
