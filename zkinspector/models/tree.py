"""The znode tree as a lazily loaded QAbstractItemModel, kept live by watches.

A node's children are asked for when the view expands it (`fetchMore`), on the
session's workers; names come back sorted and rows are inserted in batches so a node
with 100,000 children never holds the GUI thread for long. Every loaded node carries a
children watch; when it fires, the node is re-listed and only the rows that changed are
inserted or removed, which keeps selection and expansion. Stats (for icons and child
counts) come with the listing for ordinary nodes and, under very large ones, are
fetched in pipelined batches for the rows the view actually shows.
"""

from __future__ import annotations

import bisect
import itertools
import logging
from collections.abc import Mapping
from typing import Any

from kazoo.exceptions import NoAuthError, NoNodeError
from kazoo.protocol.states import ZnodeStat
from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ..zk import paths
from ..zk.errors import describe
from ..zk.reads import EAGER_STATS, list_children, read_stats
from ..zk.session import DISCONNECTED, ZkSession
from ..zk.stat import node_kind, session_id_hex

log = logging.getLogger(__name__)

#: Rows per insert when a large listing arrives: the first batch, then the rest in one turn.
INSERT_BATCH = 5000
#: Milliseconds between the first batch and the rest: time for the view to paint it.
FIRST_PAINT_MS = 20

NAME, CHILDREN = 0, 1
PathRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
StatRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


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


def _row_changes(old: ZnodeStat | None, new: ZnodeStat) -> bool:
    """Whether a new stat changes what a row shows (child count, icon)."""
    return (
        old is None
        or old.numChildren != new.numChildren
        or old.ephemeralOwner != new.ephemeralOwner
    )


def _key(node: ZNode) -> tuple:
    return paths.natural_key(node.name)


