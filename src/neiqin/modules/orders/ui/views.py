"""Sub-tabs of the order detail pane: the order with its lines, and the timeline of transitions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.orders import service
from neiqin.modules.orders.schemas import OrderView
from neiqin.modules.orders.statemachine import STATE_TONES
from neiqin.modules.orders.ui.dialogs import CHANNEL_TITLES, DEPARTMENT_TITLES, state_title, tr_orders
from neiqin.ui.context import UiContext
from neiqin.ui.widgets.status_tag import StatusTag


def fill_table(table: QTableWidget, rows: list[tuple], right_from: int | None = None) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if right_from is not None and column >= right_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


def make_table(object_name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class OrderOverview(QWidget):
    """The header facts, the status tag and the lines."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("orders.overview")
        self.order: OrderView | None = None
        self.status = StatusTag()
        self.status.setObjectName("orders.overview.status")
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (("number", self.tr("Number")), ("customer", self.tr("Customer")),
                           ("contact", self.tr("Contact")), ("delivery", self.tr("Delivery")),
                           ("terms", self.tr("Payment terms")), ("total", self.tr("Total")),
                           ("notes", self.tr("Notes"))):
            label = QLabel()
            label.setObjectName(f"orders.overview.{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.facts.addRow(title, label)
        self.lines = make_table("orders.overview.lines", [self.tr("No."), self.tr("Product"), self.tr("Spec."),
                                                          self.tr("Unit"), self.tr("Quantity"), self.tr("Unit price"),
                                                          self.tr("Discount %"), self.tr("Amount")], 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.facts)
        layout.addWidget(self.lines, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.order = None
            return
        with self.ctx.db.read() as session:
            self.order = service.get_order(session, self.ctx.actor, record_id)
        order = self.order
        self.status.set_status(state_title(order.status), service_tone(order.status))
        revision = self.tr(" (revision {revision})").format(revision=order.revision) if order.revision else ""
        major = self.tr(" — major order") if order.is_major else ""
        self.labels["number"].setText(f"{order.number}{revision}{major}")
        self.labels["customer"].setText(order.customer_name)
        self.labels["contact"].setText(f"{order.contact} {order.phone}".strip())
        delivery = order.delivery_date.isoformat() if order.delivery_date else ""
        self.labels["delivery"].setText(f"{delivery} {order.delivery_place}".strip())
        self.labels["terms"].setText(f"{order.payment_terms} {order.prepayment_percent}%")
        self.labels["total"].setText(f"¥{order.total_amount:,.2f}")
        self.labels["notes"].setText(order.notes)
        fill_table(self.lines, [(li.line_no, f"{li.product_code} {li.product_name}", li.spec, li.unit,
                                 f"{li.quantity.normalize():f}", f"{li.unit_price:,.2f}",
                                 f"{li.discount_percent.normalize():f}" if li.discount_percent else "",
                                 f"{li.amount:,.2f}") for li in order.lines], right_from=4)


def service_tone(status: str) -> str:
    return STATE_TONES.get(status, "neutral")


def describe_facts(extra: dict) -> str:
    """The facts of a step in words: channel, person, departments and notes, carrier…"""
    parts = []
    for key, value in sorted(extra.items()):
        if key == "channel":
            parts.append(tr_orders(CHANNEL_TITLES.get(value, value)))
        elif key == "departments":
            parts += [f"{tr_orders(DEPARTMENT_TITLES.get(k, k))}：{v}" for k, v in value.items()]
        elif key == "paper":
            parts.append(QCoreApplication.translate("TimelineView", "approved on paper by {by} on {on}").format(
                by=value.get("by", ""), on=value.get("on", "")))
        else:
            parts.append(str(value))
    return "；".join(parts)


class TimelineView(QWidget):
    """Every transition: when, who, from which state to which, comment and facts."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("orders.timeline")
        self.table = make_table("orders.timeline.table", [self.tr("When"), self.tr("Who"), self.tr("Step"),
                                                          self.tr("State"), self.tr("Comment and details")], 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.table.setRowCount(0)
            return
        with self.ctx.db.read() as session:
            steps = service.timeline(session, self.ctx.actor, record_id)
        rows = []
        for step in steps:
            title = tr_orders(service.action_title(step.action))
            details = "；".join(p for p in (step.comment, describe_facts(step.extra)) if p)
            rows.append((step.at.astimezone().strftime("%Y-%m-%d %H:%M"), step.actor_name, title,
                         state_title(step.to_state), details))
        fill_table(self.table, rows)
