"""The action items of a meeting (decided there or carried to it) with their progress notes, and
the cross-meeting list of every action item with filters, progress and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.minutes import actions, listing
from neiqin.modules.minutes.schemas import ITEM_STATUSES, ActionItemView
from neiqin.modules.minutes.ui.common import fill_table, make_table, select_id, selected_id, tr, when
from neiqin.modules.minutes.ui.dialogs import ProgressDialog
from neiqin.ui.context import UiContext
from neiqin.ui.table_model import SqlTableModel
from neiqin.ui.table_view import TableView
from neiqin.ui.widgets.search_box import SearchBox


class MeetingItemsView(QWidget):
    """The items of the meeting shown in the detail pane; buttons ask the tab to act."""

    #: ("new" | "edit" | "progress", item id or "")
    requested = Signal(str, str)

    def __init__(self, ctx: UiContext, today=date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._today = ctx, today
        self.setObjectName("minutes.items")
        self.meeting_id: str | None = None
        self.items: list[ActionItemView] = []
        self.summary = QLabel()
        self.summary.setObjectName("minutes.items.summary")
        self.table = make_table("minutes.items.table", [self.tr("Number"), self.tr("Action item"), self.tr("Owner"),
                                                        self.tr("Due date"), self.tr("Status"),
                                                        self.tr("Latest progress")], 1)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(5, 180)
        self.table.itemSelectionChanged.connect(self._selected)
        self.notes = make_table("minutes.items.notes", [self.tr("When"), self.tr("Who"), self.tr("Progress"),
                                                        self.tr("Status")], 2)
        self.notes.setMaximumHeight(140)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, title in (("new", self.tr("New action item…")), ("edit", self.tr("Edit…")),
                           ("progress", self.tr("Progress…"))):
            button = QPushButton(title)
            button.setObjectName(f"minutes.items.{key}")
            button.clicked.connect(lambda _c=False, key=key: self.requested.emit(key, self.current_id() or ""))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.notes, 1)
        layout.addLayout(buttons)

    def current_id(self) -> str | None:
        return selected_id(self.table)

    def current_item(self) -> ActionItemView | None:
        item_id = self.current_id()
        return next((i for i in self.items if i.id == item_id), None)

    def show_record(self, record_id: str | None) -> None:
        self.meeting_id = record_id
        self.items = []
        if record_id is not None:
            with self.ctx.db.read() as session:
                self.items = actions.items_of_meeting(session, self.ctx.actor, record_id)
        today = self._today()
        fill_table(self.table, [(i.code, i.title + ("" if i.meeting_id == record_id else self.tr(" (carried over)")),
                                 i.owner_name, when(i.due_date), tr(ITEM_STATUSES[i.status]) +
                                 (self.tr(" · overdue") if i.is_overdue(today) else ""), i.last_note)
                                for i in self.items], ids=[i.id for i in self.items])
        done = sum(1 for i in self.items if i.status == "done")
        late = sum(1 for i in self.items if i.is_overdue(today))
        self.summary.setText(self.tr("{count} action items: {done} done, {late} overdue").format(
            count=len(self.items), done=done, late=late))
        self._selected()

    def select(self, item_id: str) -> bool:
        return select_id(self.table, item_id)

    def _selected(self) -> None:
        item = self.current_item()
        rows = []
        if item is not None:
            with self.ctx.db.read() as session:
                notes = actions.notes_of(session, self.ctx.actor, item.id)
            rows = [(when(n.at), n.author, n.note, tr(ITEM_STATUSES[n.to_status]) if n.to_status else "")
                    for n in notes]
        fill_table(self.notes, rows)
        self.buttons["edit"].setEnabled(item is not None)
        self.buttons["progress"].setEnabled(item is not None)


class ActionItemsDialog(QDialog):
    """Every action item across meetings: open, overdue, by status; progress and Excel export."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today=date.today,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._today = ctx, today
        self.setObjectName("minutes.all_items")
        self.setWindowTitle(QCoreApplication.translate("ActionItemsDialog", "Action items of all meetings"))
        self.model = SqlTableModel(ctx.db, listing.item_list(today()), self, runner=ctx.runner)
        self.search = SearchBox(self, object_name="minutes.all_items.search")
        self.search.search_changed.connect(self.model.set_text)
        self.status = QComboBox(objectName="minutes.all_items.status")
        self.status.addItem(self.tr("All statuses"), "")
        for code, text in ITEM_STATUSES.items():
            self.status.addItem(tr(text), code)
        self.status.currentIndexChanged.connect(lambda _i: self.model.set_filter("status", self.status.currentData()))
        self.open_only = QCheckBox(self.tr("Open only"), objectName="minutes.all_items.open")
        self.open_only.toggled.connect(lambda on: self.model.set_filter("open", on or None))
        self.overdue = QCheckBox(self.tr("Overdue only"), objectName="minutes.all_items.overdue")
        self.overdue.toggled.connect(lambda on: self.model.set_filter("overdue", on or None))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.open_only)
        filters.addWidget(self.overdue)
        self.table = TableView(object_name="minutes.all_items.table", settings=settings)
        self.table.setModel(self.model)
        self.table.activated_id.connect(lambda _id: self.progress())
        self.last_dialog: QWidget | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.progress_button = QPushButton(self.tr("Progress…"), objectName="minutes.all_items.progress")
        self.progress_button.clicked.connect(self.progress)
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="minutes.all_items.export")
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setEnabled(ctx.actor.can("minutes.export"))
        for button in (self.progress_button, self.export_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 600)

    def progress(self) -> None:
        item_id = self.table.current_id()
        if item_id is None:
            return
        with self.ctx.db.read() as session:
            item = actions.get_item(session, self.ctx.actor, item_id)
        dialog = ProgressDialog(self.ctx, item, self)
        dialog.accepted.connect(self.model.refresh)
        self.last_dialog = dialog
        dialog.open()

    def export(self, path: Path | None = None) -> int | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), "action-items.xlsx",
                                                        self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        state = self.model.state
        filters = {k: v for k, v in state.filters.items() if v not in (None, "")}
        if state.text.strip():
            filters["text"] = state.text
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_items(uow, path, filters)
