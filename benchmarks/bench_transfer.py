"""Benchmark subtree transfer (export, import, move, compare) against the usual tools.

``make bench`` runs :func:`measure` through run_all.py; run alone it starts its own
ZooKeeper (Debian's jars, loopback, a temporary data dir, fsync on) and prints a table:

- export of the 11,111-node bench tree (fanout 10, depth 4): ours (data, ACLs, stats),
  ours without ACLs, ``zkCli.sh ls -R`` (names only), zk-shell ``cp`` to a JSON file
  (data and ACLs; when zk-shell is on PATH or ``$ZK_SHELL`` names it: install it in a
  throw-away venv, it is no dependency of ours);
- 111,111 nodes (fanout 10, depth 5): export with and without ACLs, import of that
  file elsewhere, compare of the two subtrees with and without ACLs (target ≤ 5 s);
- import of 10,000 nodes against a kazoo loop of ``create`` calls (target ≥ 20x);
- move of a 10,000-node subtree against a kazoo copy-then-delete loop (target ≥ 20x).

``--big`` (``make bench-big``) exports 1,111,111 nodes in a child process and reports its
time and peak RSS (targets ≤ 30 s, ≤ 400 MB), with and without ACLs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bench_walk  # noqa: E402
from kazoo.client import KazooClient  # noqa: E402

from zkinspector.zk.bulk import create_tree  # noqa: E402
from zkinspector.zk.compare import compare_trees  # noqa: E402
from zkinspector.zk.delete import delete_tree  # noqa: E402
from zkinspector.zk.export import export_tree  # noqa: E402
from zkinspector.zk.importing import import_file  # noqa: E402
from zkinspector.zk.move import move_tree  # noqa: E402
from zkinspector.zk.server import ZooKeeperServer, four_letter  # noqa: E402

EXPORT_ROOT = "/xfer"
BIG_ROOT = "/xfer-big"
COPY_ROOT = "/xfer-copy"
IMPORT_ROOT = "/xfer-import"
MOVE_ROOT = "/xfer-move"


def row(area: str, measure: str, value: float, unit: str, **kw: Any) -> dict[str, Any]:
    """One line of run_all's table (bench_tree.Result's fields)."""
    return {"area": area, "measure": measure, "value": value, "unit": unit, **kw}


def twenty_times(area: str, label: str, ours: float, baseline: str, theirs: float) -> dict:
    """A rate row whose target is twenty times a kazoo loop's rate."""
    return row(area, label, ours, "nodes/s", target="≥ 20x kazoo", ok=ours / theirs >= 20,
               baseline=baseline, baseline_value=theirs, higher_is_better=True)  # fmt: skip


