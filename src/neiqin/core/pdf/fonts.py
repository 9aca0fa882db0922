"""Fonts of printed forms: the bundled CJK TrueType font plus a Latin TrueType face, both embedded
as subsets.

The bundled DroidSansFallbackFull has the Chinese glyphs but no digits or Latin letters, so text
is split into runs: characters the CJK font lacks are set in the bundled DejaVu Sans, which also
has the Greek letters and symbols of product specs (HRB400 Φ16, ±0.5, 2×3). The built-in CID fonts (STSong-Light) are never used: they are not embedded and show
boxes on machines without Chinese fonts.
"""

from __future__ import annotations

import threading
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from neiqin.paths import font_path, latin_font_path

FONT_NAME = "NeiqinCJK"
LATIN_FONT_NAME = "NeiqinLatin"

_lock = threading.Lock()
_cjk_chars: frozenset[int] = frozenset()


def register_font(path: Path | None = None) -> str:
    """Register both faces (idempotent, thread-safe) and return the CJK font's reportlab name."""
    global _cjk_chars  # noqa: PLW0603 - a cache of the font file's character map, filled once
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            cjk = TTFont(FONT_NAME, str(path or font_path()), subfontIndex=0)
            pdfmetrics.registerFont(cjk)
            pdfmetrics.registerFont(TTFont(LATIN_FONT_NAME, str(latin_font_path())))
            # one face for every style: paragraphs may ask for bold/italic
            for name in (FONT_NAME, LATIN_FONT_NAME):
                pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            _cjk_chars = frozenset(cjk.face.charToGlyph)
    return FONT_NAME


def runs(text: str) -> list[tuple[str, str]]:
    """`text` split into (font name, piece) runs: CJK where the CJK font has the glyph."""
    register_font()
    out: list[tuple[str, str]] = []
    for char in text:
        font = FONT_NAME if ord(char) in _cjk_chars else LATIN_FONT_NAME
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def markup(text: str) -> str:
    """Paragraph markup of plain `text` (escaped; line breaks kept) with the Latin runs tagged."""
    parts = []
    for font, piece in runs(text):
        piece = escape(piece).replace("\n", "<br/>")
        parts.append(piece if font == FONT_NAME else f'<font name="{LATIN_FONT_NAME}">{piece}</font>')
    return "".join(parts)


def string_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text))


def draw_text(canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw one line on a canvas in mixed fonts; `align` is left, center or right of `x`."""
    if align != "left":
        width = string_width(text, size)
        x -= width / 2 if align == "center" else width
    for font, piece in runs(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
