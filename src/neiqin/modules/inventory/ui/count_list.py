"""Counted quantities entered as a list — pasted from Excel or typed, one product per row — and
recorded at once, all or nothing; a bad row is named by its number in the text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.inventory import service_counts
from neiqin.modules.inventory.count_lines import parse_count_list
from neiqin.modules.inventory.ui.common import error_text


class CountListDialog(QDialog):
    def __init__(self, ctx, count_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.count_id = ctx, count_id
        self.setObjectName("inventory.count_list")
        self.setWindowTitle(QCoreApplication.translate("inventory", "Enter counted quantities from a list"))
        self.resize(560, 480)
        hint = QLabel(
            QCoreApplication.translate(
                "inventory",
                "Paste from Excel or type one product per row: product code, counted quantity and, for a "
                "product kept at several locations, the location.",
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("inventory.count_list.text")
        self.text.setPlaceholderText("OF-PAP-011\t80\nOF-TON-011\t9")
        self.correct = QCheckBox(QCoreApplication.translate("inventory", "Correct quantities entered already"))
        self.correct.setObjectName("inventory.count_list.correct")
        self.error = QLabel()
        self.error.setObjectName("inventory.count_list.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("inventory", "Record all"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("inventory.count_list.save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.correct)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.recorded = 0

    def save(self) -> None:
        rows = parse_count_list(self.text.toPlainText())
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                self.recorded = service_counts.enter_counts(
                    uow, self.count_id, [fields for _number, fields in rows], correct=self.correct.isChecked()
                )
        except NeiqinError as error:
            position = error.params.get("row")
            text = error_text(error)
            if isinstance(position, int) and 0 < position <= len(rows):
                text = QCoreApplication.translate("inventory", "Row {row}: {problem}").format(
                    row=rows[position - 1][0], problem=text
                )
            self.error.setText(text)
            return
        self.accept()
