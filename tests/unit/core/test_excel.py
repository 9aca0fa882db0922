import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from neiqin.core.errors import ValidationError, ValidationErrors
from neiqin.core.excel import ROW_KEY, CellError, ExcelColumn, export_rows, read_rows, write_template
from neiqin.core.excel import reader as reader_module
from neiqin.core.progress import Cancelled, Progress

COLUMNS = [
    ExcelColumn("name", "名称", "Name", required=True, max_length=20),
    ExcelColumn("qty", "数量", "Quantity", kind="int"),
    ExcelColumn("price", "单价", "Unit price", kind="money"),
    ExcelColumn("day", "日期", "Date", kind="date"),
    ExcelColumn("active", "启用", "Active", kind="bool"),
    ExcelColumn("kind", "类型", "Type", kind="choice", choices={"enterprise": "企业", "individual": "个人"}),
]


def sheet(path, rows, header=("名称", "数量", "单价", "日期", "启用", "类型")):
    workbook = Workbook()
    ws = workbook.active
    if header:
        ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    workbook.save(path)
    return path


def test_round_trip_with_english_headers_and_conversions(tmp_path):
    path = sheet(tmp_path / "in.xlsx", [
        [" 复印纸 ", 5, "¥1,234.50", "2026/5/1", "是", "企业"],
        [None, None, None, None, None, None],  # empty rows are skipped
        ["订书机", 2.0, 12.3, date(2026, 6, 2), "no", "individual"],
    ], header=(" Name ", "QUANTITY", "单价", "Date", "启用", "Type", "不认识的列"))
    rows = read_rows(path, COLUMNS)
    assert rows[0] == {"name": "复印纸", "qty": 5, "price": Decimal("1234.50"), "day": date(2026, 5, 1),
                       "active": True, "kind": "enterprise", ROW_KEY: 2}
    assert rows[1]["qty"] == 2 and rows[1]["price"] == Decimal("12.30") and rows[1]["kind"] == "individual"
    assert rows[1][ROW_KEY] == 4


def test_every_bad_row_is_reported(tmp_path):
    path = sheet(tmp_path / "bad.xlsx", [
        ["好", "五", "abc", "2026-13-01", "也许", "公司"],
        ["长" * 1000, 1, 1, None, None, None],
        ["", 1, 1, None, None, None],
        ["ok", 1.5, "1.005", None, None, None],
    ])
    with pytest.raises(ValidationErrors) as error:
        read_rows(path, COLUMNS)
    found = {(e.row, e.column) for e in error.value.errors}
    assert {(2, "数量"), (2, "单价"), (2, "日期"), (2, "启用"), (2, "类型"), (3, "名称"), (4, "名称"),
            (5, "数量"), (5, "单价")} == found
    too_long = next(e for e in error.value.errors if e.row == 3)
    assert "1000" in too_long.render() and "20" in too_long.render()


def test_formulas_are_refused_never_evaluated(tmp_path):
    path = sheet(tmp_path / "f.xlsx", [['=HYPERLINK("http://evil.example","点我")', 1, 1, None, None, None],
                                       ["ok", "=1+1", 1, None, None, None]])
    with pytest.raises(ValidationErrors) as error:
        read_rows(path, COLUMNS)
    assert {(e.row, e.column) for e in error.value.errors} == {(2, "名称"), (3, "数量")}
    assert all("formula" in e.render() for e in error.value.errors)


@pytest.mark.parametrize("make,words", [
    (lambda p: p.write_text("名称,数量\n纸,1\n", encoding="utf-8"), "not an Excel"),
    (lambda p: p.write_bytes(b""), "not an Excel"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("hello.txt", "hi"), "not an Excel"),
    (lambda p: sheet(p, [], header=None), "empty"),
    (lambda p: sheet(p, [], header=("名称",)), "no rows"),
    (lambda p: sheet(p, [[1]], header=("数量",)), "missing"),
    (lambda p: sheet(p, [["a", "b"]], header=("名称", "Name")), "twice"),
])
def test_bad_files(tmp_path, make, words):
    path = tmp_path / "x.xlsx"
    make(path)
    with pytest.raises(ValidationError) as error:
        read_rows(path, COLUMNS)
    assert words in error.value.render()
    assert error.value.field == "file"


def test_file_over_50_mb_is_refused_by_size_before_opening(tmp_path, monkeypatch):
    path = tmp_path / "big.xlsx"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: not a workbook at all, refused for its size
    opened = []
    monkeypatch.setattr(reader_module, "_open", lambda p: opened.append(p))
    with pytest.raises(ValidationError, match="too large"):
        read_rows(path, COLUMNS)
    assert opened == []


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_ROWS", 3)
    path = sheet(tmp_path / "many.xlsx", [["a"], ["b"], ["c"], ["d"]], header=("名称",))
    with pytest.raises(ValidationError, match="more than 3 rows"):
        read_rows(path, COLUMNS)


def test_export_is_typed_and_never_a_formula(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [{"name": "=HYPERLINK(\"x\")", "qty": 3, "price": Decimal("1234.5"), "day": date(2026, 1, 2),
             "active": False, "kind": "enterprise"},
            {"name": "+8613900000000", "qty": None, "price": None, "day": None, "active": True, "kind": None}]
    reports = []
    assert export_rows(path, "清单", COLUMNS, rows, progress=lambda d, t, text="": reports.append(d)) == 2
    workbook = load_workbook(path)
    ws = workbook.active
    assert ws.title == "清单" and ws.freeze_panes == "A2" and ws["A1"].font.b
    assert [c.value for c in ws[1]] == ["名称", "数量", "单价", "日期", "启用", "类型"]
    assert ws["A2"].data_type != "f" and ws["A2"].value == "'=HYPERLINK(\"x\")"
    assert ws["A3"].value == "'+8613900000000"
    assert ws["C2"].value == 1234.5 and ws["C2"].number_format == "#,##0.00"
    assert ws["D2"].value.date() == date(2026, 1, 2)
    assert ws["E2"].value == "否" and ws["F2"].value == "企业"
    assert reports[-1] == 2
    # what was exported imports again (apostrophe-prefixed text is text, not a formula)
    back = read_rows(path, COLUMNS[1:])
    assert back[0]["price"] == Decimal("1234.50") and back[0]["kind"] == "enterprise"


def test_export_cancel_leaves_no_file(tmp_path):
    progress = Progress()
    progress.cancel()
    path = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        export_rows(path, "x", COLUMNS, ({"name": str(i)} for i in range(3000)), progress=progress)
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_import_cancel(tmp_path):
    path = sheet(tmp_path / "in.xlsx", [["a"]] * 10, header=("名称",))
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        read_rows(path, COLUMNS, progress=progress)


def test_template_has_headers_and_notes(tmp_path):
    path = write_template(tmp_path / "t.xlsx", COLUMNS)
    workbook = load_workbook(path)
    assert [c.value for c in workbook.worksheets[0][1]] == [c.header_zh for c in COLUMNS]
    notes = list(workbook.worksheets[1].iter_rows(values_only=True))
    assert notes[1][:3] == ("名称", "Name", "是")
    with pytest.raises(ValidationError, match="no rows"):
        read_rows(path, COLUMNS)


def test_cell_error_carries_row_and_column():
    error = CellError("Row {row}, {column}: bad", row=7, column="名称")
    assert (error.row, error.column, error.field) == (7, "名称", "名称")
    assert error.render() == "Row 7, 名称: bad"
