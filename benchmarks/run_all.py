"""Run every benchmark in one go against one ZooKeeper and print one markdown table.

``make bench`` runs this. It starts its own ZooKeeper (Debian's jars, loopback, a
temporary data dir, default settings: fsync on), then measures side by side:

- walks of an 11,111-node tree (fanout 10, depth 4): zkinspector's walker against
  ``zkCli.sh ls -R``, a sequential kazoo walk and zk-shell ``find`` (when installed),
  with the helpers of ``bench_walk.py``;
- recursive delete of 10,000 nodes: zkinspector's delete_tree against kazoo's
  ``delete(recursive=True)`` and ``zkCli.sh deleteall``;
- subtree transfer (``bench_transfer.py``): export against ``zkCli.sh ls -R`` and
  zk-shell, import against a kazoo ``create`` loop, move against a kazoo copy-then-delete
  loop, compare of two 111,111-node subtrees (the million-node export is
  ``make bench-big``);
- the GUI at scale (``bench_tree.py``): expanding a 100,000-child node, RSS, search,
  watch latency, cold start;
- ``bench_install.py``: cold start of the PyInstaller bundle and of the wheel installed
  in a fresh venv (bare environment, window shown and root listed), the bundle's size;
- ``bench_churn.py`` (the tree under churn) and ``bench_events.py`` (the event log and a
  subtree watch under ~1,000 events/s) when they exist: their ``measure(connect)``
  results join the table (objects or dicts with bench_tree.Result's fields); without
  ``measure`` a script runs with ``--server CONNECT`` and its output follows the table.
- the server panel and many tabs (``bench_servers.py``): GUI-thread time per refresh of
  the panel with 5 members, memory of 10 tabs on the sandbox tree;

The table has the date, the machine (CPUs, CPU model, RAM, load) and the versions above it.
Figures are medians of ``--repeat`` runs where it says so; they are noisy on a shared
machine: compare ratios. Options: ``--repeat N``, ``--quick`` (smaller, for a smoke run),
``--write FILE`` (also write the markdown to FILE, e.g. docs/benchmarks.md, keeping
its "## Notes" section).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_install  # noqa: E402
import bench_servers  # noqa: E402
import bench_transfer  # noqa: E402
import bench_tree  # noqa: E402  (imports bench_env first: offscreen Qt, a throw-away home)
import bench_walk  # noqa: E402
import kazoo  # noqa: E402
import PySide6  # noqa: E402
from bench_tree import Result  # noqa: E402
from kazoo.client import KazooClient  # noqa: E402

from zkinspector.zk.bulk import create_tree  # noqa: E402
from zkinspector.zk.delete import delete_tree  # noqa: E402
from zkinspector.zk.protocol import ServerFeatures, set_server_features  # noqa: E402
from zkinspector.zk.server import ZooKeeperServer, four_letter  # noqa: E402
from zkinspector.zk.walk import walk  # noqa: E402

WALK_AREA = "Walk of {n:,} nodes (fanout 10, depth {depth})"
DELETE_AREA = "Recursive delete of {n:,} nodes"


# ---------------------------------------------------------------------------
# The machine


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine() -> list[str]:
    """Lines describing the machine and the software measured."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    mem_kb = next(
        (
            int(line.split()[1])
            for line in _read("/proc/meminfo").splitlines()
            if line.startswith("MemTotal:")
        ),
        0,
    )
    os_name = next(
        (
            line.split("=", 1)[1].strip('"')
            for line in _read("/etc/os-release").splitlines()
            if line.startswith("PRETTY_NAME=")
        ),
        platform.platform(),
    )
    java = "?"
    try:
        out = subprocess.run(
            ["java", "-version"], capture_output=True, text=True, timeout=30, check=False
        )
        java = (out.stderr or out.stdout).splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        pass
    return [
        f"- Machine: {os.cpu_count()} CPUs ({cpu}), {mem_kb / 1024 / 1024:.1f} GiB RAM, {os_name}",
        f"- Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"kazoo {kazoo.__version__}, {java}",
    ]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


