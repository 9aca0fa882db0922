"""The reimbursements tab: the claims list (all, mine, waiting for me; status, department, period),
the claim editor, the steps of the approval chain (enabled only when the state and the user allow,
the tooltip says why not), receipts, the claim form PDF, budgets, standards, Excel export."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QWidget

from neiqin.core.errors import NeiqinError
from neiqin.modules.reimbursements import approval, budgets, listing, printing, service
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.schemas import ClaimView
from neiqin.modules.reimbursements.ui.budgets import BudgetDialog, StandardsDialog
from neiqin.modules.reimbursements.ui.common import state_title, tr_r
from neiqin.modules.reimbursements.ui.dialogs import StepDialog
from neiqin.modules.reimbursements.ui.editor import ClaimEditor
from neiqin.modules.reimbursements.ui.views import ClaimOverview, ReceiptsView, TimelineView
from neiqin.ui.context import UiContext
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error
from neiqin.ui.widgets.date_range import DateRangeEdit

#: the steps on the toolbar, in the order of a claim's life
STEP_ACTIONS = ("submit", "approve", "check", "final", "pay", "return", "cancel")


class ReimbursementsTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None,
                 today=date.today) -> None:
        with ctx.db.read() as session:
            self.department = service.department_of(session, ctx.actor.user_id)
        super().__init__(ctx, listing.claim_list(ctx.actor, self.department), module_id="reimbursements",
                         settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("ReimbursementsTab", "No expense claims yet."))
        self._today = today
        self.last_dialog: QWidget | None = None
        self.add_action("new", self.tr("New claim"), self.new_claim, permission="reimbursements.create")
        self.add_action("edit", self.tr("Edit"), self.edit_claim, enabled_when=self._can_edit,
                        permission="reimbursements.create")
        self.add_separator()
        for code in STEP_ACTIONS:
            self.add_action(code, tr_r(sm.ACTIONS[code].title), lambda code=code: self.run_step(code),
                            enabled_when=lambda record_id, code=code: self._allowed(record_id, code))
        self.add_separator()
        self.add_action("receipt", self.tr("Attach receipt…"), self.attach_receipt, enabled_when=self._can_attach,
                        permission="reimbursements.create")
        self.add_action("print", self.tr("Claim form"), self.preview_claim,
                        enabled_when=lambda record_id: record_id is not None, shortcut=QKeySequence.StandardKey.Print)
        self.add_action("budgets", self.tr("Budgets…"), self.show_budgets, in_menu=False)
        self.add_action("standards", self.tr("Standards…"), self.show_standards, in_menu=False)
        if ctx.actor.can("reimbursements.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self._build_filters()
        self.overview = ClaimOverview(ctx)
        self.receipts = ReceiptsView(ctx)
        self.timeline = TimelineView(ctx)
        self.add_detail_tab(self.tr("Claim and lines"), self.overview)
        self.add_detail_tab(self.tr("Receipts"), self.receipts)
        self.add_detail_tab(self.tr("Timeline"), self.timeline)

    # -- filters --------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.view_filter = QComboBox(objectName="reimbursements.view_filter")
        self.view_filter.addItem(self.tr("All claims"), "")
        self.view_filter.addItem(self.tr("My claims"), "mine")
        self.view_filter.addItem(self.tr("Waiting for me"), "waiting")
        self.view_filter.currentIndexChanged.connect(self._on_view)
        self.add_filter_widget(self.view_filter, self.tr("Show"))
        self.status_filter = self.add_choice_filter(
            "status", self.tr("Status"), self.tr("All statuses"),
            ((code, tr_r(title)) for code, title in sm.STATES.items()))
        self.department_filter = QComboBox(objectName="reimbursements.department_filter")
        self.department_filter.addItem(self.tr("All departments"), "")
        with self.ctx.db.read() as session:
            for name in budgets.departments(session):
                self.department_filter.addItem(name, name)
        self.department_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("department", self.department_filter.currentData()))
        self.add_filter_widget(self.department_filter, self.tr("Department"))
        self.date_filter = DateRangeEdit(object_name="reimbursements.date_filter", today=self._today)
        self.date_filter.range_changed.connect(self._on_dates)
        self.add_filter_widget(self.date_filter, self.tr("Claim date"))

    def _on_view(self, _index: int) -> None:
        view = self.view_filter.currentData()
        self.model.set_filter("mine", True if view == "mine" else None)
        self.model.set_filter("waiting", True if view == "waiting" else None)

    def _on_dates(self, start, end) -> None:
        self.model.set_filter("date_from", start)
        self.model.set_filter("date_to", end)

    # -- the current claim ----------------------------------------------------------------------------
    def current_id(self) -> str | None:
        # a claim opened from the dashboard may be beyond the loaded rows: the detail pane shows it
        return self.table.current_id() or self.detail.record_id

    def show_record(self, record_id: str) -> bool:
        self.forget_record()
        found = super().show_record(record_id)
        self.update_actions()
        return found


    def current_claim(self, record_id: str | None = None) -> ClaimView | None:
        return self.cached_record(service.get_claim, record_id)


    def _can_edit(self, record_id: str | None):
        claim = self.current_claim(record_id)
        if claim is None:
            return False
        if claim.status not in sm.EDITABLE:
            return False, self.tr("Only draft and returned claims can be edited.")
        return True

    def _can_attach(self, record_id: str | None):
        claim = self.current_claim(record_id)
        if claim is None:
            return False
        if claim.status in (sm.PAID, sm.CANCELLED):
            return False, self.tr("Receipts cannot be added to a paid or withdrawn claim.")
        return True

    def _allowed(self, record_id: str | None, code: str):
        claim = self.current_claim(record_id)
        if claim is None:
            return False
        with self.ctx.db.read() as session:
            reason = approval.why_not(session, self.ctx.actor, claim, code)
        if reason is None:
            return True
        text, params = reason
        return False, tr_r(text).format(**dict(params, state=state_title(claim.status)))

    # -- editors and steps ----------------------------------------------------------------------------
    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        if getattr(result, "id", None):
            self.show_record(result.id)

    def new_claim(self) -> None:
        self._show(ClaimEditor(self.ctx, None, self))

    def edit_claim(self) -> None:
        claim = self.current_claim()
        if claim is not None:
            self._show(ClaimEditor(self.ctx, claim, self))

    def run_step(self, code: str) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        with self.ctx.db.read() as session:
            info = approval.review_info(session, self.ctx.actor, claim.id)
        self._show(StepDialog(self.ctx, claim, code, info, self, today=self._today))

    def attach_receipt(self, path: Path | None = None, line_no: int | None = None) -> bool:
        claim = self.current_claim()
        if claim is None or not claim.lines:
            return False
        if line_no is None:
            labels = [f"{li.line_no}. {li.purpose} ¥{li.amount:,.2f}" for li in claim.lines]
            label, ok = QInputDialog.getItem(self, self.tr("Attach receipt"), self.tr("Line"), labels, 0, False)
            if not ok:
                return False
            line_no = claim.lines[labels.index(label)].line_no
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(self, self.tr("Receipt scan or photo"), "",
                                                        self.tr("Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
            if not name:
                return False
            path = Path(name)
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                service.attach_receipt(uow, claim.id, line_no, path)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Attach receipt"))
            return False
        self.refresh()
        return True

    # -- printing, budgets, export --------------------------------------------------------------------
    def claim_pdf(self, claim: ClaimView, folder: Path | None = None) -> Path:
        folder = folder or Path(tempfile.mkdtemp(prefix="neiqin-"))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return printing.render_claim(uow, claim, folder / f"{claim.number}.pdf")

    def preview_claim(self) -> PdfPreview | None:
        claim = self.current_claim()
        if claim is None:
            return None
        return self.open_preview(lambda: self.claim_pdf(claim),
                                 self.tr("Expense claim {number}").format(number=claim.number), self.tr("Claim form"))

    def show_budgets(self) -> BudgetDialog:
        dialog = BudgetDialog(self.ctx, self, today=self._today)
        dialog.finished.connect(lambda _r: self.refresh())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def show_standards(self) -> StandardsDialog:
        dialog = StandardsDialog(self.ctx, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _export_rows(self, path: Path, state, progress=None) -> int:
        filters = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in state.filters.items()
                   if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_claims(uow, path, filters, progress)
