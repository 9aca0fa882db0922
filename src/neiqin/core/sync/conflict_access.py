"""Who may see a sync conflict. The Conflicts view shows both values of a field, so a person sees
a conflict only where the app would show them that field: records of a module they may open (the
module's view permission) and no confidential field they may not read (a customer's bank account
or credit limit without `customers.confidential`; a password hash never).

A module's tables are found by the package of their model (`neiqin.modules.<id>`, whose tab needs
`<id>.view` — a unit test holds every registered module to that); the few synced core tables are
listed here, and an attachment is seen by whoever may see the record it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from neiqin.core.audit import hidden_fields_for
from neiqin.core.errors import NotFound

MODULE_PACKAGE = "neiqin.modules."
#: synced core tables and the permission that shows their records
CORE_TABLES = {"app_user": "users.manage", "role": "users.manage", "branch": "settings.manage"}
#: a record whose table says nothing of its owner (an attachment whose record is gone)
FALLBACK = "settings.manage"


def view_permission(model) -> str:
    """The permission needed to see records of `model` in the app."""
    package = model.__module__
    if package.startswith(MODULE_PACKAGE):
        return f"{package.split('.')[2]}.view"
    return CORE_TABLES.get(model.__tablename__, FALLBACK)


class ConflictAccess:
    """The visibility rules of one person (their permissions), for many conflicts."""

    def __init__(self, permissions: Iterable[str], model_of) -> None:
        self.permissions = frozenset(permissions)
        self.hidden = hidden_fields_for(self.permissions)
        self._model_of = model_of

    def may_see(self, session: Session, table: str, column: str, row_id: str) -> bool:
        return self.missing(session, table, column, row_id) is None

    def missing(self, session: Session, table: str, column: str, row_id: str) -> str | None:
        """The permission this person lacks to see the conflict, None when they may see it."""
        model = self._model_of(table)
        if column in self.hidden.get(table, frozenset()):
            return getattr(model, "__confidential_permission__", None) or f"{table}.{column}"
        if hasattr(model, "owner_table"):  # an attachment: seen with its record
            record = session.get(model, row_id)
            owner_table = getattr(record, "owner_table", None)
            try:
                model = self._model_of(owner_table) if owner_table else None
            except NotFound:
                model = None
            if model is None:
                return None if FALLBACK in self.permissions else FALLBACK
        needed = view_permission(model)
        return None if needed in self.permissions else needed
