"""A move interrupted by a server that is killed and restarted loses nothing, and its
report says exactly which nodes were moved, copied only and untouched (zk/move.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient
from kazoo.retry import KazooRetry

from tests.reliability.helpers import OP_MULTI, FaultProxy, retrying
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.move import move_tree
from zkinspector.zk.server import ZooKeeperServer

FANOUT, DEPTH = 16, 3  # 4,369 nodes: deletes go in five transactions


@pytest.fixture
def server(tmp_path) -> Iterator[ZooKeeperServer]:
    zk = ZooKeeperServer(base_dir=tmp_path, extra_config={"forceSync": "no"})
    zk.start()
    try:
        yield zk
    finally:
        zk.stop()


def build(client: KazooClient) -> dict[str, bytes]:
    items = [("/src", b"root")]
    level = ["/src"]
    for _ in range(DEPTH):
        level = [f"{p}/n{i}" for p in level for i in range(FANOUT)]
        items += [(p, p.encode()) for p in level]
    create_tree(client, items)
    return dict(items)


@pytest.mark.parametrize("at", [0.3, 1.1], ids=["during-copy", "during-delete"])
def test_move_survives_a_killed_server(server: ZooKeeperServer, at: float) -> None:
    """At ``at`` of the way (creates then deletes), the answer of the next transaction is
    lost on the way back (it was applied: the hardest case), then the server is killed
    and restarted. The move must report every node exactly, from what the server holds."""
    proxy = FaultProxy(server.host, server.port)
    client = KazooClient(
        hosts=proxy.address,
        timeout=20,
        connection_retry=KazooRetry(max_tries=-1, delay=0.05, max_delay=0.5),
    )
    client.start(timeout=15)
    crash: list[threading.Thread] = []

    def kill_and_restart() -> None:
        proxy.triggered.wait(30)
        time.sleep(0.3)  # the transaction is applied; its answer went nowhere
        server.kill()
        time.sleep(1.0)
        server.start()

    def progress(done: int, total: int | None) -> None:
        if total and not crash and done >= at * total / 2:
            proxy.lose_answer([OP_MULTI])
            crash.append(threading.Thread(target=kill_and_restart))
            crash[0].start()

    try:
        original = build(client)
        client.create("/dst")
        result = move_tree(client, "/src", "/dst/src", request_limit=64 * 1024, progress=progress)
        crash[0].join()

        assert proxy.triggered.is_set() and result.stopped and not result.atomic
        assert not result.lost
        listed = result.moved + result.copied_only + result.untouched
        assert sorted(listed) == sorted(original)  # every node named exactly once
        if at < 1:  # stopped while copying: no source was deleted
            assert not result.moved and result.copied_only and result.untouched
        else:
            assert result.moved and result.copied_only and not result.untouched

        check = retrying()
        for path in result.moved:
            assert check(client.exists, path) is None, path
            assert check(client.get, "/dst" + path)[0] == original[path]
        for path in result.copied_only:
            assert check(client.get, path)[0] == original[path]
            assert check(client.get, "/dst" + path)[0] == original[path]
        for path in result.untouched:
            assert check(client.get, path)[0] == original[path]
            assert check(client.exists, "/dst" + path) is None, path
    finally:
        client.stop()
        client.close()
        proxy.close()
