"""A member of a real three-member ensemble dies under the app.

The app is connected with all three members in its connect string. When the member it
talks to dies (SIGKILL), or the leader dies (followers then drop their clients too), the
app shows Suspended, is back, same session, within the session timeout, and its tree
equals the server's. Writes in flight at that moment are applied exactly once or
reported as failed.
"""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import WAIT, connect, expand
from tests.reliability.helpers import StateLog, assert_tree_matches_server, retrying
from zkinspector.models.selected import SelectedNode
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.delete import DeleteResult, delete_tree
from zkinspector.zk.server import Ensemble, ZooKeeperServer
from zkinspector.zk.session import CONNECTED, LOST, SUSPENDED, ZkSession

pytestmark = pytest.mark.ensemble

SESSION_TIMEOUT = 10.0


@pytest.fixture
def ens(zk_ensemble: Ensemble, kazoo_client) -> tuple[str, KazooClient]:
    """(connect string with a fresh chroot, a checking client on that chroot)."""
    chroot = f"/t-{uuid.uuid4().hex[:8]}"
    hosts = zk_ensemble.connect_string + chroot
    kazoo_client(zk_ensemble.connect_string).ensure_path(chroot)
    return hosts, kazoo_client(hosts)


@pytest.fixture(autouse=True)
def _ensemble_whole_again(session, zk_ensemble: Ensemble) -> Iterator[None]:
    """After each test (and its session's shutdown): every member running, a leader."""
    yield
    for member in zk_ensemble.members:
        if not member.is_running():
            member.restart()
    zk_ensemble.wait_leader()


def _member_at(ensemble: Ensemble, address: str) -> ZooKeeperServer:
    return next(m for m in ensemble.members if m.connect_string == address)


@pytest.mark.parametrize("victim", ["leader", "connected"])
def test_member_killed_while_browsing(
    qtbot, qtlog, zk_ensemble: Ensemble, ens, session: ZkSession, victim: str
) -> None:
    hosts, checker = ens
    checker.create("/a/x", makepath=True)
    checker.create("/b/y", makepath=True)
    model = ZnodeTreeModel(session)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    states = StateLog(session)
    connect(qtbot, session, hosts, timeout=SESSION_TIMEOUT)
    expand(qtbot, model, "/", ["a", "b"])
    expand(qtbot, model, "/a", ["x"])
    expand(qtbot, model, "/b", ["y"])
    before = session.session_id
    connected_to = session.server
    if victim == "leader":
        killed = zk_ensemble.members[zk_ensemble.leader()]
    else:
        killed = _member_at(zk_ensemble, connected_to)

    killed.kill()
    qtbot.waitUntil(lambda: SUSPENDED in states.states, timeout=WAIT)
    # Meanwhile another client changes what the user is looking at.
    retrying()(checker.create, "/a/new")
    retrying()(checker.delete, "/b/y")
    qtbot.waitUntil(lambda: session.state == CONNECTED, timeout=int(SESSION_TIMEOUT * 1000))

    assert states.saw(SUSPENDED, CONNECTED) and LOST not in states.states
    assert session.session_id == before, "back within the session timeout: same session"
    assert session.server and session.server != killed.connect_string
    qtbot.waitUntil(lambda: assert_tree_matches_server(model, checker), timeout=WAIT)
    assert [r.message for r in qtlog.records if "FAIL" in r.message] == []
    del tester


def _pending_ops(session: ZkSession) -> set[str]:
    """Names of kazoo requests sent and not yet answered."""
    client = session._client
    return {type(item[0]).__name__ for item in list(client._pending)} if client else set()


def test_writes_in_flight_when_the_connected_member_dies(
    qtbot, zk_ensemble: Ensemble, ens, session: ZkSession
) -> None:
    hosts, checker = ens
    checker.create("/conf", b"old")
    n = 5000
    checker.create("/big")
    for start in range(0, n, 1000):
        tx = checker.transaction()
        for i in range(start, start + 1000):
            tx.create(f"/big/n{i}")
        tx.commit()
    connect(qtbot, session, hosts, timeout=SESSION_TIMEOUT)
    selected = SelectedNode(session)
    member = _member_at(zk_ensemble, session.server)

    saves: list[tuple] = []
    selected.saved.connect(lambda path, stat: saves.append(("saved", stat.version)))
    selected.saveFailed.connect(lambda path, msg: saves.append(("failed", msg)))
    selected.conflict.connect(lambda path, v, stat: saves.append(("conflict", v)))
    created: list[str] = []
    create_errors: list[BaseException] = []
    deleted: list[DeleteResult] = []
    delete_errors: list[BaseException] = []
    progress: list[int] = []

    def run(client, job):
        return delete_tree(
            client, ["/big"], cancelled=lambda: job.stop_requested, progress=job.report
        )

    # The recursive delete is under way...
    session.submit_long(
        run,
        deleted.append,
        delete_errors.append,
        lambda done, total: progress.append(done),
        write=True,
    )
    qtbot.waitUntil(lambda: any(progress) or bool(deleted), timeout=WAIT)
    # ...the member hangs, a save and a create are sent to it and get no answer...
    os.kill(member.pid, signal.SIGSTOP)
    selected.save("/conf", b"new", 0)
    session.create("/made", b"payload", on_result=created.append, on_error=create_errors.append)
    qtbot.waitUntil(lambda: {"SetData", "Create"} <= _pending_ops(session), timeout=WAIT)
    # ...and dies.
    member.kill()
    qtbot.waitUntil(
        lambda: bool(saves) and bool(created or create_errors) and bool(deleted or delete_errors),
        timeout=int(SESSION_TIMEOUT * 2000),
    )
    retry = retrying()

    # The save: applied exactly once, or reported as failed with nothing written.
    data, stat = retry(checker.get, "/conf")
    if saves[0][0] == "saved":
        assert saves == [("saved", 1)] and (data, stat.version) == (b"new", 1)
    else:
        assert (data, stat.version) == (b"old", 0), f"reported {saves} but the server changed"

    # The create: made once, or reported as failed with nothing made.
    if created:
        assert created == ["/made"] and not create_errors
        assert retry(checker.get, "/made")[0] == b"payload"
    else:
        assert retry(checker.exists, "/made") is None

    # The recursive delete: finished, or says exactly what remains.
    assert delete_errors == []
    result = deleted[0]
    remaining = [p for p in ["/big"] if retry(checker.exists, p) is not None]
    assert result.remaining == remaining
    if remaining:
        assert result.errors, "it says why it stopped"
        left = retry(checker.get_children, "/big")
        assert result.deleted <= n - len(left), "never more deletions claimed than made"
    assert session.state == CONNECTED
