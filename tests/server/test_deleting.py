"""The delete controller on a real server: count, delete with progress, stop, report."""

from __future__ import annotations

from kazoo.client import KazooClient
from kazoo.security import OPEN_ACL_UNSAFE, make_digest_acl

from tests.helpers import WAIT, connect
from zkinspector.models.deleting import SubtreeDelete
from zkinspector.zk.session import ZkSession


def test_counts_then_deletes_and_reports(qtbot, session: ZkSession, zk_chroot, zk_client):
    for i in range(30):
        zk_client.create(f"/app/n{i}/leaf", b"x", makepath=True)
    zk_client.create("/keep", b"")
    connect(qtbot, session, zk_chroot)
    deleting = SubtreeDelete(session, ["/app"])
    with qtbot.waitSignal(deleting.counted, timeout=WAIT) as counted:
        deleting.count()
    assert counted.args == [61]
    progress: list[int] = []
    deleting.progress.connect(lambda done, _total: progress.append(done))
    with qtbot.waitSignal(deleting.finished, timeout=WAIT) as finished:
        deleting.start()
    report, ok = finished.args
    assert ok
    assert report == "61 nodes deleted."
    assert zk_client.exists("/app") is None
    assert zk_client.exists("/keep") is not None
    assert progress and progress[-1] <= 61


def test_a_node_that_cannot_go_is_named_and_kept(
    qtbot, session: ZkSession, zk_chroot, zk_client: KazooClient, kazoo_client
):

    zk_client.create("/locked", b"")
    zk_client.create("/locked/child", b"")
    # Nobody but "owner" may delete children of /locked: its ACL lacks DELETE for us.
    zk_client.set_acls("/locked", [make_digest_acl("owner", "pw", all=True)])
    connect(qtbot, session, zk_chroot)
    deleting = SubtreeDelete(session, ["/locked"])
    with qtbot.waitSignal(deleting.finished, timeout=WAIT) as finished:
        deleting.start()
    report, ok = finished.args
    assert not ok
    assert "Still on the server: /locked" in report
    assert "not allowed to do this on /locked" in report
    assert zk_client.exists("/locked/child") is not None
    owner = kazoo_client(zk_chroot, auth_data=[("digest", "owner:pw")])
    owner.set_acls("/locked", OPEN_ACL_UNSAFE)  # so the chroot can be cleaned up
