"""Signature, date and stamp boxes for the parties who sign a form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Table

from neiqin.core.pdf.fonts import markup, string_width
from neiqin.core.pdf.styles import RULE, Styles, table_style


@dataclass(frozen=True)
class SignatureBox:
    """One party: a heading (e.g. "供方（盖章）"), the named lines to sign on, and a stamp box."""

    party: str
    name: str = ""  # the party's name printed under the heading (company or person)
    lines: tuple[str, ...] = ("签字", "日期")
    stamp: bool = True
    stamp_label: str = "盖章"
    #: text already known for each line (a name, a date), printed on it; "" leaves the line blank
    values: tuple[str, ...] = ()
    #: a captured signature (PNG) drawn on the first line instead of its value
    image: Path | None = None


STAMP_SIZE = 30 * mm
LINE_HEIGHT = 9 * mm


def _party_block(box: SignatureBox, styles: Styles, width: float) -> Table:
    rows = [[Paragraph(markup(box.party), styles.heading)]]
    if box.name:
        rows.append([Paragraph(markup(box.name), styles.cell)])
    lines_width = width - (STAMP_SIZE + 4 * mm if box.stamp else 0)
    sign_rows = [[Paragraph(markup(f"{label}："), styles.label), _line_value(box, index, styles)]
                 for index, label in enumerate(box.lines)]
    label_width = max(string_width(f"{label}：", styles.label.fontSize) for label in box.lines) + 3 * mm
    sign = Table(sign_rows, colWidths=[label_width, lines_width - label_width], rowHeights=LINE_HEIGHT,
                 style=table_style(("LINEBELOW", (1, 0), (1, -1), 0.6, RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    if box.stamp:
        stamp = Table([[Paragraph(markup(box.stamp_label), styles.small)]], colWidths=STAMP_SIZE,
                      rowHeights=STAMP_SIZE, style=table_style(("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM")))
        body = Table([[sign, stamp]], colWidths=[lines_width, STAMP_SIZE + 4 * mm],
                     style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    else:
        body = sign
    rows.append([body])
    return Table(rows, colWidths=width, style=table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))


def _line_value(box: SignatureBox, index: int, styles: Styles):
    if index == 0 and box.image is not None:
        return _signature_image(box.image)
    value = box.values[index] if index < len(box.values) else ""
    return Paragraph(markup(value), styles.cell) if value else ""


def _signature_image(path: Path) -> Image:
    """The signature scaled to sit on one signing line."""
    image = Image(str(path))
    height = LINE_HEIGHT - 1 * mm
    image.drawWidth = image.imageWidth * height / max(image.imageHeight, 1)
    image.drawHeight = height
    if image.drawWidth > 45 * mm:
        image.drawHeight = image.drawHeight * 45 * mm / image.drawWidth
        image.drawWidth = 45 * mm
    image.hAlign = "LEFT"
    return image


def build_signatures(boxes: Sequence[SignatureBox], styles: Styles, frame_width: float) -> Table:
    """The parties side by side (two per row), kept together on one page."""
    if not boxes:
        raise ValueError("give at least one party to sign")
    per_row = 2 if len(boxes) > 1 else 1
    gap = 8 * mm
    width = (frame_width - gap * (per_row - 1)) / per_row
    data, row = [], []
    for box in boxes:
        row.append(_party_block(box, styles, width))
        if len(row) == per_row:
            data.append(row)
            row = []
    if row:
        data.append(row + [""] * (per_row - len(row)))
    widths = [width] * per_row
    table = Table(data, colWidths=widths, style=table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), gap / 2),
    ))
    table.keepWithNext = False
    return table
