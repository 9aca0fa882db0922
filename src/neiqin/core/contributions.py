"""What a module contributes to the shell, in Qt-free terms.

Each slice may have a `contributions.py` exposing any of:
- `dashboard_items(session, actor, today) -> list[DashboardItem]`
- `search(session, actor, text, limit) -> list[SearchHit]`
- `PRINT_FORMS: list[PrintForm]` (for `neiqin print`)
- `LISTS: list[ListSpec]` (for `neiqin export` / `neiqin import`)
- `PERMISSIONS: list[Permission]`
- `KPIS: list[KpiSpec]` (assessment indicators for the KPI report)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class DashboardItem:
    """One thing that needs the clerk today, opening a record of a module."""

    module: str
    group: str  # translated-later group title (QT_TRANSLATE_NOOP("dashboard", ...))
    title: str
    record_id: str
    detail: str = ""
    due: str = ""  # ISO date or date-time
    severity: str = "normal"  # normal | warning | overdue
    kind: str = ""  # the record kind handed to the module tab's open_record(kind, id)
    #: when `detail` is marked source text (a state title), the translation context to show it in
    detail_context: str = ""
    #: how many items of this group exist when the module sent only the first ones (0: all sent)
    group_total: int = 0


@dataclass(frozen=True)
class SearchHit:
    module: str
    kind: str  # "customer", "product", "order", ...
    record_id: str
    title: str
    subtitle: str = ""
    score: float = 0.0


@dataclass(frozen=True)
class PrintForm:
    """A printable form: `render(uow, number, out_path)` writes the PDF of record `number`."""

    code: str  # e.g. "order-confirmation"
    title: str
    render: Callable[[Any, str, Path], Path]


@dataclass(frozen=True)
class ListSpec:
    """A list that can be exported (and maybe imported) from the command line and the UI."""

    code: str  # e.g. "customers"
    title: str
    export: Callable[[Any, Path, dict], int]  # (uow, path, filters) -> rows written
    import_: Callable[[Any, Path], int] | None = None  # (uow, path) -> rows imported
    template: Callable[[Path], Path] | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class KpiValue:
    """A measured indicator: `value` in the spec's unit (None when there was nothing to measure)
    and the counts behind it (a rate is numerator / denominator × 100; a time is the mean)."""

    value: float | None
    numerator: float = 0
    denominator: float = 0
    detail: str = ""


@dataclass(frozen=True)
class KpiSpec:
    """An assessment indicator (考核指标) a module computes for a period and a clerk (None: all).

    `compute(session, since, until, clerk_id) -> KpiValue`, both dates inclusive."""

    code: str  # e.g. "orders.timeliness"
    title: str  # QT_TRANSLATE_NOOP("kpi", ...)
    unit: str  # "percent" | "hours" | "days"
    better: str  # "higher" | "lower"
    default_target: float
    compute: Callable[[Any, date, date, str | None], KpiValue]
    description: str = ""  # QT_TRANSLATE_NOOP("kpi", ...): how it is measured


@dataclass(frozen=True)
class SyncStates:
    """A document's state field as sync merges it: when two offices move one document to different
    states before they sync, the state further along `forward` stays (a state never moves back);
    `titles` (source texts in translation `context`) name the states in the Conflicts view."""

    table: str
    context: str
    forward: tuple[str, ...]
    titles: dict[str, str]


@dataclass(frozen=True)
class HandoverPart:
    """Work a leaving clerk holds that another clerk takes over (`neiqin.core.handover`):
    `count(session, user_id)` how much they hold now; `transfer(uow, from_user_id, to_user)` moves all
    of it to the receiving user (an active `User`) with bookkeeping and audit, returns how many moved."""

    key: str
    title: str  # QT_TRANSLATE_NOOP("handover", ...)
    count: Callable[[Any, str], int]
    transfer: Callable[[Any, str, Any], int]

