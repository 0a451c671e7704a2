"""Export, import, copy and paste, move and rename, driven through the window's dialogs
against real servers (a second cluster where a copy crosses clusters)."""

from __future__ import annotations

import os

import pytest
from kazoo.client import KazooClient
from kazoo.security import make_acl, make_digest_acl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from tests.helpers import WAIT, expand, select, visible, wait_visible
from zkinspector.ui.node_tree import nodes_mime
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.connstr import build_params
from zkinspector.zk.session import CONNECTED


def open_tab(qtbot, win, server: str):
    """A new tab connected to ``server`` (the connect dialog's own test is in test_tabs)."""
    win.connect_to(build_params(server), new_tab=True)
    page = win.page
    qtbot.waitUntil(lambda: page.session.state == CONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: page.current_path() == "/", timeout=WAIT)
    return page


def _choose_file(qtbot, win, name: str, file: str) -> None:
    dialog = wait_visible(qtbot, win, QFileDialog, name)
    dialog.selectFile(file)
    dialog.accept()


def _finished(qtbot, win, name: str) -> QDialog:
    """The visible task dialog ``name`` once its work has ended."""
    dialog = wait_visible(qtbot, win, QDialog, name)
    qtbot.waitUntil(lambda: dialog.state == "finished", timeout=WAIT)
    return dialog


def _asking(qtbot, win, name: str) -> QDialog:
    """The visible plan dialog ``name`` once its check is done and it asks."""
    dialog = wait_visible(qtbot, win, QDialog, name)
    qtbot.waitUntil(lambda: dialog.plan() is not None and dialog.state == "asking", timeout=WAIT)
    return dialog


def _export(qtbot, win, path: str, file: str) -> QDialog:
    select(qtbot, win, path)
    win.actions.actionExport.trigger()
    _choose_file(qtbot, win, "exportFileDialog", file)
    return _finished(qtbot, win, "exportDialog")


def test_export_then_import_round_trip(qtbot, window, zk_client, tmp_path):
    binary = bytes(range(256))
    secret = [make_digest_acl("ops", "pw", all=True)]
    zk_client.create("/app/conf", b'{"port": 2181}', makepath=True)
    zk_client.create("/app/blob", binary)
    zk_client.create("/app/empty", b"")
    zk_client.create("/app/locked", b"x", acl=secret)
    # Readable by anyone, but its digest id is shown only to ADMIN: the file keeps it
    # hidden and the import must not write it.
    zk_client.create("/app/guarded", b"g", acl=[secret[0], make_acl("world", "anyone", read=True)])
    zk_client.create("/app/seq/p_0000000007", b"7", makepath=True)
    zk_client.create("/backup")
    file = str(tmp_path / "app.jsonl")

    dialog = _export(qtbot, window, "/app", file)
    report = dialog.report()
    assert "written to" in report and file in report
    # The node the session may not read is named, and is not in the file; so is the
    # node whose ACL came with its digest id hidden.
    assert "/app/locked" in report and "/app/guarded" in report
    assert os.stat(file).st_mode & 0o777 == 0o600
    dialog.close()

    select(qtbot, window, "/backup")
    window.actions.actionImport.trigger()
    _choose_file(qtbot, window, "importFileDialog", file)
    dialog = _asking(qtbot, window, "importDialog")
    preview = dialog.planView.text()
    assert "New nodes: 7" in preview  # app, conf, blob, empty, guarded, seq, p_0000000007
    assert "Existing, the same: 0" in preview
    assert "/backup/app/guarded" in preview  # warned: it will not be written
    dialog.okButton.click()
    dialog = _finished(qtbot, window, "importDialog")
    assert "6 created" in dialog.report()
    assert zk_client.exists("/backup/app/guarded") is None

    assert zk_client.get("/backup/app/blob")[0] == binary
    assert zk_client.get("/backup/app/conf")[0] == b'{"port": 2181}'
    assert zk_client.get("/backup/app/empty")[0] == b""
    assert zk_client.get_children("/backup/app/seq") == ["p_0000000007"]
    assert zk_client.exists("/backup/app/locked") is None
    # The tree shows what came in.
    expand(qtbot, window.page.model, "/backup", ["app"])


