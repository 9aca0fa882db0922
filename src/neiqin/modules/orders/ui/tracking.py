"""Tracking in the orders tab: progress events and exceptions (cause, notice to the customer,
agreed solution)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from neiqin.modules.orders import tracking
from neiqin.modules.orders.schemas import EventInput, EventView, OrderView
from neiqin.modules.orders.statemachine import DEPARTMENTS
from neiqin.modules.orders.ui.dialogs import CHANNEL_TITLES, DEPARTMENT_TITLES, tr_orders
from neiqin.modules.orders.ui.views import fill_table, make_table
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(70)
    return edit


class EventDialog(RecordEditor):
    """A progress event (`kind="progress"`) or an exception (`kind="exception"`)."""

    def __init__(self, ctx: UiContext, order: OrderView, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, order.display_number, f"orders.event.{kind}")
        self.ctx, self.order, self.kind = ctx, order, kind
        department = QComboBox()
        for code in DEPARTMENTS:
            department.addItem(tr_orders(DEPARTMENT_TITLES[code]), code)
        self.add_field("department", self.tr("Department"), department)
        self.add_field("description", self.tr("What happened"), _text_edit(), required=True)
        if kind == "progress":
            percent = QSpinBox()
            percent.setRange(0, 100)
            percent.setSuffix(" %")
            self.add_field("progress_percent", self.tr("Progress"), percent)
        else:
            category = QComboBox()
            for code, title in tracking.CATEGORIES.items():
                category.addItem(tr_orders(title), code)
            self.add_field("category", self.tr("Kind of exception"), category, required=True)
            self.add_field("cause", self.tr("Cause"), _text_edit(), required=True)
            self.add_field("notified_on", self.tr("Customer told on"), DateEdit(allow_empty=True))
            how = QComboBox()
            how.addItem("", "")
            for code, title in CHANNEL_TITLES.items():
                how.addItem(tr_orders(title), code)
            self.add_field("notified_how", self.tr("Told by"), how)
            self.add_field("solution", self.tr("Agreed solution"), QLineEdit())

    def save(self) -> EventView:
        values = self.values()
        notified = values.get("notified_on")
        data = EventInput(
            kind=self.kind, description=values["description"], department=values["department"],
            progress_percent=values.get("progress_percent"), category=values.get("category", ""),
            cause=values.get("cause", ""), notified_how=values.get("notified_how", ""),
            solution=values.get("solution", ""),
            customer_notified_at=datetime.combine(notified, time(12)).astimezone() if notified else None,
        )
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return tracking.add_event(uow, self.order.id, data)


class TrackingView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("orders.tracking")
        self.events: list[EventView] = []
        self.table = make_table("orders.tracking.table", [self.tr("When"), self.tr("Kind"), self.tr("Department"),
                                                          self.tr("What happened"), self.tr("Progress"),
                                                          self.tr("Solution")], 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_record(self, record_id: str | None) -> None:
        self.events = []
        if record_id is not None:
            with self.ctx.db.read() as session:
                self.events = tracking.events_of(session, self.ctx.actor, record_id)
        rows = []
        for event in self.events:
            kind = self.tr("Progress") if event.kind == "progress" else \
                self.tr("Exception: {category}").format(category=tr_orders(tracking.CATEGORIES[event.category]))
            what = event.description if event.kind == "progress" else f"{event.description}（{event.cause}）"
            progress = f"{event.progress_percent}%" if event.progress_percent is not None else ""
            solution = event.solution + (self.tr(" (resolved)") if event.resolved_at else "")
            rows.append((event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"), kind,
                         tr_orders(DEPARTMENT_TITLES.get(event.department, "")) if event.department else "",
                         what, progress, solution))
        fill_table(self.table, rows)
