"""The left side of a connection's page: the path field and the filter over the znode tree."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QWidget,
)

from .. import settings as prefs
from ..models.tree import ZnodeTreeModel
from ..models.tree_filter import Change, TreeFilter
from ..zk import paths
from ..zk.order import BY_NAME, ORDERS
from .node_tree import NodeTreeView
from .widgets import vbox

__all__ = ["TreePane", "install_tree_actions"]

log = logging.getLogger(__name__)

#: A collapsed node with more children than this is unloaded (memory, server watches).
UNLOAD_ROWS = 2000
#: Milliseconds the filter waits for the next keystroke before it narrows the tree.
FILTER_DELAY_MS = 150
#: Milliseconds of the GUI thread the filter takes per event-loop turn to hide or show rows.
FILTER_SLICE_MS = 12
#: Rows of one expanded node the filter must change for it to be collapsed meanwhile.
FOLD_ROWS = 5000
#: Milliseconds rows removed under an active filter wait before their ancestors are
#: checked again (coalesces a churning node's changes).
REFILTER_DELAY_MS = 300


class TreePane(QWidget):
    """``pathEdit`` and ``nodeTree`` over a :class:`ZnodeTreeModel`.

    Typing a path and Enter reveals it; ``revealed`` rows are selected as the program's
    choice (``revealing`` is True meanwhile, so an unsaved edit is not asked about from
    inside an asynchronous callback).
    """

    message = Signal(str)  # a sentence for the status bar
    filtered = Signal(float)  # the filter is applied: seconds of GUI thread it took in all

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

        self.filterEdit = QLineEdit()
        self.filterEdit.setObjectName("treeFilterEdit")
        self.filterEdit.setPlaceholderText(self.tr("Filter the loaded nodes by name"))
        self.filterEdit.setToolTip(
            self.tr(
                "Shows only the loaded nodes whose names contain this text (in any case), "
                "with their ancestors; nothing is read from the server"
            )
        )
        self.filterEdit.setClearButtonEnabled(True)
        self._filter = TreeFilter()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._refilter_timer = QTimer(self)
        self._refilter_timer.setSingleShot(True)
        self._refilter_timer.setInterval(REFILTER_DELAY_MS)
        self._refilter_timer.timeout.connect(self.apply_filter)
        self._order_actions: list = []
        self._changes: list[Change] = []  # rows still to hide or show, last first
        self._filter_spent = 0.0
        self._folded: dict[int, object] = {}  # nodes collapsed while the filter is applied
        self._scroll: int | None = None  # the tree's scroll position before they were
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._apply_slice)

        self.tree = NodeTreeView()  # drags nodes, renames in place (F2)
        self.tree.setObjectName("nodeTree")
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAllColumnsShowFocus(True)
        # Long names lose their middle, not their end: a sequence number stays visible.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the counts of the rows on screen, not of the first 1,000 under a big node
        # (which would cost a data() call per row on every layout and read their stats).
        header.setResizeContentsPrecision(0)

        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

        self.setLayout(vbox(self.pathEdit, self.filterEdit, self.tree))
        self.pathEdit.returnPressed.connect(self._go_to_typed_path)
        self.filterEdit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filterEdit.returnPressed.connect(self.apply_filter)
        self.tree.collapsed.connect(self._on_collapsed)
        model.revealed.connect(self.select_index)
        model.modelReset.connect(self._after_reset)
        # After the model's own slot (connected first): its row lists are up to date.
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(self._on_rows_removed)

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
        self._unhide(index)  # (a node revealed is shown, whatever the filter)
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
        if self._folded:
            return  # (folded while the filter is applied: kept)
        if self.model.rowCount(index) > UNLOAD_ROWS:
            self.model.unload(index)

    # -- filter -------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filterEdit.setFocus()
        self.filterEdit.selectAll()

    def filter_text(self) -> str | None:
        """The filter in force ("" when the whole tree is shown), once fully applied."""
        return self._filter.text if not self._changes else None

    def is_filtered_out(self, index: QModelIndex) -> bool:
        """Whether the filter hides the row of ``index`` (or of one of its ancestors)."""
        while index.isValid():
            if self.tree.isRowHidden(index.row(), index.parent()):
                return True
            index = index.parent()
        return False

    def apply_filter(self) -> None:
        """Narrow the loaded rows to the filter text (clearing it shows them all).

        The rows that change are worked out at once and hidden or shown a slice per
        event-loop turn (FILTER_SLICE_MS), so a filter over 100,000 rows never holds the
        GUI thread for long; ``filtered`` tells when it is done.
        """
        self._filter_timer.stop()
        self._refilter_timer.stop()
        start = time.perf_counter()
        self._changes = self._filter.refilter(self.model.find("/"), self.filterEdit.text().strip())
        self._changes.reverse()  # (popped from the end: the first rows first)
        self._fold_for_filter()
        self._filter_spent = time.perf_counter() - start
        self._apply_slice()

    def _fold_for_filter(self) -> None:
        """Collapse, while the filter is applied, the expanded nodes where it changes many
        rows: QTreeView lays out every row of an expanded node again after each slice
        (≈ 70 ms for 100,000 rows mostly hidden); collapsed, it lays them out once, when
        they are expanded again at the end (``_unfold``)."""
        counts: dict[int, int] = {}
        for parent, _row, _node, _hide in self._changes:
            counts[parent.id] = counts.get(parent.id, 0) + 1
        for parent_id, count in counts.items():
            if count < FOLD_ROWS or parent_id in self._folded:
                continue
            node = self.model.node_by_id(parent_id)
            index = self.model.index_of_node(node) if node is not None else QModelIndex()
            if index.isValid() and self.tree.isExpanded(index):
                self._folded[parent_id] = node
        if self._folded and self._scroll is None:
            self._scroll = self.tree.verticalScrollBar().value()
            self.tree.setUpdatesEnabled(False)  # (the user sees no collapse)
        for node in self._folded.values():
            self.tree.collapse(self.model.index_of_node(node))

    def _unfold(self) -> None:
        folded, self._folded = self._folded, {}
        if not folded:
            return
        for node in folded.values():
            index = self.model.index_of_node(node)
            if index.isValid():
                self.tree.expand(index)
        self.tree.doItemsLayout()  # (the one layout of those rows, now: then scroll back)
        if self._scroll is not None:
            self.tree.verticalScrollBar().setValue(self._scroll)
        self._scroll = None
        self.tree.setUpdatesEnabled(True)

    def _apply_slice(self) -> None:
        start = time.perf_counter()
        changes, parents = self._changes, {}
        deadline = start + FILTER_SLICE_MS / 1000
        count = 0
        while changes:
            self._hide_row(changes.pop(), parents)
            count += 1
            if count % 256 == 0 and time.perf_counter() > deadline:
                break
        self._filter_spent += time.perf_counter() - start
        if changes:
            self._slice_timer.start()
            return
        self._unfold()
        log.debug("filter %r applied: %.1f ms", self._filter.text, self._filter_spent * 1e3)
        self.filtered.emit(self._filter_spent)

    def _hide_row(self, change: Change, parents: dict[int, QModelIndex]) -> None:
        """Apply one change (its row found again if rows moved since it was worked out)."""
        parent, row, node, hide = change
        kids = parent.children
        if not kids or row >= len(kids) or kids[row] is not node:
            index = self.model.index_of_node(node)
            if not index.isValid():
                return  # gone meanwhile
            row = index.row()
        index = parents.get(parent.id)
        if index is None:
            index = parents[parent.id] = self.model.index_of_node(parent)
        self.tree.setRowHidden(row, index, hide)
        self._filter.applied(node, hide)

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not self._filter.active:
            return
        node = self.model.node(parent)
        if node is None:
            return
        changes, shown = self._filter.inserted(node, range(first, last + 1))
        parents: dict[int, QModelIndex] = {}
        for change in changes:
            self._hide_row(change, parents)
        for ancestor in shown:  # a new match: its hidden ancestors come back
            index = self.model.index_of_node(ancestor)
            self.tree.setRowHidden(index.row(), index.parent(), False)
            self._filter.applied(ancestor, False)
        if self._changes:  # a filter still being applied was worked out without them
            self._refilter_timer.start()

    def _unhide(self, index: QModelIndex) -> None:
        """Show the row of ``index`` and its ancestors' rows if the filter hides them."""
        while index.isValid():
            if self.tree.isRowHidden(index.row(), index.parent()):
                self.tree.setRowHidden(index.row(), index.parent(), False)
                node = self.model.node(index)
                if node is not None:
                    self._filter.applied(node, False)
            index = index.parent()

    def _on_rows_removed(self, *_args) -> None:
        if self._filter.active:
            self._refilter_timer.start()  # ancestors whose last match went are hidden

    # -- order of children ----------------------------------------------------------

    def set_order_actions(self, actions: list) -> None:
        """The actions that choose the order of children, for the header's menu."""
        self._order_actions = list(actions)

    def _header_menu(self, pos: QPoint) -> None:
        if not self._order_actions:
            return
        menu = QMenu(self)
        menu.addSection(self.tr("Sort Children"))
        menu.addActions(self._order_actions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.header().mapToGlobal(pos))

    def _after_reset(self) -> None:
        self._filter.forget()  # (the view forgets its hidden rows in a reset)
        self._changes = []
        self._unfold()
        root = self.model.index(0, 0)
        if root.isValid():
            self.tree.expand(root)
            self.tree.setCurrentIndex(root)


def install_tree_actions(window) -> QMenu:
    """Wire the window's Filter Tree and sort-order actions to every page's tree pane.

    The order chosen applies to every connection's tree and is remembered (settings
    TREE_ORDER); Filter Tree focuses the current page's filter field. Returns the View
    menu's "Sort Children" submenu.
    """
    actions, settings = window.actions, window.settings
    chosen = settings.get(prefs.TREE_ORDER)
    if chosen not in ORDERS:
        chosen = BY_NAME
    for action in actions.sort_actions():
        action.setChecked(action.data() == chosen)

    def use(page) -> None:
        page.treePane.set_order_actions(actions.sort_actions())
        page.model.set_order(actions.sortOrderGroup.checkedAction().data())

    def choose(action) -> None:
        settings.set(prefs.TREE_ORDER, action.data())
        for page in window.pages():
            page.model.set_order(action.data())

    window.pageAdded.connect(use)
    actions.sortOrderGroup.triggered.connect(choose)
    actions.actionFilterTree.triggered.connect(lambda: window.page.treePane.focus_filter())
    menu = QMenu(QCoreApplication.translate("TreePane", "Sort &Children"), window)
    menu.setObjectName("sortChildrenMenu")
    menu.addActions(actions.sort_actions())
    return menu
