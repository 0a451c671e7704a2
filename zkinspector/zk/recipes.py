"""Recognising the layouts kazoo's and Apache Curator's recipes leave in the tree.

A recipe is a convention: its clients create children with names (and data) of a given
shape under one node. Read back, those shapes say which recipe it is and who holds what:

=====================  ====================================================================
kazoo Lock, Election   ``<uuid4 hex>__lock__<seq>`` ephemeral sequential, data: identifier
                       (kazoo/recipe/lock.py; Election is a Lock at its path)
kazoo Read/WriteLock   the same with ``__rlock__`` for readers (kazoo/recipe/lock.py)
kazoo Semaphore        ``<uuid4 hex>`` ephemeral, data: identifier; the node's data: the
                       maximum of leases; a sibling lock ``<path>-__lock__``
kazoo Queue            ``entry-<priority:03d>-<seq>`` persistent sequential
kazoo LockingQueue     ``entries/entry-<priority:03d>-<seq>`` and ``taken/<entry>`` (ephemeral,
                       data: the taker's id)
kazoo Party            ``<uuid4 hex>__party__`` ephemeral, data: identifier
kazoo ShallowParty     ``<uuid4 hex>-<identifier>`` ephemeral
kazoo DoubleBarrier    ``<uuid4 hex>`` ephemeral, data: identifier, ``ready`` once all entered
kazoo NonBlockingLease ``lease_holder``: JSON {"version", "holder", "end"} (kazoo/recipe/lease.py)
kazoo Counter, Barrier the node alone (data: the value; existence: the barrier is up)
Curator locks          ``_c_<uuid>-lock-<seq>`` (InterProcessMutex, LeaderSelector),
                       ``_c_<uuid>-__READ__<seq>`` / ``__WRIT__`` (InterProcessReadWriteLock),
                       ``_c_<uuid>-latch-<seq>`` (LeaderLatch): ephemeral sequential
Curator semaphore      ``leases/_c_<uuid>-lease-<seq>`` and ``locks/`` (InterProcessSemaphoreV2)
Curator queues         ``queue-...<seq>`` persistent sequential, data: 0x00010001 items
                       (DistributedQueue and its Priority/Delay/Id kinds), ``qn-<seq>``
                       (SimpleDistributedQueue)
Curator DoubleBarrier  ``<uuid>`` ephemeral and ``ready`` (DistributedDoubleBarrier)
=====================  ====================================================================

How sure a recognition is travels with it (:data:`EXACT`: the children are exactly what
the recipe writes; :data:`PATTERN`: only names, or only the node's own name and data,
look like it). Nothing is claimed on less.

:func:`recognise` is pure (names, data and stats in, a :class:`Recipe` out);
:func:`read_recipe` fetches what it needs (blocking: call it on a worker).
"""

from __future__ import annotations

import contextlib
import json
import re
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NoAuthError, NoNodeError
from kazoo.protocol.states import ZnodeStat

from . import paths

__all__ = [
    "BARRIER",
    "COUNTER",
    "ELECTION",
    "EXACT",
    "LEASE",
    "LOCK",
    "PARTY",
    "PATTERN",
    "QUEUE",
    "READ_WRITE_LOCK",
    "SEMAPHORE",
    "Entry",
    "Listing",
    "Recipe",
    "RecipeView",
    "badge_for",
    "read_recipe",
    "recognise",
]

# Kinds (the words the panel and the badges show).
LOCK, READ_WRITE_LOCK, ELECTION = "Lock", "ReadWriteLock", "Election"
SEMAPHORE, LEASE, QUEUE, LOCKING_QUEUE = "Semaphore", "Lease", "Queue", "LockingQueue"
PARTY, SHALLOW_PARTY, BARRIER, DOUBLE_BARRIER = "Party", "ShallowParty", "Barrier", "DoubleBarrier"
COUNTER = "Counter"

# How sure.
EXACT = "exact"  # every child is what the recipe's code writes (names, kinds of node)
PATTERN = "pattern"  # only the names, or the node's own name and data, look like it

