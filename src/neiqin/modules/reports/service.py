"""Report use cases: build a sales or KPI report for a period, write it as PDF and Excel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import KpiSpec
from neiqin.core.pdf import Letterhead
from neiqin.modules.reports.kpi import clerks, kpi_report, set_targets, targets
from neiqin.modules.reports.periods import KINDS, Period, parse_period
from neiqin.modules.reports.sales import refresh_summary, sales_report, summary_stale
from neiqin.modules.reports.schemas import KpiReport, SalesReport


def write_sales(session: Session, actor: Actor, report: SalesReport, db_path: Path | None, pdf: Path | None = None,
                xlsx: Path | None = None) -> list[Path]:
    """The report as PDF and/or Excel; returns the files written."""
    actor.require("reports.view")
    written = []
    if pdf is not None:
        from neiqin.modules.reports.printing import render_sales_pdf  # reportlab only when printing

        written.append(render_sales_pdf(report, Path(pdf), Letterhead.from_session(session, db_path)))
    if xlsx is not None:
        from neiqin.modules.reports.excel import write_sales_xlsx

        written.append(write_sales_xlsx(report, Path(xlsx)))
    return written


def write_kpis(session: Session, actor: Actor, report: KpiReport, db_path: Path | None, pdf: Path | None = None,
               xlsx: Path | None = None, translate=lambda text: text) -> list[Path]:
    actor.require("reports.view")
    written = []
    if pdf is not None:
        from neiqin.modules.reports.printing import render_kpi_pdf

        written.append(render_kpi_pdf(report, Path(pdf), Letterhead.from_session(session, db_path), translate))
    if xlsx is not None:
        from neiqin.modules.reports.excel import write_kpi_xlsx

        written.append(write_kpi_xlsx(report, Path(xlsx), translate))
    return written


def kpi_targets(session: Session, specs: Sequence[KpiSpec]) -> dict[str, float]:
    return targets(session, specs)


__all__ = ["KINDS", "Period", "clerks", "kpi_report", "kpi_targets", "parse_period", "refresh_summary", "sales_report",
           "set_targets", "summary_stale", "write_kpis", "write_sales"]
