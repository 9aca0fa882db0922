"""Customer dialogs: the customer editor (with duplicate warning), contact, log entry, service case,
and the import error report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import ValidationError, ValidationErrors
from neiqin.modules.customers import service, service_log
from neiqin.modules.customers.schemas import (
    CASE_KINDS,
    CHANNELS,
    CUSTOMER_TYPES,
    DEPARTMENTS,
    GRADES,
    LOG_KINDS,
    CaseInput,
    CommunicationInput,
    ContactInput,
    CustomerInput,
    CustomerView,
)
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("customers", text)


def _combo(items: dict[str, str] | tuple[str, ...], empty: bool = False, translate: bool = True) -> QComboBox:
    box = QComboBox()
    if empty:
        box.addItem("", "")
    pairs = items.items() if isinstance(items, dict) else ((v, v) for v in items)
    for value, title in pairs:
        box.addItem(_tr(title) if translate else title, value)
    return box


def _select(box: QComboBox, value) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class CustomerEditor(RecordEditor):
    """New or existing customer. A likely duplicate (same name, phone or tax id) is reported with
    the choice to open the existing record or save anyway."""

    def __init__(self, ctx, customer: CustomerView | None = None, parent: QWidget | None = None,
                 open_existing: Callable[[str], None] | None = None) -> None:
        super().__init__(parent, self.tr("Edit customer") if customer else self.tr("New customer"),
                         object_name="customers.editor")
        self.ctx, self.customer, self._open_existing = ctx, customer, open_existing
        self.allow_duplicate = False
        #: what the duplicate question answers in tests: "open", "save" or None (ask)
        self.duplicate_answer: str | None = None
        self.add_field("name", self.tr("Customer name"), QLineEdit(), required=True)
        self.add_field("short_name", self.tr("Short name"), QLineEdit())
        self.add_field("customer_type", self.tr("Type"), _combo(CUSTOMER_TYPES))
        self.add_field("industry", self.tr("Industry"), QLineEdit())
        self.add_field("region", self.tr("Region"), QLineEdit())
        self.add_field("grade", self.tr("Grade"), _combo(GRADES, empty=True, translate=False))
        self.add_field("legal_representative", self.tr("Legal representative"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("tax_id", self.tr("Tax id"), QLineEdit())
        self.add_field("address", self.tr("Address"), QLineEdit())
        self.add_field("business_scope", self.tr("Business scope"), QPlainTextEdit())
        self.add_field("tags", self.tr("Tags"), QLineEdit())
        self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        if ctx.actor.can("customers.confidential"):
            # confidential: only for those allowed; an existing customer's values come revealed (logged)
            self.add_field("bank_name", self.tr("Bank"), QLineEdit())
            self.add_field("bank_account", self.tr("Bank account"), QLineEdit())
        if customer is None:
            self.add_field("contact_name", self.tr("Contact"), QLineEdit())
            self.add_field("contact_phone", self.tr("Contact phone"), QLineEdit())
        else:
            self.load(self._fill)

    def _fill(self) -> None:
        c = self.customer
        for key in ("name", "short_name", "industry", "region", "legal_representative", "phone", "tax_id",
                    "address", "tags"):
            self.fields[key].widget.setText(getattr(c, key))
        for key in ("business_scope", "notes"):
            self.fields[key].widget.setPlainText(getattr(c, key))
        if "bank_name" in self.fields and c.revealed:
            self.fields["bank_name"].widget.setText(c.bank_name or "")
            self.fields["bank_account"].widget.setText(c.bank_account or "")
        _select(self.fields["customer_type"].widget, c.customer_type)
        _select(self.fields["grade"].widget, c.grade)

    def save(self):
        values = self.values()
        contact = (values.pop("contact_name", ""), values.pop("contact_phone", ""))
        data = CustomerInput(**values)
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                if self.customer is None:
                    contacts = [ContactInput(contact[0], phone=contact[1], is_primary=True)] if contact[0] else []
                    return service.create_customer(uow, data, contacts, allow_duplicate=self.allow_duplicate)
                return service.update_customer(uow, self.customer.id, data, self.customer.updated_at,
                                               allow_duplicate=self.allow_duplicate)
        except service.DuplicateCustomer as duplicate:
            answer = self.duplicate_answer or self._ask_duplicate(duplicate)
            if answer == "save":
                self.allow_duplicate = True
                return self.save()
            if answer == "open" and self._open_existing is not None:
                self.mark_clean()
                self.reject()
                self._open_existing(duplicate.matches[0].customer_id)
            raise ValidationError(duplicate.message, field="name", **duplicate.params) from None

    def _ask_duplicate(self, duplicate) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Possible duplicate"),
                          duplicate.render(lambda context, text: QCoreApplication.translate(context, text)), parent=self)
        open_button = box.addButton(self.tr("Open the existing customer"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "save" if clicked is save_button else None


class ContactEditor(RecordEditor):
    def __init__(self, ctx, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New contact"), object_name="customers.contact_editor")
        self.ctx, self.customer_id = ctx, customer_id
        self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.add_field("title", self.tr("Title"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("email", self.tr("Email"), QLineEdit())
        self.add_field("wechat", self.tr("WeChat"), QLineEdit())
        self.add_field("is_primary", self.tr("Primary contact"), QCheckBox())

    def save(self):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service.add_contact(uow, self.customer_id, ContactInput(**self.values()))


class LogDialog(RecordEditor):
    """A communication log entry or follow-up visit, with the next follow-up date."""

    def __init__(self, ctx, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Log a conversation"), object_name="customers.log_editor")
        self.ctx, self.customer_id = ctx, customer_id
        day = DateEdit()
        day.setValue(date.today())
        self.add_field("occurred_on", self.tr("Date"), day, required=True)
        self.add_field("kind", self.tr("Kind"), _combo(LOG_KINDS))
        self.add_field("channel", self.tr("Channel"), _combo(CHANNELS))
        self.add_field("contact_name", self.tr("Contact"), QLineEdit())
        self.add_field("summary", self.tr("Summary"), QPlainTextEdit(), required=True)
        self.add_field("next_follow_up", self.tr("Next follow-up"), DateEdit(allow_empty=True))

    def save(self):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_log.log_communication(uow, self.customer_id, CommunicationInput(**self.values()))


class CaseDialog(RecordEditor):
    """A new inquiry or complaint, maybe handed to a department at once."""

    def __init__(self, ctx, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New service case"), object_name="customers.case_editor")
        self.ctx, self.customer_id = ctx, customer_id
        self.add_field("kind", self.tr("Kind"), _combo(CASE_KINDS))
        self.add_field("subject", self.tr("Subject"), QLineEdit(), required=True)
        self.add_field("description", self.tr("Description"), QPlainTextEdit())
        self.add_field("department", self.tr("Hand to department"), _combo(DEPARTMENTS, empty=True, translate=False))
        self.add_field("due_on", self.tr("Promised by"), DateEdit(allow_empty=True))

    def save(self):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_log.open_case(uow, self.customer_id, CaseInput(**self.values()))


class ImportErrorsDialog(QDialog):
    """Why an import was refused: one line per problem (row, column, reason). Nothing was imported."""

    def __init__(self, error: ValidationError | ValidationErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customers.import_errors")
        self.setWindowTitle(self.tr("Import refused"))
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        total = getattr(error, "total", len(errors))
        label = QLabel(self.tr("Nothing was imported. Correct these {count} problem(s) and import again.")
                       .format(count=total))
        label.setWordWrap(True)
        self.table = QTableWidget(len(errors), 3, self)
        self.table.setObjectName("customers.import_errors.table")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        translate = lambda context, text: QCoreApplication.translate(context, text)  # noqa: E731
        for row, item in enumerate(errors):
            cells = (str(getattr(item, "row", "") or ""), str(getattr(item, "column", "") or item.field or ""),
                     item.render(translate))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 400)