# Roles of the entries.
HOLDER, WAITER, LEADER, CANDIDATE = "holder", "waiter", "leader", "candidate"
MEMBER, ITEM, TAKEN, LEASE_HOLDER = "member", "item", "taken", "lease"

KAZOO, CURATOR = "kazoo", "Curator"

#: Children read with their data at most (the rest are counted).
ENTRY_LIMIT = 500
#: Queue items whose data is read (the head first).
QUEUE_SHOWN = 20
#: Names of a long listing looked at for a badge.
BADGE_SAMPLE = 256

# ZooKeeper's "%010d": ten digits, or a minus and nine once the counter wrapped.
_SEQ = r"(\d{10}|-\d{9})"
_HEX32 = r"[0-9a-f]{32}"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# kazoo: uuid.uuid4().hex + "__lock__" / "__rlock__", created sequential (lock.py).
_KAZOO_LOCK = re.compile(rf"{_HEX32}(__lock__|__rlock__){_SEQ}")
_KAZOO_PARTY = re.compile(rf"{_HEX32}__party__")  # party.py Party
_KAZOO_SHALLOW = re.compile(rf"{_HEX32}-(.*)", re.DOTALL)  # party.py ShallowParty
_KAZOO_UUID = re.compile(_HEX32)  # lock.py Semaphore leases, barrier.py DoubleBarrier
_KAZOO_ENTRY = re.compile(rf"entry-(\d{{3}})-{_SEQ}")  # queue.py Queue / LockingQueue
# Curator: ProtectedUtils "_c_" + UUID.toString() + "-", then the recipe's name and the
# sequence: StandardLockInternalsDriver ("lock-", InterProcessMutex), LeaderLatch
# ("latch-"), InterProcessReadWriteLock ("__READ__", "__WRIT__"), InterProcessSemaphoreV2
# ("lease-").
_CURATOR_SEQ = re.compile(rf"_c_{_UUID}-(lock-|latch-|__READ__|__WRIT__|lease-){_SEQ}")
_CURATOR_UUID = re.compile(_UUID)  # DistributedDoubleBarrier
_CURATOR_QUEUE = re.compile(rf"queue-(.*?){_SEQ}", re.DOTALL)  # DistributedQueue & kin
_CURATOR_SIMPLE_QUEUE = re.compile(rf"qn-{_SEQ}")  # SimpleDistributedQueue
_TAIL = re.compile(_SEQ + r"\Z")
_CURATOR_ITEMS = b"\x00\x01\x00\x01"  # ItemSerializer.VERSION, first in every item's data

_STRUCTURE = frozenset({"entries", "taken", "leases", "locks", "lease_holder", "ready"})
_ELECTION_WORDS = ("elect", "leader")


@dataclass(frozen=True)
class Listing:
    """A node as read: its data and stat, its children's names, and for some of them
    their data and stat (``info``)."""

    path: str
    data: bytes | None = None
    stat: ZnodeStat | None = None
    children: tuple[str, ...] = ()
    info: Mapping[str, tuple[bytes, ZnodeStat]] = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    """One child taking part in a recipe.

    ``identifier`` is what its client wrote (kazoo writes the identifier as the node's
    data; ShallowParty puts it in the name; Curator writes the id, or by default the
    client's IP address). ``owner`` is the session that owns it (0: persistent).
    """

    name: str
    role: str
    sequence: int | None = None
    identifier: str = ""
    owner: int = 0
    mode: str = ""  # "read" / "write" in a read-write lock
    data: bytes | None = None  # queue items: their data


