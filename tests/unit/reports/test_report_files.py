"""Report PDFs and workbooks: the numbers of the fixed data set in the files, charts included,
and the `neiqin report` command that writes them on a schedule."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from neiqin.__main__ import main
from neiqin.app.reporting import collect_kpis
from neiqin.core.db.types import utcnow
from neiqin.modules.reports import service
from neiqin.modules.reports.periods import parse_period


def _pdf_text(path: Path) -> str:
    """The text of the PDF without spaces (the layout of table cells varies)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(text.split())


def _sales_files(db, actor, folder: Path):
    with db.read() as session:
        report = service.sales_report(session, actor, parse_period("monthly", "2026-10"))
        return service.write_sales(session, actor, report, db.path, folder / "月报.pdf", folder / "月报.xlsx")


def test_sales_pdf_has_letterhead_figures_charts_and_page_numbers(db, clerk, sales_world, tmp_path):
    pdf, _xlsx = _sales_files(db, clerk, tmp_path)
    text = _pdf_text(pdf)
    for expected in ("北京海淀示范贸易有限公司", "销售月报", "2026-10-01 – 2026-10-31", "¥420.00", "¥340.00",
                     "+23.5%", "+740.0%", "¥130.00", "40.6%", "+50.0%", "北京甲机械有限公司", "76.2%", "华北",
                     "销售额走势（按日）", "增长最多：北京甲机械有限公司 +¥280.00（+700.0%）",
                     "下降最多：上海乙电子有限公司 −¥200.00（-66.7%）",
                     "其中 ¥100.00 的销售额所属产品未登记成本", "第 1 页 / 共 3 页"):
        assert "".join(expected.split()) in text, expected
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    listed = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert listed and all(line.split()[-5] == "yes" for line in listed), fonts  # every font embedded
    assert "Helvetica" not in fonts


def test_sales_workbook_has_numbers_and_native_charts(db, clerk, sales_world, tmp_path):
    _pdf, xlsx = _sales_files(db, clerk, tmp_path)
    book = load_workbook(xlsx)
    summary = book["汇总"]
    assert [c.value for c in summary[2]] == ["销售额", 420, 340, 23.5, 50, 740]
    assert [c.value for c in summary[6]] == ["订单数", 3, 2, 50, 1, 200]
    assert summary["D5"].value == pytest.approx(40.625 - 41.1765, abs=0.06)  # margin points
    customers = book["按客户"]
    assert [c.value for c in customers[2]][:8] == ["北京甲机械有限公司", customers["B2"].value, "华北", 320, 35, 130, 2,
                                                   76.2]
    assert customers["B2"].value.startswith("CU")
    trend = book["走势"]
    assert trend.max_row == 32 and trend["A6"].value == "2026-10-05" and trend["B6"].value == 220
    charts = {sheet.title: len(sheet._charts) for sheet in book.worksheets}
    assert charts == {"汇总": 0, "走势": 1, "按客户": 1, "按地区": 1, "按产品": 1, "按产品类别": 1, "按业务员": 1}


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed: the workbook is checked with openpyxl only")
def test_libreoffice_reads_the_workbook(db, clerk, sales_world, tmp_path):
    _pdf, xlsx = _sales_files(db, clerk, tmp_path)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    out = tmp_path / "csv"
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
                    str(out), str(xlsx)], check=True, capture_output=True, timeout=180)
    sheets = {path.stem: list(csv.reader(path.open(encoding="utf-8"))) for path in out.glob("*.csv")}
    summary = next(rows for name, rows in sheets.items() if name.endswith("汇总"))
    assert summary[1][:6] == ["销售额", "420", "340", "23.5", "50", "740"]
    customers = next(rows for name, rows in sheets.items() if name.endswith("按客户"))
    assert customers[1][0] == "北京甲机械有限公司" and customers[1][3:5] == ["320", "35"]


def test_kpi_pdf_and_workbook(db, reviewer, sales_world, tmp_path):
    with db.read() as session:
        period = parse_period("monthly", utcnow().astimezone().strftime("%Y-%m"))  # the customers exist now
        report = service.kpi_report(session, reviewer, collect_kpis(), period)
        pdf, xlsx = service.write_kpis(session, reviewer, report, db.path, tmp_path / "kpi.pdf",
                                       tmp_path / "kpi.xlsx")
    text = _pdf_text(pdf)
    assert "考核指标报表" in text and "全体内勤" in text and "王芳" in text and "≥95%" in text
    rows = list(load_workbook(xlsx)["考核指标"].iter_rows(min_row=2, values_only=True))
    completeness = [row for row in rows if row[0] == "王芳" and row[6] is not None and row[7] == 1]
    assert completeness and completeness[0][2] == 100
    assert len(load_workbook(xlsx)["达成图"]._charts) == 1


def test_report_command_writes_the_files(db, db_path, sales_world, tmp_path, capsys):
    db.dispose()
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    assert main(["report", "monthly", "--db", str(db_path), "--period", "2026-10", "--pdf", str(pdf),
                 "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "销售月报\t2026-10（2026-10-01 – 2026-10-31）" in out and "销售额\t¥420.00\t环比 +23.5%\t同比 +740.0%" in out
    assert pdf.stat().st_size > 10_000 and load_workbook(xlsx)["汇总"]["B2"].value == 420
    assert main(["report", "custom", "--db", str(db_path), "--from", "2026-09-01", "--to", "2026-10-31"]) == 0
    assert "销售额\t¥760.00" in capsys.readouterr().out
    month = utcnow().astimezone().strftime("%Y-%m")
    assert main(["report", "kpi", "--db", str(db_path), "--period", month, "--clerk", "clerk"]) == 0
    out = capsys.readouterr().out
    assert "王芳\t客户信息完整率\t100.0%\t≥ 90%\t达标" in out
    assert main(["report", "monthly", "--db", str(db_path), "--period", "2026-13"]) == 2
    assert "2026-13" in capsys.readouterr().err
