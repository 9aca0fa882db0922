"""The office-supplies tab: the catalogue with stock and minimum (low stock filter), the item card
with its movements, and the work of the storeroom: purchase plans and receiving, issues with the
recipient's signature, returns, counts, loss reports, the usage ledger, Excel export and import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QVBoxLayout, QWidget

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.modules.supplies import excel, listing, service
from neiqin.modules.supplies.rules import PER, PERIODS
from neiqin.modules.supplies.schemas import ItemView
from neiqin.modules.supplies.ui.common import fill, money, qty, table, tr_s
from neiqin.modules.supplies.ui.doc_dialogs import CountDialog, IssuesDialog, LossesDialog, slip_pdf
from neiqin.modules.supplies.ui.editors import ItemEditor, LossEditor
from neiqin.modules.supplies.ui.issue_dialog import IssueDialog, ReturnDialog
from neiqin.modules.supplies.ui.plan_dialogs import PlansDialog, open_file
from neiqin.modules.supplies.ui.usage_view import UsageDialog
from neiqin.ui.context import UiContext
from neiqin.ui.messages import inform
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.tasks import show_task_error

KIND_WORDS = {"opening": QT_TRANSLATE_NOOP("supplies", "Opening stock"),
              "receipt": QT_TRANSLATE_NOOP("supplies", "Receipt"), "issue": QT_TRANSLATE_NOOP("supplies", "Issue"),
              "return": QT_TRANSLATE_NOOP("supplies", "Return"), "loss": QT_TRANSLATE_NOOP("supplies", "Loss"),
              "count_adjustment": QT_TRANSLATE_NOOP("supplies", "Count adjustment")}


class ItemCard(QWidget):
    """The selected item: figures and its newest movements."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.header = QLabel(objectName="supplies.item_header")
        self.header.setWordWrap(True)
        self.moves = table("supplies.item_moves", [QCoreApplication.translate("supplies", "Time"), QCoreApplication.translate("supplies", "Kind"), QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Unit cost"),
                                                   QCoreApplication.translate("supplies", "Document"), QCoreApplication.translate("supplies", "Note")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.moves, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.header.clear()
            self.moves.setRowCount(0)
            return
        with self.ctx.db.read() as session:
            item = service.get_item(session, self.ctx.actor, record_id)
            moves = service.movements_of(session, self.ctx.actor, record_id, 200)
        standard = QCoreApplication.translate("supplies", "no issue standard") \
            if item.standard_quantity is None else QCoreApplication.translate(
            "supplies", "at most {quantity} {unit} {per} {period}").format(
            quantity=qty(item.standard_quantity), unit=item.unit, per=tr_s(PER.get(item.standard_per, "")),
            period=tr_s(PERIODS.get(item.standard_period, "")))
        self.header.setText(f"<b>{item.code} {item.name}</b> {item.spec}<br>"
                            + QCoreApplication.translate("supplies", "Stock {stock} {unit}, minimum {minimum}; {standard}; last price {price}").format(
                                stock=qty(item.stock), unit=item.unit, minimum=qty(item.minimum_stock),
                                standard=standard, price=money(item.last_price)))
        fill(self.moves, [[m.moved_at.astimezone().strftime("%Y-%m-%d %H:%M"), tr_s(KIND_WORDS.get(m.kind, m.kind)),
                           qty(m.quantity), money(m.unit_cost), m.source_number, m.note] for m in moves],
             numeric={2, 3})


class SuppliesTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None,
                 today=date.today) -> None:
        super().__init__(ctx, listing.catalogue_list(), module_id="supplies", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("SuppliesTab", "No office supplies in the catalogue "
                                                                               "yet."))
        self._today = today
        self.last_dialog: QDialog | None = None
        selected = lambda record_id: record_id is not None  # noqa: E731
        self.add_action("new", self.tr("New item"), self.new_item, permission="supplies.manage")
        self.add_action("edit", self.tr("Edit item"), self.edit_item, enabled_when=selected,
                        permission="supplies.manage")
        self.add_separator()
        self.add_action("issue", self.tr("Issue…"), self.issue, shortcut="Ctrl+I", permission="supplies.issue")
        self.add_action("return", self.tr("Return…"), self.give_back, permission="supplies.issue")
        self.add_action("issues", self.tr("Issue slips"), lambda: self._open(IssuesDialog(self.ctx, self)))
        self.add_action("plans", self.tr("Purchase plans"), lambda: self._open(PlansDialog(self.ctx, self)))
        self.add_action("count", self.tr("Count"), lambda: self._open(CountDialog(self.ctx, self)))
        self.add_action("loss", self.tr("Report loss or damage…"), self.report_loss, enabled_when=selected,
                        permission="supplies.report_loss")
        self.add_action("losses", self.tr("Loss reports"), lambda: self._open(LossesDialog(self.ctx, self)))
        self.add_action("usage", self.tr("Usage ledger"), lambda: self._open(UsageDialog(self.ctx, self, self._today)),
                        in_menu=False)
        self.add_separator()
        if ctx.actor.can("supplies.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.add_action("import", self.tr("Import catalogue…"), self.import_catalogue, permission="supplies.import",
                        in_menu=False)
        self.low_filter = QCheckBox(self.tr("Below minimum only"), objectName="supplies.low_filter")
        self.low_filter.toggled.connect(lambda on: self.model.set_filter("low", on or None))
        self.add_filter_widget(self.low_filter)
        self.card = ItemCard(ctx)
        self.add_detail_tab(self.tr("Item and movements"), self.card)

    def open_record(self, record_id: str) -> None:  # noqa: D401 - Enter on an item edits it
        action = self.action("edit")
        if action.isEnabled():
            action.trigger()

    def current_item(self) -> ItemView | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        with self.ctx.db.read() as session:
            return service.get_item(session, self.ctx.actor, record_id)

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def new_item(self) -> QDialog:
        return self._open(ItemEditor(self.ctx, None, self))

    def edit_item(self) -> QDialog | None:
        item = self.current_item()
        return self._open(ItemEditor(self.ctx, item, self)) if item else None

    def issue(self) -> QDialog:
        return self._open(IssueDialog(self.ctx, self, self.current_id()))

    def give_back(self) -> QDialog:
        return self._open(ReturnDialog(self.ctx, self))

    def report_loss(self) -> QDialog | None:
        item = self.current_item()
        return self._open(LossEditor(self.ctx, item, self)) if item else None

    def print_slip(self, issue_id: str) -> Path | None:
        try:
            path = slip_pdf(self.ctx, issue_id)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Issue slip"))
            return None
        open_file(path, self)
        return path

    def import_catalogue(self, path: Path | None = None):
        def run(file: Path, progress=None) -> int:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return excel.import_catalogue(uow, file, progress)

        def done(rows: int) -> None:
            self.refresh()
            self.ctx.show_message(self.tr("Imported {count} items.").format(count=rows))

        def refused(error: NeiqinError) -> None:
            inform(self, show_refusal(error), self.tr("Import catalogue"))

        return self.run_import(self.tr("Import catalogue"), run, path, on_done=done, on_refused=refused)

    def _export_rows(self, path: Path, state, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return excel.export_catalogue(uow, path, {}, progress)


def show_refusal(error: NeiqinError) -> str:
    from neiqin.ui.i18n import translate_error

    errors = getattr(error, "errors", [error])
    return "\n".join(translate_error(item) for item in errors[:20])
