"""Excel export and the all-or-nothing import of an existing register; the printed forms."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from neiqin.core.errors import ValidationErrors
from neiqin.modules.archive import documents, excel, listing, printing
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive.models import ArchiveItem
from neiqin.modules.archive.schemas import DocumentInput
from tests.unit.archive.conftest import lending_input, signature_png


def _count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ArchiveItem))


def _sheet(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["档号", "题名", "类别", "载体形式", "日期", "客户", "库房", "柜号", "保管期限", "密级", "状态"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_existing_register_imports_whole(db, clerk, shelf, tmp_path):
    path = _sheet(tmp_path / "register.xlsx", [
        ["2015-HT-0001", "上海浦东精密机械供货合同", "合同", "纸质", "2015-04-01", "上海浦东精密机械制造有限公司", "档案室一",
         "2号柜", "10年", "秘密", "在库"],
        [None, "公司章程", "行政文件", "电子", date(2016, 1, 1), None, None, None, "永久", "内部", None],
    ])
    with db.unit_of_work(clerk) as uow:
        assert excel.import_items(uow, path) == 2
    with db.read() as session:
        rows = {i.title: i for i in session.scalars(select(ArchiveItem))}
    contract = rows["上海浦东精密机械供货合同"]
    assert contract.number == "2015-HT-0001" and contract.customer_id == shelf.customer_id
    assert contract.retention_until == date(2025, 4, 1) and contract.confidentiality == "confidential"
    assert rows["公司章程"].retention_until is None and rows["公司章程"].number.startswith("DA-BJ01-")


def test_a_register_with_one_bad_row_imports_nothing(db, clerk, shelf, tmp_path):
    path = _sheet(tmp_path / "bad.xlsx", [
        ["2015-HT-0002", "好的一行", "合同", "纸质", "2015-04-01", None, "档案室一", None, "10", "内部", None],
        ["2015-HT-0003", "纸质却没有库房", "合同", "纸质", "2015-04-01", None, None, None, "10", "内部", None],
        ["2015-HT-0004", "不认识的客户", "合同", "纸质", "2015-04-01", "没有这家公司", "档案室一", None, "10", "内部", None],
        ["2015-HT-0005", "借出的档案", "合同", "纸质", "2015-04-01", None, "档案室一", None, "十年", "内部", "借出"],
    ])
    before = _count(db)
    with pytest.raises(ValidationErrors) as error, db.unit_of_work(clerk) as uow:
        excel.import_items(uow, path)
    rows = sorted({e.row for e in error.value.errors})
    assert rows == [3, 4, 5]
    assert _count(db) == before


def test_export_and_template(db, clerk, shelf, tmp_path):
    with db.unit_of_work(clerk) as uow:
        assert listing.export_list(uow, "items", tmp_path / "items.xlsx", {"status": "in_store"}) == 2
        assert listing.export_list(uow, "lendings", tmp_path / "lendings.xlsx", {}) == 0
    sheet = load_workbook(tmp_path / "items.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["档号", "题名", "类别"]
    titles = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert titles == {"上海浦东精密机械年度购销合同", "销售部人员考核记录"}
    template = excel.write_item_template(tmp_path / "template.xlsx")
    assert [c.value for c in load_workbook(template).active[1]][:2] == ["档号", "题名"]


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_lending_slip_and_reminder_and_circulation_slip(db, clerk, reviewer, shelf, tmp_path, clock):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id, borrower_department="销售部", may_copy=True))
    with db.unit_of_work(reviewer) as uow:
        ln.approve(uow, lent.id)
    with db.unit_of_work(clerk) as uow:
        ln.issue(uow, lent.id, signature=signature_png())
        slip = printing.print_lending_slip(uow, lent.number, tmp_path / "slip.pdf")
    text = _text(slip)
    assert "档案借阅单" in text and "上海浦东精密机械年度购销合同" in text and "核对合同付款条款" in text
    assert "是否允许复印" in text and "允许" in text and "李经理" in text
    fonts = subprocess.run(["pdffonts", str(slip)], capture_output=True, text=True).stdout
    assert "Droid" in fonts or "Fallback" in fonts
    images = subprocess.run(["pdfimages", "-list", str(slip)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 4  # QR code and the drawn signature
    clock(9)
    with db.unit_of_work(clerk) as uow:
        notice = printing.print_reminder(uow, lent.number, tmp_path / "notice.pdf")
    assert "第一次催还通知" in _text(notice) and "已逾期 2 天" in _text(notice)
    with db.unit_of_work(clerk) as uow:
        doc = documents.create_document(uow, DocumentInput("incoming", "关于调整产品价格的函", "上海宏达机电有限公司",
                                                           "本公司", reference="宏达函〔2026〕8号"))
        doc = documents.set_readers(uow, doc.id, [("李建国", "销售部"), ("赵敏", "财务部")])
        documents.sign_off(uow, doc.id, doc.readers[0].id, comment="请财务部核算")
        circulation = printing.print_circulation_slip(uow, doc.number, tmp_path / "circulation.pdf")
    text = _text(circulation)
    assert "文件传阅单" in text and "关于调整产品价格的函" in text and "请财务部核算" in text and "赵敏" in text
