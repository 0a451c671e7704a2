"""The request size limit and overhead checked against a real server."""

from __future__ import annotations

from zkinspector.zk import codec
from zkinspector.zk.connstr import ConnectParams


def test_server_limit_and_overhead_match_a_real_server(zk_client, zk_chroot):
    """The default limit is read from the server; data of exactly the computed maximum is
    accepted, for a set and for a create (paths under a chroot)."""
    from zkinspector.zk.limits import read_server_limit

    limit = read_server_limit(zk_client)
    assert limit == codec.JUTE_MAXBUFFER_DEFAULT  # the test server reports no override
    chroot = ConnectParams(zk_chroot).chroot
    path = "/big-node"
    created = codec.max_data_size(
        limit, codec.request_overhead(chroot + path, create=True, acl=[("world", "anyone")])
    )
    zk_client.create(path, b"c" * created)
    most = codec.max_data_size(limit, codec.request_overhead(chroot + path))
    zk_client.set(path, b"s" * most)
    assert len(zk_client.get(path)[0]) == most


def test_session_knows_the_limit_when_connected(qtbot, session, zk_chroot):
    """The session reads the limit while connecting: it is there when `connected` comes."""
    from tests.helpers import connect

    seen = []
    session.connected.connect(lambda: seen.append(session.request_limit))
    connect(qtbot, session, zk_chroot)
    assert seen == [codec.JUTE_MAXBUFFER_DEFAULT]  # what the test server reports (see above)
    assert session.params.chroot == ConnectParams(zk_chroot).chroot != ""
    session.disconnect_from()
    assert session.request_limit == codec.JUTE_MAXBUFFER_DEFAULT
