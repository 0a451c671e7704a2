"""The unsaved-changes question: the edited node stays current while it is asked, Save
goes on once the save went through, and a conflict's Reload acts only on its own node."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.gui.test_transfer import open_tab
from tests.helpers import WAIT, editor_text, select, type_text, visible, wait_visible


def _items(zk_client, count: int = 5) -> None:
    for i in range(count):
        zk_client.create(f"/items/n{i}", b"x%d" % i, makepath=True)


def _click(page, path: str) -> None:
    """What a click on ``path``'s row does: it becomes the tree's current row."""
    page.tree.setCurrentIndex(page.model.index_of_path(path))


def test_rows_moving_while_asked_keep_the_edited_node_current(qtbot, window, zk_client):
    _items(zk_client)
    select(qtbot, window, "/items/n3")
    page = window.page
    type_text(window, "my edit")
    done: list[str] = []

    def while_asked() -> None:  # (runs inside the question's loop too, if it has one)
        box = visible(window, QMessageBox, "unsavedDialog")
        if box is None or done:
            return
        if not hasattr(while_asked, "deleted"):
            while_asked.deleted = True
            zk_client.delete("/items/n1")  # a row above the edited one leaves the tree
        elif page.model.find("/items/n1") is None:
            done.append(box.text())
            box.reject()  # Cancel: stay with the edit

    watchdog = QTimer()
    watchdog.timeout.connect(while_asked)
    watchdog.start(20)
    _click(page, "/items/n4")
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    watchdog.stop()
    assert "/items/n3" in done[0]
    # The tree, the path field and the panes all show the node being edited.
    assert page.current_path() == "/items/n3"
    assert page.dataPane.path() == "/items/n3"
    assert page.treePane.pathEdit.text() == "/items/n3"
    assert page.is_modified() and editor_text(window) == "my edit"


def test_save_in_the_question_saves_then_goes_to_the_clicked_node(qtbot, window, zk_client):
    _items(zk_client)
    select(qtbot, window, "/items/n3")
    page = window.page
    type_text(window, "saved edit")
    clicked: list[bool] = []

    def click_save() -> None:
        box = visible(window, QMessageBox, "unsavedDialog")
        if box is not None and not clicked:
            clicked.append(True)
            box.button(QMessageBox.StandardButton.Save).click()

    watchdog = QTimer()
    watchdog.timeout.connect(click_save)
    watchdog.start(20)
    _click(page, "/items/n4")
    qtbot.waitUntil(lambda: bool(clicked), timeout=WAIT)
    watchdog.stop()
    qtbot.waitUntil(lambda: zk_client.get("/items/n3")[0] == b"saved edit", timeout=WAIT)
    qtbot.waitUntil(lambda: page.dataPane.path() == "/items/n4", timeout=WAIT)
    assert page.current_path() == "/items/n4"
    assert editor_text(window) == "x4" and not page.is_modified()


def test_a_click_while_the_save_is_on_its_way_is_not_asked_again(qtbot, window, zk_client):
    _items(zk_client)
    select(qtbot, window, "/items/n3")
    page = window.page
    type_text(window, "saved once")
    asked: list[int] = []

    def click_save_then_another_node() -> None:
        box = visible(window, QMessageBox, "unsavedDialog")
        if box is None or id(box) in asked:
            return
        asked.append(id(box))
        box.button(QMessageBox.StandardButton.Save).click()
        _click(page, "/items/n1")  # at once: the save has not come back yet

    watchdog = QTimer()
    watchdog.timeout.connect(click_save_then_another_node)
    watchdog.start(20)
    _click(page, "/items/n4")
    qtbot.waitUntil(lambda: page.dataPane.path() == "/items/n1", timeout=WAIT)
    watchdog.stop()
    assert len(asked) == 1  # the question came once
    assert zk_client.get("/items/n3")[0] == b"saved once"
    assert zk_client.get("/items/n3")[1].version == 1  # saved once, not twice
    assert page.current_path() == "/items/n1" and editor_text(window) == "x1"


def test_closing_a_tab_with_an_edit_asks_and_closes_once_saved(qtbot, window, zk_chroot, zk_client):
    zk_client.create("/conf", b"v1")
    second = open_tab(qtbot, window, zk_chroot)
    select(qtbot, window, "/conf")
    editor = second.dataPane.editor()  # (the first tab has an editor too)
    editor.selectAll()
    editor.insertPlainText("v2")
    window.actions.actionCloseConnection.trigger()
    box = wait_visible(qtbot, window, QMessageBox, "unsavedDialog")
    assert len(window.pages()) == 2  # asked, not closed yet
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: second not in window.pages(), timeout=WAIT)
    assert zk_client.get("/conf")[0] == b"v2"
    assert len(window.pages()) == 1


def test_conflict_reload_after_moving_on_leaves_the_other_node_alone(qtbot, window, zk_client):
    zk_client.create("/a", b"a0")
    zk_client.create("/b", b"b0")
    select(qtbot, window, "/a")
    page = window.page
    type_text(window, "mine")
    zk_client.set("/a", b"theirs")  # the save below finds a newer version
    window.actions.actionSave.trigger()
    dialog = wait_visible(qtbot, window, QMessageBox, "conflictDialog")
    # Meanwhile the user went on: dropped the edit, picked /b and typed there.
    page.revert()
    select(qtbot, window, "/b")
    type_text(window, "edit of b")
    dialog.findChild(QPushButton, "conflictReloadButton").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    # Reload was about /a: /b and its edit are as they were.
    assert page.dataPane.path() == "/b"
    assert editor_text(window) == "edit of b" and page.is_modified()
    assert zk_client.get("/a")[0] == b"theirs"
