"""The order KPIs per month (考核指标): processing timeliness, on-time delivery, returned rate."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from neiqin.modules.orders import kpis
from neiqin.modules.orders.schemas import KpiRow
from neiqin.modules.orders.ui.views import fill_table, make_table
from neiqin.ui.context import UiContext


def _rate(part: int, whole: int, value: float | None) -> str:
    return "" if value is None else f"{value:.1%} ({part}/{whole})"


class KpiDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent)
        self.setObjectName("orders.kpis")
        self.setWindowTitle(self.tr("Order KPIs"))
        self.ctx, self._today = ctx, today
        self.hours = QSpinBox(objectName="orders.kpis.hours")
        self.hours.setRange(1, 240)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setValue(kpis.DEFAULT_TARGET_HOURS)
        self.hours.valueChanged.connect(self.reload)
        self.table = make_table("orders.kpis.table", [self.tr("Month"), self.tr("Orders recorded"),
                                                      self.tr("Processing timeliness"), self.tr("On-time delivery"),
                                                      self.tr("Returned for correction")], 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Target from recording to approval")))
        top.addWidget(self.hours)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.rows: list[KpiRow] = []
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        today = self._today()
        since = (today.replace(day=1) - timedelta(days=365)).replace(day=1)
        with self.ctx.db.read() as session:
            self.rows = kpis.kpis(session, self.ctx.actor, since, today, self.hours.value())
        fill_table(self.table, [
            (row.period, row.recorded, _rate(row.approved_in_time, row.approved, row.timeliness),
             _rate(row.delivered_on_time, row.delivered, row.on_time_rate),
             _rate(row.returned, row.submitted, row.returned_rate)) for row in reversed(self.rows)], right_from=1)
