"""Compare two subtrees, in one cluster or two, and make one like the other.

:func:`compare_trees` walks both subtrees together, one level at a time: the nodes of a
level are read on both sides with multi-read batches (``subtree.read_nodes``, ACLs
pipelined), compared by relative path, and their children's names, merged, make the next
level. Differences stream out as they are found, parents before their children; neither
tree is held in memory, only the level being compared.

- ``removed``: the node is under A only; ``added``: under B only (as ``diff A B`` says);
- ``changed``: under both, with other data, another ACL (order does not matter) or, when
  asked, another kind (ephemeral / persistent). Null data and empty data are equal.
  Where a side shows digest ids hidden (no ADMIN permission there), digest entries are
  compared by user name only.

:func:`make_like` applies differences: the target side gets the other side's nodes,
data and ACLs (through ``tree_writer.write_records``) and loses the nodes only it has
(``delete.delete_tree``). Blocking: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NoNodeError
from kazoo.security import ACL, Id

from .acl import same_acl
from .acl_reads import AclReader
from .codec import JUTE_MAXBUFFER_DEFAULT
from .delete import delete_tree
from .errors import Cancelled, describe
from .paths import disjoint_roots, is_reserved, normalize_root
from .subtree import SubtreeNode, abs_path, read_nodes
from .transfer_format import NodeRecord, has_hidden_ids
from .tree_writer import LIST_LIMIT, EphemeralPolicy, OnConflict, TransferResult, write_records
from .walk import CancelCheck, ProgressFn, count_subtree

__all__ = [
    "ADDED",
    "CHANGED",
    "REMOVED",
    "CompareResult",
    "Difference",
    "compare_trees",
    "make_like",
]

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"

_A, _B = 1, 2
_BOTH = _A | _B
_CHUNK = 4096  # nodes of a level read per round


@dataclass(frozen=True, slots=True)
class Difference:
    """One node that differs. ``path`` is relative to both roots ("" for the roots
    themselves, "a/b" below them); ``fields`` says what changed: "data", "acl", "kind"."""

    path: str
    status: str  # ADDED (under B only), REMOVED (under A only) or CHANGED
    fields: tuple[str, ...] = ()

    def shown(self) -> str:
        """The path as lists show it: "/" for the roots, "/a/b" below them."""
        return "/" + self.path


@dataclass
class CompareResult:
    """Counts of a comparison; ``unreadable_a`` / ``unreadable_b`` name nodes that could
    not be read on that side (not compared, nor was anything below them)."""

    root_a: str
    root_b: str
    compared: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    unreadable_a: list[str] = field(default_factory=list)
    unreadable_b: list[str] = field(default_factory=list)

    @property
    def differences(self) -> int:
        return self.added + self.removed + self.changed

    @property
    def equal(self) -> bool:
        """True if no difference was found and every node could be read."""
        return not (self.differences or self.unreadable_a or self.unreadable_b)


class _Peek:
    """An iterator of SubtreeNodes that can be asked for the next one's rel."""

    _END = object()

    def __init__(self, items: Iterator[SubtreeNode]) -> None:
        self._items = items
        self._next: Any = next(items, self._END)

    def take(self, rel: str) -> SubtreeNode | None:
        """The next node if it is ``rel`` (then advance), else None."""
        node = self._next
        if node is self._END or node.rel != rel:
            return None
        self._next = next(self._items, self._END)
        return node


def _masked(acl: list[ACL]) -> list[ACL]:
    """Digest ids as a server shows them to a client without ADMIN permission (user:x)."""
    return [
        ACL(a.perms, Id("digest", a.id.id.partition(":")[0] + ":x"))
        if a.id.scheme == "digest"
        else a
        for a in acl
    ]


def _same_acl(a: list[ACL], b: list[ACL]) -> bool:
    if has_hidden_ids(a) or has_hidden_ids(b):  # compare what both sides show
        return same_acl(_masked(a), _masked(b))
    return same_acl(a, b)


def _changed(a: SubtreeNode, b: SubtreeNode, acls: bool, kinds: bool) -> tuple[str, ...]:
    fields = []
    if (a.data or b"") != (b.data or b""):
        fields.append("data")
    if acls and not _same_acl(a.acl or [], b.acl or []):
        fields.append("acl")
    if kinds and a.ephemeral != b.ephemeral:
        fields.append("kind")
    return tuple(fields)


