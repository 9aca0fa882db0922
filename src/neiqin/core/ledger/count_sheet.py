"""The count sheet (盘点表) of any count session: lines grouped by location, blind or not, with
counter and supervisor signature boxes. Stock and office-supplies counts print the same sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from neiqin.core.pdf import Column, FormDocument, Letterhead, SignatureBox


@dataclass(frozen=True)
class SheetLine:
    location: str
    code: str
    name: str
    spec: str
    unit: str
    book: Decimal
    counted: Decimal | None = None
    variance: Decimal | None = None
    reason: str = ""


def quantity_text(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def render_count_sheet(path: Path, letterhead: Letterhead, *, title: str, number: str,
                       details: Sequence[tuple[str, object]], lines: Sequence[SheetLine], blind: bool,
                       with_results: bool = False, signer_names: tuple[str, str] = ("", "")) -> Path:
    """Write the sheet. `blind` hides the book quantity (the counter must not see it);
    `with_results` prints counted quantities, variances and reasons (the archived copy)."""
    doc = FormDocument(path, title, number, letterhead, subject=title)
    doc.add_key_values(list(details) + [("盘点方式", "盲盘（不显示账面数）" if blind else "明盘")], columns=2)
    columns = [Column("序号", 0.5, align="center"), Column("编码", 1.3), Column("名称", 2.6),
               Column("规格", 1.5), Column("单位", 0.6, align="center")]
    if not blind:
        columns.append(Column("账面数", 0.9, numeric=True))
    columns += [Column("实盘数", 0.9, numeric=True), Column("差异", 0.8, numeric=True), Column("原因/备注", 1.4)]
    ordered = sorted(lines, key=lambda line: (line.location, line.code))
    number_in_sheet = 0
    for location, group in groupby(ordered, key=lambda line: line.location):
        doc.add_heading(f"库位：{location or '未指定'}")
        rows = []
        for line in group:
            number_in_sheet += 1
            row = [number_in_sheet, line.code, line.name, line.spec, line.unit]
            if not blind:
                row.append(quantity_text(line.book))
            if with_results:
                row += [quantity_text(line.counted), quantity_text(line.variance), line.reason]
            else:
                row += ["", "", ""]
            rows.append(row)
        doc.add_table(columns, rows)
    doc.add_paragraph(f"共 {number_in_sheet} 项。盘点人逐项清点并填写实盘数，监盘人复核后签字。", style="small")
    counter, supervisor = signer_names
    doc.add_signatures([
        SignatureBox("盘点人", name=counter, lines=("签字", "日期"), stamp=False),
        SignatureBox("监盘人", name=supervisor, lines=("签字", "日期"), stamp=False),
    ])
    return doc.build()
