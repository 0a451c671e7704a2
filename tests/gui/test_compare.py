"""Comparing two subtrees in the compare panel, here and across clusters, and making the
target like the source; the window's dialogs and views against real servers."""

from __future__ import annotations

from kazoo.security import make_acl
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from tests.gui.test_transfer import open_tab
from tests.helpers import WAIT, select, wait_visible


def _compare(qtbot, win, source: tuple[int, str], target: tuple[int, str]):
    """Compare Subtrees: pick the tabs and paths, OK; returns the panel once it is done."""
    win.actions.actionCompare.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "compareDialog")
    for side, (tab, path) in (("compareSource", source), ("compareTarget", target)):
        dialog.findChild(QComboBox, side + "Combo").setCurrentIndex(tab)
        dialog.findChild(QLineEdit, side + "PathEdit").setText(path)
    dialog.accept()
    panel = win.transfers.comparePanel
    qtbot.waitUntil(lambda: not panel.is_running() and bool(panel.statusLabel.text()), timeout=WAIT)
    assert win.transfers.compareDock.isVisible()
    return panel


def _rows(panel) -> dict[str, str]:
    model = panel.view.model()
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def _make_like(qtbot, win, panel, *, selected: bool) -> QDialog:
    button = panel.applySelectedButton if selected else panel.applyAllButton
    assert button.isEnabled()
    button.click()
    dialog = wait_visible(qtbot, win, QDialog, "makeLikeDialog")
    dialog.okButton.click()
    qtbot.waitUntil(lambda: dialog.state == "finished", timeout=WAIT)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=WAIT)
    return dialog


def test_compare_lists_added_removed_and_changed_then_makes_them_equal(qtbot, window, zk_client):
    for side in ("/left", "/right"):
        zk_client.create(side + "/same", b"s", makepath=True)
        zk_client.create(side + "/c", b"one\ntwo\n" if side == "/left" else b"one\n2\n")
    zk_client.create("/left/only-left/kid", b"k", makepath=True)
    zk_client.create("/right/only-right", b"r")
    zk_client.create("/left/d", b"d")
    narrower = make_acl("world", "anyone", read=True, write=True, admin=True)
    zk_client.create("/right/d", b"d", acl=[narrower])
    select(qtbot, window, "/left")

    panel = _compare(qtbot, window, (0, "/left"), (0, "/right"))
    assert _rows(panel) == {
        "/only-left": "removed",
        "/only-left/kid": "removed",
        "/only-right": "added",
        "/c": "data",
        "/d": "ACL",
    }
    assert "5 difference" in panel.statusLabel.text()

    # The data difference of /c in the diff view: target against source.
    row = next(r for r in range(len(panel.model)) if panel.model.row(r).path == "c")
    panel.view.selectRow(row)
    assert panel.diffButton.isEnabled()
    panel.diffButton.click()
    diff = wait_visible(qtbot, window, QDialog, "diffDialog")
    assert "-2" in diff.unified_text() and "+two" in diff.unified_text()
    diff.close()

    dialog = _make_like(qtbot, window, panel, selected=False)
    question = dialog.findChild(object, "makeLikeQuestion").text()
    assert "create 2" in question and "delete 1" in question
    assert "/right" in question
    qtbot.waitUntil(lambda: "same" in panel.statusLabel.text(), timeout=WAIT)
    assert _rows(panel) == {}
    assert zk_client.get("/right/c")[0] == b"one\ntwo\n"
    assert zk_client.get("/right/only-left/kid")[0] == b"k"
    assert zk_client.exists("/right/only-right") is None
    assert zk_client.get_acls("/right/d")[0] == zk_client.get_acls("/left/d")[0]
    assert zk_client.get("/left/c")[0] == b"one\ntwo\n"  # the source is untouched


def test_compare_across_clusters_and_make_selected_rows_like_the_source(
    qtbot, window, zk_client, other_cluster, kazoo_client
):
    chroot = window.page.session.params.chroot
    other = kazoo_client(other_cluster.connect_string)
    other.ensure_path(chroot)
    zk_client.create("/cfg/a", b"1", makepath=True)
    zk_client.create("/cfg/b", b"2")
    other.create(chroot + "/cfg/a", b"1", makepath=True)
    other.create(chroot + "/cfg/b", b"other")
    other.create(chroot + "/cfg/extra", b"x")
    select(qtbot, window, "/cfg")
    open_tab(qtbot, window, other_cluster.connect_string + chroot)

    panel = _compare(qtbot, window, (0, "/cfg"), (1, "/cfg"))
    assert _rows(panel) == {"/b": "data", "/extra": "added"}
    row = next(r for r in range(len(panel.model)) if panel.model.row(r).path == "b")
    panel.view.selectRow(row)
    dialog = _make_like(qtbot, window, panel, selected=True)
    assert "1 overwritten" in dialog.report()
    assert other.get(chroot + "/cfg/b")[0] == b"2"
    assert other.exists(chroot + "/cfg/extra") is not None  # not chosen: untouched
    qtbot.waitUntil(lambda: _rows(panel) == {"/extra": "added"}, timeout=WAIT)
    other.delete(chroot, recursive=True)


def test_compare_dialog_refuses_overlapping_subtrees(qtbot, window):
    window.actions.actionCompare.trigger()
    dialog = wait_visible(qtbot, window, QDialog, "compareDialog")
    dialog.findChild(QLineEdit, "compareSourcePathEdit").setText("/a")
    dialog.findChild(QLineEdit, "compareTargetPathEdit").setText("/a/b")
    dialog.accept()
    assert dialog.isVisible() and "holds the other" in dialog.problemLabel.text()
