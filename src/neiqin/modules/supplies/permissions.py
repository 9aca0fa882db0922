"""The permissions of the office-supplies slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

_ALL = (CLERK, REVIEWER, FINANCE, ADMIN)
_DESK = (CLERK, ADMIN)
_HEAD = (REVIEWER, ADMIN)

PERMISSIONS = [
    Permission("supplies.view", QT_TRANSLATE_NOOP("permissions", "See office supplies"), _ALL),
    Permission("supplies.manage", QT_TRANSLATE_NOOP("permissions", "Keep the office-supplies catalogue"), _DESK),
    Permission("supplies.plan", QT_TRANSLATE_NOOP("permissions", "Prepare purchase plans"), _DESK),
    Permission("supplies.approve_plan", QT_TRANSLATE_NOOP("permissions", "Approve purchase plans"), _HEAD),
    Permission("supplies.receive", QT_TRANSLATE_NOOP("permissions", "Receive and inspect supplies"), _DESK),
    Permission("supplies.issue", QT_TRANSLATE_NOOP("permissions", "Issue supplies and take returns"), _DESK),
    Permission("supplies.approve_over_standard",
               QT_TRANSLATE_NOOP("permissions", "Approve issues over the issue standard"), _HEAD),
    Permission("supplies.count", QT_TRANSLATE_NOOP("permissions", "Count office supplies"), _DESK),
    Permission("supplies.approve_count", QT_TRANSLATE_NOOP("permissions", "Approve supplies counts"), _HEAD),
    Permission("supplies.report_loss", QT_TRANSLATE_NOOP("permissions", "Report lost or damaged supplies"),
               (CLERK, REVIEWER, ADMIN)),
    Permission("supplies.approve_loss", QT_TRANSLATE_NOOP("permissions", "Approve loss and damage reports"), _HEAD),
    Permission("supplies.export", QT_TRANSLATE_NOOP("permissions", "Export office-supplies lists to Excel"), _ALL),
    Permission("supplies.import", QT_TRANSLATE_NOOP("permissions", "Import the supplies catalogue"), _DESK),
]
