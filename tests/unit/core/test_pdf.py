"""The shared PDF toolkit: embedded CJK font, letterhead, repeated table headers, page x of y, QR."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from neiqin.core.pdf import Column, FormDocument, Letterhead, SignatureBox
from neiqin.core.pdf.fonts import FONT_NAME, LATIN_FONT_NAME, runs
from neiqin.core.pdf.letterhead import qr_image
from neiqin.core.pdf.textcell import wrap_lines

LETTERHEAD = Letterhead("北京海淀示范贸易有限公司", "北京市海淀区中关村大街1号", "010-88888888")
NUMBER = "SO-BJ01-2026-000042"


def _text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _form(tmp_path: Path, rows: int, number: str = NUMBER) -> Path:
    doc = FormDocument(tmp_path / "form.pdf", "订单确认书", number, LETTERHEAD)
    doc.add_key_values([("客户", "上海浦东精密机械制造有限公司"), ("交货日期", "2026-12-01")], columns=2)
    columns = [Column("序号", 0.6, align="center"), Column("产品名称", 3), Column("数量", 1, numeric=True),
               Column("金额", 1.4, numeric=True)]
    data = [[n + 1, f"不锈钢六角螺栓第{n + 1}号 高强度镀锌", Decimal(10), Decimal("12.50")] for n in range(rows)]
    doc.add_table(columns, data, totals=[["合计", None, None, Decimal(rows) * Decimal("12.50")]])
    doc.add_paragraph("备注：请于收到后三日内回签。")
    doc.add_signatures([SignatureBox("供方（盖章）"), SignatureBox("需方（盖章）")])
    return doc.build()


def test_chinese_text_letterhead_and_numbers_are_extractable(tmp_path):
    path = _form(tmp_path, 3)
    text = _text(path)
    for expected in ("北京海淀示范贸易有限公司", "中关村大街1号", "010-88888888", "订单确认书", NUMBER,
                     "上海浦东精密机械制造有限公司", "不锈钢六角螺栓第2号", "合计", "37.50", "供方（盖章）", "盖章",
                     "打印时间"):
        assert expected in text, expected


def test_every_font_is_embedded_and_no_cid_font_is_used(tmp_path):
    path = _form(tmp_path, 3)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert any("DroidSansFallback" in row[0] for row in rows)
    for row in rows:
        emb = row[-5]
        assert emb == "yes", row
        assert "STSong" not in row[0] and "Helvetica" not in row[0]


def test_page_x_of_y_and_table_header_repeats_on_the_second_page(tmp_path):
    path = _form(tmp_path, 45)
    pages = _pages(path)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _text(path, page)
        assert f"第{page}页/共{pages}页" in text.replace(" ", "")
    second = _text(path, 2).replace(" ", "")
    assert "序号" in second and "产品名称" in second  # the header row again
    assert "北京海淀示范贸易有限公司" in second  # letterhead on every page


def _qr_matrix(image: Image.Image) -> list[list[bool]]:
    gray = image.convert("L")
    return [[gray.getpixel((x, y)) < 128 for x in range(gray.width)] for y in range(gray.height)]


def test_qr_code_of_the_number_is_in_the_pdf(tmp_path):
    path = _form(tmp_path, 2)
    subprocess.run(["pdfimages", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "img")], check=True)
    images = sorted(tmp_path.glob("img-*.png"))
    assert images, "no image on the first page"
    found = _qr_matrix(Image.open(images[0]))
    assert found == _qr_matrix(qr_image(NUMBER))
    assert found != _qr_matrix(qr_image("SO-BJ01-2026-000043"))


def test_failed_build_leaves_no_file(tmp_path):
    target = tmp_path / "out.pdf"
    doc = FormDocument(target, "表", "X-1", LETTERHEAD)
    from reportlab.platypus import Flowable

    class Broken(Flowable):
        def wrap(self, *_):
            raise RuntimeError("broken")

    doc.add_flowable(Broken())
    with pytest.raises(RuntimeError):
        doc.build()
    assert list(tmp_path.iterdir()) == []


def test_landscape_page_is_wider_than_high(tmp_path):
    doc = FormDocument(tmp_path / "wide.pdf", "报表", "R-1", LETTERHEAD, landscape=True)
    doc.add_paragraph("横向")
    path = doc.build()
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split("x"))
    assert width > height


def test_table_rows_must_match_columns(tmp_path):
    doc = FormDocument(tmp_path / "bad.pdf", "表", "X-1", LETTERHEAD)
    with pytest.raises(ValueError):
        doc.add_table([Column("a"), Column("b")], [[1, 2, 3]])


def test_runs_split_chinese_and_latin():
    assert runs("订单SO-1号") == [(FONT_NAME, "订单"), (LATIN_FONT_NAME, "SO-1"), (FONT_NAME, "号")]


def test_wrap_keeps_latin_words_whole_and_fits_the_width():
    lines = wrap_lines("alpha beta gamma delta 中文字符串很长很长很长", 60, 9)
    texts = ["".join(piece for _font, piece in line) for line in lines]
    assert len(texts) > 1
    for word in ("alpha", "beta", "gamma", "delta"):
        assert any(word in text for text in texts), word
    from reportlab.pdfbase import pdfmetrics

    for line in lines:
        assert sum(pdfmetrics.stringWidth(p, f, 9) for f, p in line) <= 60.01


def test_letterhead_from_settings(db):
    with db.read() as session:
        letterhead = Letterhead.from_session(session)
    assert letterhead.company_name == "北京海淀示范贸易有限公司"
    assert letterhead.phone == "010-88888888"
    assert letterhead.logo_path is None


def test_logo_from_the_attachment_store_is_drawn(db, db_path, tmp_path):
    import io

    from neiqin.core import attachments
    from neiqin.core.settings import COMPANY_LOGO, set_setting

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, "PNG")
    ref = attachments.store(db_path, buffer.getvalue(), "logo.png")
    with db.engine.begin() as connection:
        from sqlalchemy.orm import Session

        with Session(bind=connection) as session:
            set_setting(session, COMPANY_LOGO, ref.sha256)
            session.flush()
    with db.read() as session:
        letterhead = Letterhead.from_session(session, db_path)
    assert letterhead.logo_path is not None and letterhead.logo_path.is_file()
    doc = FormDocument(tmp_path / "logo.pdf", "表", "X-1", letterhead)
    doc.add_paragraph("有徽标")
    listing = subprocess.run(["pdfimages", "-list", str(doc.build())], check=True, capture_output=True,
                             text=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in listing.splitlines()[2:]}
    assert ("40", "20") in sizes  # the logo beside the QR code


def test_spec_symbols_have_a_glyph_in_one_of_the_embedded_fonts(tmp_path):
    """Product specs use Greek letters and symbols (螺纹钢 HRB400 Φ16, ±0.5, 2×3 m², 25℃)."""
    from reportlab.pdfbase import pdfmetrics

    text = "HRB400 Φ16 ±0.5 2×3 m² 25℃ ≤ 50 — “规格”"
    for font, piece in runs(text):
        face = pdfmetrics.getFont(font).face
        missing = [char for char in piece if ord(char) not in face.charToGlyph]
        assert not missing, f"{font} lacks {missing}"
    doc = FormDocument(tmp_path / "spec.pdf", "规格测试", NUMBER, Letterhead("测试公司", "", ""))
    doc.add_paragraph(text)
    extracted = _text(doc.build())
    assert "Φ16" in extracted and "±0.5" in extracted and "2×3" in extracted


def test_signature_boxes_print_known_values_and_a_captured_signature(tmp_path):
    signature = tmp_path / "signature.png"
    image = Image.new("RGB", (300, 90), "white")
    image.paste((20, 30, 120), (10, 40, 290, 46))
    image.save(signature)
    doc = FormDocument(tmp_path / "signed.pdf", "领用单", "LY-BJ01-2026-000001", LETTERHEAD)
    doc.add_signatures([
        SignatureBox("领用人", lines=("签字", "日期"), stamp=False, values=("", "2026-11-23"), image=signature),
        SignatureBox("部门负责人", lines=("签字", "日期"), stamp=False, values=("李经理",)),
    ])
    path = doc.build()
    text = _text(path)
    assert "2026-11-23" in text and "李经理" in text
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in listing.splitlines()[2:]}
    assert ("300", "90") in sizes  # the signature itself, not a blank line
