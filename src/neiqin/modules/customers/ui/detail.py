"""The sub-tabs of the customer detail pane: overview with contacts, communication log, service
cases, credit file (revealed on request, logged) and transactions (from the orders slice)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.customers import service, service_credit, service_log
from neiqin.modules.customers.schemas import (
    CASE_KINDS,
    CASE_STATUSES,
    CHANNELS,
    CUSTOMER_TYPES,
    TransactionsProvider,
)
from neiqin.modules.customers.ui.work_dialogs import (
    AssignCaseDialog,
    CaseNoteDialog,
    PaymentDialog,
    RatingDialog,
    ResolveCaseDialog,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("customers", text)


def _money(value) -> str:
    return "" if value is None else f"¥{value:,.2f}"


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


class OverviewView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary = QLabel()
        self.summary.setObjectName("customers.overview")
        self.summary.setWordWrap(True)
        self.contacts = _table("customers.contacts", [self.tr("Contact"), self.tr("Title"), self.tr("Phone"),
                                                      self.tr("Email"), self.tr("WeChat")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Contacts")))
        layout.addWidget(self.contacts, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        try:
            with self.ctx.db.read() as session:
                c = service.get_customer(session, self.ctx.actor, record_id)
        except NeiqinError as error:
            self.summary.setText(error.render())
            return
        lines = [f"<b>{c.name}</b> ({c.code})", f"{_tr(CUSTOMER_TYPES.get(c.customer_type, ''))} · {c.industry} · "
                 f"{c.region} · {self.tr('Grade')} {c.grade}", f"{self.tr('Phone')}: {c.phone}  "
                 f"{self.tr('Tax id')}: {c.tax_id}", f"{self.tr('Address')}: {c.address}",
                 f"{self.tr('Legal representative')}: {c.legal_representative}", f"{self.tr('Clerk')}: {c.owner_name}",
                 f"{self.tr('Tags')}: {c.tags}"]
        self.summary.setText("<br>".join(lines))
        _fill(self.contacts, [(("★ " if x.is_primary else "") + x.name, x.title, x.phone, x.email, x.wechat)
                              for x in c.contacts])


class LogView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.table = _table("customers.log", [self.tr("Date"), self.tr("Channel"), self.tr("Contact"),
                                              self.tr("Summary"), self.tr("Next follow-up"), self.tr("By")])
        QVBoxLayout(self).addWidget(self.table)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            entries = service_log.communications(session, record_id)
        _fill(self.table, [(e.occurred_on, _tr(CHANNELS.get(e.channel, e.channel)), e.contact_name, e.summary,
                            e.next_follow_up or "", e.author_name) for e in entries])


class CasesView(QWidget):
    """The customer's inquiries and complaints; the selected one can be handed to a department,
    noted on and resolved."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.record_id: str | None = None
        self.cases: list = []
        self.last_dialog: QWidget | None = None
        self.table = _table("customers.cases", [self.tr("Number"), self.tr("Kind"), self.tr("Subject"),
                                                self.tr("Department"), self.tr("Promised by"), self.tr("Status"),
                                                self.tr("Satisfaction")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, title, dialog in (("assign", self.tr("Hand to department…"), AssignCaseDialog),
                                   ("note", self.tr("Progress note…"), CaseNoteDialog),
                                   ("resolve", self.tr("Resolve…"), ResolveCaseDialog)):
            button = QPushButton(title)
            button.setObjectName(f"customers.case_{key}")
            button.clicked.connect(lambda _checked=False, dialog=dialog: self._open(dialog))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            self.cases = service_log.cases_of(session, record_id)
        today = date.today()
        _fill(self.table, [(c.number, _tr(CASE_KINDS[c.kind]), c.subject, c.department, c.due_on,
                            _tr(CASE_STATUSES[c.status]) + (" ⚠" if c.is_overdue(today) else ""),
                            c.satisfaction or "") for c in self.cases])
        self._update_buttons()

    def current_case(self):
        row = self.table.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        case = self.current_case()
        open_case = case is not None and case.status != "resolved" and self.ctx.actor.can("customers.edit")
        for button in self.buttons.values():
            button.setEnabled(open_case)

    def _open(self, dialog_class) -> None:
        case = self.current_case()
        if case is None:
            return
        self.last_dialog = dialog_class(self.ctx, case.id, self)
        self.last_dialog.accepted.connect(lambda: self.show_record(self.record_id))
        self.last_dialog.open()


class CreditView(QWidget):
    """Hidden until the user asks; only with `customers.confidential`; every reveal is logged."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.record_id: str | None = None
        self.reveal_button = QPushButton(self.tr("Show credit and bank data"))
        self.reveal_button.setObjectName("customers.reveal")
        self.reveal_button.clicked.connect(self.reveal)
        allowed = ctx.actor.can("customers.confidential")
        self.reveal_button.setEnabled(allowed)
        if not allowed:
            self.reveal_button.setToolTip(self.tr("Confidential: you do not have the right to see it."))
        self.summary = QLabel(self.tr("Confidential data is hidden."))
        self.summary.setObjectName("customers.credit_summary")
        self.summary.setWordWrap(True)
        self.payments = _table("customers.payments", [self.tr("Order"), self.tr("Amount"), self.tr("Due"),
                                                      self.tr("Paid"), self.tr("Paid on")])
        self.credit = None
        self.last_dialog: QWidget | None = None
        self.rating_button = QPushButton(self.tr("Change credit rating…"))
        self.rating_button.setObjectName("customers.change_rating")
        self.rating_button.clicked.connect(self.change_rating)
        self.payment_button = QPushButton(self.tr("New payment record…"))
        self.payment_button.setObjectName("customers.add_payment")
        self.payment_button.clicked.connect(self.add_payment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.rating_button)
        buttons.addWidget(self.payment_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.payments, 1)
        self._update_buttons()

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.credit = None
        self.summary.setText(self.tr("Confidential data is hidden."))
        _fill(self.payments, [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.rating_button, self.payment_button):
            button.setEnabled(self.credit is not None)

    def change_rating(self) -> None:
        if self.credit is None:
            return
        summary = self.credit.summary
        self.last_dialog = RatingDialog(self.ctx, self.record_id, summary.rating, summary.limit, self)
        self.last_dialog.accepted.connect(self.reveal)
        self.last_dialog.open()

    def add_payment(self) -> None:
        if self.credit is None:
            return
        self.last_dialog = PaymentDialog(self.ctx, self.record_id, self)
        self.last_dialog.accepted.connect(self.reveal)
        self.last_dialog.open()

    def reveal(self) -> None:
        if self.record_id is None:
            return
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                customer = service.reveal_customer(uow, self.record_id)
                credit = service_credit.credit_file(uow, self.record_id, date.today())
        except NeiqinError as error:
            self.summary.setText(error.render(lambda context, text: QCoreApplication.translate(context, text)))
            return
        self.credit = credit
        self._update_buttons()
        s = credit.summary
        self.summary.setText("<br>".join([
            f"{self.tr('Credit rating')}: {s.rating or ''}    {self.tr('Credit limit')}: {_money(s.limit)}",
            f"{self.tr('Outstanding')}: {_money(s.outstanding_amount)}    "
            f"{self.tr('Overdue amount')}: {_money(s.overdue_amount)}",
            f"{self.tr('Bank')}: {customer.bank_name or ''}  {customer.bank_account or ''}"]))
        _fill(self.payments, [(p.order_number, _money(p.amount), p.due_on, _money(p.paid_amount), p.paid_on or "")
                              for p in credit.payments])


class TransactionsView(QWidget):
    """The customer's orders, from a provider handed in by the composition root."""

    def __init__(self, ctx, provider: TransactionsProvider) -> None:
        super().__init__()
        self.ctx, self.provider = ctx, provider
        self.summary = QLabel()
        self.summary.setObjectName("customers.transactions_summary")
        self.table = _table("customers.transactions", [self.tr("Order"), self.tr("Date"), self.tr("Status"),
                                                       self.tr("Amount")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        try:
            with self.ctx.db.read() as session:
                found = self.provider(session, self.ctx.actor, record_id)
        except NeiqinError as error:
            self.summary.setText(error.render(lambda context, text: QCoreApplication.translate(context, text)))
            return
        self.summary.setText(self.tr("{count} orders, total {total}, last order {last}").format(
            count=found.order_count, total=_money(found.total_amount), last=found.last_order_date or "—"))
        _fill(self.table, [(r.number, r.order_date, r.status, _money(r.amount)) for r in found.rows])