def seconds(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def zk_shell() -> str | None:
    """The zk-shell executable: ``$ZK_SHELL``, else on PATH; None when absent."""
    named = os.environ.get("ZK_SHELL")
    if named and Path(named).is_file():
        return named
    return shutil.which("zk-shell")


def zk_shell_export(exe: str, connect: str, root: str, file: Path) -> int:
    """zk-shell's closest thing to an export: ``cp`` of a subtree, data and ACLs, to JSON."""
    target = "json://" + str(file).replace("/", "!") + "/copy"
    subprocess.run(
        [exe, "--run-once", f"cp {root} {target} true true", connect],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=3600,
    )
    return len(json.loads(file.read_text()))


def fresh(client: KazooClient, *roots: str) -> None:
    existing = [root for root in roots if client.exists(root)]
    if existing:
        delete_tree(client, existing)


def kazoo_create_loop(client: KazooClient, items: list[tuple[str, bytes]]) -> int:
    for path, data in items:
        client.create(path, data)
    return len(items)


def kazoo_copy_then_delete(client: KazooClient, source: str, target: str) -> int:
    """What a script does with kazoo alone: read each node and its ACL, create the copy,
    then delete the source leaves first; one call at a time."""
    order: list[str] = []
    queue = [source]
    while queue:
        path = queue.pop(0)
        data, _stat = client.get(path)
        acl, _ = client.get_acls(path)
        client.create(target + path[len(source) :], data, acl=acl)
        order.append(path)
        queue.extend(f"{path}/{name}" for name in client.get_children(path))
    for path in reversed(order):
        client.delete(path)
    return len(order)


def ten_thousand(root: str) -> list[tuple[str, bytes]]:
    return list(bench_walk.delete_tree_items(root))


def measure_export(client: KazooClient, connect: str, tmp: Path, depth: int) -> list[dict]:
    fresh(client, EXPORT_ROOT)
    count = create_tree(client, bench_walk.walk_tree(EXPORT_ROOT, depth=depth))
    area = f"Export of {count:,} nodes (fanout 10, depth {depth})"
    for _ in range(2):  # warm the server
        export_tree(client, EXPORT_ROOT, tmp / "warm.jsonl")
    rates: dict[str, float] = {}
    secs, result = seconds(lambda: export_tree(client, EXPORT_ROOT, tmp / "x.jsonl"))
    assert result.nodes == count, result
    rates["ours"] = count / secs
    secs, result = seconds(lambda: export_tree(client, EXPORT_ROOT, tmp / "y.jsonl", acls=False))
    rates["ours, no ACLs"] = count / secs
    if Path(bench_walk.ZKCLI).is_file():
        secs, seen = seconds(lambda: bench_walk.zkcli_ls_r(connect, EXPORT_ROOT))
        assert seen == count, seen
        rates["zkCli"] = count / secs
    exe = zk_shell()
    if exe is not None:
        secs, seen = seconds(lambda: zk_shell_export(exe, connect, EXPORT_ROOT, tmp / "zks.json"))
        assert seen == count, seen
        rates["zk-shell"] = count / secs
    out = []
    for name, label in (
        ("ours", "zkinspector export (data, ACLs, stats)"),
        ("ours, no ACLs", "zkinspector export --no-acl (data, stats)"),
    ):
        for base, base_label in (
            ("zkCli", "zkCli.sh ls -R (names only)"),
            ("zk-shell", "zk-shell cp to JSON (data, ACLs)"),
        ):
            if base in rates:
                out.append(
                    row(
                        area,
                        label,
                        rates[name],
                        "nodes/s",
                        baseline=base_label,
                        baseline_value=rates[base],
                        higher_is_better=True,
                    )  # fmt: skip
                )
    if not out:
        out = [row(area, "zkinspector export (data, ACLs, stats)", rates["ours"], "nodes/s")]
    return out


def measure_big_tree(client: KazooClient, tmp: Path, depth: int) -> list[dict]:
    fresh(client, BIG_ROOT, COPY_ROOT)
    count = create_tree(client, bench_walk.walk_tree(BIG_ROOT, depth=depth))
    area = f"{count:,} nodes (fanout 10, depth {depth})"
    file = tmp / "big.jsonl"
    out = []
    secs, result = seconds(lambda: export_tree(client, BIG_ROOT, file))
    assert result.nodes == count, result
    target = "≥ 100,000 nodes/s (walk speed)"
    out.append(row(area, "export (data, ACLs, stats)", count / secs, "nodes/s",
                   target=target, ok=count / secs >= 100_000, higher_is_better=True))  # fmt: skip
    secs, _ = seconds(lambda: export_tree(client, BIG_ROOT, tmp / "noacl.jsonl", acls=False))
    out.append(row(area, "export --no-acl (data, stats)", count / secs, "nodes/s",
                   target=target, ok=count / secs >= 100_000, higher_is_better=True))  # fmt: skip
    secs, result = seconds(lambda: import_file(client, file, COPY_ROOT))
    assert result.created == count and result.complete, result
    out.append(row(area, "import of the export elsewhere", count / secs, "nodes/s",
                   higher_is_better=True))  # fmt: skip
    for acls, label in (
        (True, "compare both subtrees (data, ACLs)"),
        (False, "compare both subtrees (data only)"),
    ):
        secs, result = seconds(
            lambda acls=acls: compare_trees(client, BIG_ROOT, client, COPY_ROOT, acls=acls)
        )
        assert result.equal and result.compared == count, result
        out.append(row(area, label, secs, "s", target="≤ 5 s", ok=secs <= 5))
    fresh(client, BIG_ROOT, COPY_ROOT)
    return out


def measure_import(client: KazooClient, tmp: Path) -> list[dict]:
    fresh(client, IMPORT_ROOT, IMPORT_ROOT + "-k", "/xfer-dst")
    items = ten_thousand(IMPORT_ROOT)
    create_tree(client, items)
    file = tmp / "ten.jsonl"
    export_tree(client, IMPORT_ROOT, file)
    client.create("/xfer-dst")
    secs, result = seconds(lambda: import_file(client, file, "/xfer-dst/import"))
    assert result.created == len(items), result
    ours = len(items) / secs
    moved = [(IMPORT_ROOT + "-k" + path[len(IMPORT_ROOT) :], data) for path, data in items]
    secs, _ = seconds(lambda: kazoo_create_loop(client, moved))
    kazoo = len(items) / secs
    fresh(client, IMPORT_ROOT, IMPORT_ROOT + "-k", "/xfer-dst")
    area = f"Import of {len(items):,} nodes (from a file)"
    label = "zkinspector import (checked, planned, transactions)"
    return [twenty_times(area, label, ours, "kazoo create() loop", kazoo)]


def measure_move(client: KazooClient) -> list[dict]:
    fresh(client, MOVE_ROOT, MOVE_ROOT + "-to", MOVE_ROOT + "-k")
    items = ten_thousand(MOVE_ROOT)
    create_tree(client, items)
    secs, result = seconds(lambda: move_tree(client, MOVE_ROOT, MOVE_ROOT + "-to"))
    assert result.complete and len(result.moved) == len(items), result
    ours = len(items) / secs
    secs, count = seconds(
        lambda: kazoo_copy_then_delete(client, MOVE_ROOT + "-to", MOVE_ROOT + "-k")
    )
    assert count == len(items)
    kazoo = len(items) / secs
    fresh(client, MOVE_ROOT, MOVE_ROOT + "-to", MOVE_ROOT + "-k")
    area = f"Move of a {len(items):,}-node subtree"
    label = "zkinspector move (copy, verify, delete)"
    return [twenty_times(area, label, ours, "kazoo copy-then-delete loop", kazoo)]


def measure(client: KazooClient, connect: str, *, quick: bool = False) -> list[dict]:
    """Every figure above on one server; rows as dicts with bench_tree.Result's fields."""
    with tempfile.TemporaryDirectory(prefix="bench-transfer-") as tmp:
        out = measure_export(client, connect, Path(tmp), depth=3 if quick else 4)
        out += measure_big_tree(client, Path(tmp), depth=4 if quick else 5)
        out += measure_import(client, Path(tmp))
        out += measure_move(client)
    return out


# ---------------------------------------------------------------------------
# --big: a million nodes, in a child process whose peak memory is its own


def export_child(connect: str, root: str, file: str, acls: bool) -> None:
    client = KazooClient(hosts=connect, timeout=30)
    client.start(timeout=30)
    try:
        secs, result = seconds(lambda: export_tree(client, root, file, acls=acls))
    finally:
        client.stop()
        client.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": secs, "nodes": result.nodes, "peak_mb": peak_mb}))


def big_tree(root: str, depth: int) -> Iterator[tuple[str, bytes]]:
    yield from bench_walk.walk_tree(root, depth=depth)


def measure_big(client: KazooClient, connect: str, depth: int = 6) -> list[dict]:
    fresh(client, BIG_ROOT)
    count = create_tree(client, big_tree(BIG_ROOT, depth), batch_ops=1000)
    area = f"Export of {count:,} nodes (fanout 10, depth {depth}), separate process"
    out = []
    with tempfile.TemporaryDirectory(prefix="bench-big-") as tmp:
        for acls, label in ((False, "export --no-acl"), (True, "export (data, ACLs, stats)")):
            args = [sys.executable, __file__, "--export-child", connect, BIG_ROOT,
                    str(Path(tmp) / "big.jsonl")] + ([] if acls else ["--no-acl"])  # fmt: skip
            done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=3600)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            assert figures["nodes"] == count, figures
            out.append(row(area, f"{label}: time", figures["seconds"], "s",
                           target="≤ 30 s", ok=figures["seconds"] <= 30))  # fmt: skip
            out.append(row(area, f"{label}: peak RSS of the process", figures["peak_mb"], "MB",
                           target="≤ 400 MB", ok=figures["peak_mb"] <= 400))  # fmt: skip
    fresh(client, BIG_ROOT)
    return out


