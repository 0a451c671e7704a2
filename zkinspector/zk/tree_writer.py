"""Writing a stream of records under a target node: the engine of import, copy and sync.

Records (``transfer_format.NodeRecord``, parents before their children) come from a file,
from a walk of another subtree, or from a compare's differences. Two steps, each one
streaming (nothing holds the whole subtree):

- :func:`plan_records` reads what the target holds for them, in pipelined batches, and
  counts the nodes that are new, the same, or there with other data or another ACL; it
  also names the ephemeral nodes, data over the server's request limit (:class:`TooLarge`)
  and ACLs that would lock this client out. It writes nothing.
- :func:`write_records` writes them through ``bulk.Batcher`` (transactions under the
  request limit): new nodes are created (sequential-looking names literally, ACLs as
  given), nodes that exist are skipped or overwritten (data in the transactions, ACLs
  with setACL at the end) or the work stops, per :class:`OnConflict`. A transaction
  that fails is redone node by node, so one bad node costs only its own subtree. At the
  end the sequence counter of each parent of sequential-looking names is raised past
  them (``sequence.raise_counters``), so that clients' next sequential children come
  after the entries written; a parent too far behind is named instead.

A record marked container or TTL (``NodeRecord.container`` / ``ttl``: a file that says
so, or a node the app made) is created as such, in the same transactions. A server that
refuses TTL nodes (no ``extendedTypesEnabled=true``) gets a persistent node instead,
named in ``TransferResult.kind_lost``: never silently. The server reports container and
TTL nodes as persistent, so a node not marked is created persistent.

Ephemeral nodes are never created as such (their session is another client's): per
:class:`EphemeralPolicy` they are refused or created persistent, and named either way.
Every function blocks: call it from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import KazooException, NodeExistsError, NoNodeError, UnimplementedError
from kazoo.protocol.serialization import SetACL
from kazoo.security import ACL, Permissions

from .acl import effective_perms, identities_from_auth, same_acl
from .acl_reads import AclReader
from .bulk import Batch, Batcher, Op, Ops, RequestTooLarge, check_op
from .codec import JUTE_MAXBUFFER_DEFAULT, format_size
from .errors import Cancelled, describe, is_fatal
from .paths import dirname, is_reserved, normalize_root
from .protocol import CreateTTL, drain, known_features, note_ttl_nodes, send, server_path, wait
from .sequence import Counters, far_parents, raise_counters
from .subtree import abs_path, read_nodes
from .texts import translate
from .transfer_format import FileHeader, NodeRecord, has_hidden_ids, parent_rel
from .walk import CancelCheck, ProgressFn

__all__ = [
    "LIST_LIMIT",
    "EphemeralPolicy",
    "OnConflict",
    "TooLarge",
    "TransferPlan",
    "TransferResult",
    "check_target",
    "client_identities",
    "conflict_sentence",
    "dry_run_result",
    "plan_records",
    "write_records",
]

LIST_LIMIT = 1000
"""Lists of paths in plans and results keep at most this many; their counts are exact."""

_BATCH = 512  # records classified per round of target reads


class OnConflict(enum.StrEnum):
    """What to do with a node that exists at the target with other data or another ACL."""

    SKIP = "skip"  # keep the target's node as it is
    OVERWRITE = "overwrite"  # give it the source's data and ACL
    ABORT = "abort"  # write nothing (import, copy) / stop there


class EphemeralPolicy(enum.StrEnum):
    """What to do with ephemeral nodes of the source (their session is not ours)."""

    REFUSE = "refuse"  # do not create them (a copy refuses to start when it has any)
    SKIP = "skip"  # do not create them, named in the result (a copy goes on without them)
    PERSISTENT = "persistent"  # create them as persistent nodes, named in the result


class TooLarge(ValueError):
    """A node's data is over the server's request size limit; str() names it."""


def client_identities(client: Any) -> list:
    """The ids the server gives ``client``, as far as it can tell (auth data, address)."""
    address = ""
    try:
        address = client._connection._socket.getsockname()[0]
    except Exception:  # noqa: BLE001 - no socket now: ip ACLs are not matched
        address = ""
    return identities_from_auth(sorted(client.auth_data or ()), address=address)


class _Tops:
    """A set of subtrees named by their top nodes' relative paths."""

    def __init__(self) -> None:
        self._tops: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self._tops)

    def add(self, rel: str) -> None:
        self._tops.add(rel)

    def covers(self, rel: str) -> bool:
        """True if ``rel`` is one of the tops or lies below one."""
        tops = self._tops
        if not tops:
            return False
        if rel in tops or "" in tops:
            return True
        cut = rel.find("/")
        while cut >= 0:
            if rel[:cut] in tops:
                return True
            cut = rel.find("/", cut + 1)
        return False


