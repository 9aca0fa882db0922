"""What the customers slice contributes to the shell: permissions, search, dashboard, lists, demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.contributions import DashboardItem, ListSpec, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.handover import owned_part
from neiqin.core.search import search as core_search
from neiqin.modules.customers import service_excel, service_log
from neiqin.modules.customers.kpis import KPIS  # noqa: F401 - the KPI report collects it
from neiqin.modules.customers.models import Customer

PERMISSIONS = [
    Permission("customers.view", QT_TRANSLATE_NOOP("permissions", "See customer files"),
               (CLERK, REVIEWER, FINANCE, ADMIN)),
    Permission("customers.edit", QT_TRANSLATE_NOOP("permissions", "Enter and edit customers"), (CLERK, REVIEWER, ADMIN)),
    Permission("customers.delete", QT_TRANSLATE_NOOP("permissions", "Delete customers"), (REVIEWER, ADMIN)),
    Permission("customers.confidential",
               QT_TRANSLATE_NOOP("permissions", "Read and change confidential customer data (credit, bank)"),
               (REVIEWER, FINANCE, ADMIN)),
    Permission("customers.import", QT_TRANSLATE_NOOP("permissions", "Import customers from Excel"),
               (CLERK, REVIEWER, ADMIN)),
    Permission("customers.export", QT_TRANSLATE_NOOP("permissions", "Export customer lists to Excel"),
               (CLERK, REVIEWER, FINANCE, ADMIN)),
    Permission("customers.handover", QT_TRANSLATE_NOOP("permissions", "Hand a clerk's customers to another clerk"),
               (REVIEWER, ADMIN)),
]


def search(session, actor, text: str, limit: int) -> list[SearchHit]:
    """Customers for the global search. Only names, codes, phones and addresses are indexed,
    never bank or credit data, so a hit reveals nothing confidential."""
    if not actor.can("customers.view"):
        return []
    return [SearchHit("customers", hit.entity, hit.entity_id, hit.title, hit.subtitle, -hit.rank)
            for hit in core_search(session, text, ("customer",), limit)]


def dashboard_items(session, actor, today: date) -> list[DashboardItem]:
    if not actor.can("customers.view"):
        return []
    items = []
    mine = None if actor.role != "clerk" else actor.user_id
    for entry in service_log.follow_ups_due(session, today, owner_id=mine, limit=100):
        items.append(DashboardItem(
            "customers", QT_TRANSLATE_NOOP("dashboard", "Follow-ups due"), entry.customer_name, entry.customer_id,
            detail=entry.summary[:80], due=entry.next_follow_up.isoformat(),
            severity="overdue" if entry.next_follow_up < today else "warning"))
    for case in service_log.overdue_cases(session, today, limit=100):
        items.append(DashboardItem(
            "customers", QT_TRANSLATE_NOOP("dashboard", "Service cases overdue"), f"{case.number} {case.customer_name}",
            case.customer_id, detail=case.subject, due=case.due_on.isoformat(), severity="overdue"))
    return items


def _export(uow, path: Path, filters: dict) -> int:
    return service_excel.export_customers(uow, path, filters)


def _import(uow, path: Path) -> int:
    return service_excel.import_customers(uow, path)


def _export_contacts(uow, path: Path, filters: dict) -> int:
    return service_excel.export_contacts(uow, path, filters)


def _import_contacts(uow, path: Path) -> int:
    return service_excel.import_contacts(uow, path)


LISTS = [
    ListSpec("customers", QT_TRANSLATE_NOOP("lists", "Customers"), _export, _import,
             service_excel.write_customer_template),
    ListSpec("contacts", QT_TRANSLATE_NOOP("lists", "Customer contacts"), _export_contacts, _import_contacts,
             service_excel.write_contact_template),
]


def demo_data(ctx) -> dict[str, int]:
    from neiqin.modules.customers.demo import make_demo

    return make_demo(ctx)

#: a leaving clerk's customers go to the clerk who takes over (`neiqin.core.handover`)
HANDOVER = [owned_part("customers", QT_TRANSLATE_NOOP("handover", "Customers they look after"), Customer, "owner_id")]

