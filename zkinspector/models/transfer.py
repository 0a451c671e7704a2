"""Controllers of the transfers: export, import, copy (paste), move (rename).

One controller per request of the user. Each hands its work to the zk layer (export,
importing, copying, move) through the session's jobs, reports progress as ``progress(done, total)``, can be
stopped, and ends with ``finished(Report)``: a summary and the lines that say exactly
what was done and what was not. A check that finds the request impossible ends in
``refused(sentence)`` with nothing written. No widgets here.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, fields

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..zk import paths
from ..zk.codec import format_size
from ..zk.copying import check_copy, copy_tree
from ..zk.errors import Cancelled, describe
from ..zk.export import ExportResult, export_tree
from ..zk.importing import import_file, import_target, plan_import, read_header
from ..zk.move import MoveResult, move_tree
from ..zk.sequence import GAP_LIMIT
from ..zk.session import DISCONNECTED, Job, ZkSession
from ..zk.tree_writer import (
    EphemeralPolicy,
    OnConflict,
    TransferPlan,
    TransferResult,
)

__all__ = [
    "CopyJob",
    "ExportJob",
    "ImportJob",
    "MoveJob",
    "NodeClipboard",
    "Plan",
    "Report",
    "TransferJob",
    "sentence",
]

#: Paths a report or a question names of one kind (the rest are counted).
REPORT_LINES = 200
EXAMPLES = 8
#: The file name ending exports get by default (JSON Lines; ".gz" compresses).
EXPORT_SUFFIX = ".jsonl"
#: The answers of the dialogs, as the zk layer names them.
CONFLICT_POLICIES = {
    "skip": OnConflict.SKIP,
    "overwrite": OnConflict.OVERWRITE,
    "stop": OnConflict.ABORT,
}
EPHEMERAL_POLICIES = {"persistent": EphemeralPolicy.PERSISTENT, "skip": EphemeralPolicy.SKIP}
#: A quiet job (a rename typed in the tree) emits ``slow`` if it runs longer than this.
SLOW_MS = 400


@dataclass(frozen=True)
class Report:
    """What a transfer did: a one-line summary and the details, one a line."""

    summary: str
    lines: list[str] = field(default_factory=list)
    ok: bool = True
    dry_run: bool = False


# What a Plan counts.
NODES, NEW, OTHER_DATA, OTHER_ACL, SAME, EXISTING, UNREADABLE = (
    "nodes",
    "new",
    "data",
    "acl",
    "same",
    "existing",
    "unreadable",
)


@dataclass(frozen=True)
class Plan:
    """What an import or a copy would meet at the target, before it writes.

    ``counts`` by what they count (NEW, OTHER_DATA... for an import; NODES, EXISTING...
    for a copy); ``conflicts``: nodes in the way (to skip, overwrite or stop for);
    ``ephemerals``: ephemeral nodes of the source (to copy as persistent or leave out);
    ``notes``: what the user should know (where it comes from, where it lands);
    ``warnings``: what may go wrong. Examples are a few paths.
    """

    counts: dict[str, int]
    conflicts: int = 0
    conflict_examples: list[str] = field(default_factory=list)
    ephemerals: int = 0
    ephemeral_examples: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class NodeClipboard(QObject):
    """The nodes copied last (Ctrl+C on the tree), to paste in any tab of the window.

    A paste reads them from their own connection; once that connection is closed or
    connected elsewhere, there is nothing to paste.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: ZkSession | None = None
        self._paths: list[str] = []
        self._generation = -1

    @property
    def session(self) -> ZkSession | None:
        return self._session

    @property
    def paths(self) -> list[str]:
        return list(self._paths)

    def set(self, session: ZkSession, node_paths: list[str]) -> None:
        self._detach()
        self._session, self._paths = session, list(node_paths)
        self._generation = session.generation
        session.stateChanged.connect(self._on_state)
        self.changed.emit()

    def forget(self, session: ZkSession) -> None:
        """Drop the nodes copied from ``session`` (its tab is closing): nothing of a
        closed connection is kept, and the next copy starts clean."""
        if session is not self._session:
            return
        self._detach()
        self._session, self._paths = None, []
        self.changed.emit()

    def _detach(self) -> None:
        if self._session is not None:
            # (a session already deleted has no connection left to undo)
            with contextlib.suppress(RuntimeError, TypeError):
                self._session.stateChanged.disconnect(self._on_state)

    def ready(self) -> bool:
        """True while there are nodes to paste and their connection is the one copied from."""
        s = self._session
        return (
            bool(self._paths)
            and s is not None
            and s.is_connected
            and (s.generation == self._generation)
        )

    def _on_state(self, _state: str, _detail: str) -> None:
        self.changed.emit()


