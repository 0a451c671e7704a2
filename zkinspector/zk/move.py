"""Move (or rename) a node with its subtree within one cluster: copy, verify, delete.

ZooKeeper has no rename. A move copies the subtree to the target, then deletes the
source, so that nothing is ever lost:

- When the whole move (every create and every delete) fits in one request under the
  server's limit, it is ONE transaction: the server applies all of it or none of it.
- Otherwise the copy goes in batches of transactions (``tree_writer.write_records``),
  then the source is deleted leaves first, in batches; a source node is deleted only
  after the server confirmed its copy, and only in the version that was copied (a node
  changed since stays where it is, as does everything above it). A delete checks only
  the data version, so the ACL versions are read again before the deletes: a node
  whose ACL changed since it was copied stays too, named in the errors.

Each delete carries the version read, so "verify" is the server's own check: the copy
was confirmed and the source is still what was copied. If the connection drops midway,
the move waits for it to come back (as long as the session can live), then looks at
what the server holds and reports exactly which nodes were moved, which were copied
only (both places) and which were untouched (still at the source only).

Names are kept literally; the sequence counter of each parent of sequential-looking
names is raised past them (``sequence.py``; in the one transaction when it fits), so
clients' next sequential children come after the entries moved. Container and TTL nodes
keep their kind when ``kind_of`` knows it (the server reports both as persistent: the app
knows only the nodes it made in the current connection); a TTL node the server refuses
is created persistent and named in ``kind_lost``.

Refused before anything is written (:class:`MoveRefused`, one sentence): moving "/" or
the server's own subtree, a node onto or under itself, to a target that exists or whose
parent does not, a subtree holding ephemeral nodes (they belong to another client's
session), nodes this client may not read, or ACLs it may only read in part (digest ids
are hidden from a client without ADMIN permission). Blocking: call it from a worker thread.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NodeExistsError, NoNodeError
from kazoo.security import ACL

from .bulk import Batch, Batcher, Op, Ops, commit, fits_one_transaction
from .codec import JUTE_MAXBUFFER_DEFAULT
from .errors import Cancelled, describe, is_fatal
from .node_types import KindOf, marked
from .paths import dirname, is_ancestor, is_reserved, normalize_root
from .protocol import known_features, send, wait
from .sequence import GAP_LIMIT, Counters, bump_ops, far_sentence
from .subtree import abs_path, read_subtree, rel_path
from .texts import some_paths, translate
from .transfer_format import NodeRecord, has_hidden_ids, parent_rel
from .tree_writer import EphemeralPolicy, OnConflict, write_records
from .walk import CancelCheck, ProgressFn, walk_nodes
from .writes import UncertainWriteError, settle_after_loss

__all__ = ["MoveRefused", "MoveResult", "move_tree"]

# A move whose nodes' data add up to more than this is not read whole to try one
# transaction (it would not fit under any usual request limit anyway).
_ATOMIC_PROBE_BYTES = 4 * 1024 * 1024
# Operations in one transaction (the batcher's usual most).
_ATOMIC_MAX_OPS = 1000


class MoveRefused(ValueError):
    """The move cannot be made; nothing was written. str() is one sentence."""


@dataclass
class MoveResult:
    """What :func:`move_tree` did, node by node (source paths).

    ``moved``: now at the target only; ``copied_only``: at both places (the source could
    not be deleted: changed meanwhile, no permission, or the work stopped); ``untouched``:
    still at the source only; ``lost`` must stay empty (a node at neither place).
    ``atomic`` is True when it went as one transaction. ``errors`` holds (path, sentence);
    ``counters_left`` (target path, sentence) for parents of sequential-looking names
    whose sequence counter could not be raised past them (``sequence.py``); ``kind_lost``
    (target path, sentence) for TTL nodes created persistent because the server refused
    them; ``stopped`` says why it ended early; ``cancelled`` when asked to stop.
    """

    source: str
    target: str
    nodes: int = 0
    atomic: bool = False
    moved: list[str] = field(default_factory=list)
    copied_only: list[str] = field(default_factory=list)
    untouched: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    counters_left: list[tuple[str, str]] = field(default_factory=list)
    kind_lost: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    stopped: str = ""

    @property
    def complete(self) -> bool:
        """True when every node was moved."""
        return bool(self.moved) and not (self.copied_only or self.untouched or self.lost)


def _refuse_paths(client: Any, source: str, target: str) -> tuple[str, str]:
    source, target = normalize_root(source), normalize_root(target)
    for path in (source, target):
        if path == "/" or is_reserved(path):
            raise MoveRefused(
                translate(
                    "zk.move", "{0} cannot be moved or replaced: it belongs to the server."
                ).format(path)
            )
    if source == target:
        raise MoveRefused(translate("zk.move", "{0} is already there.").format(source))
    if is_ancestor(source, target):
        raise MoveRefused(
            translate("zk.move", "{0} cannot be moved under itself ({1}).").format(source, target)
        )
    if client.exists(source) is None:
        raise NoNodeError(source)
    if client.exists(target) is not None:
        raise NodeExistsError(target)
    if client.exists(dirname(target)) is None:
        raise MoveRefused(
            translate("zk.move", "The parent of {0} ({1}) does not exist.").format(
                target, dirname(target)
            )
        )
    return source, target


class _Move:
    """The state of one move_tree run."""

    def __init__(
        self,
        client: Any,
        result: MoveResult,
        request_limit: int,
        cancelled: CancelCheck | None,
        progress: ProgressFn | None,
        kind_of: KindOf | None = None,
    ) -> None:
        self.client = client
        self.kind_of = kind_of
        self.result = result
        self.request_limit = request_limit
        self.cancelled_fn = cancelled
        self.progress_fn = progress
        self.rels: list[str] = []  # the subtree's nodes, parents first (as surveyed)
        self.data_bytes = 0
        self.versions: dict[str, int] = {}  # versions copied
        self.aversions: dict[str, int] = {}  # ACL versions copied
        self.acls: dict[str, tuple[int, tuple[ACL, ...]]] = {}  # rel -> (aversion, ACL)
        self.copied: set[str] = set()  # copies the server confirmed
        self.deleted: set[str] = set()  # sources the server confirmed deleted
        self.fatal: BaseException | None = None
        self.unsure = False  # answers were lost: ask the server what it holds
        self.done = 0

    def report(self) -> None:
        if self.progress_fn is not None:
            self.progress_fn(self.done, 2 * len(self.rels) or None)

    def cancel_asked(self) -> bool:
        if not self.result.cancelled and self.cancelled_fn is not None and self.cancelled_fn():
            self.result.cancelled = True
        return self.result.cancelled

    def error(self, path: str, exc: BaseException, action: str) -> None:
        self.result.errors.append((path, describe(exc, path, action=action)))
        if is_fatal(exc) and self.fatal is None:
            self.fatal = exc
            self.unsure = True

    # -- before any write

    def look(self, source: str) -> None:
        """List the subtree (stats only); refuse ephemeral and unreadable nodes."""
        ephemerals: list[str] = []
        unreadable: list[str] = []
        hidden: list[str] = []
        for node in read_subtree(self.client, source, data=False, cancelled=self.cancelled_fn):
            self.rels.append(node.rel)
            if node.stat is not None:
                self.data_bytes += node.stat.dataLength
                if node.acl is not None:  # kept: the copy reads the ACL again only if changed
                    self.acls[node.rel] = (node.stat.aversion, tuple(node.acl))
            if node.ephemeral:
                ephemerals.append(node.path)
            if not node.readable:
                unreadable.append(node.path)
            elif has_hidden_ids(node.acl or ()):
                hidden.append(node.path)
        if ephemerals:
            raise MoveRefused(
                translate(
                    "zk.move",
                    "The subtree holds ephemeral nodes, which belong to another client's "
                    "session and cannot be moved: {0}. Nothing was moved.",
                ).format(some_paths(ephemerals))
            )
        if unreadable:
            raise MoveRefused(
                translate(
                    "zk.move",
                    "Nodes of the subtree cannot be read, so they cannot be moved: {0}. "
                    "Nothing was moved.",
                ).format(some_paths(unreadable))
            )
        if hidden:
            raise MoveRefused(
                translate(
                    "zk.move",
                    "The ACLs of nodes of the subtree cannot be read whole without ADMIN "
                    "permission (their digest ids are hidden): {0}. Nothing was moved.",
                ).format(some_paths(hidden))
            )
        self.result.nodes = len(self.rels)

    def records(self, source: str) -> Iterator[NodeRecord]:
        """The subtree read whole (data, ACL); refuses nodes that cannot be moved."""
        gone: set[str] = set()
        for node in read_subtree(self.client, source, acls=False, cancelled=self.cancelled_fn):
            if node.rel and parent_rel(node.rel) in gone:
                gone.add(node.rel)
                continue
            if not node.readable:
                raise MoveRefused(
                    translate("zk.move", "{0} cannot be read, so it cannot be moved.").format(
                        node.path
                    )
                )
            known = self.acls.get(node.rel)
            if known is not None and known[0] == node.stat.aversion:
                node.acl = list(known[1])
            else:  # new since the look, or its ACL changed: read it now
                try:
                    node.acl = self.client.get_acls(node.path)[0]
                except NoNodeError:
                    gone.add(node.rel)  # deleted meanwhile: nothing to move
                    continue
            if node.ephemeral:
                raise MoveRefused(
                    translate("zk.move", "{0} is an ephemeral node: it cannot be moved.").format(
                        node.path
                    )
                )
            if has_hidden_ids(node.acl or ()):
                raise MoveRefused(
                    translate("zk.move", "The ACL of {0} cannot be read whole: not moved.").format(
                        node.path
                    )
                )
            self.versions[node.rel] = node.stat.version
            self.aversions[node.rel] = node.stat.aversion
            yield marked(node.record(), self.kind_of)

    # -- one transaction

    def try_atomic(self, source: str, target: str) -> bool:
        """Move in one transaction if it fits; True if it was tried (done or failed).

        Its deletes check each source's data version, not its ACL version: an ACL set
        in the moment between reading the subtree and the commit is not carried over
        (the batched move re-reads ACLs before deleting).
        """
        if self.data_bytes > _ATOMIC_PROBE_BYTES or 2 * len(self.rels) > _ATOMIC_MAX_OPS:
            return False
        client = self.client
        ops = Ops(client)
        records = list(self.records(source))
        if any(r.ttl is not None for r in records) and not known_features(client).ttl_nodes:
            self.versions.clear()  # the batches create it persistent if the server refuses
            return False
        read = [r.path for r in records]
        creates = [
            ops.create(
                abs_path(target, r.path), r.data, acl=list(r.acl), container=r.container, ttl=r.ttl
            )
            for r in records
        ]
        bumps, far = self.counter_steps(ops, target, read)
        deletes = [ops.delete(abs_path(source, rel), self.versions[rel]) for rel in reversed(read)]
        ops = creates + bumps + deletes
        if not fits_one_transaction(ops, request_limit=self.request_limit, max_ops=_ATOMIC_MAX_OPS):
            self.versions.clear()
            return False
        self.result.atomic = True
        try:
            commit(client, ops, request_limit=self.request_limit, max_ops=_ATOMIC_MAX_OPS)
        except Exception as exc:  # noqa: BLE001 - applied whole or not at all
            if is_fatal(exc):
                self.fatal, self.unsure = exc, True  # applied or not: the server says
                return True
            where = str(exc.args[0]) if exc.args else source
            self.error(where, exc, translate("zk.move", "move"))
            self.result.stopped = translate(
                "zk.move", "Nothing was moved (one transaction, applied whole or not at all): {0}"
            ).format(describe(exc, where))
            return True
        self.copied.update(read)
        self.deleted.update(read)
        self.result.counters_left.extend(far)
        self.done = 2 * len(read)
        return True

    def counter_steps(
        self, ops: Ops, target: str, read: list[str]
    ) -> tuple[list[Op], list[tuple[str, str]]]:
        """The steps that raise the sequence counters of the new parents of
        sequential-looking names (``sequence.py``), and (path, sentence) of those too far
        behind to be raised."""
        counters = Counters()
        for rel in read:
            counters.note(rel)
        kids = collections.Counter(parent_rel(rel) for rel in read if rel)
        bumps: list[Op] = []
        far: list[tuple[str, str]] = []
        for rel, highest in counters.highest.items():
            path, steps = abs_path(target, rel), counters.steps(rel, kids[rel])
            if steps > GAP_LIMIT:
                far.append((path, far_sentence(path, highest, steps)))
            elif steps:
                bumps += bump_ops(ops, path, steps)
        return bumps, far

    # -- batches

    def copy(self, source: str, target: str) -> None:
        """Copy the subtree; ``copied`` gets every node whose create was confirmed."""

        def written(rel: str) -> None:
            self.copied.add(rel)
            self.done += 1

        try:
            copied = write_records(
                self.client,
                target,
                self.records(source),
                on_conflict=OnConflict.ABORT,
                ephemerals=EphemeralPolicy.REFUSE,
                request_limit=self.request_limit,
                cancelled=self.cancel_asked,
                progress=lambda _done, _total: self.report(),
                on_written=written,
            )
        except MoveRefused as exc:  # a node that cannot move appeared since the survey
            if not self.copied:
                raise
            self.result.stopped = str(exc)
            return
        except Exception as exc:  # noqa: BLE001 - the source could not be read on
            self.error(source, exc, translate("zk.move", "read"))
            return
        self.result.cancelled = self.result.cancelled or copied.cancelled
        self.result.errors.extend(copied.failed)
        self.result.counters_left.extend(copied.counters_left)
        self.result.kind_lost.extend(copied.kind_lost)
        if copied.uncertain_count:
            self.fatal = self.fatal or ConnectionError(copied.stopped)
            self.unsure = True
        elif copied.stopped:
            self.result.stopped = copied.stopped

    def acl_changed(self, source: str) -> set[str]:
        """Copied sources whose ACL changed since it was read for the copy (a delete can
        check only the data version), with every node above them: they stay."""
        rels = [rel for rel in self.rels if rel in self.copied]
        paths = [abs_path(source, rel) for rel in rels]
        now = {
            rel_path(source, path): stat.aversion
            for path, _depth, stat, _data, _kids in walk_nodes(
                self.client, paths, stat=True, max_depth=0, cancelled=self.cancel_asked
            )
        }
        changed = {rel for rel in rels if rel in now and now[rel] != self.aversions.get(rel)}
        for rel in sorted(changed):
            path = abs_path(source, rel)
            self.result.errors.append(
                (
                    path,
                    translate(
                        "zk.move",
                        "The ACL of {0} was changed after it was copied; it stays at the "
                        "source, as do the nodes above it.",
                    ).format(path),
                )
            )
        kept = set(changed)
        for rel in changed:
            while rel:
                rel = parent_rel(rel)
                kept.add(rel)
        return kept

    def delete_sources(self, source: str) -> None:
        """Delete confirmed copies' sources, leaves first, in the version copied; those
        whose ACL changed since it was copied stay (:meth:`acl_changed`)."""
        try:
            kept = self.acl_changed(source)
        except Cancelled:
            self.result.cancelled = True  # (nothing deleted: the copies stay beside them)
            return
        except Exception as exc:  # noqa: BLE001 - nothing is deleted then
            self.error(source, exc, translate("zk.move", "read the ACLs of"))
            return
        ops = Ops(self.client)
        with Batcher(
            self.client,
            self.on_deletes,
            request_limit=self.request_limit,
            stop=lambda: self.fatal is not None or self.cancel_asked(),
        ) as batcher:
            for rel in reversed(self.rels):
                if (
                    rel in self.copied
                    and rel not in kept
                    and not batcher.add(ops.delete(abs_path(source, rel), self.versions[rel]))
                ):
                    break

    def on_deletes(self, batch: Batch) -> None:
        source = self.result.source
        rels = [rel_path(source, op.path) for op in batch.ops]
        if batch.applied:
            self.deleted.update(rels)
            self.done += len(rels)
            self.report()
            return
        if batch.error is not None and is_fatal(batch.error):
            self.fatal = self.fatal or batch.error
            self.unsure = True
            return
        for rel, op in zip(rels, batch.ops, strict=True):  # one failed: redo one by one
            if self.fatal is not None:
                return
            try:
                wait(send(self.client, op.request))
            except Exception as exc:  # noqa: BLE001 - the node stays; named in the result
                self.error(op.path, exc, translate("zk.move", "delete"))
            else:
                self.deleted.add(rel)
                self.done += 1
        self.report()

    # -- the report

    def classify(self, source: str, target: str) -> None:
        """Fill the result's lists; when answers were lost, from what the server holds."""
        result = self.result
        copied, deleted = self.copied, self.deleted
        if self.unsure:
            if self.fatal is not None:
                result.stopped = result.stopped or describe(self.fatal)
            try:
                copied, deleted = settle_after_loss(
                    self.client,
                    lambda: self.scan(source, target),
                    translate("zk.move", "moving {0}").format(source),
                )
            except UncertainWriteError as exc:
                result.stopped = str(exc)
        for rel in self.rels:
            path = abs_path(source, rel)
            if rel in copied:
                (result.moved if rel in deleted else result.copied_only).append(path)
            elif rel in deleted:
                result.lost.append(path)
            else:
                result.untouched.append(path)

    def scan(self, source: str, target: str) -> tuple[set[str], set[str]]:
        """(nodes at the target, nodes gone from the source) as the server has them now."""
        at_target = self.existing(target)
        at_source = self.existing(source)
        return at_target, set(self.rels) - at_source

    def existing(self, root: str) -> set[str]:
        paths = [abs_path(root, rel) for rel in self.rels]
        return {rel_path(root, item[0]) for item in walk_nodes(self.client, paths, max_depth=0)}


def move_tree(
    client: Any,
    source: str,
    target: str,
    *,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    kind_of: KindOf | None = None,
) -> MoveResult:
    """Move ``source`` and its subtree to ``target`` (its new full path; a rename when the
    parent is the same); return what was moved, node by node.

    Raises MoveRefused, NoNodeError (missing source) or NodeExistsError (target taken)
    before anything is written, and Cancelled or connection errors met before the first
    write. After that nothing is raised: the result names what was moved, copied only
    and untouched. ``progress(done, total)``: creates and deletes confirmed, out of twice
    the nodes. Once ``cancelled()`` says True the move stops after the transactions in
    flight; no source is deleted after that, and what was copied is named copied only.
    ``kind_of(stat)`` names the nodes known to be container or TTL nodes (kept so).
    """
    source, target = _refuse_paths(client, source, target)
    result = MoveResult(source, target)
    move = _Move(client, result, request_limit, cancelled, progress, kind_of)
    move.look(source)
    move.report()
    if not move.try_atomic(source, target):
        move.copy(source, target)
        if move.fatal is None and not result.cancelled and not result.stopped:
            move.delete_sources(source)
    move.classify(source, target)
    move.report()
    return result
