"""The left side of a connection's page: the path field over the znode tree."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QWidget

from ..models.tree import ZnodeTreeModel
from ..zk import paths
from .node_tree import NodeTreeView
from .widgets import vbox

__all__ = ["TreePane"]

#: A collapsed node with more children than this is unloaded (memory, server watches).
UNLOAD_ROWS = 2000


class TreePane(QWidget):
    """``pathEdit`` and ``nodeTree`` over a :class:`ZnodeTreeModel`.

    Typing a path and Enter reveals it; ``revealed`` rows are selected as the program's
    choice (``revealing`` is True meanwhile, so an unsaved edit is not asked about from
    inside an asynchronous callback).
    """

    message = Signal(str)  # a sentence for the status bar

    def __init__(self, model: ZnodeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.revealing = False

        self.pathEdit = QLineEdit()
        self.pathEdit.setObjectName("pathEdit")
        self.pathEdit.setPlaceholderText(
            self.tr("Path of the selected node — type a path and press Enter")
        )
        self.pathEdit.setClearButtonEnabled(True)

        self.tree = NodeTreeView()  # drags nodes, renames in place (F2)
        self.tree.setObjectName("nodeTree")
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the counts of the rows on screen, not of the first 1,000 under a big node
        # (which would cost a data() call per row on every layout and read their stats).
        header.setResizeContentsPrecision(0)

        self.setLayout(vbox(self.pathEdit, self.tree))
        self.pathEdit.returnPressed.connect(self._go_to_typed_path)
        self.tree.collapsed.connect(self._on_collapsed)
        model.revealed.connect(self.select_index)
        model.modelReset.connect(self._after_reset)

    # -- what is selected -------------------------------------------------------------

    def current_path(self) -> str | None:
        index = self.tree.currentIndex()
        return self.model.node_path(index) if index.isValid() else None

    def selected_paths(self) -> list[str]:
        """Selected nodes, without those whose ancestor is selected too."""
        rows = self.tree.selectionModel().selectedRows(0)
        found = {p for i in rows if (p := self.model.node_path(i))}
        return sorted(p for p in found if not any(a in found for a in paths.ancestors(p)))

    def reveal(self, path: str) -> None:
        """Select ``path``, loading its ancestors as needed."""
        self.model.reveal(path)

    def select_index(self, index: QModelIndex) -> None:
        """Make ``index`` current and visible: the program's choice, not the user's."""
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.revealing = True
        try:
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.revealing = False
        self.tree.scrollTo(self.tree.currentIndex())

    def restore_current(self, index: QModelIndex) -> None:
        """Put the current row back to ``index`` without telling anyone."""
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        self.tree.setCurrentIndex(index)
        selection.blockSignals(False)

    def collapse_all(self) -> None:
        self.tree.collapseAll()
        root = self.model.index(0, 0)
        if root.isValid():
            self.tree.expand(root)

    def focus_path_field(self) -> None:
        self.pathEdit.setFocus()
        self.pathEdit.selectAll()

    def _go_to_typed_path(self) -> None:
        path = self.pathEdit.text().strip()
        try:
            paths.validate_path(path)
        except paths.InvalidPath as exc:
            self.message.emit(str(exc))
            return
        self.reveal(path)
        self.tree.setFocus()

    def _on_collapsed(self, index: QModelIndex) -> None:
        if self.model.rowCount(index) > UNLOAD_ROWS:
            self.model.unload(index)

    def _after_reset(self) -> None:
        root = self.model.index(0, 0)
        if root.isValid():
            self.tree.expand(root)
            self.tree.setCurrentIndex(root)
