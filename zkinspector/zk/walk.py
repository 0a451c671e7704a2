"""Pipelined subtree walks and counts: search, export, compare, delete all start here.

kazoo spends more CPU per request than the server does, so one synchronous call per node
is slow (~3,500 nodes/s). Everything here batches instead:

- Reads use ZooKeeper 3.6+'s *multi-read* request (``protocol.MultiRead``): one round trip
  carries the getChildren/getData operations of up to a few hundred nodes, and a few such
  requests are kept in flight. Servers without it (3.5 and older) get plain pipelining:
  up to ``window`` single requests in flight.
- Counting uses ``getAllChildrenNumber`` (``protocol.GetAllChildrenNumber``, also 3.6+):
  one request per root.

Every function blocks: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kazoo.exceptions import (
    ConnectionDropped,
    ConnectionLoss,
    MarshallingError,
    NoNodeError,
    UnimplementedError,
    ZookeeperError,
)
from kazoo.protocol.serialization import GetChildren, GetChildren2, GetData
from kazoo.protocol.states import ZnodeStat

from .errors import Cancelled, is_fatal
from .paths import child_prefix, disjoint_roots, normalize_root
from .protocol import (
    SINCE_3_6,
    GetAllChildrenNumber,
    MultiRead,
    drain,
    note_unsupported,
    send,
    server_features,
    server_path,
    wait,
)

__all__ = [
    "GO_ON",
    "HAND_OVER",
    "HOLD",
    "WINDOW",
    "Handoff",
    "CancelCheck",
    "ProgressFn",
    "WalkItem",
    "count_subtree",
    "walk",
    "walk_nodes",
]

GO_ON, HOLD, HAND_OVER = "go on", "hold", "hand over"
Handoff = Callable[[int, bool], str]
"""``handoff(waiting, idle)`` -> GO_ON, HOLD or HAND_OVER: see :func:`walk_nodes`."""
CancelCheck = Callable[[], bool]
"""Returns True once the work should stop (a job's ``stop_requested``)."""
ProgressFn = Callable[[int, "int | None"], None]
"""Called as ``progress(done, total)``; total is None while unknown."""

# What a request reads of its nodes (see _Reader.submit).
_BOTH, _DATA, _CHILDREN = "both", "data", "children"
_UNASKED = object()  # the children of a node read data+stat first (listed later if any)

# Multi-read batches: nodes per request, and request bytes (the server refuses requests
# over jute.maxbuffer, 1 MB by default, by closing the connection). Bigger batches cost
# kazoo fewer requests (each one several system calls): a million-node walk took 8.0 s
# with 256 nodes a request and 256 in flight, 6.1 s with 1,024 and 2,048.
_READ_BATCH_NODES = 1024
WINDOW = 2 * _READ_BATCH_NODES
"""Nodes whose reads a walk keeps in flight, by default."""
_READ_REQUEST_BYTES = 256 * 1024
# Bound on the data a multi-read batch is expected to bring back (memory, latency), and
# what one child's name is taken to cost in a listing's answer.
_READ_RESPONSE_BYTES = 2 * 1024 * 1024
_NAME_BYTES = 24
# A stat-only walk stops fetching data with getData when nodes carry more than this on
# average, and asks for children+stat one node at a time instead (no data on the wire).
_STAT_ONLY_DATA_LIMIT = 32 * 1024


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


# ---------------------------------------------------------------------------
# Reading many nodes


class _Reader:
    """Fetch children, and data+stat if asked, for batches of nodes: multi-read or one by one.

    ``results`` gives per node ``(children, data_stat)``: children a list or an exception
    instance; data_stat a ``(data, stat)`` tuple, an exception, or None (not asked).
    """

    def __init__(self, client: Any, *, data: bool, stat: bool) -> None:
        self.client = client
        self.data = data
        self.stat = stat
        self.multi = server_features(client).multi_read
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

    def two_phase(self) -> bool:
        """Whether nodes are read data+stat first, and listed only when they have
        children (most nodes of a big tree are leaves: half the operations)."""
        return (self.data or self.stat) and self.use_multi()

    def submit(self, paths: list[str], part: str = _BOTH) -> tuple[bool, Any]:
        """Send the reads of ``paths``: children and data+stat (``_BOTH``), or on a
        multi-read server only one of them (``_DATA``, ``_CHILDREN``)."""
        client = self.client
        chroot = client.chroot
        full = [(chroot + p if p != "/" else chroot) for p in paths] if chroot else paths
        if part != _BOTH:
            op = GetData if part == _DATA else GetChildren
            return True, (part, send(client, MultiRead([op(p, None) for p in full])))
        if self.use_multi():
            ops: list[Any] = []
            for p in full:
                ops.append(GetChildren(p, None))
                if self.data or self.stat:
                    ops.append(GetData(p, None))
            return True, (_BOTH, send(client, MultiRead(ops)))
        handles = []
        for p in full:
            if self.stat and not self.data:
                handles.append(send(client, GetChildren2(p, None)))
                handles.append(None)
                continue
            handles.append(send(client, GetChildren(p, None)))
            handles.append(send(client, GetData(p, None)) if (self.data or self.stat) else None)
        return False, handles

    def results(self, paths: list[str], sent: tuple[bool, Any]) -> list[tuple[Any, Any]]:
        """Wait for a submitted batch. Raises the first connection/session error."""
        is_multi, handle = sent
        if is_multi:
            part, handle = handle
            try:
                answers = wait(handle)
            except (UnimplementedError, MarshallingError):
                # Reached a server without multi-read (mixed ensemble): go one by one.
                self.multi = False
                note_unsupported(self.client, *SINCE_3_6)
                return self.results(paths, self.submit(paths))
            except (ConnectionLoss, ConnectionDropped):
                if self.multi:
                    raise
                # Sent before the switch above and lost in the drop it caused: resend.
                return self.results(paths, self.submit(paths))
            if part == _DATA:
                for ds in answers:
                    self._note(ds)
                return [(_UNASKED, ds) for ds in answers]
            if part == _CHILDREN:
                return [(kids, None) for kids in answers]
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
                    kids = wait(kids_h)
                except Exception as exc:
                    if is_fatal(exc):
                        drain(handles[2 * i :])
                        raise
                    kids = exc
                if isinstance(kids, tuple):  # GetChildren2: (children, stat)
                    kids, st = kids
                    ds = (None, st)
            if ds_h is not None:
                try:
                    ds = wait(ds_h)
                except Exception as exc:
                    if is_fatal(exc):
                        drain(handles[2 * i + 1 :])
                        raise
                    ds = exc
            out.append((kids, ds))
            self._note(ds)
        return out

    @staticmethod
    def handle_of(sent: tuple[bool, Any]) -> Any:
        """The async result(s) of a submitted batch, for draining."""
        is_multi, handle = sent
        return handle[1] if is_multi else handle

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

    def __len__(self) -> int:
        return self._size

    def add(self, prefix: str, depth: int, names: list[str], whole: bool = True) -> None:
        """Names to visit under ``prefix``; ``whole`` when they are all the children of
        the node whose path + "/" is ``prefix`` (a listing)."""
        if names:
            self._groups.append([prefix, depth, names, 0, whole])
            self._size += len(names)

    def groups(self) -> list[tuple[str, int, list[str], bool]]:
        """What is left, as (prefix, depth, names, whole) groups, ``whole`` when none of
        the names was taken; empties the frontier."""
        out = [
            (prefix, depth, names[i:] if i else names, whole and not i)
            for prefix, depth, names, i, whole in self._groups
        ]
        self._groups.clear()
        self._size = 0
        return out

    def take(self, limit: int, max_bytes: int, extra: int) -> tuple[list[str], list[int]]:
        """Up to ``limit`` paths (and their depths) whose bytes (+``extra`` each) fit."""
        paths: list[str] = []
        depths: list[int] = []
        used = 0
        groups = self._groups
        while groups and len(paths) < limit:
            group = groups[0]
            prefix, depth, names, i, _whole = group
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


def walk_nodes(
    client: Any,
    roots: list[str],
    *,
    data: bool = False,
    stat: bool = False,
    max_depth: int | None = None,
    window: int = WINDOW,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    total: int | None = None,
    missing_root: bool = False,
    groups: list[tuple[str, int, list[str]]] | None = None,
    handoff: Handoff | None = None,
    rest: list[tuple[str, int, list[str], bool]] | None = None,
) -> Iterator[tuple[str, int, Any, Any, Any]]:
    """Breadth-first walk of several roots yielding ``(path, depth, stat, data, children)``.

    ``depth`` counts from the node's root (0). Vanished nodes are skipped; unreadable
    ones come with data/children None. Raises NoNodeError for a missing root when
    ``missing_root``, Cancelled, and connection errors. Whatever way it ends, no request
    of it is left in flight. :func:`walk` is the one-root form most callers want.

    Nodes come in the order of ``roots`` (each batch's nodes in order) when ``max_depth``
    is given; otherwise a node with children may come after later ones of its level,
    listed once its data and stat said it has children (always before its children).

    Handing a walk over (to a helper process): ``handoff(waiting, idle)`` is asked after
    each batch, with the number of nodes known and not visited yet (children counted by
    their parents' stats); ``idle`` when nothing is in flight (then it may block until
    it knows). It answers GO_ON; HOLD (a helper is coming: list no node meanwhile, so
    that the million names of a big level are not read here for nothing); or HAND_OVER:
    the walk sends nothing more, yields what is in flight and ends, leaving the nodes it
    did not visit in ``rest`` as (prefix, depth, names, whole) groups (``whole``: all
    the children of the node whose path + "/" is ``prefix``); a walk given the (prefix,
    depth, names) of those as ``groups`` visits them.
    """
    window = max(1, int(window))
    reader = _Reader(client, data=data, stat=stat)
    frontier = _Frontier()
    frontier.add("", 0, list(roots), whole=False)
    for prefix, depth, names in groups or ():
        frontier.add(prefix, depth, names, whole=False)
    ops_per_node = 2 if (data or stat) else 1
    extra = len((client.chroot or "").encode("utf-8")) + 32
    # Batches in flight: paths, depths, the data+stat read first (a listing batch of
    # two-phase reads) or None, what was sent.
    inflight: deque[tuple[list[str], list[int], list[Any] | None, tuple[bool, Any]]] = deque()
    to_list: deque[tuple[str, int, Any]] = deque()  # read first, with children: to list
    inflight_nodes = 0
    done = 0
    handing_off = False
    decision = GO_ON
    listing = 0  # children of the nodes in to_list

    def take_listings(n: int) -> tuple[list[str], list[int], list[Any]]:
        paths: list[str] = []
        depths: list[int] = []
        first: list[Any] = []
        used = 0
        nonlocal listing
        answer = 0
        while to_list and len(paths) < n:
            path, _depth, (_data, first_stat) = to_list[0]
            used += len(path) * 3 + extra  # (bytes, at most)
            answer += first_stat.numChildren * _NAME_BYTES
            if paths and (used > _READ_REQUEST_BYTES or answer > _READ_RESPONSE_BYTES):
                break
            path, depth, ds = to_list.popleft()
            listing -= ds[1].numChildren
            paths.append(path)
            depths.append(depth)
            first.append(ds)
        return paths, depths, first

    def fill() -> None:
        nonlocal inflight_nodes
        while inflight_nodes < window:
            n = min(reader.batch_nodes(window), window - inflight_nodes)
            if to_list and decision != HOLD:  # (first: they feed the frontier)
                paths, depths, first = take_listings(n)
                inflight.append((paths, depths, first, reader.submit(paths, _CHILDREN)))
            elif frontier and not handing_off:
                paths, depths = frontier.take(n, _READ_REQUEST_BYTES // ops_per_node, extra)
                part = _DATA if max_depth is None and reader.two_phase() else _BOTH
                inflight.append((paths, depths, None, reader.submit(paths, part)))
            else:
                return
            inflight_nodes += len(paths)

    def ask(idle: bool) -> None:
        nonlocal decision, handing_off
        if handoff is None or rest is None or handing_off:
            return
        decision = handoff(listing + len(frontier), idle)
        if idle and decision == HOLD:
            decision = GO_ON  # (an answer was owed: nothing else would happen)
        if decision == HAND_OVER:
            handing_off = True
            while to_list:  # not listed yet: handed over as nodes to visit
                path, depth, _ds = to_list.popleft()
                parent, _, name = path.rpartition("/")
                frontier.add(child_prefix(parent or "/"), depth, [name], whole=False)

    try:
        fill()
        while inflight or to_list:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if not inflight:  # (listings held back for a helper that is coming)
                ask(idle=True)
                fill()
                continue
            paths, depths, first, sent = inflight.popleft()
            inflight_nodes -= len(paths)
            answers = reader.results(paths, sent)
            if first is not None:
                answers = [(kids, ds) for (kids, _), ds in zip(answers, first, strict=True)]
            items = []
            for path, depth, (kids, ds) in zip(paths, depths, answers, strict=True):
                if isinstance(kids, NoNodeError) or isinstance(ds, NoNodeError):
                    if missing_root and depth == 0:
                        raise NoNodeError(path)
                    continue  # vanished
                if kids is _UNASKED:
                    if isinstance(ds, tuple) and ds[1].numChildren:
                        to_list.append((path, depth, ds))
                        listing += ds[1].numChildren
                        continue
                    # No children; or no READ permission, which listing needs too.
                    kids = [] if isinstance(ds, tuple) else ds
                node_stat = node_data = None
                if isinstance(ds, tuple):
                    node_data, node_stat = ds
                elif stat and (isinstance(ds, Exception) or isinstance(kids, Exception)):
                    node_stat = client.exists(path)  # needs no permission
                    if node_stat is None:
                        continue
                if isinstance(kids, Exception):
                    kids = None
                elif kids and (max_depth is None or depth < max_depth):
                    frontier.add(child_prefix(path), depth + 1, kids)
                items.append((path, depth, node_stat, node_data if data else None, kids))
            ask(idle=False)
            fill()  # keep the server busy while the caller handles this batch
            for item in items:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                yield item
            done += len(items)
            if progress is not None and items:
                progress(done, total)
        if handing_off and rest is not None:
            rest.extend(frontier.groups())
    finally:
        drain(_Reader.handle_of(sent) for _, _, _, sent in inflight)
        inflight.clear()


def walk(
    client: Any,
    root: str,
    *,
    data: bool = False,
    stats: bool = True,
    max_depth: int | None = None,
    window: int = WINDOW,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    handoff: Handoff | None = None,
    rest: list[tuple[str, int, list[str], bool]] | None = None,
) -> Iterator[WalkItem]:
    """Visit ``root`` and its subtree breadth-first, parents before their children.

    Keeps up to ``window`` nodes' requests in flight (multi-read batches on 3.6+ servers,
    single requests on older ones) and yields a WalkItem per node as answers arrive.
    ``max_depth`` 0 is the root alone (children names included). Nodes that vanish
    mid-walk are skipped; an unreadable node (NoAuth) is yielded with data and children
    None. ``progress(done, total)`` after each batch; total is the server's count of the
    subtree when it can tell (3.6+), else None.

    ``handoff`` and ``rest``: as for :func:`walk_nodes`.

    Raises ValueError for a relative ``root``, NoNodeError if it does not exist, Cancelled
    soon after ``cancelled()`` turns True (nothing left in flight), and kazoo's connection
    errors (ConnectionLoss, SessionExpiredError...).
    """
    root = normalize_root(root)
    report = progress
    count: Any = None  # the server's count of the subtree, asked for once the walk runs
    total: list[int | None] = [None]
    done = 0
    if (
        progress is not None
        and max_depth is None
        and server_features(client).get_all_children_number
    ):

        def report(progressed: int, _total: int | None) -> None:
            # Asked after the first answers: the server takes ~0.3 s per million nodes
            # *it holds* to count any subtree, and answers a session in order, so asked
            # first it would hold back the first results.
            nonlocal count, done
            done = progressed
            if count is None:
                count = send(client, GetAllChildrenNumber(server_path(client, root)))
            elif total[0] is None and count.ready():
                try:
                    total[0] = 1 + wait(count)
                except Exception:  # noqa: BLE001 - no total; the walk reports errors itself
                    total[0] = None
            progress(progressed, total[0])

    try:
        for path, _depth, node_stat, node_data, kids in walk_nodes(
            client,
            [root],
            data=data,
            stat=stats,
            max_depth=max_depth,
            window=window,
            cancelled=cancelled,
            progress=report,
            missing_root=True,
            handoff=handoff,
            rest=rest,
        ):
            yield WalkItem(path, node_stat if stats else None, node_data, kids)
        if count is not None and total[0] is None and progress is not None:
            with contextlib.suppress(Exception):
                progress(done, 1 + wait(count))  # the last report has the total too
    finally:
        if count is not None:
            drain([count])


# ---------------------------------------------------------------------------
# Counting


def _count_on_server(client: Any, roots: list[str]) -> tuple[int, list[str]]:
    """(nodes under ``roots`` counted by getAllChildrenNumber, roots it could not count).

    Missing roots count 0. Raises connection errors.
    """
    if not server_features(client).get_all_children_number:
        return 0, list(roots)
    sent = [(r, send(client, GetAllChildrenNumber(server_path(client, r)))) for r in roots]
    total = 0
    uncounted: list[str] = []
    unsupported = False
    for root, result in sent:
        try:
            total += 1 + wait(result)
        except NoNodeError:
            pass
        except (UnimplementedError, MarshallingError):
            unsupported = True
            note_unsupported(client, *SINCE_3_6)
            uncounted.append(root)
        except (ConnectionLoss, ConnectionDropped):
            if not unsupported:  # else: lost in the drop the old server made
                drain(r for _, r in sent)
                raise
            uncounted.append(root)
        except ZookeeperError as exc:
            if is_fatal(exc):
                drain(r for _, r in sent)
                raise
            uncounted.append(root)  # NoAuth on the root: count by walking
    return total, uncounted


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
    roots = disjoint_roots(normalize_root(r) for r in roots)
    if cancelled is not None and cancelled():
        raise Cancelled()
    total, walk_roots = _count_on_server(client, roots)
    if walk_roots:
        base = total

        def report(done: int, _total: int | None) -> None:
            if progress is not None:
                progress(base + done, None)

        for _ in walk_nodes(client, walk_roots, cancelled=cancelled, progress=report):
            total += 1
    if progress is not None:
        progress(total, total)
    return total
