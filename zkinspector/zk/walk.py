"""Pipelined subtree walks: search, export, count and recursive delete.

kazoo spends more CPU per request than the server does, so one synchronous call per node
is slow (~3,500 nodes/s). Everything here batches instead:

- Reads use ZooKeeper 3.6+'s *multi-read* request (opcode 22): one round trip carries the
  getChildren/getData operations of up to a few hundred nodes, and a few such requests
  are kept in flight. Servers without it (3.5 and older) get plain pipelining: up to
  ``window`` kazoo ``*_async`` requests in flight.
- Counting uses ``getAllChildrenNumber`` (opcode 104, also 3.6+): one request per root.
- Deletes go leaves first in transactions (``multi``) sized well under the server's 1 MB
  request limit, and fall back node by node when a transaction fails.

The two extra requests are built on kazoo's own request classes and sent with
``client._call`` like kazoo's requests. Whether the server has them is probed once per
client and remembered.

Every function blocks: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections import deque, namedtuple
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import (
    EXCEPTIONS,
    AuthFailedError,
    ConnectionClosedError,
    ConnectionDropped,
    ConnectionLoss,
    MarshallingError,
    NoAuthError,
    NoNodeError,
    NotEmptyError,
    OperationTimeoutError,
    RolledBackError,
    RuntimeInconsistency,
    SessionExpiredError,
    SessionMovedError,
    UnimplementedError,
    ZookeeperError,
)
from kazoo.protocol.serialization import (
    Create,
    Delete,
    GetChildren,
    GetChildren2,
    GetData,
    Transaction,
    int_struct,
    multiheader_struct,
    read_buffer,
    stat_struct,
    write_string,
)
from kazoo.protocol.states import ZnodeStat
from kazoo.security import OPEN_ACL_UNSAFE

__all__ = [
    "CancelCheck",
    "Cancelled",
    "DeleteResult",
    "ProgressFn",
    "WalkItem",
    "count_subtree",
    "create_tree",
    "delete_tree",
    "multi_read_supported",
    "set_multi_read",
    "walk",
]

CancelCheck = Callable[[], bool]
"""Returns True once the user has cancelled."""
ProgressFn = Callable[[int, "int | None"], None]
"""Called as ``progress(done, total)``; total is None while unknown."""

# Multi-read batches: nodes per request, and request bytes (the server refuses requests
# over jute.maxbuffer, 1 MB by default, by closing the connection).
_READ_BATCH_NODES = 256
_READ_REQUEST_BYTES = 256 * 1024
# Bound on the data a multi-read batch is expected to bring back (memory, latency).
_READ_RESPONSE_BYTES = 2 * 1024 * 1024
# A stat-only walk stops fetching data with getData when nodes carry more than this on
# average, and asks for children+stat one node at a time instead (no data on the wire).
_STAT_ONLY_DATA_LIMIT = 32 * 1024
# Transactions kept in flight by delete_tree / create_tree.
_TX_DEPTH = 2
# Hard cap on a transaction's size, whatever batch_bytes says.
_MAX_REQUEST_BYTES = 1_000_000
# How often one node is re-walked because children keep appearing under it.
_MAX_REWALKS = 5
# Longest wait for one answer; kazoo fails pending requests itself on a connection loss,
# so this only guards against a wedged connection.
_ANSWER_TIMEOUT = 120.0
# Per-operation overhead in a multi request: MultiHeader (9) + string length (4) + extra.
_OP_OVERHEAD = 9 + 4 + 4

_FATAL = (
    ConnectionLoss,
    SessionExpiredError,
    SessionMovedError,
    OperationTimeoutError,
    AuthFailedError,
    ConnectionClosedError,
    ConnectionDropped,
)


class Cancelled(Exception):
    """The user cancelled the operation."""


@dataclass(slots=True)
class WalkItem:
    """One node met by :func:`walk`.

    ``stat`` is None when stats were not asked for; ``data`` is None when data was not
    asked for or is unreadable (NoAuth); ``children`` (names) is None when unreadable.
    """

    path: str
    stat: ZnodeStat | None
    data: bytes | None
    children: list[str] | None


@dataclass
class DeleteResult:
    """What :func:`delete_tree` did.

    ``deleted``: nodes the server confirmed deleted; ``remaining``: the given roots that
    still exist; ``errors``: (path, exception) for nodes that could not be deleted;
    ``cancelled``: the user stopped it.
    """

    deleted: int = 0
    remaining: list[str] = field(default_factory=list)
    errors: list[tuple[str, BaseException]] = field(default_factory=list)
    cancelled: bool = False


# ---------------------------------------------------------------------------
# Protocol extensions (ZooKeeper 3.6+)


class MultiRead(namedtuple("MultiRead", "operations")):
    """A multi-read request: getChildren / getData operations answered in one round trip.

    Each operation succeeds or fails on its own; the answer is a list with, per operation,
    a list of child names, a ``(data, ZnodeStat)`` tuple or a ZookeeperError instance.
    """

    type = 22

    def serialize(self) -> bytearray:
        b = bytearray()
        pack = multiheader_struct.pack
        for op in self.operations:
            b.extend(pack(op.type, False, -1))
            b.extend(op.serialize())
        b.extend(pack(-1, True, -1))
        return b

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> list[Any]:
        results: list[Any] = []
        unpack_header = multiheader_struct.unpack_from
        unpack_int = int_struct.unpack_from
        unpack_stat = stat_struct.unpack_from
        stat_size = stat_struct.size
        make_stat = ZnodeStat._make
        while True:
            op_type, done, _err = unpack_header(buf, offset)
            offset += 9
            if done:
                return results
            if op_type == GetChildren.type:
                count = unpack_int(buf, offset)[0]
                offset += 4
                names = []
                for _ in range(max(count, 0)):
                    length = unpack_int(buf, offset)[0]
                    offset += 4
                    names.append(buf[offset : offset + length].decode("utf-8"))
                    offset += length
                results.append(names)
            elif op_type == GetData.type:
                data, offset = read_buffer(buf, offset)
                stat = make_stat(unpack_stat(buf, offset))
                offset += stat_size
                results.append((data, stat))
            elif op_type == -1:
                code = unpack_int(buf, offset)[0]
                offset += 4
                results.append(EXCEPTIONS[code]())
            else:
                raise MarshallingError(f"unexpected multi-read result type {op_type}")


class GetAllChildrenNumber(namedtuple("GetAllChildrenNumber", "path")):
    """How many nodes lie below a path (all depths, the node itself excluded)."""

    type = 104

    def serialize(self) -> bytes:
        return write_string(self.path)

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> int:
        return int_struct.unpack_from(buf, offset)[0]


_support: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()
_support_lock = threading.Lock()


def _send(client: Any, request: Any) -> Any:
    """Queue a request object on the client's connection; return its async result."""
    result = client.handler.async_result()
    client._call(request, result)
    return result


