"""A search over a connection's tree, run as one streaming job of its session: the hits
and the progress come back by signal while the walk goes on; it can be stopped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..zk import search as zsearch
from ..zk.errors import Cancelled, describe
from ..zk.jobs import Job
from ..zk.session import CONNECTED, ZkSession

__all__ = ["SearchRun"]


class SearchRun(QObject):
    """One search at a time. A stopped or abandoned search reports nothing more."""

    hits = Signal(list)  # SearchHit, in batches
    progress = Signal(int, object)  # nodes visited, nodes in all (None: unknown)
    finished = Signal()  # the walk reached its end
    stopped = Signal()  # the walk gave up, as asked
    failed = Signal(str)  # a sentence (the root named)
    interrupted = Signal()  # the connection went away while it ran

    def __init__(self, session: ZkSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._job: Job | None = None
        session.stateChanged.connect(self._on_state)

    def is_running(self) -> bool:
        return self._job is not None

    def start(self, criteria: zsearch.SearchCriteria) -> None:
        """Search the tree under ``criteria.root`` (the caller checked the criteria and
        the connection)."""

        def run(client: Any, job: Job) -> None:
            hits = zsearch.search(
                client, criteria, cancelled=lambda: job.stop_requested, progress=job.report
            )
            for hit in hits:
                job.emit(hit)

        self._job = self._session.submit_stream(
            run,
            self.hits.emit,
            lambda _result: self._end(self.finished),
            lambda exc: self._failed(exc, criteria.root),
            self.progress.emit,
        )

    def stop(self) -> None:
        """Abandon the running search (its later results are dropped)."""
        job, self._job = self._job, None
        if job is not None:
            job.abandon()

    def _end(self, signal) -> None:
        self._job = None
        signal.emit()

    def _failed(self, exc: BaseException, root: str) -> None:
        self._job = None
        if isinstance(exc, Cancelled):
            self.stopped.emit()
        else:
            self.failed.emit(describe(exc, root))

    def _on_state(self, state: str, _detail: str) -> None:
        if state != CONNECTED and self._job is not None:
            self.stop()
            self.interrupted.emit()