class TransferCounts(QObject):
    """The reports' texts with a number in them. TransferJob's own tr() would look them
    up under the subclass's name, and lupdate keeps plural forms only for tr() in a
    class: so they live in a class of their own."""

    def more(self, n: int) -> str:
        return self.tr("… and %n more", "", n)

    def created(self, n: int) -> str:
        return self.tr("%n created", "", n)

    def overwritten(self, n: int) -> str:
        return self.tr("%n overwritten", "", n)

    def deleted(self, n: int) -> str:
        return self.tr("%n deleted", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("%n skipped (in the way, kept)", "", n)

    def same(self, n: int) -> str:
        return self.tr("%n already the same", "", n)

    def not_written(self, n: int) -> str:
        return self.tr("%n node(s) not written.", "", n)

    def far_counters(self, n: int) -> str:
        return self.tr(
            "%n node(s) hold sequential children numbered too far ahead of the count "
            "their copy would have (over %2 steps to raise it): new sequential children "
            "there would get lower numbers than those entries, e.g. %1.",
            "",
            n,
        )


COUNTS = TransferCounts()


class TransferJob(QObject):
    """What every transfer controller shares: one job at a time on a session, progress,
    stop, the report, and a clear end when the connection is closed under it."""

    progress = Signal(int, object)  # done, total (None while unknown)
    finished = Signal(object)  # Report
    refused = Signal(str)  # the request cannot be done; nothing was written
    slow = Signal()  # still running SLOW_MS after it started

    def __init__(self, session: ZkSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._job: Job | None = None
        self._final = False  # the job in flight writes: its failure is a report
        self._watched: list[ZkSession] = []  # other sessions a job reads
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(self.slow)
        session.stateChanged.connect(self._on_state)

    @property
    def running(self) -> bool:
        return self._job is not None

    def stop(self) -> None:
        """Stop after the batch in flight; the report then says what was done."""
        if self._job is not None:
            self._job.stop()

    def abandon(self) -> None:
        """The user walked away before anything was written: drop the check in flight."""
        if self._job is not None and not self._final:
            self._job.abandon()
            self._job = None
            self._slow.stop()

    def _submit(
        self,
        fn,
        on_result,
        *,
        write: bool = False,
        final: bool | None = None,
        other: ZkSession | None = None,
    ) -> None:
        """Run ``fn(client, job)`` (with ``other``: ``fn(client, other_client, job)``) on
        this controller's session. ``final``: a failure is the work's end (a report),
        not a refusal before it; writes are final unless told otherwise."""
        self._final = write if final is None else final
        self._slow.start()

        def done(result) -> None:
            self._job = None
            self._slow.stop()
            on_result(result)

        def failed(exc: BaseException) -> None:
            self._job = None
            self._slow.stop()
            if self._final:
                self.finished.emit(self._failure_report(exc))
            else:
                self.refused.emit(self._refusal(exc))

        s = self._session
        if other is not None and other is not s and other not in self._watched:
            self._watched.append(other)  # its closing ends the job as well
            other.stateChanged.connect(self._on_state)
        if other is None:
            self._job = s.submit_long(fn, done, failed, self.progress.emit, write=write)
        else:
            self._job = s.submit_with(other, fn, done, failed, self.progress.emit, write=write)

    def _on_state(self, state: str, _detail: str) -> None:
        if self._job is not None and state == DISCONNECTED:
            # The job's answer is dropped with the connection: say so now.
            self._job = None
            self._slow.stop()
            text = QCoreApplication.translate(
                "TransferJob", "The connection was closed; refresh to see what was done."
            )
            if self._final:
                self.finished.emit(Report(text, [], ok=False))
            else:
                self.refused.emit(text)

    # -- reports ----------------------------------------------------------------------

    def _listed(self, title: str, items: list[str], count: int | None = None) -> list[str]:
        """A report's section: a title line, then the paths (at most REPORT_LINES)."""
        count = len(items) if count is None else count
        if not count:
            return []
        lines = [title] + ["  " + str(x) for x in items[:REPORT_LINES]]
        if count > min(len(items), REPORT_LINES):
            lines.append("  " + COUNTS.more(count - min(len(items), REPORT_LINES)))
        return lines

    def _persistent_note(self) -> str:
        """What becomes of container and TTL nodes (the server does not tell them)."""
        return QCoreApplication.translate(
            "TransferJob",
            "Container and TTL nodes made in this connection keep their kind; others become "
            "persistent nodes: ZooKeeper reports them as persistent ones.",
        )

    def _far_counters(self, parents: list[str]) -> list[str]:
        """A plan's warning about parents whose sequence counter cannot be raised."""
        if not parents:
            return []
        return [
            COUNTS.far_counters(len(parents))
            .replace("%1", parents[0])
            .replace("%2", f"{GAP_LIMIT:,}")
        ]

    def _counters_left(self, items: list[tuple[str, str]]) -> list[str]:
        """A report's section on sequence counters that could not be raised."""
        return self._listed(
            QCoreApplication.translate(
                "TransferJob", "Sequence counters left behind their children's numbers:"
            ),
            [why for _path, why in items],
        )

    def _kind_lost(self, items: list[tuple[str, str]]) -> list[str]:
        """A report's section on nodes created persistent because the server refused
        their kind."""
        return self._listed(
            QCoreApplication.translate("TransferJob", "Created persistent, not of their kind:"),
            [why for _path, why in items],
        )

    def _written_report(self, result: TransferResult) -> Report:
        """A report of nodes written under a target (import, copy, make-like)."""
        dry = result.dry_run
        parts = [
            (COUNTS.created(result.created), result.created),
            (COUNTS.overwritten(result.overwritten), result.overwritten),
            (COUNTS.deleted(result.deleted), result.deleted),
            (COUNTS.skipped(result.skipped), result.skipped),
            (COUNTS.same(result.same), result.same),
        ]
        shown = ", ".join(text for text, n in parts if n)
        shown = shown or (
            QCoreApplication.translate("TransferJob", "nothing to write")
            if dry
            else QCoreApplication.translate("TransferJob", "nothing written")
        )
        if dry:
            summary = (
                QCoreApplication.translate(
                    "TransferJob", "Dry run, nothing was written. It would do: %s."
                )
                % shown
            )
        else:
            summary = QCoreApplication.translate("TransferJob", "Nodes under %1: %2.").replace(
                "%1", result.target
            )
            summary = summary.replace("%2", shown)
        lines: list[str] = []
        if result.stopped:
            lines.append(result.stopped)
        if result.cancelled:
            lines.append(
                QCoreApplication.translate("TransferJob", "Stopped before the end, as asked.")
            )
        if result.not_written:
            lines.append(COUNTS.not_written(result.not_written))
        lines += self._listed(
            QCoreApplication.translate(
                "TransferJob", "Ephemeral in the source, created as persistent nodes:"
            ),
            result.as_persistent,
        )
        lines += self._listed(
            QCoreApplication.translate("TransferJob", "Ephemeral in the source, left out:"),
            result.refused_ephemerals,
            result.refused_count,
        )
        lines += self._listed(
            QCoreApplication.translate("TransferJob", "Could not be written:"),
            [f"{path}: {why}" for path, why in result.failed],
            result.failed_count,
        )
        lines += self._listed(
            QCoreApplication.translate(
                "TransferJob",
                "In flight when the connection was lost (written or not: refresh to see):",
            ),
            result.uncertain,
            result.uncertain_count,
        )
        lines += self._listed(
            QCoreApplication.translate(
                "TransferJob", "Could not be read, so not copied (with what is under them):"
            ),
            result.unreadable,
        )
        lines += self._counters_left(result.counters_left)
        lines += self._kind_lost(result.kind_lost)
        ok = not result.stopped and (dry or result.complete)
        return Report(summary, lines, ok, dry)

    def _failure_report(self, exc: BaseException) -> Report:
        """The report of work that failed as a whole (subclasses say what is left)."""
        return Report(sentence(exc), [], ok=False)

    def _refusal(self, exc: BaseException) -> str:
        """The sentence of a check that failed: nothing was written."""
        return sentence(exc)


def sentence(exc: BaseException) -> str:
    """One sentence for an error, naming the node when the error carries its path."""
    arg = exc.args[0] if exc.args else None
    path = arg if isinstance(arg, str) and arg.startswith("/") else None
    return describe(exc, path)


def _examples(items: list[str]) -> list[str]:
    return list(items[:EXAMPLES])


class ExportJob(TransferJob):
    """Writes a subtree to a file (atomically, owner-only: zk/export.py)."""

    def __init__(self, session: ZkSession, root: str, file: str, parent=None) -> None:
        super().__init__(session, parent)
        self._root, self._file = root, file

    def start(self) -> None:
        root, file, kind_of = self._root, self._file, self._session.created_type
        self._submit(
            lambda client, job: export_tree(
                client,
                root,
                file,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
                kind_of=kind_of,
            ),
            self._done,
            final=True,
        )

    def _failure_report(self, exc: BaseException) -> Report:
        unchanged = self.tr("Nothing was written: %s is as it was.") % self._file
        return Report(sentence(exc), [unchanged], ok=False)

    def _done(self, result: ExportResult) -> None:
        summary = self.tr("%n node(s) written to %1", "", result.nodes).replace(
            "%1", result.file
        ) + self.tr(" (%s of data).") % format_size(result.data_bytes)
        lines = []
        if result.ephemerals:
            lines.append(
                self.tr(
                    "%n ephemeral node(s) are in the file, marked as ephemeral.",
                    "",
                    result.ephemerals,
                )
            )
        lines += self._listed(
            self.tr(
                "In the file with an ACL whose digest ids the server hid (you lack ADMIN "
                "permission there): an import will not write these nodes:"
            ),
            result.acl_hidden,
        )
        lines += self._listed(
            self.tr(
                "Could not be read (your credentials do not allow it), so not in the file, "
                "with everything under them:"
            ),
            result.unreadable,
        )
        self.finished.emit(Report(summary, lines, result.complete))


class ImportJob(TransferJob):
    """Checks a file and plans its import under a node (``planned`` or ``refused``), then
    imports it, or reports what it would do (a dry run)."""

    planned = Signal(object)  # Plan

    def __init__(self, session: ZkSession, file: str, parent_path: str, parent=None) -> None:
        super().__init__(session, parent)
        self._file, self._parent_path = file, parent_path
        self._target = ""  # where the file's root lands, once checked

    @property
    def target(self) -> str:
        """Where the file's root lands (its name under the node chosen), once checked."""
        return self._target

    def check(self) -> None:
        """Check the whole file and compare it with the target; nothing is written."""
        file, under, limit = self._file, self._parent_path, self._session.request_limit

        def run(client, job) -> TransferPlan:
            target = import_target(under, read_header(file).root)
            return plan_import(
                client,
                file,
                target,
                request_limit=limit,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
            )

        self._submit(run, self._checked)

    def _checked(self, plan: TransferPlan) -> None:
        self._target = plan.target
        header = plan.header
        notes = []
        if header is not None:
            notes.append(
                self.tr("Exported from %1 on %2 at %3.")
                .replace("%1", header.root)
                .replace("%2", (header.server + header.chroot) or "?")
                .replace("%3", header.created)
            )
        notes.append(self.tr("Its root becomes %s.") % plan.target)
        if plan.typed:
            notes.append(
                self.tr(
                    "%n node(s) of the file are marked container or TTL nodes: they keep "
                    "their kind where the server allows it.",
                    "",
                    plan.typed,
                )
            )
        warnings = self._plan_warnings(plan.lockouts, plan.no_create, plan.unreadable)
        warnings += self._far_counters(plan.far_counters)
        if plan.acl_hidden:
            warnings.append(
                self.tr(
                    "%n node(s) have an ACL whose digest ids were hidden when it was read "
                    "(no ADMIN permission): they will not be written, e.g. %1.",
                    "",
                    len(plan.acl_hidden),
                ).replace("%1", plan.acl_hidden[0])
            )
        self.planned.emit(
            Plan(
                {
                    NEW: plan.new,
                    OTHER_DATA: plan.other_data,
                    OTHER_ACL: plan.other_acl,
                    SAME: plan.same,
                },
                plan.conflict_count,
                _examples(plan.conflicts),
                plan.ephemeral_count,
                _examples(plan.ephemerals),
                warnings,
                notes,
            )
        )

    def _plan_warnings(self, lockouts: list, no_create: list, unreadable: list) -> list[str]:
        found = []
        if lockouts:
            found.append(
                self.tr(
                    "%n node(s) would get an ACL that does not let you read or change them "
                    "afterwards, e.g. %1.",
                    "",
                    len(lockouts),
                ).replace("%1", lockouts[0])
            )
        if no_create:
            found.append(
                self.tr(
                    "%n node(s) would get an ACL that does not let you create their children, "
                    "e.g. %1.",
                    "",
                    len(no_create),
                ).replace("%1", no_create[0])
            )
        if unreadable:
            found.append(
                self.tr(
                    "%n node(s) could not be read when the file was made and are not in it.",
                    "",
                    len(unreadable),
                )
            )
        return found

    def _failure_report(self, exc: BaseException) -> Report:
        return Report(sentence(exc), [self.tr("Nothing was written.")], ok=False)

    def start(self, conflict: str, dry_run: bool, ephemerals: str | None) -> None:
        """Import (``conflict``: "skip", "overwrite" or "stop"; ``ephemerals``: "persistent"
        or "skip"), or with ``dry_run`` only report what it would do."""
        file, target, limit = self._file, self._target, self._session.request_limit
        on_conflict = CONFLICT_POLICIES[conflict]
        policy = EPHEMERAL_POLICIES[ephemerals or "persistent"]
        self._submit(
            lambda client, job: import_file(
                client,
                file,
                target,
                on_conflict=on_conflict,
                ephemerals=policy,
                dry_run=dry_run,
                request_limit=limit,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
            ),
            lambda result: self.finished.emit(self._written_report(result)),
            write=not dry_run,
            final=True,
        )


class CopyJob(TransferJob):
    """Copies nodes with their subtrees under a node, of this or another connection.

    Runs on the target's session and reads the source's (``ZkSession.submit_with``):
    ``plan`` looks first (``planned``: sizes, targets in the way, ephemeral nodes), then
    ``start`` copies each node to the target under its own name.
    """

    planned = Signal(object)  # Plan

    def __init__(
        self,
        source: ZkSession,
        sources: list[str],
        target_session: ZkSession,
        target: str,
        parent=None,
    ) -> None:
        super().__init__(target_session, parent)
        self._source = source
        self._pairs = [(p, paths.join(target, paths.basename(p))) for p in sources]

    def plan(self) -> None:
        pairs = self._pairs

        def run(client, source, job) -> list:
            stop = lambda: job.stop_requested  # noqa: E731
            return [check_copy(source, a, client, b, cancelled=stop) for a, b in pairs]

        self._submit(run, self._checked, other=self._source)

    def _checked(self, checks: list) -> None:
        existing = [c.target for c in checks if c.target_exists]
        ephemerals = [p for c in checks for p in c.source.ephemerals]
        unreadable = [p for c in checks for p in c.source.unreadable]
        warnings = []
        if unreadable:
            warnings.append(
                self.tr(
                    "%n node(s) cannot be read with your credentials and will not be "
                    "copied (nor what is under them), e.g. %1.",
                    "",
                    len(unreadable),
                ).replace("%1", unreadable[0])
            )
        warnings += self._far_counters([p for c in checks for p in c.source.far_counters])
        self.planned.emit(
            Plan(
                {NODES: sum(c.source.nodes for c in checks), EXISTING: len(existing)},
                len(existing),
                _examples(existing),
                len(ephemerals),
                _examples(ephemerals),
                warnings,
                [self._persistent_note()],
            )
        )

    def start(self, conflict: str, ephemerals: str | None) -> None:
        """Copy (``conflict`` for a target that exists: "skip", "overwrite" or "stop";
        ``ephemerals``: "persistent", "skip", or None when the check found none)."""
        pairs, limit = self._pairs, self._session.request_limit
        on_conflict = CONFLICT_POLICIES[conflict]
        policy = EPHEMERAL_POLICIES[ephemerals] if ephemerals else EphemeralPolicy.REFUSE
        kind_of = self._source.created_type

        def run(client, source, job) -> TransferResult:
            results = []
            for a, b in pairs:
                if job.stop_requested:
                    results.append(TransferResult(b, cancelled=True))
                    break
                try:
                    results.append(
                        copy_tree(
                            source,
                            a,
                            client,
                            b,
                            on_conflict=on_conflict,
                            ephemerals=policy,
                            request_limit=limit,
                            cancelled=lambda: job.stop_requested,
                            progress=job.report,
                            kind_of=kind_of,
                        )
                    )
                except Cancelled:
                    results.append(TransferResult(b, cancelled=True))
                    break
                except Exception as exc:  # noqa: BLE001 - one sentence per node in the report
                    failed = TransferResult(b)
                    failed.failed, failed.failed_count = [(a, sentence(exc))], 1
                    results.append(failed)
            return _merged(pairs[0][1] if len(pairs) == 1 else paths.dirname(pairs[0][1]), results)

        self._submit(
            run,
            lambda result: self.finished.emit(self._written_report(result)),
            write=True,
            other=self._source,
        )


def _merged(target: str, results: list[TransferResult]) -> TransferResult:
    """One result for several copies: counts added, lists joined, sentences kept."""
    if len(results) == 1:
        return results[0]
    merged = TransferResult(target)
    for f in fields(TransferResult):
        values = [getattr(r, f.name) for r in results]
        if f.name == "target":
            continue
        if isinstance(values[0], bool):
            setattr(merged, f.name, any(values))
        elif isinstance(values[0], int):
            setattr(merged, f.name, sum(values))
        elif isinstance(values[0], list):
            setattr(merged, f.name, [x for v in values for x in v])
        elif isinstance(values[0], str):
            setattr(merged, f.name, " ".join(v for v in values if v))
    return merged


class MoveJob(TransferJob):
    """Moves (renames) a node with its subtree (zk/move.py: one transaction when it fits,
    else copy, verify, delete in batches). A move that cannot be made is ``refused``
    with nothing written; otherwise the report names what moved, what was copied only
    and what is untouched."""

    def start(self, source: str, target: str) -> None:
        limit = self._session.request_limit
        self._source_path, self._target_path = source, target
        self._submit(
            lambda client, job: move_tree(
                client,
                source,
                target,
                request_limit=limit,
                cancelled=lambda: job.stop_requested,
                progress=job.report,
                kind_of=self._session.created_type,
            ),
            self._done,
            write=True,
            final=False,  # move_tree raises only before its first write
        )

    def _refusal(self, exc: BaseException) -> str:
        text = sentence(exc)
        nothing = self.tr("Nothing was moved.")
        return text if nothing in text else f"{text} {nothing}"

    def _done(self, result: MoveResult) -> None:
        rename = paths.dirname(result.source) == paths.dirname(result.target)
        if result.complete:
            verb = self.tr("Renamed %1 to %2") if rename else self.tr("Moved %1 to %2")
            verb = verb.replace("%1", result.source).replace("%2", result.target)
            n = len(result.moved)
            detail = (
                self.tr("%n node(s), in one transaction", "", n)
                if result.atomic
                else self.tr("%n node(s)", "", n)
            )
            summary = self.tr("%1 (%2).").replace("%2", detail).replace("%1", verb)
        else:
            summary = self.tr("%1 of %n node(s) moved to %2.", "", result.nodes)
            summary = summary.replace("%1", str(len(result.moved))).replace("%2", result.target)
        lines = []
        if result.stopped:
            lines.append(result.stopped)
        if result.cancelled:
            lines.append(self.tr("Stopped before the end, as asked."))
        lines += self._listed(
            self.tr("Copied only (at the target, and still at the source):"), result.copied_only
        )
        lines += self._listed(self.tr("Untouched (still at the source only):"), result.untouched)
        lines += self._listed(self.tr("At neither place (lost):"), result.lost)
        lines += self._listed(self.tr("Errors:"), [f"{path}: {why}" for path, why in result.errors])
        lines += self._counters_left(result.counters_left)
        lines += self._kind_lost(result.kind_lost)
        if not result.complete and result.moved:
            lines += self._listed(self.tr("Moved:"), result.moved)
        self.finished.emit(Report(summary, lines, result.complete))
