"""The "Compare Subtrees" dialog: pick a source and a target, each a connection and a path.

The connections are the window's open tabs, so two clusters compare as easily as two
paths of one. Both sides start at the node selected in the tree; the target side starts
on another connected tab when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..zk import paths
from .assets import style_message_label

__all__ = ["CompareDialog"]


class CompareDialog(QDialog):
    """``compareDialog``: ``choices`` are (tab title, key) pairs; ``sides()`` gives the two
    (key, path) pairs picked. OK closes it only when both sides are valid."""

    def __init__(
        self,
        choices: list[tuple[str, object]],
        source: tuple[int, str],
        target: tuple[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare Subtrees"))
        self._choices = choices
        self.sourceCombo, self.sourcePathEdit, source_box = self._side(
            "compareSource", self.tr("Source"), source
        )
        self.targetCombo, self.targetPathEdit, target_box = self._side(
            "compareTarget", self.tr("Target"), target
        )
        note = QLabel(
            self.tr(
                "Every node under each path is compared: names, data and ACL. "
                "“Make the target like the source” changes only the target."
            ),
            self,
        )
        note.setWordWrap(True)
        self.problemLabel = QLabel(self)
        self.problemLabel.setObjectName("compareProblemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        style_message_label(self.problemLabel, "error")
        self.problemLabel.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("compareButtonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (source_box, target_box, note, self.problemLabel, buttons):
            layout.addWidget(item)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _side(self, name: str, title: str, start: tuple[int, str]):
        box = QGroupBox(title, self)
        combo = QComboBox(box)
        combo.setObjectName(name + "Combo")
        for text, key in self._choices:
            combo.addItem(text, key)
        combo.setCurrentIndex(start[0])
        edit = QLineEdit(start[1], box)
        edit.setObjectName(name + "PathEdit")
        edit.setClearButtonEnabled(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Connection:"), combo)
        form.addRow(self.tr("Path:"), edit)
        return combo, edit, box

    def sides(self) -> tuple[tuple[object, str], tuple[object, str]]:
        """((source key, path), (target key, path)) as picked."""
        return (
            (self.sourceCombo.currentData(), _clean(self.sourcePathEdit.text())),
            (self.targetCombo.currentData(), _clean(self.targetPathEdit.text())),
        )

    def problem(self) -> str:
        """Why the two sides cannot be compared ("" when they can)."""
        (source_key, source), (target_key, target) = self.sides()
        for path in (source, target):
            try:
                paths.validate_path(path)
            except paths.InvalidPath as exc:
                return str(exc)
        if source_key is target_key and (
            source == target
            or paths.is_ancestor(source, target)
            or paths.is_ancestor(target, source)
        ):
            return self.tr("Pick two separate subtrees: one of these paths holds the other.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        self.problemLabel.setText(problem)
        self.problemLabel.setVisible(bool(problem))
        if not problem:
            super().accept()


def _clean(text: str) -> str:
    text = text.strip()
    return text.rstrip("/") or text
