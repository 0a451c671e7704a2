"""The recipes lens against layouts written by kazoo's own recipes, run by several clients,
and by Curator's code paths reproduced request for request (their source files cited).
"""

from __future__ import annotations

import datetime
import struct
import threading
import uuid
from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoNodeError

from tests.recipe_helpers import WAIT_S, Background, count_is, wait_children
from zkinspector.zk import recipes as r
from zkinspector.zk.recipes import read_recipe


@pytest.fixture
def background() -> Iterator[Background]:
    """Blocking recipe calls on threads, stopped and joined at the end."""
    runner = Background()
    yield runner
    runner.close()


@pytest.fixture
def clients(kazoo_client, zk_chroot) -> list[KazooClient]:
    """Three separate sessions on the test's chroot: three clients of one recipe."""
    return [kazoo_client(zk_chroot) for _ in range(3)]


def session(client: KazooClient) -> int:
    return client.client_id[0]


def who(recipe: r.Recipe) -> list[tuple[str, str, int]]:
    return [(e.role, e.identifier, e.owner) for e in recipe.entries]


# -- kazoo's recipes ------------------------------------------------------------------------


def test_lock_holder_and_waiters_in_order_and_the_hand_over(clients, background) -> None:
    a, b, c = clients
    lock_a = a.Lock("/locks/res", "alice")
    assert lock_a.acquire(timeout=WAIT_S)
    for client, name, n in ((b, "bob", 2), (c, "carol", 3)):
        lock = client.Lock("/locks/res", name)
        background(lock.acquire, lock.cancel)
        wait_children(a, "/locks/res", count_is(n))

    view = read_recipe(a, "/locks/res")
    recipe = view.recipe
    assert recipe is not None and view.focus is None
    assert (recipe.kind, recipe.library, recipe.recipe, recipe.certainty) == (
        r.LOCK,
        r.KAZOO,
        "Lock",
        r.EXACT,
    )
    assert recipe.others == (r.ELECTION,)  # kazoo's Election writes the same layout
    assert who(recipe) == [
        (r.HOLDER, "alice", session(a)),
        (r.WAITER, "bob", session(b)),
        (r.WAITER, "carol", session(c)),
    ]
    sequences = [e.sequence for e in recipe.entries]
    assert sequences == sorted(sequences)
    names = a.get_children("/locks/res")
    assert r.badge_for("/locks/res", names) == r.LOCK

    # A waiter's own node: the lens describes the lock it waits in.
    bob = recipe.entries[1].name
    waiter = read_recipe(a, f"/locks/res/{bob}")
    assert waiter.focus == bob and waiter.recipe == recipe

    lock_a.release()
    wait_children(a, "/locks/res", count_is(2))
    after = read_recipe(a, "/locks/res").recipe
    assert who(after) == [(r.HOLDER, "bob", session(b)), (r.WAITER, "carol", session(c))]


def test_election_leader_and_candidates(clients, background) -> None:
    a, b, _ = clients
    step_down = {name: threading.Event() for name in ("node-a", "node-b")}
    for client, name, n in ((a, "node-a", 1), (b, "node-b", 2)):
        election = client.Election("/election", name)
        background(lambda e=election, s=step_down[name]: e.run(s.wait), election.cancel)
        wait_children(a, "/election", count_is(n))

    recipe = read_recipe(a, "/election").recipe
    assert (recipe.kind, recipe.recipe, recipe.others) == (r.ELECTION, "Election", (r.LOCK,))
    assert who(recipe) == [(r.LEADER, "node-a", session(a)), (r.CANDIDATE, "node-b", session(b))]

    step_down["node-a"].set()  # the leader's work returns: it leaves, node-b leads
    wait_children(a, "/election", count_is(1))
    assert who(read_recipe(a, "/election").recipe) == [(r.LEADER, "node-b", session(b))]
    step_down["node-b"].set()


def test_read_write_lock(clients, background) -> None:
    a, b, c = clients
    assert a.ReadLock("/rw", "reader-1").acquire(timeout=WAIT_S)
    assert b.ReadLock("/rw", "reader-2").acquire(timeout=WAIT_S)  # readers share it
    writer = c.WriteLock("/rw", "writer")
    background(writer.acquire, writer.cancel)
    wait_children(a, "/rw", count_is(3))
    recipe = read_recipe(a, "/rw").recipe
    assert (recipe.kind, recipe.recipe, recipe.certainty) == (
        r.READ_WRITE_LOCK,
        "ReadLock/WriteLock",
        r.EXACT,
    )
    assert [(e.role, e.mode, e.identifier) for e in recipe.entries] == [
        (r.HOLDER, "read", "reader-1"),
        (r.HOLDER, "read", "reader-2"),
        (r.WAITER, "write", "writer"),
    ]