def _add(items: list, value: Any) -> None:
    if len(items) < LIST_LIMIT:
        items.append(value)


# Where a record stands at the target: NEW, SAME, or a mask of what differs.
NEW = -1
SAME = 0
DIFF_DATA = 1
DIFF_ACL = 2
UNKNOWN = 4  # there, but this client may not read it


@dataclass
class TransferPlan:
    """What writing a stream of records under ``target`` would meet.

    ``new``: nodes not at the target; ``same``: there with the same data and ACL;
    ``other_data``: there with other data (the ACL may differ too, or the node cannot
    be read); ``other_acl``: same data, another ACL. ``conflicts`` names (target paths)
    those that exist differently; ``ephemerals`` the ephemeral nodes of the source
    (target paths); ``lockouts`` nodes whose ACL would leave this client unable to read
    or change them; ``no_create`` nodes whose ACL would not let this client create the
    children the source has; ``acl_hidden`` nodes whose ACL was read without ADMIN
    permission (digest ids hidden: they will not be written); ``unreadable`` source nodes
    left out because they could not be read (named in an export file's end line, or met
    by a copy's survey); ``far_counters`` parents whose sequence counter is too far
    behind their children's numbers to be raised (``sequence.GAP_LIMIT``). Lists keep
    the first :data:`LIST_LIMIT`; counts are exact.
    """

    target: str
    nodes: int = 0
    new: int = 0
    same: int = 0
    other_data: int = 0
    other_acl: int = 0
    data_bytes: int = 0
    conflicts: list[str] = field(default_factory=list)
    ephemerals: list[str] = field(default_factory=list)
    ephemeral_count: int = 0
    lockouts: list[str] = field(default_factory=list)
    no_create: list[str] = field(default_factory=list)
    acl_hidden: list[str] = field(default_factory=list)
    header: FileHeader | None = None  # an import's file header
    unreadable: list[str] = field(default_factory=list)  # source nodes that could not be read
    far_counters: list[str] = field(default_factory=list)
    typed: int = 0  # nodes marked container or TTL (created as such where the server can)

    @property
    def conflict_count(self) -> int:
        """Nodes that exist at the target with other data or another ACL."""
        return self.other_data + self.other_acl


@dataclass
class TransferResult:
    """What :func:`write_records` did (or, with ``dry_run``, would do).

    ``created``, ``overwritten`` count what the server confirmed; ``skipped`` nodes that
    exist differently and were kept (policy skip); ``same`` nodes already as wanted;
    ``as_persistent`` / ``refused_ephemerals`` name ephemeral nodes of the source
    created persistent / not created; ``failed`` holds (target path, sentence) for nodes
    that could not be written, ``not_written`` counts nodes left out below them or after
    a stop; ``uncertain`` names nodes in flight when the connection was lost (they may
    or may not have been written); ``unreadable`` source nodes that could not be read
    (copies); ``counters_left`` holds (parent path, sentence) for parents of
    sequential-looking names whose sequence counter could not be raised past them;
    ``kind_lost`` holds (target path, sentence) for container or TTL nodes created
    persistent because the server refused their kind; ``stopped`` is a sentence when
    the work ended early. Lists keep the first
    :data:`LIST_LIMIT`.
    """

    target: str
    dry_run: bool = False
    records: int = 0
    created: int = 0
    overwritten: int = 0
    deleted: int = 0  # (make_like: nodes only the target had)
    skipped: int = 0
    same: int = 0
    not_written: int = 0
    as_persistent: list[str] = field(default_factory=list)
    refused_ephemerals: list[str] = field(default_factory=list)
    refused_count: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    failed_count: int = 0
    uncertain: list[str] = field(default_factory=list)
    uncertain_count: int = 0
    unreadable: list[str] = field(default_factory=list)
    counters_left: list[tuple[str, str]] = field(default_factory=list)
    kind_lost: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    stopped: str = ""

    @property
    def complete(self) -> bool:
        """True if every record is at the target as asked (nothing failed or left out)."""
        return not (
            self.failed_count
            or self.not_written
            or self.uncertain_count
            or self.unreadable
            or self.refused_count
            or self.cancelled
            or self.stopped
        )


