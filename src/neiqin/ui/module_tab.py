"""The module tab every slice builds on (UI-GUIDE "A module tab"): toolbar of actions, filter bar,
the list, a totals line, a detail pane (right or bottom, remembered) and an empty state that
offers the first action."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError, ValidationError, ValidationErrors
from neiqin.core.listing import ListQuery, ListState
from neiqin.ui.context import UiContext
from neiqin.ui.detail_pane import DetailPane
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.table_model import SqlTableModel
from neiqin.ui.table_view import TableView
from neiqin.ui.tasks import ProgressDialog, Task, show_task_error
from neiqin.ui.widgets.search_box import SearchBox

#: the application-wide shortcut of an action key, unless the slice gives one (DESIGN.md §5)
STANDARD_SHORTCUTS = {"new": QKeySequence.StandardKey.New, "print": QKeySequence.StandardKey.Print}

EnabledWhen = Callable[[str | None], "bool | tuple[bool, str]"]
#: export(path, state, progress=Progress) -> rows written; runs in the background
ExportFn = Callable[..., int]


def _t(text: str) -> str:
    return QCoreApplication.translate("ModuleTab", text)


class ModuleTab(QWidget):
    def __init__(self, ctx: UiContext, query: ListQuery, *, module_id: str, empty_text: str = "",
                 settings: QSettings | None = None, state: ListState | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = query
        self.module_id = module_id
        self.setObjectName(f"{module_id}.tab")
        self._settings = settings if settings is not None else QSettings()
        self._empty_text = empty_text
        self._actions: dict[str, QAction] = {}
        self._rules: dict[str, tuple[str, EnabledWhen | None, str | None]] = {}
        self._menu_actions: list[QAction | None] = []
        self._export: ExportFn | None = None
        self._export_title = ""

        self.model = SqlTableModel(ctx.db, query, self, runner=ctx.runner, state=state)
        self._cached_view: Any = None
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName(f"{module_id}.toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search = SearchBox(self, object_name=f"{module_id}.search")
        self.search.install_shortcut(self)
        self.search.search_changed.connect(self.model.set_text)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 2)
        self.filter_bar.addStretch(1)
        self.table = TableView(object_name=f"{module_id}.table", settings=self._settings)
        self.table.setModel(self.model)
        self.table.activated_id.connect(self.open_record)
        self.table.current_id_changed.connect(self._on_current_changed)
        self.detail = DetailPane(object_name=f"{module_id}.detail")
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName(f"{module_id}.totals")
        self._build_empty_state()
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(self._empty)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName(f"{module_id}.splitter")
        self.splitter.setChildrenCollapsible(False)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self._list_stack, 1)
        list_layout.addWidget(self.totals_label)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self._position_action = QAction(self)
        self._position_action.setObjectName(f"{module_id}.detail_position")
        self._position_action.triggered.connect(self.toggle_detail_position)
        self._spacer = QWidget()
        self._spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._spacer_action = self.toolbar.addWidget(self._spacer)
        self.toolbar.addAction(self._position_action)
        self.set_detail_position(self._settings.value(self._key("detail_position"), "right"))

        self.model.modelReset.connect(self.forget_record)  # before the actions look at the record
        self.model.modelReset.connect(self._on_rows_changed)
        self.model.rowsInserted.connect(self._on_rows_changed)
        self.model.summary_changed.connect(self._update_totals)
        self.model.state_changed.connect(lambda: self.totals_label.setText(_t("Counting…")))
        self._on_rows_changed()
        self._update_totals()

    def _key(self, name: str) -> str:
        return f"modules/{self.module_id}/{name}"

    # -- actions -------------------------------------------------------------------------------------
    def add_action(self, key: str, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                   enabled_when: EnabledWhen | None = None, permission: str | None = None,
                   in_menu: bool = True) -> QAction:
        """A toolbar action (also in the list's right-click menu). `enabled_when(current_id)` returns
        a bool or (bool, reason): a disabled action says why in its tooltip. `permission`: the
        actor's right it needs (disabled with that reason otherwise)."""
        action = QAction(text, self)
        action.setObjectName(f"{self.module_id}.{key}")
        shortcut = shortcut if shortcut is not None else STANDARD_SHORTCUTS.get(key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.insertAction(self._spacer_action, action)
        self._actions[key] = action
        self._rules[key] = (text, enabled_when, permission)
        if in_menu:
            self._menu_actions.append(action)
            self.table.set_actions(self._menu_actions)
        if len(self._actions) == 1:
            self._update_empty_button()
        self._update_action(key, self.current_id())
        return action

    def add_separator(self) -> None:
        self.toolbar.insertSeparator(self._spacer_action)
        self._menu_actions.append(None)

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def update_actions(self) -> None:
        record_id = self.current_id()
        for key in self._actions:
            self._update_action(key, record_id)

    def _update_action(self, key: str, record_id: str | None) -> None:
        text, enabled_when, permission = self._rules[key]
        action = self._actions[key]
        enabled, reason = True, ""
        if permission and not self.ctx.actor.can(permission):
            enabled, reason = False, _t("You do not have the right to do this.")
        elif enabled_when is not None:
            answer = enabled_when(record_id)
            enabled, reason = answer if isinstance(answer, tuple) else (bool(answer), "")
            if not enabled and not reason and record_id is None:
                reason = _t("Select a record first.")
        action.setEnabled(enabled)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text} ({shortcut})" if shortcut else text
        action.setToolTip(tip if enabled or not reason else f"{text}: {reason}")

    # -- filters and detail ----------------------------------------------------------------------------
    def add_choice_filter(self, key: str, label: str, all_text: str,
                          choices: Iterable[tuple[str, str]]) -> QComboBox:
        """A drop-down filter on column `key`: "all" first, then (value, shown text) choices."""
        combo = QComboBox(objectName=f"{self.module_id}.{key}_filter")
        combo.addItem(all_text, "")
        for value, text in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.model.set_filter(key, combo.currentData()))
        self.add_filter_widget(combo, label)
        return combo

    def add_filter_widget(self, widget: QWidget, label: str | None = None) -> None:
        """A slice's own filter (status, date range…); it calls `self.model.set_filter` itself."""
        position = self.filter_bar.count() - 1  # before the stretch
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.filter_bar.insertWidget(position, caption)
            position += 1
        self.filter_bar.insertWidget(position, widget)

    def add_detail_tab(self, title: str, widget: QWidget) -> int:
        index = self.detail.add_tab(title, widget)
        self.detail.show_record(self.current_id())
        return index

    @property
    def detail_position(self) -> str:
        return "right" if self.splitter.orientation() == Qt.Orientation.Horizontal else "bottom"

    def set_detail_position(self, position: str) -> None:
        position = "bottom" if position == "bottom" else "right"
        self.splitter.setOrientation(Qt.Orientation.Horizontal if position == "right" else Qt.Orientation.Vertical)
        self._settings.setValue(self._key("detail_position"), position)
        self._position_action.setText(_t("Details at the bottom") if position == "right"
                                      else _t("Details on the right"))

    @Slot()
    def toggle_detail_position(self) -> None:
        self.set_detail_position("bottom" if self.detail_position == "right" else "right")

    # -- records ---------------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.table.current_id()

    def selected_ids(self) -> list[str]:
        return self.table.selected_ids()

    def current_values(self) -> dict[str, Any] | None:
        """The list's values of the current record, by column key (for `enabled_when`)."""
        record_id = self.current_id()
        return self.model.values_of(record_id) if record_id else None

    def cached_record(self, load: Callable[[Any, Any, str], Any], record_id: str | None = None) -> Any:
        """The view of the current (or given) record, `load(session, actor, record_id)`, read once
        until the list reloads or `refresh()` — so enabling the toolbar does not query each time."""
        record_id = record_id or self.current_id()
        if record_id is None:
            return None
        if self._cached_view is None or getattr(self._cached_view, "id", None) != record_id:
            with self.ctx.db.read() as session:
                self._cached_view = load(session, self.ctx.actor, record_id)
        return self._cached_view

    def open_preview(self, make_pdf: Callable[[], Path], title: str, error_title: str) -> PdfPreview | None:
        """Write a printed form with `make_pdf()` and show it in the preview (Print, Save PDF);
        a refusal is shown under `error_title` and no preview opens."""
        try:
            path = make_pdf()
        except NeiqinError as error:
            show_task_error(self, error, error_title)
            return None
        preview = PdfPreview(path, title, self, object_name=f"{self.module_id}.preview")
        self.last_dialog = preview
        preview.open()
        return preview

    def forget_record(self) -> None:
        self._cached_view = None

    def refresh(self) -> None:
        """Re-read the list (after a save) keeping the selection, and the detail pane."""
        self._cached_view = None
        self.model.refresh()
        self.update_actions()
        self.detail.refresh()

    def show_record(self, record_id: str) -> bool:
        """Select `record_id` in the list (when loaded) and show it in the detail pane."""
        found = self.table.select_id(record_id)
        if not found:
            self.detail.show_record(record_id)
        return found

    @Slot(str)
    def open_record(self, record_id: str) -> None:
        """Enter or double-click: by default the "open" or "edit" action when it is enabled."""
        for key in ("open", "edit"):
            action = self._actions.get(key)
            if action is not None and action.isEnabled():
                action.trigger()
                return

    @Slot(object)
    def _on_current_changed(self, record_id: str | None) -> None:
        self.update_actions()
        self.detail.show_record(record_id)

    # -- empty state and totals -------------------------------------------------------------------------
    def _build_empty_state(self) -> None:
        self._empty = QWidget()
        self._empty.setObjectName(f"{self.module_id}.empty")
        layout = QVBoxLayout(self._empty)
        layout.addStretch(1)
        self._empty_label = QLabel()
        self._empty_label.setObjectName(f"{self.module_id}.empty_text")
        self._empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_label.setWordWrap(True)
        layout.addWidget(self._empty_label)
        self._empty_button = QPushButton()
        self._empty_button.setObjectName(f"{self.module_id}.empty_action")
        self._empty_button.clicked.connect(self._on_empty_button)
        layout.addWidget(self._empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    @property
    def is_empty_state_shown(self) -> bool:
        return self._list_stack.currentWidget() is self._empty

    def _first_action(self) -> QAction | None:
        return next(iter(self._actions.values()), None)

    def _update_empty_button(self) -> None:
        state = self.model.state
        first = self._first_action()
        if state.text.strip():
            self._empty_button.setText(_t("Clear search"))
            self._empty_button.setVisible(True)
        elif first is not None and not state.is_filtered:
            shortcut = first.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._empty_button.setText(f"{first.text()} {shortcut}".strip())
            self._empty_button.setVisible(True)
        else:
            self._empty_button.setVisible(False)

    @Slot()
    def _on_empty_button(self) -> None:
        if self.model.state.text.strip():
            self.search.clear()
            self.model.set_text("")
        elif (first := self._first_action()) is not None:
            first.trigger()

    @Slot()
    def _on_rows_changed(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            filtered = self.model.state.is_filtered
            self._empty_label.setText(_t("Nothing matches the search or filters.") if filtered
                                      else self._empty_text or _t("Nothing here yet."))
            self._update_empty_button()
        self._list_stack.setCurrentWidget(self._empty if empty else self.table)

    @Slot()
    def _update_totals(self) -> None:
        count = self.model.total_count
        if count is None:
            self.totals_label.setText(_t("Counting…"))
            return
        parts = [_t("{count} records").format(count=f"{count:,}")]
        parts += [f"{title}: {value}" for title, value in self.model.formatted_totals()]
        self.totals_label.setText("    ".join(parts))

    # -- export ---------------------------------------------------------------------------------------------
    def set_export(self, export: ExportFn, title: str | None = None) -> QAction:
        """Adds the Export action: `export(path, state, progress=Progress) -> rows written` runs in
        the background with a progress dialog and Cancel."""
        self._export = export
        self._export_title = title or _t("Export to Excel")
        return self.add_action("export", self._export_title + "…", self.export_xlsx)

    def ask_export_path(self) -> Path | None:
        suggested = f"{self.module_id}-{date.today().isoformat()}.xlsx"
        name, _filter = QFileDialog.getSaveFileName(self, self._export_title, suggested,
                                                    _t("Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def export_xlsx(self, path: Path | None = None) -> Task | None:
        if self._export is None:
            return None
        path = path or self.ask_export_path()
        if path is None:
            return None

        def done(rows: int) -> None:
            self.ctx.show_message(_t("Exported {rows} rows to {file}.").format(rows=f"{rows:,}", file=path.name))

        def failed(error: NeiqinError) -> None:
            show_task_error(self, error, self._export_title)

        task = self.ctx.runner.submit(self._export, path, self.model.state, title=self._export_title,
                                      on_done=done, on_error=failed, with_progress=True, kind="read")
        ProgressDialog(task, self)
        return task

    def run_import(self, title: str, import_rows: Callable[..., int], path: Path | None = None,
                   on_done: Callable[[int], None] | None = None,
                   on_refused: Callable[[NeiqinError], None] | None = None) -> Task | None:
        """Import an .xlsx in the background with progress and Cancel. `import_rows(path,
        progress=)` returns the rows imported; a refused file (ValidationError/ValidationErrors:
        nothing was imported) goes to `on_refused`, any other error to the standard message."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(self, title, "", _t("Excel workbook (*.xlsx)"))
            if not name:
                return None
            path = Path(name)

        def failed(error: NeiqinError) -> None:
            if on_refused is not None and isinstance(error, ValidationError | ValidationErrors):
                on_refused(error)
            else:
                show_task_error(self, error, title)

        task = self.ctx.runner.submit(import_rows, path, title=title, on_done=on_done, on_error=failed,
                                      with_progress=True, kind="write")
        ProgressDialog(task, self)
        return task
