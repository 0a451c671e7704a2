"""Tests for zkinspector.zk.walk against a real ZooKeeper server (fixtures in zk_fixtures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoAuthError, NodeExistsError, NoNodeError
from kazoo.security import OPEN_ACL_UNSAFE, make_acl

from zkinspector.zk import walk as walk_module
from zkinspector.zk.walk import (
    Cancelled,
    WalkItem,
    count_subtree,
    create_tree,
    delete_tree,
    multi_read_supported,
    set_multi_read,
    walk,
)

# Multi-read (ZooKeeper 3.6+) and the plain pipelined fallback used for older servers.
MODES = [pytest.param(True, id="multiread"), pytest.param(False, id="pipelined")]


def tree(root: str, fanout: int, depth: int) -> Iterator[tuple[str, bytes]]:
    """A full tree, breadth-first, with data that varies per node (empty, text, binary)."""
    level = [root]
    yield root, b"root"
    for d in range(depth):
        nxt = []
        for parent in level:
            for i in range(fanout):
                path = f"{parent}/n{i}"
                nxt.append(path)
                if i % 3 == 0:
                    value = b""
                elif i % 3 == 1:
                    value = f"value of {path}".encode()
                else:
                    value = bytes([d, i, 0, 255]) * (i + 1)
                yield path, value
        level = nxt


def server_count(client: KazooClient, path: str) -> int:
    """Nodes in the subtree by plain kazoo calls (independent of the code under test)."""
    if client.exists(path) is None:
        return 0
    return 1 + sum(
        server_count(client, path.rstrip("/") + "/" + name) for name in client.get_children(path)
    )


@pytest.fixture
def other_client(kazoo_client, zk_chroot: str) -> KazooClient:
    """A second client on the same chroot, for changes made "by someone else"."""
    return kazoo_client(zk_chroot)


@pytest.fixture(params=MODES)
def client(request: pytest.FixtureRequest, zk_client: KazooClient) -> Iterator[KazooClient]:
    """zk_client, with multi-read forced on or off."""
    set_multi_read(zk_client, request.param)
    yield zk_client


# ---------------------------------------------------------------------------
# create_tree / walk


def test_server_has_multi_read(zk_client: KazooClient) -> None:
    assert multi_read_supported(zk_client) is True  # Debian's 3.8


def test_walk_yields_exactly_the_tree(client: KazooClient) -> None:
    expected = dict(tree("/w", fanout=6, depth=4))  # 1,555 nodes
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
    create_tree(client, tree("/w", fanout=3, depth=3))
    items = list(walk(client, "/w", stats=False))
    assert len(items) == 40
    assert all(i.stat is None and i.data is None and i.children is not None for i in items)
    with_stats = list(walk(client, "/w/n1"))
    assert [i.path for i in with_stats][0] == "/w/n1"
    assert all(i.stat is not None and i.data is None for i in with_stats)


def test_walk_max_depth(client: KazooClient) -> None:
    create_tree(client, tree("/w", fanout=3, depth=3))
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
    create_tree(zk_client, tree("/w", fanout=5, depth=3))  # 156 nodes
    calls: list[tuple[int, int | None]] = []
    count = sum(1 for _ in walk(zk_client, "/w", progress=lambda d, t: calls.append((d, t))))
    assert count == 156
    assert calls[-1] == (156, 156)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_walk_unreadable_node(client: KazooClient) -> None:
    create_tree(client, tree("/w", fanout=3, depth=2))
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
    return dict(tree("/w", fanout=3, depth=2))[path]


def test_walk_cancel_raises_and_client_stays_usable(client: KazooClient) -> None:
    create_tree(client, tree("/w", fanout=10, depth=3))  # 1,111 nodes
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
    create_tree(zk_client, tree("/w", fanout=10, depth=3))
    gen = walk(zk_client, "/w", window=512)
    first = next(gen)
    assert isinstance(first, WalkItem) and first.path == "/w"
    gen.close()
    assert zk_client.get("/w")[0] == b"root"


def test_create_tree_reports_existing_node(zk_client: KazooClient) -> None:
    create_tree(zk_client, [("/x", b"")])
    with pytest.raises(NodeExistsError, match="/x"):
        create_tree(zk_client, [("/y", b""), ("/x", b"")])


def test_create_tree_big_values_split_into_requests(zk_client: KazooClient) -> None:
    # 40 x 100 KB would be a 4 MB transaction: over the server's 1 MB request limit.
    items = [("/big", b"")] + [(f"/big/v{i}", bytes([i]) * 100_000) for i in range(40)]
    assert create_tree(zk_client, items) == 41
    assert zk_client.get("/big/v39")[0] == bytes([39]) * 100_000


# ---------------------------------------------------------------------------
# count_subtree


def test_count_subtree_exact(client: KazooClient) -> None:
    create_tree(client, tree("/c", fanout=7, depth=3))  # 400 nodes
    create_tree(client, tree("/d", fanout=2, depth=2))  # 7 nodes
    assert count_subtree(client, ["/c"]) == 400
    assert count_subtree(client, ["/c", "/d", "/missing"]) == 407
    assert count_subtree(client, ["/c", "/c/n3", "/c/n3/n1/n0", "/c"]) == 400  # nested roots
    assert count_subtree(client, ["/c/n3/n1/n0"]) == 1
    assert count_subtree(client, ["/"]) == 408  # chroot root included
    assert count_subtree(client, ["/"]) == server_count(client, "/")


def test_count_subtree_cancel(zk_client: KazooClient) -> None:
    with pytest.raises(Cancelled):
        count_subtree(zk_client, ["/"], cancelled=lambda: True)


# ---------------------------------------------------------------------------
# delete_tree


def test_delete_tree_removes_subtree_keeps_siblings(
    client: KazooClient, other_client: KazooClient
) -> None:
    create_tree(client, tree("/del", fanout=12, depth=3))  # 1,885 nodes
    create_tree(client, tree("/keep", fanout=3, depth=2))
    create_tree(client, [("/del-sibling", b""), ("/delx", b"")])
    calls: list[tuple[int, int | None]] = []

    result = delete_tree(client, ["/del"], progress=lambda d, t: calls.append((d, t)))

    assert result.deleted == 1885
    assert result.remaining == [] and result.errors == [] and not result.cancelled
    assert other_client.exists("/del") is None
    assert server_count(other_client, "/keep") == 13
    assert other_client.exists("/del-sibling") and other_client.exists("/delx")
    assert calls[-1] == (1885, 1885)


def test_delete_tree_many_roots(client: KazooClient, other_client: KazooClient) -> None:
    create_tree(client, tree("/a", fanout=5, depth=2))
    create_tree(client, tree("/b", fanout=5, depth=2))
    create_tree(client, [("/c", b"")])
    result = delete_tree(client, ["/a", "/a/n1", "/b", "/missing", "/b/n2/n0"])
    assert result.deleted == 62
    assert result.remaining == [] and result.errors == []
    assert sorted(other_client.get_children("/")) == ["c"]


def test_delete_tree_small_transactions(client: KazooClient, other_client: KazooClient) -> None:
    long_name = "x" * 400
    items = [("/del", b"")] + [(f"/del/{long_name}{i}", b"") for i in range(300)]
    create_tree(client, items)
    calls: list[tuple[int, int | None]] = []
    result = delete_tree(
        client, ["/del"], batch_bytes=4096, progress=lambda d, t: calls.append((d, t))
    )
    assert result.deleted == 301 and result.errors == []
    assert other_client.exists("/del") is None
    # ~9 deletes of 400-byte paths fit in 4 KiB: many transactions, each reported
    assert len(calls) >= 301 // 10


def test_delete_tree_child_created_meanwhile(
    client: KazooClient, other_client: KazooClient
) -> None:
    create_tree(client, tree("/del", fanout=10, depth=3))  # 1,111 nodes
    created = []

    def sneak_in(done: int, total: int | None) -> None:
        # After the first transaction (leaves), someone adds children to nodes that are
        # still to be deleted: a depth-1 node, a deeper chain, and the root itself.
        if done and not created:
            other_client.create("/del/n4/late", b"")
            other_client.create("/del/n7/x/y/z", b"", makepath=True)
            other_client.create("/del/late-too", b"")
            created.append(True)

    result = delete_tree(client, ["/del"], batch_ops=100, progress=sneak_in)

    assert created
    assert result.errors == [] and result.remaining == [] and not result.cancelled
    assert result.deleted == 1111 + 5
    assert other_client.exists("/del") is None


def test_delete_tree_node_already_gone(client: KazooClient, other_client: KazooClient) -> None:
    create_tree(client, tree("/del", fanout=10, depth=3))

    def steal(done: int, total: int | None) -> None:
        if done and other_client.exists("/del/n9/n9/n9"):
            other_client.delete("/del/n9/n9/n9")

    result = delete_tree(client, ["/del"], batch_ops=50, progress=steal)
    assert result.errors == [] and result.remaining == []
    assert result.deleted == 1110  # the stolen node was not deleted by us
    assert other_client.exists("/del") is None


def test_delete_tree_no_auth(client: KazooClient, other_client: KazooClient) -> None:
    create_tree(client, tree("/del", fanout=5, depth=2))  # 31 nodes
    no_delete = [make_acl("world", "anyone", read=True, create=True, admin=True)]
    client.create("/del/n2/locked", b"", acl=no_delete)
    client.create("/del/n2/locked/child", b"")
    try:
        result = delete_tree(client, ["/del"])

        assert [(p, type(e)) for p, e in result.errors] == [("/del/n2/locked/child", NoAuthError)]
        assert result.remaining == ["/del"]
        assert not result.cancelled
        # what stays: the locked node's child, the node and its ancestors
        assert server_count(other_client, "/del") == 4
        assert other_client.exists("/del/n2/locked/child")
        assert other_client.get_children("/del") == ["n2"]
        assert other_client.get_children("/del/n2") == ["locked"]
        assert result.deleted == 31 + 2 - 4
    finally:
        client.set_acls("/del/n2/locked", OPEN_ACL_UNSAFE)


def test_delete_tree_cancel_leaves_consistent_state(
    client: KazooClient, other_client: KazooClient
) -> None:
    create_tree(client, tree("/del", fanout=10, depth=3))  # 1,111 nodes
    create_tree(client, tree("/del2", fanout=3, depth=1))
    stop = []

    def progress(done: int, total: int | None) -> None:
        if done >= 200:
            stop.append(True)

    result = delete_tree(
        client, ["/del", "/del2"], batch_ops=100, progress=progress, cancelled=lambda: bool(stop)
    )

    assert result.cancelled
    assert 200 <= result.deleted < 1115
    left = server_count(other_client, "/del") + server_count(other_client, "/del2")
    assert result.deleted == 1115 - left
    assert result.remaining == [r for r in ("/del", "/del2") if other_client.exists(r)]
    assert "/del" in result.remaining
    assert result.errors == []
    # and a second run finishes the job
    again = delete_tree(client, result.remaining)
    assert again.deleted == left and again.remaining == []


def test_delete_tree_cancel_before_start(client: KazooClient) -> None:
    create_tree(client, tree("/del", fanout=2, depth=2))
    result = delete_tree(client, ["/del"], cancelled=lambda: True)
    assert result.cancelled and result.deleted == 0 and result.remaining == ["/del"]
    assert server_count(client, "/del") == 7


@pytest.mark.parametrize(
    "path", ["/", "/zookeeper", "/zookeeper/quota", "/zookeeper/config", "relative"]
)
def test_delete_tree_refuses(zk_client: KazooClient, path: str) -> None:
    create_tree(zk_client, [("/keep", b"")])
    with pytest.raises(ValueError):
        delete_tree(zk_client, ["/keep", path])
    assert zk_client.exists("/keep")


def test_server_without_multi_read(
    zk_client: KazooClient, other_client: KazooClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opcodes the server does not know stand in for a pre-3.6 server: it answers
    UnimplementedError and drops the connection; everything still works, one by one."""
    create_tree(zk_client, tree("/w", fanout=5, depth=3))  # 156 nodes
    create_tree(zk_client, [("/many", b"")] + [(f"/many/r{i}", b"") for i in range(300)])
    monkeypatch.setattr(walk_module.MultiRead, "type", 99)
    monkeypatch.setattr(walk_module.GetAllChildrenNumber, "type", 98)

    set_multi_read(zk_client, None)
    assert multi_read_supported(zk_client) is False
    assert sum(1 for _ in walk(zk_client, "/w")) == 156

    # A client that believed in multi-read (say, moved to an older ensemble member).
    set_multi_read(zk_client, True)
    assert count_subtree(zk_client, ["/w/n1", "/w/n2"]) == 62
    set_multi_read(zk_client, True)
    assert [i.path for i in walk(zk_client, "/w", max_depth=1)][:2] == ["/w", "/w/n0"]
    set_multi_read(zk_client, True)
    roots = [f"/many/r{i}" for i in range(300)]  # several read batches in flight at once
    result = delete_tree(zk_client, roots)
    assert result.deleted == 300 and result.errors == []
    assert multi_read_supported(zk_client) is False
    assert other_client.get_children("/many") == []
