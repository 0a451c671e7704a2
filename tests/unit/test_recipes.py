"""Recognition of recipe layouts from names alone: the pure rules (the server tests check
the layouts kazoo's and Curator's recipes really write)."""

from __future__ import annotations

import uuid

from zkinspector.zk import recipes as r
from zkinspector.zk.recipes import Listing, badge_for, might_belong, recognise

HEX = "0123456789abcdef" * 2


def kazoo_lock(seq: str, marker: str = "__lock__") -> str:
    return f"{uuid.uuid4().hex}{marker}{seq}"


def test_read_write_rule_readers_before_the_first_writer_hold() -> None:
    names = (
        kazoo_lock("0000000001", "__rlock__"),
        kazoo_lock("0000000002", "__lock__"),
        kazoo_lock("0000000003", "__rlock__"),
    )
    recipe = recognise(Listing("/rw", children=names))
    assert recipe is not None and recipe.kind == r.READ_WRITE_LOCK
    # Without the children's stats nothing proves they are ephemeral: a pattern only.
    assert recipe.certainty == r.PATTERN
    assert [(e.role, e.mode) for e in recipe.entries] == [
        (r.HOLDER, "read"),
        (r.WAITER, "write"),
        (r.WAITER, "read"),
    ]


def test_sequence_order_also_after_the_counter_wrapped() -> None:
    names = (kazoo_lock("0000000010"), kazoo_lock("-000000005"), kazoo_lock("0000000002"))
    recipe = recognise(Listing("/lock", children=names))
    assert [e.sequence for e in recipe.entries] == [-5, 2, 10]


def test_badges_from_names_alone() -> None:
    assert badge_for("/x/lock", [kazoo_lock("0000000001")]) == r.LOCK
    assert badge_for("/x/election", [kazoo_lock("0000000001")]) == r.ELECTION
    assert badge_for("/q", ["entry-100-0000000001", "entry-001-0000000002"]) == r.QUEUE
    assert badge_for("/q", ["entries", "taken"]) == r.LOCKING_QUEUE
    assert badge_for("/p", [f"{HEX}__party__"]) == r.PARTY
    assert badge_for("/s", ["leases", "locks"]) == r.SEMAPHORE
    assert badge_for("/d", [str(uuid.uuid4()), "ready"]) == r.DOUBLE_BARRIER
    latch = f"_c_{uuid.uuid4()}-latch-0000000003"
    assert badge_for("/c", [latch]) == r.ELECTION
    # Plain nodes, a mix of layouts, a 32-hex name alone (semaphore or barrier: unknown).
    assert badge_for("/many", [f"item-{i:04d}" for i in range(5)]) is None
    assert badge_for("/mixed", [kazoo_lock("0000000001"), "entry-100-0000000001"]) is None
    assert badge_for("/u", [HEX]) is None
    assert badge_for("/empty", []) is None


def test_participant_names() -> None:
    for name in (
        kazoo_lock("0000000001"),
        f"{HEX}__party__",
        f"{HEX}-worker 1",
        "entry-100-0000000001",
        f"_c_{uuid.uuid4()}-lock-0000000001",
        "queue-0000000001",
        "qn-0000000001",
        "lease_holder",
        "ready",
        "entries",
    ):
        assert might_belong(name), name
    for name in ("conf", "item-0001", "p_0000000001", "lock", "_c_x-lock-0000000001"):
        assert not might_belong(name), name


def test_a_name_alone_is_only_a_pattern() -> None:
    stat = _stat()
    recipe = recognise(Listing("/locks/resource", b"", stat))
    assert (recipe.kind, recipe.certainty, recipe.entries) == (r.LOCK, r.PATTERN, ())
    assert recognise(Listing("/conf", b"{}", stat)) is None
    assert recognise(Listing("/visits-counter", b"not a number", stat)) is None
    counter = recognise(Listing("/visits-counter", b"41", stat))
    assert (counter.kind, counter.value) == (r.COUNTER, "41")


def _stat(owner: int = 0):
    from kazoo.protocol.states import ZnodeStat

    return ZnodeStat(1, 1, 0, 0, 0, 0, 0, owner, 0, 0, 1)
