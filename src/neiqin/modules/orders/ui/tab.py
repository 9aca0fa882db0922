"""The orders tab: the list (filters: status, customer, dates, overdue), the order editor, the
state actions (enabled only when the state and the user's rights allow, the tooltip says why not),
review, confirmation PDF preview, Excel export, and the detail pane with lines and timeline."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from neiqin.core.errors import NeiqinError
from neiqin.modules.orders import changes, listing, lookups, printing, review, service
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.schemas import OrderView
from neiqin.modules.orders.tracking import TRACKED
from neiqin.modules.orders.ui.changes import ChangeRequestDialog, ChangeStepDialog, ChangesView
from neiqin.modules.orders.ui.dialogs import ActionDialog, ReviewDialog, tr_orders
from neiqin.modules.orders.ui.editor import OrderEditor
from neiqin.modules.orders.ui.kpi_view import KpiDialog
from neiqin.modules.orders.ui.tracking import EventDialog, TrackingView
from neiqin.modules.orders.ui.views import OrderOverview, TimelineView
from neiqin.ui.context import UiContext
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error
from neiqin.ui.widgets.completer import RecordCompleter
from neiqin.ui.widgets.date_range import DateRangeEdit

#: the state actions on the toolbar, in the order of the life of an order
STATE_ACTIONS = ("record", "submit", "review", "confirm", "dispatch", "start", "ship", "deliver", "close",
                 "reconfirm", "cancel")
REVIEW_CODES = ("approve", "return", "reject")


class OrdersTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None,
                 today=date.today) -> None:
        super().__init__(ctx, listing.order_list(today()), module_id="orders", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("OrdersTab", "No orders yet."))
        self._today = today
        self.last_dialog: QWidget | None = None
        self.add_action("new", self.tr("New order"), self.new_order, permission="orders.create")
        self.add_action("inquiry", self.tr("New inquiry"), lambda: self.new_order(inquiry=True),
                        permission="orders.create")
        self.add_action("edit", self.tr("Edit"), self.edit_order, enabled_when=self._can_edit,
                        permission="orders.edit")
        self.add_separator()
        for code in STATE_ACTIONS:
            title = self.tr("Review…") if code == "review" else tr_orders(sm.ACTIONS[code].title)
            self.add_action(code, title, lambda code=code: self.run_action(code),
                            enabled_when=lambda record_id, code=code: self._allowed(record_id, code))
        self.add_separator()
        changeable = lambda record_id: self._in_states(record_id, sm.CHANGEABLE)  # noqa: E731
        self.add_action("change", self.tr("Change request"), self.new_change, enabled_when=changeable,
                        permission="orders.change.request")
        for step, title, permission in (("check", self.tr("Check change"), "orders.change.review"),
                                        ("impact", self.tr("Impact note"), "orders.change.review"),
                                        ("decide", self.tr("Decide change"), "orders.change.approve")):
            self.add_action(f"change_{step}", title, lambda step=step: self.change_step(step),
                            enabled_when=lambda record_id, step=step: self._change_allowed(record_id, step),
                            permission=permission)
        tracked = lambda record_id: self._in_states(record_id, TRACKED)  # noqa: E731
        self.add_action("progress", self.tr("Progress"), lambda: self.new_event("progress"), enabled_when=tracked,
                        permission="orders.track")
        self.add_action("exception", self.tr("Exception"), lambda: self.new_event("exception"),
                        enabled_when=tracked, permission="orders.track")
        self.add_separator()
        self.add_action("kpis", self.tr("KPIs"), self.show_kpis, in_menu=False)
        self.add_action("print", self.tr("Order confirmation"), self.preview_confirmation,
                        enabled_when=lambda record_id: record_id is not None, shortcut=QKeySequence.StandardKey.Print)
        if ctx.actor.can("orders.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self._build_filters()
        self.overview = OrderOverview(ctx)
        self.timeline = TimelineView(ctx)
        self.add_detail_tab(self.tr("Order and lines"), self.overview)
        self.add_detail_tab(self.tr("Timeline"), self.timeline)
        self.changes = ChangesView(ctx)
        self.tracking = TrackingView(ctx)
        self.add_detail_tab(self.tr("Changes and revisions"), self.changes)
        self.add_detail_tab(self.tr("Tracking"), self.tracking)

    # -- filters --------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.status_filter = self.add_choice_filter(
            "status", self.tr("Status"), self.tr("All statuses"),
            ((code, tr_orders(title)) for code, title in sm.STATES.items()))
        self.customer_filter = QLineEdit(objectName="orders.customer_filter")
        self.customer_filter.setPlaceholderText(self.tr("All customers"))
        self.customer_filter.setClearButtonEnabled(True)
        self.customer_completer = RecordCompleter(self.customer_filter, self._customers)
        self.customer_completer.chosen.connect(lambda customer_id: self.model.set_filter("customer_id", customer_id))
        self.customer_filter.textChanged.connect(
            lambda text: self.model.set_filter("customer_id", None) if not text else None)
        self.add_filter_widget(self.customer_filter, self.tr("Customer"))
        self.date_filter = DateRangeEdit(object_name="orders.date_filter", today=self._today)
        self.date_filter.range_changed.connect(self._on_dates)
        self.add_filter_widget(self.date_filter, self.tr("Order date"))
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), objectName="orders.overdue_filter")
        self.overdue_filter.toggled.connect(lambda on: self.model.set_filter("overdue", on or None))
        self.add_filter_widget(self.overdue_filter)

    def _on_dates(self, start, end) -> None:
        self.model.set_filter("date_from", start)
        self.model.set_filter("date_to", end)

    def _customers(self, text: str) -> list[tuple[str, str]]:
        with self.ctx.db.read() as session:
            return lookups.customer_choices(session, text)

    def current_id(self) -> str | None:
        # an order opened from the dashboard or search may be beyond the loaded rows: the detail
        # pane shows it, and the actions act on it
        return self.table.current_id() or self.detail.record_id

    def show_record(self, record_id: str) -> bool:
        found = super().show_record(record_id)
        self.update_actions()
        return found

    # -- the current order ----------------------------------------------------------------------------

    def current_order(self, record_id: str | None = None) -> OrderView | None:
        return self.cached_record(service.get_order, record_id)


    def _can_edit(self, record_id: str | None):
        order = self.current_order(record_id)
        if order is None:
            return False
        if order.status not in sm.EDITABLE:
            return False, self.tr("Only inquiries, recorded and returned orders can be edited.")
        return True

    def _allowed(self, record_id: str | None, code: str):
        order = self.current_order(record_id)
        if order is None:
            return False
        states = {a.code: a for a in service.available_actions(order, self.ctx.actor)}
        candidates = [states[c] for c in (REVIEW_CODES if code == "review" else (code,))]
        allowed = next((a for a in candidates if a.enabled), None)
        if allowed is not None:
            return True
        reason = candidates[0]
        params = dict(reason.params, state=tr_orders(sm.STATES.get(order.status, order.status)))
        return False, tr_orders(reason.reason).format(**params)

    def _in_states(self, record_id: str | None, states) -> bool | tuple[bool, str]:
        order = self.current_order(record_id)
        if order is None:
            return False
        if order.status not in states:
            return False, tr_orders("Not possible while the order is {state}.").format(
                state=tr_orders(sm.STATES.get(order.status, order.status)))
        return True

    def open_change(self, record_id: str | None = None):
        record_id = record_id or self.current_id()
        if record_id is None:
            return None
        with self.ctx.db.read() as session:
            return next((c for c in reversed(changes.changes_of(session, self.ctx.actor, record_id))
                         if c.status in ("requested", "checked")), None)

    def _change_allowed(self, record_id: str | None, step: str):
        change = self.open_change(record_id) if record_id else None
        if change is None:
            return False, self.tr("There is no open change request.")
        if step == "check" and change.status != "requested":
            return False, self.tr("The change request is checked already.")
        if step == "decide" and change.status != "checked":
            return False, self.tr("The clerk checks the change request first.")
        return True

    # -- editors and actions --------------------------------------------------------------------------
    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        record_id = getattr(result, "order_id", None) or getattr(result, "id", None)
        if record_id:
            self.show_record(record_id)
            self.update_actions()

    def new_order(self, inquiry: bool = False) -> None:
        self._show(OrderEditor(self.ctx, None, self, inquiry=inquiry))

    def edit_order(self) -> None:
        order = self.current_order()
        if order is not None:
            self._show(OrderEditor(self.ctx, order, self))

    def run_action(self, code: str) -> None:
        order = self.current_order()
        if order is None:
            return
        try:
            if code == "review":
                with self.ctx.db.read() as session:
                    checks = review.review_checks(session, self.ctx.actor, order.id, self.ctx_now())
                self._show(ReviewDialog(self.ctx, order, checks, self))
                return
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Review"))
            return
        action = next(a for a in service.available_actions(order, self.ctx.actor) if a.code == code)
        self._show(ActionDialog(self.ctx, order, action, self, today=self._today()))

    @staticmethod
    def ctx_now() -> datetime:
        return datetime.now().astimezone()

    def new_change(self) -> None:
        order = self.current_order()
        if order is not None:
            self._show(ChangeRequestDialog(self.ctx, order, self))

    def change_step(self, step: str) -> None:
        change = self.open_change()
        if change is not None:
            self._show(ChangeStepDialog(self.ctx, change, step, self))

    def new_event(self, kind: str) -> None:
        order = self.current_order()
        if order is not None:
            self._show(EventDialog(self.ctx, order, kind, self))

    def show_kpis(self) -> KpiDialog:
        dialog = KpiDialog(self.ctx, self, today=self._today)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- printing and export --------------------------------------------------------------------------
    def confirmation_pdf(self, order: OrderView, folder: Path | None = None) -> Path:
        folder = folder or Path(tempfile.mkdtemp(prefix="neiqin-"))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return printing.render_confirmation(uow, order, folder / f"{order.display_number}.pdf")

    def preview_confirmation(self) -> PdfPreview | None:
        order = self.current_order()
        if order is None:
            return None
        return self.open_preview(lambda: self.confirmation_pdf(order),
                                 self.tr("Order confirmation {number}").format(number=order.display_number),
                                 self.tr("Order confirmation"))

    def _export_rows(self, path: Path, state, progress=None) -> int:
        filters = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in state.filters.items()
                   if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_orders(uow, path, filters, progress)
