"""The product editor."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from neiqin.modules.products import service
from neiqin.modules.products.schemas import UNITS, ProductInput, ProductView
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.money_edit import MoneyEdit


def _spin(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    return box


class ProductEditor(RecordEditor):
    def __init__(self, ctx, product: ProductView | None = None, categories: list[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Edit product") if product else self.tr("New product"),
                         object_name="products.editor")
        self.ctx, self.product = ctx, product
        self.add_field("code", self.tr("Code"), QLineEdit(), required=True)
        self.add_field("name", self.tr("Product name"), QLineEdit(), required=True)
        self.add_field("spec", self.tr("Specification"), QLineEdit())
        unit = QComboBox()
        unit.setEditable(True)
        unit.addItems(list(UNITS))
        self.add_field("unit", self.tr("Unit"), unit, required=True)
        category = QComboBox()
        category.setEditable(True)
        category.addItems(["", *categories])
        self.add_field("category", self.tr("Category"), category)
        self.add_field("list_price", self.tr("Unit price"), MoneyEdit(), required=True)
        self.add_field("cost", self.tr("Cost"), MoneyEdit())
        self.add_field("reorder_point", self.tr("Reorder point"), _spin(1_000_000))
        self.add_field("lead_time_days", self.tr("Lead time (days)"), _spin(3650))
        self.add_field("location", self.tr("Location"), QLineEdit())
        active = QCheckBox()
        active.setChecked(True)
        self.add_field("active", self.tr("Active"), active)
        self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        if product is not None:
            self.load(self._fill)

    def _fill(self) -> None:
        p = self.product
        for key in ("code", "name", "spec", "location"):
            self.fields[key].widget.setText(getattr(p, key))
        self.fields["unit"].widget.setCurrentText(p.unit)
        self.fields["category"].widget.setCurrentText(p.category)
        self.fields["list_price"].widget.setValue(p.list_price)
        self.fields["cost"].widget.setValue(p.cost)
        self.fields["reorder_point"].widget.setValue(p.reorder_point)
        self.fields["lead_time_days"].widget.setValue(p.lead_time_days)
        self.fields["active"].widget.setChecked(p.active)
        self.fields["notes"].widget.setPlainText(p.notes)

    def values(self) -> dict:
        values = super().values()
        # an editable combo box holds typed text, not item data
        values["unit"] = self.fields["unit"].widget.currentText().strip()
        values["category"] = self.fields["category"].widget.currentText().strip()
        return values

    def save(self):
        values = self.values()
        if values["list_price"] is None:
            values["list_price"] = Decimal("0")
        data = ProductInput(**values)
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.product is None:
                return service.create_product(uow, data)
            return service.update_product(uow, self.product.id, data, self.product.updated_at)
