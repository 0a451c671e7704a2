"""One transaction batcher: writes of many nodes as pipelined ``multi`` requests.

Writing node by node costs one round trip and kazoo's per-request CPU each (~1,000
nodes/s); transactions of hundreds of operations go 30-50 times faster. Every write of
many nodes goes through :class:`Batcher`: recursive delete (``delete.py``),
:func:`create_tree`, the sandbox's demo data, move, copy and import
(``tree_writer.py``).

- :class:`Ops` makes the operations (create, delete, set, check) for one client, each an
  :class:`Op` that knows its path, its request (chroot included) and its size in bytes.
- :class:`Batcher` packs them into transactions of at most ``max_ops`` operations and
  half the server's request size limit (``jute.maxbuffer``: the server drops the
  connection on a bigger request, and a follower must also take the transaction as
  logged), keeps two in flight, and hands each answered :class:`Batch` to a callback:
  per-operation results, or the path and error that made it fail (a failed transaction
  applies nothing).
- :func:`commit` is the all-or-raise use of it: once a transaction fails it sends
  nothing more, and the error it raises says what was applied all the same.

Every function blocks: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kazoo.exceptions import RolledBackError, RuntimeInconsistency
from kazoo.protocol.serialization import CheckVersion, Create, Delete, SetData
from kazoo.security import ACL, OPEN_ACL_UNSAFE

from .codec import JUTE_MAXBUFFER_DEFAULT
from .protocol import (
    CONTAINER_FLAG,
    TTL_FLAG,
    CreateContainer,
    CreateTTL,
    Multi,
    drain,
    send,
    server_path,
    wait,
)

__all__ = [
    "Batch",
    "Batcher",
    "Op",
    "Ops",
    "RequestTooLarge",
    "applied_before",
    "check_op",
    "commit",
    "create_tree",
    "fits_one_transaction",
    "request_size",
]

# Transactions kept in flight.
_DEPTH = 2
# A request's bytes besides its operations: length prefix, xid and opcode, end marker.
_REQUEST_BASE = 4 + 8 + 9
# Per operation: its multi header (type, done, err) and the path's length prefix.
_OP_BASE = 9 + 4
_EPHEMERAL, _SEQUENTIAL = 1, 2


class RequestTooLarge(ValueError):
    """One operation alone is over the server's request size limit; str() says which."""


class Op(NamedTuple):
    """One operation of a transaction: the path as the caller named it, the request as
    the server takes it (chroot included) and its size in bytes within a ``multi``."""

    path: str
    request: Any
    cost: int


def request_size(ops: Iterable[Op]) -> int:
    """Bytes of one ``multi`` request holding ``ops`` (to check against jute.maxbuffer)."""
    return _REQUEST_BASE + sum(op.cost for op in ops)


def _acl_cost(acl: Iterable[ACL]) -> int:
    """Bytes of an ACL vector on the wire."""
    return 4 + sum(
        12 + len(a.id.scheme.encode("utf-8")) + len(a.id.id.encode("utf-8")) for a in acl
    )


