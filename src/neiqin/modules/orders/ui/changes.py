"""Change requests in the orders tab: the request dialog (new delivery date, place, lines), the
clerk's check, department impact notes, the decision, and the revisions with their differences."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from neiqin.modules.orders import changes, lookups
from neiqin.modules.orders.schemas import ChangeInput, ChangeView, LineInput, OrderView
from neiqin.modules.orders.statemachine import DEPARTMENTS
from neiqin.modules.orders.ui.dialogs import DEPARTMENT_TITLES, tr_orders
from neiqin.modules.orders.ui.lines import DraftLine, LinesEditor
from neiqin.modules.orders.ui.views import fill_table, make_table
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit

CHANGE_STATES = {"requested": "Requested", "checked": "Checked", "approved": "Approved", "rejected": "Rejected"}


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(70)
    return edit


class ChangeRequestDialog(RecordEditor):
    """What the customer asks to change, written down; the lines start as the order's lines."""

    def __init__(self, ctx: UiContext, order: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent, order.display_number, "orders.change")
        self.setWindowTitle(self.tr("Change request for {number}").format(number=order.display_number))
        self.ctx, self.order = ctx, order
        self.add_field("description", self.tr("What changes and why"), _text_edit(), required=True)
        self.add_field("requested_by", self.tr("Requested by (customer)"), QLineEdit(order.contact))
        delivery = DateEdit(allow_empty=True)
        delivery.setValue(order.delivery_date)
        self.add_field("delivery_date", self.tr("Delivery date"), delivery)
        self.add_field("delivery_place", self.tr("Delivery place"), QLineEdit(order.delivery_place))
        self.lines = LinesEditor(self._products, self._product, self)
        self.lines.set_lines([DraftLine(lookups.ProductChoice(li.product_id, li.product_code, li.product_name,
                                                              li.spec, li.unit, li.unit_price),
                                        f"{li.quantity.normalize():f}", li.unit_price,
                                        f"{li.discount_percent.normalize():f}" if li.discount_percent else "")
                              for li in order.lines])
        self.form.addRow(self.lines)
        self.resize(820, 620)

    def _products(self, text: str):
        with self.ctx.db.read() as session:
            return lookups.product_choices(session, text)

    def _product(self, product_id: str):
        with self.ctx.db.read() as session:
            return lookups.product_choice(session, product_id)

    def save(self) -> ChangeView:
        values = self.values()
        data = ChangeInput(
            description=values["description"], requested_by=values["requested_by"],
            delivery_date=values["delivery_date"], delivery_place=values["delivery_place"],
            lines=tuple(LineInput(li.product.id, li.quantity, li.unit_price, li.discount or 0)
                        for li in self.lines.lines),
        )
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return changes.request_change(uow, self.order.id, data)


class ChangeStepDialog(RecordEditor):
    """One step on an open change request: `check`, `impact` or `decide`."""

    def __init__(self, ctx: UiContext, change: ChangeView, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, change.number, f"orders.change.{step}")
        self.ctx, self.change, self.step = ctx, change, step
        if step == "impact":
            department = QComboBox()
            for code in DEPARTMENTS:
                department.addItem(tr_orders(DEPARTMENT_TITLES[code]), code)
            self.add_field("department", self.tr("Department"), department, required=True)
        if step == "decide":
            decision = QComboBox()
            decision.addItem(self.tr("Approve: make a new revision"), "approve")
            decision.addItem(self.tr("Reject"), "reject")
            self.add_field("decision", self.tr("Decision"), decision, required=True)
        label = {"check": self.tr("Result of the check"), "impact": self.tr("Impact"),
                 "decide": self.tr("Reason")}[step]
        self.add_field("note", label, _text_edit(), required=step != "decide")

    def save(self) -> ChangeView:
        values = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.step == "check":
                return changes.check_change(uow, self.change.id, values["note"])
            if self.step == "impact":
                return changes.add_impact(uow, self.change.id, values["department"], values["note"])
            return changes.decide_change(uow, self.change.id, values["decision"] == "approve", values["note"])


class ChangesView(QWidget):
    """The order's change requests with impact notes, and the difference between two revisions."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("orders.changes")
        self.items: list[ChangeView] = []
        self.table = make_table("orders.changes.table", [self.tr("Number"), self.tr("State"), self.tr("Requested"),
                                                         self.tr("Description"), self.tr("Impact notes")], 3)
        self.old_revision = QComboBox(objectName="orders.changes.old")
        self.new_revision = QComboBox(objectName="orders.changes.new")
        for combo in (self.old_revision, self.new_revision):
            combo.currentIndexChanged.connect(self._show_diff)
        self.diff = make_table("orders.changes.diff", [self.tr("What"), self.tr("Before"), self.tr("After")], 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare revision")))
        pick.addWidget(self.old_revision)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.new_revision)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(pick)
        layout.addWidget(self.diff, 1)
        self._revisions: dict[int, dict] = {}

    def show_record(self, record_id: str | None) -> None:
        self.items, self._revisions = [], {}
        if record_id is not None:
            with self.ctx.db.read() as session:
                self.items = changes.changes_of(session, self.ctx.actor, record_id)
                self._revisions = changes.revisions(session, self.ctx.actor, record_id)
        fill_table(self.table, [
            (c.number, self.tr(CHANGE_STATES[c.status]), c.requested_on.isoformat(), c.description,
             "；".join(f"{tr_orders(DEPARTMENT_TITLES[i.department])}：{i.note}" for i in c.impacts))
            for c in self.items])
        for combo in (self.old_revision, self.new_revision):
            combo.blockSignals(True)
            combo.clear()
            for number in sorted(self._revisions):
                combo.addItem(f"R{number}", number)
            combo.blockSignals(False)
        if len(self._revisions) > 1:
            self.old_revision.setCurrentIndex(len(self._revisions) - 2)
            self.new_revision.setCurrentIndex(len(self._revisions) - 1)
        self._show_diff()

    def open_change(self) -> ChangeView | None:
        return next((c for c in reversed(self.items) if c.status in ("requested", "checked")), None)

    def _show_diff(self) -> None:
        old, new = self.old_revision.currentData(), self.new_revision.currentData()
        if old is None or new is None or old == new:
            self.diff.setRowCount(0)
            return
        rows = changes.diff(self._revisions[old], self._revisions[new])
        fill_table(self.diff, [(tr_orders(r.label) if r.what != "line" else r.label, r.old, r.new) for r in rows])
