"""The Conflicts view: fields two computers changed before they synced, with the value kept for
now; a person keeps one value or merges two texts. The choice is saved here at once (a normal
edit of the record) and reaches the server and the other offices with the next sync."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.core.money import format_money
from neiqin.core.sync import conflicts
from neiqin.core.sync.conflicts import KEEP_MINE, KEEP_THEIRS, MERGE, RESOLVE, OpenConflict
from neiqin.ui.audit_views import field_title, table_title
from neiqin.ui.context import UiContext
from neiqin.ui.formats import format_date, format_datetime, format_qty
from neiqin.ui.i18n import translate_error
from neiqin.ui.tasks import show_task_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("ConflictsDialog", "Record"), QT_TRANSLATE_NOOP("ConflictsDialog", "Table"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Field"), QT_TRANSLATE_NOOP("ConflictsDialog", "My value"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Their value"), QT_TRANSLATE_NOOP("ConflictsDialog", "Kept for now"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "When"), QT_TRANSLATE_NOOP("ConflictsDialog", "Offices"),
)


class ConflictsDialog(QDialog):
    """`resolved` is emitted after each saved choice."""

    resolved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync.conflicts")
        self.resize(1100, 480)
        self._context = context
        self._loading = False
        self._select: str | None = None
        self.conflicts: list[OpenConflict] = []
        self.error = ""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("sync.conflicts.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("sync.conflicts.empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.keep_mine = QPushButton()
        self.keep_theirs = QPushButton()
        self.merge = QPushButton()
        self.close_button = QPushButton()
        for name, button in (("keep_mine", self.keep_mine), ("keep_theirs", self.keep_theirs),
                             ("merge", self.merge), ("close", self.close_button)):
            button.setObjectName(f"sync.conflicts.{name}")
        self.keep_mine.clicked.connect(lambda: self.resolve(KEEP_MINE))
        self.keep_theirs.clicked.connect(lambda: self.resolve(KEEP_THEIRS))
        self.merge.clicked.connect(lambda: self.resolve(MERGE))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.merge):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # ------------------------------------------------------------------ loading

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, select: str | None = None) -> None:
        """Reload the open conflicts in the background; `select` one when it is among them."""
        self._select = select or self._select
        if self._loading:
            return
        self._loading = True
        self._context.runner.submit(conflicts.open_conflicts, self._context.db, self._context.actor,
                                    self._context.state_titles, kind="read",
                                    title=self.windowTitle(), on_done=self._loaded, on_error=self._failed)

    def _loaded(self, found: list[OpenConflict]) -> None:
        self._loading = False
        self.error = ""
        self.conflicts = found
        self._fill()

    def _failed(self, error: NeiqinError) -> None:
        self._loading = False
        self.error = translate_error(error)
        self.conflicts = []
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            cells = [conflict.record or conflict.row_id[:8], table_title(conflict.table), field_title(conflict.column),
                     self.value_text(conflict, conflict.mine), self.value_text(conflict, conflict.theirs),
                     self.tr("Mine") if conflict.mine_won else self.tr("Theirs"),
                     format_datetime(conflict.created_at),
                     self.tr("this computer and another one") if conflict.mine_here
                     else self.tr("two other computers")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, conflict.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (3, 4):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.table.setVisible(bool(self.conflicts))
        self.empty.setVisible(not self.conflicts)
        self.empty.setText(self.tr("The conflicts could not be loaded: {reason}").format(reason=self.error)
                           if self.error else self.tr("No conflicts: every office agrees on every field."))
        ids = [c.id for c in self.conflicts]
        if self._select in ids:
            self.table.selectRow(ids.index(self._select))
        elif self.conflicts:
            self.table.selectRow(0)
        self._select = None
        self._update_buttons()

    # ------------------------------------------------------------------ choices

    def current(self) -> OpenConflict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        conflict = self.current()
        allowed = self._context.actor.can(RESOLVE)
        for button, choice in ((self.keep_mine, KEEP_MINE), (self.keep_theirs, KEEP_THEIRS), (self.merge, MERGE)):
            ok = allowed and conflict is not None and conflict.allows(choice)
            button.setEnabled(ok)
            if not allowed:
                reason = self.tr("You do not have the right to resolve sync conflicts.")
            elif conflict is None:
                reason = self.tr("Select a conflict first.")
            elif not ok and conflict.kind == "status":
                reason = self.tr("A state only moves forward: the later state stays.")
            elif not ok:
                reason = self.tr("Only a text field can be merged by hand.")
            else:
                reason = ""
            button.setToolTip(reason)

    def resolve(self, choice: str, merged: str | None = None) -> bool:
        """Save the choice for the selected conflict (Merge asks for the text unless `merged` is given)."""
        conflict = self.current()
        if conflict is None or not conflict.allows(choice) or not self._context.actor.can(RESOLVE):
            return False
        if choice == MERGE and merged is None:
            merged = self.ask_merged(conflict)
            if merged is None:
                return False
        for button in (self.keep_mine, self.keep_theirs, self.merge):
            button.setEnabled(False)
        self._context.runner.submit(conflicts.resolve, self._context.db, self._context.actor, conflict.id, choice,
                                    merged, kind="write", title=self.windowTitle(), on_done=self._saved,
                                    on_error=self._not_saved)
        return True

    def _saved(self, _value: Any) -> None:
        self._context.show_message(self.tr("Conflict resolved; the other offices get it with the next sync."))
        self.resolved.emit()
        self.load()

    def _not_saved(self, error: NeiqinError) -> None:
        show_task_error(self, error, self.windowTitle())
        self.load()

    def ask_merged(self, conflict: OpenConflict) -> str | None:
        """The merged text, from a small editor showing both values; None when cancelled."""
        dialog = MergeDialog(conflict, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()

    # ------------------------------------------------------------------ texts

    def value_text(self, conflict: OpenConflict, value: Any) -> str:
        if conflict.kind == "edit_delete" or conflict.column == "deleted_at":
            return self.tr("deleted {date}").format(date=format_date(value)) if value else self.tr("kept")
        if value is None or value == "":
            return self.tr("(empty)")
        if conflict.state_titles and value in conflict.state_titles:
            return QCoreApplication.translate(conflict.state_context, conflict.state_titles[value])
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, Decimal):
            return format_money(value) if conflict.money else format_qty(value)
        return str(value)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(self.tr(
            "Two computers changed the same field before they synced. The record holds the later change for now; "
            "keep one value or merge them. Your choice is saved here at once and reaches the other offices with "
            "the next sync."))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.keep_mine.setText(self.tr("Keep mine"))
        self.keep_theirs.setText(self.tr("Keep theirs"))
        self.merge.setText(self.tr("Merge…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MergeDialog(QDialog):
    """Both values side by side and the merged text to keep."""

    def __init__(self, conflict: OpenConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync.merge")
        self.setWindowTitle(self.tr("Merge the two values"))
        self.resize(560, 360)
        mine, theirs = QLabel(str(conflict.mine or "")), QLabel(str(conflict.theirs or ""))
        for label in (mine, theirs):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kept = conflict.mine if conflict.mine_won else conflict.theirs
        self.text = QPlainTextEdit(str(kept or ""))
        self.text.setObjectName("sync.merge.text")
        form = QFormLayout()
        form.addRow(self.tr("My value"), mine)
        form.addRow(self.tr("Their value"), theirs)
        form.addRow(self.tr("Keep this text"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
