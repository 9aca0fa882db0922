"""Settings ▸ Server: the shared sync server of this office (administrators change it).

Kind, host, port, database, user, password, TLS mode and the minutes between rounds. The password
goes to the keychain, never to a settings file; left empty it keeps the saved one. "Test
connection" tries the entered values in the background and says the server's version or, in
words, what is wrong (wrong password, unreachable, TLS, no such database, server not prepared or
of another version).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import Database
from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.core.sync import settings as sync_settings
from neiqin.core.sync.connect import ServerInfo
from neiqin.core.sync.service import try_settings
from neiqin.core.sync.settings import DEFAULT_PORTS, MAX_INTERVAL, TLS_MODES, ServerAddress, ServerSettings
from neiqin.ui.i18n import translate_error
from neiqin.ui.tasks import TaskRunner

KIND_TITLES = {"postgresql": "PostgreSQL", "mariadb": "MariaDB / MySQL"}  # product names, not translated
TLS_TITLES = {
    "disable": QT_TRANSLATE_NOOP("ServerPage", "Off (only inside a trusted network)"),
    "prefer": QT_TRANSLATE_NOOP("ServerPage", "When the server offers it"),
    "require": QT_TRANSLATE_NOOP("ServerPage", "Required"),
    "verify-full": QT_TRANSLATE_NOOP("ServerPage", "Required, certificate and host name checked"),
}
_ERROR_STYLE = "color: #b3261e;"
_OK_STYLE = "color: #1b5e20;"


class ServerPage(QWidget):
    def __init__(self, db: Database, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.server")
        self._db = db
        self._actor = actor
        self._runner = runner or TaskRunner(self)
        self._testing = False
        self.kind = QComboBox()
        for code, title in KIND_TITLES.items():
            self.kind.addItem(title, code)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        for code in TLS_MODES:
            self.tls.addItem("", code)
        self.interval = QSpinBox()
        self.interval.setRange(1, MAX_INTERVAL)
        self.form = QFormLayout()
        for name in ("kind", "host", "port", "database", "user", "password", "tls", "interval"):
            widget = getattr(self, name)
            widget.setObjectName(f"settings.server.{name}")
            widget.setEnabled(actor.can(sync_settings.MANAGE))
            self.form.addRow(QLabel(), widget)
        self.test_button = QPushButton()
        self.test_button.setObjectName("settings.server.test")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("settings.server.result")
        self.result.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(not actor.can(sync_settings.MANAGE))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._loaded = sync_settings.load_settings(db)
        self._fill(self._loaded)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()

    # ------------------------------------------------------------------ values

    def _fill(self, values: ServerSettings) -> None:
        address = ServerAddress.from_url(values.url)
        self._query = address.query
        self.kind.setCurrentIndex(max(0, self.kind.findData(address.kind)))
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(values.tls)))
        self.interval.setValue(values.interval_minutes)
        self._had_password = bool(values.url and sync_settings.saved_password(values.url))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[kind])
        self._query = {}

    def address(self) -> ServerAddress:
        return ServerAddress(self.kind.currentData(), self.host.text().strip(), self.port.value(),
                             self.database.text().strip(), self.user.text().strip(), self._query)

    def _empty(self) -> bool:
        return not any(w.text().strip() for w in (self.host, self.database, self.user))

    def values(self) -> ServerSettings:
        """The entered settings (ValidationError for a missing or bad part); no host: no server."""
        url = "" if self._empty() else self.address().address()
        return sync_settings.check_settings(ServerSettings(url, self.tls.currentData(), self.interval.value()))

    def changed(self) -> bool:
        try:
            values = self.values()
        except NeiqinError:
            return True
        return values != self._loaded or bool(self.password.text())

    def save(self) -> bool:
        """Store the settings (the password in the keychain); False when there was nothing to save."""
        if not self.changed():
            return False
        sync_settings.save_settings(self._db, self.values(), self.password.text() or None, self._actor)
        self._loaded = sync_settings.load_settings(self._db)
        self.password.clear()
        self._had_password = bool(self._loaded.url and sync_settings.saved_password(self._loaded.url))
        self.retranslate()
        return True

    # ------------------------------------------------------------------ test connection

    @property
    def testing(self) -> bool:
        return self._testing

    def test_connection(self) -> None:
        try:
            address = self.address()
            address.url()
            tls = self.tls.currentData()
        except NeiqinError as error:
            self._show_result(translate_error(error), ok=False)
            return
        self._testing = True
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Connecting to {host}…").format(host=address.host), ok=None)
        self._runner.submit(try_settings, address, tls, self.password.text() or None, kind="read",
                            title=self.tr("Test connection"), on_done=self._tested, on_error=self._test_failed)

    def _tested(self, info: ServerInfo) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._show_result(self.tr("Connected. The server is ready for sync (sync version {protocol}).\n{version}")
                          .format(protocol=info.protocol, version=info.version), ok=True)

    def _test_failed(self, error: NeiqinError) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._show_result(translate_error(error), ok=False)

    def _show_result(self, text: str, ok: bool | None) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok is None else _OK_STYLE if ok else _ERROR_STYLE)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Offices share their work through one PostgreSQL or MariaDB server. Without "
                                   "a server everything stays in this database. Leave the host empty to turn "
                                   "sync off."))
        for widget, text in ((self.kind, self.tr("Server")), (self.host, self.tr("Host")),
                             (self.port, self.tr("Port")), (self.database, self.tr("Database")),
                             (self.user, self.tr("User")), (self.password, self.tr("Password")),
                             (self.tls, self.tr("Encryption (TLS)")), (self.interval, self.tr("Sync every"))):
            self.form.labelForField(widget).setText(text)
        for index, code in enumerate(TLS_MODES):
            self.tls.setItemText(index, self.tr(TLS_TITLES[code]))
        self.interval.setSuffix(self.tr(" minutes"))
        hint = self.tr("Kept in this computer's keychain; leave empty to keep the saved one.")
        self.password.setPlaceholderText(hint if self._had_password else "")
        self.password.setToolTip(self.tr("Kept in this computer's keychain, never in a file."))
        self.host.setPlaceholderText(self.tr("for example hq.example.com"))
        self.test_button.setText(self.tr("Test connection"))
        self.note.setText(self.tr("Only an administrator can change the server settings."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
