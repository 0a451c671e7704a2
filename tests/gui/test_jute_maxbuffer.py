"""A server started with a larger jute.maxbuffer: the limit given on the command line, and
a node whose listing is over a megabyte shown whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from tests.helpers import expand, shown_children
from zkinspector.zk import paths
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.codec import JUTE_MAXBUFFER_DEFAULT
from zkinspector.zk.limits import read_server_limit
from zkinspector.zk.server import ZooKeeperServer

LIMIT = 4 * 1024 * 1024
# 6,000 names of 200 characters: a listing of 1.2 MB, over the default jute.maxbuffer.
NAMES = [f"{i % 7}{'x' * 190}{i:09d}" for i in range(6000)]


@pytest.fixture(scope="module")
def big_buffer() -> Iterator[str]:
    """A server started with -Djute.maxbuffer=4 MB, holding /wide (the 6,000 children)."""
    server = ZooKeeperServer(
        extra_config={"forceSync": "no"}, jvm_args=[f"-Djute.maxbuffer={LIMIT}"]
    )
    server.start()
    try:
        client = KazooClient(hosts=server.connect_string, timeout=10)
        client.start(timeout=15)
        try:
            create_tree(client, [("/wide", b"")] + [(f"/wide/{n}", b"") for n in NAMES])
            # ZooKeeper 3.8 does not report the flag (neither conf nor envi): the default.
            assert read_server_limit(client) == JUTE_MAXBUFFER_DEFAULT
            assert read_server_limit(client, LIMIT) == LIMIT
            # Data over 1 MB is taken: the server's limit is the raised one.
            client.create("/big-data", b"d" * (2 * 1024 * 1024))
        finally:
            client.stop()
            client.close()
        yield server.connect_string
    finally:
        server.stop()


def test_limit_option_and_listing_over_a_megabyte(qtbot, open_window, big_buffer):
    win = open_window("--server", big_buffer, "--jute-maxbuffer", str(LIMIT))
    assert win.page.session.request_limit == LIMIT
    expand(qtbot, win.page.model, "/wide")
    assert shown_children(win.page.model, "/wide") == paths.natural_sorted(NAMES)


def test_limit_option_is_checked(capsys):
    from zkinspector.app import parse_options

    assert parse_options(["--jute-maxbuffer", "4M"]).jute_maxbuffer == LIMIT
    with pytest.raises(SystemExit):
        parse_options(["--jute-maxbuffer", "lots"])
    assert "not a number of bytes" in capsys.readouterr().err
