"""The MODULES registry: one vertical slice per business module.

The shell builds its tabs, dashboard, global search, `neiqin print/export/import` and the
permission list from here. A module appears when it is registered; there are no placeholder tabs.
Tab factories are dotted paths so that importing the registry never imports Qt.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from sqlalchemy import MetaData

from neiqin.core.auth.permissions import CORE_PERMISSIONS, Permission
from neiqin.core.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ModuleInfo:
    id: str
    title: str
    permission: str  # needed to see the tab
    tab: str  # "package.module:ClassName" of the tab widget
    order: int

    @property
    def package(self) -> str:
        return f"neiqin.modules.{self.id}"

    def submodule(self, name: str) -> ModuleType | None:
        try:
            return importlib.import_module(f"{self.package}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{self.package}.{name}":
                return None
            raise


MODULES: list[ModuleInfo] = [
    ModuleInfo("orders", QT_TRANSLATE_NOOP("modules", "Orders"), "orders.view",
               "neiqin.modules.orders.ui.tab:OrdersTab", 10),
    ModuleInfo("customers", QT_TRANSLATE_NOOP("modules", "Customers"), "customers.view",
               "neiqin.modules.customers.ui.tab:CustomersTab", 20),
    ModuleInfo("products", QT_TRANSLATE_NOOP("modules", "Products"), "products.view",
               "neiqin.modules.products.ui.tab:ProductsTab", 30),
    ModuleInfo("inventory", QT_TRANSLATE_NOOP("modules", "Inventory counts"), "inventory.view",
               "neiqin.modules.inventory.ui.tab:InventoryTab", 40),
    ModuleInfo("supplies", QT_TRANSLATE_NOOP("modules", "Office supplies"), "supplies.view",
               "neiqin.modules.supplies.ui.tab:SuppliesTab", 45),
    ModuleInfo("reimbursements", QT_TRANSLATE_NOOP("modules", "Reimbursements"), "reimbursements.view",
               "neiqin.modules.reimbursements.ui.tab:ReimbursementsTab", 50),
    ModuleInfo("minutes", QT_TRANSLATE_NOOP("modules", "Meeting minutes"), "minutes.view",
               "neiqin.modules.minutes.ui.tab:MinutesTab", 60),
    ModuleInfo("archive", QT_TRANSLATE_NOOP("modules", "Archive"), "archive.view",
               "neiqin.modules.archive.ui.tab:ArchiveTab", 70),
    ModuleInfo("reports", QT_TRANSLATE_NOOP("modules", "Reports"), "reports.view",
               "neiqin.modules.reports.ui.tab:ReportsTab", 90),
]

_ = QT_TRANSLATE_NOOP  # titles above are marked for translation with it

CORE_MODEL_MODULES = (
    "neiqin.core.audit",
    "neiqin.core.auth.models",
    "neiqin.core.settings",
    "neiqin.core.numbering",
    "neiqin.core.attachments",
)


def modules_in_order() -> list[ModuleInfo]:
    return sorted(MODULES, key=lambda module: module.order)


def load_all_models() -> MetaData:
    """Import every model so `Base.metadata` knows all tables (Alembic, tests)."""
    from neiqin.core.db.base import Base

    for name in CORE_MODEL_MODULES:
        importlib.import_module(name)
    for module in MODULES:
        module.submodule("models")
    return Base.metadata


def contributions() -> list[tuple[ModuleInfo, ModuleType]]:
    out = []
    for module in modules_in_order():
        contribution = module.submodule("contributions")
        if contribution is not None:
            out.append((module, contribution))
    return out


def contributed(name: str) -> list:
    """Every module's items of one kind of contribution (`PERMISSIONS`, `LISTS`, `KPIS`, …), in
    module order; a module without it contributes nothing."""
    return [item for _module, contribution in contributions() for item in getattr(contribution, name, ())]


def all_permissions() -> list[Permission]:
    return [*CORE_PERMISSIONS, *contributed("PERMISSIONS")]
