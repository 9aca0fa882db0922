"""The catalogue item editor and the loss/damage report editor."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from neiqin.modules.supplies import losses, rules, service
from neiqin.modules.supplies.schemas import ItemInput, ItemView, LossInput
from neiqin.modules.supplies.ui.common import tr_s
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.money_edit import MoneyEdit


def _combo(name: str, choices: dict[str, str], empty: str | None = None) -> QComboBox:
    combo = QComboBox(objectName=name)
    if empty is not None:
        combo.addItem(empty, "")
    for code, title in choices.items():
        combo.addItem(tr_s(title), code)
    return combo


class ItemEditor(RecordEditor):
    def __init__(self, ctx: UiContext, item: ItemView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Office-supplies item"), "supplies.item_editor")
        self.ctx, self.item = ctx, item
        self.add_field("code", QCoreApplication.translate("supplies", "Code"), QLineEdit(), required=True)
        self.add_field("name", QCoreApplication.translate("supplies", "Name"), QLineEdit(), required=True)
        self.add_field("spec", QCoreApplication.translate("supplies", "Specification"), QLineEdit())
        self.add_field("unit", QCoreApplication.translate("supplies", "Unit"), QLineEdit(), required=True)
        self.add_field("category", QCoreApplication.translate("supplies", "Category"), QLineEdit())
        self.add_field("minimum_stock", QCoreApplication.translate("supplies", "Minimum stock"), QLineEdit())
        self.add_field("standard_quantity", QCoreApplication.translate("supplies", "Issue standard (quantity)"), QLineEdit())
        self.add_field("standard_per", QCoreApplication.translate("supplies", "Standard per"), _combo("supplies.standard_per", rules.PER, QCoreApplication.translate("supplies", "No standard")))
        self.add_field("standard_period", QCoreApplication.translate("supplies", "Standard period"),
                       _combo("supplies.standard_period", rules.PERIODS, QCoreApplication.translate("supplies", "No standard")))
        self.add_field("supplier", QCoreApplication.translate("supplies", "Supplier"), QLineEdit())
        self.add_field("last_price", QCoreApplication.translate("supplies", "Last price"), MoneyEdit())
        if item is None:
            self.add_field("opening_stock", QCoreApplication.translate("supplies", "Opening stock"), QLineEdit())
        self.add_field("active", QCoreApplication.translate("supplies", "In use"), QCheckBox())
        self.add_field("notes", QCoreApplication.translate("supplies", "Notes"), QPlainTextEdit())
        self.load(self._fill)

    def _fill(self) -> None:
        f = {key: field.widget for key, field in self.fields.items()}
        f["active"].setChecked(True)
        item = self.item
        if item is None:
            return
        for key in ("code", "name", "spec", "unit", "category", "supplier"):
            f[key].setText(getattr(item, key))
        f["minimum_stock"].setText(format(item.minimum_stock.normalize(), "f"))
        if item.standard_quantity is not None:
            f["standard_quantity"].setText(format(item.standard_quantity.normalize(), "f"))
        f["standard_per"].setCurrentIndex(max(0, f["standard_per"].findData(item.standard_per)))
        f["standard_period"].setCurrentIndex(max(0, f["standard_period"].findData(item.standard_period)))
        f["last_price"].setValue(item.last_price)
        f["active"].setChecked(item.active)
        f["notes"].setPlainText(item.notes)

    def save(self):
        v = self.values()
        data = ItemInput(v["code"], v["name"], v["unit"], v["spec"], v["category"], v["minimum_stock"] or 0,
                         v["standard_quantity"] or None, v["standard_per"], v["standard_period"], v["supplier"],
                         v["last_price"], v["active"], v["notes"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.item is None:
                return service.create_item(uow, data, v.get("opening_stock") or None)
            return service.update_item(uow, self.item.id, data, self.item.updated_at)


class LossEditor(RecordEditor):
    def __init__(self, ctx: UiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Loss or damage report"), "supplies.loss_editor")
        self.ctx, self.item = ctx, item
        label = QLineEdit(item.label)
        label.setReadOnly(True)
        self.add_field("item", QCoreApplication.translate("supplies", "Item"), label)
        self.add_field("kind", QCoreApplication.translate("supplies", "Lost or damaged"), _combo("supplies.loss_kind", rules.LOSS_KINDS))
        self.add_field("quantity", QCoreApplication.translate("supplies", "Quantity"), QLineEdit(), required=True)
        self.add_field("person_name", QCoreApplication.translate("supplies", "Person responsible"), QLineEdit(), required=True)
        self.add_field("department", QCoreApplication.translate("supplies", "Department"), QLineEdit())
        self.add_field("description", QCoreApplication.translate("supplies", "What happened"), QPlainTextEdit(), required=True)
        self.add_field("compensation", QCoreApplication.translate("supplies", "Compensation"), MoneyEdit())
        self.load(lambda: None)

    def save(self):
        v = self.values()
        data = LossInput(self.item.id, v["quantity"], v["kind"], v["person_name"], v["description"], v["department"],
                         v["compensation"] if v["compensation"] is not None else Decimal("0"))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return losses.report_loss(uow, data)
