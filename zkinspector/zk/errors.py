"""One clear sentence for the user per error a ZooKeeper operation can raise; how errors sort.

Pure functions, no I/O; the sentences go through Qt's translation (QtCore only).
Never returns a traceback.
"""

from __future__ import annotations

import socket

from kazoo import exceptions as ke
from kazoo.handlers.threading import KazooTimeoutError

from .paths import InvalidPath
from .texts import translate

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
        return translate("zk.errors", "Stopped before the end.")


def _message(exc: BaseException) -> str:
    text = str(exc).strip()
    return text if text else type(exc).__name__


def describe(exc: BaseException, path: str | None = None, *, action: str | None = None) -> str:
    """A one-sentence explanation of exc for the user, naming path when given.

    action is an optional verb phrase for permission errors ("change the data of"),
    already translated. Unknown exception types give "Unexpected error: <type>: <message>".
    """
    if isinstance(exc, Cancelled):
        return str(exc)
    if isinstance(exc, ke.NoNodeError):
        if path:
            return translate(
                "zk.errors",
                "The node {0} does not exist (it may have been deleted by another client).",
            ).format(path)
        return translate(
            "zk.errors", "The node does not exist (it may have been deleted by another client)."
        )
    if isinstance(exc, ke.NodeExistsError):
        if path:
            return translate("zk.errors", "A node {0} already exists.").format(path)
        return translate("zk.errors", "A node with that name already exists.")
    if isinstance(exc, ke.NotEmptyError):
        if path:
            return translate(
                "zk.errors", "{0} has children; delete them first (or delete the whole subtree)."
            ).format(path)
        return translate(
            "zk.errors", "The node has children; delete them first (or delete the whole subtree)."
        )
    if isinstance(exc, ke.NoAuthError):
        if path:
            verb = action or translate("zk.errors", "do this on")
            return translate(
                "zk.errors",
                "You are not allowed to {0} {1}: its ACL does not grant this to your credentials.",
            ).format(verb, path)
        return translate(
            "zk.errors",
            "You are not allowed to do this: the node's ACL does not grant it to your credentials.",
        )
    if isinstance(exc, ke.BadVersionError):
        if path:
            return translate(
                "zk.errors",
                "{0} was changed on the server since it was loaded; reload it before saving again.",
            ).format(path)
        return translate(
            "zk.errors",
            "The node was changed on the server since it was loaded; reload it before saving "
            "again.",
        )
    if isinstance(exc, ke.NoChildrenForEphemeralsError):
        return translate("zk.errors", "Ephemeral nodes cannot have children.")
    if isinstance(exc, ke.InvalidACLError):
        return translate(
            "zk.errors",
            "The server refused the ACL: it is invalid, or it uses the auth scheme "
            "while this connection has no credentials.",
        )
    if isinstance(exc, ke.AuthFailedError):
        return translate("zk.errors", "The server refused the credentials (authentication failed).")
    if isinstance(exc, ke.ConnectionClosedError):
        return translate("zk.errors", "The connection is closed; connect again to continue.")
    if isinstance(exc, ke.SessionExpiredError):
        return translate(
            "zk.errors",
            "The ZooKeeper session expired; its ephemeral nodes and watches are gone. "
            "A new session is being made; try again once connected.",
        )
    if isinstance(exc, ke.ConnectionLoss):
        return translate(
            "zk.errors",
            "The connection to the server was lost before the answer arrived; "
            "the operation may or may not have been applied.",
        )
    if isinstance(exc, ke.BadArgumentsError):
        if path:
            return translate(
                "zk.errors", "The server rejected the request for {0} as invalid (bad arguments)."
            ).format(path)
        return translate("zk.errors", "The server rejected the request as invalid (bad arguments).")
    if isinstance(exc, ke.RolledBackError):
        return translate(
            "zk.errors", "The transaction was rolled back: another operation in it failed."
        )
    if isinstance(exc, ke.MarshallingError):
        return translate(
            "zk.errors", "The request could not be encoded or decoded (is the data too large?)."
        )
    if isinstance(exc, ke.QuotaExceededError):
        if path:
            return translate(
                "zk.errors", "The quota on {0} or one of its parents would be exceeded."
            ).format(path)
        return translate(
            "zk.errors", "The quota on the node or one of its parents would be exceeded."
        )
    if isinstance(exc, ke.NotReadOnlyCallError):
        return translate(
            "zk.errors", "The server is in read-only mode and cannot make changes now."
        )
    if isinstance(exc, ke.UnimplementedError):
        return translate(
            "zk.errors", "The server does not support this operation (it may be an older version)."
        )
    if isinstance(exc, (ke.OperationTimeoutError, ke.RequestTimeoutError, KazooTimeoutError)):
        return translate("zk.errors", "The server did not answer in time.")
    if isinstance(exc, ke.ZookeeperStoppedError):
        return translate("zk.errors", "Not connected: the ZooKeeper client is stopped.")
    if isinstance(exc, ke.ZookeeperError):
        if path:
            return translate("zk.errors", "ZooKeeper error for {0}: {1}.").format(
                path, type(exc).__name__
            )
        return translate("zk.errors", "ZooKeeper error: {0}.").format(type(exc).__name__)
    if isinstance(exc, ke.KazooException):
        return translate("zk.errors", "ZooKeeper client error: {0}.").format(_message(exc))
    if isinstance(exc, socket.gaierror):
        return translate("zk.errors", "Unknown host: the server name could not be resolved.")
    if isinstance(exc, ConnectionRefusedError):
        return translate(
            "zk.errors",
            "The server refused the connection; check that ZooKeeper is running on that "
            "host and port.",
        )
    if isinstance(exc, TimeoutError):
        return translate("zk.errors", "The server did not answer in time.")
    if isinstance(exc, ConnectionError):
        return translate("zk.errors", "Network error: {0}.").format(exc.strerror or _message(exc))
    if isinstance(exc, InvalidPath):
        return str(exc)
    if isinstance(exc, ValueError):
        return _message(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or _message(exc)
        if exc.filename:
            return translate("zk.errors", "Could not access {0}: {1}.").format(exc.filename, reason)
        return translate("zk.errors", "Could not access it: {0}.").format(reason)
    return translate("zk.errors", "Unexpected error: {0}: {1}").format(
        type(exc).__name__, _message(exc)
    )


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
