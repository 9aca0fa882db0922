"""The permissions of the reports slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

PERMISSIONS = [
    Permission("reports.view", QT_TRANSLATE_NOOP("permissions", "See sales reports and one's own KPIs"),
               (CLERK, REVIEWER, FINANCE, ADMIN)),
    Permission("reports.kpi.all", QT_TRANSLATE_NOOP("permissions", "See the KPIs of every clerk"),
               (REVIEWER, ADMIN)),
    Permission("reports.targets", QT_TRANSLATE_NOOP("permissions", "Set the KPI targets"), (REVIEWER, ADMIN)),
]
