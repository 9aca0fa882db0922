"""The check sessions sub-tab (清查核对: mark each item, resolve discrepancies, close) and the
destruction sub-tab (items past retention, appraisal, approval, destruction and its record)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.archive import checks, destruction, listing, printing, rules
from neiqin.modules.archive.ui.common import (
    attempt,
    choice_combo,
    fill_table,
    format_date,
    make_table,
    preview_pdf,
    selected_row_id,
    tr_archive,
)
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.module_tab import ModuleTab
from neiqin.ui.widgets.date_edit import DateEdit


class _Tab(ModuleTab):
    """A sub-tab whose dialogs refresh the list and show the record they made."""

    def current_id(self) -> str | None:
        return self.table.current_id() or self.detail.record_id

    def show_record(self, record_id: str) -> bool:
        found = super().show_record(record_id)
        self.update_actions()
        return found

    def _show(self, dialog) -> None:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog) -> None:
        self.refresh()
        record_id = getattr(getattr(dialog, "result_value", None), "id", None)
        if record_id:
            self.show_record(record_id)

    def _run(self, title: str, action) -> None:
        def run():
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return action(uow)

        if attempt(self, title, run) is not None:
            self.refresh()


# --- checks -------------------------------------------------------------------------------------------


class StartCheckDialog(RecordEditor):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New check session"), "archive.start_check")
        self.ctx = ctx
        self.add_field("title", self.tr("Title"), QLineEdit(self.tr("Check of the register")), required=True)
        room = QComboBox()
        room.addItem(self.tr("Every room"), "")
        with ctx.db.read() as session:
            for name in checks.rooms(session):
                room.addItem(name, name)
        self.add_field("room", self.tr("Room"), room)

    def save(self):
        v = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return checks.start_check(uow, v["title"], v["room"])


class ResolveDialog(RecordEditor):
    def __init__(self, ctx: UiContext, line, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Resolve {number}").format(number=line.item_number), "archive.resolve")
        self.ctx, self.line = ctx, line
        combo = QComboBox()
        for code, (title, results) in rules.RESOLUTIONS.items():
            if line.result in results:
                combo.addItem(tr_archive(title), code)
        self.add_field("resolution", self.tr("Resolution"), combo)
        self.add_field("note", self.tr("Note"), QPlainTextEdit(), required=True)

    def save(self):
        v = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return checks.resolve(uow, self.line.id, v["resolution"], v["note"])


class CheckLinesView(QWidget):
    """The items of a session by place, with the buttons that mark and resolve them."""

    def __init__(self, ctx: UiContext, tab: ChecksTab) -> None:
        super().__init__(objectName="archive.check_lines")
        self.ctx, self.tab = ctx, tab
        self.view = None
        self.summary = QLabel(objectName="archive.check_lines.summary", wordWrap=True)
        self.table = make_table("archive.check_lines.table", [self.tr("Archive number"), self.tr("Title"),
                                                              self.tr("Place in the register"), self.tr("Result"),
                                                              self.tr("Found at"), self.tr("Resolution")], 1)
        self.found_at = QLineEdit(objectName="archive.check_lines.found_at",
                                  placeholderText=self.tr("Where it was found (room / cabinet / shelf / box)"))
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, title in (("found", self.tr("Found")), ("missing", self.tr("Missing")),
                           ("misplaced", self.tr("Misplaced")), ("resolve", self.tr("Resolve…"))):
            button = QPushButton(title, objectName=f"archive.check_lines.{key}")
            button.clicked.connect(lambda _c=False, key=key: self.act(key))
            buttons.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.found_at)
        layout.addLayout(buttons)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            self.view = checks.get_check(session, self.ctx.actor, record_id)
        self._fill()

    def _fill(self) -> None:
        view = self.view
        results = {r: view.count(r) for r in rules.CHECK_RESULTS}
        self.summary.setText(self.tr("{number}: {checked} of {total} checked, {open} discrepancies open").format(
            number=view.number, checked=len(view.lines) - results["unchecked"], total=len(view.lines),
            open=view.open_discrepancies))
        resolution = {code: tr_archive(title) for code, (title, _r) in rules.RESOLUTIONS.items()}
        fill_table(self.table, [(x.item_number, x.item_title, x.location, tr_archive(rules.CHECK_RESULTS[x.result]),
                                 x.found_location, resolution.get(x.resolution, "")) for x in view.lines],
                   [x.id for x in view.lines])
        editable = view.status == "open" and self.ctx.actor.can("archive.check")
        for button in self.buttons.values():
            button.setEnabled(editable)

    def select_line(self, line_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == line_id:
                self.table.setCurrentCell(row, 0)

    def act(self, key: str) -> None:
        line_id = selected_row_id(self.table)
        if self.view is None or line_id is None:
            return
        if key == "resolve":
            line = next(x for x in self.view.lines if x.id == line_id)
            dialog = ResolveDialog(self.ctx, line, self)
            dialog.accepted.connect(lambda: self._after(dialog.result_value, line_id))
            self.tab.last_dialog = dialog
            dialog.open()
            return

        def run():
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return checks.mark(uow, line_id, key, self.found_at.text())

        self._after(attempt(self, self.tr("Check"), run), line_id)

    def _after(self, view, line_id: str) -> None:
        if view is not None:
            self.view = view
            self._fill()
            self.select_line(line_id)
            self.found_at.clear()


class ChecksTab(_Tab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings=None, today=date.today) -> None:
        super().__init__(ctx, listing.check_list(), module_id="archive.checks", settings=settings, parent=parent,
                         empty_text=QCoreApplication.translate("ChecksTab", "No check sessions yet."))
        self.last_dialog: QWidget | None = None
        self.add_action("new", self.tr("New check session"), lambda: self._show(StartCheckDialog(ctx, self)),
                        permission="archive.check")
        self.add_action("close", self.tr("Close session"), self.close_session, enabled_when=self._open,
                        permission="archive.check")
        self.lines = CheckLinesView(ctx, self)
        self.add_detail_tab(self.tr("Items"), self.lines)

    def _open(self, record_id):
        if record_id is None:
            return False
        values = self.model.values_of(record_id)
        if values is None:
            with self.ctx.db.read() as session:
                values = {"status": checks.get_check(session, self.ctx.actor, record_id).status}
        if values["status"] != "open":
            return False, self.tr("The session is closed.")
        return True

    def close_session(self) -> None:
        record_id = self.current_id()
        if record_id:
            self._run(self.tr("Close session"), lambda uow: checks.close_check(uow, record_id))


# --- destruction ------------------------------------------------------------------------------------------


class NewBatchDialog(RecordEditor):
    """Choose items past their retention period for appraisal."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent, self.tr("Items past retention"), "archive.new_batch")
        self.ctx = ctx
        self.items = QListWidget(objectName="archive.new_batch.items")
        with ctx.db.read() as session:
            for item in destruction.past_retention(session, ctx.actor, today()):
                entry = QListWidgetItem(f"{item.number}  {item.title}  ({format_date(item.retention_until)})")
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.items.addItem(entry)
        self.form.addRow(self.tr("Items"), self.items)

    def chosen(self) -> list[str]:
        return [self.items.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.items.count())
                if self.items.item(n).checkState() == Qt.CheckState.Checked]

    def save(self):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return destruction.create_batch(uow, self.chosen())


