"""Dialogs that preview a write before they make it (import, paste).

The preview says how many nodes are new, how many exist with other data or ACL and how
many are the same already; then what to do with nodes in the way and with ephemeral
nodes is asked, and OK writes.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..models.transfer import EXISTING, NEW, NODES, OTHER_ACL, OTHER_DATA, SAME, Plan
from .assets import style_message_label
from .task_dialog import TaskDialog, conflict_choice, ephemeral_choice, listing

__all__ = ["PlanDialog", "PlanView"]


class PlanCounts(QObject):
    """The questions with a number in them, asked by PlanDialog and its subclasses (whose
    tr() would look them up under their own names): plural forms only through tr()."""

    def conflicts(self, n: int) -> str:
        return self.tr("%n node(s) exist already with other data or another ACL:", "", n)

    def ephemerals(self, n: int) -> str:
        return self.tr(
            "%n ephemeral node(s) belong to another client's session and cannot be copied "
            "as they are:",
            "",
            n,
        )


COUNTS = PlanCounts()


class PlanView(QWidget):
    """``planView``: the counts of a :class:`Plan`, one labelled line each, and its
    warnings (``planWarnings``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self._names = {
            NODES: self.tr("Nodes to copy (subtrees included):"),
            EXISTING: self.tr("Already at the target:"),
            NEW: self.tr("New nodes:"),
            OTHER_DATA: self.tr("Existing, other data:"),
            OTHER_ACL: self.tr("Existing, other ACL:"),
            SAME: self.tr("Existing, the same:"),
            "ephemeral": self.tr("Ephemeral nodes:"),
        }
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self.notes = QLabel(self)
        self.notes.setObjectName("planNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.hide()
        self.warnings = QLabel(self)
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes)
        layout.addLayout(self._form)
        layout.addWidget(self.warnings)
        self.hide()

    def show_plan(self, plan: Plan) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        locale = QLocale()
        counts = dict(plan.counts)
        if plan.ephemerals:
            counts["ephemeral"] = plan.ephemerals
        for key, n in counts.items():
            value = QLabel(locale.toString(n), self)
            value.setObjectName(f"plan_{key}")
            self._form.addRow(self._names.get(key, key), value)
        self.notes.setText("\n".join(plan.notes))
        self.notes.setVisible(bool(plan.notes))
        self.warnings.setText("\n".join(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        style_message_label(self.warnings, "warning")
        self.show()

    def text(self) -> str:
        """The counts as shown, one "label value" a line, then the warnings."""
        lines = []
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            lines.append(f"{label.text()} {value.text()}")
        if self.warnings.isVisibleTo(self):
            lines.append(self.warnings.text())
        return "\n".join(lines)


class PlanDialog(TaskDialog):
    """A :class:`TaskDialog` with a preview (``planView``), the conflict question
    (``conflictChoice``) and the ephemeral question (``ephemeralChoice``).

    ``always_ask_conflicts``: show the conflict question even when nothing is in the way.
    """

    def __init__(
        self,
        name: str,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        always_ask_conflicts: bool = False,
    ) -> None:
        super().__init__(name, title, ok_text, parent)
        self._always_ask_conflicts = always_ask_conflicts
        self.planView = PlanView(self)
        self.conflictChoice = conflict_choice(self)
        self.conflictChoice.hide()
        self.ephemeralChoice = ephemeral_choice(self)
        self.ephemeralChoice.hide()
        self.ephemeralChoice.changed.connect(self._update_ok)
        self._plan: Plan | None = None

    def add_questions(self) -> None:
        """Put the preview and the questions in the body (after the subclass's intro)."""
        for widget in (self.planView, self.conflictChoice, self.ephemeralChoice):
            self.body.addWidget(widget)

    def plan(self) -> Plan | None:
        return self._plan

    def show_plan(self, plan: Plan) -> None:
        """Show what would be done and ask what is to be asked; OK once answered."""
        self._plan = plan
        self.planView.show_plan(plan)
        conflicts = plan.conflicts
        if conflicts:
            self.conflictChoice.set_question(
                self._conflict_question(conflicts)
                + "\n"
                + listing(plan.conflict_examples, conflicts)
            )
        self.conflictChoice.setVisible(bool(conflicts) or self._always_ask_conflicts)
        if plan.ephemerals:
            self.ephemeralChoice.set_question(
                self._ephemeral_question(plan.ephemerals)
                + "\n"
                + listing(plan.ephemeral_examples, plan.ephemerals)
            )
        self.ephemeralChoice.setVisible(plan.ephemerals > 0)
        self.ask(self._plan_status(plan))
        self._update_ok()

    def _conflict_question(self, count: int) -> str:
        return COUNTS.conflicts(count)

    def _ephemeral_question(self, count: int) -> str:
        return COUNTS.ephemerals(count)

    def _plan_status(self, plan: Plan) -> str:
        """A sentence under the preview ("" for none)."""
        return ""

    def conflict(self) -> str:
        """ "skip", "overwrite" or "stop" (skip when nothing was in the way)."""
        return self.conflictChoice.value() or "skip"

    def ephemerals(self) -> str | None:
        """ "persistent", "skip", or None when there were no ephemeral nodes."""
        return None if self.ephemeralChoice.isHidden() else self.ephemeralChoice.value()

    def _set_question_enabled(self, enabled: bool) -> None:
        self.conflictChoice.setEnabled(enabled)
        self.ephemeralChoice.setEnabled(enabled)

    def _hide_question(self) -> None:
        self.conflictChoice.hide()
        self.ephemeralChoice.hide()

    def _update_ok(self) -> None:
        answered = self.ephemeralChoice.isHidden() or self.ephemeralChoice.value() is not None
        self.set_ok_enabled(self._plan is not None and answered)