class Ops:
    """Makes the operations of transactions for one client (its chroot and default ACL).

    Paths are absolute paths as the client sees them; nothing is checked or sent here.
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        self._acl = list(client.default_acl or OPEN_ACL_UNSAFE)
        self._acl_bytes = _acl_cost(self._acl)

    def _full(self, path: str) -> str:
        return server_path(self._client, path)

    def create(
        self,
        path: str,
        data: bytes | None = b"",
        *,
        acl: list[ACL] | None = None,
        ephemeral: bool = False,
        sequential: bool = False,
        container: bool = False,
        ttl: int | None = None,
    ) -> Op:
        """Create ``path`` (with the client's default ACL unless ``acl``; None data is null
        data); the result is the created path (with its sequence suffix). ``container``
        makes a container node, ``ttl`` a TTL node of that many milliseconds (neither
        with ``ephemeral`` or ``sequential``: ``node_types.check_kind`` says why)."""
        full = self._full(path)
        acl_bytes = self._acl_bytes if acl is None else _acl_cost(acl)
        acl = self._acl if acl is None else acl
        cost = _OP_BASE + len(full.encode("utf-8")) + 8 + len(data or b"") + acl_bytes
        if container:
            return Op(path, CreateContainer(full, data, acl, CONTAINER_FLAG), cost)
        if ttl is not None:
            return Op(path, CreateTTL(full, data, acl, TTL_FLAG, ttl), cost + 8)
        flags = (_EPHEMERAL if ephemeral else 0) | (_SEQUENTIAL if sequential else 0)
        return Op(path, Create(full, data, acl, flags), cost)

    def delete(self, path: str, version: int = -1) -> Op:
        """Delete ``path`` if it has ``version`` (-1: any); the result is True."""
        full = self._full(path)
        return Op(path, Delete(full, version), _OP_BASE + len(full.encode("utf-8")) + 4)

    def set(self, path: str, data: bytes | None, version: int = -1) -> Op:
        """Set the data of ``path`` if it has ``version`` (-1: any; None data is null data);
        the result is its stat."""
        full = self._full(path)
        cost = _OP_BASE + len(full.encode("utf-8")) + 8 + len(data or b"")
        return Op(path, SetData(full, data, version), cost)

    def check(self, path: str, version: int) -> Op:
        """Fail the transaction unless ``path`` has ``version``; the result is True."""
        full = self._full(path)
        return Op(path, CheckVersion(full, version), _OP_BASE + len(full.encode("utf-8")) + 4)


@dataclass(slots=True)
class Batch:
    """One transaction and its answer.

    ``results`` has one entry per op once answered: the created path, True, a stat, or
    an exception instance (the op that failed; RolledBackError for the others).
    ``error`` is set when the request failed as a whole (connection lost...).
    """

    ops: list[Op]
    results: list[Any] = field(default_factory=list)
    error: BaseException | None = None

    @property
    def applied(self) -> bool:
        """True if the server applied every operation."""
        return (
            self.error is None
            and len(self.results) == len(self.ops)
            and not any(isinstance(r, Exception) for r in self.results)
        )

    def failure(self) -> tuple[str, BaseException] | None:
        """(path, error) of what made the transaction fail; None if it was applied."""
        if self.error is not None:
            return self.ops[0].path, self.error
        if self.applied:
            return None
        for op, result in zip(self.ops, self.results, strict=False):
            if isinstance(result, Exception) and not isinstance(
                result, RolledBackError | RuntimeInconsistency
            ):
                return op.path, result
        return self.ops[0].path, RuntimeInconsistency(self.ops[0].path)


def transaction_room(request_limit: int) -> int:
    """Bytes of operations (their ``cost``) one transaction of a :class:`Batcher` holds
    under ``request_limit``: ops that must be applied together fit in that."""
    return max(1024, int(request_limit) // 2) - _REQUEST_BASE


class Batcher:
    """Sends operations in order as pipelined transactions; answers go to ``on_batch``.

    Use it as a context manager: leaving the block sends what is queued and waits for
    every answer (:meth:`close`); leaving it by an exception waits for the requests in
    flight and drops their answers. ``on_batch(batch)`` runs on the calling thread, in
    the order the transactions were sent, from inside :meth:`add` or :meth:`close`;
    what it raises comes out of them.

    ``stop()``, when given, is asked before each transaction is sent; once it says True
    nothing more is sent (answers of those in flight are still handed over).
    """

    def __init__(
        self,
        client: Any,
        on_batch: Callable[[Batch], None],
        *,
        request_limit: int = JUTE_MAXBUFFER_DEFAULT,
        max_ops: int = 1000,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        self._client = client
        self._on_batch = on_batch
        self._limit = int(request_limit) - _REQUEST_BASE
        self._budget = _REQUEST_BASE + transaction_room(request_limit)
        self._max_ops = max(1, int(max_ops))
        self._stop = stop
        self._ops: list[Op] = []
        self._size = _REQUEST_BASE
        self._inflight: deque[tuple[Batch, Any]] = deque()
        self.stopped = False

    def __enter__(self) -> Batcher:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self._abort()

    def add(self, op: Op) -> bool:
        """Queue ``op``; sends a transaction when one is full. False once stopped (the op
        is not taken). Raises RequestTooLarge for an op over the request limit."""
        if self.stopped:
            return False
        check_op(op, self._limit + _REQUEST_BASE)
        full = len(self._ops) >= self._max_ops or self._size + op.cost > self._budget
        if self._ops and full and not self._send():
            return False
        self._ops.append(op)
        self._size += op.cost
        return True

    def close(self) -> None:
        """Send what is queued (unless stopped) and hand every answer to ``on_batch``."""
        try:
            if self._ops and not self.stopped:
                self._send()
            while self._inflight:
                self._finish(*self._inflight.popleft())
        finally:
            self._abort()

    def _stopping(self) -> bool:
        if not self.stopped and self._stop is not None and self._stop():
            self.stopped = True
            self._ops = []
        return self.stopped

    def _send(self) -> bool:
        if self._stopping():
            return False
        batch = Batch(self._ops)
        self._ops, self._size = [], _REQUEST_BASE
        request = Multi([op.request for op in batch.ops])
        self._inflight.append((batch, send(self._client, request)))
        while len(self._inflight) >= _DEPTH:
            self._finish(*self._inflight.popleft())
        return not self._stopping()

    def _finish(self, batch: Batch, sent: Any) -> None:
        try:
            batch.results = wait(sent)
        except Exception as exc:  # noqa: BLE001 - handed over with the batch
            batch.error = exc
        self._on_batch(batch)

    def _abort(self) -> None:
        drain(result for _, result in self._inflight)
        self._inflight.clear()
        self._ops = []


def check_op(op: Op, request_limit: int = JUTE_MAXBUFFER_DEFAULT) -> None:
    """Raise RequestTooLarge if ``op`` alone is over the server's request size limit."""
    if op.cost + _REQUEST_BASE > request_limit:
        raise RequestTooLarge(
            f"The request for {op.path} would be {op.cost + _REQUEST_BASE} bytes; "
            f"the server accepts at most {request_limit}."
        )


