"""The KPI targets dialog (company settings): one field per indicator."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from neiqin.modules.reports.ui.models import unit_text


class TargetsDialog(QDialog):
    def __init__(self, specs: Sequence, current: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports.targets")
        self.setWindowTitle(self.tr("KPI targets"))
        self.fields: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        note = QLabel(self.tr("Targets apply to every clerk; a result is met when it reaches the target."))
        note.setWordWrap(True)
        form.addRow(note)
        for spec in specs:
            box = QDoubleSpinBox(objectName=f"reports.targets.{spec.code}")
            box.setDecimals(1)
            box.setRange(0, 100 if spec.unit == "percent" else 10_000)
            box.setSuffix(unit_text(spec.unit))
            box.setPrefix("≥ " if spec.better == "higher" else "≤ ")
            box.setValue(current.get(spec.code, spec.default_target))
            if spec.description:
                box.setToolTip(QCoreApplication.translate("kpi", spec.description))
            self.fields[spec.code] = box
            form.addRow(QCoreApplication.translate("kpi", spec.title), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, float]:
        return {code: box.value() for code, box in self.fields.items()}