class ZnodeTreeModel(QAbstractItemModel):
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
        self._session = session
        self._icons = dict(icons or {})
        self._nodes: dict[int, ZNode] = {}
        self._root: ZNode | None = None
        self._inflight = 0
        self._reveal_target: str | None = None
        self._stat_queue: list[ZNode] = []
        self._stat_timer = QTimer(self)
        self._stat_timer.setSingleShot(True)
        self._stat_timer.setInterval(0)
        self._stat_timer.timeout.connect(self._flush_stat_queue)
        session.connected.connect(self.reset_root)
        session.stateChanged.connect(self._on_state)
        session.childrenChanged.connect(self._on_children_changed)
        session.resynced.connect(self.resync)

    # -- lookup -----------------------------------------------------------------------

    def _node(self, index: Index) -> ZNode | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

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
        row = bisect.bisect_left(kids, paths.natural_key(name), key=_key)
        if row < len(kids) and kids[row].name == name:
            return kids[row]
        return None

    def _row(self, node: ZNode) -> int:
        parent = node.parent
        if parent is None:
            return 0
        kids = parent.children or []
        row = bisect.bisect_left(kids, _key(node), key=_key)
        if row < len(kids) and kids[row] is node:
            return row
        return kids.index(node)  # only if the order was broken; never expected

    def _index_of(self, node: ZNode, column: int = 0) -> QModelIndex:
        return self.createIndex(self._row(node), column, node.id)

    # -- QAbstractItemModel -----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column > CHILDREN or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row == 0 and self._root is not None:
                return self.createIndex(0, column, self._root.id)
            return QModelIndex()
        # Called for every row of an expanded node on each view layout: kept lean.
        node = self._nodes.get(parent.internalId())
        kids = node.children if node is not None else None
        if kids is None or row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row].id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return 1 if self._root is not None else 0
        if parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node and node.children else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if not parent.isValid():
            return self._root is not None
        node = self._nodes.get(parent.internalId())  # once per row on each view layout
        if node is None or parent.column() != 0:
            return False
        if node.children is not None:
            return bool(node.children)
        if node.stat is not None:
            return node.stat.numChildren > 0
        return True

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node is not None and node.children is None and not node.loading

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node is not None and node.children is None:
            self._list(node)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Node") if section == NAME else self.tr("Children")
        return None

    # flags() is deliberately not overridden: Qt's default (enabled and selectable, none
    # for an invalid index) is what rows need, and QTreeView asks for it twice per row on
    # every relayout; a Python override doubled the cost of laying out a 100k-child node.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CHILDREN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PathRole:
            return node.path
        if role == KindRole:
            return self._kind(node)
        if role == StatRole:
            return node.stat
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

    def _tooltip(self, node: ZNode) -> str:
        stat = node.stat
        lines = [node.path]
        if node.locked:
            lines.append(self.tr("Locked: your credentials do not allow reading it"))
        if stat is not None:
            lines.append(self.tr("Kind: %s") % node_kind(stat, node.name))
            if stat.ephemeralOwner:
                lines.append(self.tr("Owner session: %s") % session_id_hex(stat.ephemeralOwner))
            lines.append(self.tr("Data: %d bytes, version %d") % (stat.dataLength, stat.version))
        return "\n".join(lines)

    # -- loading ----------------------------------------------------------------------

    def reset_root(self) -> None:
        """Start over with a fresh root row (after a connect)."""
        self.beginResetModel()
        self._nodes.clear()
        self._stat_queue.clear()
        self._root = ZNode("/", "/", None)
        self._nodes[self._root.id] = self._root
        self._set_inflight(0)
        self.endResetModel()
        root = self._root
        self._session.submit(lambda c: c.exists("/"), lambda stat: self._set_stat(root, stat))

    def clear(self) -> None:
        """Forget everything (after a disconnect)."""
        self.beginResetModel()
        self._nodes.clear()
        self._stat_queue.clear()
        self._root = None
        self._reveal_target = None
        self._set_inflight(0)
        self.endResetModel()

    def _on_state(self, state: str, detail: str) -> None:
        if state == DISCONNECTED:
            self.clear()

    def _set_inflight(self, n: int) -> None:
        was = self._inflight > 0
        self._inflight = n
        if was != (n > 0):
            self.busyChanged.emit(n > 0)

    def is_busy(self) -> bool:
        return self._inflight > 0

    def _alive(self, node: ZNode) -> bool:
        return self._nodes.get(node.id) is node

    def _list(self, node: ZNode) -> None:
        """Ask for a node's children (and re-arm its watch) unless a listing is in flight."""
        if node.loading:
            node.dirty = True
            return
        node.loading = True
        node.dirty = False
        self._set_inflight(self._inflight + 1)
        path = node.path
        watch = self._session.child_watcher
        self._session.submit(
            lambda c: list_children(c, path, watch),
            lambda result: self._listed(node, result),
            lambda exc: self._list_failed(node, exc),
        )

    def _done_listing(self, node: ZNode) -> bool:
        """Mark a listing (or a batch of one) finished; False if the node is gone."""
        node.loading = False
        self._set_inflight(max(0, self._inflight - 1))
        return self._alive(node)

    def _relist_if_dirty(self, node: ZNode) -> None:
        if self._alive(node) and node.dirty and not node.loading:
            self._list(node)

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
            node.children = []  # keep the view from asking again in a loop
            self._emit_changed(node)
        self.loadFailed.emit(node.path, describe(exc, node.path))
        self._relist_if_dirty(node)

    def _listed(self, node: ZNode, result: tuple) -> None:
        names, stats, parent_stat = result
        if not self._done_listing(node):
            return
        self._set_stat(node, parent_stat)
        if node.locked:
            node.locked = False
            self._emit_changed(node)
        if node.children is None:
            node.children = []
            self._append_batches(node, names, stats, 0)
        else:
            self._merge(node, names, stats)
        self._relist_if_dirty(node)

    def _append_batches(
        self,
        node: ZNode,
        names: list[str],
        stats: list | None,
        start: int,
        made: list[ZNode] | None = None,
    ) -> None:
        """Insert a fresh listing: a first batch at once, the rest once it is all made.

        QTreeView lays out every row of an expanded node again after each event-loop turn
        with inserts under it (a Python call or two per row), so a big listing is not
        inserted over many turns: after the first batch (painted first), the remaining
        rows are made a batch per turn (``made``, not yet in the model), then inserted in
        one turn, in inserts of at most INSERT_BATCH rows. While batches remain the node
        counts as loading, so watch events wait (dirty) and are applied as one re-listing
        at the end.
        """
        kids = node.children
        assert kids is not None
        total = len(names)
        delay = 0
        if made is None:
            end = min(total, INSERT_BATCH)
            if end:
                self._insert_made(node, self._make(node, names, stats, 0, end))
            made, delay = [], FIRST_PAINT_MS  # a short pause lets the view paint it
        else:
            ready = start + len(made)
            made.extend(self._make(node, names, stats, ready, min(total, ready + INSERT_BATCH)))
            if start + len(made) == total:
                for first in range(0, len(made), INSERT_BATCH):
                    self._insert_made(node, made[first : first + INSERT_BATCH])
                made = []
        if len(kids) < total:
            node.loading = True
            self._set_inflight(self._inflight + 1)
            rows, pending = len(kids), made
            QTimer.singleShot(
                delay, self, lambda: self._continue_batches(node, names, stats, rows, pending)
            )
        else:
            self._emit_changed(node)
            self._check_reveal()

    def _insert_made(self, node: ZNode, made: list[ZNode]) -> None:
        """Append rows for nodes already made (and registered) under ``node``."""
        kids = node.children
        assert kids is not None
        self.beginInsertRows(self._index_of(node), len(kids), len(kids) + len(made) - 1)
        kids.extend(made)
        self.endInsertRows()

    def _continue_batches(
        self,
        node: ZNode,
        names: list[str],
        stats: list | None,
        start: int,
        made: list[ZNode],
    ) -> None:
        if not self._done_listing(node) or len(node.children or []) != start:
            for child in made:  # superseded by a reset or an unload
                self._nodes.pop(child.id, None)
            return
        self._append_batches(node, names, stats, start, made)
        self._relist_if_dirty(node)

    def _make(
        self, parent: ZNode, names: list[str], stats: list | None, start: int, end: int
    ) -> list[ZNode]:
        base = parent.path.rstrip("/")
        made = []
        for i in range(start, end):
            child = ZNode(names[i], f"{base}/{names[i]}", parent)
            if stats is not None:
                child.stat = stats[i]
            self._nodes[child.id] = child
            made.append(child)
        return made

    def _merge(self, node: ZNode, names: list[str], stats: list | None) -> None:
        """Bring loaded children in line with a new sorted listing, row by changed row."""
        kids = node.children
        assert kids is not None
        wanted = set(names)
        parent = self._index_of(node)
        # Removals, last first, in contiguous runs.
        row = len(kids) - 1
        while row >= 0:
            if kids[row].name in wanted:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and kids[row - 1].name not in wanted:
                row -= 1
            self.beginRemoveRows(parent, row, last)
            for gone in kids[row : last + 1]:
                self._forget(gone)
            del kids[row : last + 1]
            self.endRemoveRows()
            row -= 1
        # Insertions: both lists are in the same order, so each new run's final
        # position is its position in `names`.
        have = {k.name for k in kids}
        i = 0
        while i < len(names):
            if names[i] in have:
                if stats is not None and stats[i] is not None:
                    self._set_stat(kids[i], stats[i])
                i += 1
                continue
            first = i
            while i < len(names) and names[i] not in have:
                i += 1
            self.beginInsertRows(parent, first, i - 1)
            kids[first:first] = self._make(node, names, stats, first, i)
            self.endInsertRows()
        self._emit_changed(node)
        self._check_reveal()

    def _forget(self, node: ZNode) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            self._nodes.pop(n.id, None)
            if n.children:
                stack.extend(n.children)

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
        if _row_changes(old, stat):
            self._emit_changed(node)

    def set_readable(self, path: str, readable: bool) -> None:
        """Show (or stop showing) a loaded node as locked: the user may not read it."""
        node = self.find(path)
        if node is not None and node.locked == readable:
            node.locked = not readable
            self._emit_changed(node)

    def update_stat(self, path: str, stat: ZnodeStat) -> None:
        """Show a stat read elsewhere (the selected node's) on its row."""
        node = self.find(path)
        if node is not None:
            self._set_stat(node, stat)

    # -- stats for rows the view shows --------------------------------------------------

    def _stat_or_ask(self, node: ZNode) -> ZnodeStat | None:
        if node.stat is None and not node.queued and node.parent is not None:
            node.queued = True
            self._stat_queue.append(node)
            if not self._stat_timer.isActive():
                self._stat_timer.start()
        return node.stat

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
            if _row_changes(old, stat):
                entry = changed.setdefault(node.parent.id, (node.parent, []))
                entry[1].append(self._row(node))
        for parent, rows in changed.values():
            kids = parent.children or []
            rows.sort()
            start = 0
            for i in range(1, len(rows) + 1):
                if i == len(rows) or rows[i] != rows[i - 1] + 1:
                    first, last = rows[start], rows[i - 1]
                    for column in (NAME, CHILDREN):  # column 0 alone refreshes the expander
                        self.dataChanged.emit(
                            self.createIndex(first, column, kids[first].id),
                            self.createIndex(last, column, kids[last].id),
                        )
                    start = i

    def _stats_failed(self, batch: list[ZNode]) -> None:
        for node in batch:
            node.queued = False

    # -- live updates -----------------------------------------------------------------

    def _on_children_changed(self, path: str) -> None:
        node = self.find(path)
        if node is not None and node.children is not None:
            self._list(node)

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
        self._session.submit(lambda c: c.exists(path), lambda stat: self._refreshed(node, stat))

    def _refreshed(self, node: ZNode, stat: ZnodeStat | None) -> None:
        if stat is None:
            if node.parent is not None and self._alive(node.parent):
                self._list(node.parent)
        else:
            self._set_stat(node, stat)

    def resync(self, new_session: bool = False) -> None:
        """Re-list every loaded node: after a reconnect, watches are re-armed and gaps filled."""
        if self._root is None:
            return
        stack = [self._root]
        while stack:
            node = stack.pop()
            if node.children is not None:
                self._list(node)
                stack.extend(c for c in node.children if c.children is not None)

    def unload(self, index: Index) -> None:
        """Drop a collapsed node's loaded children; they are listed again on expand."""
        node = self._node(index)
        if node is None or not node.children or node.parent is None or node.loading:
            return  # (while a listing or its batches are in flight, it stays loaded)
        self.beginRemoveRows(self._index_of(node), 0, len(node.children) - 1)
        for child in node.children:
            self._forget(child)
        node.children = None
        self.endRemoveRows()

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
