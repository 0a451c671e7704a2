"""Trees for the tests: a known one shared by the search tests of every level, full trees
of any size, and an independent count of what the server holds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from zkinspector.zk.bulk import create_tree

__all__ = ["EPHEMERAL", "EPHEMERAL_SEQ_PREFIX", "TREE", "full_tree", "sample_tree", "server_count"]

TREE: dict[str, bytes] = {
    "/app": b"",
    "/app/config": b'{"db": "localhost:5432", "Mode": "primary"}',
    "/app/config/feature-flags": b"dark_mode=on\nbeta=off",
    "/app/locks": b"",
    "/app/locks/lock-0000000001": b"",
    "/app/locks/lock-0000000002": b"",
    "/app/locks/Lock-0000000003": b"",
    "/kafka": b"",
    "/kafka/brokers": b"",
    "/kafka/brokers/ids": b"",
    "/kafka/brokers/ids/1": b'{"host": "broker1", "port": 9092}',
    "/kafka/brokers/ids/2": b'{"host": "broker2", "port": 9092}',
    "/kafka/brokers/topics": b"",
    "/kafka/brokers/topics/orders": b'{"partitions": 3}',
    "/kafka/brokers/topics/orders/state": b"leader=1",
    "/bin": b"",
    "/bin/blob": b"\x00\x01\xffsecret\xfe",
    "/bin/latin": "café".encode("latin-1"),
}
EPHEMERAL = ["/app/members/m-1", "/app/members/m-2"]  # created ephemeral by the test client
EPHEMERAL_SEQ_PREFIX = "/app/members/seq-"


@pytest.fixture
def sample_tree(zk_client: KazooClient) -> dict[str, str]:
    """TREE on the server, plus two ephemeral nodes and one ephemeral sequential node."""
    assert create_tree(zk_client, sorted(TREE.items())) == len(TREE)
    zk_client.create("/app/members")
    for path in EPHEMERAL:
        zk_client.create(path, ephemeral=True)
    seq = zk_client.create(EPHEMERAL_SEQ_PREFIX, ephemeral=True, sequence=True)
    return {"seq": seq}


def full_tree(root: str, fanout: int, depth: int) -> Iterator[tuple[str, bytes]]:
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
