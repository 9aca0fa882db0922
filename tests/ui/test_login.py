"""First-run setup dialog and the sign-in dialog."""

from __future__ import annotations

import pytest

from neiqin.app import open_database
from neiqin.core.auth import service as auth
from neiqin.core.auth.service import MAX_FAILED_ATTEMPTS
from neiqin.modules import all_permissions
from neiqin.ui.login_dialog import LoginDialog
from neiqin.ui.setup_dialog import SetupDialog
from tests.helpers.factory import ADMIN_PASSWORD, USER_PASSWORD


@pytest.fixture
def empty_db(tmp_path):
    database = open_database(tmp_path / "new.db")
    yield database
    database.dispose()


def _fill(dialog: SetupDialog, **values) -> None:
    defaults = {
        "company_name": "北京测试贸易有限公司", "company_address": "北京市朝阳区建国路1号", "company_phone": "010-1234",
        "branch_code": "bj02", "branch_name": "北京二部", "admin_username": "boss", "admin_display_name": "张总",
        "admin_password": "secret-123", "password_again": "secret-123",
    }
    defaults.update(values)
    for name, text in defaults.items():
        dialog.fields[name].setText(text)


def _errors(dialog: SetupDialog) -> dict[str, str]:
    shown = {name: label.text() for name, label in dialog.errors.items() if not label.isHidden()}
    if not dialog.general_error.isHidden():
        shown["general"] = dialog.general_error.text()
    return shown


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"company_name": "  "}, "company_name", "company name"),
    ({"password_again": "secret-124"}, "password_again", "passwords differ"),
    ({"branch_code": "北京"}, "branch_code", "branch code"),
    ({"admin_password": "short", "password_again": "short"}, "admin_password", "at least 8"),
    ({"admin_username": "two words"}, "admin_username", "without spaces"),
])
def test_setup_rejects_bad_input_next_to_the_field(qtbot, empty_db, values, field, words):
    dialog = SetupDialog(empty_db, all_permissions())
    qtbot.addWidget(dialog)
    _fill(dialog, **values)
    assert dialog.try_setup() is False
    errors = _errors(dialog)
    assert list(errors) == [field]
    assert words in errors[field]
    assert not auth.is_set_up(empty_db)
    assert dialog.result() == 0


def test_setup_creates_company_and_signs_the_administrator_in(qtbot, empty_db):
    dialog = SetupDialog(empty_db, all_permissions())
    qtbot.addWidget(dialog)
    _fill(dialog)
    qtbot.mouseClick(dialog.ok_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.actor.username == "boss" and dialog.actor.role == "admin"
    assert auth.sign_in(empty_db, "boss", "secret-123").display_name == "张总"
    from neiqin.core import settings

    with empty_db.read() as session:
        assert settings.get_setting(session, settings.BRANCH_CODE) == "BJ02"
        assert settings.get_setting(session, settings.COMPANY_ADDRESS) == "北京市朝阳区建国路1号"


def _login(qtbot, db, username, password) -> LoginDialog:
    dialog = LoginDialog(db, "北京海淀示范贸易有限公司", username=username)
    qtbot.addWidget(dialog)
    dialog.password.setText(password)
    return dialog


def test_login_succeeds_with_the_right_password(qtbot, db):
    dialog = _login(qtbot, db, "clerk", USER_PASSWORD)
    assert dialog.try_sign_in()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor.username == "clerk"
    assert dialog.error.isHidden()


def test_wrong_password_is_said_in_words_and_the_field_cleared(qtbot, db):
    dialog = _login(qtbot, db, "admin", "not-the-password")
    assert not dialog.try_sign_in()
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == ""
    assert dialog.actor is None and dialog.result() == 0


def test_lockout_is_said_in_words(qtbot, db):
    dialog = _login(qtbot, db, "clerk", "")
    for _ in range(MAX_FAILED_ATTEMPTS):
        dialog.password.setText("wrong-wrong")
        dialog.try_sign_in()
    assert "locked" in dialog.error.text()
    dialog.password.setText(USER_PASSWORD)  # even the right password waits for the lock to pass
    assert not dialog.try_sign_in()
    assert "locked" in dialog.error.text() and "minute" in dialog.error.text()


def test_empty_user_name_is_asked_for(qtbot, db):
    dialog = _login(qtbot, db, "", ADMIN_PASSWORD)
    assert not dialog.try_sign_in()
    assert dialog.error.text() == "Enter your user name."


def test_messages_keep_the_details_for_support(qtbot):
    from neiqin.core.errors import ValidationError
    from neiqin.ui.messages import describe, error_box

    text, details = describe(ValidationError("Enter the company name."))
    assert text == "Enter the company name." and "ValidationError" in details
    try:
        {}["missing"]
    except KeyError as exc:
        text, details = describe(exc)
    assert "Traceback" in details and "KeyError" in details and "log file" in text
    box = error_box(None, text, details)
    qtbot.addWidget(box)
    assert box.detailedText() == details