@dataclass(frozen=True)
class Recipe:
    """A recipe recognised at ``path``.

    ``entries`` are in the recipe's order (sequence; a queue's head first). ``others``
    names the other recipes that write the same layout (a kazoo Lock and a kazoo
    Election look alike; the kind was then chosen from the node's name). ``watch`` lists
    the nodes whose children make it change.
    """

    kind: str
    library: str
    recipe: str
    certainty: str
    path: str
    entries: tuple[Entry, ...] = ()
    count: int = 0  # participants, leases or items (all of them, also those not listed)
    maximum: int | None = None  # a semaphore's leases
    value: str | None = None  # a counter's value
    ready: bool | None = None  # a double barrier: everyone entered
    until: str | None = None  # a lease: when it ends (as written, UTC)
    others: tuple[str, ...] = ()
    watch: tuple[str, ...] = ()
    part_of: str | None = None  # this node is a part of another recipe (e.g. its lock)

    def holders(self) -> list[Entry]:
        return [e for e in self.entries if e.role in (HOLDER, LEADER, LEASE_HOLDER)]

    def waiters(self) -> list[Entry]:
        return [e for e in self.entries if e.role in (WAITER, CANDIDATE)]


@dataclass(frozen=True)
class RecipeView:
    """What the lens shows for a selected node: the recipe it is or belongs to (None:
    none recognised) and, when it is a part of it, its name there (``focus``)."""

    path: str
    recipe: Recipe | None = None
    focus: str | None = None
    watch: tuple[str, ...] = ()


# -- helpers ----------------------------------------------------------------------------


def _text(data: bytes | None) -> str:
    """Data as an identifier: UTF-8 text, or hex when it is not text."""
    if not data:
        return ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.hex()
    return text if text.isprintable() else data.hex()


def _owner(stat: ZnodeStat | None) -> int:
    return stat.ephemeralOwner if stat is not None else 0


def _all_ephemeral(listing: Listing, names: Iterable[str]) -> bool | None:
    """True/False if every one of ``names`` read is (not) ephemeral; None if mixed/unknown."""
    owners = [bool(_owner(listing.info[n][1])) for n in names if n in listing.info]
    if not owners:
        return None
    if all(owners):
        return True
    return False if not any(owners) else None


def _named_like(path: str, words: Iterable[str]) -> bool:
    low = path.lower()
    return any(w in low for w in words)


def _ascii_number(data: bytes | None) -> str | None:
    """The value of data written as ASCII digits (kazoo Counter, a Semaphore's maximum)."""
    text = (data or b"").decode("ascii", "replace").strip()
    if re.fullmatch(r"[-+]?\d+", text):
        return str(int(text))
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?", text):
        return repr(float(text))
    return None


def _counter(data: bytes | None) -> tuple[str, str] | None:
    """(value, recipe) of a counter's data: ASCII (kazoo Counter), a 4-byte int (Curator
    SharedCount; kazoo Counter with support_curator) or an 8-byte long (Curator
    DistributedAtomicLong); None if it is none of them."""
    if data is None:
        return None
    if data == b"":
        return "0", "Counter"  # kazoo's Counter before the first change
    value = _ascii_number(data)
    if value is not None:
        return value, "Counter"
    if len(data) == 4:
        return str(struct.unpack(">i", data)[0]), "SharedCount"
    if len(data) == 8:
        return str(struct.unpack(">q", data)[0]), "DistributedAtomicLong"
    return None


def _sorted_entries(
    listing: Listing, pattern: re.Pattern[str], names: Iterable[str]
) -> list[tuple[int, str, str]]:
    """(sequence, marker, name) of the names matching ``pattern`` (groups: marker, seq)."""
    out = []
    for name in names:
        m = pattern.fullmatch(name)
        if m:
            out.append((int(m.group(2)), m.group(1), name))
    out.sort()
    return out


def _entry(listing: Listing, name: str, role: str, **extra: Any) -> Entry:
    data, stat = listing.info.get(name, (None, None))
    return Entry(name, role, identifier=_text(data), owner=_owner(stat), **extra)


# -- the recognisers ---------------------------------------------------------------------