def test_import_preview_conflicts_and_dry_run(qtbot, window, zk_client, tmp_path):
    zk_client.create("/src/a", b"1", makepath=True)
    zk_client.create("/src/b", b"2")
    file = str(tmp_path / "src.jsonl")
    _export(qtbot, window, "/src", file).close()
    zk_client.set("/src/a", b"changed")  # the file now differs from the server on /src/a

    select(qtbot, window, "/")
    window.actions.actionImport.trigger()
    _choose_file(qtbot, window, "importFileDialog", file)
    dialog = _asking(qtbot, window, "importDialog")
    preview = dialog.planView.text()
    assert "Existing, other data: 1" in preview and "Existing, the same: 2" in preview
    assert "/src/a" in dialog.conflictChoice.questionLabel.text()

    dialog.findChild(QRadioButton, "conflictOverwriteRadio").setChecked(True)
    dialog.dryRunCheck.setChecked(True)
    dialog.okButton.click()
    qtbot.waitUntil(lambda: "Dry run" in dialog.status(), timeout=WAIT)
    assert "1 overwritten" in dialog.status()
    assert zk_client.get("/src/a")[0] == b"changed"  # nothing written

    dialog.dryRunCheck.setChecked(False)
    dialog.okButton.click()
    qtbot.waitUntil(lambda: dialog.state == "finished", timeout=WAIT)
    assert "1 overwritten" in dialog.report()
    assert zk_client.get("/src/a")[0] == b"1"


@pytest.mark.parametrize(
    "content",
    [b'{"format": "something-else", "version": 1}\n', b"not json at all\n", b""],
)
def test_a_bad_file_is_refused_with_nothing_written(qtbot, window, zk_client, tmp_path, content):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    zk_client.create("/target")
    select(qtbot, window, "/target")
    window.actions.actionImport.trigger()
    _choose_file(qtbot, window, "importFileDialog", str(bad))
    dialog = _finished(qtbot, window, "importDialog")
    assert "bad.jsonl" in dialog.status()  # one sentence naming the file (and the line)
    assert not dialog.okButton.isVisible()
    assert zk_client.get_children("/target") == []


def test_a_cut_file_is_refused_naming_the_place(qtbot, window, zk_client, tmp_path):
    zk_client.create("/big/a", b"1", makepath=True)
    zk_client.create("/big/b", b"2")
    file = tmp_path / "big.jsonl"
    _export(qtbot, window, "/big", str(file)).close()
    lines = file.read_bytes().splitlines(keepends=True)
    file.write_bytes(b"".join(lines[:-1]))  # no end line: cut short
    zk_client.create("/into")

    select(qtbot, window, "/into")
    window.actions.actionImport.trigger()
    _choose_file(qtbot, window, "importFileDialog", str(file))
    dialog = _finished(qtbot, window, "importDialog")
    assert "big.jsonl" in dialog.status() or "end" in dialog.status().lower()
    assert zk_client.get_children("/into") == []


