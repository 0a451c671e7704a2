"""Churn: another process changes expanded nodes about 1,000 times a second.

The tree must keep up without crashing (QAbstractItemModelTester checks every change the
model makes) and, once the churn stops, equal the server exactly: with one-shot children
watches on the expanded nodes, and under a subtree watch, whose events change the rows
without any listing. The 60-second run that also watches memory is
benchmarks/bench_churn.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kazoo.client import KazooClient
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import WAIT, connect, expand
from tests.reliability.helpers import Heartbeat, assert_tree_matches_server
from tests.server.test_tree_subtree_watch import Listings
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.session import ZkSession

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 4.0
RATE = 1000.0
PARENTS = ["/churn/d0", "/churn/d1", "/churn/d2"]


@pytest.mark.parametrize("subtree", [False, True], ids=["expanded", "subtree-watch"])
def test_tree_survives_churn_and_equals_the_server_after(
    qtbot,
    qtlog,
    monkeypatch,
    session: ZkSession,
    zk_chroot: str,
    zk_client: KazooClient,
    subtree: bool,
) -> None:
    for parent in PARENTS:
        zk_client.ensure_path(parent)
        tx = zk_client.transaction()
        for i in range(20):
            tx.create(f"{parent}/s{i}", b"x")
        tx.commit()
    model = ZnodeTreeModel(session)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    connect(qtbot, session, zk_chroot)
    expand(qtbot, model, "/", ["churn"])
    expand(qtbot, model, "/churn", ["d0", "d1", "d2"])
    for parent in PARENTS:
        expand(qtbot, model, parent)
    if subtree:
        with qtbot.waitSignal(session.subtreeWatchArmed, timeout=WAIT):
            session.watch_subtree("/churn")
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT)  # (listed once more)
    listed = Listings(monkeypatch)
    heartbeat = Heartbeat()

    churner = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.helpers", "churn", zk_chroot, *PARENTS]
        + ["--seconds", str(SECONDS), "--rate", str(RATE)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: churner.poll() is not None, timeout=int(SECONDS * 1000) + 30_000)
    finally:
        if churner.poll() is None:
            churner.kill()
        out, err = churner.communicate()
    assert churner.returncode == 0, err
    counts = dict(item.split("=") for item in out.split())
    changes = sum(int(counts[k]) for k in ("create", "delete", "set"))
    assert changes >= SECONDS * RATE / 4, f"too little churn to mean anything: {counts}"
    assert int(counts["errors"]) == 0, counts

    qtbot.waitUntil(lambda: assert_tree_matches_server(model, zk_client), timeout=WAIT)
    heartbeat.stop()
    churned = [p for p in listed.paths if p in PARENTS]
    if subtree:
        assert churned == [], "under a subtree watch the churned nodes are never listed"
    else:
        assert churned, "the one-shot children watches re-list the churned nodes"
    print(f"churn: {counts}; GUI thread's longest pause {heartbeat.max_gap:.2f} s")
    assert heartbeat.ticks > 0
    assert [r.message for r in qtlog.records if "FAIL" in r.message] == []
    del tester
