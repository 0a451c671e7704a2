"""Recursive delete: whole subtrees, leaves first, in transactions of the bulk batcher.

The subtrees are listed with the pipelined walker (``walk.walk_nodes``), then deleted
deepest level first through :class:`bulk.Batcher`. A transaction that fails is redone
node by node, so one node that cannot go (NoAuth, a child created meanwhile) costs only
its own branch. Blocking: call it from a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NoAuthError, NoNodeError, NotEmptyError

from .bulk import Batch, Batcher, Ops
from .codec import JUTE_MAXBUFFER_DEFAULT
from .errors import Cancelled, is_fatal
from .paths import ancestors, disjoint_roots, is_reserved, normalize_root
from .protocol import wait
from .walk import CancelCheck, ProgressFn, walk_nodes

__all__ = ["DeleteResult", "delete_tree"]

# How often one node is re-walked because children keep appearing under it.
_MAX_REWALKS = 5


@dataclass
class DeleteResult:
    """What :func:`delete_tree` did.

    ``deleted``: nodes the server confirmed deleted; ``remaining``: the given roots that
    still exist; ``errors``: (path, exception) for nodes that could not be deleted;
    ``cancelled``: it was asked to stop before the end.
    """

    deleted: int = 0
    remaining: list[str] = field(default_factory=list)
    errors: list[tuple[str, BaseException]] = field(default_factory=list)
    cancelled: bool = False


def _refuse(path: str) -> None:
    if path == "/" or is_reserved(path):
        raise ValueError(f"refusing to delete {path}")


class _Deleter:
    """The state of one delete_tree run."""

    def __init__(
        self,
        client: Any,
        cancelled: CancelCheck | None,
        progress: ProgressFn | None,
        request_limit: int,
        batch_ops: int,
    ) -> None:
        self.client = client
        self.ops = Ops(client)
        self.cancelled_fn = cancelled
        self.progress_fn = progress
        self.request_limit = request_limit
        self.batch_ops = batch_ops
        self.deleted = 0
        self.done = 0
        self.total = 0
        self.errors: list[tuple[str, BaseException]] = []
        self.blocked: set[str] = set()  # nodes that must stay: a descendant could not go
        self.rewalks: dict[str, int] = {}
        self.cancelled = False
        self.aborted = False
        self.listing = False  # the total is not known yet

    # -- helpers

    @property
    def stopped(self) -> bool:
        return self.cancelled or self.aborted

    def check_cancel(self) -> bool:
        if not self.cancelled and self.cancelled_fn is not None and self.cancelled_fn():
            self.cancelled = True
        return self.cancelled

    def report(self) -> None:
        """Progress: nodes done of the total, unknown (None) while a listing goes on."""
        if self.progress_fn is not None:
            self.progress_fn(self.done, None if self.listing else self.total)

    def fail(self, path: str, exc: BaseException) -> None:
        """Record that ``path`` cannot go; its ancestors then cannot go either."""
        self.errors.append((path, exc))
        self.blocked.add(path)
        self.blocked.update(ancestors(path))
        if is_fatal(exc):
            self.aborted = True

    # -- phases

    def delete_subtrees(self, tops: list[str], already_counted: int = 0) -> int:
        """List the subtrees of ``tops`` and delete them leaves first; return nodes found.

        Leaves are deleted as the listing finds them (most nodes of a big tree: the
        deleting starts at once and reports progress all along); the nodes with children
        go once the listing is over, deepest first. Transactions on one session are
        applied in order, so a parent's goes after its children's.

        Never raises Cancelled or connection errors: they set ``cancelled`` / ``aborted``.
        """
        found = 0
        error: Exception | None = None  # raised once the transactions in flight are in
        with Batcher(
            self.client,
            self.finish,
            request_limit=self.request_limit,
            max_ops=self.batch_ops,
            stop=lambda: self.stopped or self.check_cancel(),
        ) as batcher:
            delete = self.ops.delete
            inner: list[list[str]] = []  # inner[d]: nodes with children at depth d
            self.listing = True
            try:
                for path, depth, kids in self.collect(tops):
                    found += 1
                    if kids:
                        while len(inner) <= depth:
                            inner.append([])
                        inner[depth].append(path)
                    elif not self.stopped and not batcher.add(delete(path)):
                        break
                    if found % 4096 == 0:
                        self.report()
            except Cancelled:
                self.cancelled = True
                return found
            except Exception as exc:
                if is_fatal(exc):
                    self.fail(tops[0], exc)
                    return found
                error = exc  # (leaving the block normally counts what was deleted)
            finally:
                self.listing = False
            if error is not None:
                batcher.close()
                raise error
            self.total += max(found - already_counted, 0)
            self.report()
            blocked = self.blocked
            for depth in range(len(inner) - 1, -1, -1):
                for path in inner[depth]:
                    if self.stopped or (path not in blocked and not batcher.add(delete(path))):
                        return found
        return found

    def collect(self, tops: list[str]) -> Iterator[tuple[str, int, list[str] | None]]:
        """(path, depth, children) of every node under ``tops``, parents first; a node
        whose children cannot be listed (NoAuth) comes as a leaf when it has none, and
        is recorded as failed (and not yielded) when it has some."""
        client = self.client
        for path, depth, _st, _data, kids in walk_nodes(client, tops, cancelled=self.cancelled_fn):
            if kids is None:  # children unreadable (NoAuth): a leaf can still go
                st = client.exists(path)
                if st is not None and st.numChildren:
                    self.fail(path, NoAuthError(f"cannot list the children of {path}"))
                    continue
                kids = []
            yield path, depth, kids

    def finish(self, batch: Batch) -> None:
        """Account for one transaction; on failure redo its nodes one by one."""
        if batch.error is not None and is_fatal(batch.error):
            if not self.aborted:
                self.fail(batch.ops[0].path, batch.error)
            return
        if batch.applied:
            self.deleted += len(batch.ops)
            self.done += len(batch.ops)
            self.report()
            return
        if self.stopped:
            return  # a failed transaction deleted nothing; leave it
        self.one_by_one([op.path for op in batch.ops])

    def one_by_one(self, batch: list[str]) -> None:
        client = self.client
        sent = [(p, client.delete_async(p)) for p in batch if p not in self.blocked]
        not_empty: list[str] = []
        for path, result in sent:
            try:
                wait(result)
                self.deleted += 1
                self.done += 1
            except NoNodeError:
                self.done += 1  # already gone
            except NotEmptyError:
                not_empty.append(path)  # a child appeared: re-walk below
            except Exception as exc:
                if not (self.aborted and is_fatal(exc)):
                    self.fail(path, exc)
        self.report()
        for path in not_empty:
            if self.stopped or self.check_cancel():
                return
            if path in self.blocked:
                continue
            self.rewalk(path)

    def rewalk(self, path: str) -> None:
        count = self.rewalks.get(path, 0) + 1
        self.rewalks[path] = count
        if count > _MAX_REWALKS:
            self.fail(path, NotEmptyError(f"children keep appearing under {path}"))
            return
        if self.delete_subtrees([path], already_counted=1) == 0 and not self.stopped:
            self.done += 1  # gone meanwhile

    def remaining(self, roots: list[str]) -> list[str]:
        client = self.client
        sent = [(r, client.exists_async(r)) for r in roots]
        out = []
        for root, result in sent:
            try:
                if wait(result) is not None:
                    out.append(root)
            except Exception:
                out.append(root)  # cannot tell: do not claim it is gone
        return out


def delete_tree(
    client: Any,
    roots: list[str],
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
    batch_ops: int = 1000,
) -> DeleteResult:
    """Delete each root with its whole subtree, leaves first, in transactions.

    A transaction holds at most ``batch_ops`` deletes and stays under the server's
    ``request_limit`` (pass ``session.request_limit``; see :class:`bulk.Batcher`). When
    one fails its nodes are deleted one by one: NoNode counts as already gone, NotEmpty
    (a child created meanwhile) re-walks that node, other errors (NoAuth...) are recorded
    and keep the node's ancestors. ``progress(done, total)`` after each transaction.
    Once ``cancelled()`` says True, stops after the transactions in flight. Errors are
    collected in the result, never raised; ``deleted`` counts only what the server
    confirmed.

    Raises ValueError for "/", "/zookeeper" and paths under it, or a relative path.
    """
    wanted = [normalize_root(r) for r in roots]
    for root in wanted:
        _refuse(root)
    unique = list(dict.fromkeys(wanted))
    deleter = _Deleter(client, cancelled, progress, request_limit, batch_ops)
    if progress is not None:
        progress(0, None)
    try:
        if not deleter.check_cancel():
            deleter.delete_subtrees(disjoint_roots(unique))
    except Cancelled:
        deleter.cancelled = True
    except Exception as exc:  # connection lost while listing
        deleter.errors.append((unique[0] if unique else "/", exc))
    return DeleteResult(
        deleted=deleter.deleted,
        remaining=deleter.remaining(unique),
        errors=deleter.errors,
        cancelled=deleter.cancelled,
    )
