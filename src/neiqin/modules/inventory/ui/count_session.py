"""One count session: the sheet (print), fast keyboard entry by product code (a scanner types the
code and Enter), variances with reasons, movements posted during the count, submit and approval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.inventory import printing, service, service_counts
from neiqin.modules.inventory.schemas import (
    APPROVED,
    COUNTING,
    KIND_TITLES,
    REASONS,
    STATUS_TITLES,
    SUBMITTED,
    CountView,
)
from neiqin.modules.inventory.ui.common import error_text, fill, make_table, tr
from neiqin.modules.inventory.ui.count_list import CountListDialog
from neiqin.ui.formats import format_datetime, format_qty


class CountSessionDialog(QDialog):
    def __init__(self, ctx, count_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count_id = count_id
        self.setObjectName("inventory.count_session")
        self.resize(1100, 700)
        self.header = QLabel()
        self.header.setObjectName("inventory.count.header")
        self.header.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("inventory.count.code")
        self.code.setPlaceholderText(
            QCoreApplication.translate("inventory", "Scan or type the product code, then Enter")
        )
        self.quantity = QLineEdit()
        self.quantity.setObjectName("inventory.count.quantity")
        self.quantity.setPlaceholderText(
            QCoreApplication.translate("inventory", "Counted quantity, then Enter")
        )
        self.message = QLabel()
        self.message.setObjectName("inventory.count.message")
        self.code.returnPressed.connect(self.quantity.setFocus)
        self.quantity.returnPressed.connect(self.enter)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(QCoreApplication.translate("inventory", "Product code")))
        entry.addWidget(self.code, 2)
        entry.addWidget(QLabel(QCoreApplication.translate("inventory", "Counted quantity")))
        entry.addWidget(self.quantity, 1)
        self.list_button = QPushButton(QCoreApplication.translate("inventory", "Enter from a list…"))
        self.list_button.setObjectName("inventory.count.from_list")
        self.list_button.setAutoDefault(False)
        self.list_button.clicked.connect(self.enter_list)
        entry.addWidget(self.list_button)
        self.lines = make_table(
            "inventory.count.lines",
            [
                QCoreApplication.translate("inventory", "Location"),
                QCoreApplication.translate("inventory", "Code"),
                QCoreApplication.translate("inventory", "Product name"),
                QCoreApplication.translate("inventory", "Unit"),
                QCoreApplication.translate("inventory", "Book quantity"),
                QCoreApplication.translate("inventory", "Moved during count"),
                QCoreApplication.translate("inventory", "Counted quantity"),
                QCoreApplication.translate("inventory", "Variance"),
                QCoreApplication.translate("inventory", "Reason"),
            ],
        )
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # one reason, many lines
        self.moves = make_table(
            "inventory.count.movements",
            [
                QCoreApplication.translate("inventory", "Time"),
                QCoreApplication.translate("inventory", "Code"),
                QCoreApplication.translate("inventory", "Product name"),
                QCoreApplication.translate("inventory", "Kind"),
                QCoreApplication.translate("inventory", "Quantity"),
                QCoreApplication.translate("inventory", "Document"),
            ],
        )
        self.reason = QComboBox()
        self.reason.setObjectName("inventory.count.reason")
        self.reason.addItem("", "")
        for code, title in REASONS.items():
            self.reason.addItem(self.tr_counts(title), code)
        self.note = QLineEdit()
        self.note.setObjectName("inventory.count.note")
        self.note.setPlaceholderText(QCoreApplication.translate("inventory", "Note on the variance"))
        self.set_reason_button = QPushButton(QCoreApplication.translate("inventory", "Set reason"))
        self.set_reason_button.setObjectName("inventory.count.set_reason")
        self.set_reason_button.clicked.connect(self.set_reason)
        self.unexplained_button = QPushButton(
            QCoreApplication.translate("inventory", "Select variances without a reason")
        )
        self.unexplained_button.setObjectName("inventory.count.select_unexplained")
        self.unexplained_button.setAutoDefault(False)
        self.unexplained_button.clicked.connect(self.select_unexplained)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.unexplained_button)
        reason_row.addWidget(QLabel(QCoreApplication.translate("inventory", "Reason of the selected lines")))
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.note, 2)
        reason_row.addWidget(self.set_reason_button)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, title, slot in (
            ("print", QCoreApplication.translate("inventory", "Print count sheet…"), self.print_sheet),
            ("submit", QCoreApplication.translate("inventory", "Submit for approval"), self.submit),
            ("approve", QCoreApplication.translate("inventory", "Approve count"), self.approve),
            ("send_back", QCoreApplication.translate("inventory", "Send back for recount"), self.send_back),
            ("cancel", QCoreApplication.translate("inventory", "Cancel count"), self.cancel_count),
            ("close", QCoreApplication.translate("inventory", "Close"), self.accept),
        ):
            button = QPushButton(title)
            button.setObjectName(f"inventory.count.{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.lines)
        moved = QWidget()
        moved_layout = QVBoxLayout(moved)
        moved_layout.setContentsMargins(0, 0, 0, 0)
        moved_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "inventory", "Movements posted since the count started (taken into account)"
                )
            )
        )
        moved_layout.addWidget(self.moves)
        splitter.addWidget(moved)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(reason_row)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_sheet)
        self.view: CountView | None = None
        self.last_dialog: QDialog | None = None
        self.reload()
        self.code.setFocus()

    @staticmethod
    def tr_counts(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("counts", text)

    # -- reading ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        with self.ctx.db.read() as session:
            self.view = view = service_counts.get_count(session, self.ctx.actor, self.count_id)
            moves = service.movements_since(
                session, [line.product_id for line in view.lines], view.started_at
            )
        hide_book = view.blind and view.status == COUNTING
        accuracy = f"{view.line_accuracy * 100:.1f}%" if view.line_accuracy is not None else "—"
        self.header.setText(
            f"<b>{view.number}</b> {view.title} · {self.tr_counts(STATUS_TITLES[view.status])} · "
            + QCoreApplication.translate("inventory", "Started {time}").format(
                time=format_datetime(view.started_at)
            )
            + " · "
            + QCoreApplication.translate("inventory", "{counted} of {total} counted").format(
                counted=view.counted, total=view.total
            )
            + " · "
            + QCoreApplication.translate("inventory", "Count accuracy {value}").format(value=accuracy)
            + (
                " · " + QCoreApplication.translate("inventory", "Blind count: the book quantity is hidden")
                if hide_book
                else ""
            )
        )
        rows = [
            [
                line.location,
                line.code,
                line.name,
                line.unit,
                "***" if hide_book else format_qty(line.book_quantity),
                format_qty(line.moved_before_count) if line.counted_quantity is not None else "",
                format_qty(line.counted_quantity) if line.counted_quantity is not None else "",
                format_qty(line.variance)
                if line.variance
                else ("0" if line.counted_quantity is not None else ""),
                self.tr_counts(REASONS[line.reason]) if line.reason in REASONS else "",
            ]
            for line in view.lines
        ]
        fill(self.lines, rows, [line.id for line in view.lines], numeric=(4, 5, 6, 7))
        fill(
            self.moves,
            [
                [
                    format_datetime(m.moved_at),
                    m.product_code,
                    m.product_name,
                    tr(KIND_TITLES.get(m.kind, m.kind)),
                    format_qty(m.quantity),
                    m.source_number,
                ]
                for m in moves
            ],
            numeric=(4,),
        )
        counting = view.status == COUNTING
        actor = self.ctx.actor
        self.code.setEnabled(counting)
        self.quantity.setEnabled(counting)
        self.list_button.setEnabled(counting and actor.can("inventory.count"))
        self.set_reason_button.setEnabled(view.status in (COUNTING, SUBMITTED))
        self.unexplained_button.setEnabled(view.status in (COUNTING, SUBMITTED))
        self.buttons["submit"].setEnabled(counting and actor.can("inventory.count"))
        self.buttons["approve"].setEnabled(view.status == SUBMITTED and actor.can("inventory.approve_count"))
        self.buttons["send_back"].setEnabled(
            view.status == SUBMITTED and actor.can("inventory.approve_count")
        )
        self.buttons["cancel"].setEnabled(
            view.status in (COUNTING, SUBMITTED) and actor.can("inventory.count")
        )

    def line_row(self, code: str) -> int:
        for row in range(self.lines.rowCount()):
            if self.lines.item(row, 1).text() == code:
                return row
        return -1

    # -- actions ---------------------------------------------------------------------------------------
    def _run(self, fn, *args) -> bool:
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                fn(uow, self.count_id, *args)
        except NeiqinError as error:
            self.message.setText(error_text(error))
            self.message.setStyleSheet("color: #b00020;")
            return False
        self.message.setStyleSheet("")
        self.reload()
        return True

    def enter(self) -> None:
        code, quantity = self.code.text().strip(), self.quantity.text().strip()
        if self._run(service_counts.enter_count, code, quantity):
            self.message.setText(
                QCoreApplication.translate("inventory", "{code}: {quantity} recorded.").format(
                    code=code, quantity=quantity
                )
            )
            self.code.clear()
            self.quantity.clear()
            self.code.setFocus()
            row = self.line_row(code.upper())
            if row >= 0:
                self.lines.selectRow(row)
        else:
            self.quantity.selectAll()

    def enter_list(self) -> CountListDialog:
        """Many counted quantities at once: pasted from Excel or typed as a list, recorded together."""
        dialog = self.last_dialog = CountListDialog(self.ctx, self.count_id, self)
        dialog.accepted.connect(self._list_recorded)
        dialog.open()
        return dialog

    def _list_recorded(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate("inventory", "{count} counted quantities recorded.").format(
                count=self.last_dialog.recorded
            )
        )
        self.reload()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.lines.selectionModel().selectedRows())
        return [self.lines.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    def select_unexplained(self) -> None:
        """Select every line with a variance and no reason yet, to give them one reason at once."""
        self.lines.clearSelection()
        mode = self.lines.selectionMode()
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, line in enumerate(self.view.lines if self.view else ()):
            if line.variance and not line.reason:
                self.lines.selectRow(row)
        self.lines.setSelectionMode(mode)

    def set_reason(self) -> None:
        line_ids = self.selected_ids()
        if not line_ids:
            self.message.setText(QCoreApplication.translate("inventory", "Select a line first."))
            return
        reason, note = self.reason.currentData() or None, self.note.text()
        if self._run(service_counts.explain_lines, [(line_id, reason, note) for line_id in line_ids]):
            self.message.setText(
                QCoreApplication.translate("inventory", "Reason set on {count} line(s).").format(count=len(line_ids))
            )

    def submit(self) -> None:
        self._run(service_counts.submit_count)

    def approve(self) -> None:
        self._run(service_counts.approve_count)

    def _comment(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, QCoreApplication.translate("inventory", "Reason"))
        return text if ok else None

    def send_back(self, comment: str | None = None) -> None:
        comment = (
            comment
            if isinstance(comment, str)
            else self._comment(QCoreApplication.translate("inventory", "Send back for recount"))
        )
        if comment is not None:
            self._run(service_counts.send_back_count, comment)

    def cancel_count(self, comment: str | None = None) -> None:
        comment = (
            comment
            if isinstance(comment, str)
            else self._comment(QCoreApplication.translate("inventory", "Cancel count"))
        )
        if comment is not None:
            self._run(service_counts.cancel_count, comment)

    def print_sheet(self, path: Path | None = None) -> Path | None:
        if not isinstance(path, Path):
            name, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("inventory", "Count sheet"),
                f"{self.view.number}.pdf",
                QCoreApplication.translate("inventory", "PDF file (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                written = printing.print_count_sheet(uow, self.view.number, path)
        except NeiqinError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(
            QCoreApplication.translate("inventory", "Count sheet saved to {file}.").format(file=written.name)
        )
        return written

    @property
    def is_approved(self) -> bool:
        return self.view is not None and self.view.status == APPROVED