def test_copy_and_paste_into_another_clusters_tab(
    qtbot, window, zk_client, other_cluster, kazoo_client
):
    zk_client.create("/svc/config", b"a=1", makepath=True)
    # A sequential-looking name is created literally.
    zk_client.create("/svc/nodes/n_0000000003", b"", makepath=True)
    other: KazooClient = kazoo_client(other_cluster.connect_string)
    chroot = window.page.session.params.chroot
    other.ensure_path(chroot)

    select(qtbot, window, "/svc")
    window.page.tree.setFocus()
    window.actions.actionCopyNode.trigger()
    second = open_tab(qtbot, window, other_cluster.connect_string + chroot)
    assert window.actions.actionPasteNode.isEnabled()
    window.actions.actionPasteNode.trigger()
    dialog = _asking(qtbot, window, "pasteDialog")
    assert "Nodes to copy (subtrees included): 4" in dialog.planView.text()
    assert other_cluster.connect_string in dialog.findChild(object, "pasteTargetLabel").text()
    assert not dialog.conflictChoice.isVisible()
    dialog.okButton.click()
    dialog = _finished(qtbot, window, "pasteDialog")
    assert "4 created" in dialog.report()

    root = chroot
    assert other.get(root + "/svc/config")[0] == b"a=1"
    assert other.get_children(root + "/svc/nodes") == ["n_0000000003"]
    qtbot.waitUntil(lambda: second.current_path() == "/svc", timeout=WAIT)  # revealed
    dialog.close()

    # Pasting again: the target exists, and the dialog asks before anything is written.
    other.set(root + "/svc/config", b"a=2")
    select(qtbot, window, "/")
    window.actions.actionPasteNode.trigger()
    dialog = _asking(qtbot, window, "pasteDialog")
    assert dialog.conflictChoice.isVisible()
    assert "/svc" in dialog.conflictChoice.questionLabel.text()
    dialog.findChild(QRadioButton, "conflictStopRadio").setChecked(True)
    dialog.okButton.click()
    dialog = _finished(qtbot, window, "pasteDialog")
    assert "already exists" in dialog.report()
    assert other.get(root + "/svc/config")[0] == b"a=2"
    other.delete(chroot, recursive=True)


def test_paste_asks_about_ephemeral_nodes(qtbot, window, zk_client, kazoo_client, zk_chroot):
    zk_client.create("/group/member", b"me", ephemeral=True, makepath=True)
    zk_client.create("/group/info", b"i")
    zk_client.create("/copies")
    select(qtbot, window, "/group")
    window.page.tree.setFocus()
    window.actions.actionCopyNode.trigger()
    select(qtbot, window, "/copies")
    window.actions.actionPasteNode.trigger()
    dialog = _asking(qtbot, window, "pasteDialog")
    assert dialog.ephemeralChoice.isVisible()
    assert "/group/member" in dialog.ephemeralChoice.questionLabel.text()
    assert not dialog.okButton.isEnabled()  # no answer chosen for it
    dialog.findChild(QRadioButton, "ephemeralSkipRadio").setChecked(True)
    assert dialog.okButton.isEnabled()
    dialog.okButton.click()
    dialog = _finished(qtbot, window, "pasteDialog")
    assert "left out" in dialog.report() and "/group/member" in dialog.report()
    assert sorted(zk_client.get_children("/copies/group")) == ["info"]
    dialog.close()

    window.actions.actionPasteNode.trigger()
    dialog = _asking(qtbot, window, "pasteDialog")
    dialog.findChild(QRadioButton, "ephemeralCopyRadio").setChecked(True)
    dialog.findChild(QRadioButton, "conflictOverwriteRadio").setChecked(True)
    dialog.okButton.click()
    dialog = _finished(qtbot, window, "pasteDialog")
    assert "created as persistent" in dialog.report()
    stat = zk_client.exists("/copies/group/member")
    assert stat is not None and stat.ephemeralOwner == 0
    assert zk_client.exists("/group/member").ephemeralOwner != 0  # the original stays


def test_move_dialog_moves_a_subtree(qtbot, window, zk_client):
    zk_client.create("/old/a/b", b"deep", makepath=True)
    zk_client.create("/new")
    select(qtbot, window, "/old")
    window.actions.actionMoveNode.trigger()
    dialog = wait_visible(qtbot, window, QDialog, "moveNodeDialog")
    edit = dialog.findChild(QLineEdit, "targetPathEdit")
    assert edit.text() == "/old"
    edit.setText("/new/moved")
    dialog.okButton.click()
    dialog = _finished(qtbot, window, "moveNodeDialog")
    assert "Moved /old to /new/moved" in dialog.report()
    assert zk_client.exists("/old") is None
    assert zk_client.get("/new/moved/a/b")[0] == b"deep"
    qtbot.waitUntil(lambda: window.page.current_path() == "/new/moved", timeout=WAIT)


