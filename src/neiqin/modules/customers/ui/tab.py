"""The customers tab: the customer list with search (Chinese, traditional, pinyin), filters,
new/edit/delete, log and case entry, Excel import/export, and the customer detail pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from neiqin.core.errors import NeiqinError
from neiqin.modules.customers import service, service_excel
from neiqin.modules.customers.listing import customer_list, filter_of
from neiqin.modules.customers.schemas import GRADES, TransactionsProvider
from neiqin.modules.customers.ui.detail import CasesView, CreditView, LogView, OverviewView, TransactionsView
from neiqin.modules.customers.ui.dialogs import (
    CaseDialog,
    ContactEditor,
    CustomerEditor,
    ImportErrorsDialog,
    LogDialog,
)
from neiqin.modules.customers.ui.work_dialogs import HandoverDialog
from neiqin.ui.messages import confirm
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.tasks import Task, show_task_error


class CustomersTab(ModuleTab):
    def __init__(self, ctx, parent: QWidget | None = None, settings=None,
                 transactions: TransactionsProvider | None = None) -> None:
        super().__init__(ctx, customer_list(), module_id="customers", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("CustomersTab", "No customers yet."))
        self.add_action("new", self.tr("New customer"), self.new_customer, permission="customers.edit")
        has = lambda record_id: record_id is not None  # noqa: E731
        self.add_action("edit", self.tr("Edit"), self.edit_customer, enabled_when=has, permission="customers.edit")
        self.add_action("contact", self.tr("Add contact"), self.add_contact, enabled_when=has,
                        permission="customers.edit")
        self.add_action("log", self.tr("Log a conversation"), self.log_conversation, enabled_when=has,
                        permission="customers.edit")
        self.add_action("case", self.tr("New service case"), self.new_case, enabled_when=has,
                        permission="customers.edit")
        self.add_action("delete", self.tr("Delete"), self.delete_customer, enabled_when=has,
                        permission="customers.delete")
        self.add_separator()
        self.add_action("import", self.tr("Import from Excel…"), self.import_xlsx, permission="customers.import",
                        in_menu=False)
        self.add_action("template", self.tr("Import template…"), self.save_template, in_menu=False)
        self.add_action("handover", self.tr("Hand over customers…"), self.handover, permission="customers.handover",
                        in_menu=False)
        if ctx.actor.can("customers.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.grade_filter = QComboBox()
        self.grade_filter.setObjectName("customers.grade_filter")
        self.grade_filter.addItem(self.tr("All grades"), "")
        for grade in GRADES:
            self.grade_filter.addItem(grade, grade)
        self.grade_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("grade", self.grade_filter.currentData()))
        self.add_filter_widget(self.grade_filter, self.tr("Grade"))
        self.add_detail_tab(self.tr("Overview"), OverviewView(ctx))
        self.add_detail_tab(self.tr("Communication log"), LogView(ctx))
        self.cases_view = CasesView(ctx)
        self.add_detail_tab(self.tr("Service cases"), self.cases_view)
        self.credit_view = CreditView(ctx)
        self.add_detail_tab(self.tr("Credit file"), self.credit_view)
        if transactions is not None:
            self.add_detail_tab(self.tr("Transactions"), TransactionsView(ctx, transactions))
        self.last_dialog: QWidget | None = None

    # -- editors: opened window-modal; tests reach them through `last_dialog` --------------------------
    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        record_id = getattr(result, "id", None)
        if isinstance(dialog, CustomerEditor) and record_id:
            self.show_record(record_id)

    def new_customer(self) -> None:
        self._show(CustomerEditor(self.ctx, None, self, open_existing=self.show_record))

    def edit_customer(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        if self.ctx.actor.can("customers.confidential"):
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                customer = service.reveal_customer(uow, record_id)
        else:
            with self.ctx.db.read() as session:
                customer = service.get_customer(session, self.ctx.actor, record_id)
        self._show(CustomerEditor(self.ctx, customer, self, open_existing=self.show_record))

    def add_contact(self) -> None:
        if (record_id := self.current_id()) is not None:
            self._show(ContactEditor(self.ctx, record_id, self))

    def log_conversation(self) -> None:
        if (record_id := self.current_id()) is not None:
            self._show(LogDialog(self.ctx, record_id, self))

    def new_case(self) -> None:
        if (record_id := self.current_id()) is not None:
            self._show(CaseDialog(self.ctx, record_id, self))

    def handover(self) -> None:
        self._show(HandoverDialog(self.ctx, self))

    def delete_customer(self, ask: bool = True) -> None:
        record_id = self.current_id()
        if record_id is None or (ask and not confirm(self, self.tr("Delete this customer?"), self.tr("Delete"))):
            return
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                service.delete_customer(uow, record_id)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Delete"))
            return
        self.refresh()

    # -- Excel ------------------------------------------------------------------------------------------
    def _export_rows(self, path: Path, state, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_excel.export_customers(uow, path, filter_of(state), progress)

    def _import_rows(self, path: Path, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_excel.import_customers(uow, path, progress)

    def import_xlsx(self, path: Path | None = None) -> Task | None:
        def done(count: int) -> None:
            self.refresh()
            self.ctx.show_message(self.tr("Imported {count} customers.").format(count=f"{count:,}"))

        def refused(error) -> None:
            self.last_dialog = ImportErrorsDialog(error, self)
            self.last_dialog.open()

        return self.run_import(self.tr("Import customers"), self._import_rows, path, done, refused)

    def save_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Import template"), "customers-template.xlsx",
                                                        self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        return service_excel.write_customer_template(path)
