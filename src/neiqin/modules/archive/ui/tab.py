"""The archive tab: the register, the contracts ledger, the document register, lendings, checks and
destruction, each a sub-tab with its own list, actions and detail pane."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from neiqin.modules.archive.schemas import ItemView
from neiqin.modules.archive.ui.documents import DocumentsTab
from neiqin.modules.archive.ui.lendings import LendingsTab
from neiqin.modules.archive.ui.register import ContractsTab, RegisterTab
from neiqin.modules.archive.ui.work import ChecksTab, DestructionTab
from neiqin.ui.context import UiContext

#: the record kinds of dashboard items and search hits, and the sub-tab that shows each
KIND_TABS = {"item": "register", "contract": "contracts", "document": "documents", "lending": "lendings",
             "check": "checks", "destruction": "destruction"}


class ArchiveTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None,
                 today=date.today) -> None:
        super().__init__(parent)
        self.setObjectName("archive.tab")
        self.ctx = ctx
        self.lendings = LendingsTab(ctx, settings=settings, today=today)
        self.register = RegisterTab(ctx, settings=settings, today=today, lend=self.lend)
        self.contracts = ContractsTab(ctx, settings=settings, today=today)
        self.documents = DocumentsTab(ctx, settings=settings, today=today)
        self.checks = ChecksTab(ctx, settings=settings, today=today)
        self.destruction = DestructionTab(ctx, settings=settings, today=today)
        self.tabs = QTabWidget(objectName="archive.tabs")
        self.tabs.setDocumentMode(True)
        self.pages = {"register": self.register, "contracts": self.contracts, "documents": self.documents,
                      "lendings": self.lendings, "checks": self.checks, "destruction": self.destruction}
        titles = {"register": self.tr("Archive register"), "contracts": self.tr("Contracts ledger"),
                  "documents": self.tr("Received and sent documents"), "lendings": self.tr("Lending"),
                  "checks": self.tr("Register checks"), "destruction": self.tr("Destruction")}
        for key, page in self.pages.items():
            self.tabs.addTab(page, titles[key])
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_page(self, key: str):
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def lend(self, item: ItemView):
        """A lending request for an item chosen in the register."""
        return self.show_page("lendings").request(item)

    def open_record(self, kind: str, record_id: str) -> None:
        """Dashboard items and search hits: the sub-tab of the record's kind, showing the record."""
        self.show_page(KIND_TABS.get(kind, "register")).show_record(record_id)
