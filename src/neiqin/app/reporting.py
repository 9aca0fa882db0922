"""Reports wiring: every module's KPIs collected for the reports tab and `neiqin report`.

    neiqin report monthly --period 2026-10 --pdf out.pdf --xlsx out.xlsx
    neiqin report weekly --period 2026-W43     neiqin report daily --period 2026-10-15
    neiqin report custom --from 2026-10-01 --to 2026-10-20
    neiqin report kpi --period 2026-10 [--clerk USERNAME] --pdf kpi.pdf
"""

from __future__ import annotations

import logging
from pathlib import Path

from neiqin import paths
from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import KpiSpec
from neiqin.modules import contributed

log = logging.getLogger(__name__)


def collect_kpis() -> list[KpiSpec]:
    """The KPIs of every registered module, in module order."""
    return contributed("KPIS")


def reports_wiring(actor: Actor) -> dict:
    """What the reports tab gets from the other modules (and the Chinese words of their KPIs for
    the printed reports)."""
    return {"kpis": collect_kpis(), "print_translate": chinese()}


def chinese(context: str = "kpi"):
    """Source text → 简体中文 from the built translations (the printed reports are in Chinese)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load("neiqin_zh_CN", str(paths.translations_dir())):
        log.warning("no zh_CN translations in %s", paths.translations_dir())
        return lambda text: text
    return lambda text: translator.translate(context, text) or text


def cmd_report(args) -> int:
    from neiqin.app.commands import _db_path, cli_actor
    from neiqin.app.database import open_database
    from neiqin.core.auth.models import User
    from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound
    from neiqin.modules.reports import service, texts

    kind = "monthly" if args.kind == "kpi" and not args.since else args.kind
    if args.kind == "kpi" and args.since:
        kind = "custom"
    period = service.parse_period(kind, args.period, args.since, args.until)
    db = open_database(_db_path(args))
    try:
        actor = cli_actor(db, args.user)
        with db.read() as session:
            if args.kind == "kpi":
                clerk_ids = None
                if args.clerk:
                    user = session.query(User).filter(User.username == args.clerk).one_or_none()
                    if user is None:
                        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user: {name}. Set the database up first."),
                                       name=args.clerk)
                    clerk_ids = [user.id]
                specs = collect_kpis()
                report = service.kpi_report(session, actor, specs, period, clerk_ids)
                translate = chinese()
                written = service.write_kpis(session, actor, report, db.path, args.pdf, args.xlsx, translate)
                for row in report.clerks:
                    for line in row.lines:
                        print("\t".join((row.name or "全体内勤", translate(line.title), texts.kpi_value(line),
                                         texts.kpi_target(line), texts.kpi_met(line))))
            else:
                report = service.sales_report(session, actor, period)
                written = service.write_sales(session, actor, report, db.path, args.pdf, args.xlsx)
                print(f"{texts.TITLES[period.kind]}\t{texts.period_words(period)}")
                for key, name in texts.METRICS:
                    print("\t".join((name, texts.metric_text(report.totals, key),
                                     "环比 " + texts.metric_change(report.totals, report.previous, key),
                                     "同比 " + texts.metric_change(report.totals, report.last_year, key))))
    finally:
        db.dispose()
    for path in written:
        print(Path(path))
    return 0
