"""Dialogs for the work on a customer file: progress of service cases, the credit file (rating,
payment records) and the handover of a leaving clerk's customers."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.modules.customers import service_credit, service_log
from neiqin.modules.customers.schemas import CREDIT_RATINGS, DEPARTMENTS, PaymentInput
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.money_edit import MoneyEdit


def _combo(values, current=None, empty: bool = False) -> QComboBox:
    box = QComboBox()
    if empty:
        box.addItem("", "")
    for value in values:
        box.addItem(value, value)
    if current is not None:
        box.setCurrentIndex(max(box.findData(current), 0))
    return box


class AssignCaseDialog(RecordEditor):
    def __init__(self, ctx, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Hand to department"), object_name="customers.assign_case")
        self.ctx, self.case_id = ctx, case_id
        self.add_field("department", self.tr("Department"), _combo(DEPARTMENTS), required=True)

    def save(self):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_log.assign_case(uow, self.case_id, self.values()["department"], date.today())


class CaseNoteDialog(RecordEditor):
    def __init__(self, ctx, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Progress note"), object_name="customers.case_note")
        self.ctx, self.case_id = ctx, case_id
        self.add_field("note", self.tr("Note"), QPlainTextEdit(), required=True)

    def save(self):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_log.add_case_note(uow, self.case_id, self.values()["note"])


class ResolveCaseDialog(RecordEditor):
    """Resolved: the result told to the customer and the customer's satisfaction (1–5)."""

    def __init__(self, ctx, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Resolve the case"), object_name="customers.resolve_case")
        self.ctx, self.case_id = ctx, case_id
        self.add_field("result", self.tr("Result"), QPlainTextEdit(), required=True)
        score = QSpinBox()
        score.setRange(1, 5)
        score.setValue(5)
        self.add_field("satisfaction", self.tr("Satisfaction (1–5)"), score, required=True)
        self.add_field("resolved_on", self.tr("Resolved on"), DateEdit(value=date.today()), required=True)

    def save(self):
        values = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_log.resolve_case(uow, self.case_id, values["result"], values["satisfaction"],
                                            values["resolved_on"])


class RatingDialog(RecordEditor):
    """A new credit rating and limit, with the reason kept in the rating history."""

    def __init__(self, ctx, customer_id: str, rating: str | None, limit, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Change credit rating"), object_name="customers.rating")
        self.ctx, self.customer_id = ctx, customer_id
        self.add_field("credit_rating", self.tr("Credit rating"), _combo(CREDIT_RATINGS, rating, empty=True))
        limit_edit = MoneyEdit()
        limit_edit.setValue(limit)
        self.add_field("credit_limit", self.tr("Credit limit"), limit_edit)
        self.add_field("reason", self.tr("Reason"), QPlainTextEdit(), required=True)

    def save(self):
        values = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_credit.change_rating(uow, self.customer_id, values["credit_rating"],
                                                values["credit_limit"], values["reason"])


class PaymentDialog(RecordEditor):
    """A receivable of the credit file: amount due by a date for an order, and what was paid."""

    def __init__(self, ctx, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New payment record"), object_name="customers.payment")
        self.ctx, self.customer_id = ctx, customer_id
        self.add_field("order_number", self.tr("Order number"), QLineEdit())
        self.add_field("amount", self.tr("Amount due"), MoneyEdit(), required=True)
        self.add_field("due_on", self.tr("Due on"), DateEdit(value=date.today()), required=True)
        self.add_field("paid_amount", self.tr("Paid"), MoneyEdit())
        self.add_field("paid_on", self.tr("Paid on"), DateEdit(allow_empty=True))

    def save(self):
        values = self.values()
        data = PaymentInput(amount=values["amount"], due_on=values["due_on"], order_number=values["order_number"],
                            paid_amount=values["paid_amount"] or 0, paid_on=values["paid_on"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_credit.add_payment_record(uow, self.customer_id, data)


class HandoverDialog(RecordEditor):
    """All customers of a leaving clerk go to another clerk in one action."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Hand over customers"), object_name="customers.handover")
        self.ctx = ctx
        with ctx.db.read() as session:
            choices = service_credit.handover_choices(session)
        source, target = QComboBox(), QComboBox()
        for user_id, name, count, active in choices:
            if count:
                source.addItem(self.tr("{name} ({count} customers)").format(name=name, count=count), user_id)
            if active:
                target.addItem(name, user_id)
        self.add_field("from_user_id", self.tr("From clerk"), source, required=True)
        self.add_field("to_user_id", self.tr("To clerk"), target, required=True)

    def save(self):
        values = self.values()
        if not values["from_user_id"]:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nobody looks after any customer yet."),
                                  field="from_user_id")
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_credit.handover_customers(uow, values["from_user_id"], values["to_user_id"])
