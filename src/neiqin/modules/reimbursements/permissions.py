"""The permissions of the reimbursements slice and the roles that hold them by default."""

from __future__ import annotations

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP

_ALL = (CLERK, REVIEWER, FINANCE, ADMIN)

PERMISSIONS = [
    Permission("reimbursements.view", QT_TRANSLATE_NOOP("permissions", "See expense claims"), _ALL),
    Permission("reimbursements.create", QT_TRANSLATE_NOOP("permissions", "Enter and submit own expense claims"),
               _ALL),
    Permission("reimbursements.enter_for_others",
               QT_TRANSLATE_NOOP("permissions", "Enter expense claims for colleagues"), (CLERK, ADMIN)),
    Permission("reimbursements.view_all", QT_TRANSLATE_NOOP("permissions", "See everyone's expense claims"),
               (CLERK, REVIEWER, FINANCE, ADMIN)),
    Permission("reimbursements.approve",
               QT_TRANSLATE_NOOP("permissions", "Approve expense claims of the own department"), (REVIEWER, ADMIN)),
    Permission("reimbursements.record_paper",
               QT_TRANSLATE_NOOP("permissions", "Record a department head's approval signed on paper"),
               (CLERK, ADMIN)),
    Permission("reimbursements.check", QT_TRANSLATE_NOOP("permissions", "First review of expense claims"),
               (CLERK, ADMIN)),
    Permission("reimbursements.final", QT_TRANSLATE_NOOP("permissions", "Final review of expense claims"),
               (FINANCE, ADMIN)),
    Permission("reimbursements.pay", QT_TRANSLATE_NOOP("permissions", "Record payment of expense claims"),
               (FINANCE, ADMIN)),
    Permission("reimbursements.over_budget",
               QT_TRANSLATE_NOOP("permissions", "Approve expense claims over budget"), (FINANCE, ADMIN)),
    Permission("reimbursements.budget.edit", QT_TRANSLATE_NOOP("permissions", "Propose expense budgets"),
               (FINANCE, ADMIN)),
    Permission("reimbursements.budget.approve", QT_TRANSLATE_NOOP("permissions", "Approve expense budgets"),
               (ADMIN,)),
    Permission("reimbursements.standards",
               QT_TRANSLATE_NOOP("permissions", "Set the reimbursement standards per category"), (FINANCE, ADMIN)),
    Permission("reimbursements.export", QT_TRANSLATE_NOOP("permissions", "Export expense claims to Excel"), _ALL),
]