def _lock_roles(markers: list[str], reader: str, writer: str) -> list[tuple[str, str]]:
    """(role, mode) of each contender of a (read-write) lock, in sequence order.

    A writer (or a plain lock's contender) holds only when it is first; a reader holds
    when no writer comes before it (kazoo's ReadLock and Curator's read lock alike).
    """
    out = []
    writer_seen = False
    for i, marker in enumerate(markers):
        if marker == reader:
            out.append((WAITER if writer_seen else HOLDER, "read"))
        else:
            out.append((HOLDER if i == 0 else WAITER, "write" if writer else ""))
            writer_seen = True
    return out


def _lock(listing: Listing) -> Recipe | None:
    """kazoo Lock / Election / ReadLock+WriteLock / NonBlockingLease, Curator's locks."""
    names = listing.children
    contenders = [n for n in names if n != "lease_holder"]
    kazoo = _sorted_entries(listing, _KAZOO_LOCK, contenders)
    curator = _sorted_entries(listing, _CURATOR_SEQ, contenders)
    if "lease_holder" in names:
        return _lease(listing, kazoo) if len(kazoo) == len(contenders) else None
    if kazoo and len(kazoo) == len(contenders):
        found, library = kazoo, KAZOO
    elif curator and len(curator) == len(contenders):
        found, library = curator, CURATOR
    else:
        return None
    markers = [m for _, m, _ in found]
    if library == CURATOR and "lease-" in markers:
        return None  # (the leases of a semaphore: see _curator_semaphore)
    if library == KAZOO:
        rw = "__rlock__" in markers
        roles = _lock_roles(markers, "__rlock__", "__lock__" if rw else "")
        recipe = "ReadLock/WriteLock" if rw else "Lock"
    elif "latch-" in markers:
        if set(markers) != {"latch-"}:
            return None
        roles = [(LEADER if i == 0 else CANDIDATE, "") for i in range(len(markers))]
        recipe = "LeaderLatch"
    else:
        rw = "__READ__" in markers or "__WRIT__" in markers
        if rw and "lock-" in markers:
            return None
        roles = _lock_roles(markers, "__READ__", "__WRIT__" if rw else "")
        recipe = "InterProcessReadWriteLock" if rw else "InterProcessMutex"
    rw = any(mode for _, mode in roles)
    if recipe == "LeaderLatch":
        kind, others = ELECTION, ()
    elif rw:
        kind, others = READ_WRITE_LOCK, ()
    elif _named_like(listing.path, _ELECTION_WORDS):
        # The same layout serves kazoo's Election and Curator's LeaderSelector.
        kind, others = ELECTION, (LOCK,)
        roles = [(LEADER if r == HOLDER else CANDIDATE, m) for r, m in roles]
    else:
        kind, others = LOCK, (ELECTION,)
    if recipe in ("Lock", "InterProcessMutex") and kind == ELECTION:
        recipe = "Election" if library == KAZOO else "LeaderSelector"
    entries = tuple(
        _entry(listing, name, role, sequence=seq, mode=mode)
        for (seq, _, name), (role, mode) in zip(found, roles, strict=True)
    )
    exact = _all_ephemeral(listing, contenders) is True
    part_of = None
    if library == KAZOO and listing.path.endswith("-__lock__"):
        part_of = listing.path[: -len("-__lock__")]  # kazoo Semaphore's lock
    elif paths.basename(listing.path) == "locks":
        part_of = paths.dirname(listing.path)  # Curator InterProcessSemaphoreV2's lock
    return Recipe(
        kind,
        library,
        recipe,
        EXACT if exact else PATTERN,
        listing.path,
        entries,
        count=len(entries),
        others=others,
        watch=(listing.path,),
        part_of=part_of,
    )


