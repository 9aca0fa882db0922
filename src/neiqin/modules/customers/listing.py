"""The customer list as a declarative query (paged, searched, filtered and sorted in SQL)."""

from __future__ import annotations

from sqlalchemy import outerjoin

from neiqin.core.auth.models import User
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.listing import Column, ListQuery, ListState
from neiqin.core.search import matching_ids
from neiqin.modules.customers.models import Customer
from neiqin.modules.customers.schemas import CustomerFilter

FILTER_KEYS = ("customer_type", "industry", "region", "grade", "owner_id")


def _search(text: str):
    ids = matching_ids(text, "customer", prefix="cl")
    return None if ids is None else Customer.id.in_(ids)


def customer_list() -> ListQuery:
    c = Customer
    return ListQuery(
        outerjoin(Customer.__table__, User.__table__, User.id == Customer.owner_id),
        [
            Column("code", QT_TRANSLATE_NOOP("customers", "Code"), c.code),
            Column("name", QT_TRANSLATE_NOOP("customers", "Customer name"), c.name),
            Column("short_name", QT_TRANSLATE_NOOP("customers", "Short name"), c.short_name),
            Column("region", QT_TRANSLATE_NOOP("customers", "Region"), c.region),
            Column("industry", QT_TRANSLATE_NOOP("customers", "Industry"), c.industry),
            Column("grade", QT_TRANSLATE_NOOP("customers", "Grade"), c.grade),
            Column("phone", QT_TRANSLATE_NOOP("customers", "Phone"), c.phone),
            Column("owner", QT_TRANSLATE_NOOP("customers", "Clerk"), User.display_name),
        ],
        c.id,
        default_sort=("code", True),
        search=_search,
        filters={key: (lambda value, key=key: getattr(c, key) == value) for key in FILTER_KEYS},
        context="customers",
    )


def filter_of(state: ListState) -> CustomerFilter:
    """The list's state as the export's filter: what the user sees is what is exported."""
    values = {k: v for k, v in state.filters.items() if k in FILTER_KEYS and v}
    return CustomerFilter(text=state.text, **values)
