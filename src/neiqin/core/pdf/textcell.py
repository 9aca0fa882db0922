"""`TextCell`: a light flowable for table cells — wraps mixed Chinese/Latin text by width.

reportlab's Paragraph with CJK wrapping costs about a millisecond per cell; a form with a few
hundred cells must build in well under 80 ms, so cells wrap themselves: Chinese may break between
any two characters, Latin words break at spaces (or anywhere when a word is longer than the cell).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from neiqin.core.pdf.fonts import LATIN_FONT_NAME, runs


@lru_cache(maxsize=65536)
def _char_width(font: str, char: str, size: float) -> float:
    return pdfmetrics.stringWidth(char, font, size)


def wrap_lines(text: str, width: float, size: float) -> list[list[tuple[str, str]]]:
    """Lines of (font, piece) runs that fit `width`."""
    lines: list[list[tuple[str, str]]] = []
    for paragraph in text.split("\n"):
        chars = [(font, char) for font, piece in runs(paragraph) for char in piece]
        line: list[tuple[str, str]] = []
        used = 0.0
        last_space = -1
        for font, char in chars:
            advance = _char_width(font, char, size)
            if line and used + advance > width:
                if font == LATIN_FONT_NAME and char != " " and last_space > 0:
                    # move the unfinished Latin word to the next line
                    carry = line[last_space + 1:]
                    line = line[:last_space]
                else:
                    carry = []
                lines.append(line)
                line = [item for item in carry]
                used = sum(_char_width(f, c, size) for f, c in line)
                last_space = -1
                if char == " " and not line:
                    continue
            if char == " ":
                last_space = len(line)
            elif font != LATIN_FONT_NAME:
                last_space = -1
            line.append((font, char))
            used += advance
        lines.append(line)
    return [_merge(line) for line in lines]


def _merge(chars: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for font, char in chars:
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


class TextCell(Flowable):
    def __init__(self, text: str, size: float, color, align: str = "left", leading: float | None = None) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.color = color
        self.align = align
        self.leading = leading or size * 1.3
        self._lines: list[list[tuple[str, str]]] = []
        self._wrapped_width = -1.0

    def wrap(self, available_width, _available_height):
        if available_width != self._wrapped_width:
            self._lines = wrap_lines(self.text, available_width, self.size)
            self._wrapped_width = available_width
        self.width = available_width
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFillColor(self.color)
        y = self.height - self.size
        for line in self._lines:
            width = sum(pdfmetrics.stringWidth(piece, font, self.size) for font, piece in line)
            x = {"right": self.width - width, "center": (self.width - width) / 2}.get(self.align, 0.0)
            for font, piece in line:
                canvas.setFont(font, self.size)
                canvas.drawString(x, y, piece)
                x += pdfmetrics.stringWidth(piece, font, self.size)
            y -= self.leading

    def __repr__(self) -> str:
        return f"TextCell({self.text!r})"
