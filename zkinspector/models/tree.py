"""The znode tree as a lazily loaded item model, kept live by watches.

A node's children are asked for when the view expands it (`fetchMore`), on the
session's workers; names come back sorted and are inserted as rows, the first ones at
once and the rest after a paint. Every loaded node carries a children watch; when it
fires, the node is re-listed and only the rows that changed are inserted or removed,
which keeps selection and expansion. Under a subtree watch (persistent, recursive) the
server names each child created or deleted: those rows are inserted or removed as the
events say, without a listing, and the nodes there are listed without a children watch
(it would report each change a second time); they are listed once more whenever the
subtree watch is added, added again after a reconnect, or removed. Stats (for icons
and child counts) come with the listing for ordinary nodes and, under very large ones, are fetched in pipelined batches
for the rows the view actually shows.

The model's shape (rows, parents, which rows have children) lives in a
QStandardItemModel, so the calls QTreeView makes for every row of an expanded node on
each layout (index, hasChildren, flags) stay in C++: a node with 100,000 children lays
out in milliseconds. Rows hold no QStandardItem unless they have child rows (a leaf is a
null cell, 8 bytes); everything shown comes from the ZNode objects through `data()`,
which the view asks only for the rows it paints. A node known to have children but not
listed yet holds one placeholder row, so the view draws an expander and shows
"Loading…" while the listing is in flight.

Children are in one order at a time (`set_order`, zk/order.py): natural name order, or
by creation, modification, sequence number, data size or child count. Rows are found by
bisection over that order (by name, through a cache, under the orders that sort by a
stat). The stat orders place each row by the value its stat gave when it was placed
(`ZNode.value`); a new stat that changes it moves the row. A new order, or moving rows,
is one layout change: while rows that hold items move, every persistent index (the
view's selection, expansion and hidden rows) is parked and put back on its node
(`_relayout`). Large nodes are sorted on a worker, which first reads the stats the order
needs; their rows keep their places, and no listing changes them, until it is done.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import shiboken6
from kazoo.exceptions import NoAuthError, NoNodeError
from kazoo.protocol.states import ZnodeStat
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ..zk import paths
from ..zk.errors import describe
from ..zk.order import BY_NAME, BY_SEQUENCE, STAT_ORDERS, arrange, key_function, merge, stat_value
from ..zk.reads import EAGER_STATS, list_children, node_stat, read_stats
from ..zk.recipes import badge_for
from ..zk.session import DISCONNECTED, ZkSession
from ..zk.stat import node_kind, session_id_hex
from ..zk.watches import WatchEvent
from .collector import exempt_from_collector, recollect

log = logging.getLogger(__name__)

#: Rows in the first insert of a large listing, and rows made per event-loop turn after
#: it (about 5 ms of work each), before the rest go in as one insert.
INSERT_BATCH = 2000
#: Milliseconds between the first batch and the rest: time for the view to paint it.
FIRST_PAINT_MS = 20
#: Under heavy churn a node is re-listed (and the view repainted) at most once in this
#: many milliseconds: a children watch event re-lists at once unless a re-listing was
#: made less than this long ago, then it waits for the rest of it (with the others).
#: A subtree watch's events wait the same way and are applied together.
RELIST_DELAY_MS = 50

#: Stats read at a time when a large node is sorted by them.
SORT_READ_SLICE = 2048

NAME, CHILDREN = 0, 1
PathRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
StatRole = Qt.ItemDataRole.UserRole + 3
#: The kind of recipe (zk/recipes.py) a node's children show, for the badge; None if none.
RecipeRole = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex
#: What a listing carries besides the names: their stats and their values (zk/order.py),
#: each a list in the names' order, or None.
Columns = tuple[list | None, list | None]

# As a leaf's null cell has them: any row may be dragged, and renamed in place (the view's
# editor asks for the rename; setData never changes a row).
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@functools.cache
def _own_font() -> QFont:
    """How the name of an ephemeral node of this connection's own session is shown."""
    font = QFont()
    font.setItalic(True)
    font.setBold(True)
    return font


class ZNode:
    """One row: a znode whose children may or may not be loaded yet."""

    __slots__ = (
        "id",
        "name",
        "path",
        "parent",
        "children",
        "stat",
        "loading",
        "dirty",
        "queued",
        "locked",
        "item",
        "item_key",
        "value",
    )

    _ids = itertools.count(1)

    def __init__(self, name: str, path: str, parent: ZNode | None) -> None:
        self.id = next(self._ids)
        self.name = name
        self.path = path
        self.parent = parent
        self.children: list[ZNode] | None = None  # None: not loaded
        self.stat: ZnodeStat | None = None
        self.loading = False  # a listing is in flight
        self.dirty = False  # a watch fired while the listing was in flight
        self.queued = False  # its stat is asked for
        self.locked = False  # the user may not read it (NoAuth): shown with a lock
        self.item: QStandardItem | None = None  # holds its child rows, if it has any
        self.item_key = 0  # the item's address: the internalId of its children's indexes
        self.value: int | None = None  # what a stat order placed it by (see zk/order.py)


def _row_changes(old: ZnodeStat | None, new: ZnodeStat) -> bool:
    """Whether a new stat changes what a row shows (child count, icon)."""
    return (
        old is None
        or old.numChildren != new.numChildren
        or old.ephemeralOwner != new.ephemeralOwner
    )


def _key(node: ZNode) -> tuple:
    return paths.natural_key(node.name)


class _Named(NamedTuple):
    """What a sort key reads of a row, for a name with no row: to find its place."""

    name: str
    value: int | None = None


def _address(item: QStandardItem) -> int:
    return shiboken6.getCppPointer(item)[0]


def _placeholder() -> QStandardItem:
    """The row under a node not listed yet: its expander, "Loading…" while listing."""
    item = QStandardItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: it is no node
    return item


