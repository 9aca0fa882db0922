"""The work dashboard (工作台): what needs the clerk today, grouped, each opening its record.

Items come from a provider function (the shell collects every module's `dashboard_items`) run in
the background runner, so a slow module never freezes the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.contributions import DashboardItem
from neiqin.core.errors import NeiqinError
from neiqin.ui.context import UiContext
from neiqin.ui.formats import format_date
from neiqin.ui.i18n import translate_error

DashboardProvider = Callable[..., list[DashboardItem]]  # (session, actor, today) -> items
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # on a "show all" row: the group it opens
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # on a group row: how many items the group has
REFRESH_MS = 5 * 60 * 1000
#: items shown per group until the clerk asks for all, so one long group does not hide the others
SHOWN_PER_GROUP = 10
_SEVERITY_COLOURS = {"warning": "#8a5a00", "overdue": "#b3261e"}


def group_items(items: list[DashboardItem]) -> dict[str, list[DashboardItem]]:
    """Items by group, groups in first-seen order; inside a group overdue first, then by due date."""
    rank = {"overdue": 0, "warning": 1}
    groups: dict[str, list[DashboardItem]] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    for members in groups.values():
        members.sort(key=lambda i: (rank.get(i.severity, 2), i.due or "9999", i.title))
    return groups


class DashboardView(QWidget):
    """`refresh()` reloads in the background; `open_record(module, kind, record_id)` is called on
    double-click or Enter."""

    def __init__(self, context: UiContext, provider: DashboardProvider,
                 open_record: Callable[[str, str, str], None], today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._provider = provider
        self._open_record = open_record
        self._today = today
        self._loading = False
        self._opened: set[str] = set()  # groups shown in full
        self.items: list[DashboardItem] = []
        self.error: str = ""
        self.setObjectName("dashboard")
        self.heading = QLabel()
        self.heading.setObjectName("dashboard.heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashboard.refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dashboard.tree")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel()
        self.empty.setObjectName("dashboard.empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    # ------------------------------------------------------------------ loading

    def _load(self) -> list[DashboardItem]:
        with self._context.db.read() as session:
            return list(self._provider(session, self._context.actor, self._today()))

    def refresh(self) -> None:
        """Reload in the background; a refresh while one runs is skipped."""
        if self._loading:
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        self._context.runner.submit(self._load, title=self.tr("Work dashboard"), kind="read",
                                    on_done=self._loaded, on_error=self._failed)
        if not self.timer.isActive():
            self.timer.start()

    def _loaded(self, items: list[DashboardItem]) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self.error = ""
        self.items = items
        self._show()

    def _failed(self, error: NeiqinError) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self.error = translate_error(error)
        self._show()

    @property
    def loading(self) -> bool:
        return self._loading

    # ------------------------------------------------------------------ showing

    def _show(self) -> None:
        self.tree.clear()
        groups = group_items(self.items)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group, members in groups.items():
            title = QCoreApplication.translate("dashboard", group)
            total = max(len(members), *(item.group_total for item in members))
            head = QTreeWidgetItem([f"{title} ({total:,})"])
            head.setData(0, COUNT_ROLE, total)
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            shown = members if group in self._opened else members[:SHOWN_PER_GROUP]
            for item in shown:
                detail = (QCoreApplication.translate(item.detail_context, item.detail)
                          if getattr(item, "detail_context", "") else item.detail)
                child = QTreeWidgetItem([item.title, detail, self._due_text(item)])
                child.setData(0, ITEM_ROLE, item)
                colour = _SEVERITY_COLOURS.get(item.severity)
                if colour:
                    child.setForeground(2, QBrush(QColor(colour)))
                head.addChild(child)
            if len(shown) < len(members):
                more = QTreeWidgetItem([self.tr("Show all {count}…").format(count=f"{len(members):,}")])
                more.setData(0, MORE_ROLE, group)
                head.addChild(more)
            elif total > len(members):
                head.addChild(QTreeWidgetItem([self.tr("{count} more in the module's tab").format(
                    count=f"{total - len(members):,}")]))
            head.setExpanded(True)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        has_items = bool(groups)
        self.tree.setVisible(has_items)
        self.empty.setVisible(not has_items)
        if self.error:
            self.empty.setText(self.tr("The dashboard could not be loaded: {reason}").format(reason=self.error))
        elif self._loading and not self.items:
            self.empty.setText(self.tr("Loading…"))
        else:
            self.empty.setText(self.tr("Nothing waiting for you right now — well done.\n"
                                       "New orders, reviews, returns and meetings will appear here."))

    def _due_text(self, item: DashboardItem) -> str:
        due = format_date(item.due) if item.due else ""
        if item.severity == "overdue":
            return self.tr("overdue {date}").format(date=due).strip()
        return due

    def group_counts(self) -> dict[str, int]:
        """Shown group title → number of items (what the clerk sees)."""
        out = {}
        for index in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(index)
            out[head.text(0).rsplit(" (", 1)[0]] = head.data(0, COUNT_ROLE)
        return out

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        group = row.data(0, MORE_ROLE)
        if group:
            self._opened.add(group)
            self._show()
            return
        item = row.data(0, ITEM_ROLE)
        if isinstance(item, DashboardItem):
            self._open_record(item.module, getattr(item, "kind", ""), item.record_id)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Work dashboard"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details"), self.tr("Due")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
