"""Benchmark the GUI at scale: the real main window, model and QTreeView, offscreen.

Starts its own ZooKeeper (or uses ``--server``), builds a node with 100,000 children
with transactions, and measures in the real application window (``create_main_window``):

- expanding the 100,000-child node: time until the first rows are painted, until all rows
  are painted, and the longest GUI-thread stall, measured with a 5 ms heartbeat timer
  (the largest gap between two beats);
- RSS with the 100,000 rows loaded, over the idle connected app;
- watch latency: another client sets the selected node's data 200 times, one after the
  other; p50/p95 until the data editor shows the new value and the row holds the new stat;
- search: every node under the 100,000-child node (100,001 results streamed into the
  search panel): time to first results, to the end, longest stall;
- cold start to the window shown, and to the connected tree, in a fresh process.

Run from the repository root (``make bench`` runs it with the others):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_tree.py [--children 100000]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench_env import ROOT, open_window  # noqa: E402,F401 - first: sys.path, offscreen, throw-away home
from kazoo.client import KazooClient
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QPlainTextEdit

from zkinspector.zk.bulk import create_tree
from zkinspector.zk.delete import delete_tree
from zkinspector.zk.server import ZooKeeperServer

CHROOT = "/bench-tree"
BIG = "/big"
WATCHED = "/watched"
TIMEOUT = 120.0


@dataclass
class Result:
    """One measured figure, as run_all.py tabulates it."""

    area: str
    measure: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None
    baseline: str = ""
    baseline_value: float | None = None
    higher_is_better: bool = False


# ---------------------------------------------------------------------------
# Helpers


def rss_mb() -> float:
    """Resident set size of this process, MiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_until(cond: Callable[[], bool], timeout: float = TIMEOUT, step_ms: int = 2) -> None:
    """Run the event loop until cond() is true. Raises TimeoutError."""
    if cond():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    failed = []

    def check() -> None:
        if cond():
            loop.quit()
        elif time.monotonic() > deadline:
            failed.append(True)
            loop.quit()

    timer = QTimer()
    timer.setInterval(step_ms)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if failed:
        raise TimeoutError("condition not met in time")


def settle(seconds: float) -> None:
    """Let the event loop run for a while."""
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() >= end, timeout=seconds + 5, step_ms=10)


class Heartbeat:
    """A 5 ms precise timer; the largest gap between beats is the longest GUI stall.

    Also records the pauses of Python's cycle collector meanwhile (any thread's
    collection holds the GIL, so it stalls the GUI thread too).
    """

    def __init__(self, interval_ms: int = 5) -> None:
        self.beats: list[float] = []
        self.gc_pauses: list[float] = []
        self._gc_start = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gc_pauses.append(time.perf_counter() - self._gc_start)

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self.gc_pauses = []
        gc.callbacks.append(self._on_gc)
        self.timer.start()

    def stop(self) -> float:
        """Stop; return the longest gap in seconds."""
        self.timer.stop()
        gc.callbacks.remove(self._on_gc)
        self.beats.append(time.perf_counter())
        return max(b - a for a, b in zip(self.beats, self.beats[1:], strict=False))

    def longest_gc(self) -> float:
        return max(self.gc_pauses, default=0.0)


class PaintLog(QObject):
    """Records (time, value()) at each paint of a widget."""

    def __init__(self, widget, value: Callable[[], int]) -> None:
        super().__init__()
        self.value = value
        self.paints: list[tuple[float, int]] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.paints.append((time.perf_counter(), self.value()))
        return False

    def first(self, pred: Callable[[int], bool]) -> float | None:
        return next((t for t, v in self.paints if pred(v)), None)


def painted_after(log: PaintLog, since: float, value: int) -> float | None:
    """When the widget was first painted after ``since`` showing ``value``, or None."""
    return next((t for t, v in log.paints if t > since and v == value), None)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


# ---------------------------------------------------------------------------
# Building


