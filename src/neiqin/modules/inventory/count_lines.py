"""The lines of a stock count as plain rows with their product (code, name, spec, unit), read in one
query however long the sheet is; the lookup of a line by product code that entry uses; a list of
counted quantities typed or pasted at once."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from neiqin.core.ledger import counts
from neiqin.modules.inventory.models import StockCountLine
from neiqin.modules.inventory.schemas import CountLineView


def sheet_rows(session: Session, count_id: str, *conditions) -> list:
    """The live lines of a count (the columns of `counts.LINE_COLUMNS`) with `code`, `name`, `spec`,
    `unit` and `product_deleted` of their product; `conditions` filter the line table."""
    session.flush()
    lines = StockCountLine.__table__
    catalogue = products.catalogue_table()
    query = (select(*[lines.c[name] for name in counts.LINE_COLUMNS], catalogue.c.code.label("code"),
                    catalogue.c.name.label("name"), catalogue.c.spec.label("spec"), catalogue.c.unit.label("unit"),
                    catalogue.c.deleted_at.label("product_deleted"))
             .select_from(lines.outerjoin(catalogue, catalogue.c.id == lines.c.item_id))
             .where(lines.c.session_id == count_id, lines.c.deleted_at.is_(None), *conditions))
    return session.execute(query).all()


def line_view(row) -> CountLineView:
    return CountLineView(row.id, row.item_id, row.code or "", row.name or "", row.spec or "", row.unit or "",
                         row.location, row.book_quantity, row.moved_before_count, row.counted_quantity, row.variance,
                         row.reason or "", row.note or "")


def line_views(rows) -> tuple[CountLineView, ...]:
    """The sheet's order: by location, then product code."""
    return tuple(sorted((line_view(row) for row in rows), key=lambda view: (view.location, view.code)))


@dataclass
class SheetIndex:
    """A count's lines by line id, product id and product code (any case), for entering many."""

    rows: list
    by_id: dict = field(init=False)
    by_item: dict = field(init=False)
    by_code: dict = field(init=False)

    def __post_init__(self) -> None:
        self.by_id, self.by_item, self.by_code = {}, {}, {}
        for row in self.rows:
            self.by_id[row.id] = row
            self.by_item.setdefault(row.item_id, []).append(row)
            if row.code and row.product_deleted is None:
                self.by_code.setdefault(row.code.upper(), []).append(row)

    def find(self, session: Session, key: str, location: str | None, taken: Container[str] = ()):
        """The line given by its id, its product's id or code (a scanner types it) and, for a product
        kept at several places, its location; `taken` are lines already entered in this batch."""
        text = (key or "").strip()
        if not text:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter or scan a product code."), field="code")
        lines = [self.by_id[text]] if text in self.by_id else self.by_item.get(text) or self.by_code.get(text.upper())
        if not lines and not _is_product_code(session, text):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "No product with code {code}."), field="code",
                                  code=text)
        lines = lines or []
        if location is not None:
            lines = [line for line in lines if line.location == location.strip()]
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{code} is not on this count sheet."), field="code",
                                  code=text)
        if len(lines) > 1:
            open_lines = [line for line in lines if line.counted_quantity is None and line.id not in taken]
            if len(open_lines) != 1:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "{code} is kept at several locations: choose the "
                                                                  "location."), field="location", code=text)
            lines = open_lines
        return lines[0]


def _is_product_code(session: Session, text: str) -> bool:
    try:
        products.get_product_by_code(session, text)
    except NotFound:
        return False
    return True


def parse_count_list(text: str) -> list[tuple[int, tuple[str, str, str | None]]]:
    """Counted quantities typed or pasted as a list, one product per row: product code, counted
    quantity and, for a product kept at several places, its location. Fields are apart by tabs (a
    paste from Excel), or by spaces or commas in a row without a tab. Blank rows are skipped; returns
    (row number in the text, (code, quantity, location)) for each."""
    out = []
    for number, row in enumerate((text or "").splitlines(), 1):
        if not row.strip():
            continue
        fields = [part.strip() for part in row.split("\t")] if "\t" in row else _SEPARATORS.split(row.strip())
        fields += [""] * (2 - len(fields))
        out.append((number, (fields[0], fields[1], (fields[2] or None) if len(fields) > 2 else None)))
    return out


_SEPARATORS = re.compile(r"[\s,，;；]+")
