"""ACLs of many nodes, read as fast as the server answers them.

ZooKeeper has no request that reads many ACLs at once (multi-read carries getChildren
and getData only), so export, copy, move and compare send one getACL per node. Through
kazoo that costs its per-request CPU (~7,000 nodes/s here). :class:`AclReader` pipelines
them, in batches sent ahead of the caller (:func:`with_acls`), on the client's own
connection. Blocking: call it from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from kazoo.protocol.serialization import GetACL
from kazoo.security import ACL

from .errors import is_fatal
from .protocol import drain, send, server_path, wait

__all__ = ["AclReader", "with_acls"]

T = TypeVar("T")

AclResult = list[ACL] | Exception
"""A node's ACL, or what reading it raised (NoNodeError, NoAuthError)."""


class AclReader:
    """Reads the ACLs of batches of nodes with pipelined getACL requests.

    :meth:`submit` sends a batch and returns at once; :meth:`collect` waits for its
    answers, in order. Per node the answer is its ACL or the node's error (NoNode,
    NoAuth); connection and session errors are raised. Use it as a context manager.
    """

    def __init__(self, client: Any) -> None:
        self.client = client

    def __enter__(self) -> AclReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release what the reader holds (nothing is left in flight after collect)."""

    def submit(self, paths: list[str]) -> Any:
        """Send getACL for ``paths`` (as the client names them); a handle for collect."""
        client = self.client
        return [send(client, GetACL(server_path(client, p))) for p in paths]

    def collect(self, handle: Any) -> list[AclResult]:
        """The answers of one submitted batch, in order. Raises connection errors."""
        out: list[AclResult] = []
        for i, result in enumerate(handle):
            try:
                out.append(list(wait(result)[0]))
            except Exception as exc:
                if is_fatal(exc):
                    drain(handle[i + 1 :])
                    raise
                out.append(exc)
        return out

    def discard(self, handle: Any) -> None:
        """Wait out a submitted batch whose answers are not wanted."""
        drain(handle)

    def read(self, paths: list[str]) -> list[AclResult]:
        """The ACLs of ``paths`` in order (see :meth:`collect`)."""
        return self.collect(self.submit(paths))


def with_acls(
    reader: AclReader,
    items: Iterable[T],
    path_of: Callable[[T], str | None],
    *,
    batch: int = 256,
    depth: int = 2,
) -> Iterator[tuple[T, AclResult | None]]:
    """Yield ``(item, acl)`` for every item, its ACL read ``depth`` batches ahead.

    ``path_of(item)`` names the node whose ACL is wanted, None for none (then acl is
    None). Items come out in the order they went in. Raises what ``items`` raises and
    the reader's connection errors; whatever way it ends, nothing is left in flight.
    """
    source = iter(items)
    pending: deque[tuple[list[T], list[int], Any]] = deque()

    def send_batch() -> bool:
        chunk: list[T] = []
        for item in source:
            chunk.append(item)
            if len(chunk) >= batch:
                break
        if not chunk:
            return False
        wanted = [(i, path_of(item)) for i, item in enumerate(chunk)]
        wanted = [(i, p) for i, p in wanted if p is not None]
        handle = reader.submit([p for _, p in wanted]) if wanted else None
        pending.append((chunk, [i for i, _ in wanted], handle))
        return True

    try:
        while len(pending) < depth and send_batch():
            pass
        while pending:
            chunk, indexes, handle = pending.popleft()
            acls: list[AclResult | None] = [None] * len(chunk)
            if handle is not None:
                for i, acl in zip(indexes, reader.collect(handle), strict=True):
                    acls[i] = acl
            send_batch()  # keep the server busy while the caller works on this one
            yield from zip(chunk, acls, strict=True)
    finally:
        for _chunk, _indexes, handle in pending:
            if handle is not None:
                reader.discard(handle)
        pending.clear()
