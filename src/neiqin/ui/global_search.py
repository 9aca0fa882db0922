"""The global search box of the toolbar (Ctrl+K): results pop up as you type, grouped by module;
Enter or a click opens the record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from neiqin.core.contributions import SearchHit
from neiqin.core.errors import NeiqinError
from neiqin.ui.i18n import translate_error
from neiqin.ui.tasks import TaskRunner

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 250
MIN_CHARS = 1


class SearchPopup(QTreeWidget):
    """A list laid over the window under the box (a child, not a separate window, so it never takes
    the focus or the keyboard); the box forwards the arrow keys and Enter."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search.results")
        self.setFrameShape(QFrame.Shape.Box)
        self.hide()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)

    def hits(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(g).child(i) for g in range(self.topLevelItemCount())
                for i in range(self.topLevelItem(g).childCount())]

    def move_selection(self, step: int) -> None:
        hits = self.hits()
        if not hits:
            return
        current = self.currentItem()
        index = hits.index(current) if current in hits else -1
        self.setCurrentItem(hits[max(0, min(len(hits) - 1, index + step))])


class GlobalSearchBox(QLineEdit):
    """`search(text) -> list[SearchHit]` runs in the runner (kind "read") after a pause in typing;
    `module_title(module_id)` names the groups. Emits `open_requested(module, kind, record_id)`."""

    open_requested = Signal(str, str, str)
    results_shown = Signal(int)

    def __init__(self, search: Callable[[str], list[SearchHit]], runner: TaskRunner,
                 module_title: Callable[[str], str] = lambda module: module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner
        self._module_title = module_title
        self._asked = ""
        self.hits_shown: list[SearchHit] = []
        self.setObjectName("search.box")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.popup = SearchPopup(self)
        self.popup.itemClicked.connect(self._clicked)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.textEdited.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _edited(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARS:
            self.timer.stop()
            self.popup.hide()
            return
        self.timer.start()

    def run_search(self) -> None:
        text = self.text().strip()
        if len(text) < MIN_CHARS:
            return
        self._asked = text
        self._runner.submit(self._search, text, title=self.tr("Search"), kind="read",
                            on_done=lambda hits, asked=text: self._arrived(asked, hits),
                            on_error=lambda error, asked=text: self._failed(asked, error))

    def _arrived(self, asked: str, hits: list[SearchHit]) -> None:
        if asked != self.text().strip():
            return  # the clerk typed on; a newer search is coming
        self.show_hits(hits)

    def _failed(self, asked: str, error: NeiqinError) -> None:
        if asked == self.text().strip():
            self._show_note(translate_error(error))

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.popup.clear()
        self.hits_shown = list(hits)
        if not hits:
            self._show_note(self.tr("Nothing found for “{text}”.").format(text=self.text().strip()))
            return
        groups: dict[str, list[SearchHit]] = {}
        for hit in sorted(hits, key=lambda h: -h.score):
            groups.setdefault(hit.module, []).append(hit)
        bold = QFont(self.popup.font())
        bold.setBold(True)
        for module, members in groups.items():
            head = QTreeWidgetItem([f"{self._module_title(module)} ({len(members)})"])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFirstColumnSpanned(True)
            self.popup.addTopLevelItem(head)
            for hit in members:
                child = QTreeWidgetItem([hit.title, hit.subtitle])
                child.setData(0, HIT_ROLE, hit)
                head.addChild(child)
            head.setExpanded(True)
        self.popup.setCurrentItem(self.popup.hits()[0])
        self._place_popup()
        self.results_shown.emit(len(hits))

    def _show_note(self, text: str) -> None:
        self.popup.clear()
        note = QTreeWidgetItem([text])
        note.setFlags(Qt.ItemFlag.NoItemFlags)
        self.popup.addTopLevelItem(note)
        self._place_popup()
        self.results_shown.emit(0)

    def _place_popup(self) -> None:
        self.popup.resizeColumnToContents(0)
        rows = sum(1 + self.popup.topLevelItem(i).childCount() for i in range(self.popup.topLevelItemCount()))
        host = self.window()
        if self.popup.parent() is not host:
            self.popup.setParent(host)
        height = min(16, rows) * (self.popup.sizeHintForRow(0) or 22) + 8
        corner = self.mapTo(host, QPoint(0, self.height()))
        width = min(max(self.width(), 460), max(self.width(), host.width() - corner.x()))
        self.popup.setGeometry(corner.x(), corner.y(), width, height)
        self.popup.raise_()
        self.popup.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if not self.popup.isHidden():
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.timer.stop()
            self.run_search()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        # a click on the popup arrives after the focus left: hide a moment later
        QTimer.singleShot(200, self._hide_unless_focused)
        super().focusOutEvent(event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def open_current(self) -> bool:
        item = self.popup.currentItem()
        return self._open(item) if item is not None else False

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open(item)

    def _open(self, item: QTreeWidgetItem) -> bool:
        hit = item.data(0, HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return False
        self.popup.hide()
        self.open_requested.emit(hit.module, hit.kind, hit.record_id)
        return True


def module_titles(titles: dict[str, str]) -> Callable[[str], str]:
    """A `module_title` function over {module_id: untranslated title} (context "modules")."""
    return lambda module: QCoreApplication.translate("modules", titles.get(module, module))