class _Comparer:
    def __init__(
        self,
        client_a: Any,
        root_a: str,
        client_b: Any,
        root_b: str,
        acls: bool,
        kinds: bool,
        emit: Callable[[Difference], None] | None,
        cancelled: CancelCheck | None,
        progress: ProgressFn | None,
    ) -> None:
        self.client_a, self.client_b = client_a, client_b
        self.result = CompareResult(root_a, root_b)
        self.acls, self.kinds = acls, kinds
        self.emit_fn = emit
        self.cancelled = cancelled
        self.progress = progress
        self.total: int | None = None
        self.seen = 0

    def emit(self, rel: str, status: str, fields: tuple[str, ...] = ()) -> None:
        result = self.result
        if status == ADDED:
            result.added += 1
        elif status == REMOVED:
            result.removed += 1
        else:
            result.changed += 1
        if self.emit_fn is not None:
            self.emit_fn(Difference(rel, status, fields))

    def unreadable(self, side: list[str], path: str) -> None:
        if len(side) < LIST_LIMIT:
            side.append(path)

    def side(
        self, client: Any, root: str, rels: list[str], both: set[str], reader: AclReader
    ) -> _Peek:
        return _Peek(
            read_nodes(
                client,
                root,
                rels,
                acls=self.acls,
                reader=reader,
                cancelled=self.cancelled,
                acl_for=both.__contains__,
            )
        )

    def run(self, reader_a: AclReader, reader_b: AclReader) -> None:
        root_a, root_b = self.result.root_a, self.result.root_b
        level: deque[tuple[str, list[str], int]] = deque([("", [""], _BOTH)])
        while level:
            following: deque[tuple[str, list[str], int]] = deque()
            for chunk in _chunks(level):
                if self.cancelled is not None and self.cancelled():
                    raise Cancelled()
                rels_a = [rel for rel, side in chunk if side & _A]
                rels_b = [rel for rel, side in chunk if side & _B]
                both = {rel for rel, side in chunk if side == _BOTH}
                nodes_a = self.side(self.client_a, root_a, rels_a, both, reader_a)
                nodes_b = self.side(self.client_b, root_b, rels_b, both, reader_b)
                for rel, side in chunk:
                    a = nodes_a.take(rel) if side & _A else None
                    b = nodes_b.take(rel) if side & _B else None
                    self.node(rel, a, b, following)
                if self.progress is not None:
                    self.progress(self.seen, self.total)
            level = following

    def node(
        self,
        rel: str,
        a: SubtreeNode | None,
        b: SubtreeNode | None,
        following: deque[tuple[str, list[str], int]],
    ) -> None:
        self.seen += (a is not None) + (b is not None)
        result = self.result
        prefix = rel + "/" if rel else ""
        if a is not None and b is not None:
            if not a.readable or not b.readable:
                if not a.readable:
                    self.unreadable(result.unreadable_a, a.path)
                if not b.readable:
                    self.unreadable(result.unreadable_b, b.path)
                return
            result.compared += 1
            fields = _changed(a, b, self.acls, self.kinds)
            if fields:
                self.emit(rel, CHANGED, fields)
            names_a, names_b = set(a.children or ()), set(b.children or ())
            for names, side in (
                (names_a & names_b, _BOTH),
                (names_a - names_b, _A),
                (names_b - names_a, _B),
            ):
                if names:
                    following.append((prefix, sorted(names), side))
            return
        node, status, side, unreadable = (
            (a, REMOVED, _A, result.unreadable_a)
            if a is not None
            else (b, ADDED, _B, result.unreadable_b)
        )
        if node is None:
            return  # gone from both sides meanwhile
        self.emit(rel, status)
        if not node.readable:
            self.unreadable(unreadable, node.path)
        elif node.children:
            following.append((prefix, sorted(node.children), side))