def _lease(listing: Listing, contenders: list[tuple[int, str, str]]) -> Recipe | None:
    """kazoo NonBlockingLease: ``lease_holder`` holds JSON; its lock's contenders come and go."""
    data, stat = listing.info.get("lease_holder", (None, None))
    try:
        value = json.loads(data.decode("utf-8")) if data else None
    except (UnicodeDecodeError, ValueError):
        value = None
    exact = isinstance(value, dict) and {"version", "holder", "end"} <= value.keys()
    entries = []
    if exact:
        entries.append(Entry("lease_holder", LEASE_HOLDER, identifier=str(value["holder"])))
    entries += [_entry(listing, n, WAITER, sequence=s) for s, _, n in contenders]
    return Recipe(
        LEASE,
        KAZOO,
        "NonBlockingLease",
        EXACT if exact else PATTERN,
        listing.path,
        tuple(entries),
        count=1 if exact else 0,
        until=str(value["end"]) if exact else None,
        watch=(listing.path,),
    )


def _party(listing: Listing) -> Recipe | None:
    """kazoo Party (``__party__``) and ShallowParty (identifier in the name)."""
    names = listing.children
    if not names:
        return None
    if all(_KAZOO_PARTY.fullmatch(n) for n in names):
        recipe, kind = "Party", PARTY
        entries = [_entry(listing, n, MEMBER) for n in names]
    elif all(_KAZOO_SHALLOW.fullmatch(n) for n in names):
        recipe, kind = "ShallowParty", SHALLOW_PARTY
        entries = [
            Entry(n, MEMBER, identifier=n[33:], owner=_owner(listing.info.get(n, (0, None))[1]))
            for n in names
        ]
    else:
        return None
    entries.sort(key=lambda e: _ctime(listing, e.name))
    exact = _all_ephemeral(listing, names) is True
    return Recipe(
        kind,
        KAZOO,
        recipe,
        EXACT if exact else PATTERN,
        listing.path,
        tuple(entries),
        count=len(names),
        watch=(listing.path,),
    )


def _ctime(listing: Listing, name: str) -> int:
    stat = listing.info.get(name, (None, None))[1]
    return stat.czxid if stat is not None else 0


def _uuid_children(listing: Listing, sibling_lock: bool) -> Recipe | None:
    """kazoo Semaphore or DoubleBarrier (32-hex names), Curator DistributedDoubleBarrier."""
    names = [n for n in listing.children if n != "ready"]
    ready = "ready" in listing.children
    kazoo = all(_KAZOO_UUID.fullmatch(n) for n in names)
    curator = all(_CURATOR_UUID.fullmatch(n) for n in names)
    if not (kazoo or curator) or (not names and not ready and not sibling_lock):
        return None
    ephemeral = _all_ephemeral(listing, names)
    maximum = _ascii_number(listing.data)
    if kazoo and not ready and sibling_lock and maximum is not None and maximum.isdigit():
        holders = sorted(names, key=lambda n: _ctime(listing, n))
        return Recipe(
            SEMAPHORE,
            KAZOO,
            "Semaphore",
            EXACT if ephemeral in (True, None) else PATTERN,
            listing.path,
            tuple(_entry(listing, n, LEASE_HOLDER) for n in holders),
            count=len(names),
            maximum=int(maximum),
            watch=(listing.path, listing.path + "-__lock__"),
        )
    if not names and not ready:
        return None
    library = KAZOO if kazoo and names else CURATOR if names else ""
    members = sorted(names, key=lambda n: _ctime(listing, n))
    exact = bool(names) and ephemeral is True and bool(library)
    return Recipe(
        DOUBLE_BARRIER,
        library or KAZOO,
        "DistributedDoubleBarrier" if library == CURATOR else "DoubleBarrier",
        EXACT if exact else PATTERN,
        listing.path,
        tuple(_entry(listing, n, MEMBER) for n in members),
        count=len(names),
        ready=ready,
        watch=(listing.path,),
    )


def _queue_entries(listing: Listing, names: list[str], taken: Listing | None) -> list[Entry]:
    taken_names = set(taken.children) if taken is not None else set()
    out = []
    for name in names[:QUEUE_SHOWN]:
        data, stat = listing.info.get(name, (None, None))
        m = _TAIL.search(name)
        seq = int(m.group(1)) if m else None
        if name in taken_names and taken is not None:
            tdata, tstat = taken.info.get(name, (None, None))
            out.append(Entry(name, TAKEN, seq, _text(tdata), _owner(tstat), data=data))
        else:
            out.append(Entry(name, ITEM, seq, data=data))
    return out


