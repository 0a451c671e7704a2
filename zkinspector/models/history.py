"""Node history: the values each node was seen with while the app is open.

Where values come from: every load of the selected node (its data watch reloads it when
it changes), and, for the nodes of a watched subtree, every CREATED and CHANGED event,
read back in batches (a multi-read every :data:`READ_DELAY_MS` at most); a DELETED event
adds a "deleted" entry. A value is kept once per mzxid: the same version seen twice is
one entry. Changes that come faster than the reads are seen once, at their latest value.

Memory is bounded (:class:`HistoryLimits`): per node (entries and bytes of data) and in
total, the oldest entries going first. :class:`HistoryStore` holds the values (no Qt);
:class:`NodeHistory` fills it from one session; :class:`HistoryTableModel` shows one
node's entries, newest first.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ..zk.codec import format_size, hex_dump, is_binary
from ..zk.reads import NodeSnapshot
from ..zk.session import Job, ZkSession
from ..zk.walk import walk_nodes
from ..zk.watches import WatchEvent
from .event_log import format_time
from .selected import SelectedNode

translate = QCoreApplication.translate

__all__ = [
    "READ_DELAY_MS",
    "HistoryLimits",
    "HistoryStore",
    "HistoryTableModel",
    "NodeHistory",
    "Seen",
    "diff_texts",
]

READ_DELAY_MS = 200
"""Changed nodes of a watched subtree are read back at most this often (milliseconds)."""
READ_BATCH = 2000
"""Nodes read back per job at most."""
MAX_WAITING = 50_000
"""Nodes waiting to be read back at most; changes of others are not recorded meanwhile."""


class Seen(NamedTuple):
    """One value of a node, as seen at ``time``. ``data`` None: deleted or unreadable."""

    time: float
    version: int  # -1 for a deletion
    mzxid: int  # 0 for a deletion
    size: int
    data: bytes | None
    deleted: bool = False


@dataclass(frozen=True)
class HistoryLimits:
    """How much history is kept: per node and in total (entries and bytes of data)."""

    per_node: int = 100
    per_node_bytes: int = 4 * 1024 * 1024
    total: int = 20_000
    total_bytes: int = 64 * 1024 * 1024


class HistoryStore:
    """Values per path, bounded by :class:`HistoryLimits`; the oldest go first."""

    def __init__(self, limits: HistoryLimits | None = None) -> None:
        self.limits = limits or HistoryLimits()
        self._by_path: dict[str, deque[tuple[int, Seen]]] = {}
        self._bytes: dict[str, int] = {}
        self._order: deque[tuple[int, str]] = deque()  # (seq, path), oldest first
        self._seq = itertools.count()
        self.entries_total = 0
        self.bytes_total = 0
        self.dropped = 0

    def add(self, path: str, seen: Seen) -> bool:
        """Keep ``seen`` as the newest value of ``path``; False if it is the one kept last
        (same mzxid, or a second deletion)."""
        kept = self._by_path.get(path)
        if kept:
            last = kept[-1][1]
            if last.deleted == seen.deleted and (seen.deleted or last.mzxid == seen.mzxid):
                return False
        else:
            kept = self._by_path[path] = deque()
            self._bytes[path] = 0
        seq = next(self._seq)
        kept.append((seq, seen))
        self._order.append((seq, path))
        size = len(seen.data or b"")
        self._bytes[path] += size
        self.entries_total += 1
        self.bytes_total += size
        limits = self.limits
        while len(kept) > 1 and (
            len(kept) > limits.per_node or self._bytes[path] > limits.per_node_bytes
        ):
            self._pop_oldest(path)
        while self.entries_total > limits.total or self.bytes_total > limits.total_bytes:
            if not self._pop_globally_oldest():
                break
        if len(self._order) > 2 * self.entries_total + 1024:
            self._compact()
        return True

    def entries(self, path: str) -> list[Seen]:
        """The values of ``path``, oldest first."""
        return [seen for _seq, seen in self._by_path.get(path, ())]

    def paths(self) -> list[str]:
        return sorted(self._by_path)

    def clear(self) -> None:
        self._by_path.clear()
        self._bytes.clear()
        self._order.clear()
        self.entries_total = self.bytes_total = self.dropped = 0

    def _pop_oldest(self, path: str) -> None:
        kept = self._by_path[path]
        _seq, seen = kept.popleft()
        size = len(seen.data or b"")
        self._bytes[path] -= size
        self.bytes_total -= size
        self.entries_total -= 1
        self.dropped += 1
        if not kept:
            del self._by_path[path]
            del self._bytes[path]

    def _pop_globally_oldest(self) -> bool:
        order = self._order
        while order:
            seq, path = order.popleft()
            kept = self._by_path.get(path)
            if kept and kept[0][0] == seq:  # (else it went already, by the per-node limit)
                self._pop_oldest(path)
                return True
        return False

    def _compact(self) -> None:
        """Drop the order's references to entries that went by the per-node limits."""
        live = sorted((seq, path) for path, kept in self._by_path.items() for seq, _ in kept)
        self._order = deque(live)


def diff_texts(older: Seen, newer: Seen) -> tuple[str, str]:
    """Two values as texts to compare: UTF-8 text as it is, else both as hex dumps."""
    a, b = older.data or b"", newer.data or b""
    if is_binary(a) or is_binary(b):
        return hex_dump(a), hex_dump(b)
    return a.decode("utf-8"), b.decode("utf-8")


