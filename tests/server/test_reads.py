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
