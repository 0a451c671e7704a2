"""The event log of one connection: every watch event and connection state, in a ring.

:class:`EventLog` listens to its session and keeps what it hears as :class:`LogEntry`
rows: the watch events (CREATED, DELETED, CHANGED, CHILD) of one-shot and subtree
watches, the connection's states (CONNECTING ... DISCONNECTED, RECONNECTED), subtree
watches added or lost (WATCH) and the ephemeral nodes that died with an expired
session (EXPIRED). :class:`EventLogModel` shows them to a QTableView.

Memory is bounded: the rows live in a ring (:class:`EventRing`, the last ``capacity``
entries, 100,000 by default) and the model counts what it dropped. Rows reach the view
in batches, at most every :data:`FLUSH_MS`, one remove and one insert each, so 1,000
events a second cost the GUI thread ten small model changes. A filter (types, path)
keeps a list of the matching entries' sequence numbers; pausing holds new entries back
(bounded as well) and shows them on resume.
"""

from __future__ import annotations

import bisect
import csv
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
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

from ..zk import session as zsession
from ..zk.jobs import JobRunner
from ..zk.search import FIELD_PATH, SearchCriteria, compile_criteria
from ..zk.session import ZkSession
from ..zk.watches import WatchEvent

translate = QCoreApplication.translate

__all__ = [
    "ALL_TYPES",
    "DEFAULT_CAPACITY",
    "FLUSH_MS",
    "NOTE_TYPES",
    "STATE_TYPES",
    "TIME",
    "TYPE",
    "PATH",
    "DETAIL",
    "WATCH_TYPES",
    "EventLog",
    "EventLogModel",
    "EventRing",
    "LogEntry",
    "format_time",
    "type_tooltip",
]

DEFAULT_CAPACITY = 100_000
FLUSH_MS = 100
"""New rows reach the view at most this often (milliseconds)."""

WATCH_TYPES = ("CREATED", "DELETED", "CHANGED", "CHILD")
STATE_TYPES = ("CONNECTING", "CONNECTED", "SUSPENDED", "LOST", "RECONNECTED", "DISCONNECTED")
NOTE_TYPES = ("WATCH", "EXPIRED")
ALL_TYPES = WATCH_TYPES + STATE_TYPES + NOTE_TYPES

TIME, TYPE, PATH, DETAIL = range(4)
PathRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_STATE_NAMES = {
    zsession.CONNECTING: "CONNECTING",
    zsession.CONNECTED: "CONNECTED",
    zsession.SUSPENDED: "SUSPENDED",
    zsession.LOST: "LOST",
    zsession.DISCONNECTED: "DISCONNECTED",
}


def type_tooltip(kind: str) -> str:
    """What an entry of this type means, in a sentence."""
    tips = {
        "CREATED": translate(
            "EventLog", "The node was created (a data watch set by exists, or a subtree watch)."
        ),
        "DELETED": translate("EventLog", "The node was deleted."),
        "CHANGED": translate("EventLog", "The node's data was set: its version went up by one."),
        "CHILD": translate(
            "EventLog",
            "A child of this node was created or deleted (a children watch; a subtree "
            "watch reports the child itself instead).",
        ),
        "CONNECTING": translate("EventLog", "The app is opening a connection to the server."),
        "CONNECTED": translate("EventLog", "The connection is up: requests and watch events flow."),
        "SUSPENDED": translate(
            "EventLog",
            "The connection dropped; the session may still be alive and the client is "
            "reconnecting. Changes made meanwhile reach one-shot watches on reconnect.",
        ),
        "LOST": translate(
            "EventLog",
            "The session expired: the server deleted its ephemeral nodes and forgot its "
            "watches. A new session is being made.",
        ),
        "RECONNECTED": translate(
            "EventLog",
            "Back after a drop: with the same session, or with a new one after an "
            "expiry; the watches were set again.",
        ),
        "DISCONNECTED": translate("EventLog", "The connection was closed."),
        "WATCH": translate(
            "EventLog", "A subtree watch was added, added again after a reconnect, or ended."
        ),
        "EXPIRED": translate(
            "EventLog",
            "An ephemeral node this app created, deleted by the server with its expired session.",
        ),
    }
    return tips.get(kind, "")


