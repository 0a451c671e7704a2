"""The history view: the values the selected node was seen with while the app is open.

One row per value (time, version, mzxid, size), newest first. Compare opens the diff
view on two selected rows, or on one row and the value before it. The main window docks
one view per connection; it follows the node selected in that connection's tree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.history import HistoryTableModel, NodeHistory, Seen, diff_texts, seen_label
from .diff_dialog import DiffDialog
from .widgets import hbox, row_table

__all__ = ["HistoryView"]


class HistoryView(QWidget):
    """History of one node of a connection (``show_path``), with Compare."""

    message = Signal(str)

    def __init__(self, history: NodeHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._history = history
        self.model = HistoryTableModel(self)

        self.titleLabel = QLabel()
        self.titleLabel.setObjectName("historyTitle")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.table = row_table("historyTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, self.table.fontMetrics().horizontalAdvance("00:00:00.000") + 20)

        self.compareButton = QPushButton(self.tr("Compare…"))
        self.compareButton.setObjectName("historyCompareButton")
        self.compareButton.setToolTip(
            self.tr("Show the differences between two selected values (or one and the one before)")
        )
        self.compareButton.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox(1, self.compareButton))

        history.changed.connect(self._on_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda index: self.compare([index.row()]))
        self.compareButton.clicked.connect(lambda: self.compare(self._selected_rows()))
        self.show_path(None)

    # -- public API -------------------------------------------------------------------

    def show_path(self, path: str | None) -> None:
        """Show the history of ``path`` (None: nothing selected)."""
        self.model.show(path, self._history.entries(path) if path else [])
        self._show_title()
        self._update_button()

    def compare(self, rows: list[int]) -> DiffDialog | None:
        """Open the diff view for two rows (or one row and the value before it)."""
        pair = self._pair(rows)
        if pair is None:
            return None
        older, newer = pair
        texts = diff_texts(older, newer)
        names = (seen_label(older), seen_label(newer))
        dialog = DiffDialog(
            self.model.path or "",
            texts[1],
            texts[0],
            self,
            names=names,
            intro=self.tr(
                "Two values of %s seen while the app was open. Lines starting with - are "
                "only in the older one, + only in the newer one."
            )
            % self.model.path,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------

    def _pair(self, rows: list[int]) -> tuple[Seen, Seen] | None:
        rows = sorted(set(rows))
        if len(rows) == 1:
            rows = [rows[0], rows[0] + 1]  # newest first: the row below is older
        if len(rows) != 2:
            return None
        newer, older = self.model.seen(rows[0]), self.model.seen(rows[1])
        if newer is None or older is None:
            return None
        return older, newer

    def _selected_rows(self) -> list[int]:
        return [i.row() for i in self.table.selectionModel().selectedRows()]

    def _update_button(self, *_args) -> None:
        self.compareButton.setEnabled(self._pair(self._selected_rows()) is not None)

    def _on_changed(self, path: str) -> None:
        if path == self.model.path:
            selected = self._selected_rows()
            self.model.show(path, self._history.entries(path))
            added = 1  # the rows move down by the new one (newest first)
            selection = self.table.selectionModel()
            for row in selected:
                index = self.model.index(row + added, 0)
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
            self._show_title()

    def _show_title(self) -> None:
        path, count = self.model.path, self.model.rowCount()
        if path is None:
            text = self.tr(
                "Select a node: the values it is seen with while the app is open appear "
                "here. Watch a subtree to record every node below it."
            )
        elif count == 0:
            text = self.tr("%s: no value seen yet.") % path
        else:
            text = self.tr("%1: %n value(s) seen while the app is open.", "", count).replace(
                "%1", path
            )
        self.titleLabel.setText(text)