def _queue(listing: Listing) -> Recipe | None:
    """kazoo Queue, Curator DistributedQueue (and kin) and SimpleDistributedQueue."""
    names = listing.children
    if not names:
        return None
    if all(_KAZOO_ENTRY.fullmatch(n) for n in names):
        library, recipe = KAZOO, "Queue"
        order = sorted(names)  # priority, then sequence: what Queue.get takes first
        exact = _all_ephemeral(listing, names) in (False, None)
    elif all(_CURATOR_SIMPLE_QUEUE.fullmatch(n) for n in names):
        library, recipe = CURATOR, "SimpleDistributedQueue"
        order = sorted(names)
        exact = _all_ephemeral(listing, names) in (False, None)
    elif all(_CURATOR_QUEUE.fullmatch(n) for n in names):
        library, recipe = CURATOR, "DistributedQueue"
        order = sorted(names)
        read = [listing.info[n][0] for n in order if n in listing.info]
        exact = bool(read) and all(d.startswith(_CURATOR_ITEMS) for d in read)
    else:
        return None
    return Recipe(
        QUEUE,
        library,
        recipe,
        EXACT if exact else PATTERN,
        listing.path,
        tuple(_queue_entries(listing, order, None)),
        count=len(names),
        watch=(listing.path,),
    )


def _locking_queue(listing: Listing, sub: Mapping[str, Listing]) -> Recipe | None:
    """kazoo LockingQueue: ``entries`` (the items) and ``taken`` (items being processed)."""
    if set(listing.children) != {"entries", "taken"}:
        return None
    entries, taken = sub.get("entries"), sub.get("taken")
    if entries is None or taken is None:
        return None
    names = list(entries.children)
    if not all(_KAZOO_ENTRY.fullmatch(n) for n in names):
        return None
    order = sorted(names)
    exact = all(_KAZOO_UUID.fullmatch(_text(taken.info[n][0])) for n in taken.info)
    return Recipe(
        LOCKING_QUEUE,
        KAZOO,
        "LockingQueue",
        EXACT if exact else PATTERN,
        listing.path,
        tuple(_queue_entries(entries, order, taken)),
        count=len(names),
        watch=(listing.path, entries.path, taken.path),
    )


def _curator_semaphore(listing: Listing, sub: Mapping[str, Listing]) -> Recipe | None:
    """Curator InterProcessSemaphoreV2: ``leases`` (one per lease held or asked) and
    ``locks`` (the mutex taken to ask). The maximum is not stored on the server."""
    names = set(listing.children)
    leases = sub.get("leases")
    if "leases" not in names or not names <= {"leases", "locks"} or leases is None:
        return None
    found = _sorted_entries(leases, _CURATOR_SEQ, leases.children)
    if len(found) != len(leases.children) or any(m != "lease-" for _, m, _ in found):
        return None
    exact = _all_ephemeral(leases, leases.children) in (True, None)
    watch = (listing.path, leases.path) + ((sub["locks"].path,) if "locks" in sub else ())
    return Recipe(
        SEMAPHORE,
        CURATOR,
        "InterProcessSemaphoreV2",
        EXACT if exact else PATTERN,
        listing.path,
        tuple(_entry(leases, n, LEASE_HOLDER, sequence=s) for s, _, n in found),
        count=len(found),
        watch=watch,
    )


