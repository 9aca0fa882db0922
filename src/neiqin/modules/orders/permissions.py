"""The permissions of the orders slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

_ALL = (CLERK, REVIEWER, FINANCE, ADMIN)
_DESK = (CLERK, REVIEWER, ADMIN)

PERMISSIONS = [
    Permission("orders.view", QT_TRANSLATE_NOOP("permissions", "See orders"), _ALL),
    Permission("orders.create", QT_TRANSLATE_NOOP("permissions", "Enter inquiries and orders"), (CLERK, ADMIN)),
    Permission("orders.edit", QT_TRANSLATE_NOOP("permissions", "Edit orders before review"), (CLERK, ADMIN)),
    Permission("orders.submit", QT_TRANSLATE_NOOP("permissions", "Submit orders for review"), (CLERK, ADMIN)),
    Permission("orders.approve", QT_TRANSLATE_NOOP("permissions", "Review orders (approve, return, reject)"),
               (REVIEWER, ADMIN)),
    Permission("orders.confirm", QT_TRANSLATE_NOOP("permissions", "Confirm orders with the customer"), (CLERK, ADMIN)),
    Permission("orders.dispatch", QT_TRANSLATE_NOOP("permissions", "Dispatch orders to departments"), (CLERK, ADMIN)),
    Permission("orders.track", QT_TRANSLATE_NOOP("permissions", "Record order progress and exceptions"), _DESK),
    Permission("orders.ship", QT_TRANSLATE_NOOP("permissions", "Record shipments"), (CLERK, ADMIN)),
    Permission("orders.deliver", QT_TRANSLATE_NOOP("permissions", "Record deliveries"), (CLERK, ADMIN)),
    Permission("orders.close", QT_TRANSLATE_NOOP("permissions", "Close and archive orders"), _DESK),
    Permission("orders.cancel", QT_TRANSLATE_NOOP("permissions", "Cancel orders"), _DESK),
    Permission("orders.change.request", QT_TRANSLATE_NOOP("permissions", "Enter change requests"), (CLERK, ADMIN)),
    Permission("orders.change.review", QT_TRANSLATE_NOOP("permissions", "Check change requests and add impact notes"),
               _ALL),
    Permission("orders.change.approve", QT_TRANSLATE_NOOP("permissions", "Approve or reject change requests"),
               (REVIEWER, ADMIN)),
    Permission("orders.export", QT_TRANSLATE_NOOP("permissions", "Export order lists to Excel"), _ALL),
]