def test_move_refuses_an_existing_target_with_nothing_written(qtbot, window, zk_client):
    zk_client.create("/x", b"1")
    zk_client.create("/y", b"2")
    select(qtbot, window, "/x")
    window.actions.actionMoveNode.trigger()
    dialog = wait_visible(qtbot, window, QDialog, "moveNodeDialog")
    dialog.findChild(QLineEdit, "targetPathEdit").setText("/y")
    dialog.okButton.click()
    qtbot.waitUntil(lambda: "exists" in dialog.status(), timeout=WAIT)
    assert zk_client.get("/x")[0] == b"1" and zk_client.get("/y")[0] == b"2"


def test_f2_renames_in_place(qtbot, window, zk_client):
    zk_client.create("/before/kid", b"k", makepath=True)
    select(qtbot, window, "/before")
    tree = window.page.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.findChild(QLineEdit, "renameEditor")
    assert editor is not None and editor.isVisible() and editor.text() == "before"
    editor.setText("after")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: zk_client.exists("/after/kid") is not None, timeout=WAIT)
    assert zk_client.exists("/before") is None
    qtbot.waitUntil(lambda: window.page.current_path() == "/after", timeout=WAIT)
    assert visible(window, QDialog, "moveNodeDialog") is None  # quick and fine: no dialog

    # Escape cancels: nothing moves.
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.findChild(QLineEdit, "renameEditor")
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible(), timeout=WAIT)
    editor.setText("other")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert zk_client.exists("/after") is not None and zk_client.exists("/other") is None


