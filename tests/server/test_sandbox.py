"""Tests for zkinspector.zk.sandbox: demo data, lifetime of the Java process, controller."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoAuthError

import zkinspector.zk.server as server_mod
from tests.helpers import pid_gone
from zkinspector.zk.live_recipes import QUEUE_MAX
from zkinspector.zk.recipes import EXACT, read_recipe
from zkinspector.zk.sandbox import DEMO_AUTH, MANY_CHILDREN, Sandbox, SandboxController

ROOT = Path(__file__).resolve().parents[2]


def java_children() -> set[int]:
    """Pids of ZooKeeper java processes that are children of this process."""
    pids: set[int] = set()
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"QuorumPeerMain" in cmdline:
                pids.add(int(pid))
    return pids


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    box = Sandbox(heap_mb=128, live_pace=0.2)  # the live recipes five times faster
    box.start()
    try:
        yield box
    finally:
        box.stop()


@pytest.fixture
def viewer(sandbox: Sandbox, kazoo_client) -> KazooClient:
    """A separate kazoo session, as a user of the inspector would have."""
    assert sandbox.connect_string is not None
    return kazoo_client(sandbox.connect_string)


def test_demo_persistent_nodes(viewer: KazooClient) -> None:
    conf, stat = viewer.get("/conf")
    assert stat.ephemeralOwner == 0
    assert isinstance(json.loads(conf), dict)
    assert set(viewer.get_children("/conf")) >= {"db"}
    assert viewer.get("/conf/db")[0].decode().strip()

    p_children = sorted(c for c in viewer.get_children("/app1") if c.startswith("p_"))
    assert len(p_children) == 3
    for name in p_children:
        assert name[2:].isdigit() and len(name) == 12
        assert viewer.exists(f"/app1/{name}").ephemeralOwner == 0

    blob = viewer.get("/binary/blob")[0]
    assert b"\x00" in blob and b"\xff" in blob
    with pytest.raises(UnicodeDecodeError):
        blob.decode("utf-8")

    many = viewer.get_children("/many")
    assert len(many) == MANY_CHILDREN == viewer.exists("/many").numChildren
    queue = read_recipe(viewer, "/queue").recipe
    assert (queue.kind, queue.recipe, queue.certainty) == ("Queue", "Queue", EXACT)


def test_demo_ephemerals_belong_to_owner(sandbox: Sandbox, viewer: KazooClient) -> None:
    assert sandbox.owner is not None
    owner_session = sandbox.owner.client_id[0]
    members = viewer.get_children("/nodes")
    assert len(members) >= 3
    ephemerals = [f"/nodes/{m}" for m in members] + ["/servers/leader"]
    ephemerals += [f"/app1/{c}" for c in viewer.get_children("/app1") if c.startswith("e_")]
    assert len(ephemerals) >= len(members) + 3  # leader + at least two ephemeral sequential
    for path in ephemerals:
        assert viewer.exists(path).ephemeralOwner == owner_session, path
    host, _, port = viewer.get("/servers/leader")[0].decode().rpartition(":")
    assert host and port.isdigit()
    assert viewer.exists("/conf").ephemeralOwner == 0


def changes(client: KazooClient, path: str) -> Iterator[None]:
    """Yield once now and then after each change of ``path``'s children (a watch wakes
    it), until the caller stops; fails if nothing changes for 15 s."""
    changed: queue.SimpleQueue[object] = queue.SimpleQueue()
    client.ChildrenWatch(path, changed.put)
    while True:
        changed.get(timeout=15)
        yield


def test_live_lock_changes_hands(sandbox: Sandbox, viewer: KazooClient) -> None:
    owner = sandbox.owner.client_id[0]
    holders: set[str] = set()
    sessions: set[int] = set()
    for _ in changes(viewer, "/locks/resource"):
        lock = read_recipe(viewer, "/locks/resource").recipe
        if lock is None or not lock.entries:
            continue  # (between a release and the next holder)
        assert (lock.kind, lock.recipe, lock.certainty) == ("Lock", "Lock", EXACT)
        assert {e.identifier for e in lock.entries} <= {"worker-1", "worker-2", "worker-3"}
        holders |= {e.identifier for e in lock.holders()}
        sessions |= {e.owner for e in lock.entries}
        if len(holders) >= 2 and len(sessions) >= 2:
            break
    assert owner not in sessions  # each worker has a session of its own


def test_live_election_party_and_queue(sandbox: Sandbox, viewer: KazooClient) -> None:
    leaders = set()
    for _ in changes(viewer, "/election"):
        election = read_recipe(viewer, "/election").recipe
        leaders |= {e.identifier for e in election.holders()}
        if len(leaders) >= 2:  # a leader stepped down, another took over
            break
    assert leaders <= {"node-1:8080", "node-2:8080", "node-3:8080"}
    seen = set()
    for _ in changes(viewer, "/party"):
        party = read_recipe(viewer, "/party").recipe
        seen.add(tuple(sorted(e.identifier for e in party.entries)))
        if len(seen) >= 3:  # members came and went
            break
    lengths, counted = set(), set()
    for _ in changes(viewer, "/queue"):
        lengths.add(read_recipe(viewer, "/queue").recipe.count)
        counted.add(int(read_recipe(viewer, "/counter").recipe.value))
        if len(lengths) >= 3 and len(counted) >= 2:
            break
    assert max(lengths) <= QUEUE_MAX + 3  # (the three tasks seeded before it started)


def test_demo_secret_needs_digest_auth(viewer: KazooClient, sandbox: Sandbox, kazoo_client) -> None:
    with pytest.raises(NoAuthError):
        viewer.get("/secure/secret")
    with pytest.raises(NoAuthError):  # since ZooKeeper 3.6 even getACL needs READ or ADMIN
        viewer.get_acls("/secure/secret")

    authed = kazoo_client(sandbox.connect_string, auth_data=[DEMO_AUTH])
    assert authed.get("/secure/secret")[0]
    acl, _ = authed.get_acls("/secure/secret")
    assert [(a.id.scheme, a.id.id.split(":")[0], a.perms) for a in acl] == [("digest", "demo", 31)]


def test_stop_leaves_no_java_process_and_no_thread() -> None:
    before = java_children()
    threads = {t.ident for t in threading.enumerate()}
    box = Sandbox(heap_mb=128)
    connect_string = box.start()
    assert box.server is not None and box.live is not None
    actors = box.live.threads
    assert len(actors) == 10 and all(t.is_alive() for t in actors)
    pid = box.server.pid
    assert pid in java_children()
    box.stop()
    assert not any(t.is_alive() for t in actors)
    left = [
        t
        for t in threading.enumerate()
        if t.ident not in threads and t.name != "zk-server-launcher"
    ]
    assert left == []  # the actors and every kazoo thread of their clients are gone
    box.stop()  # idempotent
    assert box.connect_string is None
    assert pid_gone(pid, timeout=0)
    assert java_children() <= before
    host, port = connect_string.split(":")
    with pytest.raises(OSError):
        server_mod.four_letter(host, int(port), "ruok", timeout=1)


def test_controller_starts_and_stops(qtbot, kazoo_client) -> None:
    before = java_children()
    controller = SandboxController(heap_mb=128)
    with qtbot.waitSignal(controller.started, timeout=30_000) as blocker:
        controller.start()
    connect_string = blocker.args[0]
    assert connect_string == controller.connect_string
    assert connect_string.startswith("127.0.0.1:")
    # The starting thread has finished; the server it launched must keep running.
    client = kazoo_client(connect_string)
    assert client.exists("/servers/leader") is not None
    client.stop()
    sandbox = controller.sandbox
    assert sandbox is not None and sandbox.server is not None
    pid = sandbox.server.pid
    assert sandbox.server.is_running()
    controller.stop()
    assert pid is not None and pid_gone(pid, timeout=0)
    assert java_children() <= before


def test_controller_stop_while_starting(qtbot) -> None:
    before = java_children()
    controller = SandboxController(heap_mb=128)
    controller.start()
    controller.stop()
    with qtbot.assertNotEmitted(controller.started), qtbot.assertNotEmitted(controller.failed):
        qtbot.wait(100)  # let any queued result arrive; it must be dropped
    assert java_children() <= before


def test_controller_reports_missing_zookeeper(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ZOOKEEPER_HOME", str(tmp_path))
    monkeypatch.setattr(server_mod, "default_search_dirs", lambda: [tmp_path / "hidden"])
    controller = SandboxController()
    with qtbot.waitSignal(controller.failed, timeout=10_000) as blocker:
        controller.start()
    message = blocker.args[0]
    assert "ZooKeeper jars not found" in message
    assert "apt-get install zookeeper" in message and "ZOOKEEPER_HOME" in message
    assert controller.sandbox is None


_CHILD = """
import sys
from zkinspector.zk.sandbox import Sandbox
box = Sandbox(heap_mb=128)
box.start()
print(box.server.pid, box.server.port, flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
def test_sigkilled_parent_leaves_no_orphan_java() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().decode()
        java_pid, port = (int(x) for x in line.split())
        assert "Mode: standalone" in server_mod.four_letter("127.0.0.1", port, "srvr")
        fd = os.pidfd_open(java_pid)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    try:
        import select

        readable, _, _ = select.select([fd], [], [], 15)
        assert readable, f"java {java_pid} outlived its SIGKILLed parent"
    finally:
        os.close(fd)


def test_ttl_nodes_are_allowed_and_expire(sandbox: Sandbox, viewer: KazooClient) -> None:
    """The sandbox teaches TTL and container nodes: the server takes them and removes
    them within seconds."""
    import threading

    from zkinspector.zk.node_types import create_typed

    path, _stat = create_typed(viewer, "/ttl-demo", b"x", ttl=500)
    gone = threading.Event()
    if viewer.exists(path, watch=lambda _event: gone.set()) is not None:
        assert gone.wait(30)
    assert viewer.exists(path) is None
