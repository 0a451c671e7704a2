"""The znode tree view: drag and drop of nodes, and renaming a row in place (F2).

The view never changes the server. A drop emits ``nodesDropped`` (what was dragged,
where, copy or move); a rename typed in place emits ``renameRequested``. The page's
controllers ask and act. Paths come from the model's ``PathRole``, so the view works the
same over the tree model or a proxy of it.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDrag, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ..models.tree import PathRole
from ..zk import paths
from .tree_badges import TreeBadgeDelegate

__all__ = ["NODES_MIME", "NodeTreeView", "dragged_paths", "nodes_mime"]

#: The drag's payload: JSON ``{"paths": [...]}``; the source tree is the drag's source.
NODES_MIME = "application/x-zkinspector-nodes"

_Action = Qt.DropAction


def nodes_mime(node_paths: list[str]) -> QMimeData:
    """What a drag of these nodes carries (our format, and the paths as text)."""
    mime = QMimeData()
    mime.setData(NODES_MIME, json.dumps({"paths": node_paths}).encode("utf-8"))
    mime.setText("\n".join(node_paths))
    return mime


def dragged_paths(mime: QMimeData) -> list[str]:
    """The node paths a drag carries ([] when it carries none of ours)."""
    if not mime.hasFormat(NODES_MIME):
        return []
    try:
        found = json.loads(bytes(mime.data(NODES_MIME).data()).decode("utf-8"))["paths"]
    except (ValueError, KeyError, TypeError):
        return []
    return [p for p in found if isinstance(p, str)]


class _NameDelegate(TreeBadgeDelegate):
    """The name column: painted with its recipe badge; editing a name asks the view to
    rename the node rather than the model."""

    def __init__(self, view: NodeTreeView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("renameEditor")
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        editor.selectAll()

    def setModelData(  # noqa: N802 (Qt override)
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        path = index.data(PathRole)
        name = editor.text()
        if path and name != paths.basename(path):
            self._view.renameRequested.emit(path, name)


class NodeTreeView(QTreeView):
    """``nodeTree``: a QTreeView that drags nodes and renames them in place.

    Dragging inside one tree proposes a move (a copy with Ctrl held); from another tree
    (another connection) always a copy. ``nodesDropped(paths, target, copy, source)``
    carries the dragged paths, the node dropped on, whether to copy, and the source view.
    """

    nodesDropped = Signal(list, str, bool, object)
    renameRequested = Signal(str, str)  # path, the new name as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nodeTree")
        self.setItemDelegateForColumn(0, _NameDelegate(self))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(_Action.MoveAction)

    # -- rename in place ----------------------------------------------------------------

    def rename_current(self) -> bool:
        """Open the name editor on the current row; False if that row cannot be renamed."""
        index = self.currentIndex().siblingAtColumn(0)
        path = index.data(PathRole) if index.isValid() else None
        if not path or path == "/" or paths.is_reserved(path):
            return False
        self.scrollTo(index)
        return self.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)

    def is_renaming(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    # -- drag -------------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 (Qt override)
        found = {
            p
            for i in self.selectionModel().selectedRows(0)
            if (p := i.data(PathRole)) and p != "/" and not paths.is_reserved(p)
        }
        dragged = sorted(p for p in found if not any(a in found for a in paths.ancestors(p)))
        if not dragged:
            return
        drag = QDrag(self)
        drag.setMimeData(nodes_mime(dragged))
        # The outcome is the drop's to decide (and the user's to confirm): the view removes
        # nothing whatever action the drop reports.
        drag.exec(_Action.CopyAction | _Action.MoveAction, _Action.MoveAction)

    # -- drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if dragged_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        super().dragMoveEvent(event)  # auto-scroll, hover
        dragged = dragged_paths(event.mimeData())
        if not dragged:
            return
        target = self._drop_target(event)
        copy = self._is_copy(event)
        if target is None or (not copy and not _can_move_under(dragged, target)):
            event.ignore()
            return
        event.setDropAction(_Action.CopyAction if copy else _Action.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        dragged = dragged_paths(event.mimeData())
        if not dragged:
            super().dropEvent(event)
            return
        target = self._drop_target(event)
        copy = self._is_copy(event)
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if target is None or (not copy and not _can_move_under(dragged, target)):
            event.ignore()
            return
        event.setDropAction(_Action.CopyAction if copy else _Action.MoveAction)
        event.accept()
        self.nodesDropped.emit(dragged, target, copy, event.source())

    def _drop_target(self, event: QDropEvent) -> str | None:
        index = self.indexAt(event.position().toPoint())
        target = index.data(PathRole) if index.isValid() else None
        if not target or paths.is_reserved(target):
            return None
        return target

    def _is_copy(self, event: QDropEvent) -> bool:
        if event.source() is not self:
            return True  # another connection's tree: nodes are copied across
        return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


def _can_move_under(dragged: list[str], target: str) -> bool:
    """A node moves neither into itself, nor under its own subtree, nor where it is."""
    return all(
        p != target and not paths.is_ancestor(p, target) and paths.dirname(p) != target
        for p in dragged
    )
