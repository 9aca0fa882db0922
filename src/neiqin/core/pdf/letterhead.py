"""The letterhead drawn at the top of every page: company, address, phone, logo, QR of the number."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import qrcode
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from sqlalchemy.orm import Session

from neiqin.core.attachments import open_path
from neiqin.core.errors import NeiqinError
from neiqin.core.pdf.fonts import draw_text
from neiqin.core.pdf.styles import INK, MUTED, RULE
from neiqin.core.settings import COMPANY_ADDRESS, COMPANY_LOGO, COMPANY_NAME, COMPANY_PHONE, get_setting

HEADER_HEIGHT = 24 * mm
QR_SIZE = 20 * mm


@dataclass(frozen=True)
class Letterhead:
    company_name: str
    address: str = ""
    phone: str = ""
    logo_path: Path | None = None

    @classmethod
    def from_session(cls, session: Session, database_path: Path | None = None) -> Letterhead:
        """The letterhead from the company settings; the logo setting holds the sha256 of an
        attachment stored beside the database at `database_path`."""
        return cls(
            company_name=get_setting(session, COMPANY_NAME, "") or "",
            address=get_setting(session, COMPANY_ADDRESS, "") or "",
            phone=get_setting(session, COMPANY_PHONE, "") or "",
            logo_path=_resolve_logo(get_setting(session, COMPANY_LOGO), database_path),
        )


def _resolve_logo(sha256: str | None, database_path: Path | None) -> Path | None:
    if not sha256 or database_path is None:
        return None
    try:
        return open_path(database_path, sha256)
    except NeiqinError:
        return None  # a missing logo file never stops a form from printing


def qr_image(text: str) -> Image.Image:
    """The QR code of `text` with one pixel per module (and the standard 4-module quiet zone);
    the PDF scales it, so it stays sharp and is stored once however many pages show it."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the border
    size = len(matrix)
    image = Image.new("L", (size, size), 255)
    image.putdata([0 if dark else 255 for row in matrix for dark in row])
    return image


def draw_letterhead(canvas, letterhead: Letterhead, page_width: float, page_height: float, margin: float,
                    qr: ImageReader | None, phone_label: str = "电话：{phone}") -> None:
    top = page_height - margin
    left = margin
    if letterhead.logo_path is not None:
        logo = ImageReader(str(letterhead.logo_path))
        width, height = logo.getSize()
        box = 16 * mm
        scale = min(box / width, box / height)
        canvas.drawImage(logo, left, top - box, width * scale, height * scale, mask="auto")
        left += box + 3 * mm
    canvas.setFillColor(INK)
    draw_text(canvas, left, top - 6 * mm, letterhead.company_name, 14)
    canvas.setFillColor(MUTED)
    line = top - 11 * mm
    for text in (letterhead.address, letterhead.phone and phone_label.format(phone=letterhead.phone)):
        if text:
            draw_text(canvas, left, line, text, 8.5)
            line -= 4.2 * mm
    if qr is not None:
        canvas.drawImage(qr, page_width - margin - QR_SIZE, top - QR_SIZE, QR_SIZE, QR_SIZE)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(margin, top - HEADER_HEIGHT + 1.5 * mm, page_width - margin, top - HEADER_HEIGHT + 1.5 * mm)
