"""Recursive delete (zk/delete.py) on a real server, with the 3.6 requests and without."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoAuthError
from kazoo.security import OPEN_ACL_UNSAFE, make_acl

from tests.sample_trees import full_tree, server_count
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.delete import delete_tree


def test_delete_tree_removes_subtree_keeps_siblings(
    client: KazooClient, other_client: KazooClient
) -> None:
    create_tree(client, full_tree("/del", fanout=12, depth=3))  # 1,885 nodes
    create_tree(client, full_tree("/keep", fanout=3, depth=2))
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
    create_tree(client, full_tree("/a", fanout=5, depth=2))
    create_tree(client, full_tree("/b", fanout=5, depth=2))
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
        client, ["/del"], request_limit=8192, progress=lambda d, t: calls.append((d, t))
    )
    assert result.deleted == 301 and result.errors == []
    assert other_client.exists("/del") is None
    # ~8 deletes of 400-byte paths fit in half of 8 KiB: many transactions, each reported
    assert len(calls) >= 301 // 10


def test_delete_tree_child_created_meanwhile(
    client: KazooClient, other_client: KazooClient
) -> None:
    create_tree(client, full_tree("/del", fanout=10, depth=3))  # 1,111 nodes
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
    create_tree(client, full_tree("/del", fanout=10, depth=3))

    def steal(done: int, total: int | None) -> None:
        if done and other_client.exists("/del/n9/n9/n9"):
            other_client.delete("/del/n9/n9/n9")

    result = delete_tree(client, ["/del"], batch_ops=50, progress=steal)
    assert result.errors == [] and result.remaining == []
    assert result.deleted == 1110  # the stolen node was not deleted by us
    assert other_client.exists("/del") is None


def test_delete_tree_no_auth(client: KazooClient, other_client: KazooClient) -> None:
    create_tree(client, full_tree("/del", fanout=5, depth=2))  # 31 nodes
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
    create_tree(client, full_tree("/del", fanout=10, depth=3))  # 1,111 nodes
    create_tree(client, full_tree("/del2", fanout=3, depth=1))
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
    create_tree(client, full_tree("/del", fanout=2, depth=2))
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
