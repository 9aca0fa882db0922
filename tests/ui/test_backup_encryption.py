"""The backup password in Settings: stored in the keychain, used for backups, asked for on restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from neiqin.core import backup, backup_crypto
from neiqin.core.auth.models import User


@pytest.fixture
def dialog_for(qtbot, qapp, db, settings, monkeypatch):
    from neiqin.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(qapp, "setFont", lambda font: None)

    def make(actor):
        dialog = SettingsDialog(db, actor, settings)
        qtbot.addWidget(dialog)
        return dialog
    return make


def test_turning_encryption_on_and_off(dialog_for, admin, db, tmp_path, monkeypatch):
    dialog = dialog_for(admin)
    assert not dialog.encrypt_backups.isChecked() and not dialog.backup_password.isEnabled()
    dialog.encrypt_backups.setChecked(True)
    dialog.backup_password.setText("office-safe-2026")
    dialog.backup_password_again.setText("office-safe-2026")
    assert dialog.save()
    assert backup.configured_password() == "office-safe-2026"

    written = backup.rotate_backup(db, tmp_path / "b", keep=3, password=backup.configured_password())
    assert backup_crypto.is_encrypted(written)

    again = dialog_for(admin)
    assert again.encrypt_backups.isChecked()
    assert again.save()  # empty fields keep the password
    assert backup.configured_password() == "office-safe-2026"
    again = dialog_for(admin)
    again.encrypt_backups.setChecked(False)
    assert again.save()
    assert backup.configured_password() is None


@pytest.mark.parametrize(("first", "second"), [("office-safe-2026", "office-safe-2027"), ("short", "short")])
def test_bad_passwords_are_refused_and_nothing_is_stored(dialog_for, admin, monkeypatch, first, second):
    shown = []
    monkeypatch.setattr("neiqin.ui.settings_dialog.show_exception", lambda parent, error: shown.append(error))
    dialog = dialog_for(admin)
    dialog.encrypt_backups.setChecked(True)
    dialog.backup_password.setText(first)
    dialog.backup_password_again.setText(second)
    assert not dialog.save()
    assert shown and shown[0].field == "password"
    assert backup.configured_password() is None


def test_restore_asks_for_the_password_of_an_encrypted_backup(qtbot, make_window, admin, db, tmp_path,
                                                              monkeypatch):
    target = tmp_path / "safe.db.enc"
    backup.backup_to(db, target, "office-safe-2026")
    window = make_window(admin)
    shown = []
    monkeypatch.setattr("neiqin.ui.shell_actions.show_exception", lambda parent, error: shown.append(error))
    monkeypatch.setattr("neiqin.ui.shell_actions.QInputDialog.getText",
                        lambda *args, **kwargs: ("wrong password!", True))
    with db.read() as session:
        before = session.scalars(select(User.display_name).order_by(User.username)).all()
    assert not window.restore_backup(target, confirmed=True)
    assert shown and "Wrong password" in shown[0].render()
    with db.read() as session:  # the database was left as it was
        assert session.scalars(select(User.display_name).order_by(User.username)).all() == before
    assert not list(db.path.parent.glob("*.replaced-*"))
    monkeypatch.setattr("neiqin.ui.shell_actions.QInputDialog.getText",
                        lambda *args, **kwargs: ("office-safe-2026", True))
    with qtbot.waitSignal(window.restart_requested):
        assert window.restore_backup(target, confirmed=True)
