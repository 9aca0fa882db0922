"""The lendings sub-tab: requests, approval, issue against a signature (pad or printed slip),
renewal, reminders of overdue lendings with the printed notice, return with a condition check."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.archive import lending as ln
from neiqin.modules.archive import listing, printing, rules
from neiqin.modules.archive.schemas import ItemView, LendingInput, LendingView
from neiqin.modules.archive.ui.common import (
    attempt,
    choice_combo,
    fill_table,
    format_date,
    format_datetime,
    make_table,
    preview_pdf,
    tr_archive,
)
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.signature_pad import SignaturePad
from neiqin.ui.widgets.status_tag import StatusTag

ACTIONS = ("approve", "reject", "issue", "renew", "remind", "return", "cancel")


def _yes_no(object_name: str) -> QComboBox:
    """Copy / photo permission: asked explicitly, no default answer."""
    combo = QComboBox(objectName=object_name)
    combo.addItem(QCoreApplication.translate("LendingRequestDialog", "— please answer —"), None)
    combo.addItem(QCoreApplication.translate("LendingRequestDialog", "Not allowed"), False)
    combo.addItem(QCoreApplication.translate("LendingRequestDialog", "Allowed"), True)
    return combo


class LendingRequestDialog(RecordEditor):
    def __init__(self, ctx: UiContext, item: ItemView, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent, self.tr("Lending request: {number}").format(number=item.number), "archive.request")
        self.ctx, self.item = ctx, item
        self.form.addRow(self.tr("Item"), QLabel(f"{item.number}  {item.title}  "
                                                 f"({tr_archive(rules.LEVELS[item.confidentiality])})"))
        self.add_field("borrower_name", self.tr("Borrower"), QLineEdit(), required=True)
        self.add_field("borrower_department", self.tr("Department"), QLineEdit())
        self.add_field("purpose", self.tr("Purpose"), QPlainTextEdit(), required=True)
        self.add_field("mode", self.tr("Mode"), choice_combo("archive.request.mode", rules.MODES))
        self.add_field("due_on", self.tr("Due date"), DateEdit(value=today() + timedelta(days=rules.DEFAULT_LOAN_DAYS)))
        self.add_field("may_copy", self.tr("Copying"), _yes_no("archive.request.may_copy"))
        self.add_field("may_photo", self.tr("Photographing"), _yes_no("archive.request.may_photo"))

    def values(self):
        values = super().values()
        for key in ("may_copy", "may_photo"):
            values[key] = self.fields[key].widget.currentData()
        return values

    def save(self) -> LendingView:
        v = self.values()
        data = LendingInput(self.item.id, v["borrower_name"], v["purpose"], v["mode"], v["may_copy"], v["may_photo"],
                            v["borrower_department"], v["due_on"])
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return ln.request_lending(uow, data)


class LendingStepDialog(RecordEditor):
    """One step of a lending: approve, reject, cancel, issue, renew or return."""

    def __init__(self, ctx: UiContext, lending: LendingView, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, f"{tr_archive(ln.ACTIONS[code].title)} {lending.number}", f"archive.step_{code}")
        self.ctx, self.lending, self.code = ctx, lending, code
        self.form.addRow(self.tr("Lending"), QLabel(f"{lending.item_number} {lending.item_title} — "
                                                    f"{lending.borrower_name}"))
        self.pad: SignaturePad | None = None
        if code == "renew":
            self.add_field("due_on", self.tr("New due date"), DateEdit(value=lending.due_on + timedelta(days=7)))
        if code == "return":
            self.add_field("condition", self.tr("Condition"), choice_combo("archive.step_return.condition",
                                                                           rules.CONDITIONS))
            self.add_field("note", self.tr("Damage or missing pages"), QPlainTextEdit())
        if code in ("issue", "return"):
            self.pad = SignaturePad()
            self.pad.setObjectName(f"archive.step_{code}.pad")
            self.form.addRow(self.tr("Borrower's signature"), self.pad)
            self.add_field("paper", self.tr("Signed on the printed slip"), QCheckBox())
        if code in ("approve", "reject", "cancel"):
            self.add_field("comment", self.tr("Comment") if code == "approve" else self.tr("Reason"),
                           QPlainTextEdit(), required=code != "approve")

    def values(self):
        out = super().values()
        out["signature"] = None if self.pad is None or self.pad.is_empty() else self.pad.png_bytes()
        return out

    def save(self) -> LendingView:
        v = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            lending_id = self.lending.id
            if self.code == "approve":
                return ln.approve(uow, lending_id, v["comment"])
            if self.code == "reject":
                return ln.reject(uow, lending_id, v["comment"])
            if self.code == "cancel":
                return ln.cancel(uow, lending_id, v["comment"])
            if self.code == "renew":
                return ln.renew(uow, lending_id, v["due_on"])
            if self.code == "issue":
                return ln.issue(uow, lending_id, v["signature"], v["paper"])
            return ln.return_item(uow, lending_id, v["condition"], v["note"], v["signature"], v["paper"])


class LendingOverview(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(objectName="archive.lending_overview")
        self.ctx = ctx
        self.status = StatusTag()
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (("item", self.tr("Item")), ("borrower", self.tr("Borrower")),
                           ("purpose", self.tr("Purpose")), ("terms", self.tr("Mode, copying, photographing")),
                           ("due", self.tr("Due date")), ("approval", self.tr("Approved by"))):
            label = QLabel(objectName=f"archive.lending_overview.{key}", wordWrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.facts.addRow(title, label)
        self.steps = make_table("archive.lending_overview.steps", [self.tr("When"), self.tr("Who"), self.tr("Step"),
                                                                   self.tr("Comment")], 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.facts)
        layout.addWidget(self.steps, 1)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            view = ln.get_lending(session, self.ctx.actor, record_id)
        self.status.set_status(tr_archive(ln.STATES[view.status]), ln.TONES[view.status])
        self.labels["item"].setText(f"{view.item_number} {view.item_title}")
        self.labels["borrower"].setText(f"{view.borrower_name} {view.borrower_department}".strip())
        self.labels["purpose"].setText(view.purpose)
        allowed, refused = self.tr("allowed"), self.tr("not allowed")
        self.labels["terms"].setText(f"{tr_archive(rules.MODES[view.mode])}; "
                                     f"{self.tr('copying')} {allowed if view.may_copy else refused}; "
                                     f"{self.tr('photographing')} {allowed if view.may_photo else refused}")
        renewed = self.tr(" (renewed {count}×)").format(count=view.renewals) if view.renewals else ""
        self.labels["due"].setText(format_date(view.due_on) + renewed)
        self.labels["approval"].setText(f"{view.approved_by} {format_datetime(view.approved_at)}".strip())
        fill_table(self.steps, [(format_datetime(s.at), s.actor_name, tr_archive(ln.step_title(s.action)),
                                 s.comment) for s in view.steps])


class LendingsTab(ModuleTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings=None, today=date.today) -> None:
        super().__init__(ctx, listing.lending_list(today()), module_id="archive.lendings", settings=settings,
                         parent=parent, empty_text=QCoreApplication.translate(
                             "LendingsTab", "No lendings yet: lend an item from the register."))
        self._today = today
        self.last_dialog: QWidget | None = None
        for code in ACTIONS:
            title = self.tr("Record reminder and print notice") if code == "remind" else \
                tr_archive(ln.ACTIONS[code].title)
            self.add_action(code, title, lambda code=code: self.run_step(code),
                            enabled_when=lambda record_id, code=code: self._allowed(record_id, code))
        self.add_separator()
        self.add_action("print", self.tr("Lending slip"), self.preview_slip, enabled_when=lambda r: r is not None)
        if ctx.actor.can("archive.export"):
            self.set_export(self._export_rows, self.tr("Export to Excel"))
        self.status_filter = choice_combo("archive.lendings.status_filter", ln.STATES, (self.tr("All"), ""))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData()))
        self.add_filter_widget(self.status_filter, self.tr("Status"))
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), objectName="archive.lendings.overdue")
        self.overdue_filter.toggled.connect(lambda on: self.model.set_filter("overdue", on or None))
        self.add_filter_widget(self.overdue_filter)
        self.overview = LendingOverview(ctx)
        self.add_detail_tab(self.tr("Lending"), self.overview)

    def current_id(self) -> str | None:
        return self.table.current_id() or self.detail.record_id

    def current_lending(self) -> LendingView | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        with self.ctx.db.read() as session:
            return ln.get_lending(session, self.ctx.actor, record_id)

    def show_record(self, record_id: str) -> bool:
        found = super().show_record(record_id)
        self.update_actions()
        return found

    def _allowed(self, record_id: str | None, code: str):
        view = self.current_lending() if record_id else None
        if view is None:
            return False
        reason = ln.why_not(view, code, self.ctx.actor, self._today())
        if reason is None:
            return True
        return False, tr_archive(reason).format(state=tr_archive(ln.STATES[view.status]))

    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        result = getattr(dialog, "result_value", None)
        if isinstance(result, LendingView):
            self.show_record(result.id)

    def request(self, item: ItemView) -> LendingRequestDialog:
        dialog = LendingRequestDialog(self.ctx, item, self, today=self._today)
        self._show(dialog)
        return dialog

    def run_step(self, code: str) -> None:
        view = self.current_lending()
        if view is None:
            return
        if code == "remind":
            self.remind(view)
            return
        self._show(LendingStepDialog(self.ctx, view, code, self))

    def remind(self, view: LendingView) -> None:
        def record():
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return ln.record_reminder(uow, view.id)

        done = attempt(self, self.tr("Reminder"), record)
        if done is None:
            return
        self.refresh()
        self.last_dialog = preview_pdf(self, self.tr("Reminder notice {number}").format(number=done.number),
                                       lambda path: self._render(printing.render_reminder, done.id, path),
                                       f"{done.number}-reminder")

    def _render(self, render, lending_id: str, path):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return render(uow, ln.get_lending(uow.session, uow.actor, lending_id), path)

    def preview_slip(self) -> None:
        view = self.current_lending()
        if view is not None:
            self.last_dialog = preview_pdf(self, self.tr("Lending slip {number}").format(number=view.number),
                                           lambda path: self._render(printing.render_lending_slip, view.id, path),
                                           view.number)

    def _export_rows(self, path, state, progress=None) -> int:
        filters = {k: v for k, v in state.filters.items() if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_list(uow, "lendings", path, filters, progress)
