"""The record editor pattern (UI-GUIDE "Editors"): a form with labels on the left, required fields
marked, errors in words under the field, Enter to the next field, Ctrl+S saves, Esc cancels and
asks only when something changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError, ValidationError, ValidationErrors
from neiqin.ui.i18n import translate_error
from neiqin.ui.messages import confirm, show_exception
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.money_edit import MoneyEdit

ERROR_STYLE = "color: #a50e0e;"


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)


def widget_value(widget: QWidget) -> Any:
    """The value a form widget holds, in Python terms."""
    if isinstance(widget, MoneyEdit | DateEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if hasattr(widget, "value"):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


def _change_signal(widget: QWidget):
    for name in ("value_changed", "textChanged", "currentIndexChanged", "toggled", "valueChanged",
                 "dateChanged", "editTextChanged"):
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            return signal
    return None


@dataclass
class Field:
    key: str
    label: QLabel
    widget: QWidget
    error: QLabel
    required: bool


class RecordEditor(QDialog):
    """Subclass and override `save()` (or pass `on_save(values) -> result`). `save` raising a
    ValidationError shows it next to its field and keeps the dialog open; returning closes it with
    the result in `self.result_value`."""

    def __init__(self, parent: QWidget | None = None, title: str = "", object_name: str = "editor",
                 on_save: Callable[[dict[str, Any]], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self._on_save = on_save
        self.fields: dict[str, Field] = {}
        self.result_value: Any = None
        self._dirty = False
        self._loading = False

        self.general_error = QLabel()
        self.general_error.setObjectName(f"{object_name}.error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{object_name}.save")
        self.save_button.setToolTip(_t("Save (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(f"{object_name}.cancel")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter moves between fields instead of pressing a button
            button.setDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.submit)

    # -- building --------------------------------------------------------------------------------------
    def add_field(self, key: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        if key in self.fields:
            raise ValueError(f"field {key!r} added twice")
        if not widget.objectName():
            widget.setObjectName(f"{self.objectName()}.{key}")
        caption = QLabel(f"{label} *" if required else label)
        caption.setBuddy(widget)
        if required:
            caption.setToolTip(_t("Required"))
            widget.setAccessibleDescription(_t("Required"))
        error = QLabel()
        error.setObjectName(f"{self.objectName()}.{key}.error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        self.form.addRow(caption, box)
        self.fields[key] = Field(key, caption, widget, error, required)
        signal = _change_signal(widget)
        if signal is not None:
            signal.connect(lambda *_args, k=key: self._on_changed(k))
        for target in (widget, getattr(widget, "lineEdit", lambda: None)()):
            if target is not None:
                target.installEventFilter(self)
        return widget

    def values(self) -> dict[str, Any]:
        return {key: widget_value(field.widget) for key, field in self.fields.items()}

    def load(self, fill: Callable[[], None]) -> None:
        """Fill the widgets (an existing record) without counting it as a change."""
        self._loading = True
        try:
            fill()
        finally:
            self._loading = False
        self.mark_clean()

    # -- dirty tracking --------------------------------------------------------------------------------
    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def _on_changed(self, key: str) -> None:
        if self._loading:
            return
        self._dirty = True
        self._set_error(key, "")

    # -- errors ----------------------------------------------------------------------------------------
    def _set_error(self, key: str, text: str) -> None:
        field = self.fields[key]
        field.error.setText(text)
        field.error.setVisible(bool(text))
        field.widget.setProperty("invalid", bool(text))

    def clear_errors(self) -> None:
        for key in self.fields:
            self._set_error(key, "")
        self.general_error.hide()
        self.general_error.clear()

    def show_errors(self, error: ValidationError | ValidationErrors) -> None:
        """Each error under its field (matched by `.field`); others above the form."""
        self.clear_errors()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        general: list[str] = []
        first: QWidget | None = None
        for item in errors:
            text = translate_error(item)
            field = self.fields.get(getattr(item, "field", None) or "")
            if field is None:
                general.append(text)
                continue
            previous = field.error.text()
            self._set_error(field.key, f"{previous}\n{text}" if previous else text)
            first = first or field.widget
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str) -> str:
        field = self.fields[key]
        return field.error.text() if not field.error.isHidden() else ""

    # -- saving and cancelling --------------------------------------------------------------------------
    def save(self) -> Any:
        """Write the record (in one unit of work); raise ValidationError(s) for bad input."""
        if self._on_save is None:
            raise NotImplementedError("give on_save or override save()")
        return self._on_save(self.values())

    def check_required(self) -> None:
        missing = [ValidationError(QT_TRANSLATE_NOOP("errors", "{label} is required."), field=key, label=field.label.text().rstrip(" *"))
                   for key, field in self.fields.items()
                   if field.required and widget_value(field.widget) in (None, "")]
        if missing:
            raise ValidationErrors(missing)

    @Slot()
    def submit(self) -> None:
        self.clear_errors()
        try:
            self.check_required()
            self.result_value = self.save()
        except (ValidationError, ValidationErrors) as error:
            self.show_errors(error)
            return
        except NeiqinError as error:
            self.general_error.setText(translate_error(error))
            self.general_error.show()
            return
        except Exception as error:  # a bug: in words for the clerk, the traceback in the log
            show_exception(self, error, self.windowTitle())
            return
        self.mark_clean()
        self.accept()

    def confirm_discard(self) -> bool:
        return confirm(self, _t("Discard changes?"), self.windowTitle())

    def reject(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        super().reject()

    # -- Enter moves on ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(watched, QComboBox | QAbstractSpinBox | QLineEdit | QAbstractButton) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self._focus_next(watched)
            return True
        return super().eventFilter(watched, event)

    def _focus_next(self, watched: QObject) -> None:
        keys = list(self.fields)
        for position, key in enumerate(keys):
            widget = self.fields[key].widget
            if watched is widget or (hasattr(widget, "lineEdit") and watched is widget.lineEdit()):
                following = [self.fields[k].widget for k in keys[position + 1:] if self.fields[k].widget.isEnabled()]
                target = following[0] if following else self.save_button
                target.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(target, QLineEdit):
                    target.selectAll()
                return