def _named_alone(listing: Listing) -> Recipe | None:
    """A node without children named like a counter, a barrier, a lock..., or the
    ephemeral leader node of the simplest election: its name (and data) only say so.

    Such a node may also be a recipe with nobody in it at the moment (a lock not held).
    """
    stat, data = listing.stat, listing.data
    name = paths.basename(listing.path).lower()
    if listing.children or stat is None or might_belong(name):
        return None
    if stat.ephemeralOwner:
        if not _named_like(name, _ELECTION_WORDS):
            return None
        # The course's election: whoever creates the ephemeral node is the leader.
        leader = Entry(paths.basename(listing.path), LEADER, None, _text(data), stat.ephemeralOwner)
        return Recipe(ELECTION, "", "", PATTERN, listing.path, (leader,), count=1)
    if "count" in name:
        counted = _counter(data)
        if counted is None:
            return None
        value, recipe = counted
        return Recipe(
            COUNTER,
            KAZOO if recipe == "Counter" else CURATOR,
            recipe,
            PATTERN,
            listing.path,
            value=value,
        )
    if "barrier" in name:
        return Recipe(BARRIER, "", "", PATTERN, listing.path)
    for words, kind in (
        (_ELECTION_WORDS, ELECTION),
        (("lock",), LOCK),
        (("queue",), QUEUE),
        (("party", "members"), PARTY),
        (("semaphore",), SEMAPHORE),
    ):
        if _named_like(listing.path, words):  # ("/locks/resource": a lock not held now)
            return Recipe(kind, "", "", PATTERN, listing.path, watch=(listing.path,))
    return None


def recognise(
    listing: Listing,
    sub: Mapping[str, Listing] | None = None,
    *,
    sibling_lock: bool = False,
) -> Recipe | None:
    """The recipe whose layout ``listing`` (a node, its children and what was read of
    them) shows, or None. ``sub`` holds the listings of its structural children
    (``entries``, ``taken``, ``leases``, ``locks``) when they were read; ``sibling_lock``:
    a node ``<path>-__lock__`` exists (kazoo's Semaphore takes it)."""
    sub = sub or {}
    for attempt in (
        lambda: _locking_queue(listing, sub),
        lambda: _curator_semaphore(listing, sub),
        lambda: _lock(listing),
        lambda: _party(listing),
        lambda: _queue(listing),
        lambda: _uuid_children(listing, sibling_lock),
        lambda: _named_alone(listing),
    ):
        recipe = attempt()
        if recipe is not None:
            return recipe
    return None