class AppraiseDialog(RecordEditor):
    def __init__(self, ctx: UiContext, line, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Appraisal of {number}").format(number=line.item_number), "archive.appraise")
        self.ctx, self.line = ctx, line
        decision = QComboBox()
        decision.addItem(self.tr("Destroy"), "destroy")
        decision.addItem(self.tr("Keep longer"), "keep")
        self.add_field("decision", self.tr("Decision"), decision)
        self.add_field("keep_years", self.tr("Keep more years"), QSpinBox(minimum=0, maximum=30))
        self.add_field("reason", self.tr("Opinion"), QPlainTextEdit())

    def save(self):
        v = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return destruction.appraise(uow, self.line.id, v["decision"], v["keep_years"] or None, v["reason"])


class CompleteDialog(RecordEditor):
    def __init__(self, ctx: UiContext, batch_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Record the destruction"), "archive.complete")
        self.ctx, self.batch_id = ctx, batch_id
        self.add_field("method", self.tr("Method"), choice_combo("archive.complete.method", rules.METHODS))
        self.add_field("destroyed_on", self.tr("Destroyed on"), DateEdit())
        self.add_field("place", self.tr("Place"), QLineEdit())
        self.add_field("witnesses", self.tr("Witnesses (one a line)"), QPlainTextEdit(), required=True)
        self.add_field("executed_by", self.tr("Carried out by"), QLineEdit(ctx.actor.display_name))

    def save(self):
        v = self.values()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return destruction.complete(uow, self.batch_id, v["method"], v["destroyed_on"],
                                        v["witnesses"].splitlines(), v["place"], v["executed_by"])


class BatchLinesView(QWidget):
    def __init__(self, ctx: UiContext, tab: DestructionTab) -> None:
        super().__init__(objectName="archive.batch_lines")
        self.ctx, self.tab = ctx, tab
        self.view = None
        self.table = make_table("archive.batch_lines.table", [
            self.tr("Archive number"), self.tr("Title"), self.tr("Kept until"), self.tr("Confidentiality"),
            self.tr("Status"), self.tr("Decision"), self.tr("Opinion")], 1)
        self.appraise = QPushButton(self.tr("Appraise…"), objectName="archive.batch_lines.appraise")
        self.appraise.clicked.connect(self.open_appraisal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.appraise, 0, Qt.AlignmentFlag.AlignLeft)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            self.view = destruction.get_destruction(session, self.ctx.actor, record_id)
        decisions = {"destroy": self.tr("Destroy"), "keep": self.tr("Keep longer")}
        fill_table(self.table, [(x.item_number, x.item_title, format_date(x.retention_until),
                                 tr_archive(rules.LEVELS[x.confidentiality]),
                                 tr_archive(rules.ITEM_STATES[x.item_status]),
                                 decisions.get(x.decision, "") + (f" +{x.keep_years}" if x.keep_years else ""),
                                 x.reason) for x in self.view.lines], [x.id for x in self.view.lines])
        self.appraise.setEnabled(self.view.status == "draft" and self.ctx.actor.can("archive.destroy"))

    def open_appraisal(self) -> None:
        line_id = selected_row_id(self.table)
        if self.view is None or line_id is None:
            return
        line = next(x for x in self.view.lines if x.id == line_id)
        dialog = AppraiseDialog(self.ctx, line, self)
        dialog.accepted.connect(lambda: self.show_record(self.view.id))
        self.tab.last_dialog = dialog
        dialog.open()


class DestructionTab(_Tab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings=None, today=date.today) -> None:
        super().__init__(ctx, listing.destruction_list(), module_id="archive.destruction", settings=settings,
                         parent=parent, empty_text=QCoreApplication.translate(
                             "DestructionTab", "No destruction batches: items past retention are appraised here."))
        self._today = today
        self.last_dialog: QWidget | None = None
        self.add_action("new", self.tr("Appraise items past retention…"),
                        lambda: self._show(NewBatchDialog(ctx, self, today)), permission="archive.destroy")
        steps = (("submit", self.tr("Submit for approval"), "draft", "archive.destroy"),
                 ("approve", self.tr("Approve"), "submitted", "archive.destroy.approve"),
                 ("reject", self.tr("Reject"), "submitted", "archive.destroy.approve"),
                 ("complete", self.tr("Record the destruction…"), "approved", "archive.destroy"))
        for key, title, state, permission in steps:
            self.add_action(key, title, lambda key=key: self.step(key),
                            enabled_when=lambda record_id, state=state: self._in(record_id, state),
                            permission=permission)
        self.add_action("print", self.tr("Destruction record"), self.preview_record,
                        enabled_when=lambda record_id: self._in(record_id, "done"))
        self.lines = BatchLinesView(ctx, self)
        self.add_detail_tab(self.tr("Items"), self.lines)

    def _in(self, record_id, state: str):
        if record_id is None:
            return False
        with self.ctx.db.read() as session:
            current = destruction.get_destruction(session, self.ctx.actor, record_id).status
        if current != state:
            return False, self.tr("Not possible while the batch is {state}.").format(
                state=tr_archive(rules.DESTRUCTION_STATES[current]))
        return True

    def step(self, key: str) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        if key == "complete":
            self._show(CompleteDialog(self.ctx, record_id, self))
        elif key == "reject":
            dialog = RecordEditor(self, self.tr("Reject"), "archive.reject_batch",
                                  on_save=lambda v: self._with_uow(lambda uow: destruction.reject(
                                      uow, record_id, v["comment"])))
            dialog.add_field("comment", self.tr("Reason"), QPlainTextEdit(), required=True)
            self._show(dialog)
        else:
            action = destruction.submit if key == "submit" else destruction.approve
            self._run(self.tr("Destruction"), lambda uow: action(uow, record_id))

    def _with_uow(self, action):
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return action(uow)

    def preview_record(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        with self.ctx.db.read() as session:
            number = destruction.get_destruction(session, self.ctx.actor, record_id).number

        def render(path):
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return printing.print_destruction_record(uow, number, path)

        self.last_dialog = preview_pdf(self, self.tr("Destruction record {number}").format(number=number), render,
                                       number)
