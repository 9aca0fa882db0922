"""Builders for the supplies tests: a small catalogue, signatures drawn with Pillow."""

from __future__ import annotations

import io
from decimal import Decimal

from PIL import Image, ImageDraw

from neiqin.modules.supplies import service
from neiqin.modules.supplies.schemas import ItemInput


def signature_png(blank: bool = False) -> bytes:
    image = Image.new("RGB", (400, 120), "white")
    if not blank:
        ImageDraw.Draw(image).line([(20, 90), (120, 30), (200, 95), (380, 40)], fill=(20, 30, 120), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_items(db, actor) -> dict[str, str]:
    """A4 paper (2 reams per person a month), pens (5 per person a month), toner (1 per department
    a quarter), staplers (no standard); ids by short name."""
    specs = {
        "paper": (ItemInput("BG001", "A4复印纸", "包", "70g 500张/包", "纸张", 10, 2, "person", "month", "晨光文具",
                            Decimal("22.50")), 40),
        "pen": (ItemInput("BG002", "签字笔", "支", "0.5mm 黑色", "书写工具", 20, 5, "person", "month", "晨光文具",
                          Decimal("2.00")), 100),
        "toner": (ItemInput("BG003", "硒鼓", "个", "HP 88A", "耗材", 2, 1, "department", "quarter", "惠普授权店",
                            Decimal("320.00")), 3),
        "stapler": (ItemInput("BG004", "订书机", "个", "12号", "办公设备", 1, None, "", "", "得力",
                              Decimal("18.00")), 0),
    }
    out = {}
    with db.unit_of_work(actor) as uow:
        for key, (data, opening) in specs.items():
            out[key] = service.create_item(uow, data, opening).id
    return out