def _value(r: dict) -> str:
    if r["unit"] == "nodes/s":
        return f"{r['value']:,.0f} nodes/s"
    return f"{r['value']:.1f} {r['unit']}" if r["unit"] == "MB" else f"{r['value']:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller trees")
    parser.add_argument("--big", action="store_true", help="the 1,111,111-node export")
    parser.add_argument("--export-child", nargs=3, metavar=("CONNECT", "ROOT", "FILE"))
    parser.add_argument("--no-acl", action="store_true")
    args = parser.parse_args()
    if args.export_child:
        export_child(*args.export_child, acls=not args.no_acl)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-transfer-zk-") as tmp:
        server = ZooKeeperServer(base_dir=tmp, heap_mb=3072 if args.big else 1024)
        server.start()
        client = KazooClient(hosts=server.connect_string, timeout=30)
        client.start(timeout=30)
        try:
            print(four_letter(server.host, server.port, "srvr").splitlines()[0])
            if args.big:
                rows = measure_big(client, server.connect_string, depth=5 if args.quick else 6)
            else:
                rows = measure(client, server.connect_string, quick=args.quick)
        finally:
            client.stop()
            client.close()
            server.stop()
    print("| area | measurement | zkinspector | compared with | ratio | target | met |")
    print("|---|---|---:|---|---:|---|---|")
    for r in rows:
        base = r.get("baseline_value")
        compared = f"{r['baseline']}: {base:,.0f} nodes/s" if base else ""
        ratio = f"{r['value'] / base:.1f}x" if base else ""
        met = "" if r.get("ok") is None else ("yes" if r["ok"] else "**no**")
        print(
            f"| {r['area']} | {r['measure']} | {_value(r)} | {compared} | {ratio} | {r.get('target', '')} | {met} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
