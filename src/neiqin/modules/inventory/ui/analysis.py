"""Stock analysis: count accuracy and variance by reason, turnover and days of stock, the
replenishment suggestions (exported as a purchase list), slow-moving stock with handling plans."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.inventory import service_analysis, service_excel
from neiqin.modules.inventory.schemas import HANDLING_ACTIONS, HANDLING_STATES, REASONS
from neiqin.modules.inventory.ui.common import current_id, error_text, fill, make_table, tr
from neiqin.ui.formats import format_qty


def _pct(value) -> str:
    return f"{value * 100:.1f}%" if value is not None else "—"


class AnalysisDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inventory.analysis")
        self.setWindowTitle(QCoreApplication.translate("inventory", "Stock analysis"))
        self.resize(1000, 640)
        self.days = QSpinBox()
        self.days.setObjectName("inventory.analysis.days")
        self.days.setRange(7, 730)
        self.days.setValue(90)
        self.days.setSuffix(" " + QCoreApplication.translate("inventory", "days"))
        self.by = QComboBox()
        self.by.setObjectName("inventory.analysis.by")
        self.by.addItem(QCoreApplication.translate("inventory", "Per product"), "product")
        self.by.addItem(QCoreApplication.translate("inventory", "Per category"), "category")
        refresh = QPushButton(QCoreApplication.translate("inventory", "Refresh"))
        refresh.setObjectName("inventory.analysis.refresh")
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("inventory", "Period / window")))
        top.addWidget(self.days)
        top.addWidget(self.by)
        top.addWidget(refresh)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("inventory.analysis.summary")
        self.accuracy = make_table(
            "inventory.analysis.accuracy",
            [
                QCoreApplication.translate("inventory", "Number"),
                QCoreApplication.translate("inventory", "Count"),
                QCoreApplication.translate("inventory", "Lines"),
                QCoreApplication.translate("inventory", "Without variance"),
                QCoreApplication.translate("inventory", "Count accuracy"),
                QCoreApplication.translate("inventory", "Quantity accuracy"),
                QCoreApplication.translate("inventory", "Net variance"),
            ],
        )
        self.reasons = make_table(
            "inventory.analysis.reasons",
            [
                QCoreApplication.translate("inventory", "Reason"),
                QCoreApplication.translate("inventory", "Lines"),
                QCoreApplication.translate("inventory", "Net variance"),
            ],
        )
        self.turnover = make_table(
            "inventory.analysis.turnover",
            [
                QCoreApplication.translate("inventory", "Code"),
                QCoreApplication.translate("inventory", "Product name"),
                QCoreApplication.translate("inventory", "Category"),
                QCoreApplication.translate("inventory", "Opening"),
                QCoreApplication.translate("inventory", "Closing"),
                QCoreApplication.translate("inventory", "Sold"),
                QCoreApplication.translate("inventory", "Turnover rate"),
                QCoreApplication.translate("inventory", "Days of stock"),
            ],
        )
        self.replenish = make_table(
            "inventory.analysis.replenishment",
            [
                QCoreApplication.translate("inventory", "Code"),
                QCoreApplication.translate("inventory", "Product name"),
                QCoreApplication.translate("inventory", "Unit"),
                QCoreApplication.translate("inventory", "In stock"),
                QCoreApplication.translate("inventory", "Daily sales"),
                QCoreApplication.translate("inventory", "Lead time (days)"),
                QCoreApplication.translate("inventory", "Reorder point"),
                QCoreApplication.translate("inventory", "Suggested quantity"),
            ],
        )
        self.slow = make_table(
            "inventory.analysis.slow",
            [
                QCoreApplication.translate("inventory", "Code"),
                QCoreApplication.translate("inventory", "Product name"),
                QCoreApplication.translate("inventory", "Category"),
                QCoreApplication.translate("inventory", "Quantity"),
                QCoreApplication.translate("inventory", "Idle days"),
                QCoreApplication.translate("inventory", "Handling"),
                QCoreApplication.translate("inventory", "Status"),
            ],
        )
        self.message = QLabel()
        self.message.setObjectName("inventory.analysis.message")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inventory.analysis.tabs")
        accuracy_page = QWidget()
        accuracy_layout = QVBoxLayout(accuracy_page)
        accuracy_layout.addWidget(self.summary)
        accuracy_layout.addWidget(self.accuracy, 2)
        accuracy_layout.addWidget(QLabel(QCoreApplication.translate("inventory", "Variance by reason")))
        accuracy_layout.addWidget(self.reasons, 1)
        self.tabs.addTab(accuracy_page, QCoreApplication.translate("inventory", "Count accuracy"))
        self.tabs.addTab(self.turnover, QCoreApplication.translate("inventory", "Turnover rate"))
        self.tabs.addTab(
            self._with_buttons(
                self.replenish,
                [
                    (
                        "export",
                        QCoreApplication.translate("inventory", "Export purchase list…"),
                        self.export_purchase_list,
                    )
                ],
            ),
            QCoreApplication.translate("inventory", "Replenishment suggestions"),
        )
        self.tabs.addTab(
            self._with_buttons(
                self.slow,
                [
                    ("plan", QCoreApplication.translate("inventory", "Plan handling…"), self.plan_handling),
                    ("done", QCoreApplication.translate("inventory", "Mark handled…"), self.mark_done),
                ],
            ),
            QCoreApplication.translate("inventory", "Slow-moving stock"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.plan_ids: dict[str, str | None] = {}
        self.reload()

    def _with_buttons(self, table, buttons) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for key, title, slot in buttons:
            button = QPushButton(title)
            button.setObjectName(f"inventory.analysis.{key}")
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def reload(self) -> None:
        today = date.today()
        days = self.days.value()
        since = today - timedelta(days=days - 1)
        actor = self.ctx.actor
        with self.ctx.db.read() as session:
            report = service_analysis.accuracy_report(session, actor, since, today)
            turnover = service_analysis.turnover(session, actor, since, today, self.by.currentData())
            replenish = service_analysis.replenishment(session, actor, today, days)
            slow = service_analysis.slow_moving(session, actor, today, days)
        self.summary.setText(
            QCoreApplication.translate(
                "inventory",
                "{count} approved counts, {lines} lines: count accuracy {lines_pct}, by quantity {qty_pct}.",
            ).format(
                count=len(report.rows),
                lines=report.lines,
                lines_pct=_pct(report.line_accuracy),
                qty_pct=_pct(report.quantity_accuracy),
            )
        )
        fill(
            self.accuracy,
            [
                [
                    r.number,
                    r.title,
                    r.lines,
                    r.matching,
                    _pct(r.line_accuracy),
                    _pct(r.quantity_accuracy),
                    format_qty(r.net_variance),
                ]
                for r in report.rows
            ],
            [r.count_id for r in report.rows],
            numeric=(2, 3, 4, 5, 6),
        )
        fill(
            self.reasons,
            [
                [QCoreApplication.translate("counts", REASONS.get(k, k)) if k else "—", n, format_qty(q)]
                for k, (n, q) in report.by_reason.items()
            ],
            numeric=(1, 2),
        )
        fill(
            self.turnover,
            [
                [
                    r.code,
                    r.name,
                    r.category,
                    format_qty(r.opening),
                    format_qty(r.closing),
                    format_qty(r.outflow),
                    "" if r.turnover is None else str(r.turnover),
                    "" if r.days_of_stock is None else str(r.days_of_stock),
                ]
                for r in turnover
            ],
            numeric=(3, 4, 5, 6, 7),
        )
        fill(
            self.replenish,
            [
                [
                    r.code,
                    r.name,
                    r.unit,
                    format_qty(r.available),
                    format_qty(r.daily_sales),
                    r.lead_time_days,
                    r.reorder_point,
                    format_qty(r.suggested),
                ]
                for r in replenish
            ],
            [r.product_id for r in replenish],
            numeric=(3, 4, 5, 6, 7),
        )
        fill(
            self.slow,
            [
                [
                    r.code,
                    r.name,
                    r.category,
                    format_qty(r.quantity),
                    "" if r.idle_days is None else r.idle_days,
                    tr(HANDLING_ACTIONS[r.plan_action]) if r.plan_action else "",
                    tr(HANDLING_STATES[r.plan_status]) if r.plan_status else "",
                ]
                for r in slow
            ],
            [r.product_id for r in slow],
            numeric=(3, 4),
        )
        self.plan_ids = {r.product_id: r.plan_id for r in slow}

    def export_purchase_list(self, path: Path | None = None) -> int | None:
        if not isinstance(path, Path):
            name, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("inventory", "Export purchase list…"),
                "purchase-list.xlsx",
                QCoreApplication.translate("inventory", "Excel workbook (*.xlsx)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                rows = service_excel.export_purchase_list(uow, path, {"window_days": self.days.value()})
        except NeiqinError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(
            QCoreApplication.translate("inventory", "Exported {rows} rows to {file}.").format(
                rows=rows, file=path.name
            )
        )
        return rows

    def plan_handling(self, action: str | None = None, note: str = "") -> None:
        product_id = current_id(self.slow)
        if product_id is None:
            self.message.setText(QCoreApplication.translate("inventory", "Select a product first."))
            return
        if action is None:
            titles = [tr(t) for t in HANDLING_ACTIONS.values()]
            chosen, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("inventory", "Plan handling…"),
                QCoreApplication.translate("inventory", "Handling"),
                titles,
                0,
                False,
            )
            if not ok:
                return
            action = list(HANDLING_ACTIONS)[titles.index(chosen)]
        self._write(
            lambda uow: service_analysis.plan_handling(
                uow, product_id, action, date.today() + timedelta(days=14), note
            )
        )

    def mark_done(self, result: str | None = None, quantity: str | None = None) -> None:
        plan_id = self.plan_ids.get(current_id(self.slow) or "")
        if plan_id is None:
            self.message.setText(
                QCoreApplication.translate("inventory", "Select a product with a handling plan first.")
            )
            return
        if result is None:
            result, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("inventory", "Mark handled…"),
                QCoreApplication.translate("inventory", "What was done"),
            )
            if not ok:
                return
        self._write(lambda uow: service_analysis.complete_handling(uow, plan_id, result, quantity))

    def _write(self, fn) -> None:
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                fn(uow)
        except NeiqinError as error:
            self.message.setText(error_text(error))
            return
        self.message.setText("")
        self.reload()
