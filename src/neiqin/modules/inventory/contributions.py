"""What the inventory slice contributes to the shell: permissions, dashboard, search, the count
sheet for `neiqin print`, the lists for `neiqin export`/`import`, demo data."""

from __future__ import annotations

from neiqin.core.contributions import ListSpec, PrintForm
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.inventory import service_excel
from neiqin.modules.inventory.dashboard import dashboard_items, search
from neiqin.modules.inventory.kpis import KPIS  # noqa: F401 - the KPI report collects it
from neiqin.modules.inventory.permissions import PERMISSIONS


def print_count_sheet(uow, number, path):
    from neiqin.modules.inventory.printing import print_count_sheet as render  # reportlab only when printing

    return render(uow, number, path)


def _export_stock(uow, path, filters):
    return service_excel.export_stock(uow, path, filters)


PRINT_FORMS = [PrintForm("count-sheet", QT_TRANSLATE_NOOP("inventory", "Count sheet"), print_count_sheet)]
LISTS = [
    ListSpec("stock", QT_TRANSLATE_NOOP("inventory", "Stock"), _export_stock,
             service_excel.import_opening, service_excel.write_opening_template,
             options={"filters": service_excel.FILTER_KEYS}),
    ListSpec("purchase-list", QT_TRANSLATE_NOOP("inventory", "Purchase list (replenishment suggestions)"),
             service_excel.export_purchase_list, options={"filters": ("window_days", "cover_days")}),
]
#: after orders (100): the demo's shipped orders become shipment movements
DEMO_ORDER = 110


def demo_data(ctx):
    from neiqin.modules.inventory.demo import make_demo

    return make_demo(ctx)


__all__ = ["DEMO_ORDER", "LISTS", "PERMISSIONS", "PRINT_FORMS", "dashboard_items", "demo_data", "search"]
