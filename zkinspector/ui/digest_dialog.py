"""The digest helper: a user and a password give the digest ACL id ZooKeeper stores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..zk.acl import digest_id

__all__ = ["DigestDialog"]


class DigestDialog(QDialog):
    """User + password -> the digest ACL id "user:base64(sha1(user:password))".

    The password is only used to compute the id: it is cleared when the dialog closes
    and never stored. ``digest()`` gives the id once accepted.
    """

    def __init__(self, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aclDigestDialog")
        self.setWindowTitle(self.tr("Digest ACL Id"))
        self._digest = ""
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("digestUserEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("digestPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("digestResultLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The id is what ZooKeeper stores for this user: the password itself is "
                "neither kept nor sent."
            ),
            self,
        )
        note.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Id:"), self.result_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self._buttons)
        self.user_edit.textChanged.connect(self._update)
        self.password_edit.textChanged.connect(self._update)
        self.finished.connect(lambda _r: self.password_edit.clear())
        self._update()
        self.resize(420, self.sizeHint().height())

    def digest(self) -> str:
        """The digest id computed from what was typed ("" until a user is given)."""
        return self._digest

    def _update(self) -> None:
        user = self.user_edit.text().strip()
        ok = bool(user) and ":" not in user
        self._digest = digest_id(user, self.password_edit.text()) if ok else ""
        if ok:
            self.result_label.setText(self._digest)
        elif ":" in user:
            self.result_label.setText(self.tr('A user name cannot contain ":".'))
        else:
            self.result_label.setText(self.tr("Enter a user name."))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if self._digest:
            super().accept()
