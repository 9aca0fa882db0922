"""Paragraph styles of every printed form, all in the bundled CJK font."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from neiqin.core.pdf.fonts import register_font

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#888888")
HEADER_FILL = colors.HexColor("#dfe6ee")
ZEBRA_FILL = colors.HexColor("#f3f5f8")
TOTAL_FILL = colors.HexColor("#e8ecf0")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    label: ParagraphStyle


def make_styles(base_size: float = 9.5) -> Styles:
    font = register_font()

    def style(name, size=base_size, align=TA_LEFT, color=INK, leading=None, **extra):
        # wordWrap CJK breaks Chinese text between any two characters, as Chinese typesetting does
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35,
                              alignment=align, textColor=color, wordWrap="CJK", **extra)

    return Styles(
        body=style("body", spaceAfter=3),
        small=style("small", size=base_size - 1.5, color=MUTED),
        heading=style("heading", size=base_size + 2, spaceBefore=6, spaceAfter=3),
        title=style("title", size=base_size + 8, align=TA_CENTER, spaceAfter=2),
        cell=style("cell", size=base_size - 0.5),
        cell_right=style("cell_right", size=base_size - 0.5, align=TA_RIGHT),
        cell_center=style("cell_center", size=base_size - 0.5, align=TA_CENTER),
        header_cell=style("header_cell", size=base_size - 0.5, align=TA_CENTER),
        label=style("label", size=base_size - 0.5, color=MUTED),
    )


def table_style(*commands) -> TableStyle:
    """A TableStyle whose cells use the CJK font (reportlab sets a cell font even when the cell
    holds a flowable; the default Helvetica would be referenced unembedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_font()), *commands])