def _drop(tree, dragged: list[str], on: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Drop ``dragged`` (nodes of ``tree``) on the row of ``on``, as a drag would end."""
    model = tree.model()
    index = model.index_of_path(on)
    tree.scrollTo(index)
    point = tree.visualRect(index).center()
    mime = nodes_mime(dragged)
    action = Qt.DropAction.CopyAction if modifiers else Qt.DropAction.MoveAction
    event = QDropEvent(
        QPoint(point).toPointF(),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        modifiers,
    )
    event.setDropAction(action)
    # The event's source is the drag's: here the same tree.
    event.source = lambda: tree  # type: ignore[method-assign]
    tree.dropEvent(event)


def test_drag_and_drop_moves_after_confirmation(qtbot, window, zk_client):
    zk_client.create("/dragged/leaf", b"x", makepath=True)
    zk_client.create("/folder")
    expand(qtbot, window.page.model, "/", ["dragged", "folder"])
    tree = window.page.tree
    _drop(tree, ["/dragged"], "/folder")
    dialog = wait_visible(qtbot, window, QDialog, "moveNodeDialog")
    assert dialog.findChild(QLineEdit, "targetPathEdit").text() == "/folder/dragged"
    assert zk_client.exists("/dragged") is not None  # nothing before OK
    dialog.okButton.click()
    _finished(qtbot, window, "moveNodeDialog")
    assert zk_client.exists("/dragged") is None
    assert zk_client.get("/folder/dragged/leaf")[0] == b"x"


def test_drag_with_ctrl_copies_after_confirmation(qtbot, window, zk_client):
    zk_client.create("/orig", b"o")
    zk_client.create("/dest")
    expand(qtbot, window.page.model, "/", ["dest", "orig"])
    _drop(window.page.tree, ["/orig"], "/dest", Qt.KeyboardModifier.ControlModifier)
    dialog = _asking(qtbot, window, "pasteDialog")
    dialog.okButton.click()
    _finished(qtbot, window, "pasteDialog")
    assert zk_client.get("/dest/orig")[0] == b"o" and zk_client.get("/orig")[0] == b"o"


def test_read_only_connection_exports_but_cannot_import_paste_or_move(
    qtbot, open_window, zk_chroot, zk_client, tmp_path
):
    zk_client.create("/ro/a", b"1", makepath=True)
    win = open_window("--server", zk_chroot, "--read-only")
    select(qtbot, win, "/ro")
    a = win.actions
    assert a.actionExport.isEnabled() and a.actionCompare.isEnabled()
    assert a.actionCopyNode.isEnabled()
    for action in (a.actionImport, a.actionPasteNode, a.actionMoveNode, a.actionRenameNode):
        assert not action.isEnabled(), action.objectName()

    # Reached anyway (a drop, a rename typed in): one sentence, nothing written.
    flows = win.transfers
    flows.drop(win.page, ["/ro/a"], "/", False, win.page.tree)
    box = wait_visible(qtbot, win, QDialog, "errorBox")
    assert "read-only" in box.text()
    box.close()
    flows.rename(win.page, "/ro", "renamed")
    qtbot.waitUntil(lambda: visible(win, QDialog, "errorBox") is not None, timeout=WAIT)
    assert zk_client.exists("/ro/a") is not None and zk_client.exists("/renamed") is None
    visible(win, QDialog, "errorBox").close()

    dialog = _export(qtbot, win, "/ro", str(tmp_path / "ro.jsonl"))
    assert dialog.report().startswith("2 node") and "written" in dialog.report()


def test_stop_ends_a_copy_with_a_report_of_what_was_written(qtbot, window, zk_client):
    create_tree(zk_client, [("/many", b"")] + [(f"/many/n{i}", b"x" * 100) for i in range(20000)])
    zk_client.create("/dest")
    select(qtbot, window, "/many")
    window.page.tree.setFocus()
    window.actions.actionCopyNode.trigger()
    select(qtbot, window, "/dest")
    window.actions.actionPasteNode.trigger()
    dialog = _asking(qtbot, window, "pasteDialog")
    dialog.okButton.click()
    assert dialog.cancelButton.text().replace("&", "") == "Stop"
    dialog.cancelButton.click()  # Stop
    dialog = _finished(qtbot, window, "pasteDialog")
    report = dialog.report()
    assert "Stopped before the end" in report
    copied = 0
    if zk_client.exists("/dest/many") is not None:
        copied = 1 + len(zk_client.get_children("/dest/many"))
    if copied:
        assert f"{copied} created" in dialog.status()
    else:
        assert "nothing written" in dialog.status()
    assert copied < 20001


def test_copy_and_paste_keys_belong_to_the_tree_the_editor_keeps_its_own(qtbot, window, zk_client):
    zk_client.create("/text", b"hello")
    select(qtbot, window, "/text")
    editor = window.findChild(QPlainTextEdit, "dataEditor")
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "hello"
    assert not window.transfers.clipboard.paths  # the editor's copy, not the tree's

    tree = window.page.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert window.transfers.clipboard.paths == ["/text"]
    select(qtbot, window, "/")  # onto itself: refused in a sentence
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = _finished(qtbot, window, "pasteDialog")
    assert "itself" in dialog.status()
    dialog.close()

    zk_client.create("/other/text", b"there", makepath=True)
    select(qtbot, window, "/other")
    # (offscreen, no window manager gives the window back its focus after a dialog)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = _asking(qtbot, window, "pasteDialog")
    assert dialog.conflictChoice.isVisible()  # /other/text is there: it asks first
    dialog.reject()
    assert zk_client.get("/other/text")[0] == b"there"


def test_f2_rename_onto_an_existing_node_is_refused_in_a_dialog(qtbot, window, zk_client):
    zk_client.create("/one", b"1")
    zk_client.create("/two", b"2")
    select(qtbot, window, "/one")
    tree = window.page.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.findChild(QLineEdit, "renameEditor")
    editor.setText("two")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    dialog = wait_visible(qtbot, window, QDialog, "moveNodeDialog")
    qtbot.waitUntil(lambda: "exists" in dialog.status(), timeout=WAIT)
    assert zk_client.get("/one")[0] == b"1" and zk_client.get("/two")[0] == b"2"
