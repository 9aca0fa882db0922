from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from neiqin.core.errors import NeiqinError, ValidationError, ValidationErrors
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.money_edit import MoneyEdit

# showing a dialog on the offscreen platform warns about window-manager features it lacks
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class CustomerEditor(RecordEditor):
    def __init__(self):
        super().__init__(title="Customer", object_name="customers.editor")
        self.saved = []
        self.discard_answer = True
        self.asked = 0
        self.name = self.add_field("name", "Name", QLineEdit(), required=True)
        self.code = self.add_field("code", "Code", QLineEdit())
        self.level = QComboBox()
        self.level.addItem("A", "a")
        self.level.addItem("B", "b")
        self.add_field("level", "Credit rating", self.level)
        self.limit = self.add_field("limit", "Credit limit", MoneyEdit())
        self.fail_with = None

    def save(self):
        if self.fail_with:
            raise self.fail_with
        self.saved.append(self.values())
        return "new-id"

    def confirm_discard(self):
        self.asked += 1
        return self.discard_answer


@pytest.fixture
def editor(qtbot):
    dialog = CustomerEditor()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_required_fields_are_marked_and_checked(editor, qtbot):
    assert editor.fields["name"].label.text() == "Name *"
    assert editor.fields["code"].label.text() == "Code"
    assert editor.name.objectName() == "customers.editor.name"
    qtbot.keyClick(editor.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and editor.saved == []
    assert editor.error_text("name") == "Name is required."
    assert editor.error_text("code") == ""
    qtbot.keyClicks(editor.name, "A")  # typing in the field clears its error
    assert editor.error_text("name") == ""


def test_ctrl_s_saves_values_and_closes(editor, qtbot):
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, " Acme ")
    editor.level.setCurrentIndex(1)
    editor.limit.setValue(Decimal("5000"))
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved == [{"name": "Acme", "code": "", "level": "b", "limit": Decimal("5000.00")}]
    assert editor.result_value == "new-id" and editor.result() == QDialog.DialogCode.Accepted


def test_service_errors_are_shown_next_to_their_field(editor, qtbot):
    editor.name.setText("Acme")
    editor.fail_with = ValidationErrors([
        ValidationError("The code {code} is taken.", field="code", code="C1"),
        ValidationError("Check the credit limit.", field="limit"),
        ValidationError("The customer list changed meanwhile."),
    ])
    editor.submit()
    assert editor.isVisible()
    assert editor.error_text("code") == "The code C1 is taken."
    assert editor.error_text("limit") == "Check the credit limit."
    assert not editor.general_error.isHidden()
    assert editor.general_error.text() == "The customer list changed meanwhile."
    assert editor.focusWidget() is editor.code
    editor.fail_with = NeiqinError("The database is read-only.")
    editor.submit()
    assert editor.general_error.text() == "The database is read-only." and editor.isVisible()


def test_enter_moves_to_the_next_field_and_then_to_save(editor, qtbot):
    editor.name.setFocus()
    qtbot.waitUntil(editor.name.hasFocus)
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert editor.code.hasFocus()
    qtbot.keyClick(editor.code, Qt.Key.Key_Return)
    assert editor.level.hasFocus()
    qtbot.keyClick(editor.level, Qt.Key.Key_Return)
    assert editor.limit.hasFocus()
    qtbot.keyClick(editor.limit, Qt.Key.Key_Enter)
    assert editor.save_button.hasFocus()
    assert editor.isVisible() and editor.saved == []  # Enter never saved by itself


def test_escape_asks_only_when_something_changed(editor, qtbot):
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert not editor.isVisible() and editor.asked == 0

    changed = CustomerEditor()
    qtbot.addWidget(changed)
    changed.show()
    changed.discard_answer = False
    qtbot.keyClicks(changed.name, "x")
    assert changed.is_dirty
    qtbot.keyClick(changed.name, Qt.Key.Key_Escape)
    assert changed.isVisible() and changed.asked == 1
    changed.discard_answer = True
    qtbot.keyClick(changed.name, Qt.Key.Key_Escape)
    assert not changed.isVisible() and changed.result() == QDialog.DialogCode.Rejected


def test_loading_a_record_is_not_a_change(editor):
    editor.load(lambda: (editor.name.setText("Acme"), editor.limit.setValue(Decimal("12"))))
    assert not editor.is_dirty
    assert editor.values()["name"] == "Acme"
    editor.reject()
    assert editor.asked == 0


def test_on_save_callback_instead_of_a_subclass(qtbot):
    received = []
    dialog = RecordEditor(title="T", object_name="t.editor", on_save=lambda values: received.append(values) or 7)
    qtbot.addWidget(dialog)
    dialog.add_field("title", "Title", QLineEdit(), required=True)
    dialog.fields["title"].widget.setText("Weekly meeting")
    dialog.submit()
    assert received == [{"title": "Weekly meeting"}] and dialog.result_value == 7
    with pytest.raises(ValueError):
        dialog.add_field("title", "Again", QLineEdit())
