"""Copy of a subtree to another place, in the same cluster or in another one.

The source is walked (``subtree.read_subtree``: multi-read, ACLs pipelined) and its
nodes stream into batched creates on the target (``tree_writer.write_records``): nothing
holds the whole subtree. The two clients may be one and the same.

A target that exists is reported first (:func:`check_copy`), so the caller can ask;
:func:`copy_tree` then refuses it (on conflict "abort", the default) or merges into it
(skip / overwrite). Ephemeral nodes are never copied silently: the default refuses the
whole copy with a sentence naming them; ``ephemerals="persistent"`` copies them as
persistent nodes (the originals stay) and names them in the result. Nodes the source
client may not read are left out and named in the result's ``unreadable``. Sequence
counters of parents of sequential-looking names are raised past them (``sequence.py``).
Container and TTL nodes keep their kind when ``kind_of`` knows it (the server reports
both as persistent: only the app that made a node knows); a TTL node the target server
refuses is created persistent and named in the result (``kind_lost``).
Blocking: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kazoo.exceptions import NoAuthError, NodeExistsError, NoNodeError

from .codec import JUTE_MAXBUFFER_DEFAULT
from .node_types import KindOf, marked
from .paths import dirname, normalize_root
from .protocol import server_path
from .subtree import Survey, read_subtree, survey
from .texts import some_paths, translate
from .transfer_format import NodeRecord
from .tree_writer import (
    LIST_LIMIT,
    EphemeralPolicy,
    OnConflict,
    TransferResult,
    check_target,
    write_records,
)
from .walk import CancelCheck, ProgressFn

__all__ = ["CopyCheck", "EphemeralNodes", "check_copy", "copy_tree", "into_itself"]


class EphemeralNodes(ValueError):
    """The subtree holds ephemeral nodes and the policy refuses them; str() names them."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        if len(paths) == 1:
            text = translate(
                "zk.copying",
                "The subtree holds an ephemeral node ({1}), which belongs to another client's "
                "session; nothing was written. Copy it as a persistent node, or leave it out.",
            )
        else:
            text = translate(
                "zk.copying",
                "The subtree holds {0} ephemeral nodes ({1}), which belong to another client's "
                "session; nothing was written. Copy them as persistent nodes, or leave them out.",
            )
        super().__init__(text.format(len(paths), some_paths(paths)))


@dataclass
class CopyCheck:
    """What a copy would meet: the source's survey and whether the target exists."""

    source: Survey
    target: str
    target_exists: bool


def _within(path: str, root: str) -> bool:
    """True if server path ``path`` is ``root`` or lies below it."""
    return path == root or root == "/" or path.startswith(root + "/")


def _identity(client: Any, full: str) -> tuple[int, ...] | None:
    """What tells a node of one server from any other's, read through ``client``
    (``full`` is its server path): (czxid, ctime); for the server root, which is the
    same on every server, its children's counter and last change too. None if missing."""
    stat = client.exists(client.unchroot(full) if client.chroot else full)
    if stat is None:
        return None
    if full == "/":
        return (stat.czxid, stat.ctime, stat.cversion, stat.pzxid)
    return (stat.czxid, stat.ctime)


def into_itself(src_client: Any, source: str, dst_client: Any, target: str) -> bool:
    """True if ``target`` (on ``dst_client``) is ``source`` (on ``src_client``) or lies
    below it, on the same server: whatever each client's connect string calls it
    (localhost or 127.0.0.1, one member or another, chroots). Paths must be normalised.

    The server is told by a node both clients can see, the deeper of the source and
    the target's chroot (or the target's parent below it), read through each: same
    creation zxid and time, same node. Blocking; raises connection errors.
    """
    src_full, dst_full = server_path(src_client, source), server_path(dst_client, target)
    if not _within(dst_full, src_full):
        return False
    if src_client is dst_client:
        return True
    chroot = dst_client.chroot or "/"
    seen = src_full if _within(src_full, chroot) else chroot  # the deeper one
    if dst_full != seen:
        seen = dirname(dst_full)  # seen by both too (the target itself may not exist)
    here, there = _identity(src_client, seen), _identity(dst_client, seen)
    return here is not None and here == there


def _check_paths(src_client: Any, source: str, dst_client: Any, target: str) -> tuple[str, str]:
    source, target = normalize_root(source), normalize_root(target)
    target = check_target(dst_client, target)
    if into_itself(src_client, source, dst_client, target):
        raise ValueError(
            translate(
                "zk.copying", "{0} cannot be copied to {1}: into itself or below itself."
            ).format(source, target)
        )
    return source, target


def check_copy(
    src_client: Any,
    source: str,
    dst_client: Any,
    target: str,
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> CopyCheck:
    """Look before copying ``source`` to ``target`` (the copy's full path); write nothing.

    Returns the source's size, ephemeral and unreadable nodes, and whether ``target``
    exists (the caller asks the user before merging into it). Raises NoNodeError for a
    missing source or target parent, ValueError for a copy into itself (the same server
    however each client names it: :func:`into_itself`) or into the
    server's own subtree, Cancelled, connection errors.
    """
    source, target = _check_paths(src_client, source, dst_client, target)
    found = survey(src_client, source, cancelled=cancelled, progress=progress)
    if not found.exists:
        raise NoNodeError(source)
    return CopyCheck(found, target, dst_client.exists(target) is not None)


def copy_tree(
    src_client: Any,
    source: str,
    dst_client: Any,
    target: str,
    *,
    on_conflict: OnConflict | str = OnConflict.ABORT,
    ephemerals: EphemeralPolicy | str = EphemeralPolicy.REFUSE,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    kind_of: KindOf | None = None,
) -> TransferResult:
    """Copy ``source`` (on ``src_client``) and its subtree to ``target`` (on
    ``dst_client``; the copy's own full path); return what was done.

    Names are kept literally (sequential-looking ones too), data byte for byte, ACLs as
    the server holds them. With on conflict "abort" an existing target is refused before
    anything is written (NodeExistsError); "skip" / "overwrite" merge into it. With the
    ephemeral policy "refuse" a subtree holding ephemeral nodes is refused before
    anything is written (EphemeralNodes). ``request_limit`` is the target server's;
    ``kind_of(stat)`` names the source nodes known to be container or TTL nodes.
    Raises as :func:`check_copy` too; nodes that cannot be written are in the result.
    """
    source, target = _check_paths(src_client, source, dst_client, target)
    on_conflict, ephemerals = OnConflict(on_conflict), EphemeralPolicy(ephemerals)
    total = None
    if ephemerals == EphemeralPolicy.REFUSE:
        found = survey(src_client, source, cancelled=cancelled)
        if not found.exists:
            raise NoNodeError(source)
        if found.ephemerals:
            raise EphemeralNodes(found.ephemerals)
        total = found.nodes
    if on_conflict == OnConflict.ABORT and dst_client.exists(target) is not None:
        raise NodeExistsError(target)
    unreadable: list[str] = []

    def records() -> Iterator[NodeRecord]:
        for node in read_subtree(src_client, source, cancelled=cancelled):
            if node.readable:
                yield marked(node.record(), kind_of)
            elif not node.rel:
                raise NoAuthError(source)
            elif len(unreadable) < LIST_LIMIT:
                unreadable.append(node.path)

    result = write_records(
        dst_client,
        target,
        records(),
        on_conflict=on_conflict,
        ephemerals=ephemerals,
        request_limit=request_limit,
        cancelled=cancelled,
        progress=progress,
        total=total,
    )
    result.unreadable = unreadable
    return result
