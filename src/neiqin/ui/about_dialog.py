"""Help ▸ About: version and the licenses of what Neiqin is built on, the bundled font's included."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from neiqin import __version__, paths

#: (component, license) of the libraries shipped with the application
COMPONENTS = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("openpyxl", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("keyring", "MIT"),
    ("platformdirs", "MIT"),
    ("pypinyin", "MIT"),
    ("zhconv", "MIT"),
    ("qrcode", "BSD-3-Clause"),
    ("psutil", "BSD-3-Clause"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("Pillow", "MIT-CMU"),
    ("Mako", "MIT"),
    ("psycopg", "LGPL-3.0"),
    ("PyMySQL", "MIT"),
    ("Python", "PSF-2.0"),
    ("PyInstaller bootloader (installed app)", "GPL-2.0-or-later WITH Bootloader-exception"),
    ("Droid Sans Fallback", "Apache-2.0"),
    ("DejaVu Sans", "Bitstream-Vera"),
)


def font_license() -> str:
    path = paths.font_path().parent / "LICENSE-DroidSansFallback.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "Apache License 2.0 — https://www.apache.org/licenses/LICENSE-2.0"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.resize(640, 560)
        self.title = QLabel()
        self.title.setObjectName("about.title")
        self.title.setWordWrap(True)
        self.licenses = QTextBrowser()
        self.licenses.setObjectName("about.licenses")
        self.licenses.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("about.close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.licenses, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Neiqin"))
        self.title.setText(
            "<h2>" + html.escape(self.tr("Neiqin")) + f" {html.escape(__version__)}</h2><p>"
            + html.escape(self.tr("The sales office clerk's desk: orders, customer files, stock counts, office "
                                  "supplies, reimbursements, meeting minutes and archive lending."))
            + "</p><p>" + html.escape(self.tr("Version {version}; Qt {qt}, PySide6 {pyside}.").format(
                version=__version__, qt=qVersion(), pyside=pyside_version)) + "</p>")
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td>{html.escape(spdx)}</td></tr>" for name, spdx in COMPONENTS)
        self.licenses.setHtml(
            "<h3>" + html.escape(self.tr("Licenses")) + "</h3>"
            + f"<table cellpadding='3'>{rows}</table>"
            + "<h3>" + html.escape(self.tr("The bundled font: Droid Sans Fallback")) + "</h3>"
            + "<pre style='white-space: pre-wrap'>" + html.escape(font_license()) + "</pre>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