def _chunks(level: deque[tuple[str, list[str], int]]) -> Iterator[list[tuple[str, int]]]:
    """The level's (rel, side) pairs, a bounded number at a time (groups are freed as used)."""
    chunk: list[tuple[str, int]] = []
    while level:
        prefix, names, side = level.popleft()
        for name in names:
            chunk.append((prefix + name if name else prefix.rstrip("/"), side))
            if len(chunk) >= _CHUNK:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def compare_trees(
    client_a: Any,
    root_a: str,
    client_b: Any,
    root_b: str,
    *,
    acls: bool = True,
    kinds: bool = False,
    emit: Callable[[Difference], None] | None = None,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> CompareResult:
    """Compare the subtree of ``root_a`` (on ``client_a``) with that of ``root_b`` (on
    ``client_b``, which may be the same client); ``emit(difference)`` for each one, as
    found. Returns the counts.

    ``acls`` compares ACLs too (one getACL per node on both sides: the slow part);
    ``kinds`` compares ephemeral against persistent. The server's own ``/zookeeper`` is
    left out when a root is "/". ``progress(nodes seen, total)`` per round. Raises
    NoNodeError for a missing root, Cancelled, connection errors.
    """
    root_a, root_b = normalize_root(root_a), normalize_root(root_b)
    for client, root in ((client_a, root_a), (client_b, root_b)):
        if client.exists(root) is None:
            raise NoNodeError(root)
    comparer = _Comparer(client_a, root_a, client_b, root_b, acls, kinds, emit, cancelled, progress)
    if progress is not None:
        try:
            comparer.total = count_subtree(client_a, [root_a]) + count_subtree(client_b, [root_b])
        except Cancelled:
            raise
        except Exception:  # noqa: BLE001 - no total, the comparison says what is wrong
            comparer.total = None
    with AclReader(client_a) as reader_a, AclReader(client_b) as reader_b:
        comparer.run(reader_a, reader_b)
    return comparer.result


def _depth_first(rels: Iterable[str]) -> list[str]:
    """Parents before their children (by depth, order kept within a depth)."""
    return sorted(rels, key=lambda rel: rel.count("/") + bool(rel))


def make_like(
    client_a: Any,
    root_a: str,
    client_b: Any,
    root_b: str,
    differences: Iterable[Difference],
    *,
    target: str = "b",
    ephemerals: EphemeralPolicy | str = EphemeralPolicy.PERSISTENT,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> TransferResult:
    """Make the ``target`` side ("b" or "a") like the other for these differences (from
    ``compare_trees(client_a, root_a, client_b, root_b)``): a node only the other side
    has is created (data and ACL as there), a changed node gets the other side's data
    and ACL, a node only the target has is deleted with its subtree.

    ``request_limit`` is the target server's. Nodes that cannot be written or deleted
    are named in the result, never raised; raises Cancelled from the reads, connection
    errors, NoNodeError for a missing root.
    """
    if target not in ("a", "b"):
        raise ValueError('target must be "a" or "b"')
    if target == "a":
        client_a, root_a, client_b, root_b = client_b, root_b, client_a, root_a
        missing, extra = ADDED, REMOVED
    else:
        missing, extra = REMOVED, ADDED
    root_a, root_b = normalize_root(root_a), normalize_root(root_b)
    wanted: list[str] = []
    unwanted: list[str] = []
    for diff in differences:
        if diff.status == extra:
            unwanted.append(diff.path)
        elif diff.status in (missing, CHANGED):
            wanted.append(diff.path)
    unreadable: list[str] = []

    def records() -> Iterator[NodeRecord]:
        for node in read_nodes(client_a, root_a, _depth_first(wanted), cancelled=cancelled):
            if node.readable:
                yield node.record()
            elif len(unreadable) < LIST_LIMIT:
                unreadable.append(node.path)

    result = write_records(
        client_b,
        root_b,
        records(),
        on_conflict=OnConflict.OVERWRITE,
        ephemerals=ephemerals,
        request_limit=request_limit,
        cancelled=cancelled,
        progress=progress,
        total=len(wanted) or None,
    )
    result.unreadable = unreadable
    tops = disjoint_roots(abs_path(root_b, rel) for rel in _depth_first(unwanted))
    tops = [path for path in tops if path != root_b and not is_reserved(path)]
    if tops and not (result.cancelled or result.stopped):
        deleted = delete_tree(client_b, tops, cancelled=cancelled, request_limit=request_limit)
        result.deleted = deleted.deleted
        result.cancelled = result.cancelled or deleted.cancelled
        for path, exc in deleted.errors:
            result.failed_count += 1
            if len(result.failed) < LIST_LIMIT:
                result.failed.append((path, describe(exc, path, action="delete")))
    return result