def seen_label(seen: Seen) -> str:
    """ "version 3 at 14:03:59.123" (or "deleted at ...")."""
    if seen.deleted:
        return translate("NodeHistory", "deleted at {0}").format(format_time(seen.time))
    return translate("NodeHistory", "version {0} at {1}").format(
        seen.version, format_time(seen.time)
    )


class NodeHistory(QObject):
    """Fills a :class:`HistoryStore` from one session: the selected node's loads and the
    events of watched subtrees (their changed nodes read back in batches)."""

    changed = Signal(str)  # the history of this path has a new entry

    def __init__(
        self,
        session: ZkSession,
        selected: SelectedNode,
        limits: HistoryLimits | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._selected = selected
        self.store = HistoryStore(limits)
        self._to_read: dict[str, None] = {}  # paths to read back, in order
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self._read)
        selected.loaded.connect(self._on_loaded)
        session.watchEvents.connect(self._on_events)
        session.connected.connect(self._forget)

    def entries(self, path: str) -> list[Seen]:
        """The values seen of ``path``, oldest first."""
        return self.store.entries(path)

    def set_limits(self, limits: HistoryLimits) -> None:
        self.store.limits = limits

    def _forget(self) -> None:
        """A new connection (maybe another ensemble): zxids of the old one mean nothing."""
        self.store.clear()
        self._to_read.clear()
        if self._job is not None:
            self._job.abandon()
            self._job = None

    def _record(self, path: str, seen: Seen) -> None:
        if self.store.add(path, seen):
            self.changed.emit(path)

    def _on_loaded(self, snap: NodeSnapshot) -> None:
        stat = snap.stat
        if stat is not None:
            data = snap.data if snap.readable else None
            self._record(
                snap.path, Seen(time.time(), stat.version, stat.mzxid, stat.dataLength, data)
            )

    def _on_events(self, events: list[WatchEvent]) -> None:
        selected = self._selected.path
        for event in events:
            ended = event.type == "DELETED" and self.store.entries(event.path)
            if not event.in_subtree and event.path != selected and not ended:
                continue  # (a node with a history gets its end, selected or not)
            if event.type == "DELETED":
                self._to_read.pop(event.path, None)
                self._record(event.path, Seen(event.time, -1, 0, 0, None, deleted=True))
            elif (
                event.in_subtree
                and event.type in ("CREATED", "CHANGED")
                and len(self._to_read) < MAX_WAITING
            ):
                self._to_read[event.path] = None
        if self._to_read and self._job is None and not self._timer.isActive():
            self._timer.start()

    def _read(self) -> None:
        if not self._to_read or self._job is not None:
            return
        batch = list(itertools.islice(self._to_read, READ_BATCH))
        for path in batch:
            del self._to_read[path]
        self._job = self._session.submit(
            lambda client: _read_back(client, batch),
            self._on_values,
            lambda _exc: self._read_done(),
        )

    def _on_values(self, values: list[tuple[str, Any, bytes | None]]) -> None:
        now = time.time()
        for path, stat, data in values:
            self._record(path, Seen(now, stat.version, stat.mzxid, stat.dataLength, data))
        self._read_done()

    def _read_done(self) -> None:
        self._job = None
        if self._to_read:
            self._timer.start()


def _read_back(client: Any, node_paths: list[str]) -> list[tuple[str, Any, bytes | None]]:
    """(path, stat, data or None if unreadable) of the nodes that still exist (on a
    worker: the walker's multi-read batches, sized by the data they bring)."""
    return [
        (path, stat, data)
        for path, _depth, stat, data, _children in walk_nodes(
            client, node_paths, data=True, stat=True, max_depth=0
        )
        if stat is not None
    ]


TIME, VERSION, MZXID, SIZE = range(4)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    """One node's values, newest first: time, version, mzxid, size."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: str | None = None
        self._rows: list[Seen] = []
        self._headers = (
            translate("NodeHistory", "Time"),
            translate("NodeHistory", "Version"),
            "mzxid",
            translate("NodeHistory", "Size"),
        )

    def show(self, path: str | None, entries: list[Seen]) -> None:
        """Show ``entries`` (oldest first, as the store gives them) of ``path``."""
        self.beginResetModel()
        self.path = path
        self._rows = list(reversed(entries))
        self.endResetModel()

    def seen(self, row: int) -> Seen | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        seen = self.seen(index.row()) if index.isValid() else None
        if seen is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == TIME:
                return format_time(seen.time)
            if seen.deleted:
                return translate("NodeHistory", "deleted") if column == SIZE else "—"
            if column == VERSION:
                return str(seen.version)
            if column == MZXID:
                return f"0x{seen.mzxid:x}"
            return format_size(seen.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            if seen.deleted:
                return translate("NodeHistory", "The node was deleted.")
            if seen.data is None:
                return translate("NodeHistory", "Version {0}; its data could not be read.").format(
                    seen.version
                )
            return translate(
                "NodeHistory", "Version {0}, last changed by transaction 0x{1:x}, {2} bytes."
            ).format(seen.version, seen.mzxid, seen.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TIME:
            return _RIGHT
        return None
