"""Fixtures of the server tests: a second client, and a client in each protocol mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from zkinspector.zk.protocol import SINCE_3_6, ServerFeatures, set_server_features

# Multi-read (ZooKeeper 3.6+) and the plain pipelined fallback used for older servers.
MODES = [pytest.param(True, id="multiread"), pytest.param(False, id="pipelined")]


def take_features(client: KazooClient, since_3_6: bool) -> None:
    """Make ``client`` use, or not use, the requests ZooKeeper 3.6 added."""
    set_server_features(client, ServerFeatures(**dict.fromkeys(SINCE_3_6, since_3_6)))


@pytest.fixture
def other_client(kazoo_client, zk_chroot: str) -> KazooClient:
    """A second client on the same chroot, for changes made "by someone else"."""
    return kazoo_client(zk_chroot)


@pytest.fixture(params=MODES)
def client(request: pytest.FixtureRequest, zk_client: KazooClient) -> Iterator[KazooClient]:
    """zk_client, with the 3.6 requests (multi-read, getAllChildrenNumber) on or off."""
    take_features(zk_client, request.param)
    yield zk_client