def _server_path(client: Any, path: str) -> str:
    """The path as the server sees it (chroot prepended)."""
    chroot = client.chroot
    if not chroot:
        return path
    return chroot if path == "/" else chroot + path


def set_multi_read(client: Any, enabled: bool | None) -> None:
    """Force multi-read (and getAllChildrenNumber) on or off for ``client``; None re-probes."""
    with _support_lock:
        if enabled is None:
            _support.pop(client, None)
        else:
            _support[client] = enabled


def multi_read_supported(client: Any) -> bool:
    """True if the server behind ``client`` answers multi-read requests (ZooKeeper 3.6+).

    Probed with one tiny request the first time, then remembered for this client. An old
    server may drop the connection on the unknown request; kazoo then reconnects.
    """
    with _support_lock:
        known = _support.get(client)
    if known is not None:
        return known
    try:
        answer = _send(client, MultiRead([GetChildren(_server_path(client, "/"), None)]))
        answer.get(timeout=_ANSWER_TIMEOUT)
        supported = True
    except Exception:  # UnimplementedError, a dropped connection, an answer without body...
        supported = False
    if supported:
        with _support_lock:
            _support[client] = True
    else:
        _mark_unsupported(client)
    return supported


def _mark_unsupported(client: Any) -> None:
    """Remember that the server lacks the 3.6 requests, and wait out the reconnect.

    Servers before 3.6 answer an unknown request with UnimplementedError and then close
    the connection; kazoo fails whatever is in flight with ConnectionLoss and reconnects.
    Wait until a round trip works again, so that what follows is not caught in the drop.
    """
    with _support_lock:
        _support[client] = False
    deadline = time.monotonic() + 10.0
    while time.monotonic() < deadline:
        try:
            client.exists_async("/").get(timeout=_ANSWER_TIMEOUT)
            return
        except (ConnectionLoss, ConnectionDropped):
            time.sleep(0.05)
        except Exception:
            return


