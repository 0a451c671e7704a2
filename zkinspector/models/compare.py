"""Comparing two subtrees, maybe of two clusters, and making the target like the source.

The source is side A and the target side B of ``zk/compare.py``: "added" is a node only
the target has, "removed" one only the source has (as ``diff source target`` says).
:class:`CompareRun` streams the differences into a :class:`DifferenceModel` as the walk
finds them; :class:`MakeLike` changes the target so that the chosen differences (or all)
are gone, and reports; :class:`DataPair` reads a node's data on both sides for the diff
view. All run through the session's jobs (``submit_with``: one job reads both sides).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..zk import paths
from ..zk.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    CompareResult,
    Difference,
    compare_trees,
    make_like,
)
from ..zk.errors import Cancelled
from ..zk.reads import node_data
from ..zk.session import DISCONNECTED, Job, ZkSession
from .transfer import TransferJob, sentence

__all__ = [
    "ADDED",
    "CHANGED",
    "PATH",
    "REMOVED",
    "WHAT",
    "CompareRun",
    "Compared",
    "DataPair",
    "DifferenceModel",
    "MakeLike",
]

PATH, WHAT = 0, 1
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class DifferenceModel(QAbstractTableModel):
    """Rows of ``zk.compare.Difference``: the path (relative to both roots) and what
    differs. Rows are appended in batches (one insert each) while a comparison runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Difference] = []
        self._roots = ("/", "/")
        self._headers = (self.tr("Path"), self.tr("Difference"))
        self._words = {
            ADDED: self.tr("added"),
            REMOVED: self.tr("removed"),
            "data": self.tr("data"),
            "acl": self.tr("ACL"),
            "kind": self.tr("kind"),
        }
        self._tips = {
            ADDED: self.tr("added: only in the target"),
            REMOVED: self.tr("removed: only in the source"),
            "data": self.tr("data: the data differs"),
            "acl": self.tr("ACL: the ACL differs"),
        }

    # -- contents ---------------------------------------------------------------------

    def reset(self, source_root: str, target_root: str) -> None:
        """Drop every row; the next rows are relative to these roots."""
        self.beginResetModel()
        self._rows = []
        self._roots = (source_root, target_root)
        self.endResetModel()

    def append(self, rows: Iterable[Difference]) -> None:
        batch = list(rows)
        if not batch:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def row(self, row: int) -> Difference | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Difference]:
        return list(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def absolute(self, rel: str) -> tuple[str, str]:
        """(source path, target path) of a relative path."""
        source, target = self._roots
        if not rel:
            return source, target
        names = rel.split("/")
        return paths.join(source, *names), paths.join(target, *names)

    def kinds(self, diff: Difference) -> tuple[str, ...]:
        """What differs: ("added",), ("removed",), or the fields ("data", "acl", "kind")."""
        return diff.fields if diff.status == CHANGED else (diff.status,)

    def describe(self, diff: Difference) -> str:
        """What differs, in words: "added", "data, ACL"..."""
        return ", ".join(self._words.get(k, k) for k in self.kinds(diff))

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 2:
            return None
        if role == _DISPLAY:
            return self._headers[section]
        if role == _TOOLTIP and section == WHAT:
            return "\n".join(self._tips.values())
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        diff = self.row(index.row()) if index.isValid() else None
        if diff is None:
            return None
        if role == _DISPLAY:
            return diff.shown() if index.column() == PATH else self.describe(diff)
        if role == _TOOLTIP:
            source, target = self.absolute(diff.path)
            lines = [self.tr("Source: %s") % source, self.tr("Target: %s") % target]
            lines += [self._tips[k] for k in self.kinds(diff) if k in self._tips]
            return "\n".join(lines)
        return None


@dataclass(frozen=True)
class Compared:
    """How a comparison ended: nodes compared, whether it was stopped, a sentence when it
    failed, and the nodes a side could not read (not compared)."""

    compared: int
    stopped: bool = False
    error: str = ""
    unreadable: list[str] = field(default_factory=list)


class CompareRun(QObject):
    """One comparison at a time: ``found(list[Difference])`` as they come, ``progress``,
    then ``finished(Compared)``. Runs on the source's session, reading the target's."""

    found = Signal(list)
    progress = Signal(int, object)
    finished = Signal(object)  # Compared

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._seen = 0
        self._sessions: tuple[ZkSession, ...] = ()

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, source: ZkSession, source_root: str, target: ZkSession, target_root: str):
        self.abandon()
        self._seen = 0
        self._sessions = (source,) if source is target else (source, target)
        for session in self._sessions:
            session.stateChanged.connect(self._on_state)

        def run(client, other, job) -> CompareResult:
            return compare_trees(
                client,
                source_root,
                other,
                target_root,
                emit=job.emit,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
            )

        self._job = source.submit_with(
            target, run, self._done, self._failed, self._progress, self.found.emit
        )

    def stop(self) -> None:
        """Stop the walk; the rows found so far stay."""
        if self._job is not None:
            self._job.stop()

    def abandon(self) -> None:
        if self._job is not None:
            self._job.abandon()
        self._end()

    def _progress(self, done: int, total: int | None) -> None:
        self._seen = done
        self.progress.emit(done, total)

    def _done(self, result: CompareResult) -> None:
        self._end()
        unreadable = [f"{p} (source)" for p in result.unreadable_a]
        unreadable += [f"{p} (target)" for p in result.unreadable_b]
        self.finished.emit(Compared(result.compared, unreadable=unreadable))

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            self.finished.emit(Compared(self._seen, stopped=True))
        else:
            self.finished.emit(Compared(self._seen, error=sentence(exc)))

    def _on_state(self, state: str, _detail: str) -> None:
        if self._job is not None and state == DISCONNECTED:
            self._job.abandon()
            self._end()
            text = self.tr("A connection was closed; the comparison stopped.")
            self.finished.emit(Compared(self._seen, stopped=True, error=text))

    def _end(self) -> None:
        self._job = None
        for session in self._sessions:
            session.stateChanged.disconnect(self._on_state)
        self._sessions = ()


class MakeLike(TransferJob):
    """Changes the target so that differences are gone: nodes only the source has are
    created, changed ones get the source's data and ACL, nodes only the target has are
    deleted with their subtrees. Runs on the target's session, reading the source's."""

    def start(
        self,
        source: ZkSession,
        source_root: str,
        target_root: str,
        differences: list[Difference],
    ) -> None:
        limit, diffs = self._session.request_limit, list(differences)
        self._submit(
            lambda client, other, job: make_like(
                other,
                source_root,
                client,
                target_root,
                diffs,
                target="b",
                request_limit=limit,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
            ),
            lambda result: self.finished.emit(self._written_report(result)),
            write=True,
            other=source,
        )


class DataPair(QObject):
    """Reads a node's data on both sides: ``read(source bytes, target bytes)`` or
    ``failed(sentence)``."""

    read = Signal(bytes, bytes)
    failed = Signal(str)

    def start(self, source: ZkSession, source_path: str, target: ZkSession, target_path: str):
        source.submit_with(
            target,
            lambda client, other, _job: (
                node_data(client, source_path),
                node_data(other, target_path),
            ),
            lambda pair: self.read.emit(*pair),
            lambda exc: self.failed.emit(sentence(exc)),
        )
