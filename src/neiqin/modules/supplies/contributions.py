"""What the office-supplies slice contributes to the shell: permissions, dashboard, search,
printed forms, lists for export/import, demo data."""

from __future__ import annotations

from neiqin.core.contributions import ListSpec, PrintForm
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.supplies.dashboard import dashboard_items, search
from neiqin.modules.supplies.demo import demo_data
from neiqin.modules.supplies.excel import (
    PLAN_FILTERS,
    USAGE_FILTERS,
    export_catalogue,
    export_plans,
    export_usage,
    import_catalogue,
    write_catalogue_template,
)
from neiqin.modules.supplies.permissions import PERMISSIONS


def print_issue_slip(uow, number, path):
    from neiqin.modules.supplies.printing import print_issue_slip as render  # reportlab only when printing

    return render(uow, number, path)


def print_purchase_plan(uow, number, path):
    from neiqin.modules.supplies.printing import print_purchase_plan as render

    return render(uow, number, path)


def print_count_sheet(uow, number, path):
    from neiqin.modules.supplies.printing import print_count_sheet as render

    return render(uow, number, path)


PRINT_FORMS = [
    PrintForm("supply-issue-slip", QT_TRANSLATE_NOOP("supplies", "Issue slip"), print_issue_slip),
    PrintForm("supply-purchase-plan", QT_TRANSLATE_NOOP("supplies", "Purchase plan"), print_purchase_plan),
    PrintForm("supply-count-sheet", QT_TRANSLATE_NOOP("supplies", "Supplies count sheet"), print_count_sheet),
]
LISTS = [
    ListSpec("supplies", QT_TRANSLATE_NOOP("supplies", "Office-supplies catalogue"), export_catalogue,
             import_=import_catalogue, template=write_catalogue_template),
    ListSpec("supplies-usage", QT_TRANSLATE_NOOP("supplies", "Usage ledger"), export_usage,
             options={"filters": USAGE_FILTERS}),
    ListSpec("supplies-plans", QT_TRANSLATE_NOOP("supplies", "Purchase plans"), export_plans,
             options={"filters": PLAN_FILTERS}),
]
#: after the users exist; independent of the other slices
DEMO_ORDER = 45

__all__ = ["DEMO_ORDER", "LISTS", "PERMISSIONS", "PRINT_FORMS", "dashboard_items", "demo_data", "search"]
