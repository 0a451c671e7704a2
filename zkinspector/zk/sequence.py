"""Sequence counters of parents that a move, an import or a copy writes.

ZooKeeper numbers a sequential child with its parent's count of child creates so far
(the stat shows it as ``(cversion + numChildren) / 2``: cversion counts deletes too).
A subtree written elsewhere with its names kept gives each new parent only the count of
the children created there: a queue's next entry would get a lower number than the
entries already there (its consumers take it first) and later ones collide with them
(NodeExistsError). :func:`raise_counters` brings such a parent's count past the highest
suffix of its children by creating and deleting a throwaway child, in transactions; one
create and one delete per step, so a gap over :data:`GAP_LIMIT` steps is left as it is
and named instead. Blocking: call it from a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NoNodeError

from .bulk import Op, Ops, commit, transaction_room
from .codec import JUTE_MAXBUFFER_DEFAULT
from .errors import describe, is_fatal
from .paths import SEQUENCE_DIGITS, is_sequential_name, join
from .texts import translate

__all__ = [
    "GAP_LIMIT",
    "CounterReport",
    "Counters",
    "bump_ops",
    "far_parents",
    "far_sentence",
    "next_sequence",
    "raise_counters",
    "sequence_number",
]

GAP_LIMIT = 100_000
"""Most steps (a create and a delete each) spent raising one parent's counter."""

#: The name of the child created and deleted to raise a counter (not sequential-looking).
BUMP_NAME = "zkinspector-sequence-step"
# Operations per transaction of steps (the batcher's usual most).
_MAX_OPS = 1000


def sequence_number(name: str) -> int | None:
    """The sequence suffix of a sequential-looking name ("job-0000000042" -> 42), else None."""
    return int(name[-SEQUENCE_DIGITS:]) if is_sequential_name(name) else None


def next_sequence(stat: Any) -> int:
    """The number the server gives the next sequential child of the node with ``stat``."""
    return (stat.cversion + stat.numChildren) // 2


class Counters:
    """The highest sequence suffix among the children of each parent, and how many such
    children each has, as records stream by (relative paths; nothing else is kept)."""

    def __init__(self) -> None:
        self.highest: dict[str, int] = {}
        self.children: dict[str, int] = {}

    def __bool__(self) -> bool:
        return bool(self.highest)

    def note(self, rel: str, *, counted: bool = True) -> None:
        """Take the node at ``rel`` into account (a child of its parent's); ``counted``
        False: it will not be created (it exists already)."""
        parent, _, name = rel.rpartition("/")
        if not name:
            return
        number = sequence_number(name)
        if number is None:
            return
        if number > self.highest.get(parent, -1):
            self.highest[parent] = number
        if counted:
            self.children[parent] = self.children.get(parent, 0) + 1

    def steps(self, parent: str, created: int | None = None) -> int:
        """Steps that raise ``parent``'s counter past its children's highest suffix once
        ``created`` children (default: those noted) are created under a new parent."""
        made = self.children.get(parent, 0) if created is None else created
        return max(0, self.highest[parent] + 1 - made)


def far_parents(
    client: Any, root: str, counters: Counters, abs_path: Any
) -> list[tuple[str, int, int]]:
    """(path, highest suffix, steps) of the parents whose counter is more than
    :data:`GAP_LIMIT` steps behind once the children noted as created are written, the
    parent as the server holds it now (``abs_path(root, rel)`` names it). Reads only the
    parents a first estimate (counter 0) finds too far. Raises connection errors."""
    rels = [rel for rel in counters.highest if counters.steps(rel) > GAP_LIMIT]
    answers = [client.exists_async(abs_path(root, rel)) for rel in rels]
    far = []
    for rel, answer in zip(rels, answers, strict=True):
        try:
            stat = answer.get()
        except NoNodeError:
            stat = None
        made = counters.children.get(rel, 0) + (next_sequence(stat) if stat else 0)
        steps = counters.steps(rel, made)
        if steps > GAP_LIMIT:
            far.append((abs_path(root, rel), counters.highest[rel], steps))
    return far


def far_sentence(path: str, highest: int, steps: int) -> str:
    """Why the counter of ``path`` is left as it is (too many steps to raise it)."""
    return translate(
        "zk.sequence",
        "{0}: its sequence counter was left as it is: its children are numbered up to {1}, "
        "{2} steps ahead of it (more than {3}). New sequential children there get lower "
        "numbers than those entries, and may collide with them.",
    ).format(path, highest, steps, GAP_LIMIT)


def bump_ops(ops: Ops, parent: str, steps: int) -> list[Op]:
    """The operations of ``steps`` steps: a create and a delete of a throwaway child."""
    child = join(parent, BUMP_NAME)
    create, delete = ops.create(child), ops.delete(child)
    return [create, delete] * steps


@dataclass
class CounterReport:
    """What :func:`raise_counters` did: ``raised`` parents (paths); ``left`` holds
    (path, sentence) for those left as they are (too far, or an error)."""

    raised: list[str] = field(default_factory=list)
    left: list[tuple[str, str]] = field(default_factory=list)


def raise_counters(
    client: Any,
    parents: Iterable[tuple[str, int]],
    *,
    request_limit: int = JUTE_MAXBUFFER_DEFAULT,
) -> CounterReport:
    """Raise the counter of each ``(parent path, highest child suffix)`` past that
    suffix, as the server holds the parent now; a parent that does not exist is passed
    over. Never raises for one parent (its sentence is in the report's ``left``); raises
    connection errors.
    """
    report = CounterReport()
    wanted = list(parents)
    stats = [client.exists_async(path) for path, _ in wanted]
    found = []
    for (path, highest), answer in zip(wanted, stats, strict=True):
        try:
            stat = answer.get()
        except NoNodeError:
            stat = None
        if stat is not None:
            found.append((path, highest, highest + 1 - next_sequence(stat)))
    ops = Ops(client)
    for path, highest, steps in found:
        if steps <= 0:
            continue
        if steps > GAP_LIMIT:
            report.left.append((path, far_sentence(path, highest, steps)))
            continue
        # Each create stays in one transaction with its delete: split, the throwaway
        # child would be seen between the two (a queue's consumer could take it), or
        # stay for good if the connection dropped.
        pair = bump_ops(ops, path, 1)
        per_transaction = transaction_room(request_limit) // sum(op.cost for op in pair)
        per_transaction = max(1, min(_MAX_OPS // 2, per_transaction))
        try:
            for done in range(0, steps, per_transaction):
                chunk = pair * min(per_transaction, steps - done)
                commit(client, chunk, request_limit=request_limit, max_ops=_MAX_OPS)
        except Exception as exc:
            if is_fatal(exc):
                raise
            action = translate("zk.sequence", "raise the sequence counter of")
            report.left.append((path, describe(exc, path, action=action)))
        else:
            report.raised.append(path)
    return report
