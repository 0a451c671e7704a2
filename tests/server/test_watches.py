"""Watch events as the server sends them, and persistent recursive watches (addWatch,
removeWatches), on a real ZooKeeper 3.8: the tap sees every notification in the order
of its transactions, a subtree watch reports every change below it, and the session
turns those into what the tree and the panes need."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from kazoo.client import KazooClient

from tests.helpers import WAIT, connect, expand, shown_children
from zkinspector.models.selected import SelectedNode
from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk import protocol
from zkinspector.zk.protocol import (
    ServerFeatures,
    known_features,
    server_features,
    set_server_features,
)
from zkinspector.zk.session import ZkSession
from zkinspector.zk.watches import (
    PersistentWatchesUnsupported,
    SubtreeWatches,
    WatchEvent,
    WatchTap,
)

SECONDS = WAIT / 1000


class Recorder:
    """A tap's sink: the events, and a way to wait for a number of them."""

    def __init__(self) -> None:
        self.events: list[WatchEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: WatchEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(self, test: Callable[[list[WatchEvent]], bool]) -> list[WatchEvent]:
        with self._cond:
            assert self._cond.wait_for(lambda: test(self.events), SECONDS), self.events
            return list(self.events)

    def seen(self) -> list[tuple[str, str]]:
        with self._cond:
            return [(e.type, e.path) for e in self.events]


@pytest.fixture
def watching(zk_chroot: str):
    """(client, subtrees, recorder) on the test's chroot; closed at the end."""
    client = KazooClient(hosts=zk_chroot, timeout=10)
    recorder = Recorder()
    subtrees = SubtreeWatches(client, WatchTap(client, recorder))
    client.start(timeout=15)
    yield client, subtrees, recorder
    client.stop()
    client.close()


def test_a_subtree_watch_reports_every_change_below_it_in_zxid_order(
    watching, kazoo_client, zk_chroot: str
) -> None:
    client, subtrees, recorder = watching
    client.create("/s")
    client.create("/elsewhere")
    subtrees.add("/s")
    assert subtrees.roots == {"/s"} and subtrees.covers("/s/x/y") and not subtrees.covers("/sx")

    # Two writers at once, at every depth; each change's zxid is what the server answers.
    done: list[tuple[int, str, str]] = []
    lock = threading.Lock()

    def writer(name: str) -> None:
        other = kazoo_client(zk_chroot)
        for i in range(15):
            base = f"/s/{name}{i}"
            _path, stat = other.create(f"{base}/deep/leaf", b"", makepath=True, include_data=True)
            with lock:
                done.append((stat.czxid, "CREATED", f"{base}/deep/leaf"))
            stat = other.set(f"{base}/deep", b"v")
            with lock:
                done.append((stat.mzxid, "CHANGED", f"{base}/deep"))
            other.create("/elsewhere/x", b"", sequence=True)  # not in the subtree

    threads = [threading.Thread(target=writer, args=(n,)) for n in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # makepath also creates {base} and {base}/deep: one CREATED each, reported as well.
    # A last change, made after the others: once its event is in, every event the
    # writers' changes caused is in too (one connection, in zxid order).
    client.create("/s/end")
    recorder.wait_for(lambda events: ("CREATED", "/s/end") in [(e.type, e.path) for e in events])
    seen = recorder.seen()
    assert seen[-1] == ("CREATED", "/s/end")
    seen = seen[:-1]
    assert len(seen) == 30 * 4
    assert all(path.startswith("/s/") for _type, path in seen)
    # The changes whose zxid we know, in zxid order, are the events in arrival order.
    known = {(kind, path) for _zxid, kind, path in done}
    assert [s for s in seen if s in known] == [(k, p) for _z, k, p in sorted(done)]
    assert all(e.in_subtree and not e.data_watched for e in recorder.events)


def test_one_shot_watch_events_are_tapped_and_still_dispatched_by_kazoo(watching) -> None:
    client, _subtrees, recorder = watching
    client.create("/n")
    fired: list = []
    both = threading.Event()

    def kazoo_watch(event) -> None:
        fired.append(event)
        if len(fired) == 2:
            both.set()

    client.get("/n", watch=kazoo_watch)
    client.get_children("/n", watch=kazoo_watch)
    client.set("/n", b"1")
    client.create("/n/c")
    recorder.wait_for(lambda events: len(events) == 2)
    assert recorder.seen() == [("CHANGED", "/n"), ("CHILD", "/n")]
    first = recorder.events[0]
    assert first.data_watched and not first.in_subtree  # kazoo reports it itself
    assert first.time == pytest.approx(time.time(), abs=5)
    assert both.wait(SECONDS)
    assert [e.type for e in fired] == ["CHANGED", "CHILD"]


def test_removing_a_subtree_watch_stops_its_events(watching, kazoo_client, zk_chroot) -> None:
    client, subtrees, recorder = watching
    other = kazoo_client(zk_chroot)
    client.create("/r/a", makepath=True)
    subtrees.add("/r")
    other.set("/r/a", b"1")
    recorder.wait_for(lambda events: len(events) == 1)
    subtrees.remove("/r")
    subtrees.remove("/r")  # the server has none left: no error
    assert subtrees.roots == frozenset()
    other.set("/r/a", b"2")
    client.get("/r/a", watch=lambda _e: None)  # a one-shot watch still works after it
    other.set("/r/a", b"3")
    recorder.wait_for(lambda events: len(events) == 2)
    assert recorder.seen() == [("CHANGED", "/r/a"), ("CHANGED", "/r/a")]
    assert recorder.events[1].data_watched and not recorder.events[1].in_subtree


def test_a_data_watch_set_on_a_subtree_root_afterwards_breaks_it_on_zookeeper_3_8(
    watching, kazoo_client, zk_chroot
) -> None:
    """Why the session sets no data watch on a subtree watch's root (data_watch_for):
    ZooKeeper 3.8 then reports only DELETED below it. One on a node below is harmless."""
    client, subtrees, recorder = watching
    other = kazoo_client(zk_chroot)
    client.create("/r/a", makepath=True)
    subtrees.add("/r")
    client.get("/r/a", watch=lambda _e: None)  # below the root: harmless
    other.create("/r/a/b")
    recorder.wait_for(lambda events: ("CREATED", "/r/a/b") in [(e.type, e.path) for e in events])
    client.get("/r", watch=lambda _e: None)  # on the root
    other.create("/r/c")
    other.delete("/r/a/b")
    recorder.wait_for(lambda events: ("DELETED", "/r/a/b") in [(e.type, e.path) for e in events])
    assert ("CREATED", "/r/c") not in recorder.seen()


def test_a_server_without_add_watch_is_named_and_nothing_is_watched(watching) -> None:
    client, subtrees, _recorder = watching
    set_server_features(client, ServerFeatures())  # as a server before 3.6
    with pytest.raises(PersistentWatchesUnsupported) as refused:
        subtrees.add("/")
    assert "ZooKeeper 3.6" in str(refused.value)
    assert subtrees.roots == frozenset()


def test_an_unknown_opcode_answer_marks_add_watch_unsupported(
    watching, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A member that does not know addWatch (a mixed ensemble) answers UnimplementedError
    and drops the connection; the client says so, remembers it and works on."""
    client, subtrees, _recorder = watching
    server_features(client)
    monkeypatch.setattr(protocol.AddWatch, "type", 97)
    with pytest.raises(PersistentWatchesUnsupported):
        subtrees.add("/")
    assert known_features(client).add_watch is False
    assert subtrees.roots == frozenset()
    assert client.get_children("/") == []


def test_the_tree_follows_a_watched_subtree_also_at_its_root(
    qtbot, session: ZkSession, zk_chroot: str, zk_client: KazooClient
) -> None:
    """ZooKeeper 3.8 turns off a children watch on the path a recursive watch is added
    to (same connection): the session derives the root's child changes from the
    recursive watch's CREATED/DELETED, so the expanded root stays right."""
    model = ZnodeTreeModel(session)
    zk_client.create("/app/a", makepath=True)
    connect(qtbot, session, zk_chroot)
    expand(qtbot, model, "/", ["app"])
    expand(qtbot, model, "/app", ["a"])  # a children watch on /app
    batches: list[list[WatchEvent]] = []
    session.watchEvents.connect(batches.append)
    with qtbot.waitSignal(session.subtreeWatchArmed, timeout=WAIT) as armed:
        session.watch_subtree("/app")
    assert armed.args == ["/app", False]
    assert session.subtree_watches == ["/app"]
    assert session.in_watched_subtree("/app/a/b") and not session.in_watched_subtree("/")

    zk_client.create("/app/b")
    zk_client.create("/app/a/deep/x", makepath=True)
    zk_client.delete("/app/a/deep/x")
    qtbot.waitUntil(lambda: shown_children(model, "/app") == ["a", "b"], timeout=WAIT)
    seen = lambda: [(e.type, e.path) for b in batches for e in b]  # noqa: E731
    qtbot.waitUntil(lambda: ("DELETED", "/app/a/deep/x") in seen(), timeout=WAIT)
    assert seen()[:4] == [
        ("CREATED", "/app/b"),
        ("CREATED", "/app/a/deep"),
        ("CREATED", "/app/a/deep/x"),
        ("DELETED", "/app/a/deep/x"),
    ]
    assert ("CHILD", "/app") not in seen()  # (the 3.8 behaviour the session makes up for)

    with qtbot.waitSignal(session.watchesCleared, timeout=WAIT):
        session.unwatch_subtree("/app")
    assert session.subtree_watches == []


def test_the_selected_root_of_a_watched_subtree_keeps_it_working(
    qtbot, session: ZkSession, zk_chroot: str, zk_client: KazooClient
) -> None:
    selected = SelectedNode(session)
    selected.changedOnServer.connect(lambda _path: selected.reload())  # (as the panes do)
    zk_client.create("/app/a", makepath=True)
    connect(qtbot, session, zk_chroot)
    batches: list[list[WatchEvent]] = []
    session.watchEvents.connect(batches.append)
    with qtbot.waitSignal(selected.loaded, timeout=WAIT):
        selected.select("/app")  # (a data watch on /app before the subtree watch)
    with qtbot.waitSignal(session.subtreeWatchArmed, timeout=WAIT):
        session.watch_subtree("/app")
    assert session.data_watch_for("/app") is None
    assert session.data_watch_for("/app/a") == session.data_watcher
    for value in (b"1", b"2"):  # each change reloads the selected node
        with qtbot.waitSignal(selected.loaded, timeout=WAIT) as loaded:
            zk_client.set("/app", value)
        assert loaded.args[0].data == value
    zk_client.create("/app/a/b")
    seen = lambda: [(e.type, e.path) for b in batches for e in b]  # noqa: E731
    qtbot.waitUntil(lambda: ("CREATED", "/app/a/b") in seen(), timeout=WAIT)


def test_watch_subtree_on_an_old_server_fails_with_a_sentence(
    qtbot, session: ZkSession, zk_chroot: str
) -> None:
    connect(qtbot, session, zk_chroot)
    set_server_features(session._client, ServerFeatures())
    assert session.features.add_watch is False
    with qtbot.waitSignal(session.subtreeWatchFailed, timeout=WAIT) as failed:
        session.watch_subtree("/")
    assert failed.args[0] == "/" and "ZooKeeper 3.6" in failed.args[1]
    assert session.subtree_watches == []
