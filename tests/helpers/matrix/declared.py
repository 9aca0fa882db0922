"""The declared permission matrix: which role has which permission. `tests/integration/
test_permission_matrix.py` compares it with the modules' defaults and the stored grants;
`test_permission_actions.py` runs every service action as every role against it."""

from __future__ import annotations

C, R, F, A = "clerk", "reviewer", "finance", "admin"
ROLES = (C, R, F, A)
EVERYONE = set(ROLES)

#: permission → the roles that have it (clerk 内勤, reviewer 审核人员/部门负责人, finance 财务, admin 管理员)
DECLARED: dict[str, set[str]] = {
    "users.manage": {A}, "settings.manage": {A}, "backup.run": EVERYONE, "backup.restore": {A},
    "audit.view": {R, A}, "handover.run": {R, A}, "sync.resolve": {C, R, A},
    # orders: the clerk takes and follows orders; the reviewer approves; finance reads and reviews changes
    "orders.view": EVERYONE, "orders.create": {C, A}, "orders.edit": {C, A}, "orders.submit": {C, A},
    "orders.approve": {R, A}, "orders.confirm": {C, A}, "orders.dispatch": {C, A}, "orders.track": {C, R, A},
    "orders.ship": {C, A}, "orders.deliver": {C, A}, "orders.close": {C, R, A}, "orders.cancel": {C, R, A},
    "orders.change.request": {C, A}, "orders.change.review": EVERYONE, "orders.change.approve": {R, A},
    "orders.export": EVERYONE,
    # customer files: credit and bank data only for reviewer, finance and admin
    "customers.view": EVERYONE, "customers.edit": {C, R, A}, "customers.delete": {R, A},
    "customers.confidential": {R, F, A}, "customers.import": {C, R, A}, "customers.export": EVERYONE,
    "customers.handover": {R, A},
    "products.view": EVERYONE, "products.edit": {C, R, A}, "products.import": {C, R, A}, "products.export": EVERYONE,
    # stock: the clerk counts, the supervisor (reviewer) approves
    "inventory.view": EVERYONE, "inventory.post": {C, R, A}, "inventory.import": {C, R, A},
    "inventory.count": {C, R, A}, "inventory.approve_count": {R, A}, "inventory.handle": {C, R, A},
    "inventory.export": EVERYONE,
    "supplies.view": EVERYONE, "supplies.manage": {C, A}, "supplies.plan": {C, A}, "supplies.approve_plan": {R, A},
    "supplies.receive": {C, A}, "supplies.issue": {C, A}, "supplies.approve_over_standard": {R, A},
    "supplies.count": {C, A}, "supplies.approve_count": {R, A}, "supplies.report_loss": {C, R, A},
    "supplies.approve_loss": {R, A}, "supplies.export": EVERYONE, "supplies.import": {C, A},
    # claims: everyone claims; head approves; clerk first review; finance final review, pays, budgets
    "reimbursements.view": EVERYONE, "reimbursements.create": EVERYONE, "reimbursements.enter_for_others": {C, A},
    "reimbursements.view_all": EVERYONE, "reimbursements.approve": {R, A}, "reimbursements.record_paper": {C, A},
    "reimbursements.check": {C, A}, "reimbursements.final": {F, A}, "reimbursements.pay": {F, A},
    "reimbursements.over_budget": {F, A}, "reimbursements.budget.edit": {F, A},
    "reimbursements.budget.approve": {A}, "reimbursements.standards": {F, A}, "reimbursements.export": EVERYONE,
    "minutes.view": EVERYONE, "minutes.schedule": {C, R, A}, "minutes.request": EVERYONE,
    "minutes.approve": {R, A}, "minutes.record": {C, A}, "minutes.review_any": {A}, "minutes.reopen": {R, A},
    "minutes.track": EVERYONE, "minutes.export": EVERYONE,
    "archive.view": EVERYONE, "archive.edit": {C, A}, "archive.lend": {C, A}, "archive.lend.approve": {R, A},
    "archive.check": {C, R, A}, "archive.destroy": {C, A}, "archive.destroy.approve": {R, A},
    "archive.export": EVERYONE, "archive.import": {C, A},
    "reports.view": EVERYONE, "reports.kpi.all": {R, A}, "reports.targets": {R, A},
}


def allowed_roles(permissions: tuple[str, ...]) -> set[str]:
    """The roles that hold every one of `permissions` in the declared matrix ("a|b": a or b)."""
    roles = set(ROLES)
    for permission in permissions:
        roles &= set().union(*(DECLARED[code] for code in permission.split("|")))
    return roles


#: how many pairs each kind of check compared, for the "permission pairs checked" figure
TALLY: dict[str, int] = {}


def count_pairs(figures: dict[str, str], kind: str, n: int) -> None:
    TALLY[kind] = TALLY.get(kind, 0) + n
    t = TALLY.get
    parts = []
    if t("actions"):
        functions = f" of {t('functions')} service functions" if t("functions") else ""
        parts.append(f"{t('actions') // len(ROLES)} service actions{functions} × {len(ROLES)} roles = {t('actions')} "
                     f"pairs tried against the matrix, and {t('stripped', 0)} as an administrator lacking just "
                     f"the action's permissions")
    if t("declared") or t("stored"):
        parts.append(f"{t('declared', 0)} declared and {t('stored', 0)} stored permission × role grants compared "
                     f"with the matrix")
    if t("leaks"):
        parts.append(f"{t('leaks')} confidential-value checks ({t('surfaces', 0)} actions and surfaces × "
                     f"viewers without the right × planted values)")
    figures["permission pairs checked"] = "; ".join(parts)
