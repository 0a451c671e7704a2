"""Churn for a minute: the real window under ~1,000 changes a second, memory and truth.

Another process (this script with ``--worker``) creates, deletes and sets children of
three expanded nodes at ``--rate`` changes a second for ``--seconds`` (60). Meanwhile the
real main window (``create_main_window``, offscreen) shows those nodes expanded, with one
of them selected (so it carries a data watch too). Reported:

- the churn rate reached, and errors (there should be none);
- RSS of the app: after a warm-up (``--warmup``, 10 s), at the end, the growth between
  (target: under 10 %), and the peak;
- the longest GUI-thread pause during the churn (a 10 ms heartbeat timer's largest gap);
- once the churn stops: the time until the tree equals the server, and whether it does
  (every loaded node shows exactly the server's children).

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_churn.py [--server HOST:PORT]

Without ``--server`` it starts its own ZooKeeper. Exit code 1 if the tree does not equal
the server or the RSS grew 10 % or more. ``run_all.py`` calls ``measure(connect)``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import uuid
from collections.abc import Callable

from bench_env import ROOT, on_server, open_window  # noqa: E402,F401 - first: sys.path, offscreen, throw-away home
from kazoo.client import KazooClient

from benchmarks.churn import churn, server_listing, tree_listing

PARENTS = ["/churn/d0", "/churn/d1", "/churn/d2"]
START_CHILDREN = 50
RSS_TARGET = 0.10


def rss_mb() -> float:
    """Resident set size of this process, MiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# ---------------------------------------------------------------------------
# The churn worker (a separate process, so it does not share the app's GIL)


def churn_worker(hosts: str, seconds: float, rate: float, seed: int = 7) -> dict[str, int]:
    """Create/delete/set children of PARENTS at about `rate` a second, pipelined."""
    return churn(hosts, PARENTS, seconds, rate, seed=seed)


# ---------------------------------------------------------------------------
# The app side


def wait_until(cond: Callable[[], bool], timeout: float = 120.0) -> float:
    """Run the event loop until cond() is true; returns the seconds it took."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.monotonic()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: cond() and loop.quit())
    timer.start()
    while not cond():
        if time.monotonic() - start > timeout:
            timer.stop()
            raise TimeoutError("condition not met in time")
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    timer.stop()
    return time.monotonic() - start


def tree_vs_server(model, client: KazooClient) -> list[str]:
    """Paths of loaded nodes whose shown children differ from the server's ([] if equal)."""
    shown = tree_listing(model)
    held = server_listing(client, shown)
    differ = [p for p in shown if shown[p] != held[p]]
    return differ if shown else ["(nothing shown)"]


