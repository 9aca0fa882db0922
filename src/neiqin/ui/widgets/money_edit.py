"""Money input: digits with at most two decimals while typing, `¥12,345.60` when not focused."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from neiqin.core.errors import ValidationError
from neiqin.core.money import format_money, parse_money


class MoneyEdit(QLineEdit):
    #: the amount changed (Decimal, or None when empty)
    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, allow_negative: bool = False) -> None:
        super().__init__(parent)
        sign = "-?" if allow_negative else ""
        self._editing = QRegularExpressionValidator(QRegularExpression(rf"^{sign}\d{{0,12}}(\.\d{{0,2}})?$"), self)
        self.setValidator(self._editing)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self._value: Decimal | None = None
        self.textEdited.connect(self._on_edited)

    def value(self) -> Decimal | None:
        return self._value

    def setValue(self, value: Decimal | int | str | None) -> None:  # noqa: N802 - Qt style
        amount = None if value is None or value == "" else parse_money(value)
        changed = amount != self._value
        self._value = amount
        self._show()
        if changed:
            self.value_changed.emit(amount)

    def _raw(self) -> str:
        return "" if self._value is None else f"{self._value:.2f}"

    def _show(self) -> None:
        # the validator only accepts plain digits, so the formatted text is set without it
        if self.hasFocus():
            self.setValidator(self._editing)
            self.setText(self._raw())
        else:
            self.setValidator(None)
            self.setText(format_money(self._value) if self._value is not None else "")

    def _on_edited(self, text: str) -> None:
        text = text.strip()
        try:
            amount = parse_money(text) if text not in ("", "-", ".", "-.") else None
        except ValidationError:
            return
        if amount != self._value:
            self._value = amount
            self.value_changed.emit(amount)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._show()
        super().focusInEvent(event)
        self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self._show()
