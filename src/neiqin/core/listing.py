"""Declarative list queries: the columns of a list, how it is searched, filtered and sorted — all in
SQL, so a list of a million rows is paged, never loaded (DESIGN.md §5).

A slice describes its list once (`ListQuery`); the UI's table model asks for a count, pages and
totals with the user's current `ListState`; the Excel export walks `iter_all`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import FromClause, Integer, Join, Select, func, select, type_coerce
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from neiqin.core.db.types import Money

KINDS = frozenset({"text", "money", "int", "qty", "date", "datetime", "status", "bool"})
NUMERIC_KINDS = frozenset({"money", "int", "qty"})


@dataclass(frozen=True)
class Column:
    """One column of a list. `title` is English source text (translated by the UI in the
    ListQuery's `context`); `status_titles` maps a status value to its English title, and
    `status_tones` to a tag colour (neutral, info, success, warning, danger)."""

    key: str
    title: str
    expr: Any
    kind: str = "text"
    sortable: bool = True
    total: bool = False
    align: str | None = None  # left | right | center; None: by kind
    status_titles: Mapping[str, str] | None = None
    status_tones: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.total and self.kind not in NUMERIC_KINDS:
            raise ValueError(f"column {self.key!r}: only numbers have totals")

    @property
    def alignment(self) -> str:
        if self.align:
            return self.align
        if self.kind in NUMERIC_KINDS:
            return "right"
        return "center" if self.kind == "status" else "left"


@dataclass
class ListState:
    """What the user asked for: search text, filter values by key, sort column and direction."""

    text: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False
    include_deleted: bool = False

    def copy(self) -> ListState:
        return ListState(self.text, dict(self.filters), self.sort_key, self.descending, self.include_deleted)

    @property
    def is_filtered(self) -> bool:
        return bool(self.text.strip()) or any(_active(v) for v in self.filters.values())


@dataclass(frozen=True)
class ListRow:
    id: str
    values: tuple


def _active(value: Any) -> bool:
    return value is not None and value != "" and value != ()


def _base_table(source: Any) -> FromClause:
    if isinstance(source, Join):
        return _base_table(source.left)
    if isinstance(source, FromClause):
        return source
    return sa_inspect(source).local_table  # an ORM class or alias


def _as_from(source: Any) -> Any:
    return source if isinstance(source, FromClause) else sa_inspect(source).selectable


class ListQuery:
    """A list: `select_from` (table, ORM class or join), its columns, the row id, fixed conditions,
    the default sort, the search (text → where clause or None) and named filters
    (value → where clause or None). Rows whose base table has `deleted_at` set are left out
    unless the state asks for them."""

    def __init__(
        self,
        select_from: Any,
        columns: Sequence[Column],
        id_expr: Any,
        where: Any | Sequence[Any] = (),
        default_sort: tuple[str, bool] | None = None,
        search: Callable[[str], Any] | None = None,
        filters: Mapping[str, Callable[[Any], Any]] | None = None,
        context: str = "lists",
    ) -> None:
        self.select_from = _as_from(select_from)
        self.columns = tuple(columns)
        self.id_expr = id_expr
        self.where = tuple(where) if isinstance(where, list | tuple) else (where,)
        self.search = search
        self.filters = dict(filters or {})
        self.context = context
        self._by_key = {c.key: c for c in self.columns}
        if len(self._by_key) != len(self.columns):
            raise ValueError("column keys must be unique")
        if default_sort and default_sort[0] not in self._by_key:
            raise ValueError(f"default sort on unknown column {default_sort[0]!r}")
        self.default_sort = default_sort
        base = _base_table(select_from)
        self._deleted = base.c.deleted_at if "deleted_at" in base.c else None

    # -- columns -----------------------------------------------------------------------------------
    def column(self, key: str) -> Column:
        return self._by_key[key]

    def index_of(self, key: str) -> int:
        return self.columns.index(self._by_key[key])

    @property
    def total_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.total)

    # -- SQL -----------------------------------------------------------------------------------------
    def _value_expr(self, column: Column) -> Any:
        return type_coerce(column.expr, Money()) if column.kind == "money" else column.expr

    def conditions(self, state: ListState) -> list[Any]:
        clauses = [c for c in self.where if c is not None]
        if self._deleted is not None and not state.include_deleted:
            clauses.append(self._deleted.is_(None))
        text = state.text.strip()
        if text and self.search is not None:
            clause = self.search(text)
            if clause is not None:
                clauses.append(clause)
        for key, value in state.filters.items():
            if not _active(value):
                continue
            if key not in self.filters:
                raise KeyError(f"unknown filter {key!r}")
            clause = self.filters[key](value)
            if clause is not None:
                clauses.append(clause)
        return clauses

    def sort_of(self, state: ListState) -> tuple[Column | None, bool]:
        column = self._by_key.get(state.sort_key) if state.sort_key else None
        if column is not None and column.sortable:
            return column, state.descending
        if self.default_sort:
            return self._by_key[self.default_sort[0]], self.default_sort[1]
        return None, False

    def _order_by(self, state: ListState) -> list[Any]:
        column, descending = self.sort_of(state)
        if column is None:
            # UUIDv7 ids grow with time: the newest first is the natural order
            return [self.id_expr.desc()]
        if descending:
            return [column.expr.desc(), self.id_expr.desc()]
        return [column.expr.asc(), self.id_expr.asc()]

    def select(self, state: ListState) -> Select:
        stmt = select(self.id_expr, *(self._value_expr(c) for c in self.columns)).select_from(self.select_from)
        clauses = self.conditions(state)
        if clauses:
            stmt = stmt.where(*clauses)
        return stmt.order_by(*self._order_by(state))

    def _filtered(self, stmt: Select, state: ListState) -> Select:
        stmt = stmt.select_from(self.select_from)
        clauses = self.conditions(state)
        return stmt.where(*clauses) if clauses else stmt

    # -- reading -------------------------------------------------------------------------------------
    def count(self, session: Session, state: ListState) -> int:
        return int(session.execute(self._filtered(select(func.count()), state)).scalar_one())

    def page(self, session: Session, state: ListState, offset: int, limit: int) -> list[ListRow]:
        rows = session.execute(self.select(state).offset(offset).limit(limit))
        return [ListRow(str(row[0]), tuple(row[1:])) for row in rows]

    def _sums(self) -> list[Any]:
        sums = []
        for column in self.total_columns:
            total = func.coalesce(func.sum(column.expr), 0)
            kind_type = {"money": Money(), "int": Integer()}.get(column.kind, column.expr.type)
            sums.append(type_coerce(total, kind_type))
        return sums

    def _totals_of(self, values: Sequence[Any]) -> dict[str, Decimal | int]:
        out: dict[str, Decimal | int] = {}
        for column, value in zip(self.total_columns, values, strict=True):
            if column.kind == "qty":
                value = Decimal(str(value if value is not None else 0))
            out[column.key] = value
        return out

    def totals(self, session: Session, state: ListState) -> dict[str, Decimal | int]:
        if not self.total_columns:
            return {}
        return self._totals_of(session.execute(self._filtered(select(*self._sums()), state)).one())

    def summary(self, session: Session, state: ListState) -> tuple[int, dict[str, Decimal | int]]:
        """Count and totals in one pass over the filtered rows."""
        row = session.execute(self._filtered(select(func.count(), *self._sums()), state)).one()
        return int(row[0]), self._totals_of(row[1:])

    def iter_all(self, session: Session, state: ListState, batch: int = 2000) -> Iterator[ListRow]:
        """Every row in list order, fetched `batch` rows at a time (exports of 100k rows)."""
        result = session.execute(self.select(state).execution_options(yield_per=batch))
        for partition in result.partitions(batch):
            for row in partition:
                yield ListRow(str(row[0]), tuple(row[1:]))
