"""The permissions of the meeting minutes slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

_ALL = (CLERK, REVIEWER, FINANCE, ADMIN)
_DESK = (CLERK, REVIEWER, ADMIN)

PERMISSIONS = [
    Permission("minutes.view", QT_TRANSLATE_NOOP("permissions", "See meetings and minutes"), _ALL),
    Permission("minutes.schedule", QT_TRANSLATE_NOOP("permissions", "Schedule meetings and send notices"), _DESK),
    Permission("minutes.request", QT_TRANSLATE_NOOP("permissions", "Request ad hoc meetings"), _ALL),
    Permission("minutes.approve", QT_TRANSLATE_NOOP("permissions", "Approve ad hoc meeting requests"),
               (REVIEWER, ADMIN)),
    Permission("minutes.record", QT_TRANSLATE_NOOP("permissions", "Record minutes, decisions and action items"),
               (CLERK, ADMIN)),
    Permission("minutes.review_any", QT_TRANSLATE_NOOP("permissions", "Review minutes for any chair"), (ADMIN,)),
    Permission("minutes.reopen", QT_TRANSLATE_NOOP("permissions", "Reopen closed minutes"), (REVIEWER, ADMIN)),
    Permission("minutes.track", QT_TRANSLATE_NOOP("permissions", "Report progress of own action items"), _ALL),
    Permission("minutes.export", QT_TRANSLATE_NOOP("permissions", "Export meeting lists to Excel"), _ALL),
]
