"""In-app PDF preview with Print (system dialog) and Save as (UI-GUIDE "Printing"), for any module."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QSizeF, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None, object_name: str = "preview") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.path = Path(path)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName(f"{object_name}.view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"), objectName=f"{object_name}.print")
        self.save_button = QPushButton(self.tr("Save PDF…"), objectName=f"{object_name}.save")
        for button in (self.print_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 900)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot()
    def save_as(self, target: Path | None = None) -> Path | None:
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.path.name,
                                                        self.tr("PDF (*.pdf)"))
            if not name:
                return None
            target = Path(name)
        shutil.copyfile(self.path, target)
        return target

    @Slot()
    def print_document(self, printer: QPrinter | None = None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return self.render_to(printer)

    def render_to(self, printer: QPrinter) -> bool:
        """Each page rendered at the printer's resolution, fitted to the printable area."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSizeF(points.width() / 72 * dpi, points.height() / 72 * dpi).toSize()
                image = self.document.render(page, size)
                area = painter.viewport()
                scale = min(area.width() / image.width(), area.height() / image.height())
                painter.save()
                painter.scale(scale, scale)
                painter.drawImage(QPointF(0, 0), image)
                painter.restore()
        finally:
            painter.end()
        return True
