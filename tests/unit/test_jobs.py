"""The job runner (zk/jobs.py): results, streamed items, progress, stop and abandon."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from zkinspector.zk.jobs import FLUSH_SECONDS, Job, JobRunner

WAIT = 15_000  # ms


@pytest.fixture
def runner(qapp) -> Iterator[JobRunner]:
    jobs = JobRunner(workers=2, name="test-job")
    yield jobs
    jobs.shutdown(wait=True)


def test_result_and_error_arrive_on_the_gui_thread_never_inside_the_call(qtbot, runner) -> None:
    got: list[tuple[str, object, threading.Thread]] = []
    runner.start(lambda job: 42, lambda r: got.append(("result", r, threading.current_thread())))
    runner.start(
        lambda job: 1 / 0, on_error=lambda e: got.append(("error", e, threading.current_thread()))
    )
    runner.fail(ValueError("refused"), lambda e: got.append(("failed", e, None)))
    assert got == []  # nothing is delivered inside the calls
    qtbot.waitUntil(lambda: len(got) == 3, timeout=WAIT)
    by_kind = {kind: value for kind, value, _ in got}
    assert by_kind["result"] == 42
    assert isinstance(by_kind["error"], ZeroDivisionError)
    assert str(by_kind["failed"]) == "refused"
    assert all(t in (None, threading.main_thread()) for _, _, t in got)


def test_items_stream_in_batches_the_last_before_the_result(qtbot, runner) -> None:
    events: list[tuple[str, object, float]] = []
    halfway = threading.Event()

    def work(job: Job) -> str:
        for i in range(50_000):
            job.emit(i)
        job.report(50_000, 100_000)
        halfway.wait(WAIT / 1000)  # the first half is shown before the work goes on
        job.emit_many(range(50_000, 100_000))
        job.report(100_000, 100_000)
        return "done"

    def on_items(items: list) -> None:
        events.append(("items", items, time.monotonic()))

    def on_progress(done: int, total: int | None) -> None:
        events.append(("progress", (done, total), time.monotonic()))
        if done == 50_000:
            halfway.set()

    runner.start(work, lambda r: events.append(("result", r, 0.0)), None, on_progress, on_items)
    qtbot.waitUntil(lambda: bool(events) and events[-1][0] == "result", timeout=WAIT)

    items = [x for kind, batch, _ in events if kind == "items" for x in batch]
    assert items == list(range(100_000))
    item_events = [e for e in events if e[0] == "items"]
    assert 2 <= len(item_events) < 1000  # batched: not one call per item
    assert events[-2][:2] == ("progress", (100_000, 100_000))
    # Deliveries are at least FLUSH_SECONDS apart, except the last one, which comes at once
    # with the result.
    times = [t for _, _, t in item_events]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)][:-1]
    assert all(gap >= FLUSH_SECONDS - 0.002 for gap in gaps), gaps


def test_stop_still_reports_and_abandon_drops_everything(qtbot, runner) -> None:
    release = threading.Event()

    def work(job: Job) -> int:
        done = 0
        job.emit("first")
        release.wait(WAIT / 1000)
        while not job.stop_requested and done < 10**9:
            done += 1
        job.emit("late")
        return done

    stopped: list[object] = []
    stopped_items: list[object] = []
    job = runner.start(work, stopped.append, on_items=stopped_items.extend)
    abandoned: list[object] = []
    other = runner.start(
        work, abandoned.append, abandoned.append, abandoned.append, abandoned.extend
    )
    qtbot.waitUntil(lambda: stopped_items == abandoned == ["first"], timeout=WAIT)
    job.stop()
    other.abandon()
    assert job.stop_requested and not job.abandoned
    assert other.stop_requested and other.abandoned
    release.set()
    qtbot.waitUntil(lambda: bool(stopped), timeout=WAIT)
    assert stopped[0] < 10**9 and stopped_items == ["first", "late"]
    assert other.wait(WAIT / 1000)
    qtbot.wait(3 * int(FLUSH_SECONDS * 1000))  # anything queued would have arrived by now
    assert abandoned == ["first"]  # neither "late" nor a result after abandon()


def test_stop_before_the_work_starts_still_runs_it_to_report(qtbot, runner) -> None:
    """A job stopped while queued runs anyway, sees stop_requested, and reports."""
    single = JobRunner(workers=1)
    busy = threading.Event()
    try:
        single.start(lambda job: busy.wait(WAIT / 1000))
        results: list[object] = []
        job = single.start(lambda job: "stopped" if job.stop_requested else "ran", results.append)
        job.stop()
        busy.set()
        qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
        assert results == ["stopped"]
    finally:
        busy.set()
        single.shutdown(wait=True)


def test_a_new_generation_drops_older_answers_and_hands_results_to_on_dropped(
    qtbot, runner
) -> None:
    release = threading.Event()
    got: list[object] = []
    dropped: list[object] = []
    runner.start(
        lambda job: release.wait(WAIT / 1000) and "old", got.append, on_dropped=dropped.append
    )
    runner.next_generation()
    runner.start(lambda job: "new", got.append)
    release.set()
    qtbot.waitUntil(lambda: bool(dropped), timeout=WAIT)
    assert got == ["new"] and dropped == ["old"]
