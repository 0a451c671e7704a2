"""The compare panel (the window's "Compare" dock): the differences of two subtrees.

It lives in a dock of the main window rather than a window of its own: the two sides may
be two tabs, and the panel stays in view beside the tree whichever tab is shown, so a row
can be looked at in the tree (double click) while the list stays where it was. Like the
search panel, it can be floated or closed.

Rows stream in as the comparison walks (one per node that differs: its path and what
differs: added, removed, data, ACL); Stop ends the walk. A row's data difference opens in
the diff view; "Make Target Like Source" changes the target for the chosen rows or all
of them, after a confirmation, and the comparison then runs again to show what is left.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.compare import (
    ADDED,
    PATH,
    REMOVED,
    WHAT,
    Compared,
    CompareRun,
    DataPair,
    DifferenceModel,
    MakeLike,
)
from ..models.transfer import Report
from ..zk.codec import decode_utf8, hex_dump
from ..zk.compare import Difference
from .assets import style_message_label
from .diff_dialog import DiffDialog
from .task_dialog import TaskDialog
from .widgets import row_table

__all__ = ["ComparePanel"]


class ComparePanel(QWidget):
    """``comparePanel``: sides, progress and Stop over ``compareView``, the actions under it.

    ``pages()`` gives the window's connection pages (a side is a page and a path).
    ``revealRequested(page, path)`` asks the window to show a node in a page's tree.
    """

    revealRequested = Signal(object, str)
    finished = Signal()  # a comparison ended (done, stopped or failed)

    def __init__(self, pages: Callable[[], list], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self._pages = pages
        self._sides: tuple | None = None  # (source page, path, target page, path)
        self._compared = 0
        self.model = DifferenceModel(self)
        self.run = CompareRun(self)
        self.run.found.connect(self._found)
        self.run.progress.connect(self._progress)
        self.run.finished.connect(self._finished)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        self.sidesLabel = QLabel(self.tr("Compare two subtrees: Transfer > Compare Subtrees…"))
        self.sidesLabel.setObjectName("compareSidesLabel")
        self.sidesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sidesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sidesLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.againButton = self._button("compareAgainButton", self.tr("Compare &Again"))
        self.againButton.clicked.connect(self.again)
        self.stopButton = self._button("compareStopButton", self.tr("&Stop"))
        self.stopButton.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.progress.setObjectName("compareProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(140, 8)
        policy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()

        self.view = row_table("compareView", self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHAT, self.fontMetrics().horizontalAdvance("removed, data, ACL") + 40)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("compareStatus")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.diffButton = self._button("compareDiffButton", self.tr("&Data Difference…"))
        self.diffButton.clicked.connect(self.show_data_difference)
        self.applySelectedButton = self._button(
            "compareApplySelectedButton", self.tr("Make Target Like Source: &Selected…")
        )
        self.applySelectedButton.clicked.connect(lambda: self.make_like(selected=True))
        self.applyAllButton = self._button(
            "compareApplyAllButton", self.tr("Make Target Like Source: A&ll…")
        )
        self.applyAllButton.clicked.connect(lambda: self.make_like(selected=False))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.sidesLabel, 1)
        top.addWidget(self.progress)
        top.addWidget(self.stopButton)
        top.addWidget(self.againButton)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.statusLabel, 1)
        bottom.addWidget(self.diffButton)
        bottom.addWidget(self.applySelectedButton)
        bottom.addWidget(self.applyAllButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- comparing ----------------------------------------------------------------------

    def start(self, source_page, source: str, target_page, target: str) -> None:
        """Compare ``source`` in ``source_page``'s connection with ``target`` in
        ``target_page``'s; rows replace the previous comparison's as they come."""
        self.run.stop()
        self._sides = (source_page, source, target_page, target)
        self.sidesLabel.setText(
            self.tr("Source: %s  %s   →   Target: %s  %s")
            % (source_page.title(), source, target_page.title(), target)
        )
        self.model.reset(source, target)
        self._compared = 0
        if not self._sides_alive():
            self._set_status(self.tr("A side's connection is closed."), "error")
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_status(self.tr("Comparing…"))
        self.run.start(source_page.session, source, target_page.session, target)
        self._update_buttons()

    def forget(self, page) -> None:
        """``page``'s tab is closing: a comparison with it stops and the panel lets go of
        it (the rows stay, to read; double-clicking them shows nothing any more)."""
        sides = self._sides
        if sides is None or page not in (sides[0], sides[2]):
            return
        self.run.abandon()
        self._sides = None
        self.progress.hide()
        self._set_status(self.tr("A side's connection is closed."), "error")
        self._update_buttons()

    def again(self) -> None:
        if self._sides is not None:
            self.start(*self._sides)

    def stop(self) -> None:
        self.run.stop()

    def is_running(self) -> bool:
        return self.run.running

    def _found(self, rows: list[Difference]) -> None:
        self.model.append(rows)
        self._update_buttons()

    def _progress(self, done: int, total: int | None) -> None:
        self._compared = done
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self._set_status(self._summary(running=True))

    def _finished(self, end: Compared) -> None:
        self.progress.hide()
        self._compared = end.compared
        text = self._summary(stopped=end.stopped)
        if end.unreadable:
            text += " " + self.tr(
                "%n node(s) could not be read (hover for the list).", "", len(end.unreadable)
            )
        if end.error:
            text = f"{end.error} {text}"
        self._set_status(text, "error" if end.error else "warning" if end.unreadable else "normal")
        self.statusLabel.setToolTip("\n".join(end.unreadable[:50]))
        self._update_buttons()
        self.finished.emit()

    def _summary(self, *, running: bool = False, stopped: bool = False) -> str:
        found = len(self.model)
        nodes = self.tr("%n node(s) compared", "", self._compared)
        if running:
            return (
                self.tr("Comparing… %1 so far, %2")
                .replace("%1", self.tr("%n difference(s)", "", found))
                .replace("%2", nodes)
            )
        if found == 0 and not stopped:
            return self.tr("The two subtrees are the same (%s).") % nodes
        text = self.tr("%1 in %2").replace("%1", self.tr("%n difference(s)", "", found))
        text = text.replace("%2", nodes)
        return text + self.tr(" (stopped)") if stopped else text

    def _set_status(self, text: str, kind: str = "normal") -> None:
        self.statusLabel.setText(text)
        style_message_label(self.statusLabel, kind)

    def _sides_open(self) -> bool:
        """Whether both sides' tabs are still open."""
        sides = self._sides
        return sides is not None and all(
            shiboken6.isValid(p) and p in self._pages() for p in (sides[0], sides[2])
        )

    def _sides_alive(self) -> bool:
        """Whether both sides' tabs are open and connected."""
        sides = self._sides
        return self._sides_open() and all(p.session.is_connected for p in (sides[0], sides[2]))

    def _update_buttons(self) -> None:
        running = self.run.running
        rows = len(self.model) > 0
        self.stopButton.setEnabled(running)
        self.againButton.setEnabled(not running and self._sides is not None)
        chosen = self.chosen()
        self.diffButton.setEnabled(len(chosen) == 1 and "data" in chosen[0].fields)
        sides = self._sides is not None
        self.applySelectedButton.setEnabled(not running and sides and bool(chosen))
        self.applyAllButton.setEnabled(not running and sides and rows)

    # -- rows -------------------------------------------------------------------------

    def chosen(self) -> list[Difference]:
        """The differences of the selected rows, in row order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows(PATH))
        return [d for r in rows if (d := self.model.row(r)) is not None]

    def _activated(self, index: QModelIndex) -> None:
        diff = self.model.row(index.row())
        if diff is None or self._sides is None:
            return
        if not self._sides_open():
            self._set_status(self.tr("A side's connection is closed."), "error")
            return
        source_path, target_path = self.model.absolute(diff.path)
        if diff.status == REMOVED:  # only in the source
            self.revealRequested.emit(self._sides[0], source_path)
        else:
            self.revealRequested.emit(self._sides[2], target_path)

    def show_data_difference(self) -> None:
        """The selected row's data, target against source, in the diff view."""
        chosen = self.chosen()
        if len(chosen) != 1 or not self._sides_alive():
            return
        diff = chosen[0]
        source_path, target_path = self.model.absolute(diff.path)
        reader = DataPair(self)
        reader.read.connect(lambda source, target: self._show_diff(diff, source, target))
        reader.failed.connect(lambda text: self._set_status(text, "error"))
        reader.start(self._sides[0].session, source_path, self._sides[2].session, target_path)

    def _show_diff(self, diff: Difference, source: bytes, target: bytes) -> None:
        source_text, target_text = _texts(source, target)
        source_path, target_path = self.model.absolute(diff.path)
        dialog = DiffDialog(
            target_path,
            source_text,
            target_text,
            self,
            names=(self.tr("target %s") % target_path, self.tr("source %s") % source_path),
            intro=self.tr(
                "The data of %s in the target compared with %s in the source. Lines "
                "starting with - are only in the target, + only in the source."
            )
            % (target_path, source_path),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- make the target like the source ----------------------------------------------

    def make_like(self, *, selected: bool) -> TaskDialog | None:
        """Confirm, then change the target so the chosen rows (or all) are as in the source."""
        if self._sides is None or self.run.running:
            return None
        diffs = self.chosen() if selected else self.model.rows()
        if not diffs:
            return None
        source_page, source, target_page, target = self._sides
        if not self._sides_alive():
            self._set_status(self.tr("A side's connection is closed."), "error")
            return None
        dialog = TaskDialog(
            "makeLikeDialog",
            self.tr("Make Target Like Source"),
            self.tr("&Change the Target"),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question = QLabel(self._make_like_question(diffs, target_page.title(), target), dialog)
        question.setObjectName("makeLikeQuestion")
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        dialog.body.addWidget(question)
        if target_page.session.read_only:
            dialog.refuse(self.tr("The target's connection is read-only: nothing is written."))
        job = MakeLike(target_page.session, dialog)
        job.progress.connect(dialog.set_progress)
        dialog.stopRequested.connect(job.stop)

        def finished(report: Report) -> None:
            dialog.finish(report.summary, report.lines, report.ok)
            target_page.model.refresh(target)
            self.again()

        job.finished.connect(finished)
        dialog.okRequested.connect(
            lambda: (
                dialog.start_progress(self.tr("Changing the target…")),
                job.start(source_page.session, source, target, diffs),
            )
        )
        dialog.open()
        return dialog

    def _make_like_question(self, diffs: list[Difference], target_name: str, target: str) -> str:
        kinds = [self.model.kinds(d) for d in diffs]
        count = {k: sum(k in found for found in kinds) for k in (ADDED, REMOVED, "data", "acl")}
        lines = [
            self.tr(
                "Change %n node(s) of the target (%1, %2) so they are as in the source:",
                "",
                len(diffs),
            )
            .replace("%1", target_name)
            .replace("%2", target)
        ]
        if count[REMOVED]:
            lines.append(self.tr("• create %n node(s) only the source has", "", count[REMOVED]))
        if count[ADDED]:
            lines.append(
                self.tr(
                    "• delete %n node(s) only the target has, with their subtrees", "", count[ADDED]
                )
            )
        if count["data"]:
            lines.append(self.tr("• set the data of %n node(s)", "", count["data"]))
        if count["acl"]:
            lines.append(self.tr("• set the ACL of %n node(s)", "", count["acl"]))
        lines.append(self.tr("Only the target changes. Deleted nodes cannot be brought back."))
        return "\n".join(lines)


def _texts(source: bytes, target: bytes) -> tuple[str, str]:
    """Both sides as text, or both as hex dumps when either is not UTF-8."""
    a, b = decode_utf8(source), decode_utf8(target)
    if a is None or b is None:
        return hex_dump(source), hex_dump(target)
    return a, b
