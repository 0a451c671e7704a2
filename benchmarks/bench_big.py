"""A million znodes (``make bench-big``): every subtree operation against its target, side by
side with zkCli.sh, kazoo and zk-shell, in one run, printed as one table.

Starts two ZooKeeper servers (Debian's jars, loopback, fsync on, a big heap, a larger
``jute.maxbuffer`` so that a node with a million children can be listed) and builds, with
transactions:

- ``/big``: 1,000 parents x 1,000 children (1,001,001 nodes, a few bytes of data each);
- ``/sample``: 100 x 1,000 (100,101 nodes), where the slow tools run (their rate is
  measured there and their time for a million nodes projected from it), and ``/small``
  (10 x 1,000) for zk-shell, which holds what it reads in memory (2 GB at 100,000);
- ``/wide``: one node with 1,000,000 children, and ``/wide100k`` with 100,000.

Then it measures:

- walk of ``/big`` (zk/walk.py, in a process of its own) and the GUI's search panel over it
  in the real window (offscreen): time, first results, the app's memory growth, longest
  GUI-thread stall (a 5 ms heartbeat timer's largest gap);
- export (with and without ACLs), import into the empty second server, compare of the two
  trees, recursive delete with progress: each in a process of its own (time, peak RSS);
- the million-child node expanded in the window (first rows, stall, memory per row);
- a child added under the expanded 100,000-child node (time until it is painted);
- churn of ~1,000 changes/s under expanded nodes, then under a subtree watch (longest
  GUI-thread pause).

Run from the repository root (``make bench-big``, a quarter of an hour):

    .venv/bin/python benchmarks/bench_big.py [--only search,wide] [--keep]

``$ZK_SHELL`` names zk-shell (``make bench-big`` installs it in a throw-away venv).
The load average is printed before and after: run it when the machine is quiet.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bench_transfer  # noqa: E402
import bench_walk  # noqa: E402
from bench_env import ROOT, open_window  # noqa: F401 - first: sys.path, offscreen, throw-away home
from kazoo.client import KazooClient  # noqa: E402

from zkinspector.zk.bulk import create_tree  # noqa: E402
from zkinspector.zk.server import ZooKeeperServer, four_letter  # noqa: E402

BIG, SAMPLE, WIDE, WIDE100K = "/big", "/sample", "/wide", "/wide100k"
SMALL = "/small"  # zk-shell's sample: it holds what it reads in memory (2 GB at 100,000)
CHURN = "/bigchurn"
PARENTS, CHILDREN = 1000, 1000
SAMPLE_PARENTS = 100
SMALL_PARENTS = 10
WIDE_CHILDREN = 1_000_000
JUTE_MAXBUFFER = 64 * 1024 * 1024
HEAP_MB = 6144
CHURN_SECONDS = 20.0
CHURN_RATE = 1000.0
TODAY_KB_PER_ROW = 0.43
HERE = Path(__file__).resolve().parent


@dataclass
class Row:
    """One line of the table: the figure, its target and whether it is met; where it is
    not, why (measured) and the next lever."""

    area: str
    measure: str
    value: str
    target: str = ""
    ok: bool | None = None
    compared: str = ""
    why: str = ""


@dataclass
class Run:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *rows: Row) -> None:
        self.rows.extend(rows)
        for row in rows:
            met = "" if row.ok is None else ("yes" if row.ok else "NO")
            print(f"  {row.area} | {row.measure}: {row.value} {row.target} {met}", file=sys.stderr)


# ---------------------------------------------------------------------------
# Trees


def grid(root: str, parents: int, children: int) -> Iterator[tuple[str, bytes]]:
    """``root``, its ``parents`` children p-NNNN, ``children`` leaves c-NNNNNN under each."""
    yield root, b""
    for p in range(parents):
        parent = f"{root}/p-{p:04d}"
        yield parent, b"parent"
        for c in range(children):
            yield f"{parent}/c-{c:06d}", b"v%d" % c


def wide(root: str, children: int) -> Iterator[tuple[str, bytes]]:
    yield root, b""
    for i in range(children):
        yield f"{root}/job-{i:010d}", b""


def count(client: KazooClient, root: str) -> int:
    from zkinspector.zk.walk import count_subtree

    return count_subtree(client, [root])


def build(client: KazooClient, root: str, items: Callable[[], Iterator], expected: int) -> None:
    if count(client, root) == expected:
        return
    if client.exists(root):
        from zkinspector.zk.delete import delete_tree

        delete_tree(client, [root])
    start = time.perf_counter()
    made = create_tree(client, items(), batch_ops=1000)
    print(f"built {root}: {made:,} nodes in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def server_pid(connect: str) -> int | None:
    """The pid of the process listening on ``connect``'s port (``ss``), or None."""
    if ":" not in connect:
        return None
    port = connect.rsplit(":", 1)[1]
    try:
        out = subprocess.run(
            ["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return None
    match = re.search(r"pid=(\d+)", out)
    return int(match.group(1)) if match else None


def cpu_seconds(pid: int | None, thread: int | None = None) -> float:
    """User + system CPU seconds of a process (or of one of its threads) so far (0 when
    unknown)."""
    if pid is None:
        return 0.0
    where = f"/proc/{pid}/stat" if thread is None else f"/proc/{pid}/task/{thread}/stat"
    try:
        fields = Path(where).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def rate_text(label: str, nodes: int, seconds: float, total: int) -> str:
    """A baseline: its rate, and its time for ``total`` nodes at that rate."""
    per_s = nodes / seconds
    return f"{label}: {per_s:,.0f} nodes/s (≈ {total / per_s:,.0f} s for {total:,})"


# ---------------------------------------------------------------------------
# Child processes: one operation each, so that its peak memory is its own


def child(op: str, *args: str, timeout: float = 3600) -> dict[str, Any]:
    """Run ``op`` in a fresh process; its JSON answer (seconds, peak_mb, cpu, ...) with
    the CPU seconds the servers in its arguments spent meanwhile (``server_cpu``)."""
    pids = {server_pid(a) for a in args if re.fullmatch(r"[\w.-]+:\d+", a)}
    before = sum(cpu_seconds(pid) for pid in pids)
    done = subprocess.run(
        [sys.executable, __file__, "--child", op, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{op} failed:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["server_cpu"] = sum(cpu_seconds(pid) for pid in pids) - before
    return figures


def cpu_note(f: dict[str, Any]) -> str:
    """Where a child's time went: its CPU and the servers' (2 CPUs shared by both)."""
    return (
        f"measured: {f['seconds']:.1f} s wall, the process {f['cpu']:.1f} s CPU, "
        f"ZooKeeper {f['server_cpu']:.1f} s CPU (2 CPUs for both)"
    )


def run_child(op: str, args: list[str]) -> None:
    from zkinspector.zk.protocol import server_features

    connect = args[0]
    client = KazooClient(hosts=connect, timeout=30)
    client.start(timeout=30)
    server_features(client)
    out: dict[str, Any] = {}
    reports: list[float] = []

    def progress(_done: int, _total: int | None) -> None:
        reports.append(time.perf_counter())

    try:
        start = time.perf_counter()
        if op == "walk":
            from zkinspector.zk.walk import walk

            first = None
            n = 0
            for _item in walk(client, args[1]):
                n += 1
                if first is None:
                    first = time.perf_counter() - start
            out.update(nodes=n, first=first)
        elif op == "search":  # a selective search: the walk, few results
            from zkinspector.zk.search import SearchCriteria, search

            hits = sum(1 for _ in search(client, SearchCriteria(args[1], args[2])))
            out.update(hits=hits)
        elif op == "export":
            from zkinspector.zk.export import export_tree

            result = export_tree(client, args[1], args[2], acls=args[3] == "acl")
            out.update(nodes=result.nodes, bytes=os.path.getsize(args[2]))
        elif op == "import":
            from zkinspector.zk.importing import import_file

            result = import_file(client, args[1], args[2], request_limit=JUTE_MAXBUFFER)
            out.update(nodes=result.created, complete=result.complete)
        elif op == "compare":
            from zkinspector.zk.compare import compare_trees

            other = KazooClient(hosts=args[2], timeout=30)
            other.start(timeout=30)
            server_features(other)
            try:
                result = compare_trees(
                    client, args[1], other, args[3], acls=args[4] == "acl", progress=progress
                )
            finally:
                other.stop()
                other.close()
            out.update(nodes=result.compared, equal=result.equal)
        elif op == "delete":
            from zkinspector.zk.delete import delete_tree

            result = delete_tree(client, [args[1]], progress=progress)
            out.update(nodes=result.deleted, errors=len(result.errors))
        else:
            raise SystemExit(f"unknown child op {op}")
        out["seconds"] = time.perf_counter() - start
        if reports:
            gaps = [b - a for a, b in zip([start, *reports], reports, strict=False)]
            out.update(reports=len(reports), first_report=reports[0] - start, max_gap=max(gaps))
    finally:
        client.stop()
        client.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out["peak_mb"] = usage.ru_maxrss / 1024
    out["cpu"] = usage.ru_utime + usage.ru_stime
    print(json.dumps(out))


# ---------------------------------------------------------------------------
# The usual tools


def zkcli(connect: str, *args: str) -> list[str]:
    env = {**os.environ, "CLIENT_JVMFLAGS": f"-Djute.maxbuffer={JUTE_MAXBUFFER}"}
    proc = subprocess.run(
        [bench_walk.ZKCLI, "-server", connect, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=True,
        text=True,
        env=env,
        timeout=1800,
    )
    return proc.stdout.splitlines()


def zk_shell(connect: str, command: str) -> list[str]:
    exe = bench_transfer.zk_shell()
    assert exe is not None
    proc = subprocess.run(
        [exe, "--run-once", command, connect],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=True,
        text=True,
        timeout=1800,
    )
    return proc.stdout.splitlines()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


# ---------------------------------------------------------------------------
# Without a window


def measure_walk(run: Run, a: str, client: KazooClient, total: int, sample: int) -> None:
    area = f"Walk of {total:,} nodes"
    figures = child("walk", a, BIG)
    assert figures["nodes"] == total, figures
    secs = figures["seconds"]
    base: list[str] = []
    sample_ours = child("walk", a, SAMPLE)
    base.append(rate_text("ours on the sample", sample, sample_ours["seconds"], total))
    if Path(bench_walk.ZKCLI).is_file():
        s, lines = timed(lambda: zkcli(a, "ls", "-R", SAMPLE))
        assert sum(1 for line in lines if line.startswith(SAMPLE)) == sample
        base.append(rate_text("zkCli.sh ls -R", sample, s, total))
    s, n = timed(lambda: bench_walk.sequential_walk(client, SAMPLE))
    base.append(rate_text("kazoo get_children loop", n, s, total))
    if bench_transfer.zk_shell():
        small = 1 + SMALL_PARENTS * (1 + CHILDREN)
        # (zk-shell's find reads the whole server whatever the path: its tree walks one)
        s, lines = timed(lambda: zk_shell(a, f"tree {SMALL}"))
        base.append(rate_text(f"zk-shell tree (on {small:,})", small, s, total))
    run.add(
        Row(
            area, "walk (own process): time", fmt_s(secs), "≤ 10 s", secs <= 10, "; ".join(base)
        ),  # fmt: skip
        Row(
            area,
            "walk: first node",
            f"{figures['first'] * 1000:.0f} ms",
            "≤ 0.1 s",
            figures["first"] <= 0.1,
        ),  # fmt: skip
        Row(area, "walk: peak RSS of the process", f"{figures['peak_mb']:.0f} MB"),
    )
    hits = child("search", a, BIG, "c-000999")
    assert hits["hits"] == PARENTS, hits
    run.add(Row(area, "search by name, 1,000 hits (own process)", fmt_s(hits["seconds"]),
                "≤ 10 s", hits["seconds"] <= 10))  # fmt: skip


def measure_transfer(run: Run, a: str, b: str, tmp: Path, total: int, sample: int) -> None:
    area = f"Transfer of {total:,} nodes"
    file = tmp / "big.jsonl"
    for acls, label in (("noacl", "export --no-acl"), ("acl", "export (data, ACLs, stats)")):
        f = child("export", a, BIG, str(file), acls)
        assert f["nodes"] == total, f
        compared = ""
        if acls == "acl" and bench_transfer.zk_shell():
            s, seen = timed(
                lambda: bench_transfer.zk_shell_export(
                    bench_transfer.zk_shell(), a, SMALL, tmp / "zks.json"
                )
            )
            compared = rate_text(f"zk-shell cp to JSON (data, ACLs; on {seen:,})", seen, s, total)
        run.add(
            Row(
                area, f"{label}: time", fmt_s(f["seconds"]), "≤ 30 s", f["seconds"] <= 30, compared
            ),  # fmt: skip
            Row(
                area,
                f"{label}: peak RSS",
                f"{f['peak_mb']:.0f} MB",
                "≤ 400 MB",
                f["peak_mb"] <= 400,
            ),  # fmt: skip
        )
    kb = KazooClient(hosts=b, timeout=30)
    kb.start(timeout=30)
    try:
        if kb.exists(BIG):
            from zkinspector.zk.delete import delete_tree

            delete_tree(kb, [BIG])
        f = child("import", b, str(file), BIG)
        assert f["nodes"] == total and f["complete"], f
        items = [(f"/kazoo-import/n{i}", b"v") for i in range(10_000)]
        kb.ensure_path("/kazoo-import")
        s, _ = timed(lambda: bench_transfer.kazoo_create_loop(kb, items))
        run.add(Row(area, "import into an empty server: time", fmt_s(f["seconds"]), "≤ 60 s",
                    f["seconds"] <= 60, rate_text("kazoo create() loop", 10_000, s, total)),
                Row(area, "import: peak RSS", f"{f['peak_mb']:.0f} MB"))  # fmt: skip
        for acls, label in (("acl", "compare (data, ACLs)"), ("noacl", "compare (data only)")):
            f = child("compare", a, BIG, b, BIG, acls)
            assert f["equal"] and f["nodes"] == total, f
            why = ""
            if f["seconds"] > 60:
                why = (cpu_note(f) + f"; {f['server_cpu'] / (2 * total) * 1e6:.0f} µs of server "
                       "CPU per node and side (a getACL each). Next lever: compare --no-acl, or "
                       "ACLs read in bulk by the server")  # fmt: skip
            run.add(Row(area, f"{label} of the two trees: time", fmt_s(f["seconds"]), "≤ 60 s",
                        f["seconds"] <= 60, "", why),
                    Row(area, f"{label}: peak RSS", f"{f['peak_mb']:.0f} MB"))  # fmt: skip
        f = child("delete", b, BIG)
        assert f["nodes"] == total and not f["errors"], f
        s, _ = timed(lambda: kb.delete("/kazoo-import", recursive=True))
        compared = rate_text("kazoo delete(recursive=True)", 10_001, s, total)
        if Path(bench_walk.ZKCLI).is_file():
            from zkinspector.zk.bulk import create_tree as make

            make(kb, grid("/zkcli-del", SAMPLE_PARENTS, CHILDREN), batch_ops=1000)
            s, _ = timed(lambda: zkcli(b, "deleteall", "/zkcli-del"))
            compared += "; " + rate_text("zkCli.sh deleteall", sample, s, total)
        run.add(
            Row(
                area,
                "recursive delete: time",
                fmt_s(f["seconds"]),
                "≤ 30 s",
                f["seconds"] <= 30,
                compared,
            ),  # fmt: skip
            Row(
                area,
                "recursive delete: progress reports (first, longest gap)",
                f"{f['reports']:,} ({f['first_report']:.2f} s, {f['max_gap']:.2f} s)",
                "with progress",
                f["reports"] > 10,
            ),  # fmt: skip
        )
    finally:
        kb.stop()
        kb.close()


# ---------------------------------------------------------------------------
# In the window


def measure_gui(run: Run, a: str, client: KazooClient, total: int, which: set[str]) -> None:
    import gc

    from bench_tree import Heartbeat, PaintLog, rss_mb, settle, wait_until
    from PySide6.QtWidgets import QApplication, QDockWidget

    app = QApplication.instance() or QApplication(["zkinspector-bench"])
    window = open_window(["zkinspector", "--server", a, "--jute-maxbuffer", str(JUTE_MAXBUFFER)])
    window.resize(1200, 800)
    model, tree = window.page.model, window.page.tree
    try:
        wait_until(lambda: window.page.session.is_connected and model.find(BIG) is not None)
        settle(1.0)
        if "search" in which:
            measure_search(run, window, total)
            window.findChild(QDockWidget, "searchDock").hide()
            window.page.searchPanel.model.clear()
            gc.collect()
            settle(1.0)
        if "wide" in which:
            gc.collect()
            idle = rss_mb()
            index = model.index_of_path(WIDE)
            shown = PaintLog(tree.viewport(), lambda: len(model.find(WIDE).children or []))
            beat = Heartbeat()
            beat.start()
            t0 = time.perf_counter()
            tree.expand(index)
            wait_until(lambda: shown.first(lambda n: n == WIDE_CHILDREN) is not None, 300)
            settle(0.5)
            stall = beat.stop()
            first = shown.first(lambda n: n > 0) - t0  # type: ignore[operator]
            every = shown.first(lambda n: n == WIDE_CHILDREN) - t0  # type: ignore[operator]
            gc.collect()
            settle(0.3)
            per_row = (rss_mb() - idle) * 1024 / WIDE_CHILDREN
            layout, _ = timed(tree.doItemsLayout)
            listing = listing_seconds(client, WIDE)
            s, kids = timed(lambda: client.get_children(WIDE))
            compared = f"kazoo get_children: {s:.2f} s"
            if Path(bench_walk.ZKCLI).is_file():
                s, lines = timed(lambda: zkcli(a, "ls", WIDE))
                compared += f"; zkCli.sh ls (jute.maxbuffer raised): {s:.2f} s"
            area = f"A node with {WIDE_CHILDREN:,} children, expanded"
            first_why = stall_why = ""
            if first > 0.5:
                first_why = (
                    f"measured: listing and sorting the million names on a worker "
                    f"{listing:.2f} s (the server's answer is 18 MB), then the first "
                    "2,000 rows are inserted and painted. Next lever: none left in the "
                    "client; a server listing children in pages"
                )
            if stall > 0.05:
                stall_why = (
                    f"measured: one layout of the expanded node by QTreeView (C++) "
                    f"{layout * 1000:.0f} ms; the rows go in as two inserts, each laid out "
                    "once. Next lever: a view that lays out only the rows on screen for huge "
                    "nodes (QTreeView lays out all of them)"
                )
            run.add(
                Row(
                    area,
                    "first rows painted",
                    fmt_s(first),
                    "≤ 0.5 s",
                    first <= 0.5,
                    compared,
                    first_why,
                ),  # fmt: skip
                Row(area, "all rows painted", fmt_s(every)),
                Row(
                    area,
                    "longest GUI stall",
                    f"{stall * 1000:.0f} ms",
                    "≤ 50 ms",
                    stall <= 0.05,
                    "",
                    stall_why,
                ),  # fmt: skip
                Row(
                    area,
                    "memory per row",
                    f"{per_row:.2f} KB",
                    f"≤ {TODAY_KB_PER_ROW} KB",
                    per_row <= TODAY_KB_PER_ROW,
                ),  # fmt: skip
            )
            tree.collapse(model.index_of_path(WIDE))
            model.unload(model.index_of_path(WIDE))
            gc.collect()
            settle(1.0)
        if "live" in which:
            from bench_tree import measure_live

            live = measure_live_at(window, a, measure_live)
            area = "A child added under an expanded 100,000-child node"
            run.add(
                Row(
                    area,
                    "row painted",
                    f"{live['added'] * 1000:.0f} ms",
                    "≤ 100 ms",
                    live["added"] <= 0.1,
                ),  # fmt: skip
                Row(area, "row gone after its delete", f"{live['removed'] * 1000:.0f} ms"),
                Row(
                    area,
                    "longest GUI stall",
                    f"{live['stall'] * 1000:.0f} ms",
                    "≤ 50 ms",
                    live["stall"] <= 0.05,
                ),  # fmt: skip
            )
        if "churn" in which:
            measure_churn(run, window, a)
    finally:
        window.page.session.shutdown(wait=True)
        window.close()
        window.deleteLater()
        app.processEvents()


def measure_search(run: Run, window, total: int) -> None:
    import gc
    import threading

    from bench_tree import Heartbeat, open_search, rss_mb, settle, wait_until

    gc.collect()
    idle = rss_mb()
    peak = [idle]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.05):
            peak[0] = max(peak[0], rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    panel, first, done = open_search(window, BIG)
    server = server_pid(window.page.session.server or "")
    cpu0 = (time.process_time(), children_cpu(), cpu_seconds(server))
    beat = Heartbeat()
    beat.start()
    t0 = time.perf_counter()
    assert panel.start()
    wait_until(lambda: bool(done), 600)
    settle(0.5)
    stall = beat.stop()
    stop.set()
    sampler.join()
    app_cpu, helper_cpu, server_cpu = (
        now - then
        for now, then in zip(
            (time.process_time(), children_cpu(), cpu_seconds(server)), cpu0, strict=True
        )
    )
    found = panel.model.rowCount()
    assert found == total, (found, panel.statusLabel.text())
    grown = rss_mb() - idle
    area = f"Search panel over {total:,} nodes ({found:,} results)"
    secs = done[0] - t0
    measured = (f"measured: the app {app_cpu:.1f} s CPU, its helper process {helper_cpu:.1f} s, "
                f"ZooKeeper {server_cpu:.1f} s, on 2 CPUs")  # fmt: skip
    why = ""
    if secs > 10:
        why = (
            measured + ". Next lever: the helper's walk over a socket of its own instead "
            "of kazoo (kazoo makes an epoll object and a system call or two per request)"
        )
    stall_why = ""
    if stall > 0.05:
        stall_why = (f"longest collection {beat.longest_gc() * 1000:.0f} ms; otherwise the "
                     "GUI thread waits for the interpreter lock held by the worker decoding "
                     "the helper's batches")  # fmt: skip
    run.add(
        Row(area, "search complete", fmt_s(secs), "≤ 10 s", secs <= 10, "", why),
        Row(
            area,
            "first results shown",
            f"{(first[0] - t0) * 1000:.0f} ms",
            "≤ 0.1 s",
            first[0] - t0 <= 0.1,
        ),  # fmt: skip
        Row(
            area,
            "app's memory growth (after / peak)",
            f"{grown:.0f} / {peak[0] - idle:.0f} MB",
            "≤ 200 MB",
            max(grown, peak[0] - idle) <= 200,
        ),  # fmt: skip
        Row(
            area,
            "longest GUI stall",
            f"{stall * 1000:.0f} ms",
            "≤ 50 ms",
            stall <= 0.05,
            "",
            stall_why,
        ),  # fmt: skip
        Row(area, "longest cycle-GC pause in it", f"{beat.longest_gc() * 1000:.0f} ms"),
    )


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def listing_seconds(client: KazooClient, path: str, previous: list[str] | None = None) -> float:
    """Seconds to list and sort a node's children as the tree's worker does."""
    from zkinspector.zk.reads import list_children

    start = time.perf_counter()
    list_children(client, path, None, previous)
    return time.perf_counter() - start


def measure_live_at(window, connect: str, _measure_live: Any) -> dict[str, float]:
    """A child added and removed by another client under the expanded /wide100k."""
    from bench_tree import Heartbeat, PaintLog, painted_after, settle, wait_until

    model, tree = window.page.model, window.page.tree
    n = 100_000
    tree.expand(model.index_of_path(WIDE100K))
    wait_until(lambda: len(model.find(WIDE100K).children or []) == n, 120)
    settle(1.0)
    from zkinspector.models.tree import row_changes

    layout, _ = timed(tree.doItemsLayout)
    names = [k.name for k in model.find(WIDE100K).children]
    listing = listing_seconds(KazooClient_started(connect), WIDE100K, names)
    changed = [*names[: n // 2], "job-x", *names[n // 2 :]]
    diff, _ = timed(lambda: row_changes(names, changed))
    other = KazooClient(hosts=connect, timeout=30)
    other.start(timeout=30)
    added, removed = [], []
    beat = Heartbeat()
    try:
        shown = PaintLog(tree.viewport(), lambda: len(model.find(WIDE100K).children or []))
        beat.start()
        for i in range(3):
            name = f"{WIDE100K}/job-{n // 2 + i:010d}a"
            t0 = time.perf_counter()
            other.create_async(name)
            wait_until(lambda t0=t0: painted_after(shown, t0, n + 1) is not None)
            added.append(painted_after(shown, t0, n + 1) - t0)  # type: ignore[operator]
            settle(0.3)
            t1 = time.perf_counter()
            other.delete_async(name)
            wait_until(lambda t1=t1: painted_after(shown, t1, n) is not None)
            removed.append(painted_after(shown, t1, n) - t1)  # type: ignore[operator]
            settle(0.3)
        stall = beat.stop()
    finally:
        other.stop()
        other.close()
    tree.collapse(model.index_of_path(WIDE100K))
    model.unload(model.index_of_path(WIDE100K))
    return {"added": sorted(added)[1], "removed": sorted(removed)[1], "stall": stall,
            "layout": layout, "listing": listing, "diff": diff}  # fmt: skip


def KazooClient_started(connect: str) -> KazooClient:  # noqa: N802 - reads as a constructor
    """A started client (closed at exit)."""
    import atexit

    client = KazooClient(hosts=connect, timeout=30)
    client.start(timeout=30)
    atexit.register(client.close)
    atexit.register(client.stop)
    return client


#: Where the app's CPU goes under churn, and what would take it away (by subtree watch
#: or not), measured with a probe of the same churn (docs/benchmarks.md).
CHURN_WORK = {
    False: "the one-shot children watches' re-listings, their children's stats in "
    "multi-reads, on kazoo's threads; the GUI thread repaints",
    True: "no re-listing: the watch's ~1,000 events/s read on kazoo's thread, applied to "
    "the rows and kept by the event log and the history on the GUI thread, which repaints",
}
CHURN_LEVER = {
    False: "a watch that names the child (persistent recursive) on expanded nodes too, or "
    "the re-listings in a helper process",
    True: "fewer repaints under churn, and the event log's and history's per-event work "
    "batched or moved off the GUI thread",
}


def measure_churn(run: Run, window, connect: str) -> None:
    """~1,000 changes/s by another process under three expanded nodes; then the same
    under a subtree watch on their parent. Longest GUI-thread pause of each."""
    import threading

    from bench_tree import Heartbeat, settle, wait_until

    model, tree, session = window.page.model, window.page.tree, window.page.session
    parents = [f"{CHURN}/churn/d{i}" for i in range(3)]
    admin = KazooClient(hosts=connect, timeout=30)
    admin.start(timeout=30)
    try:
        for parent in parents:
            admin.ensure_path(parent)
        for path in ["/", CHURN, f"{CHURN}/churn", *parents]:
            wait_until(lambda p=path: model.index_of_path(p).isValid())
            tree.expand(model.index_of_path(path))
            wait_until(lambda p=path: (n := model.find(p)) is not None and n.children is not None)
        for label, subtree in (("under 3 expanded nodes", False), ("under a subtree watch", True)):
            if subtree:
                session.watch_subtree(CHURN)
                wait_until(lambda: CHURN in session.subtree_watches)
            settle(0.5)
            beat = Heartbeat(interval_ms=5)
            app_cpu = time.process_time()
            gui_cpu = cpu_seconds(os.getpid(), threading.get_native_id())
            beat.start()
            worker = subprocess.Popen(
                [
                    sys.executable,
                    str(HERE / "bench_churn.py"),
                    "--worker",
                    connect + CHURN,
                    "--seconds",
                    str(CHURN_SECONDS),
                    "--rate",
                    str(CHURN_RATE),
                ],  # fmt: skip
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            wait_until(lambda w=worker: w.poll() is not None, CHURN_SECONDS + 120)
            out, err = worker.communicate()
            stall = beat.stop()
            if worker.returncode != 0:
                raise RuntimeError(f"churn worker failed: {err}")
            app_cpu = time.process_time() - app_cpu
            gui_cpu = cpu_seconds(os.getpid(), threading.get_native_id()) - gui_cpu
            counts = {k: int(v) for k, v in (item.split("=") for item in out.split())}
            changes = counts["create"] + counts["delete"] + counts["set"]
            area = f"Churn at ~{CHURN_RATE:,.0f} changes/s for {CHURN_SECONDS:.0f} s"
            why = ""
            if stall > 0.05:
                why = (
                    f"measured: the app used {app_cpu / CHURN_SECONDS * 100:.0f} % of a CPU, its "
                    f"GUI thread {gui_cpu / CHURN_SECONDS * 100:.0f} % "
                    f"({CHURN_WORK[subtree]}), longest collection "
                    f"{beat.longest_gc() * 1000:.0f} ms; no GUI-thread call is slow by itself: "
                    "it waits for the interpreter lock and a CPU (server, load generator and "
                    f"app on 2 CPUs). Next lever: {CHURN_LEVER[subtree]}"
                )
            run.add(
                Row(
                    area,
                    f"{label}: longest GUI-thread pause",
                    f"{stall * 1000:.0f} ms",
                    "≤ 50 ms",
                    stall <= 0.05,
                    f"{changes / CHURN_SECONDS:,.0f} changes/s reached",
                    why,
                ),  # fmt: skip
                Row(area, f"{label}: longest cycle-GC pause", f"{beat.longest_gc() * 1000:.0f} ms"),
            )
            settle(1.0)
        session.unwatch_subtree(CHURN)
    finally:
        from zkinspector.zk.delete import delete_tree

        delete_tree(admin, [CHURN])
        admin.stop()
        admin.close()


# ---------------------------------------------------------------------------


def table(run: Run) -> str:
    lines = [
        "| area | measurement | zkinspector | target | met | compared with / reason |",
        "|---|---|---:|---|---|---|",
    ]
    for r in run.rows:
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        note = "; ".join(x for x in (r.compared, r.why) if x)
        lines.append(f"| {r.area} | {r.measure} | {r.value} | {r.target} | {met} | {note} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="walk,transfer,search,wide,live,churn")
    parser.add_argument("--servers", help="A,B: use these servers (built trees are kept)")
    parser.add_argument(
        "--serve", action="store_true", help="start the servers, build, print --servers, wait"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child[0], args.child[1:])
        return 0
    which = set(args.only.split(","))
    run = Run()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_before = load()
    servers: list[ZooKeeperServer] = []
    if args.servers:
        a, b = args.servers.split(",")
    else:
        for _ in range(2):
            server = ZooKeeperServer(
                heap_mb=HEAP_MB, jvm_args=[f"-Djute.maxbuffer={JUTE_MAXBUFFER}"]
            )
            server.start(timeout=120)
            servers.append(server)
        a, b = servers[0].connect_string, servers[1].connect_string
        print(f"servers {a},{b}", file=sys.stderr)
    total = 1 + PARENTS * (1 + CHILDREN)
    sample = 1 + SAMPLE_PARENTS * (1 + CHILDREN)
    client = KazooClient(hosts=a, timeout=30)
    client.start(timeout=30)
    version = four_letter(*a.split(":")[:1], int(a.split(":")[1]), "srvr").splitlines()[0]
    try:
        build(client, BIG, lambda: grid(BIG, PARENTS, CHILDREN), total)
        build(client, SAMPLE, lambda: grid(SAMPLE, SAMPLE_PARENTS, CHILDREN), sample)
        small = 1 + SMALL_PARENTS * (1 + CHILDREN)
        build(client, SMALL, lambda: grid(SMALL, SMALL_PARENTS, CHILDREN), small)
        build(client, WIDE, lambda: wide(WIDE, WIDE_CHILDREN), WIDE_CHILDREN + 1)
        build(client, WIDE100K, lambda: wide(WIDE100K, 100_000), 100_001)
        if args.serve:
            print(f"--servers {a},{b}", flush=True)
            while True:
                time.sleep(3600)
        with tempfile.TemporaryDirectory(prefix="bench-big-") as tmp:
            if "walk" in which:
                measure_walk(run, a, client, total, sample)
            if "transfer" in which:
                measure_transfer(run, a, b, Path(tmp), total, sample)
        gui = which & {"search", "wide", "live", "churn"}
        if gui:
            measure_gui(run, a, client, total, gui)
    finally:
        client.stop()
        client.close()
        for server in servers:
            server.stop()
    print(f"\n- Date: {started}; `make bench-big` (benchmarks/bench_big.py)")
    print(
        f"- Machine: {os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}"
    )
    print(f"- {version}, standalone on loopback, fsync on, -Xmx{HEAP_MB}m, "
          f"-Djute.maxbuffer={JUTE_MAXBUFFER}")  # fmt: skip
    print(f"- Load average before / after: {load_before} / {load()}\n")
    print(table(run))
    for note in run.notes:
        print(f"\n{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