def build(connect: str, children: int) -> None:
    """(Re)create the chroot with the big node and the watched node."""
    client = KazooClient(hosts=connect, timeout=30)
    client.start(timeout=30)
    try:
        if client.exists(CHROOT):
            delete_tree(client, [CHROOT])
        items = [(CHROOT, b""), (CHROOT + WATCHED, b"v0"), (CHROOT + BIG, b"")]
        items += [(f"{CHROOT}{BIG}/job-{i:010d}", b"") for i in range(children)]
        start = time.perf_counter()
        create_tree(client, items, batch_ops=1000)
        print(
            f"built {len(items):,} nodes in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
    finally:
        client.stop()
        client.close()


# ---------------------------------------------------------------------------
# In-process measurements


def open_search(window, path: str) -> tuple:
    """Open the search panel set to list every node under ``path``. Returns (panel,
    first, done): lists that get the time of the first rows shown and of the end."""
    panel = window.page.searchPanel
    window.actions.actionSearch.trigger()
    settle(0.3)
    panel.pathEdit.setText(path)
    panel.textEdit.setText("")
    first: list[float] = []
    panel.model.rowsInserted.connect(
        lambda *_: first.append(time.perf_counter()) if not first else None
    )
    done: list[float] = []
    panel.searchFinished.connect(lambda: done.append(time.perf_counter()))
    return panel, first, done


def measure_gui(connect: str, children: int, watch_sets: int) -> list[Result]:
    """Expand, memory, watch latency and search in the real main window."""

    app = QApplication.instance() or QApplication(["zkinspector-bench"])
    window = open_window(["zkinspector", "--server", connect + CHROOT])
    window.resize(1200, 800)
    model, tree = window.page.model, window.page.tree
    results: list[Result] = []
    area = f"Expand a node with {children:,} children"
    try:
        wait_until(lambda: window.page.session.is_connected and model.find(BIG) is not None)
        settle(1.0)
        gc.collect()
        idle = rss_mb()

        big_index = model.index_of_path(BIG)
        shown = PaintLog(tree.viewport(), lambda: len(model.find(BIG).children or []))
        beat = Heartbeat()
        beat.start()
        t0 = time.perf_counter()
        tree.expand(big_index)
        wait_until(lambda: shown.first(lambda n: n == children) is not None)
        settle(0.5)  # trailing work: stats of the visible rows, the header
        stall = beat.stop()
        first = shown.first(lambda n: n > 0) - t0  # type: ignore[operator]
        every = shown.first(lambda n: n == children) - t0  # type: ignore[operator]
        gc.collect()
        settle(0.2)
        loaded = rss_mb() - idle
        assert tree.isExpanded(model.index_of_path(BIG))
        assert model.rowCount(model.index_of_path(BIG)) == children
        results += [
            Result(area, "first rows painted", first, "s", "≤ 0.3 s", first <= 0.3),
            Result(area, "all rows painted", every, "s", "≤ 1 s", every <= 1.0),
            Result(area, "longest GUI stall", stall * 1000, "ms", "≤ 50 ms", stall <= 0.05),
            Result(area, "longest cycle-GC pause in it", beat.longest_gc() * 1000, "ms"),
            Result(area, "RSS over idle app", loaded, "MB", "≤ 60 MB", loaded <= 60),
        ]
        print(format_results(results[-5:]), file=sys.stderr)

        # -- search: every node under the big one
        panel, first_rows, done = open_search(window, BIG)
        beat.start()
        t0 = time.perf_counter()
        assert panel.start()
        wait_until(lambda: bool(done))
        settle(0.3)
        stall = beat.stop()
        found = panel.model.rowCount()
        assert found == children + 1, (found, panel.statusLabel.text())
        sarea = f"Search panel, {found:,} results"
        results += [
            Result(sarea, "first results shown", first_rows[0] - t0, "s"),
            Result(sarea, "search complete", done[0] - t0, "s"),
            Result(
                sarea, "results per second", found / (done[0] - t0), "/s", higher_is_better=True
            ),
            Result(sarea, "longest GUI stall", stall * 1000, "ms", "≤ 50 ms", stall <= 0.05),
            Result(sarea, "longest cycle-GC pause in it", beat.longest_gc() * 1000, "ms"),
        ]
        print(format_results(results[-5:]), file=sys.stderr)
        window.findChild(QDockWidget, "searchDock").hide()
        panel.model.clear()

        results += measure_live(window, connect, children)
        print(format_results(results[-4:]), file=sys.stderr)
        results += measure_filter(window, children)
        print(format_results(results[-3:]), file=sys.stderr)
        results += measure_sort(window, children)
        print(format_results(results[-4:]), file=sys.stderr)

        # -- watch latency, on a small node, the big node collapsed (and so unloaded)
        tree.collapse(model.index_of_path(BIG))
        settle(0.5)
        results += measure_watch(window, connect, watch_sets)
    finally:
        window.page.session.shutdown(wait=True)
        window.close()
        window.deleteLater()
        app.processEvents()
    return results


def measure_watch(window, connect: str, sets: int) -> list[Result]:
    """Another client sets the selected node's data; time until pane and row show it."""
    from zkinspector.models.tree import StatRole

    editor = window.findChild(QPlainTextEdit, "dataEditor")
    window.page.reveal(WATCHED)
    wait_until(
        lambda: (
            window.page.current_path() == WATCHED
            and window.page.selected.snapshot is not None
            and window.page.selected.snapshot.path == WATCHED
        )
    )
    settle(0.2)
    other = KazooClient(hosts=connect + CHROOT, timeout=30)
    other.start(timeout=30)
    pane: list[float] = []
    row: list[float] = []
    try:
        version = other.exists(WATCHED).version
        for i in range(1, sets + 1):
            value = f"value {i}"
            version += 1
            expected = version
            seen: dict[str, float] = {}

            def check(*_snapshot, expected=expected, value=value, seen=seen) -> None:
                now = time.perf_counter()
                if "pane" not in seen and editor.toPlainText() == value:
                    seen["pane"] = now
                stat = window.page.model.index_of_path(WATCHED).data(StatRole)
                if "row" not in seen and stat is not None and stat.version >= expected:
                    seen["row"] = now

            window.page.selected.loaded.connect(check)
            t0 = time.perf_counter()
            other.set_async(WATCHED, value.encode())
            try:
                wait_until(lambda seen=seen: len(seen) == 2, timeout=10, step_ms=1)
            finally:
                window.page.selected.loaded.disconnect(check)
            pane.append(seen["pane"] - t0)
            row.append(seen["row"] - t0)
    finally:
        other.stop()
        other.close()
    area = f"Watch latency ({sets} sets by another client)"
    return [
        Result(area, "data editor shows it, p50", statistics.median(pane) * 1000, "ms"),
        Result(area, "data editor shows it, p95", percentile(pane, 95) * 1000, "ms"),
        Result(area, "row shows the new stat, p50", statistics.median(row) * 1000, "ms"),
        Result(area, "row shows the new stat, p95", percentile(row, 95) * 1000, "ms"),
    ]


# ---------------------------------------------------------------------------
# Changes under the expanded 100,000-child node


def measure_live(window, connect: str, children: int) -> list[Result]:
    """With the big node expanded: one full relayout, and a child added then removed.

    QTreeView lays out every row of an expanded node again after any insert or removal
    under it; this is what a busy node (a queue, a replication log) costs the GUI.
    """
    model, tree = window.page.model, window.page.tree
    area = f"Live changes under the expanded {children:,}-child node"
    big = model.index_of_path(BIG)
    if not tree.isExpanded(big):
        tree.expand(big)
    wait_until(lambda: len(model.find(BIG).children or []) == children)
    settle(0.3)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        tree.doItemsLayout()
        times.append(time.perf_counter() - start)
    other = KazooClient(hosts=connect + CHROOT, timeout=30)
    other.start(timeout=30)
    beat = Heartbeat()
    try:
        shown = PaintLog(tree.viewport(), lambda: len(model.find(BIG).children or []))
        beat.start()
        t0 = time.perf_counter()
        other.create_async(f"{BIG}/job-{children // 2:010d}a")  # (not blocking the GUI)
        wait_until(lambda: painted_after(shown, t0, children + 1) is not None)
        added = painted_after(shown, t0, children + 1) - t0  # type: ignore[operator]
        t1 = time.perf_counter()
        other.delete_async(f"{BIG}/job-{children // 2:010d}a")
        wait_until(lambda: painted_after(shown, t1, children) is not None)
        removed = painted_after(shown, t1, children) - t1  # type: ignore[operator]
        settle(0.3)
        stall = beat.stop()
    finally:
        other.stop()
        other.close()
    return [
        Result(area, "one full relayout (QTreeView)", statistics.median(times) * 1000, "ms"),
        Result(area, "another client adds a child: row painted", added * 1000, "ms"),
        Result(area, "another client removes it: row gone", removed * 1000, "ms"),
        Result(area, "longest GUI stall", stall * 1000, "ms", "≤ 50 ms", stall <= 0.05),
    ]


def measure_filter(window, children: int) -> list[Result]:
    """Typing into the tree's filter with the big node expanded: GUI time per keystroke.

    Each text is set as typing would set it and applied at once (the debounce skipped):
    the time is the GUI thread's work for it (finding the rows, hiding or showing them, in
    slices over several event-loop turns); the longest heartbeat gap includes the view's
    relayouts and paints between the slices.
    """
    pane, model = window.page.treePane, window.page.model
    area = f"Tree filter over {children:,} loaded children"
    spent: list[float] = []
    pane.filtered.connect(spent.append)
    beat = Heartbeat()
    beat.start()
    for text in ("0", "00", "000", "0001", "00012", "job", ""):
        pane.filterEdit.setText(text)
        pane.apply_filter()
        wait_until(lambda text=text: pane.filter_text() == text)
        settle(0.15)
    stall = beat.stop()
    pane.filtered.disconnect(spent.append)
    assert not pane.is_filtered_out(model.index(0, 0, model.index_of_path(BIG)))
    return [
        Result(area, "GUI time per keystroke, median", statistics.median(spent) * 1000, "ms"),
        Result(area, "GUI time per keystroke, worst", max(spent) * 1000, "ms"),
        Result(area, "longest GUI stall (with relayout)", stall * 1000, "ms"),
    ]


def measure_sort(window, children: int) -> list[Result]:
    """Choosing another order with the big node expanded: sequence (names only) and
    creation time (every child's stat read on a worker first)."""
    from zkinspector.zk.order import BY_CTIME, BY_NAME, BY_SEQUENCE

    model = window.page.model
    area = f"Sort {children:,} loaded children"
    out = []
    for order, label in ((BY_SEQUENCE, "by sequence"), (BY_CTIME, "by creation (stats read)")):
        beat = Heartbeat()
        beat.start()
        t0 = time.perf_counter()
        model.set_order(order)
        wait_until(lambda: model.find(BIG).id not in model._unsorted and not model.is_busy())
        took = time.perf_counter() - t0
        settle(0.3)
        stall = beat.stop()
        names = [k.name for k in model.find(BIG).children[:3]]
        assert names == [f"job-{i:010d}" for i in range(3)], names
        out += [
            Result(area, f"{label}: sorted", took, "s"),
            Result(area, f"{label}: longest GUI stall", stall * 1000, "ms"),
        ]
    model.set_order(BY_NAME)
    wait_until(lambda: model.find(BIG).id not in model._unsorted and not model.is_busy())
    return out


# ---------------------------------------------------------------------------
# Cold start (fresh processes)

_CHILD = r"""
import os, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["zkinspector"])
from zkinspector.app import create_main_window
argv = {argv!r}
window = create_main_window(argv)

def shown():
    print("shown", time.time(), flush=True)
    if "--server" not in argv:
        os._exit(0)
    def poll():
        node = window.page.model.find("/")
        if node is not None and node.children is not None and node.children:
            print("tree", time.time(), flush=True)
            os._exit(0)
        QTimer.singleShot(5, poll)
    poll()

QTimer.singleShot(0, shown)
app.exec()
"""


def cold_start(argv: list[str], runs: int) -> tuple[float, float | None]:
    """Median seconds from process start to the window shown (and to the listed tree)."""
    shown: list[float] = []
    listed: list[float] = []
    code = _CHILD.format(root=str(ROOT), argv=["zkinspector", *argv])
    for _ in range(runs):
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            timeout=120,
            env=os.environ.copy(),
            check=False,
        )
        marks = dict(line.split() for line in proc.stdout.splitlines() if line.strip())
        shown.append(float(marks["shown"]) - t0)
        if "tree" in marks:
            listed.append(float(marks["tree"]) - t0)
    return statistics.median(shown), (statistics.median(listed) if listed else None)