def test_semaphore_leases_out_of_the_maximum(clients, background) -> None:
    a, b, c = clients
    assert a.Semaphore("/sem", "lease-a", max_leases=2).acquire(timeout=WAIT_S)
    assert b.Semaphore("/sem", "lease-b", max_leases=2).acquire(timeout=WAIT_S)
    third = c.Semaphore("/sem", "lease-c", max_leases=2)
    background(third.acquire, third.cancel)
    wait_children(a, "/sem-__lock__", count_is(1))  # it waits holding the semaphore's lock

    recipe = read_recipe(a, "/sem").recipe
    assert (recipe.kind, recipe.recipe, recipe.certainty) == (r.SEMAPHORE, "Semaphore", r.EXACT)
    assert (recipe.count, recipe.maximum) == (2, 2)
    assert sorted(who(recipe)) == sorted(
        [(r.LEASE_HOLDER, "lease-a", session(a)), (r.LEASE_HOLDER, "lease-b", session(b))]
    )
    lock = read_recipe(a, "/sem-__lock__").recipe
    assert (lock.kind, lock.part_of) == (r.LOCK, "/sem")
    # kazoo's Semaphore hands its identifier to its Lock as bytes, which the Lock writes as
    # str(bytes): the lens shows what the server holds.
    assert who(lock) == [(r.HOLDER, "b'lease-c'", session(c))]


def test_queue_length_and_head(clients) -> None:
    a, b, _ = clients
    queue = a.Queue("/queue")
    queue.put(b"later")
    queue.put(b"urgent", priority=1)
    b.Queue("/queue").put(b"last")
    recipe = read_recipe(a, "/queue").recipe
    assert (recipe.kind, recipe.recipe, recipe.count, recipe.certainty) == (
        r.QUEUE,
        "Queue",
        3,
        r.EXACT,
    )
    assert [e.data for e in recipe.entries] == [b"urgent", b"later", b"last"]  # as get() takes
    assert queue.get() == b"urgent"
    recipe = read_recipe(a, "/queue").recipe
    assert recipe.count == 2 and recipe.entries[0].data == b"later"


def test_locking_queue_item_being_processed(clients) -> None:
    a, b, _ = clients
    a.LockingQueue("/jobs").put_all([b"first", b"second"])
    consumer = b.LockingQueue("/jobs")
    assert consumer.get(WAIT_S) == b"first"  # taken, not yet consumed
    recipe = read_recipe(a, "/jobs").recipe
    assert (recipe.kind, recipe.recipe, recipe.count, recipe.certainty) == (
        r.LOCKING_QUEUE,
        "LockingQueue",
        2,
        r.EXACT,
    )
    taken, waiting = recipe.entries
    assert (taken.role, taken.owner, taken.identifier) == (
        r.TAKEN,
        session(b),
        consumer.id.decode(),
    )
    assert (waiting.role, waiting.data) == (r.ITEM, b"second")
    assert read_recipe(a, "/jobs/entries").focus == "entries"
    assert consumer.consume()
    assert read_recipe(a, "/jobs").recipe.count == 1


def test_party_members_come_and_go(clients) -> None:
    a, b, c = clients
    parties = [x.Party("/party", f"member-{i}") for i, x in enumerate((a, b, c))]
    for party in parties:
        party.join()
    recipe = read_recipe(a, "/party").recipe
    assert (recipe.kind, recipe.recipe, recipe.count) == (r.PARTY, "Party", 3)
    assert who(recipe) == [(r.MEMBER, f"member-{i}", session(x)) for i, x in enumerate((a, b, c))]
    parties[1].leave()
    assert [e.identifier for e in read_recipe(a, "/party").recipe.entries] == [
        "member-0",
        "member-2",
    ]
    for i, x in enumerate((a, b)):
        x.ShallowParty("/shallow", f"worker {i}").join()
    shallow = read_recipe(c, "/shallow").recipe
    assert (shallow.kind, shallow.certainty) == (r.SHALLOW_PARTY, r.EXACT)
    assert who(shallow) == [(r.MEMBER, "worker 0", session(a)), (r.MEMBER, "worker 1", session(b))]


