"""ACL writes against a real server: the zk functions (zk/acl_ops.py) and the controller
(models/acl_writes.py): versions, conflicts, Apply to Subtree with progress and stop, a
write cut by a disconnect."""

from __future__ import annotations

import pytest
from kazoo.exceptions import BadVersionError
from kazoo.security import ACL, Id, Permissions

from tests.helpers import WAIT, connect
from zkinspector.models.acl_writes import AclWriter, SubtreeReport
from zkinspector.models.selected import SelectedNode
from zkinspector.zk.acl_ops import apply_acl_tree, set_acl_once
from zkinspector.zk.bulk import create_tree

R, A, ALL = Permissions.READ, Permissions.ADMIN, Permissions.ALL
OPEN = [ACL(ALL, Id("world", "anyone"))]
MINE = [ACL(R | A, Id("world", "anyone"))]
THEIRS = [ACL(R | Permissions.WRITE | A, Id("world", "anyone"))]


# -- the zk functions ----------------------------------------------------------------------


def test_set_acl_once_uses_the_aversion(zk_client) -> None:
    zk_client.create("/n", b"x")
    stat = set_acl_once(zk_client, "/n", [ACL(R | A, Id("world", "anyone"))], 0)
    assert stat.aversion == 1
    with pytest.raises(BadVersionError):
        set_acl_once(zk_client, "/n", OPEN, 0)  # loaded before the change: a conflict
    assert zk_client.get_acls("/n")[0] == [ACL(R | A, Id("world", "anyone"))]
    set_acl_once(zk_client, "/n", OPEN, -1)
    assert zk_client.get_acls("/n")[0] == OPEN


def test_apply_acl_tree(zk_client) -> None:
    nodes = ["/t"] + [f"/t/a{i}" for i in range(30)] + [f"/t/a0/b{i}" for i in range(30)]
    create_tree(zk_client, [(p, b"") for p in nodes])
    reached: list[tuple[int, int | None]] = []
    new = [ACL(R | A, Id("world", "anyone"))]
    result = apply_acl_tree(zk_client, "/t", new, progress=lambda d, t: reached.append((d, t)))
    assert result.applied == len(nodes)
    assert not result.errors and not result.cancelled
    assert reached[-1] == (len(nodes), len(nodes))
    for path in nodes:
        assert zk_client.get_acls(path)[0] == new
    # Cancelled after the first batch: it stops, says so, and leaves the rest alone.
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    result = apply_acl_tree(zk_client, "/t", OPEN, cancelled=cancelled, window=2)
    assert result.cancelled
    assert 0 < result.applied < len(nodes)
    changed = sum(zk_client.get_acls(p)[0] == OPEN for p in nodes)
    assert changed == result.applied


# -- the controller ------------------------------------------------------------------------


@pytest.fixture
def selected(qtbot, session, zk_chroot) -> SelectedNode:
    connect(qtbot, session, zk_chroot)
    return SelectedNode(session)


@pytest.fixture
def writer(session, selected) -> AclWriter:
    return AclWriter(session, selected)


def test_apply_writes_with_the_aversion_and_reloads_the_node(
    qtbot, writer, selected, zk_client
) -> None:
    zk_client.create("/n", b"x")
    with qtbot.waitSignal(selected.loaded, timeout=WAIT):
        selected.select("/n")
    busy: list[bool] = []
    writer.busyChanged.connect(busy.append)
    with (
        qtbot.waitSignal(writer.applied, timeout=WAIT) as sig,
        qtbot.waitSignal(selected.loaded, timeout=WAIT) as reloaded,
    ):
        writer.apply("/n", MINE, 0)
        assert writer.busy
    path, stat = sig.args
    assert path == "/n" and stat.aversion == 1
    acls, server_stat = zk_client.get_acls("/n")
    assert acls == MINE and server_stat.aversion == 1
    snap = reloaded.args[0]  # the selected node shows what the server now holds
    assert snap.acl == MINE and snap.stat.aversion == 1
    assert busy == [True, False] and not writer.busy


