"""Copy of a subtree to another place, in the same cluster or in another one.

The source is walked (``subtree.read_subtree``: multi-read, ACLs pipelined) and its
nodes stream into batched creates on the target (``tree_writer.write_records``): nothing
holds the whole subtree. The two clients may be one and the same.

A target that exists is reported first (:func:`check_copy`), so the caller can ask;
:func:`copy_tree` then refuses it (on conflict "abort", the default) or merges into it
(skip / overwrite). Ephemeral nodes are never copied silently: the default refuses the
whole copy with a sentence naming them; ``ephemerals="persistent"`` copies them as
persistent nodes (the originals stay) and names them in the result. Nodes the source
client may not read are left out and named in the result's ``unreadable``.
Blocking: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kazoo.exceptions import NoAuthError, NodeExistsError, NoNodeError

from .codec import JUTE_MAXBUFFER_DEFAULT
from .paths import is_ancestor, normalize_root
from .subtree import Survey, read_subtree, survey
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

__all__ = ["CopyCheck", "EphemeralNodes", "check_copy", "copy_tree", "same_cluster"]


class EphemeralNodes(ValueError):
    """The subtree holds ephemeral nodes and the policy refuses them; str() names them."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
        nodes = "an ephemeral node" if len(paths) == 1 else f"{len(paths)} ephemeral nodes"
        super().__init__(
            f"The subtree holds {nodes} ({shown}), which belong to another client's "
            "session; nothing was written. Copy them as persistent nodes, or leave them out."
        )


@dataclass
class CopyCheck:
    """What a copy would meet: the source's survey and whether the target exists."""

    source: Survey
    target: str
    target_exists: bool


def same_cluster(client_a: Any, client_b: Any) -> bool:
    """True if both clients see the same tree (same client, or same servers and chroot)."""
    if client_a is client_b:
        return True
    hosts_a = sorted(tuple(h) for h in (client_a.hosts or ()))
    hosts_b = sorted(tuple(h) for h in (client_b.hosts or ()))
    return hosts_a == hosts_b and (client_a.chroot or "") == (client_b.chroot or "")


def _check_paths(src_client: Any, source: str, dst_client: Any, target: str) -> tuple[str, str]:
    source, target = normalize_root(source), normalize_root(target)
    if same_cluster(src_client, dst_client) and (source == target or is_ancestor(source, target)):
        raise ValueError(f"{source} cannot be copied to {target}: into itself or below itself.")
    return source, check_target(dst_client, target)


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
    missing source or target parent, ValueError for a copy into itself or into the
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
) -> TransferResult:
    """Copy ``source`` (on ``src_client``) and its subtree to ``target`` (on
    ``dst_client``; the copy's own full path); return what was done.

    Names are kept literally (sequential-looking ones too), data byte for byte, ACLs as
    the server holds them. With on conflict "abort" an existing target is refused before
    anything is written (NodeExistsError); "skip" / "overwrite" merge into it. With the
    ephemeral policy "refuse" a subtree holding ephemeral nodes is refused before
    anything is written (EphemeralNodes). ``request_limit`` is the target server's.
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
                yield node.record()
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