def _runs(names: list[str], present: set[str]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive entries of ``names`` not in ``present``."""
    out = []
    i, n = 0, len(names)
    while i < n:
        if names[i] in present:
            i += 1
            continue
        first = i
        while i < n and names[i] not in present:
            i += 1
        out.append((first, i - 1))
    return out


def row_changes(
    old: list[str], new: list[str], natural: bool = True
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The rows to remove from ``old`` and to insert from ``new`` (both in the same order,
    natural name order unless ``natural`` is False).

    Returns runs of removed rows (indexes in ``old``; apply them last first) and runs of
    inserted rows (indexes in ``new``; apply them first first, after the removals). Runs
    on a worker: under a 100,000-child node this is the part of a re-listing that is
    proportional to the number of children.
    """
    if old == new:
        return [], []
    now = set(new)
    changed = now.symmetric_difference(old)  # (one set of 100,000 names, not two)
    came = changed & now
    gone = changed - came
    if not natural or len(changed) > len(new) // 64 + 16:
        return _runs(old, now), _runs(new, set(old))
    # A few changes in a long listing: find them by bisection, not by a pass over it.
    return _grouped(_rows_of(old, gone)), _grouped(_rows_of(new, came))


def list_in_order(
    client: Any,
    path: str,
    watch: Callable | None,
    order: str,
    shown: list[str] | None,
    shown_values: list[int | None] | None,
) -> tuple:
    """List a node's children in ``order`` (not the name order), on a worker.

    With ``shown`` (the names of the rows now, in ``order``, placed by ``shown_values``)
    the rows keep their places and new children are put in place by their values (read
    here under a large node), so the answer is (listing, row_changes); without, the
    listing is sorted afresh and the answer is (listing, None). A listing is (names,
    stats or None, parent stat, values or None), the lists in the names' order.
    """
    names, stats, parent_stat = list_children(client, path, watch, None)
    values = None
    if order in STAT_ORDERS and stats is not None:
        values = [stat_value(order, s) for s in stats]
    if shown is None or shown_values is None:
        placed, values = arrange(order, names, values)
        changes = None
    else:
        known: dict[str, int | None] = {}
        if values is not None:
            known = dict(zip(names, values, strict=True))
        elif order in STAT_ORDERS:
            before = set(shown)
            came = [n for n in names if n not in before]
            read = read_stats(client, [paths.join(path, n) for n in came])
            known = {n: stat_value(order, st) for n, st in zip(came, read, strict=True)}
        placed, values = merge(order, shown, shown_values, names, known)
        changes = row_changes(shown, placed, natural=False)
    if stats is not None:
        stat_of = dict(zip(names, stats, strict=True))
        stats = [stat_of[n] for n in placed]
    return (placed, stats, parent_stat, values), changes


def _rows_of(names: list[str], some: set[str]) -> list[int]:
    """Sorted indexes of ``some`` in ``names`` (naturally sorted, containing them all)."""
    return sorted(paths.natural_position(names, n) for n in some)


def _grouped(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted indexes as (first, last) runs of consecutive ones."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


class ZnodeTreeModel(QStandardItemModel):
    """Lazy, live model of a ZooKeeper tree with one top-level row: the root."""

    loadFailed = Signal(str, str)  # path, message
    revealed = Signal(QModelIndex)  # a reveal() target is now in the model
    busyChanged = Signal(bool)  # listings in flight or not

    def __init__(
        self,
        session: ZkSession,
        icons: Mapping[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self._session = session
        self._icons = dict(icons or {})
        self._nodes: dict[int, ZNode] = {}
        self._holders: dict[int, ZNode] = {}  # item address -> the node whose rows it holds
        self._top = _address(self.invisibleRootItem())
        self._root: ZNode | None = None
        self._inflight = 0
        self._busy_shown = False
        self._busy_timer = self._timer(0, self._emit_busy)  # once per turn, not per batch
        self._reveal_target: str | None = None
        # Changes to our row lists waiting for the item model's "rows done" signal, by
        # (parent's internalId, parent's row, first, last) of that signal.
        self._pending: dict[tuple[int, int, int, int], list[Callable[[], None]]] = {}
        self._stat_queue: list[ZNode] = []
        self._stat_timer = self._timer(0, self._flush_stat_queue)
        self._stat_again: dict[int, ZNode] = {}  # read again after the read in flight
        self._relist: dict[int, ZNode] = {}  # nodes whose children watch fired
        # Children created (True) or deleted (False) by a subtree watch's events, by
        # parent id, the last event of each name: applied with the re-listings.
        self._child_events: dict[int, tuple[ZNode, dict[str, bool]]] = {}
        self._relist_timer = self._timer(RELIST_DELAY_MS, self._flush_relist)
        self._relisted_at = 0.0  # (time.monotonic) of the last re-listing after a watch
        # The order of children (zk/order.py). Rows are found by bisection over it, by
        # name where a stat order or a list not re-sorted yet makes that impossible.
        self._order = BY_NAME
        self._key_of = key_function(BY_NAME)  # (name, value) -> key
        self._sort_key: Callable[[ZNode], Any] = _key  # the same, of a row
        self._name_rows: dict[int, dict[str, int]] = {}  # parent id -> name -> row (a cache)
        self._unsorted: dict[int, ZNode] = {}  # lists to re-sort once their listing is in
        self._valued: set[int] = set()  # nodes whose children's values were all read
        self._displaced: dict[int, ZNode] = {}  # nodes whose value changed: rows to move
        self._displace_timer = self._timer(0, self._place_displaced)
        # Recipe nodes (badged), by path: under the name order, their children are shown
        # by sequence number (a lock's holder first).
        self._recipes: dict[str, str] = {}
        self._sequence_key = key_function(BY_SEQUENCE)
        # Connected before any view: our row lists change between the "about to" and
        # the "done" signals, as the rows in the item model do (see _splice).
        self.rowsInserted.connect(self._apply_pending)
        self.rowsRemoved.connect(self._apply_pending)
        session.connected.connect(self.reset_root)
        session.stateChanged.connect(self._on_state)
        session.childrenChanged.connect(self._on_children_changed)
        session.watchEvents.connect(self._on_watch_events)
        session.subtreeWatchArmed.connect(self._on_subtree_armed)
        session.watchesCleared.connect(self._relist_under)
        session.resynced.connect(self.resync)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        """A single-shot timer for work gathered over a turn (or ``ms``) and done once."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # -- lookup -----------------------------------------------------------------------

    def _node(self, index: Index) -> ZNode | None:
        if not index.isValid():
            return None
        holder = index.internalId()
        if holder == self._top:
            return self._root if index.row() == 0 else None
        parent = self._holders.get(holder)
        kids = parent.children if parent is not None else None
        if not kids or index.row() >= len(kids):
            return None  # a placeholder row
        return kids[index.row()]

    def node(self, index: Index) -> ZNode | None:
        """The loaded node of a row (None for a placeholder row or an invalid index)."""
        return self._node(index)

    def node_by_id(self, node_id: int) -> ZNode | None:
        """The loaded node with this ``ZNode.id``, or None."""
        return self._nodes.get(node_id)

    def index_of_node(self, node: ZNode, column: int = 0) -> QModelIndex:
        """The index of a loaded node's row."""
        return self._index_of(node, column) if self._alive(node) else QModelIndex()

    def node_path(self, index: Index) -> str | None:
        node = self._node(index)
        return node.path if node else None

    def find(self, path: str) -> ZNode | None:
        """The loaded node at `path`, or None."""
        node = self._root
        if node is None:
            return None
        if path == "/":
            return node
        for name in path.strip("/").split("/"):
            child = self._child_named(node, name)
            if child is None:
                return None
            node = child
        return node

    def index_of_path(self, path: str) -> QModelIndex:
        node = self.find(path)
        return self._index_of(node) if node else QModelIndex()

    def _child_named(self, node: ZNode, name: str) -> ZNode | None:
        kids = node.children
        if not kids:
            return None
        if self._by_name(node):
            row = self._name_row(node, name)
        else:
            row = bisect.bisect_left(kids, self._key_of(name, None), key=self._sort_key)
        if row < len(kids) and kids[row].name == name:
            return kids[row]
        return None

    def _row(self, node: ZNode) -> int:
        parent = node.parent
        if parent is None:
            return 0
        kids = parent.children or []
        if self._by_name(parent):
            row = self._name_row(parent, node.name)
        else:
            row = bisect.bisect_left(kids, self._sort_key(node), key=self._sort_key)
        if row < len(kids) and kids[row] is node:
            return row
        return kids.index(node)  # only if the order was broken; never expected

    def _by_name(self, parent: ZNode) -> bool:
        """Whether rows under ``parent`` are found by name rather than by bisection."""
        return (
            self._order in STAT_ORDERS
            or parent.id in self._unsorted
            or self._order_of(parent) != self._order
        )

    def _order_of(self, node: ZNode) -> str:
        """The order of ``node``'s children: the model's, or sequence for a recipe node
        while the model's is the name order."""
        return BY_SEQUENCE if self._order == BY_NAME and node.path in self._recipes else self._order

    def _sort_key_of(self, node: ZNode) -> Callable[[ZNode], Any]:
        if self._order_of(node) == self._order:
            return self._sort_key
        return lambda n: self._sequence_key(n.name, None)

    def _note_recipe(self, node: ZNode, names: list[str]) -> None:
        """Badge a listed node whose children's names show a recipe (and re-sort them).
        A badged node that empties keeps its badge: a lock nobody holds is still a lock."""
        if not names:
            return
        kind = badge_for(node.path, names)
        if kind == self._recipes.get(node.path):
            return
        if kind is None:
            del self._recipes[node.path]
        else:
            self._recipes[node.path] = kind
        self._unsorted[node.id] = node  # (put in its order after this listing)
        self._emit_changed(node)

    def _name_row(self, parent: ZNode, name: str) -> int:
        rows = self._name_rows.get(parent.id)
        if rows is None:
            rows = {k.name: i for i, k in enumerate(parent.children or [])}
            self._name_rows[parent.id] = rows
        return rows.get(name, len(parent.children or []))

    def _index_of(self, node: ZNode, column: int = 0) -> QModelIndex:
        if node.parent is None:
            return self.index(0, column)
        return self.index(self._row(node), column, self._index_of(node.parent))

    # -- item model -------------------------------------------------------------------
    # index(), parent(), rowCount(), hasChildren() and flags() are the item model's own
    # (C++): the view calls them for every row of an expanded node on each layout, and
    # a Python override there costs about a microsecond per call.

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node is not None and node.children is None and not node.loading

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node is not None and node.children is None:
            self._list(node)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # a rename in place is a move on the server, asked for by the view

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Node") if section == NAME else self.tr("Children")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return self._placeholder_data(index, role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return "/" if node.parent is None else node.name
            stat = self._stat_or_ask(node)
            if node.children is not None:
                return str(len(node.children))
            return str(stat.numChildren) if stat is not None else ""
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._icons.get(self._kind(node))
        if role == Qt.ItemDataRole.FontRole and column == NAME and self._own(node):
            return _own_font()  # an ephemeral node of this connection's own session
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CHILDREN:
            return _RIGHT
        if role == PathRole:
            return node.path
        if role == KindRole:
            return self._kind(node)
        if role == StatRole:
            return node.stat
        if role == RecipeRole:
            return self._recipes.get(node.path)
        return None

    def _placeholder_data(self, index: Index, role: int) -> Any:
        if index.isValid() and index.column() == NAME:
            parent = self._holders.get(index.internalId())
            if parent is not None and parent.loading:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Loading…")
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QColor(Qt.GlobalColor.gray)
        return None

    def _kind(self, node: ZNode) -> str:
        if node.locked:
            return "locked"
        if node.parent is None:
            return "root"
        stat = self._stat_or_ask(node)
        if stat is None:
            return "sequential" if paths.is_sequential_name(node.name) else "persistent"
        return node_kind(stat, node.name).replace(" ", "-")

    def _own(self, node: ZNode) -> bool:
        """Whether this connection's own session owns the (ephemeral) node."""
        owner = node.stat.ephemeralOwner if node.stat is not None else 0
        return bool(owner) and owner == self._session.session_id

    def _tooltip(self, node: ZNode) -> str:
        stat = node.stat
        lines = [node.path]
        if node.locked:
            lines.append(self.tr("Locked: your credentials do not allow reading it"))
        if stat is not None:
            lines.append(self.tr("Kind: %s") % node_kind(stat, node.name))
            if self._own(node):
                owner = session_id_hex(stat.ephemeralOwner)
                lines.append(self.tr("Owner session: %s (this connection)") % owner)
            elif stat.ephemeralOwner:
                lines.append(self.tr("Owner session: %s") % session_id_hex(stat.ephemeralOwner))
            lines.append(self.tr("Data: %d bytes, version %d") % (stat.dataLength, stat.version))
        return "\n".join(lines)

    # -- the shape: rows in the item model --------------------------------------------

    def _splice(self, node: ZNode, row: int, count: int, new: list[ZNode]) -> None:
        """Replace ``count`` rows at ``row`` under a loaded node with the rows of ``new``.

        The item model emits the row signals; our list changes in the first slot of the
        "done" signal (connected before any view), so a view or tester sees the old rows
        while it is told rows are about to change and the new ones afterwards. Changes
        are matched to their signal by parent and rows, so a change made from inside
        another one's signals (a slot, a nested event loop) cannot take its place.
        """
        kids = node.children
        assert kids is not None
        if count:
            assert node.item is not None
            gone = kids[row : row + count]

            def remove() -> None:
                del kids[row : row + count]
                self._name_rows.pop(node.id, None)
                for child in gone:  # their items were just deleted: drop their addresses
                    self._forget(child)

            self._change_rows(node, row, count, remove, node.item.removeRows)
        if new:
            self._ensure_item(node)
            assert node.item is not None

            def insert() -> None:
                kids[row:row] = new
                self._name_rows.pop(node.id, None)

            # Null cells: leaves until told otherwise.
            self._change_rows(node, row, len(new), insert, node.item.insertRows)
            for child in new:  # (under a big node rows come without stats: none match)
                if child.stat is not None and child.stat.numChildren:
                    self._sync_expander(child)

    def _change_rows(
        self,
        node: ZNode,
        row: int,
        count: int,
        change: Callable[[], None],
        qt_change: Callable[[int, int], Any],
    ) -> None:
        """Have the item model insert/remove ``count`` rows at ``row`` under ``node``
        (``qt_change``), with ``change`` applied to our list when it signals them done."""
        parent = self._index_of(node)
        key = (parent.internalId(), parent.row(), row, row + count - 1)
        self._pending.setdefault(key, []).append(change)
        qt_change(row, count)
        waiting = self._pending.get(key)
        if waiting and waiting[-1] is change:  # the item model said nothing: out of step
            waiting.pop()
            if not waiting:
                del self._pending[key]
            log.error("rows of %s out of step with the view; reloading the tree", node.path)
            QTimer.singleShot(0, self, self.reset_root)

    def _apply_pending(self, parent: QModelIndex, first: int, last: int) -> None:
        key = (parent.internalId(), parent.row(), first, last)
        waiting = self._pending.get(key)
        if waiting:
            change = waiting.pop()
            if not waiting:
                del self._pending[key]
            change()

    def _ensure_item(self, node: ZNode) -> None:
        """Give a node the item that holds its child rows (its row's cell stops being null)."""
        if node.item is not None:
            return
        item = QStandardItem()
        item.setFlags(_ROW_FLAGS)
        item.setColumnCount(2)
        if node.children is None and self._expandable(node):
            item.setChild(0, NAME, _placeholder())
        node.item, node.item_key = item, _address(item)
        self._holders[node.item_key] = node
        holder = self.invisibleRootItem() if node.parent is None else node.parent.item
        assert holder is not None
        # setChild signals a layout change of the whole model (QTreeView then lays out every
        # row again); a null cell has nothing below it to move, so that is not needed: the
        # callers emit dataChanged for the row (or insert its rows), which redraws its
        # expander.
        blocked = self.blockSignals(True)
        try:
            holder.setChild(0 if node.parent is None else self._row(node), NAME, item)
        finally:
            self.blockSignals(blocked)

    def _expandable(self, node: ZNode) -> bool:
        """Whether a node not listed yet shows an expander: it has (or may have) children."""
        if node.parent is None:
            return True
        return node.stat is not None and node.stat.numChildren > 0 and not node.locked

    def _sync_expander(self, node: ZNode) -> None:
        """Give a node not listed yet a placeholder row exactly when it has children."""
        if node.children is not None or not self._alive(node):
            return
        want = self._expandable(node)
        if node.item is None:
            if want:
                self._ensure_item(node)
        elif want != (node.item.rowCount() > 0):
            if want:
                node.item.insertRow(0, [_placeholder()])
            else:
                node.item.removeRows(0, node.item.rowCount())

    def _start_children(self, node: ZNode) -> None:
        """Turn a node not listed yet into a loaded one with no rows (its placeholder goes)."""
        if node.children is not None:
            return
        if node.item is not None and node.item.rowCount():
            node.item.removeRows(0, node.item.rowCount())
        node.children = []

    def _forget(self, node: ZNode) -> None:
        """Drop a removed subtree's bookkeeping (its items are gone with its row)."""
        stack = [node]
        while stack:
            n = stack.pop()
            self._nodes.pop(n.id, None)
            self._name_rows.pop(n.id, None)
            self._stat_again.pop(n.id, None)
            self._unsorted.pop(n.id, None)
            if n.item_key:
                self._holders.pop(n.item_key, None)
                n.item, n.item_key = None, 0
            if n.children:
                stack.extend(n.children)
            n.parent, n.children = None, None  # no cycle left: freed by reference counting

    # -- loading ----------------------------------------------------------------------

    def _start_over(self, root: ZNode | None) -> None:
        """Reset the model to an empty tree, or to one root row not listed yet."""
        self.beginResetModel()
        # Inside a reset views re-read everything at the end: the row signals the item
        # model would emit for the changes below are not needed.
        blocked = self.blockSignals(True)
        try:
            top = self.invisibleRootItem()
            top.removeRows(0, top.rowCount())
            if self._root is not None:
                self._forget(self._root)
            self._nodes.clear()
            self._holders.clear()
            self._pending.clear()
            self._stat_queue.clear()
            self._stat_again.clear()
            self._name_rows.clear()
            self._unsorted.clear()
            self._valued.clear()
            self._displaced.clear()
            self._recipes.clear()
            self._relist.clear()
            self._child_events.clear()
            self._root = root
            if root is not None:
                self._nodes[root.id] = root
                top.insertRows(0, 1)
                self._ensure_item(root)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()
        self._set_inflight(0)
        recollect(only_if_frozen=True)  # frees what died frozen: old rows, an old client

    def reset_root(self) -> None:
        """Start over with a fresh root row (after a connect)."""
        root = ZNode("/", "/", None)
        self._start_over(root)
        self._session.submit(lambda c: node_stat(c, "/"), lambda stat: self._set_stat(root, stat))

    def clear(self) -> None:
        """Forget everything (after a disconnect)."""
        self._reveal_target = None
        self._start_over(None)

    def _on_state(self, state: str, detail: str) -> None:
        if state == DISCONNECTED:
            self.clear()

    def _set_inflight(self, n: int) -> None:
        self._inflight = n
        if (n > 0) != self._busy_shown and not self._busy_timer.isActive():
            self._busy_timer.start()

    def _emit_busy(self) -> None:
        busy = self._inflight > 0
        if busy != self._busy_shown:
            self._busy_shown = busy
            self.busyChanged.emit(busy)

    def is_busy(self) -> bool:
        return self._inflight > 0

    def _alive(self, node: ZNode) -> bool:
        return self._nodes.get(node.id) is node

    def _list(self, node: ZNode) -> None:
        """Ask for a node's children unless a listing is in flight; it arms a children
        watch there unless a subtree watch reports its children (`reports_children`)."""
        self._child_events.pop(node.id, None)  # (this listing, or the one after it, has them)
        if node.loading:
            node.dirty = True
            return
        node.loading = True
        node.dirty = False
        self._set_inflight(self._inflight + 1)
        if node.children is None and node.item is not None and node.item.rowCount():
            self._emit_placeholder(node)  # it now says "Loading…"
        path = node.path
        session = self._session
        watch = None if session.reports_children(path) else session.child_watcher
        # The rows as they are now. Read on the worker (100,000 names take a few ms): the
        # list is not changed while this listing is in flight (merges, batches and unload
        # wait for it), and a reset only drops the model's references to it.
        rows = node.children
        order = self._order_of(node)
        unsorted = node.id in self._unsorted  # (its rows are not in name order yet)

        def job(client: Any) -> tuple:
            shown = None if rows is None else [k.name for k in rows]
            if order != BY_NAME or unsorted:
                placed = None if rows is None else [k.value for k in rows]
                return list_in_order(client, path, watch, order, shown, placed)
            sizes = None
            if rows is not None and len(rows) <= EAGER_STATS:  # (stats read with the listing)
                sizes = {k.name: k.stat.dataLength for k in rows if k.stat is not None}
            names, stats, parent_stat = list_children(client, path, watch, shown, sizes)
            listing = names, stats, parent_stat, None
            return listing, None if shown is None else row_changes(shown, names)

        self._session.submit(
            job,
            lambda answer: self._listed(node, *answer),
            lambda exc: self._list_failed(node, exc),
        )

    def _emit_placeholder(self, node: ZNode) -> None:
        placeholder = self.index(0, NAME, self._index_of(node))
        self.dataChanged.emit(placeholder, placeholder)

    def _done_listing(self, node: ZNode) -> bool:
        """Mark a listing (or a batch of one) finished; False if the node is gone."""
        node.loading = False
        self._set_inflight(max(0, self._inflight - 1))
        return self._alive(node)

    def _next_for(self, node: ZNode) -> None:
        """After a listing or re-sort: what waited for it (a re-listing, a re-sort, moves)."""
        if not self._alive(node) or node.loading:
            return
        if node.dirty:
            self._list(node)
        elif node.children and self._needs_sort(node):
            if len(node.children) > EAGER_STATS:
                self._sort_on_worker(node)
            else:
                self._relayout({node: self._sorted_here(node)})
        elif self._displaced and not self._displace_timer.isActive():
            self._displace_timer.start()

    def _list_failed(self, node: ZNode, exc: BaseException) -> None:
        if not self._done_listing(node):
            return
        if isinstance(exc, NoNodeError):
            # Gone: the parent's listing removes the row.
            if node.parent is not None and node.parent.children is not None:
                self._list(node.parent)
            return
        if isinstance(exc, NoAuthError) and not node.locked:
            node.locked = True
            self._emit_changed(node)
        if node.children is None:
            self._start_children(node)  # keep the view from asking again in a loop
            self._emit_changed(node)
        self.loadFailed.emit(node.path, describe(exc, node.path))
        self._next_for(node)

    def _listed(self, node: ZNode, listing: tuple, changes: tuple | None) -> None:
        names, stats, parent_stat, values = listing
        if not self._done_listing(node):
            return
        self._set_stat(node, parent_stat)
        if node.locked:
            node.locked = False
            self._emit_changed(node)
        if node.children is None:
            self._start_children(node)
            self._append_batches(node, names, (stats, values), 0)
        else:
            if changes is None:  # it was not loaded when asked for (never expected)
                self._unsorted[node.id] = node
                changes = row_changes([k.name for k in node.children], names, natural=False)
            self._merge(node, names, (stats, values), *changes)
        self._note_recipe(node, names)
        self._next_for(node)

    def _append_batches(
        self,
        node: ZNode,
        names: list[str],
        columns: Columns,
        start: int,
        made: list[ZNode] | None = None,
    ) -> None:
        """Insert a fresh listing: a first batch at once, the rest once it is all made.

        The first INSERT_BATCH rows go in at once and are painted; the remaining nodes
        are made a batch per event-loop turn (``made``, not yet in the model) and then
        inserted in one go, which costs the view a single layout. While batches remain
        the node counts as loading, so watch events wait (dirty) and are applied as one
        re-listing at the end.
        """
        kids = node.children
        assert kids is not None
        total = len(names)
        delay = 0
        if made is None:
            end = min(total, INSERT_BATCH)
            if end:
                self._splice(node, 0, 0, self._make(node, names, columns, 0, end))
            made, delay = [], FIRST_PAINT_MS  # a short pause lets the view paint it
        else:
            ready = start + len(made)
            made.extend(self._make(node, names, columns, ready, min(total, ready + INSERT_BATCH)))
            exempt_from_collector()  # rows made in bulk: see collector.py
            if start + len(made) == total:
                self._splice(node, len(kids), 0, made)
                made = []
        if len(kids) < total:
            node.loading = True
            self._set_inflight(self._inflight + 1)
            rows, pending = len(kids), made
            QTimer.singleShot(
                delay, self, lambda: self._continue_batches(node, names, columns, rows, pending)
            )
        else:
            self._emit_changed(node)
            self._check_reveal()

    def _continue_batches(
        self,
        node: ZNode,
        names: list[str],
        columns: Columns,
        start: int,
        made: list[ZNode],
    ) -> None:
        if not self._done_listing(node) or len(node.children or []) != start:
            for child in made:  # superseded by a reset or an unload
                self._nodes.pop(child.id, None)
            return
        self._append_batches(node, names, columns, start, made)
        self._next_for(node)

    def _make(
        self, parent: ZNode, names: list[str], columns: Columns, start: int, end: int
    ) -> list[ZNode]:
        base = parent.path.rstrip("/")
        stats, values = columns
        made = []
        for i in range(start, end):
            child = ZNode(names[i], f"{base}/{names[i]}", parent)
            if stats is not None:
                child.stat = stats[i]
            if values is not None:
                child.value = values[i]
            self._nodes[child.id] = child
            made.append(child)
        return made

    def _merge(
        self,
        node: ZNode,
        names: list[str],
        columns: Columns,
        removed: list[tuple[int, int]],
        inserted: list[tuple[int, int]],
    ) -> None:
        """Bring loaded children in line with a new listing, given its `row_changes`."""
        for first, last in reversed(removed):
            self._splice(node, first, last - first + 1, [])
        # Both lists are in the same order: each new run's final row is its index in names.
        for first, last in inserted:
            self._splice(node, first, 0, self._make(node, names, columns, first, last + 1))
        stats = columns[0]
        if stats is not None:  # (a listing carries stats for small nodes only)
            kids = node.children or []
            for child, stat in zip(kids, stats, strict=False):
                if stat is not None:
                    self._set_stat(child, stat)
        self._emit_changed(node)
        self._check_reveal()

    def _emit_changed(self, node: ZNode) -> None:
        """Tell the view a row's own text/icon changed (column 0 alone refreshes its expander)."""
        if not self._alive(node):
            return
        index = self._index_of(node)
        self.dataChanged.emit(index, index)
        right = index.siblingAtColumn(CHILDREN)
        self.dataChanged.emit(right, right)

    def _set_stat(self, node: ZNode, stat: ZnodeStat | None) -> None:
        if stat is None or not self._alive(node):
            return
        old = node.stat
        node.stat = stat
        self._check_value(node)
        if _row_changes(old, stat):
            self._sync_expander(node)
            self._emit_changed(node)

    def set_readable(self, path: str, readable: bool) -> None:
        """Show (or stop showing) a loaded node as locked: the user may not read it."""
        node = self.find(path)
        if node is not None and node.locked == readable:
            node.locked = not readable
            self._sync_expander(node)
            self._emit_changed(node)

    def update_stat(self, path: str, stat: ZnodeStat) -> None:
        """Show a stat read elsewhere (the selected node's) on its row."""
        node = self.find(path)
        if node is not None:
            self._set_stat(node, stat)

    # -- stats for rows the view shows --------------------------------------------------

    def _stat_or_ask(self, node: ZNode) -> ZnodeStat | None:
        if node.stat is None:
            self._queue_stat(node)
        return node.stat

    def _queue_stat(self, node: ZNode, again: bool = False) -> None:
        """Read a row's stat with the others asked for in this event-loop turn; ``again``:
        also when a read is in flight (it may predate a change), after it."""
        if node.queued:
            if again:
                self._stat_again[node.id] = node
        elif node.parent is not None:
            node.queued = True
            self._stat_queue.append(node)
            if not self._stat_timer.isActive():
                self._stat_timer.start()

    def _flush_stat_queue(self) -> None:
        batch = [n for n in self._stat_queue if self._alive(n)]
        self._stat_queue = []
        if not batch:
            return
        node_paths = [n.path for n in batch]
        self._session.submit(
            lambda c: read_stats(c, node_paths),
            lambda stats: self._stats_read(batch, stats),
            lambda exc: self._stats_failed(batch),
        )

    def _stats_read(self, batch: list[ZNode], stats: list) -> None:
        # One dataChanged per run of adjacent rows, not per row: thousands of stats arrive
        # at once under a big node, and every signal makes views (and the model tester)
        # do work in proportion to what they show.
        changed: dict[int, tuple[ZNode, list[int]]] = {}
        for node, stat in zip(batch, stats, strict=True):
            node.queued = False
            if stat is None or not self._alive(node) or node.parent is None:
                continue
            old = node.stat
            node.stat = stat
            self._check_value(node)
            if _row_changes(old, stat):
                self._sync_expander(node)
                entry = changed.setdefault(node.parent.id, (node.parent, []))
                entry[1].append(self._row(node))
        for parent, rows in changed.values():
            kids = parent.children or []
            rows.sort()
            holder = self._index_of(parent)
            start = 0
            for i in range(1, len(rows) + 1):
                if i == len(rows) or rows[i] != rows[i - 1] + 1:
                    first, last = rows[start], rows[i - 1]
                    if last < len(kids):
                        for column in (NAME, CHILDREN):  # column 0 alone refreshes the expander
                            self.dataChanged.emit(
                                self.index(first, column, holder), self.index(last, column, holder)
                            )
                    start = i
        self._ask_again(batch)

    def _stats_failed(self, batch: list[ZNode]) -> None:
        for node in batch:
            node.queued = False
        self._ask_again(batch)

    def _ask_again(self, batch: list[ZNode]) -> None:
        """Queue the stats of ``batch`` that changed while they were read."""
        if self._stat_again:
            for node in batch:
                if self._stat_again.pop(node.id, None) is not None and self._alive(node):
                    self._queue_stat(node)

    # -- the order of children --------------------------------------------------------

    def order(self) -> str:
        """The order children are shown in (one of zk.order.ORDERS)."""
        return self._order

    def set_order(self, order: str) -> None:
        """Show every node's children in ``order`` (zk.order.ORDERS); keeps selection and
        expansion. Lists of up to EAGER_STATS children are sorted at once; larger ones on
        a worker, which first reads the children's stats when the order needs them (the
        rows keep their places meanwhile). Raises ValueError for an unknown order."""
        key_of = key_function(order)
        if order == self._order:
            return
        self._order, self._key_of = order, key_of
        self._sort_key = _key if order == BY_NAME else (lambda n: key_of(n.name, n.value))
        self._name_rows.clear()
        self._valued.clear()
        self._displaced.clear()
        now: dict[ZNode, list[ZNode]] = {}
        for node in self._loaded():
            if len(node.children or []) > EAGER_STATS or node.loading:
                self._unsorted[node.id] = node  # sorted on a worker, now or after its listing
            else:
                now[node] = self._sorted_here(node)
        self._relayout(now)
        for node in list(self._unsorted.values()):
            self._next_for(node)

    def _sorted_here(self, node: ZNode) -> list[ZNode]:
        """A small node's children in the model's order, with the values their stats give."""
        self._unsorted.pop(node.id, None)
        kids = node.children or []
        for child in kids:
            child.value = stat_value(self._order, child.stat)
        return sorted(kids, key=self._sort_key_of(node))

    def _loaded(self) -> list[ZNode]:
        """Every node whose children are listed and not empty."""
        out, stack = [], [self._root] if self._root is not None else []
        while stack:
            node = stack.pop()
            if node.children:
                out.append(node)
                stack.extend(c for c in node.children if c.children)
        return out

    def _needs_sort(self, node: ZNode) -> bool:
        """Whether a listed node waits for a re-sort, or for its children's values."""
        if node.id in self._unsorted:
            return True
        if self._order not in STAT_ORDERS or node.id in self._valued:
            return False
        kids = node.children or []
        return len(kids) > EAGER_STATS and any(k.value is None for k in kids)

    def _sort_on_worker(self, node: ZNode) -> None:
        """Sort a large node's children on a worker (reading the values it lacks); its
        rows stay as they are, and no listing changes them, until the answer is in."""
        node.loading = True
        self._set_inflight(self._inflight + 1)
        self._unsorted[node.id] = node  # rows found by name until it is sorted
        self._name_rows.pop(node.id, None)
        order, rows, base = self._order_of(node), node.children or [], node.path

        def job(client: Any) -> tuple[list[int], list[int | None]]:
            values = [stat_value(order, k.stat) for k in rows]
            missing = [i for i, v in enumerate(values) if v is None] if order in STAT_ORDERS else []
            # In slices, each turned into numbers at once: 100,000 stats alive together
            # would make the cycle collector's passes (which stall the GUI too) long.
            for start in range(0, len(missing), SORT_READ_SLICE):
                some = missing[start : start + SORT_READ_SLICE]
                read = read_stats(client, [paths.join(base, rows[i].name) for i in some])
                for i, stat in zip(some, read, strict=True):
                    values[i] = stat_value(order, stat)
            key = key_function(order)
            perm = sorted(range(len(rows)), key=lambda i: key(rows[i].name, values[i]))
            return perm, values

        self._session.submit(
            job,
            lambda answer: self._sorted(node, order, *answer),
            lambda exc: self._sort_failed(node, exc),
        )

    def _sorted(self, node: ZNode, order: str, perm: list[int], values: list) -> None:
        if not self._done_listing(node):
            return
        same = order == self._order_of(node)
        if same and node.children is not None and len(perm) == len(node.children):
            kids = node.children
            for child, value in zip(kids, values, strict=True):
                child.value = value
            self._relayout({node: [kids[i] for i in perm]})
            self._unsorted.pop(node.id, None)
            self._valued.add(node.id)
        self._next_for(node)  # (another order chosen meanwhile: sorted again)

    def _sort_failed(self, node: ZNode, exc: BaseException) -> None:
        if self._done_listing(node):
            self._valued.add(node.id)  # not tried again in a loop; a new order tries again
            self.loadFailed.emit(node.path, describe(exc, node.path))
            self._next_for(node)

    def _check_value(self, node: ZNode) -> None:
        """Under a stat order, schedule moving a row whose stat now gives another value."""
        if (
            self._order in STAT_ORDERS
            and node.parent is not None
            and node.stat is not None  # (not known is not changed: a refresh forgets stats)
            and stat_value(self._order, node.stat) != node.value
        ):
            self._displaced[node.id] = node
            if not self._displace_timer.isActive():
                self._displace_timer.start()

    def _place_displaced(self) -> None:
        """Move the rows whose value changed to their places (one layout change)."""
        waiting, self._displaced = self._displaced, {}
        groups: dict[ZNode, list[ZNode]] = {}
        for node in waiting.values():
            parent = node.parent
            if parent is None or not self._alive(node) or parent.children is None:
                continue
            if node.stat is None or stat_value(self._order, node.stat) == node.value:
                continue  # (placed by a sort meanwhile)
            if parent.loading or parent.id in self._unsorted:
                self._displaced[node.id] = node  # placed once its listing or sort is in
                continue
            groups.setdefault(parent, []).append(node)
        now: dict[ZNode, list[ZNode]] = {}
        for parent, nodes in groups.items():
            kids = list(parent.children or [])
            for row in sorted((self._row(n) for n in nodes), reverse=True):
                del kids[row]
            for node in nodes:
                node.value = stat_value(self._order, node.stat)
                bisect.insort(kids, node, key=self._sort_key)
            now[parent] = kids
        self._relayout(now)

    def _relayout(self, orders: dict[ZNode, list[ZNode]]) -> None:
        """Put the children of each node in ``orders`` in the order given (a permutation),
        as one layout change: selection, expansion and hidden rows follow their nodes.

        The rows with child rows hold a QStandardItem, which must move with its node;
        moving one makes the item model drop the persistent indexes under it, so while
        items move every persistent index is parked on a row that does not exist (at the
        top level, which does not change) and put back afterwards.
        """
        orders = {p: new for p, new in orders.items() if p.children and p.children != new}
        if not orders:
            return
        self.layoutAboutToBeChanged.emit()
        holders = {p.item_key: p for p in orders}
        new_rows = {p.id: {k.id: i for i, k in enumerate(new)} for p, new in orders.items()}
        before = self.persistentIndexList()
        after = []
        for index in before:
            parent = holders.get(index.internalId())
            row = index.row()
            if parent is not None and parent.children and row < len(parent.children):
                row = new_rows[parent.id][parent.children[row].id]
            after.append((row, index.column(), index.internalId()))
        moves = []
        for parent in orders:
            rows = new_rows[parent.id]
            old = parent.children or []
            moves += [(parent, r, rows[k.id]) for r, k in enumerate(old) if k.item is not None]
        moves = [m for m in moves if m[1] != m[2]]
        parked = [
            self.createIndex(1 + i, index.column(), self._top) for i, index in enumerate(before)
        ]
        if moves:
            self.changePersistentIndexList(before, parked)
        blocked = self.blockSignals(True)
        try:
            taken = [(parent, to, parent.item.takeChild(row, NAME)) for parent, row, to in moves]
            for parent, to, item in taken:
                parent.item.setChild(to, NAME, item)
        finally:
            self.blockSignals(blocked)
        for parent, new in orders.items():
            parent.children[:] = new  # (in place: the list is the node's for good)
            self._name_rows.pop(parent.id, None)
        target = [self.createIndex(*where) for where in after]
        self.changePersistentIndexList(parked if moves else before, target)
        self.layoutChanged.emit()

    # -- live updates -----------------------------------------------------------------

    def _on_children_changed(self, path: str) -> None:
        if self._session.reports_children(path):
            return  # the subtree watch's own events say what changed (_on_watch_events)
        node = self.find(path)
        if node is not None and node.children is not None:
            self._relist_soon(node)

    def _relist_soon(self, node: ZNode) -> None:
        """Re-list a loaded node at once, or with the others RELIST_DELAY_MS after the
        last re-listing."""
        self._relist[node.id] = node
        self._schedule_relist()

    def _schedule_relist(self) -> None:
        if not self._relist_timer.isActive():
            wait = self._relisted_at + RELIST_DELAY_MS / 1000 - time.monotonic()
            self._relist_timer.start(max(0, math.ceil(wait * 1000)))

    def _on_watch_events(self, events: list[WatchEvent]) -> None:
        """Note a subtree watch's CREATED and DELETED events, to apply to the loaded rows
        with the re-listings (`_flush_relist`).

        Each names the child: its row is inserted in place (its stat read when the view
        shows it) or removed, with no listing. A node whose listing is in flight is
        listed again after it (the answer may predate the event), as is one whose
        children are in an order their stats decide. A node not listed has its stat read
        again (child count, expander).
        """
        parents: dict[str, ZNode | None] = {}  # (found once per batch)
        for event in events:
            if not event.in_subtree or event.type not in ("CREATED", "DELETED"):
                continue
            where = paths.dirname(event.path)
            if where not in parents:
                parents[where] = self.find(where)
            parent = parents[where]
            if parent is None:
                continue
            if parent.loading:
                self._list(parent)  # listed again after the answer: it may predate this
            elif parent.children is None:
                if parent.stat is not None:  # (else the view asks for it when it shows it)
                    self._queue_stat(parent, again=True)
            elif not self._named_order(parent):
                self._relist_soon(parent)
            else:
                names = self._child_events.setdefault(parent.id, (parent, {}))[1]
                names[paths.basename(event.path)] = event.type == "CREATED"
                self._schedule_relist()

    def _named_order(self, node: ZNode) -> bool:
        """Whether a node's children are in an order their names alone give."""
        return self._order_of(node) not in STAT_ORDERS and node.id not in self._unsorted

    def _apply_child_events(self, parent: ZNode, names: dict[str, bool]) -> None:
        """Insert the rows of the children created (True in ``names``) and remove those
        of the children deleted (False), in runs of adjacent rows; then what waited."""
        kids = parent.children
        assert kids is not None
        key = self._sort_key_of(parent)

        def place(name: str) -> int:
            return bisect.bisect_left(kids, key(_Named(name)), key=key)

        gone, came = [], []
        for name, created in names.items():
            row = place(name)
            present = row < len(kids) and kids[row].name == name
            if present and not created:
                gone.append(row)
            elif created and not present:
                came.append(name)
        for first, last in reversed(_grouped(sorted(gone))):
            self._splice(parent, first, last - first + 1, [])
        # New names by their place in the rows left, last place first (places before it
        # stay right); those with one place are one run.
        at: dict[int, list[str]] = {}
        for name in came:
            at.setdefault(place(name), []).append(name)
        for row in sorted(at, reverse=True):
            run = sorted(at[row], key=lambda n: key(_Named(n)))
            self._splice(parent, row, 0, self._make(parent, run, (None, None), 0, len(run)))
        if not (gone or came):
            return
        self._emit_changed(parent)  # its child count
        if len(kids) <= EAGER_STATS:  # (a listing badges larger ones)
            self._note_recipe(parent, [k.name for k in kids])
        self._next_for(parent)

    def _on_subtree_armed(self, path: str, _again: bool) -> None:
        self._relist_under(path)

    def _relist_under(self, path: str) -> None:
        """List the loaded nodes at and below ``path`` again: a subtree watch there was
        added (changes made meanwhile, and one-shot watches now not needed) or removed
        (their one-shot watches come back)."""
        node = self.find(path)
        stack = [node] if node is not None else []
        while stack:
            node = stack.pop()
            if node.children is not None:
                self._list(node)
                stack.extend(c for c in node.children if c.children is not None)

    def _flush_relist(self) -> None:
        self._relisted_at = time.monotonic()
        nodes, self._relist = self._relist, {}
        for node in nodes.values():
            if self._alive(node) and node.children is not None:
                self._list(node)  # (drops the node's events: the listing has them)
        events, self._child_events = self._child_events, {}
        for node, names in events.values():
            if not self._alive(node) or node.children is None:
                continue
            if node.loading or not self._named_order(node):
                self._list(node)
            else:
                self._apply_child_events(node, names)

    def refresh(self, path: str) -> None:
        """Re-read a node's stat and, when loaded, its children and theirs."""
        node = self.find(path)
        if node is None:
            return
        if node.children is not None:
            self._list(node)
            if len(node.children) > EAGER_STATS:
                for child in node.children:  # visible rows ask again
                    child.stat = None
                parent = self._index_of(node)
                last = len(node.children) - 1
                self.dataChanged.emit(
                    self.index(0, NAME, parent), self.index(last, CHILDREN, parent)
                )
        self._session.submit(lambda c: node_stat(c, path), lambda stat: self._refreshed(node, stat))

    def _refreshed(self, node: ZNode, stat: ZnodeStat | None) -> None:
        if stat is None:
            if node.parent is not None and self._alive(node.parent):
                self._list(node.parent)
        else:
            self._set_stat(node, stat)

    def resync(self) -> None:
        """Re-list every loaded node: after a reconnect, watches are re-armed and gaps filled."""
        self._relist_under("/")

    def unload(self, index: Index) -> None:
        """Drop a collapsed node's loaded children; they are listed again on expand."""
        node = self._node(index)
        if node is None or not node.children or node.parent is None or node.loading:
            return  # (while a listing or its batches are in flight, it stays loaded)
        self._splice(node, 0, len(node.children), [])
        node.children = None
        self._unsorted.pop(node.id, None)
        self._valued.discard(node.id)
        self._sync_expander(node)

    # -- reveal -----------------------------------------------------------------------

    def reveal(self, path: str) -> None:
        """Load the ancestors of `path` as needed; emit `revealed` once its row exists."""
        self._reveal_target = path
        self._check_reveal()

    def _check_reveal(self) -> None:
        target = self._reveal_target
        if target is None or self._root is None:
            return
        node = self._root
        if target != "/":
            for name in target.strip("/").split("/"):
                if node.children is None:
                    if not node.loading:
                        self._list(node)
                    return
                child = self._child_named(node, name)
                if child is None:
                    return  # not there (yet): a watch event may still bring it
                node = child
        self._reveal_target = None
        self.revealed.emit(self._index_of(node))
