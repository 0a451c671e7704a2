"""The "Add Credentials" dialog: a scheme and a credential for the running session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..zk.connstr import parse_auth
from .assets import style_message_label

__all__ = ["AddAuthDialog"]


class AddAuthDialog(QDialog):
    """Asks for digest credentials (user and password) to add to the session (addauth).

    Only the digest scheme is offered: a server closes the session for good when it gets
    a scheme it has no provider for. Other schemes can be given when connecting.
    ``credential()`` gives (scheme, credential) once accepted; nothing is stored.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addAuthDialog")
        self.setWindowTitle(self.tr("Add Credentials"))
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("addAuthSchemeCombo")
        self.scheme_combo.addItems(["digest"])
        self.scheme_combo.setToolTip(
            self.tr(
                "ZooKeeper's digest scheme (user:password); other schemes go in the "
                "connection's Authentication field"
            )
        )
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("addAuthUserEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("addAuthPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.credential_edit = QLineEdit(self)
        self.credential_edit.setObjectName("addAuthCredentialEdit")
        self.credential_edit.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            self.tr(
                "The credentials are added to this connection until it is closed; the tree "
                "then shows what they allow. They are not saved."
            ),
            self,
        )
        note.setWordWrap(True)
        self._error_label = QLabel(self)
        self._error_label.setObjectName("addAuthErrorLabel")
        self._error_label.setWordWrap(True)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        style_message_label(self._error_label, "error")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("addAuthOkButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        self._form = QFormLayout()
        self._form.addRow(self.tr("&Scheme:"), self.scheme_combo)
        self._form.addRow(self.tr("&User:"), self.user_edit)
        self._form.addRow(self.tr("&Password:"), self.password_edit)
        self._form.addRow(self.tr("&Credential:"), self.credential_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(note)
        layout.addWidget(self._error_label)
        layout.addWidget(self._buttons)

        self.scheme_combo.currentTextChanged.connect(self._validate)
        for edit in (self.user_edit, self.password_edit, self.credential_edit):
            edit.textChanged.connect(self._validate)
        self.finished.connect(lambda _r: self._forget())
        self._credential: tuple[str, str] | None = None
        self._validate()
        self.user_edit.setFocus()
        self.resize(400, self.sizeHint().height())

    def credential(self) -> tuple[str, str]:
        """(scheme, credential) as kazoo's add_auth takes them; raises ValueError if invalid."""
        if self._credential is None:
            raise ValueError(self._error_label.text())
        return self._credential

    def _forget(self) -> None:
        """Clear the password fields when the dialog closes; credential() still answers."""
        for edit in (self.password_edit, self.credential_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)

    def _validate(self) -> None:
        scheme = self.scheme_combo.currentText().strip()
        digest = scheme == "digest"
        for field, shown in (
            (self.user_edit, digest),
            (self.password_edit, digest),
            (self.credential_edit, not digest),
        ):
            field.setVisible(shown)
            label = self._form.labelForField(field)
            if label is not None:
                label.setVisible(shown)
        if digest:
            user = self.user_edit.text().strip()
            text = f"digest:{user}:{self.password_edit.text()}"
            if not user:
                text = "digest:"
            elif ":" in user:
                text = ""
        else:
            text = f"{scheme}:{self.credential_edit.text()}"
        error = ""
        self._credential = None
        try:
            if digest and not self.user_edit.text().strip():
                raise ValueError(self.tr("Enter a user name."))
            if digest and ":" in self.user_edit.text():
                raise ValueError(self.tr('A user name cannot contain ":".'))
            self._credential = parse_auth(text)
        except ValueError as exc:
            error = str(exc)
        self._error_label.setText(error)
        self._error_label.setVisible(bool(error))
        empty = not (self.user_edit.text() or self.credential_edit.text())
        style_message_label(self._error_label, "normal" if empty else "error")
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not error)

    def accept(self) -> None:
        if self._credential is not None:
            super().accept()