def measure_cold(connect: str, runs: int) -> list[Result]:
    """Start ``zkinspector --server`` afresh ``runs`` times: window shown, tree listed."""
    shown, listed = cold_start(["--server", connect + CHROOT], runs)
    area = f"Cold start (new process, median of {runs})"
    out = [Result(area, "window shown", shown, "s")]
    if listed is not None:
        out.append(Result(area, "connected, root's children listed", listed, "s"))
    return out


# ---------------------------------------------------------------------------


def measure(
    connect: str, *, children: int = 100_000, watch_sets: int = 200, cold_runs: int = 3
) -> list[Result]:
    """Everything this script measures, against the server at ``connect``."""
    build(connect, children)
    results = measure_gui(connect, children, watch_sets)
    results += measure_cold(connect, cold_runs)
    return results


def format_results(results: list[Result]) -> str:
    lines = ["| area | measurement | value | target | met |", "|---|---|---:|---|---|"]
    for r in results:
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        lines.append(f"| {r.area} | {r.measure} | {r.value:,.3g} {r.unit} | {r.target} | {met} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", help="use this ZooKeeper instead of starting one")
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--watch-sets", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    server = None
    connect = args.server
    if connect is None:
        server = ZooKeeperServer(heap_mb=1024)
        server.start()
        connect = server.connect_string
    try:
        results = measure(
            connect,
            children=args.children,
            watch_sets=args.watch_sets,
            cold_runs=args.cold_runs,
        )
    finally:
        if server is not None:
            server.stop()
    print(format_results(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
