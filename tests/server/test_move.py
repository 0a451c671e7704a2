"""Move and rename of subtrees (zk/move.py) on a real server."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NodeExistsError, NoNodeError
from kazoo.security import ACL, Id, Permissions, make_digest_acl

from tests.server.transfer_helpers import held
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.move import MoveRefused, move_tree


def tree(client: KazooClient, root: str, fanout: int, depth: int) -> int:
    items = [(root, b"root")]
    level = [root]
    for d in range(depth):
        level = [f"{p}/n{i}" for p in level for i in range(fanout)]
        items += [(p, f"{p}:{d}".encode()) for p in level]
    return create_tree(client, items)


def test_rename_is_one_transaction(zk_client: KazooClient) -> None:
    tree(zk_client, "/a", fanout=3, depth=2)
    zk_client.create("/a/p_0000000007", b"seq")
    before = held(zk_client, "/a")

    result = move_tree(zk_client, "/a", "/b")

    assert result.atomic and result.complete
    assert len(result.moved) == len(before) and not result.copied_only and not result.untouched
    assert zk_client.exists("/a") is None
    assert held(zk_client, "/b") == before


def test_big_move_goes_in_batches_and_loses_nothing(zk_client: KazooClient) -> None:
    count = tree(zk_client, "/big", fanout=12, depth=3)  # 1,885 nodes
    before = held(zk_client, "/big")
    seen: list[tuple[int, int | None]] = []

    zk_client.create("/moved")

    result = move_tree(
        zk_client,
        "/big",
        "/moved/big",
        request_limit=64 * 1024,
        progress=lambda done, total: seen.append((done, total)),
    )

    assert not result.atomic and result.complete
    assert len(result.moved) == count and result.nodes == count
    assert zk_client.exists("/big") is None
    assert held(zk_client, "/moved/big") == before
    assert seen[-1] == (2 * count, 2 * count) and len(seen) > 4


def test_a_source_changed_midway_stays_and_is_named(zk_client: KazooClient) -> None:
    tree(zk_client, "/big", fanout=12, depth=3)
    changed: list[str] = []

    def progress(done: int, _total: int | None) -> None:
        if done and not changed:  # the first transaction of copies is confirmed
            zk_client.set("/big/n0/n0/n0", b"changed after it was copied")
            changed.append("/big/n0/n0/n0")

    result = move_tree(zk_client, "/big", "/moved", request_limit=64 * 1024, progress=progress)

    assert changed and not result.complete and not result.lost and not result.untouched
    assert set(result.copied_only) == {"/big", "/big/n0", "/big/n0/n0", "/big/n0/n0/n0"}
    assert zk_client.get("/big/n0/n0/n0")[0] == b"changed after it was copied"
    assert zk_client.get_children("/big/n0/n0") == ["n0"]  # only what could not go
    assert len(result.moved) == result.nodes - 4
    assert any("/big/n0/n0/n0" in path for path, _ in result.errors)


def test_a_source_acl_changed_midway_stays_and_is_named(zk_client: KazooClient) -> None:
    """A delete checks the data version only: an ACL set on a source after it was copied
    would be lost with it. That node stays (and what is above it), named."""
    tree(zk_client, "/big", fanout=12, depth=3)
    locked = [ACL(Permissions.READ | Permissions.DELETE | Permissions.ADMIN, Id("world", "anyone"))]
    changed: list[str] = []

    def progress(done: int, _total: int | None) -> None:
        if done and not changed:  # the first transaction of copies is confirmed
            zk_client.set_acls("/big/n0/n0/n0", locked)
            changed.append("/big/n0/n0/n0")

    result = move_tree(zk_client, "/big", "/moved", request_limit=64 * 1024, progress=progress)

    assert changed and not result.complete and not result.lost and not result.untouched
    assert set(result.copied_only) == {"/big", "/big/n0", "/big/n0/n0", "/big/n0/n0/n0"}
    assert zk_client.get_acls("/big/n0/n0/n0")[0] == locked  # the change is kept
    assert zk_client.get_children("/big/n0/n0") == ["n0"]  # only what could not go
    assert len(result.moved) == result.nodes - 4
    assert [path for path, _ in result.errors] == ["/big/n0/n0/n0"]
    assert "ACL" in result.errors[0][1]


def test_a_transaction_that_fails_moves_nothing(zk_client: KazooClient) -> None:
    zk_client.create("/locked/child", b"", makepath=True)
    # No DELETE right on /locked: its child cannot be deleted, so the one transaction fails.
    no_delete = Permissions.READ | Permissions.CREATE | Permissions.ADMIN
    zk_client.set_acls("/locked", [ACL(no_delete, Id("world", "anyone"))])
    result = move_tree(zk_client, "/locked", "/elsewhere")
    assert result.atomic and not result.moved and "Nothing was moved" in result.stopped
    assert set(result.untouched) == {"/locked", "/locked/child"}
    assert zk_client.exists("/elsewhere") is None and zk_client.exists("/locked/child")


@pytest.mark.parametrize(
    ("source", "target", "error", "words"),
    [
        ("/m", "/m/inside", MoveRefused, "under itself"),
        ("/m", "/m", MoveRefused, "already there"),
        ("/", "/x", MoveRefused, "belongs to the server"),
        ("/zookeeper", "/x", MoveRefused, "belongs to the server"),
        ("/m", "/taken", NodeExistsError, None),
        ("/absent", "/x", NoNodeError, None),
        ("/m", "/no/parent", MoveRefused, "does not exist"),
        ("/eph", "/x", MoveRefused, "ephemeral nodes.*/eph/e1"),
        ("/locked", "/x", MoveRefused, "cannot be read.*/locked/secret"),
        ("/hidden", "/x", MoveRefused, "without ADMIN permission.*/hidden/acl"),
    ],
)
def test_moves_that_are_refused_write_nothing(
    zk_client: KazooClient, source: str, target: str, error: type, words: str | None
) -> None:
    zk_client.create("/m/a", b"", makepath=True)
    zk_client.create("/taken")
    zk_client.create("/eph")
    zk_client.create("/eph/e1", ephemeral=True)
    zk_client.create("/locked")
    zk_client.create("/locked/secret", acl=[make_digest_acl("bob", "secret", all=True)])
    zk_client.create("/hidden")
    read_all = ACL(Permissions.READ, Id("world", "anyone"))
    zk_client.create("/hidden/acl", acl=[read_all, make_digest_acl("bob", "secret", all=True)])
    before = sorted(zk_client.get_children("/"))
    with pytest.raises(error, match=words):
        move_tree(zk_client, source, target)
    assert sorted(zk_client.get_children("/")) == before
    assert zk_client.get_children("/m") == ["a"] and zk_client.exists("/eph/e1")
