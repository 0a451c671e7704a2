"""The event log under churn: ~1,000 events a second with the log open and a subtree watch.

The real main window (offscreen) watches ``/churn`` as a subtree (one persistent
recursive watch) with the Event Log and Node History docks shown, while another process
(``bench_churn.py --worker``) creates, deletes and sets nodes below it at ``--rate``
changes a second for ``--seconds``. Every change is one watch event, logged, and read
back for the history. The log keeps ``--capacity`` rows (20,000: full after ~20 s, so
the run shows the ring at work). Reported:

- events logged per second, and how many rows the ring dropped;
- RSS once the log's ring and the history are full (the history keeps 20,000 values)
  and at the end, and the growth between (memory bounded: target under 10 %); the
  history's entries and bytes;
- the longest GUI-thread stall during the churn (a 10 ms heartbeat's largest gap;
  target at most 50 ms), with the GUI thread's own CPU time in it, and the most CPU
  time the GUI thread spent between two ticks: on a loaded machine a long gap with
  little CPU in it is time the thread waited for a core or for the GIL.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_events.py [--server HOST:PORT]

Without ``--server`` it starts its own ZooKeeper. ``run_all.py`` calls ``measure(connect)``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import uuid

from bench_churn import PARENTS, START_CHILDREN, rss_mb, wait_until
from bench_env import ROOT, on_server, open_window  # noqa: F401 - sys.path, offscreen, throw-away home
from kazoo.client import KazooClient

STALL_TARGET_MS = 50.0
RSS_TARGET = 0.10
CHURN_SCRIPT = str(ROOT / "benchmarks" / "bench_churn.py")


def run(connect: str, seconds: float, rate: float, capacity: int) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench_events"])
    chroot = f"/bench-events-{uuid.uuid4().hex[:8]}"
    admin = KazooClient(connect, timeout=10)
    admin.start(timeout=15)
    admin.ensure_path(chroot)
    hosts = connect + chroot
    for parent in PARENTS:
        admin.ensure_path(chroot + parent)
        tx = admin.transaction()
        for i in range(START_CHILDREN):
            tx.create(f"{chroot}{parent}/s{i}", b"x" * 32)
        tx.commit()

    window = open_window(["zkinspector", "--server", hosts])
    page = window.page
    model = page.eventLog.model
    try:
        wait_until(lambda: page.session.is_connected and page.model.index(0, 0).isValid())
        page.set_limits(capacity, 100, 64)
        page.reveal("/churn")
        wait_until(lambda: page.current_path() == "/churn")
        window.actions.actionWatchSubtree.trigger()
        wait_until(lambda: page.session.subtree_watches == ["/churn"])
        window.actions.actionNodeHistory.trigger()
        window.resize(1280, 860)

        # The longest gap between ticks, and the GUI thread's own CPU time in the longest
        # gap: a gap with little CPU in it is the machine's (or the GIL's), not our work.
        beats = {"last": time.monotonic(), "cpu": time.thread_time(), "max_gap": 0.0}
        beats["max_cpu"] = beats["gap_cpu"] = 0.0

        def beat() -> None:
            now, cpu = time.monotonic(), time.thread_time()
            gap, used = now - beats["last"], cpu - beats["cpu"]
            if gap > beats["max_gap"]:
                beats["max_gap"], beats["gap_cpu"] = gap, used
            beats["max_cpu"] = max(beats["max_cpu"], used)
            beats["last"], beats["cpu"] = now, cpu

        heartbeat = QTimer()
        heartbeat.timeout.connect(beat)
        store = page.history.store
        samples: list[tuple[bool, float]] = []  # (the log and the history are full, RSS)

        def sample() -> None:
            full = model.kept == capacity and store.entries_total >= store.limits.total
            samples.append((full, rss_mb()))

        sampler = QTimer()
        sampler.timeout.connect(sample)
        before = model.kept + model.dropped
        worker = subprocess.Popen(
            [sys.executable, CHURN_SCRIPT, "--worker", hosts]
            + ["--seconds", str(seconds), "--rate", str(rate)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        start = time.monotonic()
        beats["last"], beats["cpu"] = start, time.thread_time()
        heartbeat.start(10)
        sampler.start(1000)
        wait_until(lambda: worker.poll() is not None, timeout=seconds + 120)
        churn_time = time.monotonic() - start
        out, err = worker.communicate()
        if worker.returncode != 0:
            raise RuntimeError(f"churn worker failed: {err}")
        counts = {k: int(v) for k, v in (item.split("=") for item in out.split())}
        changes = counts["create"] + counts["delete"] + counts["set"]
        # Every change is one event: wait until the log has them all.
        wait_until(lambda: model.kept + model.dropped - before >= changes, timeout=60)
        heartbeat.stop()
        sampler.stop()
        end_rss = rss_mb()
        full = [mb for is_full, mb in samples if is_full]
        base = full[0] if full else end_rss
        return {
            "seconds": churn_time,
            "events": model.kept + model.dropped - before,
            "rate": (model.kept + model.dropped - before) / churn_time,
            "changes": changes,
            "errors": counts["errors"],
            "dropped": model.dropped,
            "kept": model.kept,
            "rss_full": base,
            "rss_end": end_rss,
            "growth": (end_rss - base) / base if base else 0.0,
            "history_entries": store.entries_total,
            "history_mib": store.bytes_total / 1024 / 1024,
            "max_gap_ms": beats["max_gap"] * 1000,
            "gap_cpu_ms": beats["gap_cpu"] * 1000,
            "max_cpu_ms": beats["max_cpu"] * 1000,
        }
    finally:
        page.session.shutdown(wait=True)
        window.close()
        app.processEvents()
        try:
            from zkinspector.zk.delete import delete_tree

            delete_tree(admin, [chroot])
        finally:
            admin.stop()
            admin.close()


def report(r: dict, rate: float, capacity: int) -> str:
    return "\n".join(
        [
            "| measure | value | target |",
            "|---|---|---|",
            f"| churn | {r['changes']:,} changes in {r['seconds']:.0f} s | ~{rate:,.0f}/s |",
            f"| events logged | {r['events']:,} ({r['rate']:,.0f}/s) | one per change |",
            f"| rows kept / dropped | {r['kept']:,} / {r['dropped']:,} | kept = {capacity:,} |",
            f"| RSS with the log and history full / at the end | {r['rss_full']:.0f} / "
            f"{r['rss_end']:.0f} MiB ({r['growth'] * 100:+.1f} %) | < {RSS_TARGET * 100:.0f} % |",
            f"| history kept | {r['history_entries']:,} values, {r['history_mib']:.1f} MiB | "
            "bounded |",
            f"| longest GUI-thread stall | {r['max_gap_ms']:.0f} ms "
            f"(its own CPU time in it: {r['gap_cpu_ms']:.0f} ms) | ≤ {STALL_TARGET_MS:.0f} ms |",
            f"| most GUI-thread CPU time between two ticks | {r['max_cpu_ms']:.0f} ms | |",
        ]
    )


def measure(
    connect: str, seconds: float = 60.0, rate: float = 1000.0, capacity: int = 20_000
) -> list[dict]:
    """For run_all.py: the figures as bench_tree.Result fields."""
    r = run(connect, seconds, rate, capacity)
    area = f"Event log, {seconds:.0f} s of ~{rate:,.0f} events/s, subtree watch"
    return [
        {"area": area, "measure": "events logged", "value": r["rate"], "unit": "/s"},
        {
            "area": area,
            "measure": f"RSS growth once the log ({capacity:,} rows) and history are full",
            "value": r["growth"] * 100,
            "unit": "%",
            "target": f"< {RSS_TARGET * 100:.0f} %",
            "ok": r["growth"] < RSS_TARGET and r["kept"] == capacity,
        },
        {
            "area": area,
            "measure": "longest GUI-thread stall",
            "value": r["max_gap_ms"],
            "unit": "ms",
            "target": f"≤ {STALL_TARGET_MS:.0f} ms",
            "ok": r["max_gap_ms"] <= STALL_TARGET_MS,
        },
        {
            "area": area,
            "measure": "most GUI-thread CPU time between two 10 ms ticks",
            "value": r["max_cpu_ms"],
            "unit": "ms",
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", help="HOST:PORT of a ZooKeeper to use (default: start one)")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=1000.0, help="changes a second")
    parser.add_argument("--capacity", type=int, default=20_000, help="rows the log keeps")
    args = parser.parse_args(argv)
    r = on_server(args.server, lambda c: run(c, args.seconds, args.rate, args.capacity))
    print(f"# Event log: {args.seconds:.0f} s at ~{args.rate:,.0f} events/s\n")
    print(report(r, args.rate, args.capacity))
    ok = r["growth"] < RSS_TARGET and r["max_gap_ms"] <= STALL_TARGET_MS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
