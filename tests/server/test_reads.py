"""The small reads models hand to the session's jobs (zk/reads.py), on a real server."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoAuthError, NoNodeError
from kazoo.security import OPEN_ACL_UNSAFE, make_acl

from zkinspector.zk.reads import node_data, node_stat


def test_node_stat_and_data(zk_client: KazooClient) -> None:
    zk_client.create("/n", b"value")
    zk_client.create("/empty")
    assert node_stat(zk_client, "/n") == zk_client.exists("/n")
    assert node_stat(zk_client, "/n").dataLength == 5
    assert node_stat(zk_client, "/missing") is None
    assert node_data(zk_client, "/n") == b"value"
    assert node_data(zk_client, "/empty") == b""
    with pytest.raises(NoNodeError):
        node_data(zk_client, "/missing")


def test_node_stat_needs_no_right_on_the_node(zk_client: KazooClient) -> None:
    no_read = [make_acl("world", "anyone", write=True, admin=True)]
    zk_client.create("/locked", b"secret", acl=no_read)
    try:
        assert node_stat(zk_client, "/locked").dataLength == 6
        with pytest.raises(NoAuthError):
            node_data(zk_client, "/locked")
    finally:
        zk_client.set_acls("/locked", OPEN_ACL_UNSAFE)


def test_stats_read_in_bulk_are_the_servers(zk_client: KazooClient) -> None:
    """With the data sizes known, small nodes are read in multi-reads and the others one
    by one: the same stats as exists() gives, None for a node gone, the stat of a node
    the client may not read."""
    from zkinspector.zk.protocol import server_features
    from zkinspector.zk.reads import read_stats

    assert server_features(zk_client).multi_read
    zk_client.create("/s")
    node_paths = []
    for i in range(600):
        node_paths.append(zk_client.create(f"/s/n{i}", b"x" * (i % 7)))
    zk_client.create("/s/big", b"b" * 10_000)
    zk_client.create(
        "/s/locked", b"secret", acl=[make_acl("world", "anyone", write=True, admin=True)]
    )
    node_paths += ["/s/big", "/s/locked", "/s/gone"]
    sizes = [i % 7 for i in range(600)] + [10_000, 6, 3]
    try:
        expected = [zk_client.exists(p) for p in node_paths]
        assert read_stats(zk_client, node_paths, sizes) == expected
        assert read_stats(zk_client, node_paths) == expected
        assert expected[-1] is None and expected[-2].dataLength == 6
    finally:
        zk_client.set_acls("/s/locked", OPEN_ACL_UNSAFE)
