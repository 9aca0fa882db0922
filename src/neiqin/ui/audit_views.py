"""The audit trail in the window: one record's history (embedded in detail panes) and the
filterable audit report, exportable to .xlsx. Fields the actor may not read are masked."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from neiqin.core import audit
from neiqin.core.auth import service as auth
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import Database
from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.ui.formats import format_datetime
from neiqin.ui.messages import show_exception
from neiqin.ui.tasks import TaskRunner

REPORT_LIMIT = 5000
EXPORT_LIMIT = 500_000
_OPS = {
    "insert": QT_TRANSLATE_NOOP("audit", "Created"), "update": QT_TRANSLATE_NOOP("audit", "Changed"), "delete": QT_TRANSLATE_NOOP("audit", "Deleted"),
    "purge": QT_TRANSLATE_NOOP("audit", "Removed"), "view": QT_TRANSLATE_NOOP("audit", "Viewed"), "sign-in": QT_TRANSLATE_NOOP("audit", "Signed in"),
    "demo": QT_TRANSLATE_NOOP("audit", "Demo data"),
}
_HEADERS = {
    "at": QT_TRANSLATE_NOOP("audit", "Time"), "user": QT_TRANSLATE_NOOP("audit", "User"), "table": QT_TRANSLATE_NOOP("audit", "Table"),
    "record": QT_TRANSLATE_NOOP("audit", "Record"), "op": QT_TRANSLATE_NOOP("audit", "Action"), "field": QT_TRANSLATE_NOOP("audit", "Field"),
    "old": QT_TRANSLATE_NOOP("audit", "Old value"), "new": QT_TRANSLATE_NOOP("audit", "New value"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def op_title(op: str) -> str:
    return _t(_OPS[op]) if op in _OPS else op


def field_title(field: str) -> str:
    """A column name as the clerk knows it (context "fields"), else the name itself."""
    return QCoreApplication.translate("fields", field) if field else ""


def table_title(table: str) -> str:
    return QCoreApplication.translate("tables", table)


def value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t(QT_TRANSLATE_NOOP("audit", "yes")) if value else _t(QT_TRANSLATE_NOOP("audit", "no"))
    return str(value)


def local_time(at: datetime) -> str:
    return format_datetime(at)


def headers(with_record: bool) -> list[str]:
    names = ["at", "user", *(["table", "record"] if with_record else []), "op", "field", "old", "new"]
    return [_t(_HEADERS[name]) for name in names]


def row_values(change: audit.FieldChange, with_record: bool) -> list[str]:
    record = [table_title(change.table_name), change.row_id] if with_record else []
    return [local_time(change.at), change.actor_name, *record, op_title(change.op), field_title(change.field),
            value_text(change.old), value_text(change.new)]


def export_xlsx(changes: Iterable[audit.FieldChange], path: Path) -> int:
    """Write the audit rows (already masked) to an .xlsx; returns the number of rows."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(QCoreApplication.translate("audit", "Audit trail")[:31])
    sheet.append(headers(True))
    count = 0
    for change in changes:
        sheet.append(row_values(change, True))
        count += 1
    workbook.save(path)
    return count


def _fill(table: QTableWidget, changes: list[audit.FieldChange], with_record: bool) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers(with_record)))
    table.setHorizontalHeaderLabels(headers(with_record))
    table.setRowCount(len(changes))
    for row, change in enumerate(changes):
        for column, text in enumerate(row_values(change, with_record)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)


