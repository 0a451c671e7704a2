"""The transaction batcher (zk/bulk.py) on a real server: create_tree, commit, Batcher."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import BadVersionError, NodeExistsError, RolledBackError
from kazoo.protocol.states import ZnodeStat

from zkinspector.zk.bulk import (
    Batch,
    Batcher,
    Ops,
    RequestTooLarge,
    applied_before,
    commit,
    create_tree,
)


def test_create_tree_reports_existing_node(zk_client: KazooClient) -> None:
    create_tree(zk_client, [("/x", b"")])
    with pytest.raises(NodeExistsError, match="/x"):
        create_tree(zk_client, [("/y", b""), ("/x", b"")])


def test_a_failed_create_tree_says_which_nodes_were_created_all_the_same(
    zk_client: KazooClient,
) -> None:
    """Two transactions in flight: the first fails, the second is applied; the error
    says so (it used to hide the 100 nodes created)."""
    zk_client.create("/x")
    zk_client.create("/x/a0000")
    items = [(f"/x/a{i:04d}", b"") for i in range(600)]
    with pytest.raises(NodeExistsError, match="/x/a0000") as raised:
        create_tree(zk_client, items, batch_ops=500)
    applied, paths = applied_before(raised.value)
    assert applied == 100 and paths == [f"/x/a{i:04d}" for i in range(500, 600)]
    assert sorted(zk_client.get_children("/x")) == ["a0000"] + [p[3:] for p in paths]


def test_nothing_is_sent_after_a_failed_transaction(zk_client: KazooClient) -> None:
    zk_client.create("/n0015")
    ops = Ops(zk_client)
    with pytest.raises(NodeExistsError, match="/n0015") as raised:
        commit(zk_client, [ops.create(f"/n{i:04d}") for i in range(60)], max_ops=10)
    applied, later = applied_before(raised.value)
    # The first ten applied, the second failed, the third was in flight with it.
    assert later == [f"/n{i:04d}" for i in range(20, 30)] and applied == 20
    created = sorted(zk_client.get_children("/"))
    assert created == sorted([f"n{i:04d}" for i in range(10)] + ["n0015"] + [p[1:] for p in later])


def test_create_tree_big_values_split_into_requests(zk_client: KazooClient) -> None:
    # 40 x 100 KB would be a 4 MB transaction: over the server's 1 MB request limit.
    items = [("/big", b"")] + [(f"/big/v{i}", bytes([i]) * 100_000) for i in range(40)]
    assert create_tree(zk_client, items) == 41
    assert zk_client.get("/big/v39")[0] == bytes([39]) * 100_000


def test_every_kind_of_op_and_its_result(zk_client: KazooClient) -> None:
    """Under a chroot: created paths come back as the client names them, sets give stats."""
    zk_client.create("/old", b"old")
    ops = Ops(zk_client)
    batches: list[Batch] = []
    with Batcher(zk_client, batches.append) as batcher:
        assert batcher.add(ops.create("/a", b"data"))
        assert batcher.add(ops.create("/a/s-", b"", sequential=True))
        assert batcher.add(ops.check("/old", 0))
        assert batcher.add(ops.set("/old", b"new", version=0))
        assert batcher.add(ops.delete("/old", version=1))

    assert len(batches) == 1 and batches[0].applied and batches[0].failure() is None
    created, sequential, checked, stat, deleted = batches[0].results
    assert created == "/a" and sequential.startswith("/a/s-") and len(sequential) == 15
    assert checked is True and deleted is True
    assert isinstance(stat, ZnodeStat) and stat.version == 1
    assert zk_client.get("/a")[0] == b"data" and zk_client.exists(sequential)
    assert zk_client.exists("/old") is None


def test_a_failing_transaction_applies_nothing_and_names_its_path(zk_client: KazooClient) -> None:
    zk_client.create("/v", b"")
    zk_client.set("/v", b"changed")  # version 1 now
    ops = Ops(zk_client)
    batches: list[Batch] = []
    with Batcher(zk_client, batches.append) as batcher:
        batcher.add(ops.create("/first"))
        batcher.add(ops.check("/v", 0))
        batcher.add(ops.create("/last"))

    (batch,) = batches
    assert not batch.applied
    path, error = batch.failure()
    assert path == "/v" and isinstance(error, BadVersionError)
    assert isinstance(batch.results[0], RolledBackError)
    assert zk_client.exists("/first") is None and zk_client.exists("/last") is None
    with pytest.raises(BadVersionError, match="/v"):
        commit(zk_client, [ops.create("/first"), ops.check("/v", 0)])
    assert zk_client.exists("/first") is None


def test_transactions_stay_under_half_the_request_limit(zk_client: KazooClient) -> None:
    ops = Ops(zk_client)
    batches: list[Batch] = []
    with Batcher(zk_client, batches.append, request_limit=8192) as batcher:
        for i in range(20):
            batcher.add(ops.create(f"/n{i:02d}", bytes([i]) * 1000))
    assert all(b.applied for b in batches)
    assert [op.path for b in batches for op in b.ops] == [f"/n{i:02d}" for i in range(20)]
    assert len(batches) >= 20 // 4  # about 1 KB each: at most 4 in 4 KiB
    assert all(sum(op.cost for op in b.ops) <= 4096 for b in batches)
    assert sorted(zk_client.get_children("/")) == [f"n{i:02d}" for i in range(20)]


def test_an_op_over_the_limit_is_refused_before_anything_is_sent(zk_client: KazooClient) -> None:
    ops = Ops(zk_client)
    with pytest.raises(RequestTooLarge, match="/huge"):
        commit(
            zk_client,
            [ops.create("/small"), ops.create("/huge", b"x" * 10_000)],
            request_limit=8192,
        )
    assert zk_client.get_children("/") == []


def test_stop_sends_nothing_more_and_reports_what_was_sent(zk_client: KazooClient) -> None:
    ops = Ops(zk_client)
    batches: list[Batch] = []
    taken = 0
    with Batcher(zk_client, batches.append, max_ops=10, stop=lambda: bool(batches)) as batcher:
        for i in range(100):
            if not batcher.add(ops.create(f"/n{i:03d}")):
                break
            taken += 1
    assert batcher.stopped
    done = [op.path for b in batches for op in b.ops]
    assert all(b.applied for b in batches) and 10 <= len(done) < 100
    assert sorted(zk_client.get_children("/")) == [p[1:] for p in done]
