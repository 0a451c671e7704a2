"""A subtree watch survives what ends the connection: a server restart (same session,
new connection) and a real session expiry (new session). The server forgets persistent
watches with the connection; the session adds them again and changes are seen again, and
the tree, whose nodes there carry no one-shot children watch, follows them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from tests.helpers import WAIT, connect, expand
from tests.reliability.helpers import (
    assert_tree_matches_server,
    expire_session,
    in_background,
    retrying,
    tree_listing,
)
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.server import ZooKeeperServer
from zkinspector.zk.session import CONNECTED, ZkSession
from zkinspector.zk.watches import WatchEvent


class Seen:
    """Watch events of a session: (type, path) in arrival order."""

    def __init__(self, session: ZkSession) -> None:
        self.events: list[tuple[str, str]] = []
        session.watchEvents.connect(self._add)

    def _add(self, batch: list[WatchEvent]) -> None:
        self.events.extend((e.type, e.path) for e in batch if e.in_subtree)


def _watch(qtbot, session: ZkSession, path: str) -> None:
    with qtbot.waitSignal(session.subtreeWatchArmed, timeout=WAIT):
        session.watch_subtree(path)


@pytest.fixture
def admin(own_server: ZooKeeperServer) -> Iterator[KazooClient]:
    """A client of the test's own server that makes the changes."""
    client = KazooClient(own_server.connect_string, timeout=10)
    client.start(timeout=15)
    yield client
    client.stop()
    client.close()


def test_subtree_watch_is_rearmed_after_a_server_restart(
    qtbot, session: ZkSession, own_server: ZooKeeperServer, admin: KazooClient
) -> None:
    admin.create("/w/a", makepath=True)
    connect(qtbot, session, own_server.connect_string, timeout=10)
    seen = Seen(session)
    _watch(qtbot, session, "/w")
    admin.set("/w/a", b"before")
    qtbot.waitUntil(lambda: ("CHANGED", "/w/a") in seen.events, timeout=WAIT)
    old_session = session.session_id

    rearmed: list[tuple[str, bool]] = []
    session.subtreeWatchArmed.connect(lambda path, again: rearmed.append((path, again)))
    in_background(qtbot, own_server.restart)
    qtbot.waitUntil(lambda: session.state == CONNECTED and bool(rearmed), timeout=30_000)
    assert rearmed == [("/w", True)]
    assert session.session_id == old_session  # the same session, a new connection
    assert session.subtree_watches == ["/w"]

    in_background(qtbot, lambda: retrying()(admin.create, "/w/a/after", b""))
    qtbot.waitUntil(lambda: ("CREATED", "/w/a/after") in seen.events, timeout=WAIT)


def test_subtree_watch_is_rearmed_in_the_new_session_after_expiry(
    qtbot, session: ZkSession, zk_server: ZooKeeperServer, zk_chroot: str, zk_client: KazooClient
) -> None:
    zk_client.create("/w/a", makepath=True)
    connect(qtbot, session, zk_chroot)
    seen = Seen(session)
    _watch(qtbot, session, "/w")
    old_session = session.session_id
    rearmed: list[tuple[str, bool]] = []
    session.subtreeWatchArmed.connect(lambda path, again: rearmed.append((path, again)))

    with qtbot.waitSignal(session.resynced, timeout=WAIT, check_params_cb=lambda new: new):
        expire_session(zk_server.connect_string, session._client.client_id)
    qtbot.waitUntil(lambda: bool(rearmed), timeout=WAIT)
    assert rearmed == [("/w", True)]
    assert session.session_id not in (None, old_session)

    zk_client.create("/w/a/b/c", makepath=True)
    qtbot.waitUntil(lambda: ("CREATED", "/w/a/b/c") in seen.events, timeout=WAIT)
    assert seen.events[-2:] == [("CREATED", "/w/a/b"), ("CREATED", "/w/a/b/c")]

    # Stopping it removes it from the server: nothing more from below. (A one-shot
    # watch on /w reports a change made after the one below: events come in order.)
    with qtbot.waitSignal(session.watchesCleared, timeout=WAIT):
        session.unwatch_subtree("/w")
    every: list[tuple[str, str]] = []
    session.watchEvents.connect(lambda batch: every.extend((e.type, e.path) for e in batch))
    armed: list = []
    session.submit(lambda c: c.get("/w", watch=session.data_watcher), armed.append)
    qtbot.waitUntil(lambda: bool(armed), timeout=WAIT)
    zk_client.set("/w/a", b"x")
    zk_client.set("/w", b"y")
    qtbot.waitUntil(lambda: ("CHANGED", "/w") in every, timeout=WAIT)
    assert every == [("CHANGED", "/w")]


def test_tree_under_a_subtree_watch_equals_the_server_after_a_restart(
    qtbot, session: ZkSession, own_server: ZooKeeperServer, admin: KazooClient
) -> None:
    for name in ("a", "b", "c"):
        admin.create(f"/w/d/{name}", makepath=True)
    model = ZnodeTreeModel(session)
    connect(qtbot, session, own_server.connect_string, timeout=10)
    expand(qtbot, model, "/", ["w", "zookeeper"])
    expand(qtbot, model, "/w", ["d"])
    expand(qtbot, model, "/w/d", ["a", "b", "c"])
    _watch(qtbot, session, "/w")
    rearmed: list[tuple[str, bool]] = []
    session.subtreeWatchArmed.connect(lambda path, again: rearmed.append((path, again)))

    in_background(qtbot, own_server.restart)
    qtbot.waitUntil(lambda: session.state == CONNECTED and bool(rearmed), timeout=30_000)
    assert session.reports_children("/w/d")

    def change() -> None:
        retrying()(admin.create, "/w/d/after", b"")
        retrying()(admin.delete, "/w/d/a")
        retrying()(admin.create, "/w/e", b"")

    in_background(qtbot, change)
    want = {"/": ["w", "zookeeper"], "/w": ["d", "e"], "/w/d": ["after", "b", "c"]}
    qtbot.waitUntil(lambda: tree_listing(model) == want, timeout=WAIT)
    qtbot.waitUntil(lambda: assert_tree_matches_server(model, admin), timeout=WAIT)
