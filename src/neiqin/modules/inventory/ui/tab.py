"""The inventory tab: the stock list (book quantity per product, lazy from SQL) with its movement
history, receipts/scrap/returns, opening stock import, counts and the stock analysis."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QVBoxLayout, QWidget

from neiqin.core.errors import ValidationErrors
from neiqin.modules.inventory import service, service_excel
from neiqin.modules.inventory.listing import STOCK_STATES, stock_list
from neiqin.modules.inventory.schemas import KIND_TITLES, RECEIPT, RETURN, SCRAP
from neiqin.modules.inventory.ui.analysis import AnalysisDialog
from neiqin.modules.inventory.ui.common import fill, make_table, tr
from neiqin.modules.inventory.ui.counts import CountsDialog
from neiqin.modules.inventory.ui.dialogs import EntryDialog
from neiqin.ui.formats import format_datetime, format_qty
from neiqin.ui.messages import error_box
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.tasks import Task


class MovementHistory(QWidget):
    """The selected product's movements, newest first, with the balance after each."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.table = make_table(
            "inventory.history",
            [
                QCoreApplication.translate("inventory", "Time"),
                QCoreApplication.translate("inventory", "Kind"),
                QCoreApplication.translate("inventory", "Location"),
                QCoreApplication.translate("inventory", "Quantity"),
                QCoreApplication.translate("inventory", "Balance"),
                QCoreApplication.translate("inventory", "Document"),
                QCoreApplication.translate("inventory", "Note"),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.table.setRowCount(0)
            return
        with self.ctx.db.read() as session:
            rows = service.movement_history(session, self.ctx.actor, record_id)
        fill(
            self.table,
            [
                [
                    format_datetime(m.moved_at),
                    tr(KIND_TITLES.get(m.kind, m.kind)),
                    m.location,
                    format_qty(m.quantity),
                    format_qty(m.balance_after),
                    m.source_number,
                    tr(m.note) if m.note else "",
                ]
                for m in rows
            ],
            [m.id for m in rows],
            numeric=(3, 4),
        )


class InventoryTab(ModuleTab):
    def __init__(self, ctx, parent: QWidget | None = None, settings=None) -> None:
        super().__init__(
            ctx,
            stock_list(),
            module_id="inventory",
            settings=settings,
            parent=parent,
            empty_text=QCoreApplication.translate(
                "InventoryTab", "No products yet: enter products first, then import the opening stock."
            ),
        )
        has = lambda record_id: record_id is not None  # noqa: E731
        self.add_action("counts", self.tr("Counts…"), self.open_counts)
        self.add_action(
            "receipt",
            self.tr("Receipt…"),
            lambda: self.enter(RECEIPT),
            enabled_when=has,
            permission="inventory.post",
        )
        self.add_action(
            "scrap",
            self.tr("Scrap…"),
            lambda: self.enter(SCRAP),
            enabled_when=has,
            permission="inventory.post",
        )
        self.add_action(
            "return",
            self.tr("Customer return…"),
            lambda: self.enter(RETURN),
            enabled_when=has,
            permission="inventory.post",
        )
        self.add_action("analysis", self.tr("Analysis…"), self.open_analysis)
        self.add_separator()
        self.add_action(
            "import",
            self.tr("Import opening stock…"),
            self.import_xlsx,
            permission="inventory.import",
            in_menu=False,
        )
        self.add_action("template", self.tr("Import template…"), self.save_template, in_menu=False)
        if ctx.actor.can("inventory.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("inventory.state_filter")
        self.state_filter.addItem(self.tr("All"), "")
        for code, title in STOCK_STATES.items():
            self.state_filter.addItem(QCoreApplication.translate("inventory", title), code)
        self.state_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("state", self.state_filter.currentData())
        )
        self.add_filter_widget(self.state_filter, self.tr("Stock"))
        self.history = MovementHistory(ctx)
        self.add_detail_tab(self.tr("Movements"), self.history)
        self.last_dialog: QWidget | None = None

    def open_record(self, record_id: str) -> None:
        self.show_record(record_id)

    def enter(self, kind: str) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        values = self.model.values_of(record_id) or {}
        label = f"{values.get('code', '')} {values.get('name', '')}"
        self.last_dialog = EntryDialog(self.ctx, record_id, label, kind, self)
        self.last_dialog.accepted.connect(self.refresh)
        self.last_dialog.open()

    def open_counts(self) -> CountsDialog:
        self.last_dialog = dialog = CountsDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_analysis(self) -> AnalysisDialog:
        self.last_dialog = dialog = AnalysisDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _export_rows(self, path: Path, state, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_excel.export_stock(uow, path, state, progress)

    def _import_rows(self, path: Path, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_excel.import_opening(uow, path, progress)

    def import_xlsx(self, path: Path | None = None) -> Task | None:
        title = self.tr("Import opening stock")

        def done(count: int) -> None:
            self.refresh()
            self.ctx.show_message(self.tr("Imported {count} opening balances.").format(count=f"{count:,}"))

        def refused(error) -> None:
            problems = error.errors if isinstance(error, ValidationErrors) else [error]
            details = "\n".join(item.render(QCoreApplication.translate) for item in problems)
            text = self.tr("Nothing was imported. Correct these {count} problem(s) and import again.").format(
                count=getattr(error, "total", len(problems))
            )
            self.last_dialog = error_box(self, text, details, title)
            self.last_dialog.open()

        return self.run_import(title, self._import_rows, path, done, refused)

    def save_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Import template"), "opening-stock.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
            if not name:
                return None
            path = Path(name)
        return service_excel.write_opening_template(path)
