"""The "Move or Rename" dialog: a node and its subtree to another path.

``targetPathEdit`` holds the new path; a rename when the parent stays the same. OK emits
``okRequested`` once the path is valid; the move controller (models/transfer.py) moves
with progress and a report (what moved, what was copied only, what is untouched), or
refuses with one sentence and nothing written (a target that exists, ephemeral nodes in
the subtree: they belong to another client's session).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..zk import paths
from .assets import style_message_label
from .task_dialog import TaskDialog

__all__ = ["MoveNodeDialog"]


class MoveNodeDialog(TaskDialog):
    """``moveNodeDialog``: moves ``source`` (and its subtree) to the path typed."""

    def __init__(self, source: str, parent: QWidget | None = None, target: str = "") -> None:
        super().__init__("moveNodeDialog", self.tr("Move or Rename Node"), self.tr("&Move"), parent)
        self._source = source
        intro = QLabel(self.tr("Move %s and everything under it to:") % source, self)
        intro.setObjectName("moveIntroLabel")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.targetPathEdit = QLineEdit(target or source, self)
        self.targetPathEdit.setObjectName("targetPathEdit")
        self.targetPathEdit.setToolTip(
            self.tr("The node's new path; keep the parent to rename it where it is")
        )
        self.targetPathEdit.setClearButtonEnabled(True)
        self.targetPathEdit.setMinimumWidth(420)
        if not target:  # ready to type the new name, as in a file manager
            start = len(paths.child_prefix(paths.dirname(source)))
            self.targetPathEdit.setSelection(start, len(source) - start)

        self.hintLabel = QLabel(self)
        self.hintLabel.setObjectName("moveHintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        # ZooKeeper has no rename: the nodes are created anew, and it does not tell
        # container and TTL nodes from persistent ones.
        kinds = QLabel(
            self.tr(
                "Container and TTL nodes made in this connection keep their kind; others "
                "become persistent nodes at the new path: ZooKeeper does not tell them apart."
            ),
            self,
        )
        kinds.setObjectName("moveKindsLabel")
        kinds.setWordWrap(True)
        kinds.setTextFormat(Qt.TextFormat.PlainText)

        for widget in (intro, self.targetPathEdit, self.hintLabel, kinds):
            self.body.addWidget(widget)
        self.targetPathEdit.textChanged.connect(self._on_target_edited)
        self._on_target_edited()

    # -- what the controller reads and sets ------------------------------------------

    def source(self) -> str:
        return self._source

    def target(self) -> str:
        """The path typed, without trailing slashes."""
        text = self.targetPathEdit.text().strip()
        return text.rstrip("/") or text

    def is_rename(self) -> bool:
        return paths.dirname(self.target()) == paths.dirname(self._source)

    def problem(self) -> str:
        """Why the typed path cannot be a target ("" when it can)."""
        target = self.target()
        try:
            paths.validate_path(target)
        except paths.InvalidPath as exc:
            return str(exc)
        if target == "/" or paths.is_reserved(target):
            return self.tr("%s cannot be a target: choose a path under /.") % target
        if target == self._source:
            return self.tr("This is where the node is now: type another path.")
        if paths.is_ancestor(self._source, target):
            return self.tr("A node cannot move into its own subtree.")
        return ""

    # -- internals ---------------------------------------------------------------------

    def _set_question_enabled(self, enabled: bool) -> None:
        self.targetPathEdit.setEnabled(enabled)

    def _on_target_edited(self) -> None:
        problem = self.problem()
        unchanged = self.target() == self._source  # (not an error yet: nothing typed)
        style_message_label(self.hintLabel, "error" if problem and not unchanged else "normal")
        if unchanged:
            self.hintLabel.setText(
                self.tr("Type the new path; another name under the same parent renames it.")
            )
        elif problem:
            self.hintLabel.setText(problem)
        elif self.is_rename():
            old, new = paths.basename(self._source), paths.basename(self.target())
            self.hintLabel.setText(self.tr("Renames %s to %s.") % (old, new))
        else:
            self.hintLabel.setText(self.tr("Moves it under %s.") % paths.dirname(self.target()))
        self.okButton.setText(self.tr("&Rename") if self.is_rename() else self.tr("&Move"))
        self.set_ok_enabled(not problem)
