"""Container and TTL nodes on a real server: what a client sees of them, and what we show.

kazoo cannot create either kind, so ZooKeeper's own client (zkCli.sh) makes them. The
server (``zk_extended``) looks for empty containers and expired TTL nodes every 100 ms, so the
test can see that they really are containers and TTL nodes: the server deletes them.
"""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from kazoo.client import KazooClient

from zkinspector.zk import stat as zstat
from zkinspector.zk.server import ZooKeeperServer

ZKCLI = Path("/usr/share/zookeeper/bin/zkCli.sh")
WAIT = 20.0  # seconds; the machine may be busy

pytestmark = pytest.mark.skipif(not ZKCLI.is_file(), reason="zkCli.sh is not installed")


def zkcli(server: ZooKeeperServer, *command: str) -> str:
    """Run one zkCli.sh command against the server; what it printed (stdout and stderr)."""
    done = subprocess.run(
        [str(ZKCLI), "-server", server.connect_string, *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout + done.stderr


def deleted_by_server(client: KazooClient, path: str) -> bool:
    """Wait (on a watch, no polling) until ``path`` is gone; False if it stays."""
    gone = threading.Event()
    if client.exists(path, watch=lambda event: gone.set()) is None:
        return True
    return gone.wait(WAIT) and client.exists(path) is None


def test_container_and_ttl_nodes_look_persistent(zk_extended, kazoo_client) -> None:
    client = kazoo_client(zk_extended.connect_string)
    assert "Created /box" in zkcli(zk_extended, "create", "-c", "/box")
    # (a long TTL here: the stat is read before the server could remove the node)
    assert "Created /ttl" in zkcli(zk_extended, "create", "-t", "600000", "/ttl", "x")

    box, ttl = client.exists("/box"), client.exists("/ttl")
    # What the server reports: nothing marks them.
    assert box.ephemeralOwner == 0 and ttl.ephemeralOwner == 0
    # What we show: not ephemeral, and no claim about which of the three it is.
    for stat, name in ((box, "box"), (ttl, "ttl")):
        assert zstat.node_kind(stat, name) == "persistent"
        rows = {field: (text, tip) for field, text, tip in zstat.stat_rows(stat)}
        assert rows["ephemeralOwner"] == (
            "0 (persistent, container or TTL)",
            zstat.not_ephemeral_note(),
        )
        assert "cannot be told" in rows["ephemeralOwner"][1]

    # They are what zkCli made: the server deletes the container once it has had a child
    # and is empty again, and a TTL node once it has been unchanged for its TTL.
    client.create("/box/child")
    client.delete("/box/child")
    assert deleted_by_server(client, "/box")
    assert "Created /short" in zkcli(zk_extended, "create", "-t", "500", "/short", "x")
    assert deleted_by_server(client, "/short")
