"""The tree under a subtree watch: the watch's own events insert and remove rows, with no
listing, and the tree goes back to one-shot children watches when it is removed."""

from __future__ import annotations

import threading

import pytest

import zkinspector.models.tree as tree_module
from tests.helpers import WAIT, expand, shown_children
from zkinspector.models.tree import CHILDREN
from zkinspector.zk.order import BY_CTIME
from zkinspector.zk.session import ZkSession


class Listings:
    """Paths the model lists (``list_children`` calls, made on the session's workers)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        self._lock = threading.Lock()
        real = tree_module.list_children

        def counted(client, path, *args, **kwargs):
            with self._lock:
                self.paths.append(path)
            return real(client, path, *args, **kwargs)

        monkeypatch.setattr(tree_module, "list_children", counted)

    def clear(self) -> None:
        with self._lock:
            self.paths.clear()


def _watch(qtbot, session: ZkSession, model, path: str) -> None:
    """Watch ``path``'s subtree and wait for the listings that follow (once, on arming)."""
    with qtbot.waitSignal(session.subtreeWatchArmed, timeout=WAIT):
        session.watch_subtree(path)
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT)


def _count(model, path: str) -> str:
    return model.index_of_path(path).siblingAtColumn(CHILDREN).data()


def test_a_subtree_watchs_events_change_rows_without_listing(
    qtbot, model, session, zk_client, monkeypatch
):
    for name in ("n1", "n2", "n10"):
        zk_client.create(f"/w/a/{name}", makepath=True)
    expand(qtbot, model, "/", ["w"])
    expand(qtbot, model, "/w", ["a"])
    expand(qtbot, model, "/w/a", ["n1", "n2", "n10"])
    listings = Listings(monkeypatch)
    _watch(qtbot, session, model, "/w")
    assert session.reports_children("/w/a") and not session.reports_children("/")
    listings.clear()

    zk_client.create("/w/a/n11")
    zk_client.create("/w/a/n3")
    zk_client.delete("/w/a/n2")
    after = ["n1", "n3", "n10", "n11"]
    qtbot.waitUntil(lambda: shown_children(model, "/w/a") == after, timeout=WAIT)
    assert _count(model, "/w") == "1" and _count(model, "/w/a") == "4"
    zk_client.delete("/w/a", recursive=True)
    qtbot.waitUntil(lambda: shown_children(model, "/w") == [], timeout=WAIT)
    assert model.find("/w/a") is None
    # (the one-shot children watches set before the subtree watch fired once, unheeded)
    assert listings.paths == [], "the subtree watch's events name the child: no listing"


def test_unwatched_nodes_get_their_children_watches_back(
    qtbot, model, session, zk_client, monkeypatch
):
    zk_client.create("/w/a/b", makepath=True)
    expand(qtbot, model, "/", ["w"])
    expand(qtbot, model, "/w", ["a"])
    expand(qtbot, model, "/w/a", ["b"])
    listings = Listings(monkeypatch)
    _watch(qtbot, session, model, "/w")
    assert sorted(listings.paths) == ["/w", "/w/a"], "listed once when the watch is added"
    zk_client.create("/w/a/c")
    qtbot.waitUntil(lambda: shown_children(model, "/w/a") == ["b", "c"], timeout=WAIT)

    with qtbot.waitSignal(session.watchesCleared, timeout=WAIT):
        session.unwatch_subtree("/w")
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT)
    assert not session.reports_children("/w/a")
    zk_client.create("/w/a/d")
    zk_client.create("/w/e")
    qtbot.waitUntil(lambda: shown_children(model, "/w/a") == ["b", "c", "d"], timeout=WAIT)
    qtbot.waitUntil(lambda: shown_children(model, "/w") == ["a", "e"], timeout=WAIT)


def test_under_a_stat_order_a_subtree_watchs_events_relist(qtbot, model, session, zk_client):
    for name in ("c", "a", "b"):
        zk_client.create(f"/w/{name}", makepath=True)
    expand(qtbot, model, "/", ["w"])
    expand(qtbot, model, "/w", ["a", "b", "c"])
    model.set_order(BY_CTIME)
    qtbot.waitUntil(lambda: shown_children(model, "/w") == ["c", "a", "b"], timeout=WAIT)
    _watch(qtbot, session, model, "/w")
    zk_client.create("/w/0")
    zk_client.delete("/w/a")
    qtbot.waitUntil(lambda: shown_children(model, "/w") == ["c", "b", "0"], timeout=WAIT)


def test_a_row_not_listed_under_a_subtree_watch_shows_its_child_count(
    qtbot, plain_model, session, zk_client
):
    model = plain_model
    zk_client.create("/w/leaf", makepath=True)
    expand(qtbot, model, "/", ["w"])
    expand(qtbot, model, "/w", ["leaf"])
    _watch(qtbot, session, model, "/w")
    qtbot.waitUntil(lambda: _count(model, "/w/leaf") == "0", timeout=WAIT)  # (stat read)
    assert model.find("/w/leaf").children is None
    zk_client.create("/w/leaf/deep")
    qtbot.waitUntil(lambda: _count(model, "/w/leaf") == "1", timeout=WAIT)
    assert model.hasChildren(model.index_of_path("/w/leaf"))
    zk_client.delete("/w/leaf/deep")
    qtbot.waitUntil(lambda: _count(model, "/w/leaf") == "0", timeout=WAIT)
    assert not model.hasChildren(model.index_of_path("/w/leaf"))
