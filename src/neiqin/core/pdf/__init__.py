"""Printed forms with reportlab: one page template, letterhead, tables, signatures, QR codes.

Every module's forms are built with `FormDocument`:

    doc = FormDocument(path, "订单确认书", "SO-BJ01-2026-000001", Letterhead.from_session(session))
    doc.add_key_values([("客户", "…"), ("交货日期", "2026-12-01")], columns=2)
    doc.add_table([Column("品名", 40), Column("金额", 25, numeric=True)], rows, totals=[...])
    doc.add_signatures(["供方", "需方"], stamps=True)
    doc.build()  # -> Path, written atomically
"""

from neiqin.core.pdf.document import FormDocument
from neiqin.core.pdf.fonts import FONT_NAME, register_font
from neiqin.core.pdf.letterhead import Letterhead
from neiqin.core.pdf.signatures import SignatureBox
from neiqin.core.pdf.tables import Column

__all__ = ["FONT_NAME", "Column", "FormDocument", "Letterhead", "SignatureBox", "register_font"]
