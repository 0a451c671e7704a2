"""The one way from worker threads to the GUI thread: jobs on a pool, answers as signals.

A :class:`JobRunner` runs ``work(job)`` on a small thread pool. What the work hands back
reaches the runner's thread (the GUI thread) as queued signals, never inside the call
that started it:

- its result or its error, once, at the end (``on_result`` / ``on_error``);
- items it streams with ``job.emit`` / ``job.emit_many`` (``on_items(list)``) and its
  progress (``job.report`` -> ``on_progress(done, total)``), batched and delivered at most
  once every :data:`FLUSH_SECONDS`: 100,000 search results cost the GUI thread a few
  hundred list appends, not 100,000 calls. Whatever is pending is delivered before the
  result or the error.

Nothing of a job arrives once it is abandoned, or once the runner moved to a new
generation (the session does at every connect and disconnect).

Only ``QtCore`` is used: code without a ZooKeeper client (the sandbox) runs its work here
too, and :class:`zk.session.ZkSession` adds the client and the connection checks.
"""

from __future__ import annotations

import itertools
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

__all__ = ["FLUSH_SECONDS", "ErrorFn", "ItemsFn", "Job", "JobRunner", "ProgressFn", "ResultFn"]

log = logging.getLogger(__name__)

FLUSH_SECONDS = 0.05
"""Streamed items and progress of one job reach the GUI thread at most this often."""

ResultFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]
ProgressFn = Callable[[int, "int | None"], None]
ItemsFn = Callable[[list], None]


