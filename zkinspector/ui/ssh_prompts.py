"""The SSH tunnel's questions to the user: an unknown host key, a passphrase, a password.

A connect through a jump host runs on the session's worker; when it needs the user it
emits ``session.sshQuestion`` and waits (cancellable, with a time limit). An
:class:`SshPrompter` opens the matching dialog (``open()``, never ``exec()``), hands the
answer back with ``question.answer(...)``, and closes the dialog when the worker stops
waiting (``sshQuestionWithdrawn``) or the connect ends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..zk import session as zk_session
from ..zk.session import ZkSession
from ..zk.ssh import Question
from .assets import style_message_label
from .widgets import hbox

__all__ = ["HostKeyDialog", "SecretDialog", "SshPrompter"]


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class HostKeyDialog(QDialog):
    """Shows an unknown jump host's key fingerprint (SHA256, as OpenSSH prints it) and
    asks whether to trust it; accepting adds it to known_hosts."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sshHostKeyDialog")
        self.setWindowTitle(self.tr("Unknown SSH Host Key"))
        self.question = question
        intro = _label(
            self.tr(
                "The authenticity of the jump host {0} cannot be established: its key is "
                "not in your known hosts."
            ).format(question.jump.name),
            self,
            "sshHostKeyText",
        )
        fingerprint = _label(question.fingerprint, self, "sshFingerprintLabel")
        fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key = QFormLayout()
        key.addRow(self.tr("{0} key fingerprint:").format(question.key_type), fingerprint)
        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(intro)
        text.addLayout(key)
        if question.other_types:
            other = _label(
                self.tr(
                    "Your known hosts hold a key of another type ({0}) for this host: ask its "
                    "administrator which keys it has."
                ).format(", ".join(question.other_types)),
                self,
            )
            style_message_label(other, "warning")
            text.addWidget(other)
        text.addWidget(
            _label(
                self.tr(
                    "Compare the fingerprint with the one the host's administrator gave you. "
                    "Trusting it adds the key to {0}."
                ).format(question.known_hosts),
                self,
            )
        )
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(hbox(icon, text))
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        trust = buttons.addButton(
            self.tr("&Trust and Connect"), QDialogButtonBox.ButtonRole.YesRole
        )
        trust.setObjectName("sshTrustButton")
        refuse = buttons.addButton(self.tr("&Refuse"), QDialogButtonBox.ButtonRole.NoRole)
        refuse.setObjectName("sshRefuseButton")
        refuse.setDefault(True)  # trusting takes a deliberate choice
        trust.clicked.connect(self.accept)
        refuse.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def answer(self, result: int) -> None:
        self.question.answer(result == QDialog.DialogCode.Accepted)


class SecretDialog(QDialog):
    """Asks for an SSH key's passphrase or a jump host's password."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sshSecretDialog")
        self.question = question
        if question.kind == Question.PASSPHRASE:
            self.setWindowTitle(self.tr("SSH Key Passphrase"))
            text = self.tr("Passphrase of the SSH key {0}:").format(question.key_file)
        else:
            self.setWindowTitle(self.tr("SSH Password"))
            text = self.tr("Password of {0} on the jump host:").format(question.jump)
        layout = QVBoxLayout(self)
        if question.retry:
            wrong = _label(self.tr("That was not accepted; try again."), self, "sshRetryLabel")
            style_message_label(wrong, "error")
            layout.addWidget(wrong)
        layout.addWidget(_label(text, self, "sshSecretText"))
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("sshSecretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.secret_edit)
        self.remember_check = QCheckBox(self.tr("Remember it in the system &keyring"), self)
        self.remember_check.setObjectName("sshRememberCheck")
        self.remember_check.setEnabled(question.can_remember)
        if not question.can_remember:
            self.remember_check.setToolTip(self.tr("No system keyring was found"))
        layout.addWidget(self.remember_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def answer(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.question.answer(self.secret_edit.text(), self.remember_check.isChecked())
        else:
            self.question.answer(None)


class SshPrompter(QObject):
    """Shows a session's SSH questions as dialogs over ``parent`` and answers them."""

    def __init__(self, session: ZkSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._open: list[HostKeyDialog | SecretDialog] = []
        session.sshQuestion.connect(self._ask)
        session.sshQuestionWithdrawn.connect(self._withdrawn)
        session.stateChanged.connect(self._on_state)

    def dialogs(self) -> list[QDialog]:
        """The question dialogs open now."""
        return list(self._open)

    def _ask(self, question: Question) -> None:
        kind = HostKeyDialog if question.kind == Question.HOST_KEY else SecretDialog
        dialog = kind(question, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(dialog.answer)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self._open.append(dialog)
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)

    def _withdrawn(self, question: Question) -> None:
        for dialog in list(self._open):
            if dialog.question is question:
                dialog.reject()

    def _on_state(self, state: str, _detail: str) -> None:
        if state != zk_session.CONNECTING:  # the connect is over: nobody waits any more
            for dialog in list(self._open):
                dialog.reject()
