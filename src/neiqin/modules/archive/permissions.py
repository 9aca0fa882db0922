"""The permissions of the archive slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

_ALL = (CLERK, REVIEWER, FINANCE, ADMIN)

PERMISSIONS = [
    Permission("archive.view", QT_TRANSLATE_NOOP("permissions", "See the archive and document registers"), _ALL),
    Permission("archive.edit", QT_TRANSLATE_NOOP("permissions", "Register archive items, contracts and documents"),
               (CLERK, ADMIN)),
    Permission("archive.lend", QT_TRANSLATE_NOOP("permissions", "Record lending requests, issues and returns"),
               (CLERK, ADMIN)),
    Permission("archive.lend.approve", QT_TRANSLATE_NOOP("permissions", "Approve lending of archive items"),
               (REVIEWER, ADMIN)),
    Permission("archive.check", QT_TRANSLATE_NOOP("permissions", "Check the register against the shelves"),
               (CLERK, REVIEWER, ADMIN)),
    Permission("archive.destroy", QT_TRANSLATE_NOOP("permissions", "Appraise and destroy items past retention"),
               (CLERK, ADMIN)),
    Permission("archive.destroy.approve", QT_TRANSLATE_NOOP("permissions", "Approve the destruction of archive items"),
               (REVIEWER, ADMIN)),
    Permission("archive.export", QT_TRANSLATE_NOOP("permissions", "Export archive lists to Excel"), _ALL),
    Permission("archive.import", QT_TRANSLATE_NOOP("permissions", "Import an existing archive register"),
               (CLERK, ADMIN)),
]
