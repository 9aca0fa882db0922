"""The register sub-tab (items with their place, retention and confidentiality, electronic copies,
lending from the shelf, Excel import) and the contracts ledger sub-tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.archive import excel, listing, rules, service
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive.schemas import ContractInput, ContractView, ItemInput, ItemView
from neiqin.modules.archive.ui.common import (
    attempt,
    choice_combo,
    fill_table,
    format_date,
    make_table,
    select_data,
    tr_archive,
)
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.tasks import Task
from neiqin.ui.widgets.completer import RecordCompleter
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.money_edit import MoneyEdit
from neiqin.ui.widgets.status_tag import StatusTag


class CustomerField(QWidget):
    """A customer chosen by name, short name, pinyin or code (through the customers service)."""

    def __init__(self, ctx: UiContext, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.ctx = ctx
        self.edit = QLineEdit(objectName=f"{object_name}.text")
        self.edit.setClearButtonEnabled(True)
        self.completer_ = RecordCompleter(self.edit, self._lookup)
        self.edit.textChanged.connect(lambda text: None if text else self.completer_.set_current(None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _lookup(self, text: str) -> list[tuple[str, str]]:
        with self.ctx.db.read() as session:
            return service.customer_choices(session, text)

    def value(self) -> str | None:
        return self.completer_.chosen_id


class ArchiveItemEditor(RecordEditor):
    def __init__(self, ctx: UiContext, item: ItemView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Archive item") if item is None else item.number, "archive.item_editor")
        self.ctx, self.item = ctx, item
        self.add_field("number", self.tr("Archive number"), QLineEdit(placeholderText=self.tr("Next number")))
        self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        category = QComboBox(editable=True)
        category.addItems(rules.CATEGORIES)
        self.add_field("category", self.tr("Class"), category, required=True)
        self.add_field("kind", self.tr("Form"), choice_combo("archive.item_editor.kind", rules.KINDS))
        self.add_field("doc_date", self.tr("Date"), DateEdit())
        self.customer = CustomerField(ctx, "archive.item_editor.customer_id")
        self.add_field("customer_id", self.tr("Customer"), self.customer)
        self.add_field("order_number", self.tr("Order number"), QLineEdit())
        contracts = QComboBox()
        contracts.addItem(self.tr("None"), "")
        with ctx.db.read() as session:
            for contract_id, label in service.contract_choices(session):
                contracts.addItem(label, contract_id)
        self.add_field("contract_id", self.tr("Contract"), contracts)
        for key, label in (("room", self.tr("Room")), ("cabinet", self.tr("Cabinet")), ("shelf", self.tr("Shelf")),
                           ("box", self.tr("Box"))):
            self.add_field(key, label, QLineEdit())
        self.add_field("pages", self.tr("Pages"), QSpinBox(maximum=100000))
        retention = QComboBox()
        for years in rules.RETENTION_CHOICES:
            retention.addItem(self.tr("Permanent") if years is None else self.tr("{years} years").format(years=years),
                              years if years is not None else 0)
        self.add_field("retention_years", self.tr("Retention period"), retention)
        self.add_field("confidentiality", self.tr("Confidentiality"),
                       choice_combo("archive.item_editor.confidentiality", rules.LEVELS))
        self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        select_data(retention, 10)
        select_data(self.fields["confidentiality"].widget, "internal")
        if item is not None:
            self.load(lambda: self._fill(item))

    def _fill(self, item: ItemView) -> None:
        f = {k: v.widget for k, v in self.fields.items()}
        f["number"].setText(item.number)
        f["title"].setText(item.title)
        f["category"].setCurrentText(item.category)
        select_data(f["kind"], item.kind)
        f["doc_date"].setValue(item.doc_date)
        self.customer.completer_.set_current(item.customer_id, item.customer_name)
        f["order_number"].setText(item.order_number)
        select_data(f["contract_id"], item.contract_id)
        for key in ("room", "cabinet", "shelf", "box"):
            f[key].setText(getattr(item, key))
        f["pages"].setValue(item.pages or 0)
        select_data(f["retention_years"], item.retention_years or 0)
        select_data(f["confidentiality"], item.confidentiality)
        f["notes"].setPlainText(item.notes)

    def save(self) -> ItemView:
        v = self.values()
        data = ItemInput(title=v["title"], category=v["category"], kind=v["kind"], doc_date=v["doc_date"],
                         number=v["number"], customer_id=v["customer_id"], order_number=v["order_number"],
                         contract_id=v["contract_id"], room=v["room"], cabinet=v["cabinet"], shelf=v["shelf"],
                         box=v["box"], pages=v["pages"] or None, retention_years=v["retention_years"] or None,
                         confidentiality=v["confidentiality"], notes=v["notes"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.item is None:
                return service.create_item(uow, data)
            return service.update_item(uow, self.item.id, data, self.item.updated_at)


class ItemOverview(QWidget):
    """The item's facts, its lendings and its electronic copies."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(objectName="archive.item_overview")
        self.ctx = ctx
        self.status = StatusTag()
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (("number", self.tr("Archive number")), ("title", self.tr("Title")),
                           ("class", self.tr("Class and form")), ("customer", self.tr("Customer, order, contract")),
                           ("location", self.tr("Place")), ("retention", self.tr("Retention")),
                           ("level", self.tr("Confidentiality")), ("notes", self.tr("Notes"))):
            label = QLabel(objectName=f"archive.item_overview.{key}", wordWrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.facts.addRow(title, label)
        self.lendings = make_table("archive.item_overview.lendings", [
            self.tr("Lending"), self.tr("Borrower"), self.tr("Due date"), self.tr("Status")], 1)
        self.copies = make_table("archive.item_overview.copies", [self.tr("Electronic copy"), self.tr("Size")], 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("Lendings")))
        layout.addWidget(self.lendings, 1)
        layout.addWidget(QLabel(self.tr("Electronic copies")))
        layout.addWidget(self.copies, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            item = service.get_item(session, self.ctx.actor, record_id)
            lendings = ln.lendings_of_item(session, self.ctx.actor, record_id)
            copies = service.copies_of(session, self.ctx.actor, record_id)
        self.status.set_status(tr_archive(rules.ITEM_STATES[item.status]), rules.ITEM_TONES[item.status])
        self.labels["number"].setText(item.number)
        self.labels["title"].setText(item.title)
        self.labels["class"].setText(f"{item.category} · {tr_archive(rules.KINDS[item.kind])}")
        self.labels["customer"].setText(" · ".join(p for p in (item.customer_name, item.order_number,
                                                                 item.contract_number) if p))
        self.labels["location"].setText(item.location)
        until = format_date(item.retention_until) if item.retention_until else self.tr("permanent")
        self.labels["retention"].setText(until)
        self.labels["level"].setText(tr_archive(rules.LEVELS[item.confidentiality]))
        self.labels["notes"].setText(item.notes)
        fill_table(self.lendings, [(x.number, x.borrower_name, format_date(x.due_on), tr_archive(ln.STATES[x.status]))
                                   for x in lendings])
        fill_table(self.copies, [(c.filename, f"{c.size / 1024:,.0f} KB") for c in copies])


class RegisterTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings=None, today=date.today,
                 lend=None) -> None:
        super().__init__(ctx, listing.item_list(today()), module_id="archive.items", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("RegisterTab", "The register is empty."))
        self._lend = lend
        self.last_dialog: QWidget | None = None
        has = self._live
        self.add_action("new", self.tr("New item"), self.new_item, permission="archive.edit")
        self.add_action("edit", self.tr("Edit"), self.edit_item, enabled_when=has, permission="archive.edit")
        self.add_action("attach", self.tr("Attach electronic copy…"), self.attach_copy, enabled_when=has,
                        permission="archive.edit")
        self.add_action("lend", self.tr("Lending request…"), self.lend_item, enabled_when=self._lendable,
                        permission="archive.lend")
        self.add_separator()
        self.add_action("import", self.tr("Import register…"), self.import_xlsx, permission="archive.import",
                        in_menu=False)
        self.add_action("template", self.tr("Import template…"), self.save_template, in_menu=False)
        if ctx.actor.can("archive.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.status_filter = choice_combo("archive.items.status_filter", rules.ITEM_STATES, (self.tr("All"), ""))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData()))
        self.add_filter_widget(self.status_filter, self.tr("Status"))
        self.level_filter = choice_combo("archive.items.level_filter", rules.LEVELS, (self.tr("All"), ""))
        self.level_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("confidentiality", self.level_filter.currentData()))
        self.add_filter_widget(self.level_filter, self.tr("Confidentiality"))
        self.retention_filter = QCheckBox(self.tr("Past retention"), objectName="archive.items.past_retention")
        self.retention_filter.toggled.connect(lambda on: self.model.set_filter("past_retention", on or None))
        self.add_filter_widget(self.retention_filter)
        self.overview = ItemOverview(ctx)
        self.add_detail_tab(self.tr("Item"), self.overview)

    def current_id(self) -> str | None:
        return self.table.current_id() or self.detail.record_id

    def current_item(self) -> ItemView | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        with self.ctx.db.read() as session:
            return service.get_item(session, self.ctx.actor, record_id)

    def _status(self, record_id: str | None) -> str | None:
        if record_id is None:
            return None
        values = self.model.values_of(record_id)
        if values:
            return values["status"]
        item = self.current_item()
        return item.status if item is not None else None

    def _live(self, record_id: str | None):
        status = self._status(record_id)
        if status is None:
            return False
        if status == rules.DESTROYED:
            return False, self.tr("The item was destroyed.")
        return True

    def _lendable(self, record_id: str | None):
        status = self._status(record_id)
        if status is None:
            return False
        if status != rules.IN_STORE:
            return False, self.tr("Only items in store can be lent.")
        return True

    def show_record(self, record_id: str) -> bool:
        found = super().show_record(record_id)
        self.update_actions()
        return found

    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        if isinstance(result, ItemView):
            self.show_record(result.id)

    def new_item(self) -> None:
        self._show(ArchiveItemEditor(self.ctx, None, self))

    def edit_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self._show(ArchiveItemEditor(self.ctx, item, self))

    def lend_item(self) -> None:
        item = self.current_item()
        if item is not None and self._lend is not None:
            self._lend(item)

    def attach_copy(self, path: Path | None = None) -> None:
        item = self.current_item()
        if item is None:
            return
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach electronic copy"))
            if not name:
                return
            path = Path(name)

        def run():
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return service.attach_copy(uow, item.id, path)

        if attempt(self, self.tr("Attach electronic copy"), run) is not None:
            self.refresh()

    def _export_rows(self, path: Path, state, progress=None) -> int:
        filters = {k: v for k, v in state.filters.items() if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return excel.export_items(uow, path, filters, progress)

    def _import_rows(self, path: Path, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return excel.import_items(uow, path, progress)

    def import_xlsx(self, path: Path | None = None) -> Task | None:
        def done(count: int) -> None:
            self.refresh()
            self.ctx.show_message(self.tr("Imported {count} archive items.").format(count=f"{count:,}"))

        return self.run_import(self.tr("Import the archive register"), self._import_rows, path, done)

    def save_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Import template"), "archive-template.xlsx",
                                                        self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        return excel.write_item_template(path)


class ContractEditor(RecordEditor):
    def __init__(self, ctx: UiContext, contract: ContractView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Contract") if contract is None else contract.number,
                         "archive.contract_editor")
        self.ctx, self.contract = ctx, contract
        self.add_field("number", self.tr("Contract number"), QLineEdit(placeholderText=self.tr("Next number")))
        self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.customer = CustomerField(ctx, "archive.contract_editor.customer_id")
        self.add_field("customer_id", self.tr("Customer"), self.customer, required=True)
        self.add_field("signed_on", self.tr("Signed on"), DateEdit())
        self.add_field("amount", self.tr("Amount"), MoneyEdit(), required=True)
        self.add_field("start_date", self.tr("Term from"), DateEdit())
        self.add_field("end_date", self.tr("Expires on"), DateEdit())
        self.add_field("order_number", self.tr("Order number"), QLineEdit())
        self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        if contract is not None:
            self.load(lambda: self._fill(contract))

    def _fill(self, c: ContractView) -> None:
        f = {k: v.widget for k, v in self.fields.items()}
        f["number"].setText(c.number)
        f["number"].setEnabled(False)
        f["title"].setText(c.title)
        self.customer.completer_.set_current(c.customer_id, c.customer_name)
        f["signed_on"].setValue(c.signed_on)
        f["amount"].setValue(c.amount)
        f["start_date"].setValue(c.start_date)
        f["end_date"].setValue(c.end_date)
        f["order_number"].setText(c.order_number)
        f["notes"].setPlainText(c.notes)

    def save(self) -> ContractView:
        v = self.values()
        data = ContractInput(v["title"], v["customer_id"], v["signed_on"], v["amount"], v["start_date"],
                             v["end_date"], v["number"], v["order_number"], v["notes"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.contract is None:
                return service.create_contract(uow, data)
            return service.update_contract(uow, self.contract.id, data)


class ContractsTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings=None, today=date.today) -> None:
        with ctx.db.read() as session:
            from neiqin.modules.archive.dashboard import warn_days

            days = warn_days(session)
        super().__init__(ctx, listing.contract_list(today(), days), module_id="archive.contracts", settings=settings,
                         parent=parent, empty_text=QCoreApplication.translate("ContractsTab", "No contracts yet."))
        self.last_dialog: QWidget | None = None
        self.add_action("new", self.tr("New contract"), self.new_contract, permission="archive.edit")
        self.add_action("edit", self.tr("Edit"), self.edit_contract, enabled_when=lambda r: r is not None,
                        permission="archive.edit")
        if ctx.actor.can("archive.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.expiring = QCheckBox(self.tr("Expiring within {days} days").format(days=days),
                                  objectName="archive.contracts.expiring")
        self.expiring.toggled.connect(lambda on: self.model.set_filter("expiring", on or None))
        self.add_filter_widget(self.expiring)

    def current_id(self) -> str | None:
        return self.table.current_id() or self.detail.record_id

    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def new_contract(self) -> None:
        self._show(ContractEditor(self.ctx, None, self))

    def edit_contract(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            contract = service.get_contract(session, self.ctx.actor, record_id)
        self._show(ContractEditor(self.ctx, contract, self))

    def _export_rows(self, path: Path, state, progress=None) -> int:
        filters = {k: v for k, v in state.filters.items() if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_list(uow, "contracts", path, filters, progress)
