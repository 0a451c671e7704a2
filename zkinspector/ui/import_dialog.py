"""The "Import" dialog: a file's nodes under the selected node, checked and previewed first.

The import controller checks the whole file before anything is written (a bad file gets
one sentence naming the place, and only Close), then previews what the import would do
under the target. The user picks what happens to nodes in the way (skip, overwrite,
stop) and may ask for a dry run, which writes nothing and reports what would be done.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ..models.transfer import NEW
from .plan_dialog import PlanDialog

__all__ = ["ImportDialog"]


class ImportDialog(PlanDialog):
    """``importDialog``: imports ``file`` under ``where`` (the target, as the user reads it)."""

    def __init__(self, file: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "importDialog", self.tr("Import"), self.tr("&Import"), parent, always_ask_conflicts=True
        )
        intro = QLabel(self.tr("Import %s") % os.path.basename(file), self)
        intro.setObjectName("importFileLabel")
        intro.setToolTip(file)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        target = QLabel(self.tr("into %s") % where, self)
        target.setObjectName("importTargetLabel")
        target.setTextFormat(Qt.TextFormat.PlainText)
        target.setWordWrap(True)
        self.dryRunCheck = QCheckBox(
            self.tr("&Dry run: report what would be written, write nothing")
        )
        self.dryRunCheck.setObjectName("dryRunCheck")
        self.dryRunCheck.toggled.connect(self._on_dry_run)
        self.dryRunCheck.hide()
        self.body.addWidget(intro)
        self.body.addWidget(target)
        self.add_questions()
        self.ephemeralChoice.set_options_text(
            {
                "persistent": self.tr("Create them as persistent nodes"),
                "skip": self.tr("Leave them out"),
            }
        )
        self.body.addWidget(self.dryRunCheck)

    def show_plan(self, plan) -> None:
        super().show_plan(plan)
        self.dryRunCheck.show()

    def _ephemeral_question(self, count: int) -> str:
        return self.tr(
            "%n node(s) of the file were ephemeral (another client's session owned them):",
            "",
            count,
        )

    def _plan_status(self, plan) -> str:
        if not (plan.counts.get(NEW) or plan.conflicts):
            return self.tr("Every node is there already, the same: there is nothing to write.")
        return ""

    def dry_run(self) -> bool:
        return self.dryRunCheck.isChecked()

    def _set_question_enabled(self, enabled: bool) -> None:
        super()._set_question_enabled(enabled)
        self.dryRunCheck.setEnabled(enabled)

    def _hide_question(self) -> None:
        super()._hide_question()
        self.dryRunCheck.hide()

    def _on_dry_run(self, on: bool) -> None:
        self.okButton.setText(self.tr("&Dry Run") if on else self.tr("&Import"))