def test_barrier_and_double_barrier(clients, background) -> None:
    a, b, c = clients
    a.Barrier("/gate/barrier").create()
    barrier = read_recipe(b, "/gate/barrier").recipe
    assert (barrier.kind, barrier.certainty) == (r.BARRIER, r.PATTERN)  # nothing proves it
    a.Barrier("/gate/barrier").remove()
    with pytest.raises(NoNodeError):
        read_recipe(b, "/gate/barrier")

    doubles = [x.DoubleBarrier("/double", 3, f"party-{i}") for i, x in enumerate(clients)]
    for i, double in enumerate(doubles[:2]):
        background(double.enter, lambda: None)
        wait_children(a, "/double", count_is(i + 1))
    recipe = read_recipe(a, "/double").recipe
    assert (recipe.kind, recipe.recipe, recipe.certainty) == (
        r.DOUBLE_BARRIER,
        "DoubleBarrier",
        r.EXACT,
    )
    assert (recipe.count, recipe.ready) == (2, False)
    assert [e.identifier for e in recipe.entries] == ["party-0", "party-1"]
    doubles[2].enter()  # the third: everyone is in, "ready" appears
    recipe = read_recipe(c, "/double").recipe
    assert (recipe.count, recipe.ready) == (3, True)
    leaving = [threading.Thread(target=d.leave) for d in doubles]
    for thread in leaving:
        thread.start()
    for thread in leaving:
        thread.join(WAIT_S)


def test_counter_value(clients) -> None:
    a, b, _ = clients
    counter = a.Counter("/counter")
    counter += 5
    recipe = read_recipe(b, "/counter").recipe
    assert (recipe.kind, recipe.recipe, recipe.value, recipe.certainty) == (
        r.COUNTER,
        "Counter",
        "5",
        r.PATTERN,
    )
    shared = a.Counter("/shared-count", support_curator=True)  # Curator's SharedCount format
    shared += 7
    recipe = read_recipe(b, "/shared-count").recipe
    assert (recipe.library, recipe.recipe, recipe.value) == (r.CURATOR, "SharedCount", "7")


def test_non_blocking_lease(clients) -> None:
    a, b, _ = clients
    lease = a.NonBlockingLease("/lease", datetime.timedelta(minutes=5), identifier="host-a")
    assert lease
    recipe = read_recipe(b, "/lease").recipe
    assert (recipe.kind, recipe.recipe, recipe.certainty) == (r.LEASE, "NonBlockingLease", r.EXACT)
    assert recipe.holders()[0].identifier == "host-a" and recipe.until


def test_plain_nodes_are_not_called_recipes(zk_client: KazooClient) -> None:
    for i in range(3):
        zk_client.create(f"/many/item-{i:04d}", str(i).encode(), makepath=True)
    zk_client.create("/mixed/_c_x-lock-0000000001", makepath=True)
    zk_client.create("/mixed/entry-100-0000000001")
    for path in ("/many", "/many/item-0001", "/mixed", "/"):
        assert read_recipe(zk_client, path).recipe is None, path
    # The course's election: whoever creates the ephemeral /servers/leader leads.
    zk_client.create("/servers/leader", b"10.0.0.11:8080", ephemeral=True, makepath=True)
    recipe = read_recipe(zk_client, "/servers/leader").recipe
    assert (recipe.kind, recipe.certainty) == (r.ELECTION, r.PATTERN)
    assert who(recipe) == [(r.LEADER, "10.0.0.11:8080", session(zk_client))]


# -- Curator's layouts, written as Curator's code writes them --------------------------------


def protected(name: str) -> str:
    """A protected name: ProtectedUtils.getProtectedPrefix(UUID) + name (curator-framework
    imps/ProtectedUtils.java: "_c_" + UUID.toString() + "-")."""
    return f"_c_{uuid.uuid4()}-{name}"


def curator_create(client: KazooClient, parent: str, name: str, data: bytes) -> str:
    """What ``create().creatingParentContainersIfNeeded().withProtection()
    .withMode(EPHEMERAL_SEQUENTIAL).forPath(parent + "/" + name, data)`` sends."""
    client.ensure_path(parent)
    return client.create(f"{parent}/{protected(name)}", data, ephemeral=True, sequence=True)


def test_curator_mutex_latch_and_selector(clients) -> None:
    a, b, _ = clients
    # StandardLockInternalsDriver.createsTheLock (locks/StandardLockInternalsDriver.java) with
    # InterProcessMutex's LOCK_NAME "lock-"; the data is CuratorFrameworkFactory's default
    # (the client's local address) when the mutex is given none.
    for client, address in ((a, b"10.0.0.5"), (b, b"10.0.0.6")):
        curator_create(client, "/curator/mutex", "lock-", address)
    recipe = read_recipe(a, "/curator/mutex").recipe
    assert (recipe.kind, recipe.library, recipe.recipe, recipe.certainty) == (
        r.LOCK,
        r.CURATOR,
        "InterProcessMutex",
        r.EXACT,
    )
    assert who(recipe) == [(r.HOLDER, "10.0.0.5", session(a)), (r.WAITER, "10.0.0.6", session(b))]

    # LeaderLatch.reset (leader/LeaderLatch.java): LOCK_NAME "latch-", data the id's bytes.
    for client, ident in ((b, b"latch-b"), (a, b"latch-a")):
        curator_create(client, "/curator/latch", "latch-", ident)
    latch = read_recipe(a, "/curator/latch").recipe
    assert (latch.kind, latch.recipe, latch.others) == (r.ELECTION, "LeaderLatch", ())
    assert who(latch) == [(r.LEADER, "latch-b", session(b)), (r.CANDIDATE, "latch-a", session(a))]

    # LeaderSelector (leader/LeaderSelector.java) is an InterProcessMutex whose lock node
    # data is the id: told from a mutex by the node's name only.
    curator_create(a, "/curator/leader", "lock-", b"selector-a")
    selector = read_recipe(a, "/curator/leader").recipe
    assert (selector.kind, selector.recipe, selector.others) == (
        r.ELECTION,
        "LeaderSelector",
        (r.LOCK,),
    )


