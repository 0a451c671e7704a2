"""The main window end to end: what the user sees, checked against what the server holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTreeView,
)

from tests.helpers import WAIT, editor_text, select, shown_children, type_text, visible
from zkinspector.app import create_main_window


def open_dialog(qtbot, win, action_name: str, dialog_name: str) -> QDialog:
    action = win.findChild(type(win.actions.actionSave), action_name)
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    action.trigger()
    qtbot.waitUntil(lambda: visible(win, QDialog, dialog_name) is not None, timeout=WAIT)
    return visible(win, QDialog, dialog_name)


def test_contract_names_exist(window):
    for name in ("nodeTree", "dataEditor", "statView", "aclView", "connectionStatus"):
        assert window.findChild(object, name) is not None, name
    for name in (
        "actionConnect",
        "actionDisconnect",
        "actionRefresh",
        "actionCreateNode",
        "actionDeleteNode",
        "actionSave",
    ):
        action = window.findChild(type(window.actions.actionSave), name)
        assert action is not None, name
        assert action.shortcuts(), name
    tree = window.findChild(QTreeView, "nodeTree")
    assert tree.model().index(0, 0).data() == "/"
    assert window.objectName() == "mainWindow"


def test_browse_shows_data_stat_and_acl(qtbot, window, zk_client):
    zk_client.create("/conf", b'{"a": 1}')
    select(qtbot, window, "/conf")
    assert editor_text(window) == '{"a": 1}'
    assert window.page.statView.value("dataLength").startswith("8")
    assert window.page.statView.value("version") == "0"
    acl_texts = [window.page.aclEditor.view.topLevelItem(0).text(c) for c in range(3)]
    assert acl_texts[0] == "world" and acl_texts[1] == "anyone"
    assert "read" in acl_texts[2] and "admin" in acl_texts[2]


def test_binary_data_shown_as_hex_never_mangled(qtbot, window, zk_client):
    blob = b"\x89PNG\x00\xff\xfe"
    zk_client.create("/bin", blob)
    select(qtbot, window, "/bin")
    text = editor_text(window)
    assert "89 50 4e 47 00 ff fe" in text
    assert window.page.dataPane.current_bytes() == blob


def test_live_data_change_updates_pane(qtbot, window, zk_client):
    zk_client.create("/live", b"one")
    select(qtbot, window, "/live")
    zk_client.set("/live", b"two")
    qtbot.waitUntil(lambda: editor_text(window) == "two", timeout=WAIT)
    assert window.page.statView.value("version") == "1"


def test_fast_selection_never_shows_a_stale_node(qtbot, window, zk_client):
    names = [f"n{i:02d}" for i in range(25)]
    tx = zk_client.transaction()
    for n in names:
        tx.create("/" + n, n.encode())
    tx.commit()
    qtbot.waitUntil(lambda: len(shown_children(window.page.model, "/")) == 25, timeout=WAIT)
    shown = []
    window.page.selected.loaded.connect(lambda snap: shown.append(snap.path))
    tree = window.page.tree
    for n in names:  # as if the down arrow were held: no waiting between rows
        tree.setCurrentIndex(window.page.model.index_of_path("/" + n))
    qtbot.waitUntil(lambda: editor_text(window) == "n24", timeout=WAIT)
    assert shown == ["/n24"], "superseded loads must be dropped, not shown"


def test_save_writes_with_loaded_version(qtbot, window, zk_client):
    zk_client.create("/cfg", b"old")
    select(qtbot, window, "/cfg")
    type_text(window, "new value")
    assert window.actions.actionSave.isEnabled()
    assert window.windowTitle().startswith("*")
    window.actions.actionSave.trigger()
    qtbot.waitUntil(lambda: zk_client.get("/cfg")[0] == b"new value", timeout=WAIT)
    assert zk_client.get("/cfg")[1].version == 1
    qtbot.waitUntil(lambda: not window.page.dataPane.is_modified(), timeout=WAIT)
    assert not window.windowTitle().startswith("*")


@pytest.mark.parametrize("choice", ["cancel", "overwrite", "reload"])
def test_save_conflict_asks_and_writes_only_on_overwrite(qtbot, window, zk_client, choice):
    zk_client.create("/cfg", b"loaded")
    select(qtbot, window, "/cfg")
    type_text(window, "mine")
    zk_client.set("/cfg", b"theirs")
    # The edit is kept, and a banner says the node changed.
    qtbot.waitUntil(lambda: window.page.banner.isVisible(), timeout=WAIT)
    assert editor_text(window) == "mine"
    window.actions.actionSave.trigger()
    dialog = None

    def conflict_shown():
        nonlocal dialog
        dialog = visible(window, QDialog, "conflictDialog")
        return dialog is not None

    qtbot.waitUntil(conflict_shown, timeout=WAIT)
    assert zk_client.get("/cfg")[0] == b"theirs", "nothing written before the user chooses"
    button = dialog.findChild(object, f"conflict{choice.capitalize()}Button")
    button.click()
    if choice == "overwrite":
        qtbot.waitUntil(lambda: zk_client.get("/cfg")[0] == b"mine", timeout=WAIT)
        assert zk_client.get("/cfg")[1].version == 2
    elif choice == "reload":
        qtbot.waitUntil(lambda: editor_text(window) == "theirs", timeout=WAIT)
        assert zk_client.get("/cfg")[1].version == 1
    else:
        qtbot.waitUntil(lambda: visible(window, QDialog, "conflictDialog") is None, timeout=WAIT)
        assert zk_client.get("/cfg")[0] == b"theirs"
        assert editor_text(window) == "mine"


@pytest.mark.parametrize(
    ("ephemeral", "sequential"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_create_in_all_four_modes_selects_new_node(qtbot, window, zk_client, ephemeral, sequential):
    zk_client.create("/parent")
    select(qtbot, window, "/parent")
    dialog = open_dialog(qtbot, window, "actionCreateNode", "createNodeDialog")
    dialog.findChild(object, "nodeNameEdit").setText("child-")
    dialog.findChild(object, "nodeDataEdit").setPlainText("hello")
    dialog.findChild(object, "ephemeralCheck").setChecked(ephemeral)
    dialog.findChild(object, "sequentialCheck").setChecked(sequential)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(zk_client.get_children("/parent")) == 1, timeout=WAIT)
    (name,) = zk_client.get_children("/parent")
    if sequential:
        assert name.startswith("child-") and name[len("child-") :].isdigit()
        assert len(name) == len("child-") + 10
    else:
        assert name == "child-"
    data, stat = zk_client.get("/parent/" + name)
    assert data == b"hello"
    assert (stat.ephemeralOwner != 0) == ephemeral
    # The new node is selected, under the name the server gave it.
    qtbot.waitUntil(lambda: window.page.current_path() == "/parent/" + name, timeout=WAIT)
    qtbot.waitUntil(lambda: editor_text(window) == "hello", timeout=WAIT)


def test_insert_key_creates_a_node_from_the_tree_only(qtbot, window):
    select(qtbot, window, "/")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    editor = window.findChild(object, "dataEditor")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Insert)
    assert visible(window, QDialog, "createNodeDialog") is None
    window.page.tree.setFocus()
    qtbot.keyClick(window.page.tree, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: visible(window, QDialog, "createNodeDialog") is not None, timeout=WAIT)


def test_create_with_parents(qtbot, window, zk_client):
    select(qtbot, window, "/")
    dialog = open_dialog(qtbot, window, "actionCreateNode", "createNodeDialog")
    dialog.findChild(object, "makeParentsCheck").setChecked(True)
    dialog.findChild(object, "nodeNameEdit").setText("a/b/c")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: zk_client.exists("/a/b/c") is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.page.current_path() == "/a/b/c", timeout=WAIT)


@pytest.mark.parametrize("bad", ["", "a/b", ".", "..", "bad\u0001name", "x\ufff5"])
def test_invalid_names_are_refused_before_sending(qtbot, window, zk_client, bad):
    before = zk_client.get_children("/")
    select(qtbot, window, "/")
    dialog = open_dialog(qtbot, window, "actionCreateNode", "createNodeDialog")
    dialog.findChild(object, "nodeNameEdit").setText(bad)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    if bad:
        assert dialog.findChild(QLabel, "createErrorLabel").text()
    dialog.accept()  # even forced, nothing is sent
    dialog.reject()
    assert zk_client.get_children("/") == before


def test_reserved_zookeeper_cannot_be_deleted_or_created_under(qtbot, window):
    select(qtbot, window, "/")
    assert not window.actions.actionDeleteNode.isEnabled(), "the root cannot be deleted"


def test_recursive_delete_counts_and_deletes(qtbot, window, zk_client):
    zk_client.create("/doomed")
    for i in range(6):
        for j in range(4):
            zk_client.create(f"/doomed/c{i}/g{j}", makepath=True)
    zk_client.create("/keep")
    select(qtbot, window, "/doomed")
    dialog = open_dialog(qtbot, window, "actionDeleteNode", "deleteNodeDialog")
    qtbot.waitUntil(lambda: dialog.count() == 31, timeout=WAIT)
    assert "31" in dialog.message()
    dialog.deleteRequested.emit()
    qtbot.waitUntil(lambda: zk_client.exists("/doomed") is None, timeout=WAIT)
    qtbot.waitUntil(lambda: "31" in dialog.message() and not dialog.is_in_progress(), timeout=WAIT)
    bar = dialog.findChild(QProgressBar)
    assert bar.value() == bar.maximum() > 0, "a finished delete shows a full progress bar"
    assert zk_client.exists("/keep") is not None
    qtbot.waitUntil(lambda: shown_children(window.page.model, "/") == ["keep"], timeout=WAIT)


def test_disconnect_and_status(qtbot, window):
    window.actions.actionDisconnect.trigger()
    qtbot.waitUntil(lambda: "Disconnected" in window.connectionStatus.text(), timeout=WAIT)
    assert window.page.model.rowCount() == 0
    assert not window.actions.actionCreateNode.isEnabled()


def test_connect_refused_is_a_clear_message(qtbot):
    from zkinspector.zk.server import free_port

    win = create_main_window(
        ["zkinspector", "--server", f"127.0.0.1:{free_port()}", "--timeout", "2"]
    )
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: "Disconnected" in win.connectionStatus.text(), timeout=WAIT)
    box = win.findChild(object, "connectErrorBox")
    assert box is not None and "refused" in box.text()
    win.page.session.shutdown(wait=True)


def test_connect_unknown_chroot_is_a_clear_message(qtbot, zk_server):
    win = create_main_window(
        ["zkinspector", "--server", zk_server.connect_string + "/no/such/chroot"]
    )
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.findChild(object, "connectErrorBox") is not None, timeout=WAIT)
    assert "does not exist" in win.findChild(object, "connectErrorBox").text()
    win.page.session.shutdown(wait=True)


def test_context_menu_offers_node_actions(qtbot, window):
    menus = []
    from PySide6.QtWidgets import QMenu

    orig = QMenu.popup
    try:
        QMenu.popup = lambda self, pos, *a: menus.append([a.objectName() for a in self.actions()])
        window.page.tree.customContextMenuRequested.emit(window.page.tree.rect().center())
    finally:
        QMenu.popup = orig
    assert "actionCreateNode" in menus[0] and "actionDeleteNode" in menus[0]
    assert Qt  # imported for readability of other tests


def test_reload_during_an_edit_keeps_the_text_and_the_loaded_version(qtbot, window, zk_client):
    zk_client.create("/edit", b"v0")
    select(qtbot, window, "/edit")
    type_text(window, "typed")
    zk_client.set("/edit", b"v1")
    window.page.selected.reload()  # a reload lands while the user has unsaved text
    qtbot.waitUntil(lambda: window.page.statView.value("version") == "1", timeout=WAIT)
    assert editor_text(window) == "typed"
    assert window.page.banner.isVisible()
    # Saving must not overwrite v1 silently: the text was loaded at version 0.
    window.actions.actionSave.trigger()
    qtbot.waitUntil(lambda: visible(window, QDialog, "conflictDialog") is not None, timeout=WAIT)
    assert zk_client.get("/edit")[0] == b"v1"
    visible(window, QDialog, "conflictDialog").findChild(object, "conflictCancelButton").click()


def test_no_second_save_while_one_is_in_flight(qtbot, window, zk_client):
    zk_client.create("/once", b"a")
    select(qtbot, window, "/once")
    type_text(window, "b")
    window.actions.actionSave.trigger()
    assert not window.actions.actionSave.isEnabled()
    window.actions.actionSave.trigger()  # ignored: a second Ctrl+S must not race the first
    qtbot.waitUntil(lambda: zk_client.get("/once")[0] == b"b", timeout=WAIT)
    qtbot.waitUntil(lambda: not window.page.dataPane.is_modified(), timeout=WAIT)
    assert zk_client.get("/once")[1].version == 1
    assert visible(window, QDialog, "conflictDialog") is None


def test_delete_selection_drops_descendants_of_selected_nodes(qtbot, window, zk_client):
    for p in ("/a/b", "/a-b", "/c"):
        zk_client.create(p, makepath=True)
    select(qtbot, window, "/a/b")
    selection = window.page.tree.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for p in ("/a", "/a-b"):
        selection.select(
            window.page.model.index_of_path(p),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert window.page.selected_paths() == ["/a", "/a-b"]


def test_acl_editor_knows_this_clients_address(qtbot, window):
    from kazoo.security import Id

    select(qtbot, window, "/")
    assert window.page.session.local_address == "127.0.0.1"  # the test server is on loopback
    assert Id("ip", "127.0.0.1") in window.page.aclEditor.identities()
    window.page.session.disconnect_from()
    assert window.page.session.local_address == ""


def test_edited_node_deleted_on_the_server_keeps_the_edit_and_asks_nothing(
    qtbot, window, zk_client
):
    zk_client.create("/a/x", b"old", makepath=True)
    zk_client.create("/a/y")
    select(qtbot, window, "/a/x")
    qtbot.waitUntil(lambda: editor_text(window) == "old", timeout=WAIT)
    type_text(window, "mine")
    asked: list[str] = []

    def answer_any_question() -> None:  # (a modal question would block the test forever)
        box = visible(window, QMessageBox, "unsavedDialog")
        if box is not None:
            asked.append(box.text())
            box.reject()

    watchdog = QTimer()
    watchdog.timeout.connect(answer_any_question)
    watchdog.start(20)
    zk_client.delete("/a/x")
    qtbot.waitUntil(lambda: shown_children(window.page.model, "/a") == ["y"], timeout=WAIT)
    zk_client.create("/a/z")  # the tree goes on following the server
    qtbot.waitUntil(lambda: shown_children(window.page.model, "/a") == ["y", "z"], timeout=WAIT)
    watchdog.stop()
    assert asked == [], "nothing may be asked from inside a change of the tree"
    assert editor_text(window) == "mine"
    assert window.page.dataPane.is_modified()
