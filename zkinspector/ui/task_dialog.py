"""A dialog that asks, runs long work with progress and Stop, then says what was done.

The import, paste, move and export dialogs are this dialog with their own question in
``body``. The dialog never talks to ZooKeeper: OK emits ``okRequested`` and a controller
answers with ``start_progress`` / ``set_progress`` / ``finish`` (or ``ask`` again, with
a question it found while checking).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from .assets import style_message_label

__all__ = ["Choice", "TaskDialog", "conflict_choice", "ephemeral_choice", "listing"]

ASKING, RUNNING, FINISHED = "asking", "running", "finished"
MIN_WIDTH = 460


class TaskDialog(QDialog):
    """States: asking (OK, Cancel) -> running (progress, Stop) -> finished (report, Close).

    Children by name: ``taskStatusLabel`` (the sentence under the question: a refusal,
    the progress, the summary), ``taskProgress``, ``taskReport`` (the report's lines),
    the buttons ``taskOkButton``, ``taskCancelButton``, ``taskCloseButton``.
    """

    okRequested = Signal()  # OK while asking: do it
    stopRequested = Signal()  # Stop (Cancel, Escape, closing) while running

    def __init__(self, name: str, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._state = ASKING
        self._stop_asked = False
        self._ran = False  # finished once (a dry run may be followed by the real one)
        self._running_text = ""

        self.body = QVBoxLayout()
        self.body.setSpacing(8)

        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("taskStatusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.hide()

        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.hide()

        self.reportView = QPlainTextEdit(self)
        self.reportView.setObjectName("taskReport")
        self.reportView.setReadOnly(True)
        self.reportView.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.reportView.setMinimumHeight(110)
        self.reportView.hide()

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("taskButtonBox")
        self.okButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("taskOkButton")
        self.okButton.setText(ok_text)
        self.cancelButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancelButton.setObjectName("taskCancelButton")
        self.closeButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.closeButton.setObjectName("taskCloseButton")
        self.okButton.clicked.connect(self.accept)
        self.cancelButton.clicked.connect(self.reject)
        self.closeButton.clicked.connect(lambda: QDialog.accept(self))

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        # Wide enough for a path and a sentence on one line (a fixed width, no height).
        layout.addSpacerItem(QSpacerItem(MIN_WIDTH, 0, QSizePolicy.Policy.Fixed))
        layout.addLayout(self.body)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.progress)
        layout.addWidget(self.reportView, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- what the controller calls ----------------------------------------------------

    @property
    def state(self) -> str:
        """ "asking", "running" or "finished"."""
        return self._state

    def status(self) -> str:
        """The sentence under the question (refusal, progress or summary)."""
        return self.statusLabel.text() if self.statusLabel.isVisible() else ""

    def report(self) -> str:
        """The summary and every line of the final report."""
        lines = [self.statusLabel.text(), self.reportView.toPlainText()]
        return "\n".join(x for x in lines if x)

    def set_status(self, text: str, kind: str = "normal") -> None:
        """Show a sentence ("" hides it); kind "error" or "warning" colours it."""
        self.statusLabel.setText(text)
        self.statusLabel.setVisible(bool(text))
        style_message_label(self.statusLabel, kind)

    def set_ok_enabled(self, enabled: bool) -> None:
        self.okButton.setEnabled(enabled)

    def ask(self, status: str = "", kind: str = "normal") -> None:
        """Back to asking (after a check found a question): OK and Cancel again."""
        self._state = ASKING
        self.progress.hide()
        self.set_status(status, kind)
        self._set_question_enabled(True)
        self._update_buttons()
        self._fit()

    def refuse(self, text: str) -> None:
        """Nothing can be done: the sentence, and only Close."""
        self._state = FINISHED
        self.progress.hide()
        self.set_status(text, "error")
        self._set_question_enabled(False)
        self._update_buttons()
        self.okButton.hide()
        self._fit()

    def start_progress(self, text: str, total: int | None = None, *, show: bool = True) -> None:
        """Running: ``text`` with a progress bar (busy while total is None) and Stop.

        Shows the dialog again if it was closed (unless ``show`` is False).
        """
        self._state = RUNNING
        self._stop_asked = False
        self._running_text = text
        self._set_question_enabled(False)
        self.reportView.hide()
        self.progress.show()
        self._update_buttons()
        self.set_progress(0, total)
        if show and not self.isVisible():
            self.show()

    def set_progress(self, done: int, total: int | None = None) -> None:
        if self._state != RUNNING:
            return
        locale = QLocale()
        if total is None or total <= 0:
            self.progress.setRange(0, 0)
            count = locale.toString(done) if done else ""
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            count = QCoreApplication.translate("TaskDialog", "%1 of %2").replace(
                "%1", locale.toString(done)
            )
            count = count.replace("%2", locale.toString(total))
        if not self._stop_asked:
            self.set_status(f"{self._running_text} {count}".strip())

    def finish(self, summary: str, lines: list[str], ok: bool, *, again: bool = False) -> None:
        """The work ended: its summary, the report's lines, Close (and OK again if
        ``again``, as after a dry run)."""
        self._state = ASKING if again else FINISHED
        self._ran = True
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if ok else 0)
        elif ok:
            self.progress.setValue(self.progress.maximum())
        self.set_status(summary, "normal" if ok else "error")
        self.reportView.setPlainText("\n".join(lines))
        self.reportView.setVisible(bool(lines))
        self._set_question_enabled(again)
        if not again:
            self._hide_question()
        self._update_buttons()
        self.closeButton.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to what is shown now, once the layout has taken it in."""
        QTimer.singleShot(0, self, self.adjustSize)

    # -- subclasses -------------------------------------------------------------------

    def _set_question_enabled(self, enabled: bool) -> None:
        """Enable or disable the question's widgets (subclasses list theirs)."""

    def _hide_question(self) -> None:
        """The work is over: hide what was only a question (room for the report)."""

    # -- buttons ----------------------------------------------------------------------

    def accept(self) -> None:
        """OK while asking emits ``okRequested``; Close after the end closes."""
        if self._state == ASKING:
            if self.okButton.isEnabled() and not self.okButton.isHidden():
                self.okRequested.emit()
        elif self._state == FINISHED:
            super().accept()

    def reject(self) -> None:
        """Cancel while asking closes; while running, asks the work to stop (once)."""
        if self._state == RUNNING:
            if not self._stop_asked:
                self._stop_asked = True
                self.set_status(
                    QCoreApplication.translate("TaskDialog", "Stopping after the batch in flight…")
                )
                self.cancelButton.setEnabled(False)
                self.stopRequested.emit()
            return
        super().reject()

    def _update_buttons(self) -> None:
        state = self._state
        self.okButton.setVisible(state == ASKING)
        self.cancelButton.setVisible(state == RUNNING or (state == ASKING and not self._ran))
        self.cancelButton.setText(
            QCoreApplication.translate("TaskDialog", "&Stop")
            if state == RUNNING
            else QCoreApplication.translate("TaskDialog", "Cancel")
        )
        self.cancelButton.setEnabled(not (state == RUNNING and self._stop_asked))
        self.closeButton.setVisible(state == FINISHED or (state == ASKING and self._ran))
        if state == ASKING:
            self.okButton.setDefault(True)
        elif state == FINISHED:
            self.closeButton.setDefault(True)


