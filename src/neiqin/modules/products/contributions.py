"""What the products slice contributes to the shell: permissions, search, lists, demo data."""

from __future__ import annotations

from pathlib import Path

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER, Permission
from neiqin.core.contributions import ListSpec, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.search import search as core_search
from neiqin.modules.products import service_excel

PERMISSIONS = [
    Permission("products.view", QT_TRANSLATE_NOOP("permissions", "See the product catalogue"),
               (CLERK, REVIEWER, FINANCE, ADMIN)),
    Permission("products.edit", QT_TRANSLATE_NOOP("permissions", "Enter and edit products"), (CLERK, REVIEWER, ADMIN)),
    Permission("products.import", QT_TRANSLATE_NOOP("permissions", "Import products from Excel"),
               (CLERK, REVIEWER, ADMIN)),
    Permission("products.export", QT_TRANSLATE_NOOP("permissions", "Export the product list to Excel"),
               (CLERK, REVIEWER, FINANCE, ADMIN)),
]


def search(session, actor, text: str, limit: int) -> list[SearchHit]:
    if not actor.can("products.view"):
        return []
    return [SearchHit("products", hit.entity, hit.entity_id, hit.title, hit.subtitle, -hit.rank)
            for hit in core_search(session, text, ("product",), limit)]


def _export(uow, path: Path, filters: dict) -> int:
    return service_excel.export_products(uow, path, filters)


def _import(uow, path: Path) -> int:
    return service_excel.import_products(uow, path)


LISTS = [
    ListSpec("products", QT_TRANSLATE_NOOP("lists", "Products"), _export, _import,
             service_excel.write_product_template),
]


def demo_data(ctx) -> dict[str, int]:
    from neiqin.modules.products.demo import make_demo

    return make_demo(ctx)
