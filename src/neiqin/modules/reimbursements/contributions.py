"""What the reimbursements slice contributes to the shell: permissions, search, dashboard, the claim
form and budget report for `neiqin print`, the lists for `neiqin export`, demo data."""

from __future__ import annotations

from neiqin.core.contributions import ListSpec, PrintForm, SyncStates
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.dashboard import dashboard_items, search
from neiqin.modules.reimbursements.demo import demo_data
from neiqin.modules.reimbursements.kpis import KPIS  # noqa: F401 - the KPI report collects it
from neiqin.modules.reimbursements.listing import (
    FILTER_KEYS,
    USAGE_FILTER_KEYS,
    export_budget_usage,
    export_claims,
)
from neiqin.modules.reimbursements.permissions import PERMISSIONS


def print_claim(uow, number, path):
    from neiqin.modules.reimbursements.printing import print_claim as render  # reportlab only when printing

    return render(uow, number, path)


def print_usage(uow, year, path):
    from neiqin.modules.reimbursements.printing import print_usage as render

    return render(uow, year, path)


PRINT_FORMS = [
    PrintForm("reimbursement-claim", QT_TRANSLATE_NOOP("reimbursements", "Expense claim form"), print_claim),
    PrintForm("reimbursement-budget-usage", QT_TRANSLATE_NOOP("reimbursements", "Budget usage report (year)"),
              print_usage),
]
LISTS = [
    ListSpec("reimbursements", QT_TRANSLATE_NOOP("reimbursements", "Expense claims"), export_claims,
             options={"filters": FILTER_KEYS}),
    ListSpec("reimbursement-budgets", QT_TRANSLATE_NOOP("reimbursements", "Budget usage"), export_budget_usage,
             options={"filters": USAGE_FILTER_KEYS}),
]

#: a claim's state only moves forward in sync: a paid claim stays paid, a step taken beats a withdrawal
SYNC_STATES = [SyncStates("reimbursement_claim", "reimbursements",
                           (sm.DRAFT, sm.RETURNED, sm.CANCELLED, sm.SUBMITTED, sm.APPROVED, sm.CHECKED, sm.FINAL, sm.PAID),
                           sm.STATES)]
__all__ = ["LISTS", "PERMISSIONS", "PRINT_FORMS", "SYNC_STATES", "dashboard_items", "demo_data", "search"]