class LogEntry(NamedTuple):
    """One row of the log: atomic values only (the cycle collector ignores it)."""

    time: float  # seconds since the epoch
    type: str  # one of ALL_TYPES
    path: str  # "" for connection states
    detail: str


def format_time(moment: float) -> str:
    """Local time of day to the millisecond: "14:03:59.123"."""
    local = datetime.fromtimestamp(moment)
    return local.strftime("%H:%M:%S.") + f"{local.microsecond // 1000:03d}"


def _iso(moment: float) -> str:
    local = datetime.fromtimestamp(moment).astimezone()
    return local.isoformat(timespec="milliseconds")


class EventRing:
    """The last ``capacity`` entries, each with a sequence number (0 for the first ever).

    Slots are reused: memory stays at ``capacity`` entries however many are added.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = max(1, int(capacity))
        self._slots: list[Any] = [None] * self.capacity
        self.first = 0  # sequence number of the oldest entry kept
        self.end = 0  # sequence number the next entry gets

    def __len__(self) -> int:
        return self.end - self.first

    def at(self, seq: int) -> Any:
        """The entry with that sequence number (which must be kept)."""
        return self._slots[seq % self.capacity]

    def drop_oldest(self, count: int) -> None:
        """Forget the ``count`` oldest entries."""
        count = min(count, len(self))
        slots, cap = self._slots, self.capacity
        for seq in range(self.first, self.first + count):
            slots[seq % cap] = None
        self.first += count

    def extend(self, entries: Sequence[Any]) -> None:
        """Add entries at the end; there must be room (``capacity - len``)."""
        if len(self) + len(entries) > self.capacity:
            raise ValueError("no room in the ring")
        slots, cap, seq = self._slots, self.capacity, self.end
        for entry in entries:
            slots[seq % cap] = entry
            seq += 1
        self.end = seq

    def entries(self) -> list[Any]:
        """Every entry kept, oldest first."""
        return [self.at(seq) for seq in range(self.first, self.end)]


class EventLogModel(QAbstractTableModel):
    """Rows of the log (time, type, path, detail), oldest first, optionally filtered."""

    countsChanged = Signal()  # shown / kept / dropped / waiting changed

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ring = EventRing(capacity)
        self._rows: list[int] | None = None  # seqs shown under a filter (None: all)
        self._accept: Callable[[LogEntry], bool] | None = None
        self._incoming: list[LogEntry] = []
        self._waiting: deque[LogEntry] = deque()  # held back while paused
        self._paused = False
        self.dropped = 0  # entries that left (or never entered) the ring
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._headers = (
            translate("EventLog", "Time"),
            translate("EventLog", "Type"),
            translate("EventLog", "Path"),
            translate("EventLog", "Detail"),
        )

    # -- contents ---------------------------------------------------------------------

    @property
    def capacity(self) -> int:
        return self._ring.capacity

    def set_capacity(self, capacity: int) -> None:
        """Keep the last ``capacity`` entries from now on (the newest are kept)."""
        self.flush()
        kept = self._ring.entries()[-max(1, capacity) :]
        self.dropped += len(self._ring) - len(kept)
        self.beginResetModel()
        self._ring = EventRing(capacity)
        self._ring.extend(kept)
        self._rows = self._matching(self._ring.first, kept) if self._accept else None
        self.endResetModel()
        self.countsChanged.emit()

    def add(self, entries: Iterable[LogEntry]) -> None:
        """Queue entries; they reach the view at the next flush (or on resume)."""
        self._incoming.extend(entries)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Show the queued entries now (held back instead while paused)."""
        self._flush_timer.stop()
        batch, self._incoming = self._incoming, []
        if not batch:
            return
        if self._paused:
            waiting = self._waiting
            waiting.extend(batch)
            over = len(waiting) - self.capacity
            for _ in range(max(0, over)):
                waiting.popleft()
            self.dropped += max(0, over)
            self.countsChanged.emit()
            return
        self._commit(batch)

    def _commit(self, batch: list[LogEntry]) -> None:
        ring = self._ring
        if len(batch) > ring.capacity:  # more than the ring holds: only the newest go in
            self.dropped += len(batch) - ring.capacity
            batch = batch[-ring.capacity :]
        room = ring.capacity - len(ring)
        if len(batch) > room:
            self._drop_oldest(len(batch) - room)
        first_new = ring.end
        if self._rows is None:
            row = len(ring)
            self.beginInsertRows(QModelIndex(), row, row + len(batch) - 1)
            ring.extend(batch)
            self.endInsertRows()
        else:
            ring.extend(batch)
            shown = self._matching(first_new, batch)
            if shown:
                row = len(self._rows)
                self.beginInsertRows(QModelIndex(), row, row + len(shown) - 1)
                self._rows.extend(shown)
                self.endInsertRows()
        self.countsChanged.emit()

    def _drop_oldest(self, count: int) -> None:
        ring = self._ring
        self.dropped += count
        if self._rows is None:
            self.beginRemoveRows(QModelIndex(), 0, count - 1)
            ring.drop_oldest(count)
            self.endRemoveRows()
            return
        ring.drop_oldest(count)
        gone = bisect.bisect_left(self._rows, ring.first)
        if gone:
            self.beginRemoveRows(QModelIndex(), 0, gone - 1)
            del self._rows[:gone]
            self.endRemoveRows()

    def _matching(self, first_seq: int, entries: Sequence[LogEntry]) -> list[int]:
        accept = self._accept
        if accept is None:
            return list(range(first_seq, first_seq + len(entries)))
        return [first_seq + i for i, entry in enumerate(entries) if accept(entry)]

    def clear(self) -> None:
        """Forget every entry, the waiting ones and the dropped count."""
        self._incoming = []
        self._waiting.clear()
        self.beginResetModel()
        self._ring = EventRing(self._ring.capacity)
        self._rows = [] if self._accept is not None else None
        self.dropped = 0
        self.endResetModel()
        self.countsChanged.emit()

    # -- filter and pause -------------------------------------------------------------

    def set_filter(self, types: Iterable[str] | None = None, path_text: str = "") -> None:
        """Show only entries of ``types`` (None: all) whose path matches ``path_text``
        (as the search's Path field: plain text anywhere, or a glob; "" matches all).

        Raises InvalidPattern (a sentence) for a bad glob; the filter is then unchanged.
        """
        wanted = None if types is None else frozenset(types)
        path_ok: Callable[[str], bool] | None = None
        if path_text:
            match, _data = compile_criteria(SearchCriteria(text=path_text, field=FIELD_PATH))
            path_ok = lambda p: bool(p) and match(p, "", None, None)  # noqa: E731
        if wanted is None and path_ok is None:
            accept = None
        else:

            def accept(entry: LogEntry) -> bool:
                if wanted is not None and entry.type not in wanted:
                    return False
                return path_ok is None or path_ok(entry.path)

        self.flush()
        self.beginResetModel()
        self._accept = accept
        ring = self._ring
        self._rows = None if accept is None else self._matching(ring.first, ring.entries())
        self.endResetModel()
        self.countsChanged.emit()

    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        """Hold new entries back (they wait, bounded) or show them all now."""
        if paused == self._paused:
            return
        self.flush()
        self._paused = paused
        if not paused and self._waiting:
            waiting = list(self._waiting)
            self._waiting.clear()
            self._commit(waiting)
        self.countsChanged.emit()

    # -- what is there ----------------------------------------------------------------

    @property
    def kept(self) -> int:
        """Entries in the ring."""
        return len(self._ring)

    @property
    def waiting(self) -> int:
        """Entries held back by the pause."""
        return len(self._waiting)

    def entry(self, row: int) -> LogEntry | None:
        """The entry shown at ``row``."""
        rows = self._rows
        if rows is None:
            ring = self._ring
            return ring.at(ring.first + row) if 0 <= row < len(ring) else None
        return self._ring.at(rows[row]) if 0 <= row < len(rows) else None

    def shown_entries(self) -> list[LogEntry]:
        """Every entry shown, in order."""
        ring = self._ring
        if self._rows is None:
            return ring.entries()
        return [ring.at(seq) for seq in self._rows]

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ring) if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == TIME:
                return format_time(entry.time)
            return entry[column]  # (type, path, detail follow time in the tuple)
        if role == _TOOLTIP:
            if column == TIME:
                return _iso(entry.time)
            if column == TYPE:
                return type_tooltip(entry.type)
            return entry[column] or None
        if role == PathRole:
            return entry.path
        return None


