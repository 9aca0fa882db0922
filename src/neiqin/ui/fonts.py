"""The bundled CJK font as the application font, so Chinese never shows as boxes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

#: points; about 13-14 px on a 96 dpi 1080p screen, what a clerk reads all day without strain
DEFAULT_POINT_SIZE = 10
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 18


def load_font(path: Path) -> str | None:
    """Register the font file with Qt; returns its family name, or None if it cannot be loaded."""
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("cannot load the font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def install_application_font(app: QGuiApplication, path: Path, point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """Make the bundled font the application font at a readable size; falls back to the system font
    (keeping the size) when the file is missing."""
    point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(point_size)))
    family = load_font(path) if path.exists() else None
    font = QFont(app.font())
    if family:
        font.setFamilies([family])
    font.setPointSize(point_size)
    app.setFont(font)
    return font
