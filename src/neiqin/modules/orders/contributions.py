"""What the orders slice contributes to the shell: permissions, search, dashboard, forms, lists, demo."""

from __future__ import annotations

from neiqin.core.contributions import ListSpec, PrintForm, SyncStates
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.handover import owned_part
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.dashboard import dashboard_items, search
from neiqin.modules.orders.demo import demo_data
from neiqin.modules.orders.kpis import KPIS
from neiqin.modules.orders.listing import FILTER_KEYS, export_orders
from neiqin.modules.orders.models import SalesOrder
from neiqin.modules.orders.permissions import PERMISSIONS


def print_confirmation(uow, number, path):
    from neiqin.modules.orders.printing import print_confirmation as render  # reportlab only when printing

    return render(uow, number, path)


def print_customer_status(uow, number, path):
    from neiqin.modules.orders.printing import print_customer_status as render

    return render(uow, number, path)


PRINT_FORMS = [
    PrintForm("order-confirmation", QT_TRANSLATE_NOOP("orders", "Order confirmation"), print_confirmation),
    PrintForm("customer-order-status", QT_TRANSLATE_NOOP("orders", "Order status report for a customer"),
              print_customer_status),
]
#: the demo runs after customers (20) and products (30), whose records the orders use
DEMO_ORDER = 100
LISTS = [
    ListSpec("orders", QT_TRANSLATE_NOOP("orders", "Orders"), export_orders, options={"filters": FILTER_KEYS}),
]

#: an order's state only moves forward in sync (the order the state machine declares)
SYNC_STATES = [SyncStates("sales_order", "orders",
                           tuple(sm.STATES),
                           sm.STATES)]
#: a leaving clerk's orders still under way go to the clerk who takes over (`neiqin.core.handover`)
HANDOVER = [owned_part("orders", QT_TRANSLATE_NOOP("handover", "Orders they follow that are not closed"), SalesOrder,
                       "salesperson_id", SalesOrder.status.notin_((sm.CLOSED, sm.CANCELLED, sm.REJECTED)),
                       name="salesperson_name")]
__all__ = ["DEMO_ORDER", "HANDOVER", "KPIS", "LISTS", "PERMISSIONS", "PRINT_FORMS", "SYNC_STATES", "dashboard_items", "demo_data", "search"]
