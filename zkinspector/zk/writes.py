"""Single writes that are applied exactly once, or reported as failed.

When the connection drops while a write is in flight, the client cannot know whether
the server applied it. A blind retry could apply it twice; giving up could report a
write as lost that went through. These helpers wait for the connection to come back,
look at what the server holds, and then either confirm the write or make it once.
"""

from __future__ import annotations

from kazoo.client import KazooClient
from kazoo.exceptions import (
    BadVersionError,
    ConnectionLoss,
    NodeExistsError,
    NoNodeError,
    OperationTimeoutError,
)
from kazoo.protocol.states import ZnodeStat
from kazoo.retry import KazooRetry, RetryFailedError

from . import paths
from .node_types import create_typed
from .texts import translate

#: Errors after which a write may or may not have been applied.
UNKNOWN_OUTCOME = (ConnectionLoss, OperationTimeoutError)


class UncertainWriteError(Exception):
    """The connection dropped mid-write and the outcome cannot be known; str() says what to check."""


def _settle_retry(client: KazooClient) -> KazooRetry:
    """Retry look-ups for as long as the session could still be alive."""
    deadline = max(5.0, 2 * getattr(client, "_session_timeout", 10000) / 1000.0)
    return KazooRetry(max_tries=-1, delay=0.1, backoff=1.5, max_delay=1.0, deadline=deadline)


def set_data_once(client: KazooClient, path: str, data: bytes, version: int) -> ZnodeStat:
    """Set `data` on `path` if it still has `version` (-1: any); returns the new stat.

    Raises BadVersionError when the node changed meanwhile, NoNodeError when it is gone,
    other kazoo errors as they come.
    """
    try:
        return client.set(path, data, version=version)
    except UNKNOWN_OUTCOME:
        pass

    def settle() -> ZnodeStat:
        current, stat = client.get(path)
        if current == data and (version == -1 or stat.version == version + 1):
            return stat  # it was applied
        if version == -1 or stat.version == version:
            return client.set(path, data, version=version)  # it was not: apply it now
        raise BadVersionError()

    return settle_after_loss(client, settle, translate("zk.writes", "saving {0}").format(path))


def create_once(
    client: KazooClient,
    path: str,
    data: bytes = b"",
    *,
    ephemeral: bool = False,
    sequential: bool = False,
    makepath: bool = False,
    acl: list | None = None,
    container: bool = False,
    ttl: int | None = None,
) -> str:
    """Create a node; returns the path the server gave it (with the sequence suffix).

    ``container`` or ``ttl`` (milliseconds) make a container or a TTL node
    (``node_types.create_typed``). Raises NodeExistsError, NoNodeError (missing parent
    without makepath), NoChildrenForEphemeralsError, NoAuthError, UncertainWriteError,
    and for the two types ValueError and TtlRefused.
    """

    def make(sequence: bool) -> str:
        if container or ttl is not None:
            return create_typed(
                client,
                path,
                data,
                container=container,
                ttl=ttl,
                sequential=sequence,
                makepath=makepath,
                acl=acl,
            )[0]
        return client.create(
            path, data, acl=acl, ephemeral=ephemeral, sequence=sequence, makepath=makepath
        )

    # The session the create is sent in. Read it now: kazoo's client_id is None while the
    # connection is down, and an ephemeral node made before the drop belongs to this one.
    session_id = getattr(client, "_session_id", None)
    # Every transaction after this one has a higher zxid: a node with a lower czxid
    # existed before this create and is not ours, whatever its data.
    zxid_before = client.last_zxid
    try:
        return make(sequential)
    except UNKNOWN_OUTCOME:
        if sequential:
            parent, name = paths.split(path)
            raise UncertainWriteError(
                translate(
                    "zk.writes",
                    "The connection dropped while creating a sequential node under {0}; the "
                    'server may or may not have created it. Look for children named "{1}" '
                    "followed by ten digits before creating it again.",
                ).format(parent, name)
            ) from None

    def settle() -> str:
        try:
            current, stat = client.get(path)
        except NoNodeError:
            return make(False)
        ours = (
            stat.czxid > zxid_before
            and current == data
            and (not ephemeral or stat.ephemeralOwner == session_id)
        )
        if ours:
            return path
        raise NodeExistsError()

    return settle_after_loss(client, settle, translate("zk.writes", "creating {0}").format(path))


def settle_after_loss(client: KazooClient, settle, what: str):
    """Run `settle` until the connection is back; UncertainWriteError if it never comes."""
    try:
        return _settle_retry(client)(settle)
    except RetryFailedError:
        raise UncertainWriteError(
            translate(
                "zk.writes",
                "The connection dropped while {0} and did not come back in time; the server "
                "may or may not have applied it. Check the node before trying again.",
            ).format(what)
        ) from None
