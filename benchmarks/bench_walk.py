"""Benchmark walks (zk/walk.py) and recursive deletes (zk/delete.py) against the usual tools.

Starts its own ZooKeeper (Debian's jars, loopback, temporary data dir), builds an
11,111-node tree (fanout 10, depth 4) and measures nodes/s for

- walks: our walk (multi-read, and the pipelined fallback for servers before 3.6), a
  sequential kazoo walk, ``zkCli.sh ls -R``, zk-shell ``find`` (when installed);
- recursive delete of 10,000 nodes: our delete_tree, kazoo ``delete(recursive=True)``,
  ``zkCli.sh deleteall``.

Prints markdown tables with ratios. Run from the repository root:

    .venv/bin/python benchmarks/bench_walk.py [--repeat 3]

Each figure is the median of ``--repeat`` runs (kazoo's recursive delete runs once: it is
slow). zkCli.sh figures include the JVM start and connect, shown separately below.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kazoo  # noqa: E402
from kazoo.client import KazooClient  # noqa: E402

from zkinspector.zk.bulk import create_tree  # noqa: E402
from zkinspector.zk.delete import delete_tree  # noqa: E402
from zkinspector.zk.protocol import ServerFeatures, set_server_features  # noqa: E402
from zkinspector.zk.server import ZooKeeperServer, four_letter  # noqa: E402
from zkinspector.zk.walk import count_subtree, walk  # noqa: E402

ZKCLI = "/usr/share/zookeeper/bin/zkCli.sh"
WALK_ROOT = "/bench"
DELETE_ROOT = "/del"


def walk_tree(root: str, fanout: int = 10, depth: int = 4) -> Iterator[tuple[str, bytes]]:
    """Breadth-first full tree: 1 + 10 + ... + 10**depth nodes, ~20 bytes of data each."""
    level = [root]
    yield root, b"bench root"
    for _ in range(depth):
        nxt = [f"{parent}/n{i}" for parent in level for i in range(fanout)]
        for path in nxt:
            yield path, path.encode()[-20:]
        level = nxt


def delete_tree_items(root: str) -> Iterator[tuple[str, bytes]]:
    """Exactly 10,000 nodes: the root, 99 children, 100 grandchildren under each."""
    yield root, b""
    for i in range(99):
        yield f"{root}/a{i}", b"a"
        for j in range(100):
            yield f"{root}/a{i}/b{j}", b"b"


def timed(fn: Callable[[], int], repeat: int) -> tuple[float, int]:
    """Median seconds of ``repeat`` runs of fn, and the node count of the last run."""
    times = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def sequential_walk(client: KazooClient, root: str) -> int:
    """One synchronous get_children(include_data=True) per node, breadth-first."""
    queue = deque([root])
    count = 0
    while queue:
        path = queue.popleft()
        children, _stat = client.get_children(path, include_data=True)
        count += 1
        queue.extend(f"{path}/{name}" for name in children)
    return count


def zkcli(connect: str, *args: str) -> list[str]:
    """Run zkCli.sh with one command; return its stdout lines. Raises CalledProcessError."""
    proc = subprocess.run(
        [ZKCLI, "-server", connect, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=True,
        text=True,
    )
    return proc.stdout.splitlines()


def zkcli_ls_r(connect: str, root: str) -> int:
    return sum(1 for line in zkcli(connect, "ls", "-R", root) if line.startswith(root))


def zk_shell_find(connect: str, root: str) -> int:
    exe = shutil.which("zk-shell")
    assert exe is not None
    proc = subprocess.run(
        [exe, "--run-once", f"find {root}", connect],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=True,
        text=True,
    )
    return sum(1 for line in proc.stdout.splitlines() if line.startswith(root))


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}"


def table(title: str, rows: list[tuple[str, int, float]], base: str, extra: str) -> None:
    """Print a markdown table; ratios against the row named ``base`` and ``extra``."""
    by_name = {name: (count, secs) for name, count, secs in rows}
    base_rate = by_name[base][0] / by_name[base][1] if base in by_name else None
    extra_rate = by_name[extra][0] / by_name[extra][1] if extra in by_name else None
    print(f"\n### {title}\n")
    print(f"| method | nodes | seconds | nodes/s | x {base} | x {extra} |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, count, secs in rows:
        r = count / secs
        ratio_a = f"{r / base_rate:.1f}" if base_rate else "-"
        ratio_b = f"{r / extra_rate:.1f}" if extra_rate else "-"
        print(f"| {name} | {count:,} | {secs:.3f} | {r:,.0f} | {ratio_a} | {ratio_b} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    args = parser.parse_args()
    repeat = max(1, args.repeat)
    have_zkcli = Path(ZKCLI).is_file()
    have_zk_shell = shutil.which("zk-shell") is not None

    with tempfile.TemporaryDirectory(prefix="bench-walk-") as tmp:
        server = ZooKeeperServer(base_dir=tmp, heap_mb=512)
        server.start()
        connect = server.connect_string
        client = KazooClient(hosts=connect, timeout=15)
        client.start(timeout=15)
        try:
            version = four_letter(server.host, server.port, "srvr").splitlines()[0]
            print(
                f"# Walk and delete benchmark\n\n{version}; kazoo {kazoo.__version__}; "
                f"Python {sys.version.split()[0]}; server fsync on (defaults)"
            )

            start = time.perf_counter()
            created = create_tree(client, walk_tree(WALK_ROOT))
            build = time.perf_counter() - start
            print(
                f"\nBuilt {created:,} nodes with create_tree in {build:.2f} s "
                f"({rate(created, build)} nodes/s, transactions of 500)."
            )

            # Warm the server's JIT and caches with a couple of walks.
            for _ in range(2):
                sum(1 for _ in walk(client, WALK_ROOT))
                sequential_walk(client, WALK_ROOT)

            rows: list[tuple[str, int, float]] = []

            def ours(**kw: object) -> Callable[[], int]:
                return lambda: sum(1 for _ in walk(client, WALK_ROOT, **kw))  # type: ignore[arg-type]

            secs, n = timed(ours(), repeat)
            rows.append(("zkinspector walk (children+stat, multi-read)", n, secs))
            secs, n = timed(ours(data=True), repeat)
            rows.append(("zkinspector walk (children+stat+data, multi-read)", n, secs))
            secs, n = timed(ours(stats=False), repeat)
            rows.append(("zkinspector walk (children only, multi-read)", n, secs))
            set_server_features(client, ServerFeatures())  # pre-3.6
            secs, n = timed(ours(), repeat)
            rows.append(("zkinspector walk (pipelined, pre-3.6 fallback)", n, secs))
            set_server_features(client, None)
            secs, n = timed(lambda: sequential_walk(client, WALK_ROOT), repeat)
            rows.append(("kazoo sequential walk", n, secs))
            jvm = None
            if have_zkcli:
                jvm, _ = timed(lambda: len(zkcli(connect, "ls", "/")), repeat)
                secs, n = timed(lambda: zkcli_ls_r(connect, WALK_ROOT), repeat)
                rows.append(("zkCli.sh ls -R", n, secs))
            if have_zk_shell:
                secs, n = timed(lambda: zk_shell_find(connect, WALK_ROOT), repeat)
                rows.append(("zk-shell find", n, secs))
            for name, count, _secs in rows:
                assert count == created, f"{name} saw {count} nodes, expected {created}"
            secs, n = timed(lambda: count_subtree(client, [WALK_ROOT]), repeat)
            assert n == created
            table(
                f"Walk of {created:,} nodes (fanout 10, depth 4)",
                rows,
                base="zkCli.sh ls -R",
                extra="kazoo sequential walk",
            )
            print(f"\ncount_subtree (getAllChildrenNumber, one request): {secs * 1000:.1f} ms.")
            if jvm is not None:
                print(f"zkCli.sh JVM start + connect (`ls /`): {jvm:.2f} s, included above.")
            if not have_zk_shell:
                print("zk-shell not installed: not measured.")

            # -- recursive delete of 10,000 nodes
            drows: list[tuple[str, int, float]] = []

            def build_delete_tree() -> int:
                return create_tree(client, delete_tree_items(DELETE_ROOT), batch_ops=1000)

            def timed_delete(fn: Callable[[], None], runs: int) -> tuple[float, int]:
                times = []
                count = 0
                for _ in range(runs):
                    count = build_delete_tree()
                    start = time.perf_counter()
                    fn()
                    times.append(time.perf_counter() - start)
                    assert client.exists(DELETE_ROOT) is None, "delete left nodes behind"
                return statistics.median(times), count

            def ours_delete() -> None:
                result = delete_tree(client, [DELETE_ROOT])
                assert result.deleted == 10_000 and not result.errors, result

            secs, n = timed_delete(ours_delete, repeat)
            drows.append(("zkinspector delete_tree (multi-read + transactions)", n, secs))
            set_server_features(client, ServerFeatures())  # pre-3.6
            secs, n = timed_delete(ours_delete, repeat)
            drows.append(("zkinspector delete_tree (pre-3.6 fallback)", n, secs))
            set_server_features(client, None)
            secs, n = timed_delete(lambda: client.delete(DELETE_ROOT, recursive=True), 1)
            drows.append(("kazoo delete(recursive=True)", n, secs))
            if have_zkcli:
                secs, n = timed_delete(lambda: zkcli(connect, "deleteall", DELETE_ROOT), repeat)
                drows.append(("zkCli.sh deleteall", n, secs))
            table(
                "Recursive delete of 10,000 nodes (root, 99 children, 100 grandchildren each)",
                drows,
                base="kazoo delete(recursive=True)",
                extra="zkCli.sh deleteall",
            )
        finally:
            client.stop()
            client.close()
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
