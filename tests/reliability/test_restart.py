"""The whole server stopped, then started again: the app retries with back-off and recovers.

The server is the test's own (same port and data directory before and after), so the
shared test server is not disturbed. It is stopped and started on a plain thread: the
GUI thread keeps running the event loop, and a heartbeat timer proves it never froze.
"""

from __future__ import annotations

import logging
import threading

import pytest
from kazoo.client import KazooClient

from tests.helpers import WAIT, connect, expand
from tests.reliability.helpers import (
    FaultProxy,
    Heartbeat,
    StateLog,
    assert_tree_matches_server,
    in_background,
    kazoo_threads,
    retrying,
)
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.server import ZooKeeperServer
from zkinspector.zk.session import CONNECTED, DISCONNECTED, SUSPENDED, ZkSession

#: Longest pause of the GUI thread we accept: far below any network timeout.
MAX_GUI_GAP = 3.0


def test_server_stopped_and_started_again_app_retries_with_backoff_and_recovers(
    qtbot, session: ZkSession, own_server: ZooKeeperServer, caplog: pytest.LogCaptureFixture
) -> None:
    admin = KazooClient(own_server.connect_string, timeout=10)
    admin.start(timeout=15)
    try:
        admin.create("/keep/x", b"1", makepath=True)
        model = ZnodeTreeModel(session)
        states = StateLog(session)
        failed: list[str] = []
        session.connectFailed.connect(failed.append)
        connect(qtbot, session, own_server.connect_string, timeout=10)
        expand(qtbot, model, "/", ["keep", "zookeeper"])
        expand(qtbot, model, "/keep", ["x"])
        heartbeat = Heartbeat()
        caplog.set_level(logging.INFO, logger="kazoo.client")

        # The app's connection attempts (the admin client retries too, on its own thread).
        loop_thread = session._client._connection._connection_routine.name

        def attempts() -> list[float]:
            return [
                r.created
                for r in caplog.records
                if r.threadName == loop_thread and r.getMessage().startswith("Connecting to")
            ]

        first = len(attempts())
        in_background(qtbot, own_server.stop)
        qtbot.waitUntil(lambda: session.state == SUSPENDED, timeout=WAIT)
        assert "Suspended" in states.states

        # It keeps trying while the server is down (two more attempts at least), waiting
        # longer each time: kazoo's retry, 0.2 s doubling up to 5 s, +-40 % jitter. The
        # gaps are counted from the drop, so a slow stop (waits already at the cap by the
        # time it is over) still shows the growth.
        down = len(attempts())
        qtbot.waitUntil(lambda: len(attempts()) >= max(first + 5, down + 2), timeout=30_000)
        times = attempts()[first:]
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert max(gaps) > 1.5 * min(gaps), f"no back-off: {gaps}"
        assert session.state in (SUSPENDED, "Lost") and not failed
        assert DISCONNECTED not in states.states, "it must not give up"
        # A read asked for during the outage waits for the server, not the GUI.
        answers: list = []
        session.submit(lambda c: c.get_children("/keep"), answers.append, answers.append)

        in_background(qtbot, own_server.restart)
        qtbot.waitUntil(lambda: session.state == CONNECTED, timeout=30_000)
        assert not failed and DISCONNECTED not in states.states
        qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
        assert answers == [["x"]]

        # Live again: a change made now shows up, and the tree equals the server.
        # (The checking client reconnects on its own back-off: its writes wait off the GUI thread.)
        in_background(qtbot, lambda: retrying()(admin.create, "/keep/y", b"2"))
        in_background(qtbot, lambda: retrying()(admin.delete, "/keep/x"))
        qtbot.waitUntil(lambda: assert_tree_matches_server(model, admin), timeout=WAIT)

        heartbeat.stop()
        assert heartbeat.ticks > 50
        assert heartbeat.max_gap < MAX_GUI_GAP, f"the GUI froze for {heartbeat.max_gap:.1f} s"
    finally:
        admin.stop()
        admin.close()


def test_disconnect_while_the_server_is_down_releases_everything(
    qtbot, zk_server: ZooKeeperServer, zk_chroot: str
) -> None:
    """Reads asked for during an outage hold every worker; Disconnect must free them all."""
    proxy = FaultProxy(zk_server.host, zk_server.port)
    session = ZkSession(workers=2)
    before = kazoo_threads()
    try:
        connect(qtbot, session, proxy.address + "/" + zk_chroot.split("/", 1)[1])
        proxy.close()  # the server is gone: connections drop, reconnects are refused
        qtbot.waitUntil(lambda: session.state == SUSPENDED, timeout=WAIT)
        results: list = []
        for _ in range(5):  # more than the workers: some wait in the pool's queue
            session.submit(lambda c: c.get_children("/"), results.append, results.append)
        heartbeat = Heartbeat()
        session.disconnect_from()
        assert session.state == DISCONNECTED
        qtbot.waitUntil(lambda: kazoo_threads() <= before, timeout=WAIT)
        closer = threading.Thread(target=session.shutdown, daemon=True)
        closer.start()
        qtbot.waitUntil(lambda: not closer.is_alive(), timeout=WAIT)
        assert not any(t.is_alive() for t in session._jobs._pool._threads)
        assert results == [], "results of a closed connection are dropped"
        assert heartbeat.max_gap < MAX_GUI_GAP
    finally:
        proxy.close()