def _table_widget(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RecordHistory(QWidget):
    """Every change of one record, oldest first: time, user, field, old → new."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._record: tuple[str, str] | None = None
        self.changes: list[audit.FieldChange] = []
        self.setObjectName("history")
        self.table = _table_widget("history.table")
        self.empty = QLabel()
        self.empty.setObjectName("history.empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.retranslate()

    def show_record(self, table_name: str, row_id: str) -> None:
        self._record = (table_name, row_id)
        hidden = audit.hidden_fields_for(self._actor.permissions).get(table_name, frozenset())
        with self._db.read() as session:
            self.changes = audit.record_history(session, table_name, row_id, hidden)
        self._show()

    def clear(self) -> None:
        self._record = None
        self.changes = []
        self._show()

    def _show(self) -> None:
        _fill(self.table, self.changes, with_record=False)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.changes))
        self.empty.setVisible(not self.changes)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No changes recorded for this record."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AuditReport(QDialog):
    """The audit trail filtered by user, date range and table, newest first; Export to .xlsx."""

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require("audit.view")
        self._db = db
        self._actor = actor
        self._runner = runner
        self.changes: list[audit.FieldChange] = []
        self.setObjectName("audit")
        self.resize(1100, 640)
        self.user = QComboBox()
        self.user.setObjectName("audit.user")
        self.table_name = QComboBox()
        self.table_name.setObjectName("audit.table_name")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.since.setObjectName("audit.since")
        self.until = QDateEdit(today)
        self.until.setObjectName("audit.until")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("audit.refresh")
        self.export_button = QPushButton()
        self.export_button.setObjectName("audit.export")
        self.labels = [QLabel() for _ in range(4)]
        self.count = QLabel()
        self.count.setObjectName("audit.count")
        self.table = _table_widget("audit.table")
        filters = QHBoxLayout()
        for label, widget in zip(self.labels, (self.user, self.table_name, self.since, self.until), strict=True):
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._load_choices()
        self.retranslate()
        for combo in (self.user, self.table_name):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        self.refresh()

    def _load_choices(self) -> None:
        with self._db.read() as session:
            users = auth.list_users(session)
            tables = session.scalars(select(audit.AuditEntry.table_name).distinct()
                                     .order_by(audit.AuditEntry.table_name)).all()
        self.user.addItem("", None)
        for user in users:
            self.user.addItem(f"{user.display_name} ({user.username})", user.username)
        self.table_name.addItem("", None)
        for table in tables:
            self.table_name.addItem(table_title(table), table)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        for label, text in zip(self.labels, (self.tr("User"), self.tr("Table"), self.tr("From"), self.tr("To")),
                               strict=True):
            label.setText(text)
        self.user.setItemText(0, self.tr("Everyone"))
        self.table_name.setItemText(0, self.tr("All tables"))
        for index in range(1, self.table_name.count()):
            self.table_name.setItemText(index, table_title(self.table_name.itemData(index)))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def filters(self) -> dict:
        return {
            "actor_name": self.user.currentData(), "table_name": self.table_name.currentData(),
            "since": datetime.combine(self.since.date().toPython(), time.min).astimezone(),
            "until": datetime.combine(self.until.date().toPython(), time.max).astimezone(),
        }

    def query(self) -> list[audit.FieldChange]:
        return read_report(self._db, self._actor, self.filters(), REPORT_LIMIT)

    def refresh(self) -> None:
        try:
            self.changes = self.query()
        except NeiqinError as exc:
            show_exception(self, exc)
            return
        self._show()

    def _show(self) -> None:
        _fill(self.table, self.changes, with_record=True)
        self.table.resizeColumnsToContents()
        text = self.tr("{count} change(s)").format(count=len(self.changes))
        if len({(c.at, c.table_name, c.row_id, c.op) for c in self.changes}) >= REPORT_LIMIT:
            text += " " + self.tr("(the newest {limit} entries; narrow the filters or export to see all)").format(
                limit=REPORT_LIMIT)
        self.count.setText(text)
        self.export_button.setEnabled(bool(self.changes))

    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit.xlsx",
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if self._runner is None:
            self.export(Path(path))
            return
        self.export_button.setEnabled(False)
        self._runner.submit(export_report, self._db, self._actor, self.filters(), _xlsx(Path(path)),
                            title=self.tr("Export the audit trail"), kind="read",
                            on_done=self._exported, on_error=self._export_failed)

    def _exported(self, count: int) -> None:
        self.export_button.setEnabled(True)
        self.count.setText(self.tr("{count} change(s) exported.").format(count=count))

    def _export_failed(self, error: NeiqinError) -> None:
        self.export_button.setEnabled(True)
        show_exception(self, error)

    def export(self, path: Path) -> int:
        """Every change matching the filters (not only the shown ones) into `path` (.xlsx)."""
        try:
            return export_report(self._db, self._actor, self.filters(), _xlsx(path))
        except NeiqinError as exc:
            show_exception(self, exc)
            return 0


def _xlsx(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def read_report(db: Database, actor: Actor, filters: dict, limit: int) -> list[audit.FieldChange]:
    actor.require("audit.view")
    with db.read() as session:
        return audit.audit_report(session, limit=limit, hidden=audit.hidden_fields_for(actor.permissions),
                                  **filters)


def export_report(db: Database, actor: Actor, filters: dict, path: Path) -> int:
    """Runs in the background runner: reads and writes without touching a widget."""
    changes = read_report(db, actor, filters, EXPORT_LIMIT)
    try:
        return export_xlsx(changes, path)
    except OSError as exc:
        raise NeiqinError(QT_TRANSLATE_NOOP("errors", "The file could not be written: {reason}"),
                          reason=exc.strerror or str(exc)) from exc


class TableHistory(RecordHistory):
    """The History sub-tab of a detail pane: `show_record(record_id | None)` for one table (the
    DetailPane's RecordView protocol)."""

    def __init__(self, db: Database, actor: Actor, table_name: str, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.table_name = table_name

    def show_record(self, record_id: str | None, row_id: str | None = None) -> None:  # type: ignore[override]
        if row_id is not None:  # called the RecordHistory way: (table_name, row_id)
            super().show_record(record_id, row_id)
        elif record_id:
            super().show_record(self.table_name, record_id)
        else:
            self.clear()
