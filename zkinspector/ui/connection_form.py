"""The fields that say how to connect: servers, timeout, credentials, read-only, TLS, SASL.

One form for the Connect dialog and the profile manager. It checks what is typed as it
is typed (``error_text()``, ``changed``), builds the ConnectParams, and reads and fills
a profile (``profile_values()`` / ``secrets()`` / ``show_profile()``). Secrets are only
held in the fields; where they are kept is the caller's business (the keyring, or nowhere).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models.profiles import Profile, ProfileSecrets, ssh_profile_fields
from ..zk.connstr import (
    SASL_MECHANISMS,
    ConnectParams,
    build_params,
    format_connect_string,
    parse_auth,
    parse_connect_string,
    parse_key_values,
)
from .ssh_group import SshTunnelGroup
from .widgets import fold

__all__ = ["DEFAULT_SERVER", "ConnectionForm"]

DEFAULT_SERVER = "localhost:2181"


class ConnectionForm(QWidget):
    """Where and how to connect. ``separate_chroot`` gives the chroot a field of its own
    (``chrootEdit``); otherwise it is part of the server text."""

    changed = Signal()  # any field changed; error_text() says whether it is usable

    def __init__(
        self,
        recent: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        separate_chroot: bool = False,
    ) -> None:
        super().__init__(parent)
        self._error = ""
        self.server_combo = QComboBox(self)
        self.server_combo.setObjectName("serverCombo")
        self.server_combo.setEditable(True)
        self.server_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.server_combo.setMinimumContentsLength(32)
        self.server_combo.addItems(list(recent or []))
        self.server_combo.lineEdit().setClearButtonEnabled(True)
        self.server_combo.setToolTip(
            self.tr("The ensemble to connect to; recent servers are listed")
        )
        self.chroot_edit: QLineEdit | None = None
        if separate_chroot:
            self.server_combo.lineEdit().setPlaceholderText("host:2181,host2:2181")
            self.chroot_edit = QLineEdit(self)
            self.chroot_edit.setObjectName("chrootEdit")
            self.chroot_edit.setPlaceholderText(self.tr("Optional, e.g. /kafka"))
            self.chroot_edit.setToolTip(self.tr("The node the connection sees as its root"))
            hint_text = self.tr("e.g. zk1:2181,zk2:2181 (IPv6: [::1]:2181)")
        else:
            self.server_combo.lineEdit().setPlaceholderText("host:2181,host2:2181/chroot")
            hint_text = self.tr("e.g. zk1:2181,zk2:2181/chroot (IPv6: [::1]:2181)")
        hint = QLabel(hint_text, self)
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
        self.timeout_spin.setValue(10.0)
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
        self.auth_edit.setToolTip(self.tr("Credentials as SCHEME:CREDENTIAL, added to the session"))

        self.read_only_check = QCheckBox(self.tr("&Read-only"), self)
        self.read_only_check.setObjectName("readOnlyCheck")
        self.read_only_check.setToolTip(
            self.tr("Never change anything on the server; also allows read-only servers")
        )

        self._build_tls()
        self._build_sasl()
        self.ssh_group = SshTunnelGroup(self)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        server_label = QLabel(self.tr("&Server:"), self)
        server_label.setBuddy(self.server_combo)
        form.addRow(server_label, self.server_combo)
        form.addRow("", hint)
        if self.chroot_edit is not None:
            chroot_label = QLabel(self.tr("C&hroot:"), self)
            chroot_label.setBuddy(self.chroot_edit)
            form.addRow(chroot_label, self.chroot_edit)
        timeout_label = QLabel(self.tr("Session &timeout:"), self)
        timeout_label.setBuddy(self.timeout_spin)
        form.addRow(timeout_label, self.timeout_spin)
        auth_label = QLabel(self.tr("&Authentication:"), self)
        auth_label.setBuddy(self.auth_edit)
        form.addRow(auth_label, self.auth_edit)
        form.addRow("", self.read_only_check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.tls_group)
        layout.addWidget(self.sasl_group)
        layout.addWidget(self.ssh_group)

        self.server_combo.editTextChanged.connect(self._validate)
        for edit in (
            self.auth_edit,
            self.ca_edit,
            self.cert_edit,
            self.key_edit,
            self.key_password_edit,
            self.sasl_user_edit,
            self.sasl_password_edit,
            self.sasl_service_edit,
            self.sasl_principal_edit,
            self.sasl_options_edit,
            *([self.chroot_edit] if self.chroot_edit is not None else []),
        ):
            edit.textChanged.connect(self._validate)
        for box in (
            self.tls_group,
            self.sasl_group,
            self.verify_check,
            self.hostname_check,
            self.read_only_check,
        ):
            box.toggled.connect(self._validate)
        self.timeout_spin.valueChanged.connect(self._validate)
        self.ssh_group.changed.connect(self._validate)
        self.sasl_mechanism_combo.currentTextChanged.connect(self._mechanism_changed)
        self._mechanism_changed()
        self._validate()

    # ----------------------------------------------------------------- reading

    def server_text(self) -> str:
        """The connect string as typed (with the chroot field's chroot, if there is one)."""
        text = self.server_combo.currentText().strip()
        if self.chroot_edit is not None and self.chroot_edit.text().strip():
            text += self.chroot_edit.text().strip()
        return text

    def error_text(self) -> str:
        """Why the input cannot be used ("" when it can)."""
        return self._error

    def params(self) -> ConnectParams:
        """The checked parameters. Raises ValueError with the reason if the input is invalid."""
        auth = self.auth_edit.text().strip()
        values = self.profile_values()
        sasl = self.sasl_group.isChecked()
        extra: dict[str, str] = {}
        if values["sasl_mechanism"] == "GSSAPI":
            extra = parse_key_values(self.sasl_options_edit.text())
            extra.update(service=values["sasl_service"], principal=values["sasl_principal"])
        return build_params(
            self.server_text(),
            timeout=self.timeout_spin.value(),
            auth=[auth] if auth else [],
            read_only=self.read_only_check.isChecked(),
            use_ssl=values["use_ssl"],
            ca=values["ca"],
            certfile=values["certfile"],
            keyfile=values["keyfile"],
            keyfile_password=self.key_password_edit.text(),
            verify_certs=values["verify_certs"],
            check_hostname=values["check_hostname"],
            sasl_mechanism=values["sasl_mechanism"],
            sasl_username=values["sasl_username"],
            sasl_password=self.sasl_password_edit.text() if sasl else "",
            sasl_extra=extra,
            **self.ssh_group.values(),
        )

    def profile_values(self) -> dict[str, Any]:
        """The fields as Profile fields (no name, colour or secrets). The connect string
        is split into hosts and chroot when it parses; else hosts holds the text."""
        text = self.server_text()
        try:
            hosts, chroot = parse_connect_string(text)
            hosts_text = format_connect_string(hosts)
        except ValueError:
            hosts_text, chroot = text, ""
        tls = self.tls_group.isChecked()
        sasl = self.sasl_group.isChecked()
        mechanism = self.sasl_mechanism_combo.currentText() if sasl else ""
        gssapi = mechanism == "GSSAPI"
        return {
            "hosts": hosts_text,
            "chroot": chroot,
            "timeout": self.timeout_spin.value(),
            "read_only": self.read_only_check.isChecked(),
            "use_ssl": tls,
            "ca": self.ca_edit.text().strip() if tls else "",
            "certfile": self.cert_edit.text().strip() if tls else "",
            "keyfile": self.key_edit.text().strip() if tls else "",
            "verify_certs": self.verify_check.isChecked() if tls else True,
            "check_hostname": tls
            and self.verify_check.isChecked()
            and self.hostname_check.isChecked(),
            "sasl_mechanism": mechanism,
            "sasl_username": self.sasl_user_edit.text().strip() if sasl and not gssapi else "",
            "sasl_service": self.sasl_service_edit.text().strip() if gssapi else "",
            "sasl_principal": self.sasl_principal_edit.text().strip() if gssapi else "",
            "sasl_options": self.sasl_options_edit.text().strip() if gssapi else "",
            **ssh_profile_fields(self.ssh_group.values()),
        }

    def secrets(self) -> ProfileSecrets:
        """The secrets typed (whatever the keyring holds)."""
        return ProfileSecrets(
            auth=self.auth_edit.text().strip(),
            sasl_password=self.sasl_password_edit.text() if self.sasl_group.isChecked() else "",
            key_password=self.key_password_edit.text() if self.tls_group.isChecked() else "",
        )

    # ----------------------------------------------------------------- filling

    def set_server(self, text: str) -> None:
        """Show a connect string (its chroot in the chroot field, when there is one)."""
        if self.chroot_edit is not None:
            try:
                hosts, chroot = parse_connect_string(text)
                text = format_connect_string(hosts)
            except ValueError:
                chroot = ""
            self.chroot_edit.setText(chroot)
        self.server_combo.setEditText(text)

    def show_profile(self, profile: Profile, keys: ProfileSecrets | None = None) -> None:
        """Fill every field from a profile and its secrets."""
        keys = keys or ProfileSecrets()
        if self.chroot_edit is not None:
            self.server_combo.setEditText(profile.hosts)
            self.chroot_edit.setText(profile.chroot)
        else:
            self.server_combo.setEditText(profile.hosts + profile.chroot)
        self.timeout_spin.setValue(profile.timeout)
        self.read_only_check.setChecked(profile.read_only)
        self.tls_group.setChecked(profile.use_ssl)
        self.ca_edit.setText(profile.ca)
        self.cert_edit.setText(profile.certfile)
        self.key_edit.setText(profile.keyfile if profile.keyfile != profile.certfile else "")
        self.verify_check.setChecked(profile.verify_certs)
        self.hostname_check.setChecked(profile.check_hostname)
        self.sasl_group.setChecked(bool(profile.sasl_mechanism))
        if profile.sasl_mechanism:
            self.sasl_mechanism_combo.setCurrentText(profile.sasl_mechanism)
        self.sasl_user_edit.setText(profile.sasl_username)
        self.sasl_service_edit.setText(profile.sasl_service)
        self.sasl_principal_edit.setText(profile.sasl_principal)
        self.sasl_options_edit.setText(profile.sasl_options)
        self.ssh_group.load(profile.ssh_values())
        self.set_secrets(keys)

    def set_secrets(self, keys: ProfileSecrets) -> None:
        """Show a profile's secrets (from the keyring) in their fields."""
        self.auth_edit.setText(keys.auth)
        self.key_password_edit.setText(keys.key_password)
        self.sasl_password_edit.setText(keys.sasl_password)
        self._validate()

    def set_secrets_enabled(self, enabled: bool, tip: str = "") -> None:
        """Let secrets be typed here, or not (with a tip saying why)."""
        for edit in (self.auth_edit, self.sasl_password_edit, self.key_password_edit):
            edit.setEnabled(enabled)
            if tip:
                edit.setToolTip(tip)

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
        for label, field_widget in self._sasl_rows.values():
            form.addRow(label, field_widget)
        self._fold(self.sasl_group)

    def _fold(self, group: QGroupBox) -> None:
        """Show a group's fields only while it is ticked."""

        def show(on: bool) -> None:
            for child in group.findChildren(QWidget):
                if child.parent() is group or child.parentWidget() is group:
                    child.setVisible(on)
            if on and group is self.sasl_group:
                self._mechanism_changed()

        fold(group, show)

    def _mechanism_changed(self) -> None:
        if not self.sasl_group.isChecked():
            return
        gssapi = self.sasl_mechanism_combo.currentText() == "GSSAPI"
        shown = {"service", "principal", "options"} if gssapi else {"user", "password"}
        for key, (label, field_widget) in self._sasl_rows.items():
            label.setVisible(key in shown)
            field_widget.setVisible(key in shown)
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
        if self.chroot_edit is not None:
            chroot = self.chroot_edit.text().strip()
            if chroot and not chroot.startswith("/"):
                error = self.tr('The chroot must start with "/".')
            elif "/" in self.server_combo.currentText():
                error = self.tr("Give the chroot in its own field, not in the connect string.")
        if not error:
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
        self.changed.emit()