def run(connect: str, seconds: float, rate: float, warmup: float) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench_churn"])
    chroot = f"/bench-churn-{uuid.uuid4().hex[:8]}"
    admin = KazooClient(connect, timeout=10)
    admin.start(timeout=15)
    admin.ensure_path(chroot)
    hosts = connect + chroot
    checker = KazooClient(hosts, timeout=10)
    checker.start(timeout=15)
    for parent in PARENTS:
        checker.ensure_path(parent)
        tx = checker.transaction()
        for i in range(START_CHILDREN):
            tx.create(f"{parent}/s{i}", b"x" * 32)
        tx.commit()

    window = open_window(["zkinspector", "--server", hosts])
    model = window.page.model
    try:
        wait_until(lambda: window.page.session.is_connected and model.index(0, 0).isValid())
        for path in ["/", "/churn", *PARENTS]:
            wait_until(lambda p=path: model.index_of_path(p).isValid())
            window.page.tree.expand(model.index_of_path(path))
            wait_until(lambda p=path: (n := model.find(p)) is not None and n.children is not None)
        window.page.reveal(PARENTS[0])  # selected: it carries a data watch as well

        beats = {"last": time.monotonic(), "max_gap": 0.0}
        samples: list[tuple[float, float]] = []

        def beat() -> None:
            now = time.monotonic()
            beats["max_gap"] = max(beats["max_gap"], now - beats["last"])
            beats["last"] = now

        heartbeat = QTimer()
        heartbeat.timeout.connect(beat)
        heartbeat.start(10)
        start = time.monotonic()
        sampler = QTimer()
        sampler.timeout.connect(lambda: samples.append((time.monotonic() - start, rss_mb())))
        sampler.start(1000)

        worker = subprocess.Popen(
            [sys.executable, __file__, "--worker", hosts]
            + ["--seconds", str(seconds), "--rate", str(rate)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_until(lambda: worker.poll() is not None, timeout=seconds + 120)
        out, err = worker.communicate()
        churn_time = time.monotonic() - start
        if worker.returncode != 0:
            raise RuntimeError(f"churn worker failed: {err}")
        counts = {k: int(v) for k, v in (item.split("=") for item in out.split())}
        end_rss = rss_mb()
        sampler.stop()
        heartbeat.stop()  # (the convergence check below blocks on the checking client)

        converge_start = time.monotonic()
        try:
            wait_until(lambda: not tree_vs_server(model, checker) and not model.is_busy(), 60)
            equal = True
        except TimeoutError:
            equal = False
        converge = time.monotonic() - converge_start

        after_warmup = [mb for t, mb in samples if t >= warmup]
        base = after_warmup[0] if after_warmup else samples[0][1]
        changes = counts["create"] + counts["delete"] + counts["set"]
        return {
            "seconds": churn_time,
            "changes": changes,
            "rate": changes / churn_time,
            "errors": counts["errors"],
            "rss_start": samples[0][1] if samples else end_rss,
            "rss_base": base,
            "rss_end": end_rss,
            "rss_peak": max(mb for _, mb in samples) if samples else end_rss,
            "growth": (end_rss - base) / base,
            "max_gap": beats["max_gap"],
            "converge": converge,
            "equal": equal,
            "differ": tree_vs_server(model, checker)[:5] if not equal else [],
        }
    finally:
        window.page.session.shutdown(wait=True)
        window.close()
        app.processEvents()
        checker.stop()
        checker.close()
        try:
            from zkinspector.zk.delete import delete_tree

            delete_tree(admin, [chroot])
        finally:
            admin.stop()
            admin.close()


def report(r: dict, rate: float) -> str:
    ok_rss = r["growth"] < RSS_TARGET
    lines = [
        "| measure | value | target |",
        "|---|---|---|",
        f"| churn | {r['changes']:,} changes in {r['seconds']:.0f} s = {r['rate']:,.0f}/s "
        f"| ~{rate:,.0f}/s |",
        f"| churn errors | {r['errors']} | 0 |",
        f"| RSS after warm-up / at the end / peak | {r['rss_base']:.0f} / {r['rss_end']:.0f} / "
        f"{r['rss_peak']:.0f} MiB | |",
        f"| RSS growth after warm-up | {r['growth'] * 100:+.1f} % "
        f"| < {RSS_TARGET * 100:.0f} % {'ok' if ok_rss else 'FAILED'} |",
        f"| longest GUI-thread pause | {r['max_gap'] * 1000:,.0f} ms | |",
        f"| tree equals the server after the churn | {'yes' if r['equal'] else 'NO'} "
        f"(in {r['converge']:.2f} s) | yes |",
    ]
    if r["differ"]:
        lines.append(f"\nDiffering nodes: {', '.join(r['differ'])}")
    return "\n".join(lines)


def measure(connect: str, seconds: float = 60.0, rate: float = 1000.0) -> list[dict]:
    """For run_all.py: the figures as bench_tree.Result fields."""
    r = run(connect, seconds, rate, warmup=10.0)
    area = f"Churn, {seconds:.0f} s at ~{rate:,.0f} changes/s"
    return [
        {"area": area, "measure": "churn rate reached", "value": r["rate"], "unit": "/s"},
        {
            "area": area,
            "measure": "RSS growth after warm-up",
            "value": r["growth"] * 100,
            "unit": "%",
            "target": f"< {RSS_TARGET * 100:.0f} %",
            "ok": r["growth"] < RSS_TARGET,
        },
        {
            "area": area,
            "measure": "longest GUI-thread pause",
            "value": r["max_gap"] * 1000,
            "unit": "ms",
        },
        {
            "area": area,
            "measure": "tree equals the server after (time to converge)",
            "value": r["converge"],
            "unit": "s",
            "target": "equal",
            "ok": r["equal"],
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", help="HOST:PORT of a ZooKeeper to use (default: start one)")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=1000.0, help="changes a second")
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds before RSS counts")
    parser.add_argument("--worker", metavar="HOSTS", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        counts = churn_worker(args.worker, args.seconds, args.rate)
        print(" ".join(f"{k}={v}" for k, v in counts.items()), flush=True)
        return 0

    r = on_server(args.server, lambda c: run(c, args.seconds, args.rate, args.warmup))
    print(f"# Churn: {args.seconds:.0f} s at ~{args.rate:,.0f} changes/s\n")
    print(report(r, args.rate))
    return 0 if r["equal"] and r["growth"] < RSS_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
