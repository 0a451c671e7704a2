"""Container and TTL nodes made by zkinspector (createContainer 19, createTTL 21) on real
servers: the server really treats them as such (it deletes them), refuses TTL nodes
without extendedTypesEnabled, and the session remembers which nodes it made as what."""

from __future__ import annotations

import threading

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NodeExistsError

from tests.helpers import WAIT, connect
from zkinspector.zk.node_types import TtlRefused, check_kind, create_typed
from zkinspector.zk.protocol import known_features
from zkinspector.zk.session import ZkSession
from zkinspector.zk.writes import create_once

GONE_WITHIN = 20.0  # seconds; the server looks every 100 ms, the machine may be busy


def deleted_by_server(client: KazooClient, path: str) -> bool:
    """Wait (on a watch) until ``path`` is gone; False if it stays."""
    gone = threading.Event()
    if client.exists(path, watch=lambda _event: gone.set()) is None:
        return True
    return gone.wait(GONE_WITHIN) and client.exists(path) is None


def test_container_is_deleted_by_the_server_once_its_last_child_goes(
    kazoo_client, zk_extended_chroot: str
) -> None:
    client = kazoo_client(zk_extended_chroot)
    path, stat = create_typed(client, "/box", b"c", container=True)
    assert path == "/box"  # the chroot is taken off
    assert stat.ephemeralOwner == 0 and client.get("/box")[0] == b"c"
    client.create("/box/item")
    client.delete("/box/item")
    assert deleted_by_server(client, "/box")


def test_ttl_node_is_deleted_after_its_ttl_and_sequential_ones_get_a_number(
    kazoo_client, zk_extended_chroot: str
) -> None:
    client = kazoo_client(zk_extended_chroot)
    path, stat = create_typed(client, "/lease-", b"t", ttl=300, sequential=True)
    assert path.startswith("/lease-") and len(path) == len("/lease-") + 10
    assert stat.ephemeralOwner == 0
    assert known_features(client).ttl_nodes is True
    assert deleted_by_server(client, path)


def test_missing_parents_are_made_persistent(kazoo_client, zk_extended_chroot: str) -> None:
    client = kazoo_client(zk_extended_chroot)
    create_typed(client, "/a/b/box", container=True, makepath=True)
    client.create("/a/b/box/x")
    client.delete("/a/b/box/x")
    assert deleted_by_server(client, "/a/b/box")
    assert client.exists("/a/b") is not None  # the parents stay: plain persistent nodes


def test_ttl_refused_without_extended_types_says_what_the_server_needs(
    zk_client: KazooClient,
) -> None:
    with pytest.raises(TtlRefused) as refused:
        create_typed(zk_client, "/t", ttl=1000)
    assert "extendedTypesEnabled=true" in str(refused.value)
    assert known_features(zk_client).ttl_nodes is False
    # Nothing was made and the connection is fine.
    assert zk_client.exists("/t") is None and zk_client.connected
    # Container nodes need no option.
    assert create_typed(zk_client, "/c", container=True)[0] == "/c"


def test_create_once_makes_typed_nodes_and_refuses_a_taken_name(
    kazoo_client, zk_extended_chroot: str
) -> None:
    client = kazoo_client(zk_extended_chroot)
    assert create_once(client, "/box", b"", container=True) == "/box"
    with pytest.raises(NodeExistsError):
        create_once(client, "/box", b"", ttl=500)


def test_impossible_combinations_are_refused_before_anything_is_sent() -> None:
    for kwargs in (
        {"container": True, "ttl": 5},
        {"container": True, "ttl": None, "ephemeral": True},
        {"container": True, "ttl": None, "sequential": True},
        {"container": False, "ttl": 5, "ephemeral": True},
        {"container": False, "ttl": 0},
        {"container": False, "ttl": 1 << 40},
    ):
        with pytest.raises(ValueError):
            check_kind(**kwargs)
    check_kind(container=False, ttl=(1 << 40) - 1, sequential=True)


def test_session_remembers_the_nodes_it_made_as_containers_and_ttl_nodes(
    qtbot, session: ZkSession, zk_extended_chroot: str, kazoo_client
) -> None:
    other = kazoo_client(zk_extended_chroot)
    connect(qtbot, session, zk_extended_chroot)
    made: list[str] = []
    session.create("/box", container=True, on_result=made.append)
    session.create("/ttl", b"x", ttl=60_000, on_result=made.append)
    session.create("/plain", on_result=made.append)
    qtbot.waitUntil(lambda: len(made) == 3, timeout=WAIT)
    assert session.created_type(other.exists("/box")) == "container"
    assert session.created_type(other.exists("/ttl")) == "ttl 60000 ms"
    assert session.created_type(other.exists("/plain")) == ""
    # The same name made again by someone else is another node: no claim about it.
    other.delete("/ttl")
    other.create("/ttl")
    assert session.created_type(other.exists("/ttl")) == ""
