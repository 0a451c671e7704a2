"""One clear sentence for the user per error a ZooKeeper operation can raise; how errors sort.

Pure functions, no I/O, no Qt. Never returns a traceback.
"""

from __future__ import annotations

import socket

from kazoo import exceptions as ke
from kazoo.handlers.threading import KazooTimeoutError

from .paths import InvalidPath

__all__ = ["Cancelled", "describe", "is_expected", "is_fatal"]

_FATAL = (
    ke.ConnectionLoss,
    ke.SessionExpiredError,
    ke.SessionMovedError,
    ke.OperationTimeoutError,
    ke.AuthFailedError,
    ke.ConnectionClosedError,
    ke.ConnectionDropped,
)


class Cancelled(Exception):
    """Long work stopped because it was asked to (its job's stop or abandon)."""

    def __str__(self) -> str:
        return "Stopped before the end."


def _node(path: str | None) -> str:
    return path if path else "the node"


def _node_cap(path: str | None) -> str:
    return path if path else "The node"


def _message(exc: BaseException) -> str:
    text = str(exc).strip()
    return text if text else type(exc).__name__


def describe(exc: BaseException, path: str | None = None, *, action: str | None = None) -> str:
    """A one-sentence explanation of exc for the user, naming path when given.

    action is an optional verb phrase for permission errors ("change the data of").
    Unknown exception types give "Unexpected error: <type>: <message>".
    """
    node = _node(path)
    if isinstance(exc, Cancelled):
        return str(exc)
    if isinstance(exc, ke.NoNodeError):
        where = f"The node {path}" if path else "The node"
        return f"{where} does not exist (it may have been deleted by another client)."
    if isinstance(exc, ke.NodeExistsError):
        where = f"A node {path}" if path else "A node with that name"
        return f"{where} already exists."
    if isinstance(exc, ke.NotEmptyError):
        return f"{_node_cap(path)} has children; delete them first (or delete the whole subtree)."
    if isinstance(exc, ke.NoAuthError):
        verb = action or "do this on"
        return (
            f"You are not allowed to {verb} {node}: "
            "its ACL does not grant this to your credentials."
        )
    if isinstance(exc, ke.BadVersionError):
        return (
            f"{_node_cap(path)} was changed on the server since it was loaded; "
            "reload it before saving again."
        )
    if isinstance(exc, ke.NoChildrenForEphemeralsError):
        return "Ephemeral nodes cannot have children."
    if isinstance(exc, ke.InvalidACLError):
        return (
            "The server refused the ACL: it is invalid, or it uses the auth scheme "
            "while this connection has no credentials."
        )
    if isinstance(exc, ke.AuthFailedError):
        return "The server refused the credentials (authentication failed)."
    if isinstance(exc, ke.ConnectionClosedError):
        return "The connection is closed; connect again to continue."
    if isinstance(exc, ke.SessionExpiredError):
        return (
            "The ZooKeeper session expired; its ephemeral nodes and watches are gone. "
            "A new session is being made; try again once connected."
        )
    if isinstance(exc, ke.ConnectionLoss):
        return (
            "The connection to the server was lost before the answer arrived; "
            "the operation may or may not have been applied."
        )
    if isinstance(exc, ke.BadArgumentsError):
        return f"The server rejected the request for {node} as invalid (bad arguments)."
    if isinstance(exc, ke.RolledBackError):
        return "The transaction was rolled back: another operation in it failed."
    if isinstance(exc, ke.MarshallingError):
        return "The request could not be encoded or decoded (is the data too large?)."
    if isinstance(exc, ke.QuotaExceededError):
        return f"The quota on {node} or one of its parents would be exceeded."
    if isinstance(exc, ke.NotReadOnlyCallError):
        return "The server is in read-only mode and cannot make changes now."
    if isinstance(exc, ke.UnimplementedError):
        return "The server does not support this operation (it may be an older version)."
    if isinstance(exc, (ke.OperationTimeoutError, ke.RequestTimeoutError, KazooTimeoutError)):
        return "The server did not answer in time."
    if isinstance(exc, ke.ZookeeperStoppedError):
        return "Not connected: the ZooKeeper client is stopped."
    if isinstance(exc, ke.ZookeeperError):
        return f"ZooKeeper error for {node}: {type(exc).__name__}."
    if isinstance(exc, ke.KazooException):
        return f"ZooKeeper client error: {_message(exc)}."
    if isinstance(exc, socket.gaierror):
        return "Unknown host: the server name could not be resolved."
    if isinstance(exc, ConnectionRefusedError):
        return (
            "The server refused the connection; check that ZooKeeper is running on that "
            "host and port."
        )
    if isinstance(exc, TimeoutError):
        return "The server did not answer in time."
    if isinstance(exc, ConnectionError):
        return f"Network error: {exc.strerror or _message(exc)}."
    if isinstance(exc, InvalidPath):
        return str(exc)
    if isinstance(exc, ValueError):
        return _message(exc)
    if isinstance(exc, OSError):
        what = f" {exc.filename}" if exc.filename else ""
        return f"Could not access{what}: {exc.strerror or _message(exc)}."
    return f"Unexpected error: {type(exc).__name__}: {_message(exc)}"


def is_expected(exc: BaseException) -> bool:
    """True for errors the app expects in normal use (ZooKeeper, network, bad input).

    False means a bug: the caller should log it with its traceback.
    """
    return isinstance(
        exc,
        (ke.KazooException, KazooTimeoutError, OSError, ValueError),
    )


def is_fatal(exc: BaseException) -> bool:
    """True for errors about the connection or the session rather than about one node
    (also anything that is not a ZooKeeper error): work on many nodes stops on them."""
    return isinstance(exc, _FATAL) or not isinstance(exc, ke.ZookeeperError)
