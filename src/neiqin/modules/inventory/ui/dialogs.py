"""Entry of a receipt, scrap or customer return of one product."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.inventory import service
from neiqin.modules.inventory.schemas import ENTRY_KINDS, KIND_TITLES, EntryInput
from neiqin.modules.inventory.ui.common import error_text, tr


class EntryDialog(QDialog):
    def __init__(self, ctx, product_id: str, product_label: str, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.product_id = ctx, product_id
        self.setObjectName("inventory.entry")
        self.setWindowTitle(tr(KIND_TITLES[kind]))
        self.kind = QComboBox()
        self.kind.setObjectName("inventory.entry.kind")
        for code in ENTRY_KINDS:
            self.kind.addItem(tr(KIND_TITLES[code]), code)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.quantity = QLineEdit()
        self.quantity.setObjectName("inventory.entry.quantity")
        self.location = QLineEdit()
        self.location.setObjectName("inventory.entry.location")
        self.reference = QLineEdit()
        self.reference.setObjectName("inventory.entry.reference")
        self.reference.setPlaceholderText(
            QCoreApplication.translate("inventory", "Delivery note, or the order number of a return")
        )
        self.note = QLineEdit()
        self.note.setObjectName("inventory.entry.note")
        self.error = QLabel()
        self.error.setObjectName("inventory.entry.error")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("inventory", "Product"), QLabel(product_label))
        form.addRow(QCoreApplication.translate("inventory", "Kind"), self.kind)
        form.addRow(QCoreApplication.translate("inventory", "Quantity") + " *", self.quantity)
        form.addRow(QCoreApplication.translate("inventory", "Location"), self.location)
        form.addRow(QCoreApplication.translate("inventory", "Document"), self.reference)
        form.addRow(QCoreApplication.translate("inventory", "Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("inventory.entry.save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_value = None

    def save(self) -> None:
        data = EntryInput(
            self.kind.currentData(),
            self.product_id,
            self.quantity.text(),
            self.location.text(),
            reference=self.reference.text(),
            note=self.note.text(),
        )
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                self.result_value = service.post_entry(uow, data)
        except NeiqinError as error:
            self.error.setText(error_text(error))
            return
        self.accept()