class EventLog(QObject):
    """What one connection's session reports, as log entries in an :class:`EventLogModel`."""

    saved = Signal(str, int)  # file name, rows written
    saveFailed = Signal(str)  # a sentence

    def __init__(
        self, session: ZkSession, capacity: int = DEFAULT_CAPACITY, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.model = EventLogModel(capacity, self)
        self._files = JobRunner(self, workers=1, name="event-log")
        # Which watch reported an event (the Detail column).
        self._sources = (
            translate("EventLog", "subtree watch"),
            translate("EventLog", "children watch"),
            translate("EventLog", "data watch"),
        )
        session.watchEvents.connect(self._on_watch_events)
        session.stateChanged.connect(self._on_state)
        session.resynced.connect(self._on_resynced)
        session.ephemeralsLost.connect(self._on_ephemerals_lost)
        session.subtreeWatchArmed.connect(self._on_armed)
        session.subtreeWatchFailed.connect(lambda path, text: self.note("WATCH", path, text))
        session.watchesCleared.connect(
            lambda path: self.note(
                "WATCH", path, translate("EventLog", "Stopped watching this subtree.")
            )
        )

    def note(self, kind: str, path: str = "", detail: str = "") -> None:
        """Log one entry of ``kind`` now."""
        self.model.add([LogEntry(time.time(), kind, path, detail)])

    def _on_watch_events(self, events: list[WatchEvent]) -> None:
        subtree, children, data = self._sources
        self.model.add(
            [
                LogEntry(
                    e.time,
                    e.type,
                    e.path,
                    subtree if e.in_subtree else children if e.type == "CHILD" else data,
                )
                for e in events
            ]
        )

    def _on_state(self, state: str, detail: str) -> None:
        kind = _STATE_NAMES.get(state)
        if kind is None:
            return
        if state == zsession.CONNECTED and detail:
            detail = translate("EventLog", "to {0}").format(detail)
        self.note(kind, "", detail)

    def _on_resynced(self, new_session: bool) -> None:
        sid = self._session.session_id
        sid_text = f"0x{sid:x}" if sid is not None else "?"
        if new_session:
            text = translate(
                "EventLog", "New session {0} (the old one expired); watches set again."
            )
        else:
            text = translate("EventLog", "Same session {0}; watches set again.")
        self.note("RECONNECTED", "", text.format(sid_text))

    def _on_ephemerals_lost(self, lost: list[str]) -> None:
        detail = translate(
            "EventLog", "Ephemeral node this app created; deleted with the expired session."
        )
        now = time.time()
        self.model.add([LogEntry(now, "EXPIRED", path, detail) for path in lost])

    def _on_armed(self, path: str, again: bool) -> None:
        if again:
            text = translate(
                "EventLog",
                "Watching this subtree again after the reconnect; changes made while "
                "disconnected are not in the log.",
            )
        else:
            text = translate("EventLog", "Watching this subtree: every change below it is logged.")
        self.note("WATCH", path, text)

    # -- copy and save ----------------------------------------------------------------

    @staticmethod
    def as_text(entries: Iterable[LogEntry]) -> str:
        """Entries as tab-separated lines (time, type, path, detail), for the clipboard."""
        return "\n".join(
            f"{format_time(e.time)}\t{e.type}\t{e.path}\t{e.detail}".rstrip("\t") for e in entries
        )

    def save_csv(self, file_name: str) -> None:
        """Write the rows shown to a CSV file, off the GUI thread; `saved` or `saveFailed`."""
        self.model.flush()
        entries = self.model.shown_entries()

        def write(_job: Any) -> int:
            with open(file_name, "w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["time", "type", "path", "detail"])
                for e in entries:
                    writer.writerow([_iso(e.time), e.type, e.path, e.detail])
            return len(entries)

        self._files.start(
            write,
            lambda count: self.saved.emit(file_name, count),
            lambda exc: self.saveFailed.emit(
                translate("EventLog", "Could not write {0}: {1}").format(
                    file_name, getattr(exc, "strerror", exc)
                )
            ),
        )

    def shutdown(self) -> None:
        """Stop the file writer's thread (the page is closing)."""
        self._files.shutdown(wait=False)
