"""ACL writes of one connection: a node's ACL with the version loaded, or a whole subtree.

The controller behind the ACL editor. It sends the writes through the session's jobs,
turns a write that met a newer ACL into ``conflict`` (nothing written), runs "Apply to
Subtree" with progress and stop, and reloads the selected node after a write. It also
says who this connection is to the server (``identities``), for the lock-out check.
"""

from __future__ import annotations

from dataclasses import dataclass

from kazoo.exceptions import BadVersionError, NoNodeError
from kazoo.security import ACL, Id
from PySide6.QtCore import QObject, Signal

from ..zk.acl import identities_from_auth
from ..zk.acl_ops import AclTreeResult, apply_acl_tree, certificate_subject, set_acl_once
from ..zk.errors import describe
from ..zk.reads import read_stats
from ..zk.session import Job, ZkSession
from .selected import SelectedNode

__all__ = ["AclWriter", "SubtreeReport"]


@dataclass(frozen=True)
class SubtreeReport:
    """What "Apply to Subtree" did below ``path``: the result and sentences saying it."""

    path: str
    result: AclTreeResult
    lines: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True when every node below was reached and changed: not stopped, no errors."""
        r = self.result
        return not (r.cancelled or r.errors or r.unlisted)

    def text(self) -> str:
        return " ".join(self.lines)


class AclWriter(QObject):
    """Writes ACLs through a session and says how each write ended.

    Every ``apply`` ends in one of ``applied``, ``conflict`` or ``failed``; every
    ``apply_subtree`` in ``subtreeDone`` or ``failed``. A write whose connection was closed
    before it answered ends in ``failed`` too, so ``busy`` never stays on.
    """

    applied = Signal(str, object)  # path, the node's new stat
    failed = Signal(str, str)  # path, a sentence for the user
    conflict = Signal(str, list, int, object)  # path, ACL sent, aversion sent, server's stat
    subtreeProgress = Signal(int, object)  # nodes handled, total (None: not known)
    subtreeDone = Signal(object)  # SubtreeReport
    busyChanged = Signal(bool)

    def __init__(
        self,
        session: ZkSession,
        selected: SelectedNode | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._selected = selected
        self._pending: dict[int, tuple[int, str]] = {}  # write id -> (generation, path)
        self._next_id = 0
        self._subtree: tuple[int, Job] | None = None  # (write id, job) of Apply to Subtree
        session.stateChanged.connect(self._on_state)

    # -- who we are ---------------------------------------------------------------------

    def has_credentials(self) -> bool:
        """True when the connection carries credentials (what auth ACL entries need)."""
        params = self._session.params
        return bool(params is not None and params.has_credentials)

    def identities(self) -> list[Id]:
        """Who this connection is to the server, as far as the client can tell."""
        params = self._session.params
        if params is None:
            return [Id("world", "anyone")]
        subject = certificate_subject(params.certfile) if params.use_ssl and params.certfile else ""
        return identities_from_auth(
            params.auth,
            sasl_user=params.sasl_user,
            x509_subject=subject,
            address=self._session.local_address,
        )

    # -- writing ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a write of this controller has not ended."""
        return bool(self._pending)

    def apply(self, path: str, acls: list[ACL], aversion: int) -> None:
        """Set ``acls`` on ``path`` if its ACL still has ``aversion`` (-1: whatever it has).

        Ends in ``applied`` (and the selected node is read again), ``conflict`` when the
        ACL changed or the node went meanwhile (nothing written), or ``failed``.
        """
        write = self._begin(path)
        self._session.submit(
            lambda c: set_acl_once(c, path, acls, aversion),
            lambda stat: self._applied(write, path, stat),
            lambda exc: self._apply_failed(write, path, acls, aversion, exc),
            write=True,
        )

    def _applied(self, write: int, path: str, stat) -> None:
        if self._end(write):
            self.applied.emit(path, stat)
            self.reload(path)

    def _apply_failed(
        self, write: int, path: str, acls: list[ACL], aversion: int, exc: BaseException
    ) -> None:
        if not isinstance(exc, BadVersionError | NoNodeError):
            self._fail(write, path, describe(exc, path, action=self.tr("change the ACL of")))
            return
        # Tell the user what the server holds now, so an overwrite is a choice made on it.
        self._session.submit(
            lambda c: read_stats(c, [path])[0],
            lambda stat: self._conflict(write, path, acls, aversion, stat),
            lambda e: self._fail(write, path, describe(e, path)),
        )

    def _conflict(self, write: int, path: str, acls: list[ACL], aversion: int, stat) -> None:
        if stat is None:
            self._fail(
                write,
                path,
                self.tr("{0} was deleted on the server; nothing was written.").format(path),
            )
        elif self._end(write):
            self.conflict.emit(path, acls, aversion, stat)

    def apply_subtree(self, path: str, acls: list[ACL]) -> None:
        """Set ``acls`` on ``path`` and every node below it, reporting ``subtreeProgress``.

        ``stop_subtree`` ends it early; either way it ends in ``subtreeDone`` with what was
        done (and the selected node is read again), or in ``failed``.
        """
        write = self._begin(path)

        def run(client, job: Job) -> AclTreeResult:
            return apply_acl_tree(
                client, path, acls, cancelled=lambda: job.stop_requested, progress=job.report
            )

        job = self._session.submit_long(
            run,
            lambda result: self._subtree_done(write, path, result),
            lambda exc: self._fail(write, path, describe(exc, path)),
            self.subtreeProgress.emit,
            write=True,
        )
        self._subtree = (write, job)

    def stop_subtree(self) -> None:
        """Ask "Apply to Subtree" to stop after the requests in flight; it still reports."""
        if self._subtree is not None:
            self._subtree[1].stop()

    def _subtree_done(self, write: int, path: str, result: AclTreeResult) -> None:
        if self._end(write):
            self.subtreeDone.emit(SubtreeReport(path, result, tuple(self._report(path, result))))
            self.reload(path)

    def _report(self, path: str, result: AclTreeResult) -> list[str]:
        lines = [self.tr("ACL set on %Ln node(s) under {0}.", "", result.applied).format(path)]
        if result.cancelled:
            lines.append(self.tr("Cancelled before the end."))
        if result.errors:
            where, exc = result.errors[0]
            lines.append(
                self.tr(
                    "%Ln node(s) could not be changed, e.g. {0}", "", len(result.errors)
                ).format(describe(exc, where, action=self.tr("change the ACL of")))
            )
        if result.unlisted:
            lines.append(
                self.tr("Not reached (their children cannot be listed): {0}").format(
                    ", ".join(result.unlisted[:5])
                )
            )
        if result.skipped:
            lines.append(self.tr("/zookeeper, the server's own subtree, was left alone."))
        return lines

    def reload(self, path: str) -> None:
        """Read ``path`` again if it is the selected node (e.g. to drop an edit)."""
        if self._selected is not None and self._selected.path == path:
            self._selected.reload()

    # -- writes under way ---------------------------------------------------------------

    def _begin(self, path: str) -> int:
        self._next_id += 1
        was_busy = self.busy
        self._pending[self._next_id] = (self._session.generation, path)
        if not was_busy:
            self.busyChanged.emit(True)
        return self._next_id

    def _end(self, write: int) -> bool:
        """Forget a write that ended; False if it was already given up."""
        if self._pending.pop(write, None) is None:
            return False
        if self._subtree is not None and self._subtree[0] == write:
            self._subtree = None
        if not self._pending:
            self.busyChanged.emit(False)
        return True

    def _fail(self, write: int, path: str, message: str) -> None:
        if self._end(write):
            self.failed.emit(path, message)

    def _on_state(self, _state: str, _detail: str) -> None:
        # The session drops the answers of a closed connection: end its writes here.
        generation = self._session.generation
        for write, (made_in, path) in list(self._pending.items()):
            if made_in != generation:
                self._fail(
                    write,
                    path,
                    self.tr(
                        "The connection closed before the ACL write on {0} ended; it may or "
                        "may not have been applied."
                    ).format(path),
                )
