"""`FormDocument`: the page template every printed form is built on.

A4 portrait or landscape; the letterhead (company, address, phone, logo, QR of the number) on
every page; title and number on the first; the footer "第 x 页 / 共 y 页" with the number and the
time of printing. The file is written next to its target and renamed into place, so a failed
build never leaves half a PDF.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from neiqin.core.errors import storage_error
from neiqin.core.pdf.fonts import FONT_NAME, draw_text, markup, register_font
from neiqin.core.pdf.letterhead import HEADER_HEIGHT, Letterhead, draw_letterhead, qr_image
from neiqin.core.pdf.signatures import SignatureBox, build_signatures
from neiqin.core.pdf.styles import MUTED, RULE, make_styles
from neiqin.core.pdf.tables import Column, build_key_values, build_table

MARGIN = 14 * mm
FOOTER_HEIGHT = 10 * mm


@dataclass(frozen=True)
class FormLabels:
    """The fixed words printed on every form (zh_CN by default; a zh_TW form passes its own)."""

    page: str = "第 {page} 页 / 共 {pages} 页"
    printed_at: str = "打印时间：{time}"
    number: str = "编号：{number}"
    phone: str = "电话：{phone}"


def _numbered_canvas(draw_footer):
    """A canvas that remembers every page so the footer can say how many pages there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT_NAME  # no unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class FormDocument:
    """A printed form. Add content in reading order, then `build()` returns the written Path."""

    def __init__(self, path: Path | str, title: str, number: str, letterhead: Letterhead, *,
                 landscape: bool = False, printed_at: datetime | None = None, qr_text: str | None = None,
                 labels: FormLabels | None = None, subject: str = "") -> None:
        register_font()
        self.path = Path(path)
        self.title = title
        self.number = number
        self.letterhead = letterhead
        self.pagesize = landscape_size(A4) if landscape else A4
        self.printed_at = printed_at or datetime.now().astimezone()
        self.qr_text = number if qr_text is None else qr_text
        self.labels = labels or FormLabels()
        self.subject = subject
        self.styles = make_styles()
        self.frame_width = self.pagesize[0] - 2 * MARGIN
        self._story: list[Flowable] = [
            Paragraph(markup(title), self.styles.title),
            Paragraph(markup(self.labels.number.format(number=number)), self.styles.cell_center),
            Spacer(1, 4 * mm),
        ]

    # -- content -----------------------------------------------------------------------------
    def add_heading(self, text: str) -> FormDocument:
        self._story.append(Paragraph(markup(text), self.styles.heading))
        return self

    def add_paragraph(self, text: str, style: str = "body") -> FormDocument:
        """Plain text (no markup); line breaks are kept. `style`: body, small, heading."""
        self._story.append(Paragraph(markup(text), getattr(self.styles, style)))
        return self

    def add_key_values(self, pairs: Sequence[tuple[str, object]], columns: int = 2) -> FormDocument:
        self._story.append(build_key_values(pairs, self.styles, self.frame_width, columns))
        self._story.append(Spacer(1, 2 * mm))
        return self

    def add_table(self, columns: Sequence[Column], rows: Sequence[Sequence],
                  totals: Sequence[Sequence] | None = None) -> FormDocument:
        self._story.append(build_table(columns, rows, self.styles, self.frame_width, totals))
        self._story.append(Spacer(1, 3 * mm))
        return self

    def add_signatures(self, boxes: Sequence[SignatureBox | str]) -> FormDocument:
        boxes = [box if isinstance(box, SignatureBox) else SignatureBox(box) for box in boxes]
        self._story.append(Spacer(1, 4 * mm))
        self._story.append(KeepTogether([build_signatures(boxes, self.styles, self.frame_width)]))
        return self

    def add_spacer(self, height_mm: float = 4) -> FormDocument:
        self._story.append(Spacer(1, height_mm * mm))
        return self

    def add_page_break(self) -> FormDocument:
        self._story.append(PageBreak())
        return self

    def add_flowable(self, flowable: Flowable) -> FormDocument:
        """An escape hatch for a form that needs a reportlab flowable of its own."""
        self._story.append(flowable)
        return self

    # -- output ------------------------------------------------------------------------------
    def build(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.part")
        qr = ImageReader(qr_image(self.qr_text)) if self.qr_text else None
        width, height = self.pagesize
        def on_page(canvas, _doc):
            canvas.saveState()
            draw_letterhead(canvas, self.letterhead, width, height, MARGIN, qr, self.labels.phone)
            canvas.restoreState()

        def draw_footer(canvas, page, pages):
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, MARGIN + FOOTER_HEIGHT - 3 * mm, width - MARGIN, MARGIN + FOOTER_HEIGHT - 3 * mm)
            canvas.setFillColor(MUTED)
            baseline = MARGIN + 2 * mm
            draw_text(canvas, MARGIN, baseline, f"{self.title}  {self.number}", 8)
            draw_text(canvas, width / 2, baseline, self.labels.page.format(page=page, pages=pages), 8, "center")
            stamp = self.labels.printed_at.format(time=self.printed_at.strftime("%Y-%m-%d %H:%M"))
            draw_text(canvas, width - MARGIN, baseline, stamp, 8, "right")
            canvas.restoreState()

        frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, self.frame_width,
                      height - 2 * MARGIN - FOOTER_HEIGHT - HEADER_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template = BaseDocTemplate(
            str(temporary), pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=f"{self.title} {self.number}", author=self.letterhead.company_name,
            subject=self.subject, creator="Neiqin",
        )
        template.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=on_page)])
        try:
            template.build(list(self._story), canvasmaker=_numbered_canvas(draw_footer))
            os.replace(temporary, self.path)
        except OSError as exc:
            raise (storage_error(exc, str(self.path)) or exc) from exc
        finally:
            if temporary.exists():
                temporary.unlink()
        return self.path
