"""The "Connect" dialog: server list, session timeout, credentials, TLS, SASL, SSH tunnel,
read-only.

Each server used is remembered with its profile (timeout, read-only, TLS files, SASL
mechanism and user) in the settings. Passwords never go there: with "Remember passwords"
they go to the system keyring (zkinspector.zk.secrets), and without a keyring they are
not saved at all.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..settings import SERVER_PROFILES, Settings
from ..zk import secrets
from ..zk.connstr import (
    SASL_MECHANISMS,
    ConnectParams,
    build_params,
    parse_auth,
    parse_connect_string,
    parse_key_values,
)
from .assets import icon, style_message_label
from .ssh_group import SshTunnelGroup

__all__ = ["ConnectDialog"]

DEFAULT_SERVER = "localhost:2181"
#: Keyring kinds of a profile's secrets.
SECRET_AUTH, SECRET_SASL, SECRET_KEY = "auth", "sasl", "tls-key"


class ConnectDialog(QDialog):
    """Asks where and how to connect; ``params()`` gives the checked ConnectParams.

    Recent servers come from ``settings`` (most recent first); accepting the dialog
    remembers the server there, with its profile (no secrets). Passwords are saved only in the system keyring, and only
    when "Remember passwords" is ticked.
    """

    def __init__(
        self,
        settings: Settings | None = None,
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

        recent = settings.recent_servers() if settings is not None else []
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

        self._build_tls()
        self._build_sasl()
        self.ssh_group = SshTunnelGroup(self)
        self.remember_check = QCheckBox(self.tr("Remember &passwords in the system keyring"), self)
        self.remember_check.setObjectName("rememberPasswordCheck")
        if secrets.keyring_available():
            self.remember_check.setToolTip(
                self.tr(
                    "Passwords and credentials go to the system keyring, never to the settings file"
                )
            )
        else:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(
                self.tr(
                    "No system keyring was found: passwords are not saved and are asked "
                    "for again next time"
                )
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
        layout.addWidget(self.tls_group)
        layout.addWidget(self.sasl_group)
        layout.addWidget(self.ssh_group)
        layout.addWidget(self.remember_check)
        layout.addWidget(self._error_label)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        self.server_combo.editTextChanged.connect(self._validate)
        self.server_combo.activated.connect(lambda _i: self.load_profile(self.server_text()))
        self.auth_edit.textChanged.connect(self._validate)
        for edit in (
            self.ca_edit,
            self.cert_edit,
            self.key_edit,
            self.key_password_edit,
            self.sasl_user_edit,
            self.sasl_password_edit,
            self.sasl_service_edit,
            self.sasl_principal_edit,
            self.sasl_options_edit,
        ):
            edit.textChanged.connect(self._validate)
        for box in (self.tls_group, self.sasl_group, self.verify_check, self.hostname_check):
            box.toggled.connect(self._validate)
        self.sasl_mechanism_combo.currentTextChanged.connect(self._mechanism_changed)
        self.ssh_group.changed.connect(self._validate)
        if not server and settings is not None:
            self.load_profile(self.server_text())
        self._mechanism_changed()
        self._validate()
        self.server_combo.setFocus()
        self.server_combo.lineEdit().selectAll()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

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
        tls = self.tls_group.isChecked()
        sasl = self.sasl_group.isChecked()
        mechanism = self.sasl_mechanism_combo.currentText() if sasl else ""
        extra: dict[str, str] = {}
        if sasl and mechanism == "GSSAPI":
            extra = parse_key_values(self.sasl_options_edit.text())
            extra.update(
                service=self.sasl_service_edit.text().strip(),
                principal=self.sasl_principal_edit.text().strip(),
            )
        return build_params(
            self.server_text(),
            timeout=self.timeout_spin.value(),
            auth=[auth] if auth else [],
            read_only=self.read_only_check.isChecked(),
            use_ssl=tls,
            ca=self.ca_edit.text(),
            certfile=self.cert_edit.text(),
            keyfile=self.key_edit.text(),
            keyfile_password=self.key_password_edit.text(),
            verify_certs=self.verify_check.isChecked(),
            check_hostname=self.verify_check.isChecked() and self.hostname_check.isChecked(),
            sasl_mechanism=mechanism,
            sasl_username=self.sasl_user_edit.text() if sasl else "",
            sasl_password=self.sasl_password_edit.text() if sasl else "",
            sasl_extra=extra,
            **self.ssh_group.values(),
        )

    def accept(self) -> None:
        """Close with Accepted if the input is valid, remembering the server and its profile."""
        self._validate()
        if self._error:
            return
        if self._settings is not None:
            params = self.params()
            self._settings.remember_server(params.hosts)
            self.save_profile(params)
        super().accept()

    # ----------------------------------------------------------------- profiles

    def save_profile(self, params: ConnectParams) -> None:
        """Remember how to connect to params.hosts; passwords go to the keyring or nowhere."""
        if self._settings is None:
            return
        sasl = dict(params.sasl)
        remember = self.remember_check.isEnabled() and self.remember_check.isChecked()
        profile = {
            "timeout": params.timeout,
            "read_only": params.read_only,
            "use_ssl": params.use_ssl,
            "ca": params.ca,
            "certfile": params.certfile,
            "keyfile": params.keyfile if params.keyfile != params.certfile else "",
            "verify_certs": params.verify_certs,
            "check_hostname": params.check_hostname,
            "sasl_mechanism": sasl.get("mechanism", ""),
            "sasl_username": sasl.get("username", ""),
            "sasl_service": sasl.get("service", ""),
            "sasl_principal": sasl.get("principal", ""),
            "sasl_options": ", ".join(
                f"{k}={v}"
                for k, v in sasl.items()
                if k not in ("mechanism", "username", "password", "service", "principal")
            ),
            "remember_passwords": remember,
            **self.ssh_group.values(),
        }
        profiles = self._settings.get(SERVER_PROFILES)
        profiles[params.hosts] = profile
        keep = set(self._settings.recent_servers())
        profiles = {k: v for k, v in profiles.items() if k in keep or k == params.hosts}
        self._settings.set(SERVER_PROFILES, profiles)
        secret_values = {
            SECRET_AUTH: self.auth_edit.text().strip(),
            SECRET_SASL: sasl.get("password", ""),
            SECRET_KEY: params.keyfile_password,
        }
        for kind, value in secret_values.items():
            if remember:
                secrets.save_secret(params.hosts, kind, value)
            else:
                secrets.delete_secret(params.hosts, kind)

    def load_profile(self, server: str) -> bool:
        """Fill the fields from the saved profile of server (and the keyring); False if none."""
        if self._settings is None:
            return False
        try:
            hosts = build_params(server).hosts
        except ValueError:
            return False
        profile = self._settings.get(SERVER_PROFILES).get(hosts)
        if not isinstance(profile, dict):
            return False
        get = profile.get
        self.timeout_spin.setValue(float(get("timeout", 10.0)))
        self.read_only_check.setChecked(bool(get("read_only", False)))
        self.tls_group.setChecked(bool(get("use_ssl", False)))
        self.ca_edit.setText(str(get("ca", "")))
        self.cert_edit.setText(str(get("certfile", "")))
        self.key_edit.setText(str(get("keyfile", "")))
        self.verify_check.setChecked(bool(get("verify_certs", True)))
        self.hostname_check.setChecked(bool(get("check_hostname", False)))
        mechanism = str(get("sasl_mechanism", ""))
        self.sasl_group.setChecked(bool(mechanism))
        if mechanism:
            self.sasl_mechanism_combo.setCurrentText(mechanism)
        self.sasl_user_edit.setText(str(get("sasl_username", "")))
        self.sasl_service_edit.setText(str(get("sasl_service", "")))
        self.sasl_principal_edit.setText(str(get("sasl_principal", "")))
        self.sasl_options_edit.setText(str(get("sasl_options", "")))
        self.ssh_group.load(profile)
        remember = bool(get("remember_passwords", False)) and self.remember_check.isEnabled()
        self.remember_check.setChecked(remember)
        self.auth_edit.setText((secrets.load_secret(hosts, SECRET_AUTH) or "") if remember else "")
        self.sasl_password_edit.setText(
            (secrets.load_secret(hosts, SECRET_SASL) or "") if remember else ""
        )
        self.key_password_edit.setText(
            (secrets.load_secret(hosts, SECRET_KEY) or "") if remember else ""
        )
        return True

    # ----------------------------------------------------------------- internals

    def _build_tls(self) -> None:
        self.tls_group = QGroupBox(self.tr("Use &TLS (secure client port)"), self)
        self.tls_group.setObjectName("tlsGroup")
        self.tls_group.setCheckable(True)
        self.tls_group.setChecked(False)
        self.ca_edit = self._file_edit("tlsCaEdit", self.tr("CA certificates (PEM); empty: system"))
        self.cert_edit = self._file_edit("tlsCertEdit", self.tr("Client certificate (PEM)"))
        self.key_edit = self._file_edit(
            "tlsKeyEdit", self.tr("Client key (PEM); empty: in the certificate file")
        )
        self.key_password_edit = QLineEdit(self)
        self.key_password_edit.setObjectName("tlsKeyPasswordEdit")
        self.key_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_password_edit.setPlaceholderText(self.tr("Only for an encrypted key"))
        self.verify_check = QCheckBox(self.tr("&Verify the server's certificate"), self)
        self.verify_check.setObjectName("tlsVerifyCheck")
        self.verify_check.setChecked(True)
        self.hostname_check = QCheckBox(self.tr("Check the server's &host name"), self)
        self.hostname_check.setObjectName("tlsHostnameCheck")
        self.hostname_check.setToolTip(
            self.tr("The certificate must name the host connected to (DNS name or IP address)")
        )
        self.verify_check.toggled.connect(self.hostname_check.setEnabled)
        form = QFormLayout(self.tls_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("CA file:"), self._with_browse(self.ca_edit))
        form.addRow(self.tr("Certificate:"), self._with_browse(self.cert_edit))
        form.addRow(self.tr("Key:"), self._with_browse(self.key_edit))
        form.addRow(self.tr("Key password:"), self.key_password_edit)
        checks = QHBoxLayout()
        checks.addWidget(self.verify_check)
        checks.addWidget(self.hostname_check)
        checks.addStretch(1)
        form.addRow("", checks)
        self._fold(self.tls_group)

    def _build_sasl(self) -> None:
        self.sasl_group = QGroupBox(self.tr("Use &SASL authentication"), self)
        self.sasl_group.setObjectName("saslGroup")
        self.sasl_group.setCheckable(True)
        self.sasl_group.setChecked(False)
        self.sasl_mechanism_combo = QComboBox(self)
        self.sasl_mechanism_combo.setObjectName("saslMechanismCombo")
        self.sasl_mechanism_combo.addItems(list(SASL_MECHANISMS))
        self.sasl_user_edit = QLineEdit(self)
        self.sasl_user_edit.setObjectName("saslUserEdit")
        self.sasl_password_edit = QLineEdit(self)
        self.sasl_password_edit.setObjectName("saslPasswordEdit")
        self.sasl_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sasl_service_edit = QLineEdit(self)
        self.sasl_service_edit.setObjectName("saslServiceEdit")
        self.sasl_service_edit.setPlaceholderText("zookeeper")
        self.sasl_principal_edit = QLineEdit(self)
        self.sasl_principal_edit.setObjectName("saslPrincipalEdit")
        self.sasl_principal_edit.setPlaceholderText(self.tr("e.g. client@EXAMPLE.COM (optional)"))
        self.sasl_options_edit = QLineEdit(self)
        self.sasl_options_edit.setObjectName("saslOptionsEdit")
        self.sasl_options_edit.setPlaceholderText(self.tr("More pure-sasl options: name=value, …"))
        form = QFormLayout(self.sasl_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Mechanism:"), self.sasl_mechanism_combo)
        self._sasl_rows = {
            "user": (QLabel(self.tr("User:"), self), self.sasl_user_edit),
            "password": (QLabel(self.tr("Password:"), self), self.sasl_password_edit),
            "service": (QLabel(self.tr("Service:"), self), self.sasl_service_edit),
            "principal": (QLabel(self.tr("Principal:"), self), self.sasl_principal_edit),
            "options": (QLabel(self.tr("Options:"), self), self.sasl_options_edit),
        }
        for label, field in self._sasl_rows.values():
            form.addRow(label, field)
        self._fold(self.sasl_group)

    def _fold(self, group: QGroupBox) -> None:
        """Show a group's fields only while it is ticked."""

        def show(on: bool) -> None:
            for child in group.findChildren(QWidget):
                if child.parent() is group or child.parentWidget() is group:
                    child.setVisible(on)
            if on and group is self.sasl_group:
                self._mechanism_changed()

        group.toggled.connect(show)
        show(group.isChecked())

    def _mechanism_changed(self) -> None:
        if not self.sasl_group.isChecked():
            return
        gssapi = self.sasl_mechanism_combo.currentText() == "GSSAPI"
        shown = {"service", "principal", "options"} if gssapi else {"user", "password"}
        for key, (label, field) in self._sasl_rows.items():
            label.setVisible(key in shown)
            field.setVisible(key in shown)
        self._validate()

    def _file_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"), box)
        button.clicked.connect(lambda: self._browse(edit))
        row.addWidget(button)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        dialog = QFileDialog(self, self.tr("Choose a PEM file"), os.path.dirname(edit.text()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("PEM files (*.pem *.crt *.cer *.key)"), self.tr("All (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(edit.setText)
        dialog.open()

    def _validate(self) -> None:
        if not hasattr(self, "sasl_options_edit"):
            return  # still being built
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
        if not error and self.tls_group.isChecked():
            for edit, what in (
                (self.ca_edit, self.tr("CA file")),
                (self.cert_edit, self.tr("certificate")),
                (self.key_edit, self.tr("key")),
            ):
                path = edit.text().strip()
                if path and not os.path.isfile(path):
                    error = self.tr("The {0} {1} does not exist.").format(what, path)
                    break
        if not error:
            error = self.ssh_group.error()
        if not error:
            try:
                self.params()
            except ValueError as exc:
                error = str(exc)
        self._error = error
        self._error_label.setText(error)
        self._error_label.setVisible(bool(error))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not error)
