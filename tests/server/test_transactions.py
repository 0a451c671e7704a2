"""Transactions committed on a real server: all applied, or none; per-operation results."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import (
    BadVersionError,
    NodeExistsError,
    NoNodeError,
    RolledBackError,
    RuntimeInconsistency,
)

from zkinspector.zk.bulk import RequestTooLarge
from zkinspector.zk.transactions import commit, parse


def test_commit_applies_every_operation(zk_client: KazooClient) -> None:
    zk_client.create("/a", b"one")
    zk_client.create("/old")
    ops = parse("check /a 0\nset /a two 0\ncreate /a/b 'x y'\ncreate -s /a/p_ z\ndelete /old\n")
    result = commit(zk_client, ops)
    assert result.applied and result.failed_index is None
    created = result.results[3].value
    assert [r.value for r in result.results] == [
        True,
        result.results[1].value,
        "/a/b",
        created,
        True,
    ]
    assert result.results[1].value.version == 1  # set answers the new stat
    assert created.startswith("/a/p_") and created[5:].isdigit()  # the path without the chroot
    assert zk_client.get("/a")[0] == b"two"
    assert zk_client.get("/a/b")[0] == b"x y"
    assert zk_client.exists(created) is not None
    assert zk_client.exists("/old") is None


def test_a_failing_check_applies_nothing_and_names_the_operation(
    zk_client: KazooClient,
) -> None:
    zk_client.create("/a", b"one")
    zk_client.set("/a", b"changed")  # version 1 now
    ops = parse("create /new\ncheck /a 0\nset /a two\ndelete /a\n")
    result = commit(zk_client, ops)
    assert not result.applied
    assert result.failed_index == 1
    errors = [type(r.error) for r in result.results]
    # Done before the failure: rolled back; the failure; after it: not tried.
    assert errors == [RolledBackError, BadVersionError, RuntimeInconsistency, RuntimeInconsistency]
    assert result.current_version == 1  # read after the failure, for the explanation
    assert zk_client.exists("/new") is None
    assert zk_client.get("/a")[0] == b"changed"


@pytest.mark.parametrize(
    ("text", "index", "error"),
    [
        ("create /a\ncreate /a\n", 1, NodeExistsError),
        ("check /missing -1\n", 0, NoNodeError),
        ("delete /missing\n", 0, NoNodeError),
    ],
)
def test_errors_the_server_gives(zk_client: KazooClient, text: str, index: int, error) -> None:
    result = commit(zk_client, parse(text))
    assert result.failed_index == index
    assert isinstance(result.results[index].error, error)
    assert result.current_version is None
    assert zk_client.get_children("/") == []


def test_a_transaction_over_the_request_limit_is_refused(zk_client: KazooClient) -> None:
    ops = parse("".join(f"create /n{i} '{'x' * 1000}'\n" for i in range(40)))
    with pytest.raises(RequestTooLarge) as caught:
        commit(zk_client, ops, request_limit=32 * 1024)
    assert "the server accepts at most 32.0 KiB" in str(caught.value)
    assert zk_client.get_children("/") == []
    assert commit(zk_client, ops).applied  # (the default 1 MB takes it)
    assert len(zk_client.get_children("/")) == 40


def test_an_empty_transaction_is_refused(zk_client: KazooClient) -> None:
    with pytest.raises(ValueError, match="Nothing to commit"):
        commit(zk_client, [])
