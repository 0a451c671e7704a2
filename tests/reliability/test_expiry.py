"""A session that really expires on the server: Lost, a new session, everything re-armed.

The expiry is made the way kazoo's old test harness made it: a second client attaches to
the app's session (same id and password) and closes it, so the server ends the session
and deletes its ephemeral nodes; the app hears about it on its next contact.
"""

from __future__ import annotations

from kazoo.client import KazooClient

from tests.helpers import WAIT, connect, expand, shown_children
from tests.reliability.helpers import StateLog, assert_tree_matches_server, expire_session
from zkinspector.models.selected import SelectedNode
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.server import ZooKeeperServer
from zkinspector.zk.session import CONNECTED, LOST, ZkSession


def test_expired_session_is_replaced_resynced_rearmed_and_lost_ephemerals_named(
    qtbot, session: ZkSession, zk_server: ZooKeeperServer, zk_chroot: str, zk_client: KazooClient
) -> None:
    model = ZnodeTreeModel(session)
    selected = SelectedNode(session)
    states = StateLog(session)
    zk_client.create("/app/a", b"1", makepath=True)
    zk_client.create("/app/b")
    connect(qtbot, session, zk_chroot)
    expand(qtbot, model, "/", ["app"])
    expand(qtbot, model, "/app", ["a", "b"])

    made: list[str] = []
    session.create("/app/mine", b"e", ephemeral=True, on_result=made.append)
    session.create("/app/lock-", b"e", ephemeral=True, sequential=True, on_result=made.append)
    session.create("/app/kept", b"p", on_result=made.append)  # persistent: survives
    qtbot.waitUntil(lambda: len(made) == 3, timeout=WAIT)
    lock = next(p for p in made if p.startswith("/app/lock-"))
    assert session.own_ephemerals == sorted(["/app/mine", lock])
    qtbot.waitUntil(lambda: "mine" in (shown_children(model, "/app") or []), timeout=WAIT)

    with qtbot.waitSignal(selected.loaded, timeout=WAIT):
        selected.select("/app/a")

    old_session = session.session_id
    lost: list[list[str]] = []
    session.ephemeralsLost.connect(lost.append)
    with qtbot.waitSignal(session.resynced, timeout=WAIT, check_params_cb=lambda new: new):
        expire_session(zk_server.connect_string, session._client.client_id)

    # Lost was shown, then Connected with a new session.
    assert states.saw(LOST, CONNECTED)
    assert session.state == CONNECTED and session.session_id not in (None, old_session)
    # The user is told which ephemeral nodes of the old session are gone.
    qtbot.waitUntil(lambda: bool(lost), timeout=WAIT)
    assert lost == [sorted(["/app/mine", lock])]
    assert session.own_ephemerals == []
    assert zk_client.exists("/app/mine") is None and zk_client.exists(lock) is None
    # The tree was re-read: the ephemeral rows went, the rest is as on the server.
    qtbot.waitUntil(lambda: assert_tree_matches_server(model, zk_client), timeout=WAIT)
    assert shown_children(model, "/app") == ["a", "b", "kept"]

    # Watches were re-armed: other clients' changes show up live again.
    zk_client.create("/app/after")
    zk_client.delete("/app/b")
    qtbot.waitUntil(lambda: shown_children(model, "/app") == ["a", "after", "kept"], timeout=WAIT)
    with qtbot.waitSignal(selected.changedOnServer, timeout=WAIT):
        zk_client.set("/app/a", b"2")

    # An ephemeral node made in the new session is tracked again.
    made.clear()
    session.create("/app/mine", b"again", ephemeral=True, on_result=made.append)
    qtbot.waitUntil(lambda: made == ["/app/mine"], timeout=WAIT)
    assert session.own_ephemerals == ["/app/mine"]


def test_main_window_shows_lost_then_connected_and_names_the_lost_nodes(
    qtbot, window, zk_server: ZooKeeperServer, zk_client: KazooClient
) -> None:
    session: ZkSession = window.page.session
    shown: list[str] = []
    # Read the label after the window updated it for each state.
    session.stateChanged.connect(lambda *_: shown.append(window.connectionStatus.text()))
    qtbot.waitUntil(lambda: session.state == CONNECTED, timeout=WAIT)
    made: list[str] = []
    session.create("/eph", ephemeral=True, on_result=made.append)
    qtbot.waitUntil(lambda: made == ["/eph"], timeout=WAIT)
    qtbot.waitUntil(lambda: window.page.model.find("/eph") is not None, timeout=WAIT)
    shown.clear()

    with qtbot.waitSignal(session.resynced, timeout=WAIT):
        expire_session(zk_server.connect_string, session._client.client_id)

    assert any("Lost" in text for text in shown), shown
    assert "Connected" in shown[-1]
    qtbot.waitUntil(lambda: window.page.model.find("/eph") is None, timeout=WAIT)
    message = window.statusBar().currentMessage()
    assert "expired" in message and "/eph" in message, message