def test_a_concurrent_change_is_a_conflict_and_writes_nothing(qtbot, writer, zk_client) -> None:
    zk_client.create("/c", b"")
    zk_client.set_acls("/c", THEIRS)  # someone else, after we loaded aversion 0
    with (
        qtbot.waitSignal(writer.conflict, timeout=WAIT) as sig,
        qtbot.assertNotEmitted(writer.applied),
        qtbot.assertNotEmitted(writer.failed),
    ):
        writer.apply("/c", MINE, 0)
    path, acls, loaded, stat = sig.args
    assert (path, acls, loaded, stat.aversion) == ("/c", MINE, 0, 1)
    assert zk_client.get_acls("/c")[0] == THEIRS
    assert not writer.busy
    # Overwriting what the user was shown (aversion 1) goes through.
    with qtbot.waitSignal(writer.applied, timeout=WAIT):
        writer.apply("/c", MINE, stat.aversion)
    acls, server_stat = zk_client.get_acls("/c")
    assert acls == MINE and server_stat.aversion == 2


def test_a_deleted_node_fails_with_a_sentence(qtbot, writer, zk_client) -> None:
    zk_client.create("/gone", b"")
    zk_client.delete("/gone")
    with (
        qtbot.waitSignal(writer.failed, timeout=WAIT) as sig,
        qtbot.assertNotEmitted(writer.conflict),
    ):
        writer.apply("/gone", MINE, 0)
    assert sig.args == ["/gone", "/gone was deleted on the server; nothing was written."]
    assert not zk_client.exists("/gone")


def _tree(zk_client, root: str, fanout: int, leaves: int) -> list[str]:
    nodes = [root]
    for i in range(fanout):
        nodes.append(f"{root}/a{i}")
        nodes.extend(f"{root}/a{i}/b{j}" for j in range(leaves))
    assert create_tree(zk_client, [(p, b"") for p in nodes]) == len(nodes)
    return nodes


def test_apply_subtree_reports_progress_and_what_it_did(qtbot, writer, zk_client) -> None:
    nodes = _tree(zk_client, "/t", 10, 30)
    progress: list[tuple[int, int | None]] = []
    writer.subtreeProgress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(writer.subtreeDone, timeout=WAIT) as sig:
        writer.apply_subtree("/t", MINE)
    report: SubtreeReport = sig.args[0]
    assert report.path == "/t" and report.complete
    assert report.result.applied == len(nodes)
    assert report.text() == f"ACL set on {len(nodes)} nodes under /t."
    assert progress and all(0 < done <= len(nodes) for done, _total in progress)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert all(zk_client.get_acls(p)[0] == MINE for p in nodes)
    assert not writer.busy


def test_stopping_a_subtree_leaves_a_consistent_report(qtbot, writer, zk_client) -> None:
    nodes = _tree(zk_client, "/big", 40, 100)
    writer.subtreeProgress.connect(lambda _done, _total: writer.stop_subtree())
    with qtbot.waitSignal(writer.subtreeDone, timeout=WAIT) as sig:
        writer.apply_subtree("/big", MINE)
    report: SubtreeReport = sig.args[0]
    assert report.result.cancelled and not report.complete
    assert 0 < report.result.applied < len(nodes)
    assert "Cancelled before the end." in report.lines
    changed = sum(zk_client.get_acls(p)[0] == MINE for p in nodes)
    assert changed == report.result.applied  # what it says it did, and nothing else
    assert not writer.busy


def test_a_write_cut_by_a_disconnect_ends_in_failed(qtbot, writer, session, zk_client) -> None:
    _tree(zk_client, "/d", 20, 50)
    with (
        qtbot.waitSignal(writer.failed, timeout=WAIT) as sig,
        qtbot.assertNotEmitted(writer.subtreeDone),
    ):
        writer.apply_subtree("/d", MINE)
        session.disconnect_from()
    assert sig.args[0] == "/d" and "may or may not have been applied" in sig.args[1]
    assert not writer.busy


def test_identities_follow_the_connection(qtbot, session, zk_chroot) -> None:
    writer = AclWriter(session)
    assert writer.identities() == [Id("world", "anyone")] and not writer.has_credentials()
    connect(qtbot, session, zk_chroot, auth=["digest:bob:secret"])
    ids = writer.identities()
    assert Id("digest", "bob:fyVmFCwVbTJYrznoSu1koqYEYF0=") in ids
    assert Id("ip", session.local_address) in ids and session.local_address
    assert writer.has_credentials()
