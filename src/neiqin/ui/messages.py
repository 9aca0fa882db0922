"""Messages in the clerk's words: what happened and what to do; the details for support behind a
"Show Details…" button and in the log — never a bare traceback."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from neiqin.core.errors import NeiqinError
from neiqin.ui.i18n import translate_error

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_box(parent: QWidget | None, text: str, details: str = "", title: str | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, title or QCoreApplication.translate("messages", "Neiqin"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messages.error")
    if details:
        box.setDetailedText(details)
    return box


def show_error(parent: QWidget | None, text: str, details: str = "", title: str | None = None) -> None:
    error_box(parent, text, details, title).exec()


def describe(error: BaseException) -> tuple[str, str]:
    """(message, details) for any exception: a NeiqinError in words; anything else is our bug."""
    if isinstance(error, NeiqinError):
        # a bug met in a background task arrives wrapped, with its traceback in `details`
        details = getattr(error, "details", "") or f"{type(error).__name__}: {error.render()}"
        return translate_error(error), details
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    text = QCoreApplication.translate("messages", "Something went wrong that should not have. Your data is safe; the last action was not saved. "
              "The details are in the log file.")
    return text, details


def show_exception(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    text, details = describe(error)
    if not isinstance(error, NeiqinError):
        log.error("unexpected error\n%s", details)
    show_error(parent, text, details, title)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title or QCoreApplication.translate("messages", "Neiqin"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("messages.confirm")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title or QCoreApplication.translate("messages", "Neiqin"), text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("messages.info")
    box.exec()