# ---------------------------------------------------------------------------
# Walks and deletes (bench_walk.py's helpers)


def measure_walk(client: KazooClient, connect: str, repeat: int, depth: int) -> list[Result]:
    root = bench_walk.WALK_ROOT
    if client.exists(root):
        delete_tree(client, [root])
    created = create_tree(client, bench_walk.walk_tree(root, depth=depth))
    for _ in range(2):  # warm the server's JIT and caches
        sum(1 for _ in walk(client, root))
        bench_walk.sequential_walk(client, root)

    def ours() -> int:
        return sum(1 for _ in walk(client, root))

    rates: dict[str, float] = {}

    def run(name: str, fn: Callable[[], int], runs: int = repeat) -> None:
        secs, count = bench_walk.timed(fn, runs)
        if count != created:
            raise AssertionError(f"{name} saw {count} nodes, expected {created}")
        rates[name] = count / secs

    run("ours", ours)
    set_server_features(client, ServerFeatures())  # as a server before 3.6
    run("ours, pre-3.6", ours)
    set_server_features(client, None)
    run("kazoo", lambda: bench_walk.sequential_walk(client, root))
    if Path(bench_walk.ZKCLI).is_file():
        run("zkCli", lambda: bench_walk.zkcli_ls_r(connect, root))
    if shutil.which("zk-shell"):
        run("zk-shell", lambda: bench_walk.zk_shell_find(connect, root))
    delete_tree(client, [root])

    area = WALK_AREA.format(n=created, depth=depth)
    out = []
    for name, label in (
        ("ours", "zkinspector walk (multi-read)"),
        ("ours, pre-3.6", "zkinspector walk (pipelined, servers < 3.6)"),
    ):
        for base, base_label, target in (
            ("zkCli", "zkCli.sh ls -R", "≥ 3x zkCli.sh ls -R"),
            ("kazoo", "kazoo sequential walk", ""),
            ("zk-shell", "zk-shell find", ""),
        ):
            if base not in rates:
                continue
            ratio = rates[name] / rates[base]
            is_target = name == "ours" and bool(target)
            out.append(
                Result(
                    area,
                    label,
                    rates[name],
                    "nodes/s",
                    target if is_target else "",
                    (ratio >= 3) if is_target else None,
                    base_label,
                    rates[base],
                    True,
                )
            )
    return out


def measure_delete(client: KazooClient, connect: str, repeat: int) -> list[Result]:
    root = bench_walk.DELETE_ROOT
    rates: dict[str, float] = {}
    count = 0

    def timed_delete(name: str, fn: Callable[[], None], runs: int) -> None:
        nonlocal count
        times = []
        for _ in range(runs):
            if client.exists(root):
                delete_tree(client, [root])
            count = create_tree(client, bench_walk.delete_tree_items(root), batch_ops=1000)
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
            if client.exists(root) is not None:
                raise AssertionError(f"{name} left nodes behind")
        times.sort()
        rates[name] = count / times[len(times) // 2]

    def ours() -> None:
        result = delete_tree(client, [root])
        if result.deleted != count or result.errors:
            raise AssertionError(result)

    timed_delete("ours", ours, repeat)
    timed_delete("kazoo", lambda: client.delete(root, recursive=True), 1)
    if Path(bench_walk.ZKCLI).is_file():
        timed_delete("zkCli", lambda: bench_walk.zkcli(connect, "deleteall", root), repeat)

    area = DELETE_AREA.format(n=count)
    out = []
    for base, label, target in (
        ("kazoo", "kazoo delete(recursive=True)", "≥ 20x kazoo"),
        ("zkCli", "zkCli.sh deleteall", ""),
    ):
        if base in rates:
            ratio = rates["ours"] / rates[base]
            out.append(
                Result(
                    area,
                    "zkinspector delete_tree (transactions)",
                    rates["ours"],
                    "nodes/s",
                    target,
                    (ratio >= 20) if target else None,
                    label,
                    rates[base],
                    True,
                )
            )
    return out


# ---------------------------------------------------------------------------
# bench_churn.py and bench_events.py, when present


def measure_script(name: str, connect: str) -> tuple[list[Result], str]:
    """Results of <name>.measure(connect), or the output of the script run as is."""
    if not (HERE / f"{name}.py").is_file():
        return [], ""
    module = importlib.import_module(name)
    fn = getattr(module, "measure", None)
    if callable(fn):
        results = []
        for item in fn(connect):
            if isinstance(item, Result):
                results.append(item)
            elif isinstance(item, dict):
                results.append(Result(**item))
            else:
                results.append(Result(**{k: getattr(item, k) for k in vars(item)}))
        return results, ""
    proc = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py"), "--server", connect],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    return [], proc.stdout + (f"\n(exit code {proc.returncode})" if proc.returncode else "")


# ---------------------------------------------------------------------------
# The table


def _value(value: float, unit: str) -> str:
    if unit in ("nodes/s", "/s"):
        return f"{value:,.0f} {unit}"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:,.3g} {unit}"


