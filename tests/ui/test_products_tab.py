from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings

from neiqin.modules.products import service
from neiqin.modules.products.schemas import ProductInput
from neiqin.modules.products.ui.dialogs import ProductEditor
from neiqin.modules.products.ui.tab import ProductsTab
from neiqin.ui.context import UiContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def make_tab(qtbot, db, actor, runner, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tab = ProductsTab(UiContext(db=db, actor=actor, runner=runner), settings=settings)
    qtbot.addWidget(tab)
    return tab


def names(tab):
    return [tab.model.row_values(row)["name"] for row in range(tab.model.rowCount())]


def run(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    return task


def test_create_edit_deactivate_and_search(qtbot, db, clerk, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    assert isinstance(editor, ProductEditor)
    editor.fields["code"].widget.setText("of-a4-70")
    editor.fields["name"].widget.setText("A4复印纸")
    editor.fields["spec"].widget.setText("70g 500张×5包")
    editor.fields["unit"].widget.setCurrentText("箱")
    editor.fields["category"].widget.setCurrentText("办公耗材")
    editor.fields["list_price"].widget.setValue(Decimal("125.50"))
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted
    assert names(tab) == ["A4复印纸"]
    assert tab.category_filter.findData("办公耗材") > 0

    tab.action("edit").trigger()
    editor = tab.last_dialog
    assert editor.fields["code"].widget.text() == "OF-A4-70"
    editor.fields["list_price"].widget.setValue(Decimal("130"))
    editor.save_button.click()
    with db.read() as session:
        assert service.get_product_by_code(session, "OF-A4-70").list_price == Decimal("130.00")

    with db.unit_of_work(clerk) as uow:
        service.create_product(uow, ProductInput("EQ-PRN-01", "激光打印机", "台", list_price=Decimal("1680")))
    tab.refresh()
    for text, expected in (("复印", ["A4复印纸"]), ("fyz", ["A4复印纸"]), ("jgdyj", ["激光打印机"]),
                           ("EQ-PRN", ["激光打印机"])):
        tab.search.setText(text)
        qtbot.waitUntil(lambda text=text: tab.model.state.text == text, timeout=3000)
        assert names(tab) == expected, text
    tab.search.setText("")
    qtbot.waitUntil(lambda: tab.model.state.text == "", timeout=3000)
    tab.show_record(next(tab.model.row_id(r) for r in range(2) if tab.model.row_values(r)["name"] == "A4复印纸"))
    tab.action("toggle").trigger()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("inactive"))
    qtbot.waitUntil(lambda: names(tab) == ["A4复印纸"], timeout=3000)


def test_bad_input_stays_in_the_editor(qtbot, db, clerk, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    editor.fields["code"].widget.setText("A 4")
    editor.fields["name"].widget.setText("纸")
    editor.save_button.click()
    assert editor.error_text("list_price")  # required
    editor.fields["list_price"].widget.setValue(Decimal("3"))
    editor.save_button.click()
    assert editor.error_text("code") and not editor.error_text("list_price")
    assert editor.result() != editor.DialogCode.Accepted
    assert names(tab) == []


def test_import_export_and_refused_import(qtbot, db, clerk, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    book = Workbook()
    book.active.append(["Code", "Name", "Specification", "Unit", "Unit price", "类别"])
    book.active.append(["HW-SCR-01", "不锈钢螺丝", "M4×16 200只", "盒", 26, "五金工具"])
    book.active.append(["EL-CBL-01", "电缆", "BV 2.5mm²", "米", "12.50", "电工材料"])
    book.save(tmp_path / "in.xlsx")
    task = run(qtbot, tab.import_xlsx(tmp_path / "in.xlsx"))
    assert task.result == 2 and sorted(names(tab)) == ["不锈钢螺丝", "电缆"]

    out = tmp_path / "out.xlsx"
    task = run(qtbot, tab.export_xlsx(out))
    sheet = load_workbook(out).active
    assert task.result == 2 and sheet["A1"].value == "产品编码"
    assert {sheet.cell(r, 6).value for r in (2, 3)} == {26, 12.5}

    book = Workbook()
    book.active.append(["产品编码", "产品名称", "单位", "单价"])
    book.active.append(["HW-SCR-01", "重复编码", "盒", 1])
    book.active.append(["NEW-1", "=1+1", "盒", 1])
    book.active.append(["NEW-2", "好的", "盒", "abc"])
    book.save(tmp_path / "bad.xlsx")
    task = run(qtbot, tab.import_xlsx(tmp_path / "bad.xlsx"))
    assert task.state == task.FAILED
    details = tab.last_dialog.detailedText()
    assert "Row 2, 产品编码" in details and "Row 3, 产品名称" in details and "Row 4, 单价" in details
    assert len(names(tab)) == 2
