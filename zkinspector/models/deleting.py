"""Deleting nodes with their subtrees: count first, then delete with progress and stop.

One :class:`SubtreeDelete` per request of the user. It counts what will go, deletes on
the session's workers (leaves first, in transactions), and ends with a report that says
exactly what was deleted and what is still on the server.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..zk import paths
from ..zk.delete import DeleteResult, delete_tree
from ..zk.errors import describe
from ..zk.session import DISCONNECTED, Job, ZkSession
from ..zk.walk import count_subtree

__all__ = ["SubtreeDelete"]


class SubtreeDelete(QObject):
    """Deletes ``targets`` (and everything under them) through ``session``."""

    counted = Signal(int)  # nodes that will go, subtrees included
    countFailed = Signal(str)  # sentence
    started = Signal()
    progress = Signal(int, object)  # done, total (None while unknown)
    finished = Signal(str, bool)  # report, True if everything asked for is gone
    parentsChanged = Signal(list)  # paths whose children changed: list them again

    def __init__(self, session: ZkSession, targets: list[str], parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._targets = list(targets)
        self._count_job: Job | None = None
        self._job: Job | None = None
        session.stateChanged.connect(self._on_state)

    @property
    def targets(self) -> list[str]:
        return list(self._targets)

    @property
    def running(self) -> bool:
        return self._job is not None

    def count(self) -> None:
        """Count the nodes that would go; ends in ``counted`` or ``countFailed``."""
        targets = self._targets
        self._count_job = self._session.submit_long(
            lambda client, job: count_subtree(
                client, targets, cancelled=lambda: job.stop_requested
            ),
            self.counted.emit,
            lambda exc: self.countFailed.emit(describe(exc)),
        )

    def abandon(self) -> None:
        """The user walked away before deleting: stop counting, report nothing."""
        if self._count_job is not None:
            self._count_job.abandon()

    def start(self) -> None:
        """Delete; ``progress`` while it runs, then ``finished`` with the report."""
        targets, limit = self._targets, self._session.request_limit

        def run(client, job) -> DeleteResult:
            return delete_tree(
                client,
                targets,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
                request_limit=limit,
            )

        self._job = self._session.submit_long(
            run, self._deleted, self._failed, self.progress.emit, write=True
        )
        self.started.emit()

    def stop(self) -> None:
        """Stop after the transaction in flight; the report then says what was done."""
        if self._job is not None:
            self._job.stop()

    def _deleted(self, result: DeleteResult) -> None:
        self._job = None
        for path in self._targets:
            if path not in result.remaining:
                self._session.forget_ephemerals(path)
        lines = [self.tr("%Ln node(s) deleted.", "", result.deleted)]
        if result.cancelled:
            lines.append(self.tr("Stopped before the end."))
        if result.remaining:
            shown = ", ".join(result.remaining[:10])
            lines.append(self.tr("Still on the server: %s") % shown)
        for path, exc in result.errors[:10]:
            lines.append(describe(exc, path))
        if len(result.errors) > 10:
            more = len(result.errors) - 10
            lines.append(self.tr("… and %n more error(s).", "", more))
        ok = not result.remaining and not result.errors
        self.finished.emit("\n".join(lines), ok)
        self.parentsChanged.emit(sorted({paths.dirname(p) for p in self._targets}))

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.finished.emit(describe(exc), False)
        self.parentsChanged.emit(sorted({paths.dirname(p) for p in self._targets}))

    def _on_state(self, state: str, _detail: str) -> None:
        if self._job is not None and state == DISCONNECTED:
            # The job's result is dropped with the connection: say so now.
            self._job = None
            self.finished.emit(
                self.tr("The connection was closed; refresh to see what remains."), False
            )