def table(results: list[Result]) -> str:
    lines = [
        "| area | measurement | zkinspector | compared with | ratio | target | met |",
        "|---|---|---:|---|---:|---|---|",
    ]
    last: tuple[str, str] | None = None
    for r in results:
        same = last == (r.area, r.measure)
        last = (r.area, r.measure)
        area = "" if same else r.area
        measure = "" if same else r.measure
        value = "" if same else _value(r.value, r.unit)
        compared = ratio = ""
        if r.baseline and r.baseline_value:
            compared = f"{r.baseline}: {_value(r.baseline_value, r.unit)}"
            x = r.value / r.baseline_value if r.higher_is_better else r.baseline_value / r.value
            ratio = f"{x:.1f}x"
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        lines.append(
            f"| {area} | {measure} | {value} | {compared} | {ratio} | {r.target} | {met} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per walk/delete figure")
    parser.add_argument("--quick", action="store_true", help="smaller trees, one run each")
    parser.add_argument("--write", metavar="FILE", help="also write the markdown to FILE")
    args = parser.parse_args()
    repeat = 1 if args.quick else max(1, args.repeat)
    started = datetime.datetime.now(datetime.UTC)
    load_before = load()
    print("Running the benchmarks (a few minutes)…", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="bench-all-") as tmp:
        server = ZooKeeperServer(base_dir=tmp, heap_mb=1024)
        server.start()
        connect = server.connect_string
        client = KazooClient(hosts=connect, timeout=30)
        client.start(timeout=30)
        try:
            version = four_letter(server.host, server.port, "srvr").splitlines()[0]
            results = measure_walk(client, connect, repeat, depth=3 if args.quick else 4)
            results += measure_delete(client, connect, repeat)
            results += [
                Result(**r) for r in bench_transfer.measure(client, connect, quick=args.quick)
            ]
            results += bench_tree.measure(
                connect,
                children=20_000 if args.quick else 100_000,
                watch_sets=20 if args.quick else 200,
                cold_runs=1 if args.quick else 3,
            )
            results += bench_install.measure(connect, runs=1 if args.quick else 3)
            texts = []
            for script in ("bench_churn", "bench_events"):
                measured, text = measure_script(script, connect)
                results += measured
                if text:
                    texts.append((script, text))
            results += bench_servers.measure(quick=args.quick)
        finally:
            client.stop()
            client.close()
            server.stop()

    lines = [
        "# zkinspector benchmarks",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC; `make bench` (benchmarks/run_all.py"
        f"{' --quick' if args.quick else ''}), walk/delete figures: median of {repeat}",
        *machine(),
        f"- {version}, standalone on loopback, default settings (fsync on); "
        "client and server share the CPUs",
        f"- Load average before / after: {load_before} / {load()}",
        "",
        table(results),
    ]
    for script, text in texts:
        lines += ["", f"## {script}.py", "", text.strip()]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        target = Path(args.write)
        old = target.read_text(encoding="utf-8") if target.is_file() else ""
        notes = old.find("\n## Notes")
        if notes >= 0:  # hand-written notes after the table survive a new run
            text += old[notes:]
        target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
