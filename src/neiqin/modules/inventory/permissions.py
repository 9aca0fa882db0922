"""The permissions of the inventory slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

_ALL = (CLERK, REVIEWER, FINANCE, ADMIN)
_DESK = (CLERK, REVIEWER, ADMIN)

PERMISSIONS = [
    Permission("inventory.view", QT_TRANSLATE_NOOP("permissions", "See stock, movements and counts"), _ALL),
    Permission("inventory.post", QT_TRANSLATE_NOOP("permissions", "Record receipts, scrap and returns"), _DESK),
    Permission("inventory.import", QT_TRANSLATE_NOOP("permissions", "Import opening stock from Excel"), _DESK),
    Permission("inventory.count", QT_TRANSLATE_NOOP("permissions", "Plan counts, start them and enter counted "
                                                                   "quantities"), _DESK),
    Permission("inventory.approve_count", QT_TRANSLATE_NOOP("permissions", "Approve counts (posts adjustments)"),
               (REVIEWER, ADMIN)),
    Permission("inventory.handle", QT_TRANSLATE_NOOP("permissions", "Plan and close the handling of slow-moving "
                                                                    "stock"), _DESK),
    Permission("inventory.export", QT_TRANSLATE_NOOP("permissions", "Export stock lists and purchase lists"), _ALL),
]
