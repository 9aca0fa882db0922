"""The order (or inquiry) editor: customer by name/pinyin with contact and phone prefilled,
delivery, terms and lines; Enter moves on, Ctrl+L starts a line, Ctrl+S saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.modules.orders import lookups, service
from neiqin.modules.orders.schemas import LineInput, OrderInput, OrderView
from neiqin.modules.orders.ui.lines import DraftLine, LinesEditor, is_new_line_key
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.completer import RecordCompleter
from neiqin.ui.widgets.date_edit import DateEdit


class OrderEditor(RecordEditor):
    def __init__(self, ctx: UiContext, order: OrderView | None, parent: QWidget | None = None,
                 inquiry: bool = False) -> None:
        # translated before the QObject exists, so with the class name as context
        if order is not None:
            title = QCoreApplication.translate("OrderEditor", "Order {number}").format(number=order.display_number)
        elif inquiry:
            title = QCoreApplication.translate("OrderEditor", "New inquiry")
        else:
            title = QCoreApplication.translate("OrderEditor", "New order")
        super().__init__(parent, title, "orders.editor")
        self.ctx = ctx
        self.order = order
        self.inquiry = inquiry
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("Customer name, short name or pinyin initials"))
        self.customer_completer = RecordCompleter(self.customer, self._customers)
        self.customer_completer.chosen.connect(self._on_customer)
        self.add_field("customer", self.tr("Customer"), self.customer, required=True)
        self.add_field("contact", self.tr("Contact"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("delivery_date", self.tr("Delivery date"), DateEdit(allow_empty=True))
        self.add_field("delivery_place", self.tr("Delivery place"), QLineEdit())
        self.add_field("payment_terms", self.tr("Payment terms"), QLineEdit())
        prepayment = QSpinBox()
        prepayment.setRange(0, 100)
        prepayment.setSuffix(" %")
        self.add_field("prepayment_percent", self.tr("Prepayment"), prepayment)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(60)
        self.add_field("notes", self.tr("Notes"), notes)
        self.lines = LinesEditor(self._products, self._product, self)
        self.lines.changed.connect(self._on_lines_changed)
        self.form.addRow(self.lines)
        self.resize(880, 680)
        if order is not None:
            self.load(self._fill)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # a key the focused field does not use reaches the dialog: Ctrl+L / Insert start a line
        if is_new_line_key(event):
            self.lines.start_line()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Save):  # when the window's shortcut did not see it
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_lines_changed(self) -> None:
        if not self._loading:
            self._dirty = True

    # -- lookups --------------------------------------------------------------------------------------
    def _customers(self, text: str) -> list[tuple[str, str]]:
        with self.ctx.db.read() as session:
            return lookups.customer_choices(session, text)

    def _products(self, text: str) -> list[lookups.ProductChoice]:
        with self.ctx.db.read() as session:
            return lookups.product_choices(session, text)

    def _product(self, product_id: str) -> lookups.ProductChoice | None:
        with self.ctx.db.read() as session:
            return lookups.product_choice(session, product_id)

    @Slot(str)
    def _on_customer(self, customer_id: str) -> None:
        with self.ctx.db.read() as session:
            defaults = lookups.customer_defaults(session, self.ctx.actor, customer_id)
        self.fields["contact"].widget.setText(defaults.contact)
        self.fields["phone"].widget.setText(defaults.phone)
        place = self.fields["delivery_place"].widget
        if not place.text().strip():
            place.setText(defaults.address)

    def choose_customer(self, customer_id: str, label: str) -> None:
        """Choose a customer as the completer does."""
        self.customer_completer.set_current(customer_id, label)
        self._on_customer(customer_id)

    # -- loading and saving ---------------------------------------------------------------------------
    def _fill(self) -> None:
        order = self.order
        self.customer_completer.set_current(order.customer_id, order.customer_name)
        self.fields["contact"].widget.setText(order.contact)
        self.fields["phone"].widget.setText(order.phone)
        self.fields["delivery_date"].widget.setValue(order.delivery_date)
        self.fields["delivery_place"].widget.setText(order.delivery_place)
        self.fields["payment_terms"].widget.setText(order.payment_terms)
        self.fields["prepayment_percent"].widget.setValue(order.prepayment_percent)
        self.fields["notes"].widget.setPlainText(order.notes)
        self.lines.set_lines([
            DraftLine(lookups.ProductChoice(li.product_id, li.product_code, li.product_name, li.spec, li.unit,
                                            li.unit_price), f"{li.quantity.normalize():f}", li.unit_price,
                      f"{li.discount_percent.normalize():f}" if li.discount_percent else "")
            for li in order.lines])

    def order_input(self) -> OrderInput:
        values = self.values()
        customer_id = self.customer_completer.chosen_id
        if not customer_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the customer from the list."), field="customer")
        return OrderInput(
            customer_id=customer_id, contact=values["contact"], phone=values["phone"],
            delivery_date=values["delivery_date"], delivery_place=values["delivery_place"],
            payment_terms=values["payment_terms"], prepayment_percent=values["prepayment_percent"],
            notes=values["notes"],
            lines=tuple(LineInput(line.product.id, line.quantity, line.unit_price, line.discount or 0)
                        for line in self.lines.lines),
            order_date=self.order.order_date if self.order else None,
            salesperson_id=self.order.salesperson_id if self.order else None,
        )

    def save(self) -> OrderView:
        data = self.order_input()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.order is None:
                return service.create_order(uow, data, inquiry=self.inquiry)
            return service.update_order(uow, self.order.id, data, self.order.updated_at)