class _Reads:
    """Classifies batches of records against what the target holds."""

    def __init__(self, client: Any, target: str, reader: AclReader) -> None:
        self.client = client
        self.target = target
        self.reader = reader
        self.new = _Tops()  # subtrees known not to exist at the target

    def classify(self, records: list[NodeRecord], cancelled: CancelCheck | None) -> list[int]:
        """NEW, SAME or a mask of DIFF_DATA / DIFF_ACL / UNKNOWN per record."""
        statuses = [NEW] * len(records)
        ask = [i for i, r in enumerate(records) if not self.new.covers(r.path)]
        if not ask:
            return statuses
        found = {
            node.rel: node
            for node in read_nodes(
                self.client,
                self.target,
                [records[i].path for i in ask],
                reader=self.reader,
                cancelled=cancelled,
            )
        }
        for i in ask:
            record = records[i]
            node = found.get(record.path)
            if node is None:
                self.new.add(record.path)
                continue
            if not node.readable or node.acl is None:
                statuses[i] = UNKNOWN
                continue
            status = SAME
            if (node.data or b"") != (record.data or b""):
                status |= DIFF_DATA
            if record.acl and not same_acl(node.acl, record.acl):
                status |= DIFF_ACL
            statuses[i] = status
        return statuses


def _batches(records: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in records:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def check_target(client: Any, target: str) -> str:
    """Check that records can go to ``target``; return it normalised.

    Raises ValueError (a sentence) for the server's own subtree, NoNodeError naming the
    parent when it does not exist.
    """
    target = normalize_root(target)
    if is_reserved(target):
        raise ValueError(
            translate(
                "zk.tree_writer", "{0} belongs to the ZooKeeper server; nothing is written there."
            ).format(target)
        )
    if target != "/" and client.exists(dirname(target)) is None:
        raise NoNodeError(dirname(target))
    return target


def op_too_large(op: Op, request_limit: int, where: object) -> TooLarge | None:
    """A TooLarge naming ``where`` if ``op`` does not fit in one request, else None."""
    try:
        check_op(op, request_limit)
    except RequestTooLarge:
        size = len(getattr(op.request, "data", b"") or b"")
        return TooLarge(
            translate(
                "zk.tree_writer",
                "{0}: the node's data ({1}) does not fit in one request to the server, which "
                "accepts at most {2} (jute.maxbuffer).",
            ).format(where, format_size(size), format_size(request_limit))
        )
    return None


_READ_ADMIN = Permissions.READ | Permissions.ADMIN


def plan_records(
    client: Any,
    target: str,
    records: Iterable[tuple[object, NodeRecord]],
    *,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    reader: AclReader | None = None,
) -> TransferPlan:
    """Compare ``records`` (``(where, record)``: where names it in sentences, e.g. "Line 7")
    with what ``target`` holds; write nothing.

    Raises TooLarge for data over ``request_limit``, ValueError / NoNodeError from
    :func:`check_target`, what ``records`` raises (BadFile), Cancelled, connection errors.
    """
    target = check_target(client, target)
    plan = TransferPlan(target)
    ops = Ops(client)
    identities = client_identities(client)
    no_create: set[str] = set()  # new nodes whose ACL denies this client CREATE
    counters = Counters()
    own = reader is None
    reader = AclReader(client) if own else reader
    try:
        reads = _Reads(client, target, reader)
        for chunk in _batches(records, _BATCH):
            if cancelled is not None and cancelled():
                raise Cancelled()
            for where, record in chunk:
                op = ops.create(
                    abs_path(target, record.path), record.data, acl=list(record.acl) or None
                )
                too_large = op_too_large(op, request_limit, where)
                if too_large is not None:
                    raise too_large
            statuses = reads.classify([r for _, r in chunk], cancelled)
            for (_where, record), status in zip(chunk, statuses, strict=True):
                path = abs_path(target, record.path)
                counters.note(record.path, counted=status == NEW)
                plan.nodes += 1
                plan.data_bytes += len(record.data or b"")
                if record.ephemeral:
                    plan.ephemeral_count += 1
                    _add(plan.ephemerals, path)
                plan.typed += record.container or record.ttl is not None
                if has_hidden_ids(record.acl):
                    _add(plan.acl_hidden, path)
                parent = parent_rel(record.path)
                if record.path and parent in no_create:
                    no_create.discard(parent)  # named once
                    _add(plan.no_create, abs_path(target, parent))
                if status == SAME:
                    plan.same += 1
                    continue
                if status != NEW:
                    if status & (DIFF_DATA | UNKNOWN):
                        plan.other_data += 1
                    else:
                        plan.other_acl += 1
                    _add(plan.conflicts, path)
                    continue
                plan.new += 1
                if not record.acl:
                    continue  # the writing client's default ACL
                perms = effective_perms(record.acl, identities)
                if perms & _READ_ADMIN != _READ_ADMIN:
                    _add(plan.lockouts, path)
                if not perms & Permissions.CREATE:
                    no_create.add(record.path)
            if progress is not None:
                progress(plan.nodes, None)
        for path, _highest, _steps in far_parents(client, target, counters, abs_path):
            _add(plan.far_counters, path)
    finally:
        if own:
            reader.close()
    return plan


def dry_run_result(
    plan: TransferPlan,
    on_conflict: OnConflict | str = OnConflict.SKIP,
    ephemerals: EphemeralPolicy | str = EphemeralPolicy.PERSISTENT,
) -> TransferResult:
    """What :func:`write_records` would do, as a result with ``dry_run`` True."""
    on_conflict, ephemerals = OnConflict(on_conflict), EphemeralPolicy(ephemerals)
    result = TransferResult(plan.target, dry_run=True, records=plan.nodes, same=plan.same)
    result.created = plan.new
    if ephemerals != EphemeralPolicy.PERSISTENT:
        result.refused_ephemerals = list(plan.ephemerals)
        result.refused_count = plan.ephemeral_count
        result.created -= plan.ephemeral_count  # (an ephemeral node that exists is a conflict)
        result.created = max(result.created, 0)
    else:
        result.as_persistent = list(plan.ephemerals)
    if on_conflict == OnConflict.OVERWRITE:
        result.overwritten = plan.conflict_count
    elif on_conflict == OnConflict.SKIP:
        result.skipped = plan.conflict_count
    elif plan.conflict_count:
        result.created = 0
        result.not_written = plan.nodes - plan.same
        result.stopped = conflict_sentence(plan)
    return result


def hidden_sentence(path: str) -> str:
    """Why a node whose ACL came with hidden digest ids is not written."""
    return translate(
        "zk.tree_writer",
        "{0} was not written: its ACL was read without ADMIN permission, so its digest "
        "ids are hidden (user:x), and writing them would lock their users out.",
    ).format(path)


def conflict_sentence(plan: TransferPlan) -> str:
    """Why an import or copy with on conflict "abort" writes nothing."""
    n = plan.conflict_count
    first = plan.conflicts[0] if plan.conflicts else plan.target
    if n == 1:
        text = translate(
            "zk.tree_writer",
            "1 node exists at the target with other data or another ACL ({1}); "
            "nothing was written (on conflict: abort).",
        )
    else:
        text = translate(
            "zk.tree_writer",
            "{0} nodes exist at the target with other data or another ACL (first: {1}); "
            "nothing was written (on conflict: abort).",
        )
    return text.format(n, first)


class _Writer:
    """The state of one write_records run."""

    def __init__(
        self,
        client: Any,
        target: str,
        result: TransferResult,
        on_conflict: OnConflict,
        ephemerals: EphemeralPolicy,
        request_limit: int,
        cancelled: CancelCheck | None,
        progress: ProgressFn | None,
        total: int | None,
    ) -> None:
        self.client = client
        self.target = target
        self.result = result
        self.on_conflict = on_conflict
        self.ephemerals = ephemerals
        self.request_limit = request_limit
        self.cancelled_fn = cancelled
        self.progress_fn = progress
        self.total = total
        self.ops = Ops(client)
        self.failed = _Tops()  # subtrees that cannot be written
        # Ops queued or in flight: target path -> (rel, record, action).
        self.pending: dict[str, tuple[str, NodeRecord, str]] = {}
        # ACLs to set at the end: (rel, path, acl, counts as the node's overwrite).
        self.acl_sets: list[tuple[str, str, tuple[ACL, ...], bool]] = []
        self.fatal: BaseException | None = None
        self.halt = False  # on conflict "abort" met a conflict
        self.done = 0
        self.on_written: Callable[[str], None] | None = None
        self.counters = Counters()

    def classify(self, reads: _Reads, chunk: list[NodeRecord]) -> list[int] | None:
        """The chunk's statuses at the target; None once the connection is lost reading
        them (the run stops there, what was written stays in the result). Raises other
        errors of the reads, and Cancelled."""
        try:
            return reads.classify(chunk, self.cancelled_fn)
        except KazooException as exc:
            if not is_fatal(exc):
                raise
            self.fatal = self.fatal or exc
            return None

    def stop_asked(self) -> bool:
        if self.fatal is not None or self.halt:
            return True
        if not self.result.cancelled and self.cancelled_fn is not None and self.cancelled_fn():
            self.result.cancelled = True
        return self.result.cancelled

    def report(self) -> None:
        if self.progress_fn is not None:
            self.progress_fn(self.done, self.total)

    def left_out(self, rel: str) -> None:
        """A node not written because a node above it could not be."""
        self.failed.add(rel)
        self.result.not_written += 1
        self.done += 1

    def fail(self, rel: str, path: str, exc: BaseException | str) -> None:
        self.failed.add(rel)
        self.result.failed_count += 1
        self.done += 1
        sentence = (
            exc
            if isinstance(exc, str)
            else describe(exc, path, action=translate("zk.tree_writer", "write"))
        )
        _add(self.result.failed, (path, sentence))
        if not isinstance(exc, str) and is_fatal(exc) and self.fatal is None:
            self.fatal = exc

    def confirmed(self, rel: str, action: str) -> None:
        if action == "create":
            self.result.created += 1
        else:
            self.result.overwritten += 1
        self.done += 1
        if self.on_written is not None:
            self.on_written(rel)

    def queue(
        self, batcher: Batcher | None, rel: str, record: NodeRecord, op: Op, action: str
    ) -> None:
        meta = (rel, record, action)
        if batcher is None:  # redoing a failed transaction node by node
            self.one_by_one([op], {op.path: meta})
        elif batcher.add(op):
            self.pending[op.path] = meta
        else:
            self.result.not_written += 1  # stopped

    def conflict(
        self, rel: str, path: str, record: NodeRecord, status: int, batcher: Batcher | None
    ) -> None:
        """A node that exists differently: skip it, overwrite it, or stop, per policy."""
        if self.on_conflict == OnConflict.SKIP:
            self.result.skipped += 1
            self.done += 1
        elif self.on_conflict == OnConflict.ABORT:
            self.halt = True
            self.result.not_written += 1
            self.result.stopped = translate(
                "zk.tree_writer",
                "{0} exists with other data or another ACL; stopped there (on conflict: abort).",
            ).format(path)
        else:
            data = bool(status & (DIFF_DATA | UNKNOWN))
            if status & (DIFF_ACL | UNKNOWN) and record.acl:
                self.acl_sets.append((rel, path, record.acl, not data))
            if data:
                self.queue(batcher, rel, record, self.ops.set(path, record.data), "set")

    def take(self, record: NodeRecord, status: int, batcher: Batcher) -> None:
        """Decide and queue what one record needs."""
        result = self.result
        rel = record.path
        path = abs_path(self.target, rel)
        self.counters.note(rel)
        if self.failed.covers(rel):
            self.left_out(rel)
        elif has_hidden_ids(record.acl):
            self.fail(rel, path, hidden_sentence(path))
        elif status == SAME:
            result.same += 1
            self.done += 1
        elif status != NEW:
            self.conflict(rel, path, record, status, batcher)
        elif record.ephemeral and self.ephemerals != EphemeralPolicy.PERSISTENT:
            _add(result.refused_ephemerals, path)
            result.refused_count += 1
            self.failed.add(rel)
            self.done += 1
        else:
            if record.ephemeral:
                _add(result.as_persistent, path)
            op = self.create_op(path, record)
            too_large = op_too_large(op, self.request_limit, path)
            if too_large is not None:
                self.fail(rel, path, str(too_large))
            else:
                self.queue(batcher, rel, record, op, "create")

    def create_op(self, path: str, record: NodeRecord) -> Op:
        """The create of ``record``, of its kind unless the server refused TTL nodes."""
        ttl = record.ttl
        if ttl is not None and known_features(self.client).ttl_nodes is False:
            self.kind_lost(path)
            ttl = None
        acl = list(record.acl) or None
        return self.ops.create(path, record.data, acl=acl, container=record.container, ttl=ttl)

    def kind_lost(self, path: str) -> None:
        sentence = translate(
            "zk.tree_writer",
            "{0} was created persistent, not as a TTL node: the server takes TTL nodes "
            "only with extendedTypesEnabled=true.",
        ).format(path)
        _add(self.result.kind_lost, (path, sentence))

    def on_batch(self, batch: Batch) -> None:
        """Account for one transaction; redo a failed one node by node."""
        meta = {op.path: self.pending.pop(op.path) for op in batch.ops}
        if batch.error is not None and is_fatal(batch.error):
            if self.fatal is None:
                self.fatal = batch.error
            for op in batch.ops:
                self.uncertain(meta[op.path][0], op.path)
            return
        if batch.applied:
            for op in batch.ops:
                rel, _record, action = meta[op.path]
                self.confirmed(rel, action)
            self.report()
            return
        self.one_by_one(batch.ops, meta)

    def uncertain(self, rel: str, path: str) -> None:
        self.failed.add(rel)
        self.result.uncertain_count += 1
        _add(self.result.uncertain, path)

    def one_by_one(self, ops: list[Op], meta: dict[str, tuple[str, NodeRecord, str]]) -> None:
        """Redo the ops of a failed transaction singly, in order (parents first)."""
        for op in ops:
            rel, record, action = meta[op.path]
            if self.failed.covers(rel):
                self.left_out(rel)
                continue
            if self.fatal is not None:
                self.uncertain(rel, op.path)
                continue
            try:
                self.send_alone(op, record)
            except NodeExistsError:  # created by someone else since it was looked at
                self.conflict(rel, op.path, record, DIFF_DATA | DIFF_ACL, None)
            except Exception as exc:  # noqa: BLE001 - recorded per node
                if is_fatal(exc):
                    self.fatal = exc
                    self.uncertain(rel, op.path)
                else:
                    self.fail(rel, op.path, exc)
            else:
                self.confirmed(rel, action)
        self.report()

    def send_alone(self, op: Op, record: NodeRecord) -> None:
        """Send ``op`` alone and wait; a TTL create the server refuses is redone as a
        persistent one (named in the result). Raises what the server answered."""
        try:
            wait(send(self.client, op.request))
        except UnimplementedError:
            if not isinstance(op.request, CreateTTL):
                raise
            note_ttl_nodes(self.client, False)
            wait(send(self.client, self.create_op(op.path, record).request))

    def set_acls(self) -> None:
        """The ACLs of nodes overwritten, after every create (a new ACL may lock us out)."""
        client = self.client
        sent = [
            (rel, path, counts, send(client, SetACL(server_path(client, path), list(acl), -1)))
            for rel, path, acl, counts in self.acl_sets
            if not self.failed.covers(rel)
        ]
        for i, (rel, path, counts, answer) in enumerate(sent):
            try:
                wait(answer)
            except Exception as exc:  # noqa: BLE001 - recorded per node
                if is_fatal(exc):
                    self.fatal = exc
                    for later_rel, later, _, _ in sent[i:]:
                        self.uncertain(later_rel, later)
                    drain(r for *_, r in sent[i + 1 :])
                    return
                self.fail(rel, path, exc)
            else:
                if counts:
                    self.confirmed(rel, "set")

    def raise_counters(self) -> None:
        """Raise the sequence counters of the parents of sequential-looking names."""
        parents = [
            (abs_path(self.target, rel), highest) for rel, highest in self.counters.highest.items()
        ]
        try:
            report = raise_counters(self.client, parents, request_limit=self.request_limit)
        except Exception as exc:  # noqa: BLE001 - the connection: named per parent
            if self.fatal is None:
                self.fatal = exc
            left = [(path, describe(exc)) for path, _ in parents]
        else:
            left = report.left
        for item in left:
            _add(self.result.counters_left, item)

    def counters_not_raised(self) -> None:
        """Name the counters left as they were because the writing ended early."""
        for rel in self.counters.highest:
            path = abs_path(self.target, rel)
            sentence = translate(
                "zk.tree_writer",
                "The sequence counter of {0} was not raised past its entries: the writing "
                "ended before (new sequential children there may get lower numbers).",
            ).format(path)
            _add(self.result.counters_left, (path, sentence))


def write_records(
    client: Any,
    target: str,
    records: Iterable[NodeRecord],
    *,
    on_conflict: OnConflict | str = OnConflict.SKIP,
    ephemerals: EphemeralPolicy | str = EphemeralPolicy.PERSISTENT,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    total: int | None = None,
    reader: AclReader | None = None,
    on_written: Callable[[str], None] | None = None,
) -> TransferResult:
    """Write ``records`` (parents first) under ``target``: the record "" is ``target``.

    Never raises for a node that cannot be written (see TransferResult). Raises
    ValueError / NoNodeError from :func:`check_target` before anything is written, and
    what ``records`` raises (a file's BadFile, a source walk's errors) after waiting for
    the transactions in flight; a Cancelled from them ends it as cancelled. A lost
    connection (writing, or reading the target) ends it as stopped, with what was
    written and what may have been in the result.
    ``progress(done, total)`` per transaction; once ``cancelled()`` says True it stops
    after the transactions in flight. ``on_written(rel)`` is called for each node the
    server confirmed written (created, or overwritten). Then the sequence counters of
    the parents of sequential-looking names are raised past them (even after a stop:
    what was written needs it); those that cannot be (also after a lost connection or
    an error) are in ``counters_left``.
    """
    target = check_target(client, target)
    result = TransferResult(target)
    writer = _Writer(
        client,
        target,
        result,
        OnConflict(on_conflict),
        EphemeralPolicy(ephemerals),
        request_limit,
        cancelled,
        progress,
        total,
    )
    writer.on_written = on_written
    own = reader is None
    reader = AclReader(client) if own else reader
    error: Exception | None = None
    try:
        reads = _Reads(client, target, reader)
        with Batcher(
            client, writer.on_batch, request_limit=request_limit, stop=writer.stop_asked
        ) as batcher:
            try:
                for chunk in _batches(records, _BATCH):
                    result.records += len(chunk)
                    if writer.stop_asked():
                        result.not_written += len(chunk)
                        break
                    statuses = writer.classify(reads, chunk)
                    if statuses is None:
                        result.not_written += len(chunk)
                        break
                    for i, (record, status) in enumerate(zip(chunk, statuses, strict=True)):
                        if writer.stop_asked() or batcher.stopped:
                            result.not_written += len(chunk) - i
                            break
                        writer.take(record, status, batcher)
            except Cancelled:
                result.cancelled = True  # (the batcher still waits for what is in flight)
            except Exception as exc:  # noqa: BLE001 - raised once the answers are in
                error = exc
                writer.halt = True
        result.not_written += len(writer.pending)  # queued, never sent (a stop)
        writer.pending.clear()
        if writer.fatal is None and not writer.halt and not result.cancelled:
            writer.set_acls()
        if writer.counters:
            if writer.fatal is None and error is None:
                writer.raise_counters()
            else:
                writer.counters_not_raised()
    finally:
        if own:
            reader.close()
    if error is not None:
        raise error
    ended_early = result.cancelled or writer.fatal is not None or writer.halt
    if ended_early and total is not None and result.records < total:
        result.not_written += total - result.records  # never read
    if writer.fatal is not None and not result.stopped:
        result.stopped = describe(writer.fatal)
    writer.report()
    return result
