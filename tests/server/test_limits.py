"""The request size limit and overhead checked against a real server."""

from __future__ import annotations

from zkinspector.zk import codec


def test_server_limit_and_overhead_match_a_real_server(zk_client, zk_chroot):
    """The default limit is read from the server; data of exactly the computed maximum is
    accepted, for a set and for a create (paths under a chroot)."""
    from zkinspector.zk.limits import read_server_limit

    limit = read_server_limit(zk_client)
    assert limit == codec.JUTE_MAXBUFFER_DEFAULT  # the test server reports no override
    chroot = "/" + zk_chroot.partition("/")[2]
    path = "/big-node"
    created = codec.max_data_size(
        limit, codec.request_overhead(chroot + path, create=True, acl=[("world", "anyone")])
    )
    zk_client.create(path, b"c" * created)
    most = codec.max_data_size(limit, codec.request_overhead(chroot + path))
    zk_client.set(path, b"s" * most)
    assert len(zk_client.get(path)[0]) == most