def badge_for(path: str, names: Iterable[str]) -> str | None:
    """The kind to badge a node with, from its children's names alone (no reads), or None.

    Only layouts the names tell apart are badged; the lens reads the rest. Of a long
    list, BADGE_SAMPLE names spread over it are looked at (cheap on the GUI thread).
    """
    names = list(names)
    if not names:
        return None
    kids = set(names) if len(names) <= BADGE_SAMPLE else set()
    if len(names) > BADGE_SAMPLE:
        names = names[:: len(names) // BADGE_SAMPLE + 1]
    listing = Listing(path, children=tuple(names))
    recipe = _lock(listing) or _party(listing) or _queue(listing)
    if recipe is not None:
        return recipe.kind
    found = _sorted_entries(listing, _CURATOR_SEQ, names)
    if len(found) == len(names) and all(m == "lease-" for _, m, _ in found):
        return SEMAPHORE  # the leases of Curator's InterProcessSemaphoreV2
    if kids == {"entries", "taken"}:
        return LOCKING_QUEUE
    if "leases" in kids and kids <= {"leases", "locks"}:
        return SEMAPHORE
    if "ready" in kids and all(
        _KAZOO_UUID.fullmatch(n) or _CURATOR_UUID.fullmatch(n) for n in kids - {"ready"}
    ):
        return DOUBLE_BARRIER
    return None


def might_belong(name: str) -> bool:
    """Whether a node named ``name`` may be a part of a recipe at its parent."""
    return name in _STRUCTURE or any(
        p.fullmatch(name)
        for p in (
            _KAZOO_LOCK,
            _KAZOO_PARTY,
            _KAZOO_SHALLOW,
            _KAZOO_UUID,
            _KAZOO_ENTRY,
            _CURATOR_SEQ,
            _CURATOR_UUID,
            _CURATOR_QUEUE,
            _CURATOR_SIMPLE_QUEUE,
        )
    )


# -- reading -------------------------------------------------------------------------------


def _read_listing(
    client: Any,
    path: str,
    watch: Callable | None,
    data_watch: Callable | None,
    wanted: Callable[[list[str]], list[str]],
) -> Listing:
    """A node, its children's names and the data/stat of the children ``wanted`` picks.

    Raises NoNodeError if the node is gone.
    """
    got = client.get_async(path, watch=data_watch)
    listed = client.get_children_async(path, watch=watch)
    try:
        data, stat = got.get()
    except NoAuthError:
        data, stat = None, client.exists(path)
    names = tuple(listed.get())
    picked = wanted(list(names))[:ENTRY_LIMIT]
    base = path.rstrip("/")
    pending = [(n, client.get_async(f"{base}/{n}")) for n in picked]
    info = {}
    for name, result in pending:
        with contextlib.suppress(NoNodeError, NoAuthError):
            info[name] = result.get()
    return Listing(path, data, stat, names, info)


def _wanted(names: list[str]) -> list[str]:
    """The children whose data a recognition needs: participants, queue heads."""
    queue = [n for n in names if _KAZOO_ENTRY.fullmatch(n) or _CURATOR_QUEUE.fullmatch(n)]
    queue += [n for n in names if _CURATOR_SIMPLE_QUEUE.fullmatch(n)]
    if queue and len(queue) == len(names):
        return sorted(queue)[:QUEUE_SHOWN]
    return [
        n for n in names if might_belong(n) and n not in ("entries", "taken", "leases", "locks")
    ]


def _read_at(client: Any, path: str, watch: Callable | None, data_watch: Callable | None):
    """Read ``path`` (and its structural children) and recognise it; (recipe, watched)."""
    listing = _read_listing(client, path, watch, data_watch, _wanted)
    sub: dict[str, Listing] = {}
    base = path.rstrip("/")
    for name in ("entries", "taken", "leases", "locks"):
        if name in listing.children:
            with contextlib.suppress(NoNodeError):
                sub[name] = _read_listing(client, f"{base}/{name}", watch, None, _wanted_sub(name))
    kids = listing.children
    semaphore_like = (
        all(_KAZOO_UUID.fullmatch(n) for n in kids)
        if kids
        else (bool(listing.data) and listing.data.isdigit())
    )
    sibling = path != "/" and semaphore_like and client.exists(path + "-__lock__") is not None
    return recognise(listing, sub, sibling_lock=sibling)


def _wanted_sub(name: str) -> Callable[[list[str]], list[str]]:
    if name == "entries":
        return lambda names: sorted(names)[:QUEUE_SHOWN]
    return lambda names: names  # taken, leases, locks: every one is a participant


def read_recipe(
    client: Any,
    path: str,
    watch: Callable | None = None,
    data_watch: Callable | None = None,
) -> RecipeView:
    """What recipe ``path`` is, or belongs to (its parent's or grandparent's), read on a
    worker; ``watch`` goes on the children of what was read, ``data_watch`` on the node.

    Raises NoNodeError if ``path`` is gone, kazoo errors of the connection.
    """
    name = paths.basename(path)

    def attempt(where: str, focus: str | None) -> RecipeView | None:
        try:
            recipe = _read_at(client, where, watch, data_watch if focus is None else None)
        except NoNodeError:
            if focus is None:
                raise
            return None
        if recipe is None or (focus is not None and not recipe.entries and not recipe.count):
            return None
        return RecipeView(path, recipe, focus, recipe.watch or (where,))

    if path != "/" and might_belong(name):
        parent = paths.dirname(path)
        if parent != "/" and paths.basename(parent) in _STRUCTURE:
            found = attempt(paths.dirname(parent), paths.basename(parent) + "/" + name)
            if found is not None:
                return found
        found = attempt(parent, name)
        if found is not None:
            return found
    return attempt(path, None) or RecipeView(path, None, None, (path,))
