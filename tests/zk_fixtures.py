"""pytest fixtures that run a real ZooKeeper server (Debian's jars) for the tests.

- ``zk_server`` (session): one standalone server on a free loopback port.
- ``zk_chroot`` (function): a fresh chroot node on it; returns ``"127.0.0.1:PORT/t-name-uuid"``.
- ``kazoo_client`` (function): a factory of started KazooClients, all closed at the end.
- ``zk_client`` (function): a started KazooClient on that chroot.
- ``session`` (function): a ZkSession (not connected), shut down at the end.
- ``zk_ensemble`` (module): a started three-member Ensemble.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable, Iterator

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import KazooException

from zkinspector.zk.delete import delete_tree
from zkinspector.zk.server import Ensemble, ZooKeeperServer
from zkinspector.zk.session import ZkSession

__all__ = [
    "kazoo_client",
    "session",
    "zk_admin",
    "zk_chroot",
    "zk_client",
    "zk_ensemble",
    "zk_server",
]

# fsync off: the data dir is thrown away, and tests then spend no time waiting for disks.
_TEST_CONFIG = {"forceSync": "no"}


@pytest.fixture(scope="session")
def zk_server() -> Iterator[ZooKeeperServer]:
    """One real ZooKeeper server for the whole test session (default jute.maxbuffer)."""
    server = ZooKeeperServer(extra_config=_TEST_CONFIG)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def zk_admin(zk_server: ZooKeeperServer) -> Iterator[KazooClient]:
    """A session-wide kazoo client on the server root, for creating and removing chroots."""
    client = KazooClient(hosts=zk_server.connect_string, timeout=10)
    client.start(timeout=15)
    try:
        yield client
    finally:
        client.stop()
        client.close()


def _sanitize(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_.")[:60] or "test"


@pytest.fixture
def zk_chroot(
    request: pytest.FixtureRequest, zk_server: ZooKeeperServer, zk_admin: KazooClient
) -> Iterator[str]:
    """Create ``/t-<testname>-<uuid8>`` and return the connect string with that chroot."""
    chroot = f"/t-{_sanitize(request.node.name)}-{uuid.uuid4().hex[:8]}"
    zk_admin.ensure_path(chroot)
    try:
        yield zk_server.connect_string + chroot
    finally:
        with contextlib.suppress(KazooException, OSError):
            if zk_admin.connected:
                delete_tree(zk_admin, [chroot])  # the product's own bulk delete


@pytest.fixture
def kazoo_client() -> Iterator[Callable[..., KazooClient]]:
    """``kazoo_client(hosts, **options)``: a started KazooClient; all are closed at the end."""
    clients: list[KazooClient] = []

    def make(hosts: str, **options) -> KazooClient:
        client = KazooClient(hosts=hosts, **{"timeout": 10, **options})
        client.start(timeout=15)
        clients.append(client)
        return client

    yield make
    for client in reversed(clients):
        with contextlib.suppress(Exception):
            client.stop()
            client.close()


@pytest.fixture
def zk_client(kazoo_client, zk_chroot: str) -> KazooClient:
    """A started KazooClient connected to the test's chroot."""
    return kazoo_client(zk_chroot)


@pytest.fixture
def session(qtbot) -> Iterator[ZkSession]:
    """A ZkSession, not connected; shut down at the end, leaving no worker thread."""
    s = ZkSession()
    yield s
    s.shutdown(wait=True)
    assert not any(t.is_alive() for t in s._jobs._pool._threads), "worker threads left running"


@pytest.fixture(scope="module")
def zk_ensemble() -> Iterator[Ensemble]:
    """A started three-member ZooKeeper ensemble on loopback, stopped after the module."""
    ensemble = Ensemble(3)
    ensemble.start()
    try:
        yield ensemble
    finally:
        ensemble.stop()
