"""The "Delete Nodes" dialog: confirms a recursive delete, then shows its progress.

The dialog never talks to ZooKeeper. The delete controller (models/deleting.py) counts
the subtrees and calls ``set_count``. Delete emits ``deleteRequested``; the controller
then deletes and reports with ``start_progress``, ``set_progress`` and ``finish`` (the
dialog stays open, or shows itself again if it was closed). Cancel during progress emits
``cancelRequested``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..zk.paths import is_reserved
from .assets import icon, style_message_label

__all__ = ["DeleteNodeDialog"]

_MAX_VISIBLE_PATHS = 6


class DeleteNodeDialog(QDialog):
    """Confirms deleting ``paths`` and everything under them.

    States: counting (Delete disabled) -> counted (Delete enabled) -> progress (only
    Cancel) -> finished (only Close). Paths "/" and under "/zookeeper" are refused.

    Accepting (the Delete button) emits ``deleteRequested``; if a slot starts progress at
    once, the dialog stays open until Close, otherwise it closes with Accepted.
    """

    deleteRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, paths: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteNodeDialog")
        self.setWindowTitle(self.tr("Delete Nodes") if len(paths) > 1 else self.tr("Delete Node"))
        self.setWindowIcon(icon("delete"))
        self._paths = list(paths)
        self._count: int | None = None
        self._refusal = self._refusal_for(self._paths)
        self._in_progress = False
        self._finished = False
        self._cancel_requested = False

        warn = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        warn.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        warn.setFixedSize(size, size)

        question = self.tr("Delete these %Ln node(s) and everything under them?", "", len(paths))
        self._question_label = QLabel(question, self)
        self._question_label.setObjectName("deleteQuestionLabel")
        font = self._question_label.font()
        font.setBold(True)
        self._question_label.setFont(font)
        self._question_label.setWordWrap(True)
        self._question_label.setTextFormat(Qt.TextFormat.PlainText)

        self._path_list = QListWidget(self)
        self._path_list.setObjectName("deletePathList")
        self._path_list.addItems(self._paths)
        self._path_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._path_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._path_list.setCurrentRow(-1)
        rows = max(1, min(len(self._paths), _MAX_VISIBLE_PATHS))
        row_height = self._path_list.sizeHintForRow(0) if self._paths else 18
        frame = self._path_list.frameWidth() * 2
        self._path_list.setFixedHeight(rows * row_height + frame + 4)

        self._count_label = QLabel(self)
        self._count_label.setObjectName("deleteCountLabel")
        self._count_label.setWordWrap(True)
        self._count_label.setTextFormat(Qt.TextFormat.PlainText)

        self._undo_label = QLabel(self.tr("This cannot be undone."), self)
        self._undo_label.setObjectName("deleteUndoLabel")

        self._progress = QProgressBar(self)
        self._progress.setObjectName("deleteProgress")
        self._progress.hide()

        self._buttons = QDialogButtonBox(self)
        self._buttons.setObjectName("deleteButtonBox")
        self._delete_button = self._buttons.addButton(
            self.tr("&Delete"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._delete_button.setObjectName("deleteOkButton")
        self._delete_button.setIcon(icon("delete"))
        self._cancel_button = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel_button.setObjectName("deleteCancelButton")
        self._close_button = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._close_button.setObjectName("deleteCloseButton")
        self._close_button.hide()
        # Enter must not delete a subtree by accident: Cancel is the default button.
        self._delete_button.setAutoDefault(False)
        self._cancel_button.setDefault(True)
        self._delete_button.clicked.connect(self.accept)
        self._cancel_button.clicked.connect(self.reject)
        self._close_button.clicked.connect(self.accept)

        text_column = QVBoxLayout()
        text_column.setSpacing(8)
        text_column.addWidget(self._question_label)
        text_column.addWidget(self._path_list)
        text_column.addWidget(self._count_label)
        text_column.addWidget(self._undo_label)
        text_column.addWidget(self._progress)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(warn, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text_column, 1)

        layout = QVBoxLayout(self)
        # Grow the window when a message appears rather than squeezing it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        if self._refusal:
            self._count_label.setText(self._refusal)
            style_message_label(self._count_label, "error")
            self._undo_label.hide()
        else:
            self._count_label.setText(self.tr("Counting…"))
        self._update_buttons()
        self.resize(max(self.sizeHint().width(), 440), self.sizeHint().height())
        self._fit_height()

    # ----------------------------------------------------------------- public API

    def paths(self) -> list[str]:
        """The paths to delete, as given."""
        return list(self._paths)

    def count(self) -> int | None:
        """The number of nodes that will be deleted (subtrees included), once counted."""
        return self._count

    def is_refused(self) -> bool:
        """True if a path may not be deleted ("/" or under "/zookeeper")."""
        return bool(self._refusal)

    def message(self) -> str:
        """The text under the paths (count, refusal, progress or result)."""
        return self._count_label.text()

    def set_count(self, n: int) -> None:
        """Show how many nodes will go (the paths and all their descendants) and enable Delete."""
        if self._refusal or self._in_progress or self._finished:
            return
        self._count = n
        style_message_label(self._count_label, "normal")
        self._count_label.setText(self._count_text(n))
        self._update_buttons()
        self._fit_height()

    def set_count_failed(self, message: str) -> None:
        """Counting failed: show why; Delete stays disabled."""
        if self._refusal or self._in_progress or self._finished:
            return
        self._count = None
        self._count_label.setText(self.tr("Could not count the nodes: {0}").format(message))
        style_message_label(self._count_label, "error")
        self._update_buttons()

    def start_progress(self, total: int | None = None) -> None:
        """Switch to progress: a bar (busy while total is None) and a Cancel button.

        Shows the dialog again if it was closed.
        """
        self._in_progress = True
        self._finished = False
        self._cancel_requested = False
        self._progress.show()
        self._undo_label.hide()
        self._path_list.setEnabled(False)
        style_message_label(self._count_label, "normal")
        self._update_buttons()
        self._apply_progress(0, total if total is not None else self._count)
        if not self.isVisible():
            self.show()

    def set_progress(self, done: int, total: int | None = None) -> None:
        """Report that done nodes are deleted, of total (None while unknown)."""
        if self._in_progress:
            self._apply_progress(done, total if total is not None else self._count)

    def finish(self, message: str, ok: bool = True) -> None:
        """The delete ended (done, cancelled or failed): show message and a Close button."""
        self._in_progress = False
        self._finished = True
        if self._progress.maximum() == 0:
            self._progress.setRange(0, 1)
            self._progress.setValue(1 if ok else 0)
        elif ok:  # the last report may have been dropped by the throttle: all went
            self._progress.setValue(self._progress.maximum())
        self._count_label.setText(message)
        style_message_label(self._count_label, "normal" if ok else "error")
        self._update_buttons()
        self._fit_height()
        self._close_button.setFocus()

    def is_in_progress(self) -> bool:
        """True between start_progress and finish."""
        return self._in_progress

    def reject(self) -> None:
        """Cancel: closes the dialog, or during progress asks the main window to stop."""
        if self._in_progress:
            if not self._cancel_requested:
                self._cancel_requested = True
                self._count_label.setText(self.tr("Cancelling…"))
                self._cancel_button.setEnabled(False)
                self.cancelRequested.emit()
            return
        super().reject()

    def accept(self) -> None:
        """Delete (once counted) or Close (after the end); ignored otherwise.

        Delete emits ``deleteRequested``; the dialog closes unless a slot started progress.
        """
        if self._in_progress:
            return
        if self._finished:
            super().accept()
            return
        if not self._can_delete():
            return
        self.deleteRequested.emit()
        if not self._in_progress and not self._finished:
            super().accept()

    # ----------------------------------------------------------------- internals

    def _refusal_for(self, paths: list[str]) -> str:
        if not paths:
            return self.tr("No node is selected.")
        for path in paths:
            if path == "/":
                return self.tr("The root node / cannot be deleted.")
            if path == "/zookeeper":
                return self.tr(
                    "/zookeeper belongs to the ZooKeeper server itself and cannot be deleted."
                )
            if is_reserved(path):
                return self.tr(
                    "{0} is under /zookeeper, which belongs to the ZooKeeper server, "
                    "and cannot be deleted."
                ).format(path)
        return ""

    def _fit_height(self) -> None:
        """Grow to the height the wrapped texts need at this width, once the layout has
        taken the new text (a window's minimum size ignores a label's height-for-width)."""
        QTimer.singleShot(0, self._grow_to_fit)

    def _grow_to_fit(self) -> None:
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _can_delete(self) -> bool:
        return not self._refusal and self._count is not None and self._count > 0

    def _count_text(self, n: int) -> str:
        selected = len(self._paths)
        descendants = max(n - selected, 0)
        if n <= 0:
            return self.tr("These nodes no longer exist; there is nothing to delete.")
        head = self.tr("%Ln node(s) will be deleted", "", n)
        if selected == 1:
            path = self._paths[0]
            if descendants == 0:
                return self.tr("{0}: {1}.").format(head, path)
            return self.tr("{0}: {1} and its %Ln descendant(s).", "", descendants).format(
                head, path
            )
        if descendants == 0:
            return self.tr("{0}: the %Ln selected node(s).", "", selected).format(head)
        return self.tr(
            "{0}: the {1} selected nodes and their %Ln descendant(s).", "", descendants
        ).format(head, selected)

    def _apply_progress(self, done: int, total: int | None) -> None:
        locale = QLocale()
        if total is None or total <= 0:
            self._progress.setRange(0, 0)
            text = self.tr("Deleting… {0} deleted").format(locale.toString(done))
        else:
            self._progress.setRange(0, total)
            self._progress.setValue(min(done, total))
            text = self.tr("Deleting… {0} of {1}").format(
                locale.toString(done), locale.toString(total)
            )
        if not self._cancel_requested:
            self._count_label.setText(text)

    def _update_buttons(self) -> None:
        finished = self._finished
        progress = self._in_progress
        self._delete_button.setVisible(not progress and not finished)
        self._delete_button.setEnabled(self._can_delete())
        self._cancel_button.setVisible(not finished)
        self._cancel_button.setEnabled(not (progress and self._cancel_requested))
        self._close_button.setVisible(finished)
        if finished:
            self._close_button.setDefault(True)
