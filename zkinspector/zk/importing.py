"""Import of an export file under a node: check, plan, then write.

1. :func:`plan_import` reads the whole file and checks it (``transfer_format``: a cut,
   another format or version, an invalid path, a duplicate, a child before its parent,
   data over the server's request limit: one sentence naming the line), and compares
   it with the target in pipelined batches (``tree_writer.plan_records``). Nothing is
   written, whatever it finds.
2. :func:`import_file` does that, then writes the nodes (``tree_writer.write_records``)
   with the conflict policy skip / overwrite / abort (abort: nothing is written when a
   node exists with other data or another ACL), or only reports what it would do
   (``dry_run``).

A file whose nodes hold under 16 MB is kept in memory between the two steps (it is
not parsed twice); a bigger one is read again, as a stream, for the writing (after a
check that it did not change). Sequential-looking names are created literally, and
their parents' sequence counters raised past them (``sequence.py``); ACLs as the file
has them. Ephemeral nodes in a file are created persistent (no session of ours could
own them) and named in the result: ``ephemerals=EphemeralPolicy.SKIP`` leaves them
out instead. Nodes the file marks as container or TTL nodes are created as such (a TTL
node the server refuses is created persistent, named in ``TransferResult.kind_lost``).
Blocking: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from .acl_reads import AclReader
from .codec import JUTE_MAXBUFFER_DEFAULT
from .paths import basename, join, normalize_root
from .texts import translate
from .transfer_format import BadFile, ExportReader, FileHeader, NodeRecord, Where
from .tree_writer import (
    EphemeralPolicy,
    OnConflict,
    TransferPlan,
    TransferResult,
    conflict_sentence,
    dry_run_result,
    plan_records,
    write_records,
)
from .walk import CancelCheck, ProgressFn

__all__ = ["import_file", "import_target", "plan_import", "read_header"]


def import_target(parent: str, file_root: str) -> str:
    """Where a file exported from ``file_root`` lands when imported under ``parent``:
    ``parent/<its name>`` ("/app" under "/backup" -> "/backup/app"); an export of "/"
    lands on ``parent`` itself."""
    parent = normalize_root(parent)
    name = basename(normalize_root(file_root))
    return join(parent, name) if name else parent


def read_header(file: str | os.PathLike[str]) -> FileHeader:
    """The file's header (first line), checked. Raises BadFile, OSError."""
    with ExportReader(file) as reader:
        return reader.header


# A file whose nodes hold less than this is kept in memory by the check, so that the
# writing does not read and parse it a second time; bigger files stream twice.
_KEEP_BYTES = 16 * 1024 * 1024


class _Kept:
    """The records a check went through, while they stay under ``_KEEP_BYTES``."""

    def __init__(self) -> None:
        self.records: list[NodeRecord] | None = []
        self.size = 0

    def keep(self, record: NodeRecord) -> None:
        if self.records is None:
            return
        self.size += 200 + len(record.path) + len(record.data or b"")
        if self.size > _KEEP_BYTES:
            self.records = None
        else:
            self.records.append(record)


def _located(
    records: Iterator[tuple[int, NodeRecord]], kept: _Kept | None = None
) -> Iterator[tuple[Where, NodeRecord]]:
    for line, record in records:
        if kept is not None:
            kept.keep(record)
        yield Where(line, record.path), record


def _plan(
    client: Any,
    reader: ExportReader,
    target: str,
    request_limit: int,
    cancelled: CancelCheck | None,
    progress: ProgressFn | None,
    acls: AclReader | None,
    kept: _Kept | None = None,
) -> TransferPlan:
    plan = plan_records(
        client,
        target,
        _located(reader.records(stats=False, cancelled=cancelled), kept),
        request_limit=request_limit,
        cancelled=cancelled,
        progress=progress,
        reader=acls,
    )
    plan.header = reader.header
    plan.unreadable = list(reader.unreadable)
    return plan


def plan_import(
    client: Any,
    file: str | os.PathLike[str],
    target: str,
    *,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> TransferPlan:
    """Check the whole file and compare it with ``target`` (where its root lands, see
    :func:`import_target`); write nothing.

    The plan counts new nodes and those that exist the same, with other data or with
    another ACL, and names ephemeral nodes and ACLs that would lock this client out;
    ``header`` is the file's header, ``unreadable`` the nodes the export could not read.
    Raises BadFile / TooLarge (one sentence naming the line), OSError for the file,
    ValueError / NoNodeError for a target that cannot take it (the server's own subtree,
    a missing parent), Cancelled, connection errors.
    """
    with ExportReader(file) as reader:
        return _plan(client, reader, target, request_limit, cancelled, progress, None)


def import_file(
    client: Any,
    file: str | os.PathLike[str],
    target: str,
    *,
    on_conflict: OnConflict | str = OnConflict.SKIP,
    ephemerals: EphemeralPolicy | str = EphemeralPolicy.PERSISTENT,
    dry_run: bool = False,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> TransferResult:
    """Import ``file`` so that its root becomes ``target``; return what was done.

    First the whole file is checked and planned (:func:`plan_import`: anything it raises
    comes out before a single write). With ``on_conflict`` "abort" and nodes that exist
    differently, nothing is written and the result's ``stopped`` says why. ``dry_run``
    writes nothing and returns what would be done. Otherwise the nodes are written; a
    node that cannot be written is named in the result, never raised.
    ``progress(done, total)``: total None while checking, the node count while writing.
    Raises as :func:`plan_import`, and BadFile when the file changes between the check
    and the writing (nothing written then).
    """
    on_conflict, ephemerals = OnConflict(on_conflict), EphemeralPolicy(ephemerals)
    kept = _Kept()
    with AclReader(client) as acls, ExportReader(file) as reader:
        plan = _plan(client, reader, target, request_limit, cancelled, progress, acls, kept)
        if dry_run:
            result = dry_run_result(plan, on_conflict, ephemerals)
            result.unreadable = plan.unreadable
            return result
        if on_conflict == OnConflict.ABORT and plan.conflict_count:
            result = TransferResult(
                plan.target, records=plan.nodes, stopped=conflict_sentence(plan)
            )
            result.not_written = plan.nodes
            return result
        with ExportReader(file) as again:
            if again.identity != reader.identity:
                raise BadFile(
                    translate(
                        "zk.importing", "{0} changed after it was checked; nothing was written."
                    ).format(os.path.basename(reader.path))
                )
            if kept.records is not None:
                records: Iterable[NodeRecord] = kept.records
            else:
                records = (record for _line, record in again.records(stats=False))
            result = write_records(
                client,
                plan.target,
                records,
                on_conflict=on_conflict,
                ephemerals=ephemerals,
                request_limit=request_limit,
                cancelled=cancelled,
                progress=progress,
                total=plan.nodes,
                reader=acls,
            )
    result.unreadable = plan.unreadable
    return result
