"""Compare with the server: one sync round, then every table's rows and checksum on this computer
and on the server side by side (this branch's rows and the shared ones). What `neiqin sync --check`
prints, for the clerk or the administrator on the phone with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.ui.audit_views import table_title
from neiqin.ui.context import UiContext
from neiqin.ui.i18n import translate_error

if TYPE_CHECKING:
    from neiqin.core.sync.service import CheckReport, SyncService

COLUMNS = (
    QT_TRANSLATE_NOOP("SyncCheckDialog", "Table"), QT_TRANSLATE_NOOP("SyncCheckDialog", "Rows here"),
    QT_TRANSLATE_NOOP("SyncCheckDialog", "Rows on the server"), QT_TRANSLATE_NOOP("SyncCheckDialog", "Checksum here"),
    QT_TRANSLATE_NOOP("SyncCheckDialog", "Checksum on the server"), QT_TRANSLATE_NOOP("SyncCheckDialog", "Result"),
)
#: hexadecimal digits of a checksum shown (enough to compare by eye or over the phone)
SHOWN_DIGITS = 12


class SyncCheckDialog(QDialog):
    """`checked` carries the CheckReport after each comparison (the status bar follows it)."""

    checked = Signal(object)

    def __init__(self, context: UiContext, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync.check")
        self.resize(860, 520)
        self._context, self._service = context, service
        self.report: CheckReport | None = None
        self.error = ""
        self.running = False
        self.summary = QLabel()
        self.summary.setObjectName("sync.check.summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("sync.check.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.again = QPushButton()
        self.again.setObjectName("sync.check.again")
        self.again.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.setObjectName("sync.check.close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def start(self) -> bool:
        """Sync and compare in the background; False when a comparison is running already."""
        if self.running:
            return False
        self.running = True
        self.error = ""
        self.again.setEnabled(False)
        self._show()
        self._context.runner.submit(self._service.check_round, kind="read", title=self.windowTitle(),
                                    on_done=self._done, on_error=self._failed)
        return True

    def _done(self, report: CheckReport) -> None:
        self.running = False
        self.report = report
        self.again.setEnabled(True)
        self._show()
        self.checked.emit(report)

    def _failed(self, error: NeiqinError) -> None:
        self.running = False
        self.error = translate_error(error)
        self.again.setEnabled(True)
        self._show()

    def _show(self) -> None:
        self.summary.setText(self.summary_text())
        tables = sorted(self.report.tables, key=lambda t: (t.ok, table_title(t.table))) if self.report else []
        self.table.setRowCount(len(tables))
        for row, check in enumerate(tables):
            cells = (table_title(check.table), f"{check.local_rows:,}", f"{check.server_rows:,}",
                     check.local_hash[:SHOWN_DIGITS], check.server_hash[:SHOWN_DIGITS],
                     self.tr("Same") if check.ok else self.tr("Different"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column in (3, 4):
                    item.setToolTip(check.local_hash if column == 3 else check.server_hash)
                self.table.setItem(row, column, item)

    def summary_text(self) -> str:
        if self.running:
            return self.tr("Syncing, then comparing every table with the server…")
        if self.error:
            return self.tr("The comparison could not be made: {reason}").format(reason=self.error)
        if self.report is None:
            return ""
        differing = self.report.differing
        rows = sum(t.local_rows for t in self.report.tables)
        if not differing:
            return self.tr("All {count} tables are the same here and on the server ({rows} rows).").format(
                count=len(self.report.tables), rows=f"{rows:,}")
        text = self.tr("{count} table(s) differ from the server. Compare again when no one is working in any "
                       "office; if a table still differs, tell your administrator (the figures below help them)."
                       ).format(count=len(differing))
        if self.report.waiting:
            text += " " + self.tr("{count} change(s) were made here while comparing.").format(
                count=self.report.waiting)
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare with the server"))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.again.setText(self.tr("Compare again"))
        self.close_button.setText(self.tr("Close"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
