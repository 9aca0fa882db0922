"""Tables of printed forms: header rows repeated on every page, right-aligned numbers, zebra rows,
Chinese text wrapping inside cells, optional totals rows at the end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Paragraph, Table, TableStyle

from neiqin.core.pdf.fonts import FONT_NAME, markup
from neiqin.core.pdf.styles import HEADER_FILL, MUTED, RULE, TOTAL_FILL, ZEBRA_FILL, Styles
from neiqin.core.pdf.textcell import TextCell


@dataclass(frozen=True)
class Column:
    """A table column. `width` is relative: the columns share the frame width in proportion."""

    title: str
    width: float = 1.0
    numeric: bool = False  # right-aligned (amounts, quantities)
    align: str = ""  # "center" to center short codes; default: left, or right when numeric


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


def _cell(value, column: Column, styles: Styles):
    if isinstance(value, Paragraph | TextCell):
        return value
    align = "right" if column.numeric else column.align or "left"
    return TextCell(_text(value), styles.cell.fontSize, styles.cell.textColor, align)


def build_table(columns: Sequence[Column], rows: Sequence[Sequence], styles: Styles, frame_width: float,
                totals: Sequence[Sequence] | None = None) -> Table:
    """A platypus Table; `totals` are extra rows after the data (a label may span the leading
    empty cells: give None for the cells it should cover)."""
    if not columns:
        raise ValueError("a table needs at least one column")
    share = sum(column.width for column in columns)
    widths = [frame_width * column.width / share for column in columns]
    header = [Paragraph(markup(column.title), styles.header_cell) for column in columns]
    data = [header]
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"row has {len(row)} cells, the table has {len(columns)} columns")
        data.append([_cell(value, column, styles) for value, column in zip(row, columns, strict=True)])
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, len(rows)), [None, ZEBRA_FILL]))
    for total in totals or ():
        if len(total) != len(columns):
            raise ValueError(f"totals row has {len(total)} cells, the table has {len(columns)} columns")
        index = len(data)
        cells = [None if value is None else _cell(value, column, styles) for value, column in zip(total, columns,
                                                                                                  strict=True)]
        # a label followed by empty cells spans them
        start = 0
        while start < len(cells):
            end = start
            while end + 1 < len(cells) and cells[end + 1] is None and cells[start] is not None:
                end += 1
            if end > start:
                commands.append(("SPAN", (start, index), (end, index)))
            start = end + 1
        data.append(["" if cell is None else cell for cell in cells])
        commands.append(("BACKGROUND", (0, index), (-1, index), TOTAL_FILL))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), splitByRow=1)


def build_key_values(pairs: Sequence[tuple[str, object]], styles: Styles, frame_width: float,
                     columns: int = 2) -> Table:
    """Label/value pairs laid out in `columns` pairs per row (a customer block, order facts)."""
    columns = max(1, columns)
    label_share, value_share = 0.32, 0.68
    widths = []
    for _ in range(columns):
        widths += [frame_width / columns * label_share, frame_width / columns * value_share]
    data, row = [], []
    for label, value in pairs:
        row += [TextCell(label, styles.label.fontSize, MUTED),
                TextCell(_text(value), styles.cell.fontSize, styles.cell.textColor)]
        if len(row) == 2 * columns:
            data.append(row)
            row = []
    if row:
        data.append(row + [""] * (2 * columns - len(row)))
    if not data:
        data = [[""] * (2 * columns)]
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, ZEBRA_FILL),
    ])
    return Table(data, colWidths=widths, style=style)
