"""Benchmark the server panel and many tabs, in the real main window, offscreen.

- Server panel with 5 members: a five-member ensemble on loopback while a client (a
  process of its own) writes. The GUI thread's CPU time over 20 s with the panel shown
  and refreshing every second, minus the same with the panel hidden, divided by the
  refreshes: everything a refresh costs the GUI thread (filing the five reports, the
  cells, the chart, the repaints). Goal: ≤ 5 ms. The probes themselves (sockets,
  parsing) run on worker threads.
- Memory of 10 tabs on the sandbox tree: RSS of the window with one idle tab, then with
  ten tabs connected to the sandbox, each with its root listed and ``/many`` (1,000
  children) expanded.

Run from the repository root (``make bench`` runs it with the others):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_servers.py
"""

from __future__ import annotations

import gc
import subprocess
import sys
import time

from bench_env import open_window  # noqa: F401 - first: sys.path, offscreen, throw-away home
from bench_tree import Heartbeat, Result, format_results, rss_mb, settle, wait_until
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from zkinspector.zk.connstr import build_params
from zkinspector.zk.sandbox import MANY_CHILDREN, Sandbox
from zkinspector.zk.server import Ensemble

PANEL_AREA = "Server panel, {n} members, refresh every 1 s"
TABS_AREA = "{n} tabs on the sandbox tree"


_WRITER = """
import sys, time
from kazoo.client import KazooClient
client = KazooClient(hosts=sys.argv[1], timeout=30)
client.start(timeout=30)
client.ensure_path("/bench-panel")
i = 0
while True:
    client.set("/bench-panel", str(i).encode())
    i += 1
    time.sleep(0.01)
"""


def _writer(connect: str) -> subprocess.Popen:
    """A client process keeping the ensemble busy (so latency and counters move); in a
    process of its own so that it takes no time from the GUI thread."""
    return subprocess.Popen([sys.executable, "-c", _WRITER, connect])


def _close(window) -> None:
    for page in window.pages():
        page.session.shutdown(wait=True)
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def _started_ensemble(members: int) -> Ensemble:
    """A started ensemble; tried again when a port it picked was taken meanwhile."""
    for attempt in range(3):
        ensemble = Ensemble(members, heap_mb=128)
        try:
            ensemble.start()
            return ensemble
        except RuntimeError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def gui_cpu_over(seconds: float) -> float:
    """Run the event loop for ``seconds`` (no polling); the GUI thread's CPU time meanwhile."""
    start = time.thread_time()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return time.thread_time() - start


def measure_panel(members: int = 5, seconds: float = 20.0) -> list[Result]:
    """GUI-thread time per refresh of the server panel with ``members`` members."""
    QApplication.instance() or QApplication(["zkinspector-bench"])
    ensemble = _started_ensemble(members)
    writer = _writer(ensemble.connect_string)
    window = open_window(["zkinspector", "--server", ensemble.connect_string])
    try:
        window.resize(1280, 900)
        wait_until(lambda: window.page.session.is_connected)
        monitor = window.serverMonitor
        monitor.set_interval(1000)
        filing: list[float] = []
        rounds: list[float] = []
        file_report, show_round = monitor._on_report, monitor._flush

        def timed_report(row, member, report) -> None:
            t0 = time.thread_time()
            file_report(row, member, report)  # (with the round's showing, once all are in)
            filing.append(time.thread_time() - t0)

        def timed_round() -> None:
            rounds.append(time.thread_time())
            show_round()

        monitor._on_report = timed_report  # type: ignore[method-assign]
        monitor._flush = timed_round  # type: ignore[method-assign]
        window.actions.actionServerPanel.setChecked(False)
        settle(1.0)
        hidden = gui_cpu_over(seconds)  # the same window with the panel hidden
        window.actions.actionServerPanel.setChecked(True)
        wait_until(lambda: len(rounds) >= 2)  # warm: first layouts, column widths
        filing.clear()
        rounds.clear()
        shown = gui_cpu_over(seconds)
        refreshes = len(rounds)
        beat = Heartbeat()
        beat.start()
        settle(seconds / 2)
        stall = beat.stop()
        modes = sorted(m.mode for m in monitor.members)
        assert modes.count("leader") == 1 and modes.count("follower") == members - 1, modes
    finally:
        writer.kill()
        writer.wait()
        _close(window)
        ensemble.stop()
    area = PANEL_AREA.format(n=members)
    per_refresh = max(0.0, shown - hidden) / refreshes * 1000
    filing_ms = sum(filing) / refreshes * 1000
    return [
        Result(area, "GUI-thread time per refresh", per_refresh, "ms", "≤ 5 ms", per_refresh <= 5),
        Result(area, "of which filing the reports and setting the cells", filing_ms, "ms"),
        Result(area, "longest GUI stall while refreshing", stall * 1000, "ms"),
    ]


def measure_tabs(tabs: int = 10) -> list[Result]:
    """RSS of ``tabs`` tabs connected to the sandbox, over the idle window."""
    QApplication.instance() or QApplication(["zkinspector-bench"])
    sandbox = Sandbox(heap_mb=256)
    connect = sandbox.start()
    window = open_window(["zkinspector"])
    try:
        settle(0.5)
        gc.collect()
        idle = rss_mb()
        for i in range(tabs):
            window.connect_to(build_params(connect), new_tab=True, name=f"sandbox {i + 1}")
            page = window.page
            model = page.model
            wait_until(lambda p=page: p.session.is_connected and p.model.find("/many") is not None)
            page.tree.expand(model.index_of_path("/many"))
            wait_until(
                lambda m=model: len(m.find("/many").children or []) == MANY_CHILDREN  # type: ignore[union-attr]
            )
            if i == 0:
                settle(0.5)
                gc.collect()
                first = rss_mb() - idle
        assert len(window.pages()) == tabs
        settle(1.0)
        gc.collect()
        total = rss_mb() - idle
    finally:
        _close(window)
        sandbox.stop()
    area = TABS_AREA.format(n=tabs)
    return [
        Result(area, "RSS over the idle window, all tabs", total, "MB"),
        Result(area, "RSS per tab (mean)", total / tabs, "MB"),
        Result(area, "RSS of the first tab", first, "MB"),
    ]


def measure(quick: bool = False) -> list[Result]:
    """Everything this script measures (it starts its own servers)."""
    return measure_panel(seconds=10.0 if quick else 20.0) + measure_tabs()


def main() -> int:
    results = measure()
    print(format_results(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
