"""The "Connect" dialog: server list, session timeout, credentials, read-only mode."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zkinspector.ui.assets import icon, style_message_label
from zkinspector.zk.connstr import ConnectParams, build_params, parse_auth, parse_connect_string

__all__ = ["RECENT_KEY", "RECENT_MAX", "ConnectDialog"]

RECENT_KEY = "connections/recent"
RECENT_MAX = 10
DEFAULT_SERVER = "localhost:2181"


def _as_list(value: object) -> list[str]:
    """QSettings gives a list, a single string or None depending on the backend."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    try:
        return [str(item) for item in value if str(item)]  # type: ignore[union-attr]
    except TypeError:
        return []


class ConnectDialog(QDialog):
    """Asks where and how to connect; ``params()`` gives the checked ConnectParams.

    Recent servers come from ``settings`` (key "connections/recent", most recent first);
    accepting the dialog remembers the server there. Credentials are never saved.
    """

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        server: str = "",
        timeout: float = 10.0,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to ZooKeeper"))
        self.setWindowIcon(icon("connect"))
        self._settings = settings
        self._error = ""

        recent = self.recent(settings) if settings is not None else []
        self.server_combo = QComboBox(self)
        self.server_combo.setObjectName("serverCombo")
        self.server_combo.setEditable(True)
        self.server_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.server_combo.setMinimumContentsLength(32)
        self.server_combo.addItems(recent)
        self.server_combo.lineEdit().setPlaceholderText("host:2181,host2:2181/chroot")
        self.server_combo.lineEdit().setClearButtonEnabled(True)
        self.server_combo.setToolTip(
            self.tr("The ensemble to connect to; recent servers are listed")
        )
        self.server_combo.setEditText(server or (recent[0] if recent else DEFAULT_SERVER))

        hint = QLabel(self.tr("e.g. zk1:2181,zk2:2181/chroot (IPv6: [::1]:2181)"), self)
        hint.setObjectName("serverHintLabel")
        hint_font = hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        hint.setFont(hint_font)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.timeout_spin = QDoubleSpinBox(self)
        self.timeout_spin.setObjectName("timeoutSpin")
        self.timeout_spin.setRange(1.0, 3600.0)
        self.timeout_spin.setDecimals(1)
        self.timeout_spin.setSingleStep(1.0)
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setValue(timeout)
        self.timeout_spin.setToolTip(
            self.tr(
                "Session timeout: how long the server keeps the session (and its ephemeral "
                "nodes) after losing contact. The server may adjust it."
            )
        )

        self.auth_edit = QLineEdit(self)
        self.auth_edit.setObjectName("authEdit")
        self.auth_edit.setPlaceholderText(self.tr("Optional, e.g. digest:user:password"))
        self.auth_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.auth_edit.setToolTip(
            self.tr("Credentials as SCHEME:CREDENTIAL, added to the session; never saved")
        )

        self.read_only_check = QCheckBox(self.tr("&Read-only"), self)
        self.read_only_check.setObjectName("readOnlyCheck")
        self.read_only_check.setChecked(read_only)
        self.read_only_check.setToolTip(
            self.tr("Never change anything on the server; also allows read-only servers")
        )

        self._error_label = QLabel(self)
        self._error_label.setObjectName("connectErrorLabel")
        self._error_label.setWordWrap(True)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        style_message_label(self._error_label, "error")

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.setObjectName("connectButtonBox")
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        ok.setObjectName("connectOkButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        server_label = QLabel(self.tr("&Server:"), self)
        server_label.setBuddy(self.server_combo)
        form.addRow(server_label, self.server_combo)
        form.addRow("", hint)
        timeout_label = QLabel(self.tr("Session &timeout:"), self)
        timeout_label.setBuddy(self.timeout_spin)
        form.addRow(timeout_label, self.timeout_spin)
        auth_label = QLabel(self.tr("&Authentication:"), self)
        auth_label.setBuddy(self.auth_edit)
        form.addRow(auth_label, self.auth_edit)
        form.addRow("", self.read_only_check)

        layout = QVBoxLayout(self)
        # Grow the window when a message appears rather than squeezing it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self._error_label)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        self.server_combo.editTextChanged.connect(self._validate)
        self.auth_edit.textChanged.connect(self._validate)
        self._validate()
        self.server_combo.setFocus()
        self.server_combo.lineEdit().selectAll()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    # ----------------------------------------------------------------- settings helpers

    @staticmethod
    def recent(settings: QSettings) -> list[str]:
        """The remembered servers, most recent first."""
        return _as_list(settings.value(RECENT_KEY))[:RECENT_MAX]

    @staticmethod
    def remember(settings: QSettings, server: str) -> None:
        """Put server first in the recent list (no duplicates, at most 10 kept)."""
        server = server.strip()
        if not server:
            return
        items = [s for s in ConnectDialog.recent(settings) if s != server]
        settings.setValue(RECENT_KEY, [server, *items][:RECENT_MAX])

    # ----------------------------------------------------------------- public API

    def server_text(self) -> str:
        """The connect string as typed."""
        return self.server_combo.currentText().strip()

    def is_valid(self) -> bool:
        """True if the input can be used (the Connect button is enabled)."""
        return not self._error

    def error_text(self) -> str:
        """Why the input is refused ("" when it is valid)."""
        return self._error

    def params(self) -> ConnectParams:
        """The checked parameters. Raises ValueError with the reason if the input is invalid."""
        auth = self.auth_edit.text().strip()
        return build_params(
            self.server_text(),
            timeout=self.timeout_spin.value(),
            auth=[auth] if auth else [],
            read_only=self.read_only_check.isChecked(),
        )

    def accept(self) -> None:
        """Close with Accepted if the input is valid, remembering the server."""
        self._validate()
        if self._error:
            return
        if self._settings is not None:
            self.remember(self._settings, self.params().hosts)
        super().accept()

    # ----------------------------------------------------------------- internals

    def _validate(self) -> None:
        error = ""
        try:
            parse_connect_string(self.server_text())
        except ValueError as exc:
            error = str(exc)
        auth = self.auth_edit.text().strip()
        if not error and auth:
            try:
                parse_auth(auth)
            except ValueError as exc:
                error = str(exc)
        self._error = error
        self._error_label.setText(error)
        self._error_label.setVisible(bool(error))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not error)
