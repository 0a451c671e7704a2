"""The transaction editor in the real window: built by mouse or as text, committed at once."""

from __future__ import annotations

from kazoo.client import KazooClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableView, QWidget

from tests.helpers import WAIT, select, type_text
from zkinspector.ui.widgets import ReadOnlyTable


def open_editor(qtbot, win) -> QWidget:
    win.actions.actionTransaction.trigger()
    editor = win.findChild(QWidget, "transactionEditor")
    qtbot.waitUntil(editor.isVisible, timeout=WAIT)
    return editor


def type_transaction(editor: QWidget, text: str) -> None:
    """Replace the text form as a user typing it would."""
    box = editor.findChild(QPlainTextEdit, "transactionText")
    box.setFocus()
    box.selectAll()
    box.insertPlainText(text)


def status(editor: QWidget) -> str:
    return editor.findChild(QLabel, "transactionStatus").text()


def results(editor: QWidget) -> list[list[str]]:
    table = editor.findChild(ReadOnlyTable, "transactionResults")
    return [
        [table.topLevelItem(i).text(c) for c in range(3)] for i in range(table.topLevelItemCount())
    ]


def commit(qtbot, editor: QWidget, until: str) -> str:
    qtbot.mouseClick(editor.findChild(QPushButton, "transactionCommitButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: until in status(editor), timeout=WAIT)
    return status(editor)


def test_commit_applies_all(qtbot, window, zk_client: KazooClient) -> None:
    zk_client.create("/conf", b"v1")
    zk_client.create("/stale")
    editor = open_editor(qtbot, window)
    type_transaction(
        editor, "check /conf 0\nset /conf 'v 2' 0\ncreate /conf/db url\ndelete /stale\n"
    )
    table = editor.findChild(QTableView, "transactionTable")
    assert table.model().rowCount() == 4  # the table follows the text
    assert table.model().index(1, 2).data() == "v 2"
    text = commit(qtbot, editor, "Committed")
    assert "all 4 operations applied" in text
    assert [row[2] for row in results(editor)] == [
        "version matches",
        "data set (version 1)",
        "created /conf/db",
        "deleted",
    ]
    assert zk_client.get("/conf")[0] == b"v 2"
    assert zk_client.get("/conf/db")[0] == b"url"
    assert zk_client.exists("/stale") is None


def test_failing_check_applies_nothing_and_names_the_operation(
    qtbot, window, zk_client: KazooClient
) -> None:
    zk_client.create("/conf", b"v1")
    zk_client.set("/conf", b"v2")  # version 1: the check below is out of date
    editor = open_editor(qtbot, window)
    type_transaction(editor, "create /new\ncheck /conf 0\nset /conf v3\n")
    text = commit(qtbot, editor, "Nothing was applied")
    assert "Operation 2 (check /conf 0) failed" in text
    assert "/conf has version 1, not 0" in text
    rows = results(editor)
    assert rows[0][2].startswith("rolled back")
    assert rows[1][2] == "/conf has version 1, not 0."
    assert rows[2][2].startswith("not tried")
    assert zk_client.exists("/new") is None
    assert zk_client.get("/conf")[0] == b"v2"


def test_bad_text_is_refused_naming_the_line(qtbot, window, zk_client: KazooClient) -> None:
    editor = open_editor(qtbot, window)
    type_transaction(editor, "create /a\nmove /a /b\n")
    error = editor.findChild(QLabel, "transactionTextError")
    qtbot.waitUntil(error.isVisible, timeout=WAIT)
    assert error.text().startswith("Line 2: ")
    text = commit(qtbot, editor, "Nothing was sent")
    assert "Line 2: 'move' is not an operation" in text
    assert zk_client.get_children("/") == []


def test_read_only_connection_refuses(qtbot, open_window, zk_chroot, zk_client) -> None:
    zk_client.create("/conf", b"v1")
    win = open_window("--server", zk_chroot, "--read-only")
    editor = open_editor(qtbot, win)
    type_transaction(editor, "set /conf v2\n")
    assert "read-only" in commit(qtbot, editor, "read-only")
    assert zk_client.get("/conf")[0] == b"v1"


def test_built_by_mouse_from_the_selected_node(qtbot, window, zk_client: KazooClient) -> None:
    zk_client.create("/conf", b"v1")
    zk_client.create("/gone")
    editor = open_editor(qtbot, window)
    select(qtbot, window, "/conf")
    window.actions.actionTxCheck.trigger()
    type_text(window, "edited")  # "set its data" takes the data as shown, edits included
    window.actions.actionTxSet.trigger()
    window.actions.actionTxCreate.trigger()
    window.page.dataPane.clear()  # (the edit in the data pane is not saved)
    select(qtbot, window, "/gone")
    window.actions.actionTxDelete.trigger()
    box = editor.findChild(QPlainTextEdit, "transactionText")
    assert box.toPlainText() == (
        "check /conf 0\nset /conf edited 0\ncreate /conf/new-node-1\ndelete /gone 0\n"
    )
    # Edit in the table: the path of the create, the data of the set; the text follows.
    model = editor.findChild(QTableView, "transactionTable").model()
    assert model.setData(model.index(2, 1), "/conf/db")
    assert model.setData(model.index(1, 2), "v2")
    assert not model.setData(model.index(2, 1), "no-slash")  # refused with a sentence
    qtbot.waitUntil(lambda: 'must start with "/"' in status(editor), timeout=WAIT)
    assert box.toPlainText() == "check /conf 0\nset /conf v2 0\ncreate /conf/db\ndelete /gone 0\n"
    commit(qtbot, editor, "Committed")
    assert zk_client.get("/conf")[0] == b"v2"
    assert zk_client.exists("/conf/db") is not None
    assert zk_client.exists("/gone") is None


def test_a_failed_create_names_the_node_it_could_not_create(
    qtbot, window, zk_client: KazooClient
) -> None:
    zk_client.create("/conf", b"v1")
    editor = open_editor(qtbot, window)
    type_transaction(editor, "check /conf 0\ncreate /missing/db url\n")
    text = commit(qtbot, editor, "Nothing was applied")
    failed = results(editor)[1][2]
    assert "/missing/db" in failed and "/missing/db" in text
    assert "/missing" in failed.replace("/missing/db", "")  # (why: its parent is missing)
    assert zk_client.exists("/missing") is None


def test_transaction_adds_follow_the_connection_and_the_selection(
    qtbot, open_window, zk_chroot, zk_client: KazooClient
) -> None:
    zk_client.create("/conf", b"v1")
    read_only = open_window("--server", zk_chroot, "--read-only")
    actions = read_only.actions
    select(qtbot, read_only, "/conf")
    assert not any(a.isEnabled() for a in actions.transaction_actions())
    assert not actions.actionCreateNodeInTree.isEnabled()
    editor = open_editor(qtbot, read_only)
    assert not editor.findChild(QPushButton, "transactionAddCheck").isEnabled()

    win = open_window("--server", zk_chroot, connected=False)  # (it shows /conf at once)
    qtbot.waitUntil(lambda: win.page.session.is_connected, timeout=WAIT)
    select(qtbot, win, "/conf")
    assert all(a.isEnabled() for a in win.actions.transaction_actions())
    assert win.actions.actionCreateNodeInTree.isEnabled()
    win.page.session.disconnect_from()
    qtbot.waitUntil(lambda: not win.actions.actionTxCheck.isEnabled(), timeout=WAIT)
    assert not any(a.isEnabled() for a in win.actions.transaction_actions())
    assert not win.actions.actionCreateNodeInTree.isEnabled()