def test_curator_read_write_lock(clients) -> None:
    a, b, c = clients
    # InterProcessReadWriteLock (locks/InterProcessReadWriteLock.java): "__READ__" and
    # "__WRIT__" lock names under one path.
    curator_create(a, "/curator/rw", "__WRIT__", b"w")
    curator_create(b, "/curator/rw", "__READ__", b"r")
    recipe = read_recipe(c, "/curator/rw").recipe
    assert (recipe.kind, recipe.recipe) == (r.READ_WRITE_LOCK, "InterProcessReadWriteLock")
    assert [(e.role, e.mode) for e in recipe.entries] == [(r.HOLDER, "write"), (r.WAITER, "read")]


def test_curator_semaphore_v2(clients) -> None:
    a, b, _ = clients
    # InterProcessSemaphoreV2 (locks/InterProcessSemaphoreV2.java): leases under
    # path/leases named "lease-", the mutex under path/locks.
    a.ensure_path("/curator/sem/locks")
    for client, ident in ((a, b"one"), (b, b"two")):
        curator_create(client, "/curator/sem/leases", "lease-", ident)
    recipe = read_recipe(a, "/curator/sem").recipe
    assert (recipe.kind, recipe.recipe, recipe.count, recipe.maximum) == (
        r.SEMAPHORE,
        "InterProcessSemaphoreV2",
        2,
        None,  # Curator keeps it in its clients
    )
    lease = recipe.entries[0].name
    view = read_recipe(a, f"/curator/sem/leases/{lease}")
    assert view.focus == f"leases/{lease}" and view.recipe == recipe


def test_curator_queues_and_barrier_and_count(clients) -> None:
    a, b, _ = clients
    # DistributedQueue.internalCreateNode (queue/DistributedQueue.java): PERSISTENT_SEQUENTIAL
    # "queue-" with ItemSerializer.serialize's bytes (queue/ItemSerializer.java): VERSION
    # 0x00010001, then ITEM_OPCODE 0x01, a length and the item, then EOF_OPCODE 0x02.
    a.ensure_path("/curator/queue")
    for item in (b"job-1", b"job-2"):
        body = struct.pack(">iBi", 0x00010001, 1, len(item)) + item + b"\x02"
        a.create("/curator/queue/queue-", body, sequence=True)
    queue = read_recipe(b, "/curator/queue").recipe
    assert (queue.kind, queue.recipe, queue.count, queue.certainty) == (
        r.QUEUE,
        "DistributedQueue",
        2,
        r.EXACT,
    )
    # SimpleDistributedQueue.offer (queue/SimpleDistributedQueue.java): "qn-", raw data.
    a.ensure_path("/curator/simple")
    a.create("/curator/simple/qn-", b"raw", sequence=True)
    simple = read_recipe(b, "/curator/simple").recipe
    assert (simple.recipe, simple.entries[0].data) == ("SimpleDistributedQueue", b"raw")

    # DistributedDoubleBarrier.internalEnter (barriers/DistributedDoubleBarrier.java):
    # EPHEMERAL UUID.toString() children, and "ready" once enough are in.
    for client in (a, b):
        client.create(f"/curator/double/{uuid.uuid4()}", b"10.0.0.5", ephemeral=True, makepath=True)
    double = read_recipe(a, "/curator/double").recipe
    assert (double.kind, double.recipe, double.ready, double.certainty) == (
        r.DOUBLE_BARRIER,
        "DistributedDoubleBarrier",
        False,
        r.EXACT,
    )

    # SharedCount.toBytes (shared/SharedCount.java): a 4-byte big-endian int.
    a.create("/curator/counter", struct.pack(">i", -3))
    count = read_recipe(b, "/curator/counter").recipe
    assert (count.kind, count.recipe, count.value) == (r.COUNTER, "SharedCount", "-3")
