"""Reading many ACLs (zk/acl_reads.py): side connections give what the client's own
connection gives, with its credentials and chroot, and fall back to it when they fail."""

from __future__ import annotations

import socket

from kazoo.client import KazooClient
from kazoo.exceptions import NoAuthError, NoNodeError
from kazoo.security import ACL, Id, Permissions, make_digest_acl

from tests.helpers import until
from zkinspector.zk.acl_reads import SIDE_MIN_BATCH, AclReader
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.server import ZooKeeperServer, four_letter

BOB = make_digest_acl("bob", "secret", read=True, admin=True)
ADMIN = ACL(Permissions.ADMIN, Id("world", "anyone"))


def nodes(client: KazooClient) -> list[str]:
    create_tree(client, [("/r", b"")] + [(f"/r/n{i}", b"") for i in range(300)])
    client.create("/r/bob", b"", acl=[BOB])  # readable (getACL) only with bob's credentials
    client.create("/r/admin", b"", acl=[ADMIN])  # getACL needs READ or ADMIN
    return ["/r/bob", "/r/admin", "/r/missing"] + [f"/r/n{i}" for i in range(300)]


def connections(server: ZooKeeperServer) -> int:
    return sum(
        1 for line in four_letter(server.host, server.port, "cons").splitlines() if "(" in line
    )


def test_side_connections_read_what_the_client_may_read(
    zk_server: ZooKeeperServer, kazoo_client, zk_chroot: str
) -> None:
    bob = kazoo_client(zk_chroot, auth_data=[("digest", "bob:secret")])
    stranger = kazoo_client(zk_chroot)
    paths = nodes(bob)
    before = connections(zk_server)
    for client, bob_reads in ((bob, True), (stranger, False)):
        with AclReader(client, connections=0) as own, AclReader(client) as side:
            expected = own.read(paths)
            got = side.read(paths)
            assert side.side_connections == 4 and own.side_connections == 0
            assert connections(zk_server) == before + 4
        assert [type(x) if isinstance(x, Exception) else x for x in got] == [
            type(x) if isinstance(x, Exception) else x for x in expected
        ]
        assert (got[0] == [BOB]) is bob_reads and isinstance(got[0], list | NoAuthError)
        assert got[1] == [ADMIN] and isinstance(got[2], NoNodeError)
        assert got[3] == [ACL(Permissions.ALL, Id("world", "anyone"))]
    until(lambda: connections(zk_server) <= before, timeout=10)
    assert connections(zk_server) == before  # their sessions were closed


def test_small_batches_use_the_clients_connection(zk_client: KazooClient) -> None:
    paths = nodes(zk_client)[: SIDE_MIN_BATCH - 1]
    with AclReader(zk_client) as reader:
        assert len(reader.read(paths)) == len(paths) and reader.side_connections == 0


def test_a_broken_side_connection_falls_back(zk_client: KazooClient) -> None:
    paths = nodes(zk_client)
    with AclReader(zk_client) as reader:
        first = reader.read(paths)
        for side in reader._sides:
            side.sock.shutdown(socket.SHUT_RDWR)  # as if the server dropped them
        assert reader.read(paths)[3:] == first[3:] and reader.side_connections == 0
    with AclReader(zk_client) as reader:
        pending = reader.submit(paths)
        for side in reader._sides:
            side.sock.shutdown(socket.SHUT_RDWR)  # ... while a batch is in flight
        again = reader.collect(pending)
        assert reader.side_connections == 0
        assert [type(x) for x in again] == [type(x) for x in first]
        assert again[3:] == first[3:]
