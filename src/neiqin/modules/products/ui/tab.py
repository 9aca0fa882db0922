"""The products tab: the catalogue with search (code, name, spec, pinyin), category and status
filters, new/edit, (de)activation, Excel import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from neiqin.core.errors import NeiqinError, ValidationErrors
from neiqin.modules.products import service, service_excel
from neiqin.modules.products.listing import filter_of as product_filter
from neiqin.modules.products.listing import product_list
from neiqin.modules.products.ui.dialogs import ProductEditor
from neiqin.ui.messages import error_box
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.tasks import Task, show_task_error


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ProductDetail(QWidget):
    """The detail pane: the product's data as a clerk reads it."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.label = QLabel()
        self.label.setObjectName("products.overview")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            p = service.get_product(session, record_id)
        cost = f"¥{p.cost:,.2f}" if p.cost is not None else "—"
        self.label.setText("<br>".join([
            f"<b>{p.name}</b> ({p.code})", f"{self.tr('Specification')}: {p.spec}  {self.tr('Unit')}: {p.unit}",
            f"{self.tr('Category')}: {p.category}  {self.tr('Location')}: {p.location}",
            f"{self.tr('Unit price')}: ¥{p.list_price:,.2f}  {self.tr('Cost')}: {cost}",
            f"{self.tr('Reorder point')}: {p.reorder_point}  {self.tr('Lead time (days)')}: {p.lead_time_days}",
            self.tr("Active") if p.active else self.tr("Inactive"), p.notes]))


class ProductsTab(ModuleTab):
    def __init__(self, ctx, parent: QWidget | None = None, settings=None) -> None:
        super().__init__(ctx, product_list(), module_id="products", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("ProductsTab", "No products yet."))
        has = lambda record_id: record_id is not None  # noqa: E731
        self.add_action("new", self.tr("New product"), self.new_product, permission="products.edit")
        self.add_action("edit", self.tr("Edit"), self.edit_product, enabled_when=has, permission="products.edit")
        self.add_action("toggle", self.tr("Activate / deactivate"), self.toggle_active, enabled_when=has,
                        permission="products.edit")
        self.add_separator()
        self.add_action("import", self.tr("Import from Excel…"), self.import_xlsx, permission="products.import",
                        in_menu=False)
        self.add_action("template", self.tr("Import template…"), self.save_template, in_menu=False)
        if ctx.actor.can("products.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("products.category_filter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("products.status_filter")
        for title, value in ((self.tr("All"), ""), (self.tr("Active"), "active"), (self.tr("Inactive"), "inactive")):
            self.status_filter.addItem(title, value)
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("category", self.category_filter.currentData()))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData()))
        self.add_filter_widget(self.category_filter, self.tr("Category"))
        self.add_filter_widget(self.status_filter, self.tr("Status"))
        self.reload_categories()
        self.add_detail_tab(self.tr("Product"), ProductDetail(ctx))
        self.last_dialog: QWidget | None = None

    def reload_categories(self) -> None:
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), "")
        with self.ctx.db.read() as session:
            for category in service.categories(session):
                self.category_filter.addItem(category, category)
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(current or ""), 0))
        self.category_filter.blockSignals(False)

    def _categories(self) -> list[str]:
        return [self.category_filter.itemData(i) for i in range(1, self.category_filter.count())]

    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.reload_categories()
        self.refresh()
        record_id = getattr(dialog.result_value, "id", None)
        if record_id:
            self.show_record(record_id)

    def new_product(self) -> None:
        self._show(ProductEditor(self.ctx, None, self._categories(), self))

    def edit_product(self) -> None:
        if (record_id := self.current_id()) is None:
            return
        with self.ctx.db.read() as session:
            product = service.get_product(session, record_id)
        self._show(ProductEditor(self.ctx, product, self._categories(), self))

    def toggle_active(self) -> None:
        if (record_id := self.current_id()) is None:
            return
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                product = service.get_product(uow.session, record_id)
                service.set_active(uow, record_id, not product.active)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Activate / deactivate"))
            return
        self.refresh()

    # -- Excel ------------------------------------------------------------------------------------------
    def _export_rows(self, path: Path, state, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_excel.export_products(uow, path, product_filter(state), progress)

    def _import_rows(self, path: Path, progress=None) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service_excel.import_products(uow, path, progress)

    def import_xlsx(self, path: Path | None = None) -> Task | None:
        title = self.tr("Import products")

        def done(count: int) -> None:
            self.reload_categories()
            self.refresh()
            self.ctx.show_message(self.tr("Imported {count} products.").format(count=f"{count:,}"))

        def refused(error) -> None:
            # every problem (row, column, reason) in the details; nothing was imported
            problems = error.errors if isinstance(error, ValidationErrors) else [error]
            details = "\n".join(item.render(_translate) for item in problems)
            text = self.tr("Nothing was imported. Correct these {count} problem(s) and import again.").format(
                count=getattr(error, "total", len(problems)))
            self.last_dialog = error_box(self, text, details, title)
            self.last_dialog.open()

        return self.run_import(title, self._import_rows, path, done, refused)

    def save_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Import template"), "products-template.xlsx",
                                                        self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        return service_excel.write_product_template(path)
