"""A signature pad: the person signs with mouse, pen or finger; the strokes become a PNG.

The drawing is kept as strokes (lists of points in widget coordinates), so resizing never blurs it,
and rendered at twice the widget size for print. `core.signatures.check_signature` decides whether
the PNG is a signature; `is_empty()` is the quick check for buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1a237e")
PEN_WIDTH = 2.2
RENDER_SCALE = 2
MIN_STROKE_EXTENT = 4.0


def _extent(stroke: list[QPointF]) -> float:
    xs = [point.x() for point in stroke]
    ys = [point.y() for point in stroke]
    return max(max(xs) - min(xs), max(ys) - min(ys))


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self.setMinimumSize(QSize(320, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Signature pad: sign here"))
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, 160)

    # ------------------------------------------------------------------ state

    def is_empty(self) -> bool:
        """True until some stroke moves more than a few pixels (a click is not a signature)."""
        return not any(_extent(stroke) >= MIN_STROKE_EXTENT for stroke in self._strokes)

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self.update()
            self.changed.emit()

    def add_stroke(self, points: list[QPointF | tuple[float, float]]) -> None:
        """Add a stroke programmatically (tests, pen tablets that deliver whole strokes)."""
        stroke = [point if isinstance(point, QPointF) else QPointF(*point) for point in points]
        if stroke:
            self._strokes.append(stroke)
            self.update()
            self.changed.emit()

    def png_bytes(self) -> bytes:
        """The signature as a PNG on white, at twice the pad's size; b"" when nothing is drawn."""
        if self.is_empty():
            return b""
        size = self.size() * RENDER_SCALE
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(RENDER_SCALE, RENDER_SCALE)
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # ------------------------------------------------------------------ events

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([event.position()])
            self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.update()
            self.changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            self.clear()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#c0c4cc"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self.is_empty():
            painter.setPen(QColor("#9aa0a6"))
            painter.drawText(self.rect().adjusted(0, 0, 0, -self.height() // 3),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        self._paint_strokes(painter)
        painter.setPen(QPen(QColor("#dadce0"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)
