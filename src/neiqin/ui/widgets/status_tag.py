"""A status as a coloured rounded tag WITH its text (never colour alone, UI-GUIDE "Lists"); the
painting is shared by the list delegate and the `StatusTag` widget of detail panes."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

#: tone → (background, text); light tags with dark text stay readable when printed in grey
TONES: dict[str, tuple[str, str]] = {
    "neutral": ("#e8eaed", "#3c4043"),
    "info": ("#d2e3fc", "#174ea6"),
    "success": ("#ceead6", "#0d652d"),
    "warning": ("#feefc3", "#8a4b00"),
    "danger": ("#fad2cf", "#a50e0e"),
}
PAD_X, PAD_Y, RADIUS = 8, 2, 8


def tone_colors(tone: str | None) -> tuple[QColor, QColor]:
    background, text = TONES.get(tone or "neutral", TONES["neutral"])
    return QColor(background), QColor(text)


def tag_size(metrics: QFontMetrics, text: str) -> QSize:
    return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)


def paint_tag(painter: QPainter, rect: QRect, text: str, tone: str | None, font: QFont,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QRect:
    """Paint the tag inside `rect` (aligned as asked); returns the tag's rectangle."""
    if not text:
        return QRect()
    metrics = QFontMetrics(font)
    size = tag_size(metrics, text).boundedTo(rect.size())
    x = rect.left()
    if align & Qt.AlignmentFlag.AlignHCenter:
        x = rect.left() + (rect.width() - size.width()) // 2
    elif align & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - size.width()
    y = rect.top() + (rect.height() - size.height()) // 2
    tag = QRect(x, y, size.width(), size.height())
    background, foreground = tone_colors(tone)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(tag), RADIUS, RADIUS)
    painter.setFont(font)
    painter.setPen(foreground)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, tag.width() - 2 * PAD_X + 1)
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, elided)
    painter.restore()
    return tag


class StatusTag(QWidget):
    """A read-only status tag for forms and detail panes."""

    def __init__(self, text: str = "", tone: str = "neutral", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text, self._tone = text, tone
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_status(self, text: str, tone: str | None = "neutral") -> None:
        self._text, self._tone = text, tone or "neutral"
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def tone(self) -> str:
        return self._tone

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return tag_size(self.fontMetrics(), self._text or " ")

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_tag(painter, self.rect(), self._text, self._tone, self.font(), Qt.AlignmentFlag.AlignLeft)
        painter.end()
