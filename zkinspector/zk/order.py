"""Orders for a node's children: by name, creation, modification, sequence, size, count.

Pure functions, no I/O, no Qt. An order gives every child a sort key made of its name
and, for the orders that need the child's stat, one number taken from that stat (its
*value*). Ties are broken by natural name order, so every order is total. A child whose
value is not known (its stat is not read yet, or it is gone) sorts after the others, in
natural order: a list with no values known is in natural order under every order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kazoo.protocol.states import ZnodeStat

from .paths import SEQUENCE_DIGITS, natural_key

__all__ = [
    "BY_CHILDREN",
    "BY_CTIME",
    "BY_MTIME",
    "BY_NAME",
    "BY_SEQUENCE",
    "BY_SIZE",
    "ORDERS",
    "STAT_ORDERS",
    "arrange",
    "key_function",
    "merge",
    "sequence_number",
    "stat_value",
]

BY_NAME = "name"
BY_CTIME = "ctime"
BY_MTIME = "mtime"
BY_SEQUENCE = "sequence"
BY_SIZE = "size"
BY_CHILDREN = "children"
ORDERS = (BY_NAME, BY_CTIME, BY_MTIME, BY_SEQUENCE, BY_SIZE, BY_CHILDREN)
"""Every order, the default (natural name order) first."""

STAT_ORDERS = frozenset({BY_CTIME, BY_MTIME, BY_SIZE, BY_CHILDREN})
"""Orders that need each child's stat."""

# The stat field each stat order sorts by, and its direction: creation oldest first (czxid:
# the order the server made them in, exact where ctime has milliseconds), the most recently
# changed first (mzxid), the largest data first, the most children first.
_FIELDS: dict[str, tuple[str, int]] = {
    BY_CTIME: ("czxid", 1),
    BY_MTIME: ("mzxid", -1),
    BY_SIZE: ("dataLength", -1),
    BY_CHILDREN: ("numChildren", -1),
}


def sequence_number(name: str) -> int | None:
    """The counter a sequential node's name ends with, or None.

    ZooKeeper appends the parent's counter as ``%010d``: ten digits, or a minus sign and
    nine digits once the counter has wrapped past 2**31 - 1.
    """
    tail = name[-SEQUENCE_DIGITS:]
    if len(tail) < SEQUENCE_DIGITS or not tail.isascii():
        return None
    if tail.isdigit() or (tail[0] == "-" and tail[1:].isdigit()):
        return int(tail)
    return None


def stat_value(order: str, stat: ZnodeStat | None) -> int | None:
    """The number ``order`` sorts a child by, from its stat; None if it needs none or none
    is known."""
    field = _FIELDS.get(order)
    if field is None or stat is None:
        return None
    return getattr(stat, field[0]) * field[1]


def key_function(order: str) -> Callable[[str, int | None], Any]:
    """``key(name, value)`` for ``order`` (value: from ``stat_value``, or None).

    Raises ValueError for an unknown order.
    """
    if order == BY_NAME:
        return lambda name, _value: natural_key(name)
    if order == BY_SEQUENCE:

        def by_sequence(name: str, _value: int | None) -> tuple:
            number = sequence_number(name)
            if number is None:  # names without a counter go last
                return (1, 0, natural_key(name))
            return (0, number, natural_key(name))

        return by_sequence
    if order in STAT_ORDERS:

        def by_value(name: str, value: int | None) -> tuple:
            if value is None:
                return (1, 0, natural_key(name))
            return (0, value, natural_key(name))

        return by_value
    raise ValueError(f"Unknown order of children: {order!r}")


def arrange(
    order: str, names: Iterable[str], values: Iterable[int | None] | None = None
) -> tuple[list[str], list[int | None] | None]:
    """Names (and their values, for a stat order) sorted by ``order``.

    ``values`` are the names' values in the same order (None: none known). Returns the
    sorted names and, for a stat order, their values in the new order.
    """
    key = key_function(order)
    names = list(names)
    if order not in STAT_ORDERS:
        return sorted(names, key=lambda n: key(n, None)), None
    pairs = list(zip(names, values if values is not None else [None] * len(names), strict=True))
    pairs.sort(key=lambda p: key(p[0], p[1]))
    return [p[0] for p in pairs], [p[1] for p in pairs]


def merge(
    order: str,
    shown: list[str],
    shown_values: list[int | None],
    now: Iterable[str],
    new_values: Mapping[str, int | None],
) -> tuple[list[str], list[int | None]]:
    """A new listing ``now`` in the order of the rows ``shown`` (sorted by ``order`` with
    ``shown_values``): gone names dropped, the others kept where they are, new names put in
    place by their values (``new_values``; missing: not known).

    Kept names keep their values, so the old and the new list are in the same order and
    their difference is a few runs of rows (``models.tree.row_changes``). Returns the names
    and their values.
    """
    present = set(now)
    before = set(shown)
    pairs = [(n, v) for n, v in zip(shown, shown_values, strict=True) if n in present]
    came = [(n, new_values.get(n)) for n in present if n not in before]
    key = key_function(order)

    def pair_key(pair: tuple[str, int | None]) -> Any:
        return key(pair[0], pair[1])

    if len(came) > len(pairs) // 64 + 16:
        pairs.extend(came)
        pairs.sort(key=pair_key)  # (the kept ones are in this order already: they stay put)
    else:
        for pair in came:
            bisect.insort(pairs, pair, key=pair_key)
    return [p[0] for p in pairs], [p[1] for p in pairs]
