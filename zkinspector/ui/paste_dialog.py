"""The "Paste Nodes" dialog: copy nodes with their subtrees under a node, maybe of another
connection (another cluster). Also the confirmation of a drag and drop with Ctrl held.

It names what goes where, previews what the copy would change at the target (the paste
controller checks both sides first), asks about nodes in the way and about ephemeral
nodes, then shows the copy's progress and report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .plan_dialog import PlanDialog
from .task_dialog import listing

__all__ = ["PasteDialog"]


class PasteDialog(PlanDialog):
    """``pasteDialog``: copies ``sources`` of the connection ``source_name`` under ``target``
    of the connection ``target_name``."""

    def __init__(
        self,
        sources: list[str],
        source_name: str,
        target: str,
        target_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("pasteDialog", self.tr("Paste Nodes"), self.tr("&Copy"), parent)
        if len(sources) == 1:
            text = self.tr("Copy %s and everything under it") % sources[0]
        else:
            text = self.tr("Copy these %n nodes and everything under them:", "", len(sources))
            text += "\n" + listing(sources[:6], len(sources))
        intro = QLabel(text + "\n" + self.tr("from %s") % source_name, self)
        intro.setObjectName("pasteIntroLabel")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        where = QLabel(self.tr("to %s, under %s") % (target_name, target), self)
        where.setObjectName("pasteTargetLabel")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        font = where.font()
        font.setBold(True)
        where.setFont(font)
        self.body.addWidget(intro)
        self.body.addWidget(where)
        self.add_questions()
        self.conflictChoice.set_options_text(
            {
                "skip": self.tr("Merge, keeping the nodes there as they are"),
                "overwrite": self.tr("Merge, giving the nodes there the copied data and ACL"),
                "stop": self.tr("Copy nothing"),
            }
        )

    def _conflict_question(self, count: int) -> str:
        return self.tr("%n of the copies would land on a node that exists already:", "", count)
