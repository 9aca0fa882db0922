"""The KPI report (考核指标): every module's indicators per clerk and period against the targets
set for the company. The indicators (`KpiSpec`s) are handed in by the composition root."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.audit import log_event
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.contributions import KpiSpec, KpiValue
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.settings import get_setting, set_setting
from neiqin.modules.reports.periods import Period
from neiqin.modules.reports.schemas import ClerkKpis, KpiLine, KpiReport

log = logging.getLogger(__name__)
TARGETS_SETTING = "reports.kpi_targets"
CLERK_ROLE = "clerk"


def targets(session: Session, specs: Sequence[KpiSpec]) -> dict[str, float]:
    """The target of every indicator: the company's setting, else the indicator's default."""
    saved = get_setting(session, TARGETS_SETTING, {}) or {}
    return {spec.code: float(saved.get(spec.code, spec.default_target)) for spec in specs}


def set_targets(uow: UnitOfWork, specs: Sequence[KpiSpec], values: Mapping[str, object]) -> dict[str, float]:
    """Store new targets (all checked first: a bad one changes nothing)."""
    uow.actor.require("reports.targets")
    known = {spec.code: spec for spec in specs}
    current = targets(uow.session, specs)
    for code, raw in values.items():
        spec = known.get(code)
        if spec is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown indicator: {code}."), field=code, code=code)
        try:
            value = float(raw)
        except (TypeError, ValueError):
            value = math.nan
        limit = 100 if spec.unit == "percent" else 10_000
        if not math.isfinite(value) or not 0 <= value <= limit:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The target of {code} must be a number from 0 to "
                                                              "{limit}."), field=code, code=code, limit=limit)
        current[code] = round(value, 2)
    before = get_setting(uow.session, TARGETS_SETTING, {}) or {}
    set_setting(uow.session, TARGETS_SETTING, current, uow.actor.user_id)
    log_event(uow.session, uow.actor, uow.now(), "setting", TARGETS_SETTING, "update",
              changes={code: [before.get(code), value] for code, value in current.items()
                       if before.get(code) != value})
    return current


def clerks(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every active clerk, by name."""
    rows = session.execute(select(User.id, User.display_name).where(User.role_code == CLERK_ROLE,
                                                                    User.active.is_(True),
                                                                    User.deleted_at.is_(None))
                           .order_by(User.display_name, User.username))
    return [(user_id, name) for user_id, name in rows]


def _measure(session: Session, spec: KpiSpec, period: Period, clerk_id: str | None) -> tuple[KpiValue, str]:
    try:
        with session.begin_nested():
            return spec.compute(session, period.since, period.until, clerk_id), ""
    except Exception as exc:  # one module's indicator failing must not hide the others
        log.exception("KPI %s failed", spec.code)
        return KpiValue(None), f"{type(exc).__name__}: {exc}"


def kpi_report(session: Session, actor: Actor, specs: Sequence[KpiSpec], period: Period,
               clerk_ids: Sequence[str] | None = None) -> KpiReport:
    """Everybody together, then each clerk (only oneself without `reports.kpi.all`)."""
    actor.require("reports.view")
    goals = targets(session, specs)
    people = clerks(session)
    if not actor.can("reports.kpi.all"):
        people = [(user_id, name) for user_id, name in people if user_id == actor.user_id]
    elif clerk_ids is not None:
        people = [(user_id, name) for user_id, name in people if user_id in set(clerk_ids)]
    rows = []
    for clerk_id, name in [(None, ""), *people]:
        lines = []
        for spec in specs:
            value, error = _measure(session, spec, period, clerk_id)
            lines.append(KpiLine(spec.code, spec.title, spec.unit, spec.better, goals[spec.code], value, error))
        rows.append(ClerkKpis(clerk_id, name, tuple(lines)))
    return KpiReport(period, tuple(rows), datetime.now().astimezone(), actor.display_name or actor.username,
                     tuple(spec.code for spec in specs))