# ---------------------------------------------------------------------------
# Reading many nodes


def _wait(result: Any) -> Any:
    return result.get(timeout=_ANSWER_TIMEOUT)


def _is_fatal(exc: BaseException) -> bool:
    """True for errors about the connection or session rather than about one node."""
    return isinstance(exc, _FATAL) or not isinstance(exc, ZookeeperError)


def _drain(handles: Iterable[Any]) -> None:
    """Wait for requests already sent, ignoring their outcome."""
    for handle in handles:
        for result in handle if isinstance(handle, list) else (handle,):
            if result is None:
                continue
            with contextlib.suppress(Exception):
                result.get(timeout=_ANSWER_TIMEOUT)


class _Reader:
    """Fetch children, and data+stat if asked, for batches of nodes: multi-read or one by one.

    ``results`` gives per node ``(children, data_stat)``: children a list or an exception
    instance; data_stat a ``(data, stat)`` tuple, an exception, or None (not asked).
    """

    def __init__(self, client: Any, *, data: bool, stat: bool) -> None:
        self.client = client
        self.data = data
        self.stat = stat
        self.multi = multi_read_supported(client)
        self.data_bytes = 0  # data seen so far, for batch sizing
        self.data_nodes = 0

    def avg_data(self) -> float:
        return self.data_bytes / self.data_nodes if self.data_nodes else 0.0

    def use_multi(self) -> bool:
        if not self.multi:
            return False
        # A stat-only walk over big data would drag the data over the wire for nothing.
        return self.data or not self.stat or self.avg_data() <= _STAT_ONLY_DATA_LIMIT

    def batch_nodes(self, window: int) -> int:
        """How many nodes to put in the next request."""
        if not self.use_multi():
            return max(1, window // 4)  # several batches in flight: answers keep flowing
        n = min(_READ_BATCH_NODES, max(1, window // 2))
        if self.data or self.stat:
            n = min(n, max(1, int(_READ_RESPONSE_BYTES / max(self.avg_data(), 1.0))))
        return n

    def submit(self, paths: list[str]) -> tuple[bool, Any]:
        client = self.client
        chroot = client.chroot
        full = [(chroot + p if p != "/" else chroot) for p in paths] if chroot else paths
        if self.use_multi():
            ops: list[Any] = []
            for p in full:
                ops.append(GetChildren(p, None))
                if self.data or self.stat:
                    ops.append(GetData(p, None))
            return True, _send(client, MultiRead(ops))
        handles = []
        for p in full:
            if self.stat and not self.data:
                handles.append(_send(client, GetChildren2(p, None)))
                handles.append(None)
                continue
            handles.append(_send(client, GetChildren(p, None)))
            handles.append(_send(client, GetData(p, None)) if (self.data or self.stat) else None)
        return False, handles

    def results(self, paths: list[str], sent: tuple[bool, Any]) -> list[tuple[Any, Any]]:
        """Wait for a submitted batch. Raises the first connection/session error."""
        is_multi, handle = sent
        if is_multi:
            try:
                answers = _wait(handle)
            except (UnimplementedError, MarshallingError):
                # Reached a server without multi-read (mixed ensemble): go one by one.
                self.multi = False
                _mark_unsupported(self.client)
                return self.results(paths, self.submit(paths))
            except (ConnectionLoss, ConnectionDropped):
                if self.multi:
                    raise
                # Sent before the switch above and lost in the drop it caused: resend.
                return self.results(paths, self.submit(paths))
            per_node = 2 if (self.data or self.stat) else 1
            out: list[tuple[Any, Any]] = []
            for i in range(len(paths)):
                j = i * per_node
                kids = answers[j]
                ds = answers[j + 1] if per_node == 2 else None
                out.append((kids, ds))
                self._note(ds)
            return out
        out = []
        handles = handle
        for i in range(len(paths)):
            kids_h, ds_h = handles[2 * i], handles[2 * i + 1]
            kids = ds = None
            if kids_h is not None:
                try:
                    kids = _wait(kids_h)
                except Exception as exc:
                    if _is_fatal(exc):
                        _drain(handles[2 * i :])
                        raise
                    kids = exc
                if isinstance(kids, tuple):  # GetChildren2: (children, stat)
                    kids, st = kids
                    ds = (None, st)
            if ds_h is not None:
                try:
                    ds = _wait(ds_h)
                except Exception as exc:
                    if _is_fatal(exc):
                        _drain(handles[2 * i + 1 :])
                        raise
                    ds = exc
            out.append((kids, ds))
            self._note(ds)
        return out

    def _note(self, ds: Any) -> None:
        if isinstance(ds, tuple) and ds[1] is not None:
            self.data_bytes += ds[1].dataLength
            self.data_nodes += 1


class _Frontier:
    """Nodes still to visit, kept as (prefix, depth, names) groups to save memory."""

    def __init__(self) -> None:
        self._groups: deque[list[Any]] = deque()
        self._size = 0

    def __bool__(self) -> bool:
        return self._size > 0

    def add(self, prefix: str, depth: int, names: list[str]) -> None:
        if names:
            self._groups.append([prefix, depth, names, 0])
            self._size += len(names)

    def take(self, limit: int, max_bytes: int, extra: int) -> tuple[list[str], list[int]]:
        """Up to ``limit`` paths (and their depths) whose bytes (+``extra`` each) fit."""
        paths: list[str] = []
        depths: list[int] = []
        used = 0
        groups = self._groups
        while groups and len(paths) < limit:
            group = groups[0]
            prefix, depth, names, i = group
            while i < len(names) and len(paths) < limit:
                path = prefix + names[i]
                cost = len(path.encode("utf-8")) + extra
                if paths and used + cost > max_bytes:
                    group[3] = i
                    self._size -= len(paths)
                    return paths, depths
                used += cost
                paths.append(path)
                depths.append(depth)
                i += 1
            if i >= len(names):
                groups.popleft()
            else:
                group[3] = i
        self._size -= len(paths)
        return paths, depths


def _prefix(path: str) -> str:
    return path if path.endswith("/") else path + "/"


def _walk_raw(
    client: Any,
    roots: list[str],
    *,
    data: bool = False,
    stat: bool = False,
    max_depth: int | None = None,
    window: int = 256,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    total: int | None = None,
    missing_root: bool = False,
) -> Iterator[tuple[str, int, Any, Any, Any]]:
    """Breadth-first walk yielding ``(path, depth, stat, data, children)``.

    Vanished nodes are skipped; unreadable ones come with data/children None. Raises
    NoNodeError for a missing root when ``missing_root``, Cancelled, and connection errors.
    Whatever way it ends, no request of it is left in flight.
    """
    window = max(1, int(window))
    reader = _Reader(client, data=data, stat=stat)
    frontier = _Frontier()
    frontier.add("", 0, list(roots))
    ops_per_node = 2 if (data or stat) else 1
    extra = len((client.chroot or "").encode("utf-8")) + 32
    inflight: deque[tuple[list[str], list[int], tuple[bool, Any]]] = deque()
    inflight_nodes = 0
    done = 0

    def fill() -> None:
        nonlocal inflight_nodes
        while frontier and inflight_nodes < window:
            n = min(reader.batch_nodes(window), window - inflight_nodes)
            paths, depths = frontier.take(n, _READ_REQUEST_BYTES // ops_per_node, extra)
            inflight.append((paths, depths, reader.submit(paths)))
            inflight_nodes += len(paths)

    try:
        fill()
        while inflight:
            if cancelled is not None and cancelled():
                raise Cancelled()
            paths, depths, sent = inflight.popleft()
            inflight_nodes -= len(paths)
            answers = reader.results(paths, sent)
            items = []
            for path, depth, (kids, ds) in zip(paths, depths, answers, strict=True):
                if isinstance(kids, NoNodeError) or isinstance(ds, NoNodeError):
                    if missing_root and depth == 0:
                        raise NoNodeError(path)
                    continue  # vanished
                node_stat = node_data = None
                if isinstance(ds, tuple):
                    node_data, node_stat = ds
                elif stat and (isinstance(ds, Exception) or isinstance(kids, Exception)):
                    node_stat = client.exists(path)  # needs no permission
                    if node_stat is None:
                        continue
                if isinstance(kids, Exception):
                    kids = None
                elif max_depth is None or depth < max_depth:
                    frontier.add(_prefix(path), depth + 1, kids)
                items.append((path, depth, node_stat, node_data if data else None, kids))
            fill()  # keep the server busy while the caller handles this batch
            for item in items:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                yield item
            done += len(items)
            if progress is not None:
                progress(done, total)
    finally:
        _drain(sent[1] for _, _, sent in inflight)
        inflight.clear()


def walk(
    client: Any,
    root: str,
    *,
    data: bool = False,
    stats: bool = True,
    max_depth: int | None = None,
    window: int = 256,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> Iterator[WalkItem]:
    """Visit ``root`` and its subtree breadth-first, parents before their children.

    Keeps up to ``window`` nodes' requests in flight (multi-read batches on 3.6+ servers,
    single requests on older ones) and yields a WalkItem per node as answers arrive.
    ``max_depth`` 0 is the root alone (children names included). Nodes that vanish
    mid-walk are skipped; an unreadable node (NoAuth) is yielded with data and children
    None. ``progress(done, total)`` after each batch; total is the server's count of the
    subtree when it can tell (3.6+), else None.

    Raises ValueError for a relative ``root``, NoNodeError if it does not exist, Cancelled
    soon after ``cancelled()`` turns True (nothing left in flight), and kazoo's connection
    errors (ConnectionLoss, SessionExpiredError...).
    """
    root = _normalize(root)
    total = None
    if progress is not None and max_depth is None:
        total = _server_count(client, [root]) if multi_read_supported(client) else None
    for path, _depth, node_stat, node_data, kids in _walk_raw(
        client,
        [root],
        data=data,
        stat=stats,
        max_depth=max_depth,
        window=window,
        cancelled=cancelled,
        progress=progress,
        total=total,
        missing_root=True,
    ):
        yield WalkItem(path, node_stat if stats else None, node_data, kids)


# ---------------------------------------------------------------------------
# Counting


def _normalize(path: str) -> str:
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"not an absolute znode path: {path!r}")
    return path.rstrip("/") or "/"


def _disjoint(roots: Iterable[str]) -> list[str]:
    """Roots without duplicates and without those lying under another root (order kept)."""
    unique = list(dict.fromkeys(roots))
    kept = set(unique)
    return [p for p in unique if not any(a in kept for a in _ancestors(p))]


def _ancestors(path: str) -> Iterator[str]:
    """Strict ancestors of a path, nearest first, "/" last."""
    while path != "/":
        path = path.rpartition("/")[0] or "/"
        yield path


def _server_count(client: Any, roots: list[str]) -> int | None:
    """Subtree sizes from getAllChildrenNumber, or None if the server cannot tell."""
    try:
        sent = [(r, _send(client, GetAllChildrenNumber(_server_path(client, r)))) for r in roots]
        total = 0
        for _root, result in sent:
            try:
                total += 1 + _wait(result)
            except NoNodeError:
                continue
        return total
    except (UnimplementedError, MarshallingError):
        _mark_unsupported(client)
        return None
    except Exception:
        return None


def count_subtree(
    client: Any,
    roots: list[str],
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> int:
    """Number of nodes in the subtrees of ``roots``, roots included; missing roots count 0.

    One request per root on ZooKeeper 3.6+ (getAllChildrenNumber); a pipelined walk on
    older servers or where a root is unreadable. Raises Cancelled and connection errors.
    """
    roots = _disjoint(_normalize(r) for r in roots)
    if cancelled is not None and cancelled():
        raise Cancelled()
    total = 0
    walk_roots: list[str] = []
    if multi_read_supported(client):
        sent = [(r, _send(client, GetAllChildrenNumber(_server_path(client, r)))) for r in roots]
        unsupported = False
        for root, result in sent:
            try:
                total += 1 + _wait(result)
            except NoNodeError:
                pass
            except (UnimplementedError, MarshallingError):
                unsupported = True
                _mark_unsupported(client)
                walk_roots.append(root)
            except (ConnectionLoss, ConnectionDropped):
                if not unsupported:  # else: lost in the drop the old server made
                    _drain(r for _, r in sent)
                    raise
                walk_roots.append(root)
            except ZookeeperError as exc:
                if _is_fatal(exc):
                    _drain(r for _, r in sent)
                    raise
                walk_roots.append(root)  # NoAuth on the root: count by walking
    else:
        walk_roots = roots
    if walk_roots:
        base = total

        def report(done: int, _total: int | None) -> None:
            if progress is not None:
                progress(base + done, None)

        for _ in _walk_raw(client, walk_roots, cancelled=cancelled, progress=report):
            total += 1
    if progress is not None:
        progress(total, total)
    return total


# ---------------------------------------------------------------------------
# Deleting


def _refuse(path: str) -> None:
    if path == "/" or path == "/zookeeper" or path.startswith("/zookeeper/"):
        raise ValueError(f"refusing to delete {path}")


def _ancestors_and_self(path: str) -> Iterator[str]:
    while path and path != "/":
        yield path
        path = path.rpartition("/")[0] or "/"


class _Deleter:
    """The state of one delete_tree run."""

    def __init__(
        self,
        client: Any,
        cancelled: CancelCheck | None,
        progress: ProgressFn | None,
        batch_bytes: int,
        batch_ops: int,
    ) -> None:
        self.client = client
        self.cancelled_fn = cancelled
        self.progress_fn = progress
        self.batch_bytes = max(256, min(int(batch_bytes), _MAX_REQUEST_BYTES))
        self.batch_ops = max(1, int(batch_ops))
        self.chroot_bytes = len((client.chroot or "").encode("utf-8"))
        self.deleted = 0
        self.done = 0
        self.total = 0
        self.errors: list[tuple[str, BaseException]] = []
        self.blocked: set[str] = set()  # nodes that must stay: a descendant could not go
        self.rewalks: dict[str, int] = {}
        self.cancelled = False
        self.aborted = False

    # -- helpers

    @property
    def stopped(self) -> bool:
        return self.cancelled or self.aborted

    def check_cancel(self) -> bool:
        if not self.cancelled and self.cancelled_fn is not None and self.cancelled_fn():
            self.cancelled = True
        return self.cancelled

    def report(self) -> None:
        if self.progress_fn is not None:
            self.progress_fn(self.done, self.total)

    def fail(self, path: str, exc: BaseException) -> None:
        """Record that ``path`` cannot go; its ancestors then cannot go either."""
        self.errors.append((path, exc))
        self.blocked.update(_ancestors_and_self(path))
        if _is_fatal(exc):
            self.aborted = True

    # -- phases

    def delete_subtrees(self, tops: list[str], already_counted: int = 0) -> int:
        """List the subtrees of ``tops`` and delete them leaves first; return nodes found.

        Never raises Cancelled or connection errors: they set ``cancelled`` / ``aborted``.
        """
        try:
            levels = self.collect(tops)
        except Cancelled:
            self.cancelled = True
            return 0
        except Exception as exc:
            if not _is_fatal(exc):
                raise
            self.fail(tops[0], exc)
            return 0
        found = sum(len(names) for groups in levels for _, names in groups)
        self.total += max(found - already_counted, 0)
        self.report()
        if not self.stopped:
            self.run_batches(self.deepest_first(levels))
        return found

    def collect(self, tops: list[str]) -> list[list[tuple[str, list[str]]]]:
        """Levels of the subtrees: levels[d] holds (prefix, names) groups at depth d."""
        levels: list[list[tuple[str, list[str]]]] = [[]]
        client = self.client
        for path, depth, _st, _data, kids in _walk_raw(client, tops, cancelled=self.cancelled_fn):
            if depth == 0:
                levels[0].append(("", [path]))
            if kids is None:  # children unreadable (NoAuth): a leaf can still go
                st = client.exists(path)
                if st is not None and st.numChildren:
                    self.fail(path, NoAuthError(f"cannot list the children of {path}"))
                continue
            if kids:
                while len(levels) <= depth + 1:
                    levels.append([])
                levels[depth + 1].append((_prefix(path), kids))
        return levels

    def deepest_first(self, levels: list[list[tuple[str, list[str]]]]) -> Iterator[str]:
        blocked = self.blocked
        for depth in range(len(levels) - 1, -1, -1):
            groups = levels[depth]
            levels[depth] = []  # free as we go
            for prefix, names in groups:
                for name in names:
                    path = prefix + name
                    if path not in blocked:
                        yield path

    def run_batches(self, paths: Iterator[str]) -> None:
        """Delete ``paths`` (children before parents) in pipelined transactions.

        Checks for cancel before sending each transaction; answers of those sent are
        always accounted for.
        """
        client = self.client
        chroot = client.chroot
        inflight: deque[tuple[list[str], Any]] = deque()

        def send(batch: list[str], ops: list[Any]) -> bool:
            if self.stopped or self.check_cancel():
                return False
            inflight.append((batch, _send(client, Transaction(ops))))
            while len(inflight) >= _TX_DEPTH:
                self.finish(*inflight.popleft())
            return not self.stopped

        batch: list[str] = []
        ops: list[Any] = []
        size = 9
        try:
            for path in paths:
                full = (chroot + path if path != "/" else chroot) if chroot else path
                cost = _OP_OVERHEAD + len(full.encode("utf-8"))
                if batch and (len(batch) >= self.batch_ops or size + cost > self.batch_bytes):
                    if not send(batch, ops):
                        batch = []
                        break
                    batch, ops, size = [], [], 9
                batch.append(path)
                ops.append(Delete(full, -1))
                size += cost
            if batch:
                send(batch, ops)
            while inflight:
                self.finish(*inflight.popleft())
        finally:
            _drain(result for _, result in inflight)

    def finish(self, batch: list[str], sent: Any) -> None:
        """Account for one transaction; on failure redo its nodes one by one."""
        try:
            results = _wait(sent)
        except Exception as exc:
            if _is_fatal(exc):
                if not self.aborted:
                    self.fail(batch[0], exc)
                return
            results = [exc]
        if len(results) == len(batch) and all(r is True for r in results):
            self.deleted += len(batch)
            self.done += len(batch)
            self.report()
            return
        if self.stopped:
            return  # a failed transaction deleted nothing; leave it
        self.one_by_one(batch)

    def one_by_one(self, batch: list[str]) -> None:
        client = self.client
        sent = [(p, client.delete_async(p)) for p in batch if p not in self.blocked]
        not_empty: list[str] = []
        for path, result in sent:
            try:
                _wait(result)
                self.deleted += 1
                self.done += 1
            except NoNodeError:
                self.done += 1  # already gone
            except NotEmptyError:
                not_empty.append(path)  # a child appeared: re-walk below
            except Exception as exc:
                if not (self.aborted and _is_fatal(exc)):
                    self.fail(path, exc)
        self.report()
        for path in not_empty:
            if self.stopped or self.check_cancel():
                return
            if path in self.blocked:
                continue
            self.rewalk(path)

    def rewalk(self, path: str) -> None:
        count = self.rewalks.get(path, 0) + 1
        self.rewalks[path] = count
        if count > _MAX_REWALKS:
            self.fail(path, NotEmptyError(f"children keep appearing under {path}"))
            return
        if self.delete_subtrees([path], already_counted=1) == 0 and not self.stopped:
            self.done += 1  # gone meanwhile

    def remaining(self, roots: list[str]) -> list[str]:
        client = self.client
        sent = [(r, client.exists_async(r)) for r in roots]
        out = []
        for root, result in sent:
            try:
                if _wait(result) is not None:
                    out.append(root)
            except Exception:
                out.append(root)  # cannot tell: do not claim it is gone
        return out


def delete_tree(
    client: Any,
    roots: list[str],
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    batch_bytes: int = 512 * 1024,
    batch_ops: int = 1000,
) -> DeleteResult:
    """Delete each root with its whole subtree, leaves first, in transactions.

    A transaction holds at most ``batch_ops`` deletes and ``batch_bytes`` of request. When
    one fails its nodes are deleted one by one: NoNode counts as already gone, NotEmpty
    (a child created meanwhile) re-walks that node, other errors (NoAuth...) are recorded
    and keep the node's ancestors. ``progress(done, total)`` after each transaction.
    On cancel, stops after the transaction in flight. Errors are collected in the result,
    never raised; ``deleted`` counts only what the server confirmed.

    Raises ValueError for "/", "/zookeeper" and paths under it, or a relative path.
    """
    wanted = [_normalize(r) for r in roots]
    for root in wanted:
        _refuse(root)
    unique = list(dict.fromkeys(wanted))
    deleter = _Deleter(client, cancelled, progress, batch_bytes, batch_ops)
    if progress is not None:
        progress(0, None)
    try:
        if not deleter.check_cancel():
            deleter.delete_subtrees(_disjoint(unique))
    except Cancelled:
        deleter.cancelled = True
    except Exception as exc:  # connection lost while listing
        deleter.errors.append((unique[0] if unique else "/", exc))
    return DeleteResult(
        deleted=deleter.deleted,
        remaining=deleter.remaining(unique),
        errors=deleter.errors,
        cancelled=deleter.cancelled,
    )


# ---------------------------------------------------------------------------
# Creating


def create_tree(
    client: Any, paths_and_data: Iterable[tuple[str, bytes]], *, batch_ops: int = 500
) -> int:
    """Create persistent nodes in pipelined transactions; return how many were created.

    Items must come parents before children (e.g. breadth-first or sorted); parents that
    are neither in the stream nor on the server make it fail. Transactions stay under
    512 KiB. Raises the server's error for the first failing node (NodeExistsError,
    NoNodeError...) with its path, and kazoo's connection errors.
    """
    acl = client.default_acl or OPEN_ACL_UNSAFE
    acl_bytes = sum(12 + len(a.id.scheme) + len(a.id.id) for a in acl) + 4
    chroot = client.chroot
    batch_ops = max(1, int(batch_ops))
    limit = 512 * 1024
    inflight: deque[tuple[list[str], Any]] = deque()
    created = 0

    def finish(batch: list[str], sent: Any) -> None:
        nonlocal created
        results = _wait(sent)
        if len(results) == len(batch) and not any(isinstance(r, Exception) for r in results):
            created += len(batch)
            return
        for path, result in zip(batch, results, strict=False):
            if isinstance(result, Exception) and not isinstance(
                result, RolledBackError | RuntimeInconsistency
            ):
                raise type(result)(path)
        raise RuntimeInconsistency(batch[0])

    batch: list[str] = []
    ops: list[Any] = []
    size = 9
    try:
        for path, value in paths_and_data:
            if not isinstance(path, str) or not path.startswith("/"):
                raise ValueError(f"not an absolute znode path: {path!r}")
            value = b"" if value is None else bytes(value)
            full = (chroot + path if path != "/" else chroot) if chroot else path
            cost = _OP_OVERHEAD + len(full.encode("utf-8")) + 4 + len(value) + acl_bytes
            if batch and (len(batch) >= batch_ops or size + cost > limit):
                inflight.append((batch, _send(client, Transaction(ops))))
                batch, ops, size = [], [], 9
                while len(inflight) >= _TX_DEPTH:
                    finish(*inflight.popleft())
            batch.append(path)
            ops.append(Create(full, value, acl, 0))
            size += cost
        if batch:
            inflight.append((batch, _send(client, Transaction(ops))))
        while inflight:
            finish(*inflight.popleft())
    finally:
        _drain(result for _, result in inflight)
    return created