def fits_one_transaction(
    ops: list[Op], *, request_limit: int = JUTE_MAXBUFFER_DEFAULT, max_ops: int = 1000
) -> bool:
    """True if a Batcher with these settings sends ``ops`` as one transaction, which the
    server applies whole or not at all."""
    budget = max(1024, int(request_limit) // 2)
    return 0 < len(ops) <= max_ops and _REQUEST_BASE + sum(op.cost for op in ops) <= budget


def commit(
    client: Any,
    ops: Iterable[Op],
    *,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    max_ops: int = 500,
) -> int:
    """Apply ``ops`` in order in pipelined transactions; return how many were applied.

    At the first transaction that fails nothing more is sent; once the answers of the
    transactions in flight are in, its error is raised, made anew with the failing op's
    path as message (NodeExistsError("/x"), NoNodeError...), a connection error as it
    came. The error tells what was applied all the same (:func:`applied_before`): every
    transaction sent before the failed one, and those sent with it in flight that the
    server applied (``applied_paths``: their ops' paths, after the failed ones in
    ``ops``). RequestTooLarge for an op over the limit, before it is sent.
    """
    applied = 0
    later: list[str] = []  # paths applied in transactions after the failed one
    failed: list[BaseException] = []

    def check(batch: Batch) -> None:
        nonlocal applied
        failure = batch.failure()
        if failure is None:
            applied += len(batch.ops)
            if failed:
                later.extend(op.path for op in batch.ops)
            return
        if not failed:
            path, exc = failure
            failed.append(exc if exc is batch.error else type(exc)(path))

    with Batcher(
        client, check, request_limit=request_limit, max_ops=max_ops, stop=lambda: bool(failed)
    ) as batcher:
        for op in ops:
            if not batcher.add(op):
                break
    if failed:
        error = failed[0]
        error.applied = applied  # type: ignore[attr-defined]
        error.applied_paths = later  # type: ignore[attr-defined]
        raise error
    return applied


def applied_before(exc: BaseException) -> tuple[int, list[str]]:
    """What a :func:`commit` that raised ``exc`` had applied: (ops applied in all, the
    paths of those applied after the transaction that failed); (0, []) for an error
    raised before anything was sent."""
    return getattr(exc, "applied", 0), list(getattr(exc, "applied_paths", ()))


def create_tree(
    client: Any,
    paths_and_data: Iterable[tuple[str, bytes]],
    *,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    batch_ops: int = 500,
) -> int:
    """Create persistent nodes in pipelined transactions; return how many were created.

    Items must come parents before children (e.g. breadth-first or sorted); parents that
    are neither in the stream nor on the server make it fail. Raises ValueError for a
    path that is not absolute, and as :func:`commit` does (its error tells which nodes
    were created all the same).
    """
    ops = Ops(client)

    def creates() -> Iterable[Op]:
        for path, value in paths_and_data:
            if not isinstance(path, str) or not path.startswith("/"):
                raise ValueError(f"not an absolute znode path: {path!r}")
            yield ops.create(path, b"" if value is None else bytes(value))

    return commit(client, creates(), request_limit=request_limit, max_ops=batch_ops)
