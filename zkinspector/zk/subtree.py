"""A subtree read whole for moving it elsewhere: data, stat, ACL and children of each node.

The walk is ``walk.walk_nodes`` (multi-read batches); ACLs come from
``acl_reads.AclReader``, a few batches ahead. Paths relative to the subtree's root make
the link between a source and a target: "" is the root itself, "a/b" a node below it.
The server's own ``/zookeeper`` subtree is left out when the root is "/".
Every function blocks: call it from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NoNodeError
from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL

from .acl_reads import AclReader, with_acls
from .paths import is_reserved, normalize_root
from .sequence import GAP_LIMIT, sequence_number
from .transfer_format import NodeRecord, parent_rel
from .walk import CancelCheck, ProgressFn, walk, walk_nodes

__all__ = [
    "SubtreeNode",
    "Survey",
    "abs_path",
    "read_nodes",
    "read_subtree",
    "rel_path",
    "survey",
]


@dataclass(slots=True)
class SubtreeNode:
    """One node as read: ``path`` absolute (as the client names it), ``rel`` relative to
    the subtree's root. ``readable`` is False for a node the client may not read (no
    READ permission): then ``data``, ``children`` (and usually ``acl``) are None.
    ``data`` None on a readable node is null data."""

    path: str
    rel: str
    stat: ZnodeStat | None
    data: bytes | None
    acl: list[ACL] | None
    children: list[str] | None
    readable: bool

    @property
    def ephemeral(self) -> bool:
        return bool(self.stat is not None and self.stat.ephemeralOwner)

    def record(self) -> NodeRecord:
        """The node as a record (only for a readable node whose ACL was read)."""
        return NodeRecord(self.rel, self.data, tuple(self.acl or ()), self.ephemeral, self.stat)


def rel_path(root: str, path: str) -> str:
    """``path`` relative to ``root`` ("/a", "/a/b/c" -> "b/c"; the root itself -> "")."""
    if path == root:
        return ""
    return path[1:] if root == "/" else path[len(root) + 1 :]


def abs_path(root: str, rel: str) -> str:
    """The inverse of :func:`rel_path`."""
    if not rel:
        return root
    return "/" + rel if root == "/" else f"{root}/{rel}"


def _nodes(
    client: Any,
    root: str,
    items: Iterable[tuple[str, int, Any, Any, Any]],
    acls: bool,
    reader: AclReader | None,
    acl_for: Callable[[str], bool] | None = None,
) -> Iterator[SubtreeNode]:
    skip_reserved = root == "/"

    def nodes() -> Iterator[SubtreeNode]:
        for path, _depth, stat, data, kids in items:
            if skip_reserved and is_reserved(path):
                continue
            yield SubtreeNode(path, rel_path(root, path), stat, data, None, kids, kids is not None)

    if not acls:
        yield from nodes()
        return
    own = reader is None
    reader = AclReader(client) if own else reader
    try:
        dropped: set[str] = set()  # deleted since the walk read them

        def wanted(node: SubtreeNode) -> str | None:
            if not node.readable or (acl_for is not None and not acl_for(node.rel)):
                return None
            return node.path

        for node, acl in with_acls(reader, nodes(), wanted):
            if isinstance(acl, NoNodeError) or (node.rel and parent_rel(node.rel) in dropped):
                dropped.add(node.rel)  # (so its children, read before it went, go too)
                continue
            if isinstance(acl, list):
                node.acl = acl
            elif acl is not None:
                node.readable = False  # locked since the walk read it
            yield node
    finally:
        if own:
            reader.close()


def read_subtree(
    client: Any,
    root: str,
    *,
    data: bool = True,
    acls: bool = True,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    reader: AclReader | None = None,
) -> Iterator[SubtreeNode]:
    """Every node of ``root``'s subtree, root first, parents before their children.

    Nodes deleted meanwhile are skipped, with whatever was read below them: every node
    comes after its parent. Unreadable ones come with ``readable`` False.
    Raises NoNodeError for a missing root, Cancelled, and connection errors; nothing of
    it is left in flight when it ends.
    """
    root = normalize_root(root)
    items = (
        (item.path, 0, item.stat, item.data, item.children)
        for item in walk(client, root, data=data, cancelled=cancelled, progress=progress)
    )
    yield from _nodes(client, root, items, acls, reader)


def read_nodes(
    client: Any,
    root: str,
    rels: list[str],
    *,
    data: bool = True,
    acls: bool = True,
    cancelled: CancelCheck | None = None,
    reader: AclReader | None = None,
    acl_for: Callable[[str], bool] | None = None,
) -> Iterator[SubtreeNode]:
    """The nodes at ``rels`` under ``root`` (not their subtrees), in that order; those
    that do not exist are skipped. ``acl_for(rel)``, when given, says which nodes' ACLs
    to read (the others come with ``acl`` None). Raises Cancelled and connection errors."""
    root = normalize_root(root)
    paths = [abs_path(root, rel) for rel in rels]
    items = walk_nodes(client, paths, data=data, stat=True, max_depth=0, cancelled=cancelled)
    yield from _nodes(client, root, items, acls, reader, acl_for)


@dataclass
class Survey:
    """A quick look at a subtree before work on it: its size and what cannot be moved."""

    root: str
    exists: bool = True
    nodes: int = 0
    data_bytes: int = 0
    ephemerals: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    far_counters: list[str] = field(default_factory=list)  # (see sequence.GAP_LIMIT)


def _counter_gap(names: list[str]) -> int:
    """Steps a new parent of these children needs to number new sequential children
    after theirs (``sequence.Counters.steps`` for a fresh copy of them all)."""
    numbers = [n for n in map(sequence_number, names) if n is not None]
    return max(numbers) + 1 - len(names) if numbers else 0


def survey(
    client: Any,
    root: str,
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> Survey:
    """Count ``root``'s subtree and find its ephemeral and unreadable nodes (stats only,
    no data on the wire), and the parents whose sequence counter a copy could not raise
    past their children's numbers (``far_counters``). A missing root gives ``exists``
    False. Raises Cancelled and connection errors."""
    result = Survey(normalize_root(root))
    try:
        for node in read_subtree(
            client, result.root, data=False, acls=False, cancelled=cancelled, progress=progress
        ):
            result.nodes += 1
            if node.stat is not None:
                result.data_bytes += node.stat.dataLength
            if node.ephemeral:
                result.ephemerals.append(node.path)
            if not node.readable:
                result.unreadable.append(node.path)
            elif node.children and _counter_gap(node.children) > GAP_LIMIT:
                result.far_counters.append(node.path)
    except NoNodeError:
        result.exists = False
    return result