class Choice(QWidget):
    """A question with one answer among a few radio buttons (none chosen unless given).

    ``options`` are (value, text, objectName) triples; ``value()`` is the chosen value or
    None; ``changed`` is emitted when the answer changes.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        question: str,
        options: list[tuple[str, str, str]],
        default: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.questionLabel = QLabel(question, self)
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextFormat(Qt.TextFormat.PlainText)
        font = self.questionLabel.font()
        font.setBold(True)
        self.questionLabel.setFont(font)
        self._group = QButtonGroup(self)
        self._values: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.questionLabel)
        for i, (value, text, object_name) in enumerate(options):
            radio = QRadioButton(text, self)
            radio.setObjectName(object_name)
            radio.setChecked(value == default)
            self._group.addButton(radio, i)
            self._values[i] = value
            layout.addWidget(radio)
        self._group.idToggled.connect(lambda _id, on: on and self.changed.emit())

    def set_question(self, text: str) -> None:
        self.questionLabel.setText(text)

    def set_options_text(self, texts: dict[str, str]) -> None:
        """Reword the answers (by value)."""
        for i, value in self._values.items():
            if value in texts:
                self._group.button(i).setText(texts[value])

    def value(self) -> str | None:
        return self._values.get(self._group.checkedId())

    def set_value(self, value: str) -> None:
        for i, known in self._values.items():
            if known == value:
                self._group.button(i).setChecked(True)


def conflict_choice(parent: QWidget, default: str | None = "skip") -> Choice:
    """``conflictChoice``: what to do with a node that exists with other data or ACL."""
    return Choice(
        "conflictChoice",
        QCoreApplication.translate("Choice", "When a node exists already with other data or ACL:"),
        [
            (
                "skip",
                QCoreApplication.translate("Choice", "Skip it: keep what the server holds"),
                "conflictSkipRadio",
            ),
            (
                "overwrite",
                QCoreApplication.translate("Choice", "Overwrite its data and ACL"),
                "conflictOverwriteRadio",
            ),
            (
                "stop",
                QCoreApplication.translate(
                    "Choice", "Stop: write nothing if any node is in the way"
                ),
                "conflictStopRadio",
            ),
        ],
        default,
        parent,
    )


def ephemeral_choice(parent: QWidget) -> Choice:
    """``ephemeralChoice``: ephemeral nodes belong to another client's session; no default."""
    return Choice(
        "ephemeralChoice",
        "",
        [
            (
                "persistent",
                QCoreApplication.translate(
                    "Choice", "Copy them as persistent nodes (the originals stay as they are)"
                ),
                "ephemeralCopyRadio",
            ),
            ("skip", QCoreApplication.translate("Choice", "Skip them"), "ephemeralSkipRadio"),
        ],
        None,
        parent,
    )


def listing(shown: list[str], count: int) -> str:
    """Some paths, one a line, and how many more there are than shown."""
    lines = list(shown)
    if count > len(shown):
        lines.append(f"… (+{count - len(shown)})")
    return "\n".join(lines)
