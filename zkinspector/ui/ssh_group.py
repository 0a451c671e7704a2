"""The connect dialog's "SSH tunnel" group: jump host, user, port and key file.

Self-contained: the dialog adds the group, passes ``values()`` to ``build_params`` and
keeps them in the connection's profile (``values()`` / ``load()``; no secrets: a
passphrase or password is asked for when needed, or read from the system keyring).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from getpass import getuser
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..zk.connstr import DEFAULT_SSH_PORT
from .widgets import fold

__all__ = ["SshTunnelGroup"]


class SshTunnelGroup(QGroupBox):
    """A checkable group: when ticked, every member is reached through the jump host."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("SSH tu&nnel through a jump host"), parent)
        self.setObjectName("sshGroup")
        self.setCheckable(True)
        self.setChecked(False)
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("sshHostEdit")
        self.host_edit.setPlaceholderText(self.tr("e.g. bastion.example.com"))
        self.host_edit.setToolTip(
            self.tr(
                "The SSH server that reaches the ZooKeeper servers; its host key is checked "
                "against ~/.ssh/known_hosts"
            )
        )
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("sshUserEdit")
        self.user_edit.setPlaceholderText(getuser())
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("sshPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_SSH_PORT)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("sshKeyEdit")
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.setPlaceholderText(self.tr("Empty: the SSH agent, then ~/.ssh/id_*"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("sshKeyBrowseButton")
        browse.clicked.connect(self._browse)
        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(browse)
        host_row = QHBoxLayout()
        host_row.setContentsMargins(0, 0, 0, 0)
        host_row.addWidget(self.host_edit, 1)
        port_label = QLabel(self.tr("P&ort:"), self)
        port_label.setBuddy(self.port_spin)
        host_row.addWidget(port_label)
        host_row.addWidget(self.port_spin)

        self._body = QWidget(self)
        form = QFormLayout(self._body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Jump host:"), self.host_edit), host_row)
        form.addRow(self._buddy(self.tr("&User:"), self.user_edit), self.user_edit)
        form.addRow(self._buddy(self.tr("&Key file:"), self.key_edit), key_row)
        outer = QVBoxLayout(self)
        outer.addWidget(self._body)
        fold(self, self._body.setVisible)
        self.toggled.connect(self.changed)
        for edit in (self.host_edit, self.user_edit, self.key_edit):
            edit.textChanged.connect(self.changed)
        self.port_spin.valueChanged.connect(self.changed)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self._body)
        label.setBuddy(field)
        return label

    def values(self) -> dict[str, Any]:
        """The ``build_params`` arguments (ssh_host "" when the group is not ticked); also
        what a profile keeps."""
        if not self.isChecked():
            return {"ssh_host": "", "ssh_port": DEFAULT_SSH_PORT, "ssh_user": "", "ssh_key": ""}
        return {
            "ssh_host": self.host_edit.text().strip(),
            "ssh_port": self.port_spin.value(),
            "ssh_user": self.user_edit.text().strip(),
            "ssh_key": self.key_edit.text().strip(),
        }

    def load(self, profile: Mapping[str, Any]) -> None:
        """Fill the fields from a profile (the keys of ``values()``)."""
        host = str(profile.get("ssh_host", "") or "")
        self.setChecked(bool(host))
        self.host_edit.setText(host)
        self.user_edit.setText(str(profile.get("ssh_user", "") or ""))
        try:
            self.port_spin.setValue(int(profile.get("ssh_port", DEFAULT_SSH_PORT)))
        except (TypeError, ValueError):
            self.port_spin.setValue(DEFAULT_SSH_PORT)
        self.key_edit.setText(str(profile.get("ssh_key", "") or ""))

    def error(self) -> str:
        """Why the fields cannot be used ("" when they can); the rest is build_params'."""
        if not self.isChecked():
            return ""
        if not self.host_edit.text().strip():
            return self.tr("Enter the SSH jump host, or untick the SSH tunnel.")
        key = os.path.expanduser(self.key_edit.text().strip())
        if key and not os.path.isfile(key):
            return self.tr("The SSH key file {0} does not exist.").format(key)
        return ""

    def _browse(self) -> None:
        start = os.path.dirname(self.key_edit.text()) or os.path.expanduser("~/.ssh")
        dialog = QFileDialog(self, self.tr("Choose an SSH private key"), start)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setFilter(dialog.filter() | QDir.Filter.Hidden)  # ~/.ssh is hidden
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.key_edit.setText)
        dialog.open()
