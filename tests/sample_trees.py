"""A known tree on the test server, shared by the search tests of every level."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient

from zkinspector.zk.walk import create_tree

__all__ = ["EPHEMERAL", "EPHEMERAL_SEQ_PREFIX", "TREE", "sample_tree"]

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