class Job:
    """One piece of work on a :class:`JobRunner`; its callbacks run on the runner's thread.

    Two ways to end it early, from the GUI thread:

    - :meth:`stop` asks the work to stop soon; it still reports what it did (a partial
      delete comes back as its result).
    - :meth:`abandon` stops it and drops its callbacks: nothing of it arrives any more.

    The work checks :attr:`stop_requested` between batches, and may call :meth:`report`,
    :meth:`emit` and :meth:`emit_many` from its thread.
    """

    _ids = itertools.count(1)

    def __init__(
        self,
        runner: JobRunner,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
        on_items: ItemsFn | None = None,
        on_dropped: ResultFn | None = None,
    ) -> None:
        self.id = next(self._ids)
        self.generation = runner.generation
        self.on_result = on_result
        self.on_error = on_error
        self.on_progress = on_progress
        self.on_items = on_items
        self.on_dropped = on_dropped
        self._runner = runner
        self._stop = threading.Event()
        self._abandoned = threading.Event()
        self._ended = threading.Event()  # the work function returned (or never ran)
        self._lock = threading.Lock()  # guards what waits for delivery:
        self._items: list[Any] = []
        self._progress: tuple[int, int | None] | None = None
        self._flush_asked = False
        self._last_flush = 0.0  # (GUI thread only)

    # -- from the GUI thread ----------------------------------------------------------

    def stop(self) -> None:
        """Ask the work to stop soon; its result (what it did so far) still arrives."""
        self._stop.set()

    def abandon(self) -> None:
        """Stop the work and drop its callbacks: none of them is called any more."""
        self._abandoned.set()
        self._stop.set()

    @property
    def abandoned(self) -> bool:
        """True once :meth:`abandon` was called."""
        return self._abandoned.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work function has returned (or was skipped); False on timeout."""
        return self._ended.wait(timeout)

    # -- from the worker --------------------------------------------------------------

    @property
    def stop_requested(self) -> bool:
        """True once the work should stop (stop or abandon): the check made between batches."""
        return self._stop.is_set()

    def report(self, done: int, total: int | None = None) -> None:
        """Report progress; the latest value reaches ``on_progress`` (throttled)."""
        if self.on_progress is None:
            return
        with self._lock:
            self._progress = (done, total)
            if self._flush_asked:
                return
            self._flush_asked = True
        self._runner._ask_flush(self)

    def emit(self, item: Any) -> None:
        """Stream one item to ``on_items`` (batched with the others)."""
        with self._lock:
            self._items.append(item)
            if self._flush_asked:
                return
            self._flush_asked = True
        self._runner._ask_flush(self)

    def emit_many(self, items: Iterable[Any]) -> None:
        """Stream several items to ``on_items`` (batched with the others)."""
        with self._lock:
            before = len(self._items)
            self._items.extend(items)
            if self._flush_asked or len(self._items) == before:
                return
            self._flush_asked = True
        self._runner._ask_flush(self)

    def _take(self) -> tuple[list[Any], tuple[int, int | None] | None]:
        with self._lock:
            items, self._items = self._items, []
            progress, self._progress = self._progress, None
            self._flush_asked = False
        return items, progress


class JobRunner(QObject):
    """A thread pool whose jobs answer on the thread that owns the runner.

    ``generation`` drops the answers of everything started before
    :meth:`next_generation` was called (a reconnect).
    """

    _finished = Signal(object, object, object)  # job, result, exception (worker -> owner)
    _flush = Signal(object)  # job with items or progress waiting

    def __init__(
        self, parent: QObject | None = None, *, workers: int = 4, name: str = "job"
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self.generation = 0
        # Queued always, also when emitted on this thread: a callback never runs
        # inside the call that started its job.
        queued = Qt.ConnectionType.QueuedConnection
        self._finished.connect(self._deliver, queued)
        self._flush.connect(self._on_flush_asked, queued)

    def next_generation(self) -> int:
        """Start a new generation: answers of jobs started before are dropped."""
        self.generation += 1
        return self.generation

    def start(
        self,
        work: Callable[[Job], Any],
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
        on_items: ItemsFn | None = None,
        *,
        on_dropped: ResultFn | None = None,
    ) -> Job:
        """Run ``work(job)`` on the pool; returns the job at once.

        ``on_dropped(result)`` is called instead of ``on_result`` when the job ended with
        a result after it was abandoned or its generation ended (to release what the
        result holds). Raises RuntimeError after :meth:`shutdown`.
        """
        job = Job(self, on_result, on_error, on_progress, on_items, on_dropped)
        self._pool.submit(self._run, job, work)
        return job

    def fail(self, exc: BaseException, on_error: ErrorFn | None = None) -> Job:
        """A job that fails with ``exc`` at once, without running (delivered queued)."""
        job = Job(self, on_error=on_error)
        job._ended.set()
        self._finished.emit(job, None, exc)
        return job

    def shutdown(self, wait: bool = True) -> None:
        """Stop the worker threads; work not yet started is dropped."""
        self._pool.shutdown(wait=wait, cancel_futures=True)

    def is_current(self, job: Job) -> bool:
        """True while the job's callbacks are still to be called."""
        return not job.abandoned and job.generation == self.generation

    # -- worker side ------------------------------------------------------------------

    def _run(self, job: Job, work: Callable[[Job], Any]) -> None:
        try:
            if job.abandoned:
                return
            try:
                result = work(job)
            except BaseException as exc:  # noqa: BLE001 - handed to the job's error callback
                self._finished.emit(job, None, exc)
            else:
                self._finished.emit(job, result, None)
        finally:
            job._ended.set()

    def _ask_flush(self, job: Job) -> None:
        self._flush.emit(job)

    # -- owner's thread ---------------------------------------------------------------

    @Slot(object)
    def _on_flush_asked(self, job: Job) -> None:
        delay = job._last_flush + FLUSH_SECONDS - time.monotonic()
        if delay > 0:
            QTimer.singleShot(math.ceil(delay * 1000), self, lambda: self._deliver_pending(job))
        else:
            self._deliver_pending(job)

    def _deliver_pending(self, job: Job) -> None:
        items, progress = job._take()
        if not self.is_current(job) or (not items and progress is None):
            return
        job._last_flush = time.monotonic()
        if items and job.on_items is not None:
            job.on_items(items)
        if progress is not None and job.on_progress is not None and self.is_current(job):
            job.on_progress(*progress)

    @Slot(object, object, object)
    def _deliver(self, job: Job, result: Any, exc: BaseException | None) -> None:
        self._deliver_pending(job)
        if not self.is_current(job):
            if exc is None and result is not None and job.on_dropped is not None:
                job.on_dropped(result)
            return
        if exc is None:
            if job.on_result is not None:
                job.on_result(result)
        elif job.on_error is not None:
            job.on_error(exc)
        else:
            log.warning("unhandled job error: %s", exc)
