"""Walks and counts (zk/walk.py) and the server feature probe (zk/protocol.py), on a real
server, with the 3.6 requests and without (fixtures in tests/server/conftest.py)."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoNodeError
from kazoo.security import OPEN_ACL_UNSAFE, make_acl

from tests.sample_trees import full_tree, server_count
from tests.server.conftest import take_features
from zkinspector.zk import protocol
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.delete import delete_tree
from zkinspector.zk.errors import Cancelled
from zkinspector.zk.protocol import ServerFeatures, server_features, set_server_features
from zkinspector.zk.walk import WalkItem, count_subtree, walk


def test_server_has_the_3_6_requests(zk_client: KazooClient) -> None:
    set_server_features(zk_client, None)  # probe again
    assert server_features(zk_client) == ServerFeatures(
        multi_read=True, get_all_children_number=True, add_watch=True
    )  # Debian's 3.8


def test_walk_yields_exactly_the_tree(client: KazooClient) -> None:
    expected = dict(full_tree("/w", fanout=6, depth=4))  # 1,555 nodes
    assert create_tree(client, expected.items(), batch_ops=200) == len(expected)
    client.create("/sibling", b"not walked")

    items = list(walk(client, "/w", data=True))

    assert len(items) == len(expected)
    by_path = {item.path: item for item in items}
    assert set(by_path) == set(expected)
    position = {item.path: i for i, item in enumerate(items)}
    for item in items:
        assert item.data == expected[item.path]
        if item.path != "/w":
            assert position[item.path.rpartition("/")[0]] < position[item.path]
    # stats and children as the server reports them (read back with plain kazoo calls)
    answers = {p: client.get_async(p) for p in expected}
    kids = {p: client.get_children_async(p) for p in expected}
    for path, item in by_path.items():
        data, stat = answers[path].get()
        assert item.stat == stat
        assert sorted(item.children) == sorted(kids[path].get())
        assert item.stat.numChildren == len(item.children)


def test_walk_without_data_or_stats(client: KazooClient) -> None:
    create_tree(client, full_tree("/w", fanout=3, depth=3))
    items = list(walk(client, "/w", stats=False))
    assert len(items) == 40
    assert all(i.stat is None and i.data is None and i.children is not None for i in items)
    with_stats = list(walk(client, "/w/n1"))
    assert [i.path for i in with_stats][0] == "/w/n1"
    assert all(i.stat is not None and i.data is None for i in with_stats)


def test_walk_max_depth(client: KazooClient) -> None:
    create_tree(client, full_tree("/w", fanout=3, depth=3))
    assert [i.path for i in walk(client, "/w", max_depth=0)] == ["/w"]
    top = list(walk(client, "/w", max_depth=1))
    assert [i.path for i in top] == ["/w", "/w/n0", "/w/n1", "/w/n2"]
    assert sorted(top[1].children) == ["n0", "n1", "n2"]  # listed, not descended into


def test_walk_root_of_chroot_and_missing_root(client: KazooClient) -> None:
    create_tree(client, [("/a", b""), ("/a/b", b"x")])
    paths = {i.path for i in walk(client, "/")}
    assert {"/", "/a", "/a/b"} == paths
    with pytest.raises(NoNodeError):
        list(walk(client, "/missing"))


def test_walk_progress_reports_total(zk_client: KazooClient) -> None:
    create_tree(zk_client, full_tree("/w", fanout=5, depth=3))  # 156 nodes
    calls: list[tuple[int, int | None]] = []
    count = sum(1 for _ in walk(zk_client, "/w", progress=lambda d, t: calls.append((d, t))))
    assert count == 156
    assert calls[-1] == (156, 156)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_walk_unreadable_node(client: KazooClient) -> None:
    create_tree(client, full_tree("/w", fanout=3, depth=2))
    no_read = [make_acl("world", "anyone", create=True, delete=True, write=True, admin=True)]
    client.create("/w/n1/secret", b"hidden", acl=no_read)
    try:
        items = {i.path: i for i in walk(client, "/w", data=True)}
        secret = items["/w/n1/secret"]
        assert secret.data is None and secret.children is None
        assert secret.stat is not None and secret.stat.dataLength == len(b"hidden")
        assert len(items) == 14  # everything else as usual
        assert items["/w/n2/n2"].data == expected_data("/w/n2/n2")
    finally:
        client.set_acls("/w/n1/secret", OPEN_ACL_UNSAFE)


def expected_data(path: str) -> bytes:
    return dict(full_tree("/w", fanout=3, depth=2))[path]


def test_walk_cancel_raises_and_client_stays_usable(client: KazooClient) -> None:
    create_tree(client, full_tree("/w", fanout=10, depth=3))  # 1,111 nodes
    seen = 0

    def cancelled() -> bool:
        return seen >= 50

    with pytest.raises(Cancelled):
        for _ in walk(client, "/w", data=True, window=64, cancelled=cancelled):
            seen += 1
    assert seen < 1111
    # nothing left in flight: the next calls get their own answers
    assert sorted(client.get_children("/w"))[:2] == ["n0", "n1"]
    assert sum(1 for _ in walk(client, "/w")) == 1111


def test_walk_abandoned_generator_leaves_client_usable(zk_client: KazooClient) -> None:
    create_tree(zk_client, full_tree("/w", fanout=10, depth=3))
    gen = walk(zk_client, "/w", window=512)
    first = next(gen)
    assert isinstance(first, WalkItem) and first.path == "/w"
    gen.close()
    assert zk_client.get("/w")[0] == b"root"


def test_count_subtree_exact(client: KazooClient) -> None:
    create_tree(client, full_tree("/c", fanout=7, depth=3))  # 400 nodes
    create_tree(client, full_tree("/d", fanout=2, depth=2))  # 7 nodes
    assert count_subtree(client, ["/c"]) == 400
    assert count_subtree(client, ["/c", "/d", "/missing"]) == 407
    assert count_subtree(client, ["/c", "/c/n3", "/c/n3/n1/n0", "/c"]) == 400  # nested roots
    assert count_subtree(client, ["/c/n3/n1/n0"]) == 1
    assert count_subtree(client, ["/"]) == 408  # chroot root included
    assert count_subtree(client, ["/"]) == server_count(client, "/")


def test_count_subtree_cancel(zk_client: KazooClient) -> None:
    with pytest.raises(Cancelled):
        count_subtree(zk_client, ["/"], cancelled=lambda: True)


def test_server_without_the_3_6_requests(
    zk_client: KazooClient, other_client: KazooClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opcodes the server does not know stand in for a pre-3.6 server: it answers
    UnimplementedError and drops the connection; everything still works, one by one."""
    create_tree(zk_client, full_tree("/w", fanout=5, depth=3))  # 156 nodes
    create_tree(zk_client, [("/many", b"")] + [(f"/many/r{i}", b"") for i in range(300)])
    monkeypatch.setattr(protocol.MultiRead, "type", 99)
    monkeypatch.setattr(protocol.GetAllChildrenNumber, "type", 98)

    set_server_features(zk_client, None)
    assert server_features(zk_client) == ServerFeatures()
    assert sum(1 for _ in walk(zk_client, "/w")) == 156

    # A client that believed in multi-read (say, moved to an older ensemble member).
    take_features(zk_client, True)
    assert count_subtree(zk_client, ["/w/n1", "/w/n2"]) == 62
    assert server_features(zk_client) == ServerFeatures()
    take_features(zk_client, True)
    assert [i.path for i in walk(zk_client, "/w", max_depth=1)][:2] == ["/w", "/w/n0"]
    take_features(zk_client, True)
    roots = [f"/many/r{i}" for i in range(300)]  # several read batches in flight at once
    result = delete_tree(zk_client, roots)
    assert result.deleted == 300 and result.errors == []
    assert server_features(zk_client) == ServerFeatures()
    assert other_client.get_children("/many") == []
