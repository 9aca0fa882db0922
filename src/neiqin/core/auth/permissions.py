"""Permissions are declared in code (core and each module) with the roles that get them by default.

Roles: clerk (内勤), reviewer (审核人员/部门负责人), finance (财务), admin (管理员). The grants live
in the database (table `role`), so an administrator can change them; permissions declared later
(a new module) are granted to their default roles once.
"""

from __future__ import annotations

from dataclasses import dataclass

from neiqin.core.errors import QT_TRANSLATE_NOOP

CLERK, REVIEWER, FINANCE, ADMIN = "clerk", "reviewer", "finance", "admin"
ROLES = (CLERK, REVIEWER, FINANCE, ADMIN)
ROLE_TITLES = {
    CLERK: QT_TRANSLATE_NOOP("roles", "Clerk"),
    REVIEWER: QT_TRANSLATE_NOOP("roles", "Reviewer / department head"),
    FINANCE: QT_TRANSLATE_NOOP("roles", "Finance"),
    ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
}
ALL = ROLES


@dataclass(frozen=True)
class Permission:
    code: str
    title: str
    default_roles: tuple[str, ...]


CORE_PERMISSIONS = (
    Permission("users.manage", QT_TRANSLATE_NOOP("permissions", "Manage users and roles"), (ADMIN,)),
    Permission("settings.manage", QT_TRANSLATE_NOOP("permissions", "Change company settings"), (ADMIN,)),
    Permission("backup.run", QT_TRANSLATE_NOOP("permissions", "Make backups"), ALL),
    Permission("backup.restore", QT_TRANSLATE_NOOP("permissions", "Restore a backup"), (ADMIN,)),
    Permission("audit.view", QT_TRANSLATE_NOOP("permissions", "Read the audit trail"), (REVIEWER, ADMIN)),
    Permission("handover.run", QT_TRANSLATE_NOOP("permissions", "Hand over a leaving clerk's work"),
               (REVIEWER, ADMIN)),
    Permission("sync.resolve", QT_TRANSLATE_NOOP("permissions", "Resolve sync conflicts"), (CLERK, REVIEWER, ADMIN)),
)


def default_grants(permissions: list[Permission]) -> dict[str, set[str]]:
    grants: dict[str, set[str]] = {role: set() for role in ROLES}
    for permission in permissions:
        for role in permission.default_roles:
            grants[role].add(permission.code)
    return grants
