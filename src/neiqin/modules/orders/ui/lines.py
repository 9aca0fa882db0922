"""The lines of the order editor: an entry row (product, quantity, unit price, discount) that adds
a line with Enter, and the table of lines. Keyboard only: Ctrl+L (or Insert) starts a new line,
Enter moves through the entry row, Delete removes the selected line. The editor window passes
Ctrl+L / Insert to `start_line` (`is_new_line_key`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.orders.lookups import ProductChoice
from neiqin.modules.orders.validation import line_amount
from neiqin.ui.widgets.completer import RecordCompleter
from neiqin.ui.widgets.money_edit import MoneyEdit


@dataclass
class DraftLine:
    product: ProductChoice
    quantity: str
    unit_price: Decimal
    discount: str


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip() or "0")
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def is_new_line_key(event) -> bool:
    modifiers = event.modifiers()
    return (event.key() == Qt.Key.Key_L and modifiers == Qt.KeyboardModifier.ControlModifier) or \
        (event.key() == Qt.Key.Key_Insert and modifiers == Qt.KeyboardModifier.NoModifier)


class LinesEditor(QWidget):
    changed = Signal()
    HEADERS = ("Code", "Product", "Spec.", "Unit", "Quantity", "Unit price", "Discount %", "Amount")

    def __init__(self, search_products, find_product, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orders.lines")
        self._find_product = find_product
        self._choices: dict[str, ProductChoice] = {}
        self.lines: list[DraftLine] = []
        self.product = QLineEdit(objectName="orders.line.product")
        self.product.setPlaceholderText(self.tr("Product code, name or pinyin"))

        def lookup(text: str) -> list[tuple[str, str]]:
            found = search_products(text)
            self._choices.update({c.id: c for c in found})
            return [(c.id, c.label) for c in found]

        self.completer = RecordCompleter(self.product, lookup)
        self.completer.chosen.connect(self._on_product)
        self.quantity = QLineEdit(objectName="orders.line.quantity")
        self.price = MoneyEdit()
        self.price.setObjectName("orders.line.price")
        self.discount = QLineEdit(objectName="orders.line.discount")
        self.discount.setPlaceholderText("0")
        self.add_button = QPushButton(self.tr("Add line"), objectName="orders.line.add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_from_entry)
        self.error = QLabel(objectName="orders.line.error")
        self.error.setStyleSheet("color: #a50e0e;")
        self.error.hide()
        self.table = QTableWidget(0, len(self.HEADERS), objectName="orders.lines.table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel(objectName="orders.lines.total")
        entry = QGridLayout()
        for column, (label, widget) in enumerate(((self.tr("Product"), self.product),
                                                  (self.tr("Quantity"), self.quantity),
                                                  (self.tr("Unit price"), self.price),
                                                  (self.tr("Discount %"), self.discount))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            entry.addWidget(caption, 0, column)
            entry.addWidget(widget, 1, column)
            widget.installEventFilter(self)
        entry.setColumnStretch(0, 3)
        entry.addWidget(self.add_button, 1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        self.table.installEventFilter(self)
        self._chosen: ProductChoice | None = None
        self._refresh()

    # -- entry ----------------------------------------------------------------------------------------
    @Slot()
    def start_line(self) -> None:
        self.product.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.product.selectAll()

    @Slot(str)
    def _on_product(self, product_id: str) -> None:
        self._chosen = self._choices.get(product_id) or self._find_product(product_id)
        if self._chosen is not None:
            self.price.setValue(self._chosen.list_price)
            self.quantity.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_product(self, choice: ProductChoice) -> None:
        """Choose a product as the completer does (tests, scanning a code)."""
        self._choices[choice.id] = choice
        self.completer.set_current(choice.id, choice.label)
        self._on_product(choice.id)

    @Slot()
    def add_from_entry(self) -> bool:
        self.error.hide()
        if self._chosen is None or self.completer.chosen_id != self._chosen.id:
            return self._fail(self.tr("Choose a product from the list."), self.product)
        quantity = _number(self.quantity.text())
        if quantity is None or quantity <= 0:
            return self._fail(self.tr("The quantity must be more than 0."), self.quantity)
        price = self.price.value()
        if price is None or price < 0:
            return self._fail(self.tr("Enter the unit price (yuan, at most two decimals)."), self.price)
        discount = _number(self.discount.text())
        if discount is None or not 0 <= discount <= 100:
            return self._fail(self.tr("The discount is a percentage from 0 to 100."), self.discount)
        self.lines.append(DraftLine(self._chosen, self.quantity.text().strip(), price, self.discount.text().strip()))
        self._chosen = None
        self.completer.set_current(None, "")
        self.quantity.clear()
        self.price.setValue(None)
        self.discount.clear()
        self._refresh()
        self.changed.emit()
        self.start_line()
        return True

    def _fail(self, text: str, widget: QWidget) -> bool:
        self.error.setText(text)
        self.error.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.lines[row]
        if rows:
            self._refresh()
            self.changed.emit()

    def set_lines(self, lines: list[DraftLine]) -> None:
        self.lines = list(lines)
        self._refresh()

    # -- table ----------------------------------------------------------------------------------------
    def amount_of(self, line: DraftLine) -> Decimal | None:
        quantity, discount = _number(line.quantity), _number(line.discount)
        if quantity is None or discount is None:
            return None
        return line_amount(quantity, line.unit_price, discount)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.lines))
        total = Decimal("0")
        for row, line in enumerate(self.lines):
            amount = self.amount_of(line) or Decimal("0")
            total += amount
            values = (line.product.code, line.product.name, line.product.spec, line.product.unit, line.quantity,
                      f"{line.unit_price:,.2f}", line.discount or "0", f"{amount:,.2f}")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.total.setText(self.tr("{count} lines, total ¥{total}").format(count=len(self.lines),
                                                                          total=f"{total:,.2f}"))

    # -- keys -----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.table and key == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is not self.table:
            if watched is self.product and self.completer.popup().isVisible():
                return super().eventFilter(watched, event)
            order = [self.product, self.quantity, self.price, self.discount]
            if watched is self.discount:
                self.add_from_entry()
            elif watched in order:
                order[order.index(watched) + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
