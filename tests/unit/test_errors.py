"""User-facing error sentences."""

from __future__ import annotations

import socket

import pytest
from kazoo import exceptions as ke
from kazoo.handlers.threading import KazooTimeoutError

from zkinspector.zk.errors import describe, is_expected
from zkinspector.zk.paths import InvalidPath


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            ke.NoNodeError(),
            "The node /x does not exist (it may have been deleted by another client).",
        ),
        (ke.NodeExistsError(), "A node /x already exists."),
        (ke.NoChildrenForEphemeralsError(), "Ephemeral nodes cannot have children."),
    ],
)
def test_exact_sentences(exc, expected):
    assert describe(exc, "/x") == expected


def test_no_auth():
    text = describe(ke.NoAuthError(), "/x")
    assert text.startswith("You are not allowed to ")
    assert "/x: its ACL does not grant this to your credentials." in text
    assert describe(ke.NoAuthError(), "/x", action="delete") == (
        "You are not allowed to delete /x: its ACL does not grant this to your credentials."
    )


def test_bad_version():
    assert describe(ke.BadVersionError(), "/x").startswith(
        "/x was changed on the server since it was loaded"
    )


def test_without_path():
    assert describe(ke.NoNodeError()).startswith("The node does not exist")
    assert "/" not in describe(ke.NotEmptyError())
    assert "None" not in describe(ke.NoAuthError())


ALL_ERRORS = [
    ke.NoNodeError(),
    ke.NodeExistsError(),
    ke.NotEmptyError(),
    ke.NoAuthError(),
    ke.BadVersionError(),
    ke.ConnectionLoss(),
    ke.SessionExpiredError(),
    ke.BadArgumentsError(),
    ke.InvalidACLError(),
    ke.NoChildrenForEphemeralsError(),
    ke.AuthFailedError(),
    ke.ConnectionClosedError("Connection has been closed"),
    ke.RolledBackError(),
    ke.MarshallingError(),
    ke.QuotaExceededError(),
    ke.NotReadOnlyCallError(),
    ke.OperationTimeoutError(),
    ke.ZookeeperStoppedError("The client is stopped"),
    ke.SystemZookeeperError(),
    KazooTimeoutError("Connection time-out"),
    socket.gaierror(-2, "Name or service not known"),
    ConnectionRefusedError(111, "Connection refused"),
    ConnectionResetError(104, "Connection reset by peer"),
    TimeoutError("timed out"),
    InvalidPath('A node name cannot contain "/".'),
    ValueError("The data is 1.2 MiB; the server accepts at most 1.0 MiB per node."),
    FileNotFoundError(2, "No such file or directory", "/tmp/x.json"),
]


@pytest.mark.parametrize("exc", ALL_ERRORS, ids=lambda e: type(e).__name__)
def test_every_expected_error_has_one_sentence(exc):
    text = describe(exc, "/x")
    assert text and (text[0].isupper() or text.startswith("/x "))
    assert text.endswith(".")
    assert "\n" not in text
    assert "Traceback" not in text
    assert not text.startswith("Unexpected error")
    assert is_expected(exc)


def test_specific_texts():
    assert "Unknown host" in describe(socket.gaierror(-2, "Name or service not known"))
    assert "refused the connection" in describe(ConnectionRefusedError(111, "refused"))
    assert "did not answer in time" in describe(TimeoutError())
    assert "did not answer in time" in describe(KazooTimeoutError("Connection time-out"))
    assert "session expired" in describe(ke.SessionExpiredError())
    assert "closed" in describe(ke.ConnectionClosedError("Connection has been closed"))
    assert "lost" in describe(ke.ConnectionLoss())
    assert describe(InvalidPath('A node name cannot contain "/".')) == (
        'A node name cannot contain "/".'
    )
    assert describe(ValueError("Bad input.")) == "Bad input."
    assert "/tmp/x.json" in describe(FileNotFoundError(2, "No such file", "/tmp/x.json"))


def test_unexpected():
    exc = KeyError("k")
    assert describe(exc) == "Unexpected error: KeyError: 'k'"
    assert describe(RuntimeError("boom"), "/x") == "Unexpected error: RuntimeError: boom"
    assert not is_expected(exc)
    assert not is_expected(RuntimeError())
    assert not is_expected(AttributeError())


def test_describe_an_exception_that_was_raised():
    try:
        raise ke.NoNodeError("((), {})")
    except ke.NoNodeError as exc:
        assert describe(exc, "/gone").startswith("The node /gone does not exist")
