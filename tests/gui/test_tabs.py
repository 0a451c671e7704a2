"""Several connections at once: one tab each, actions and status following the current one."""

from __future__ import annotations

from kazoo.client import KazooClient
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTreeView,
)

from tests.helpers import WAIT, select, wait_visible
from zkinspector.zk.session import CONNECTED, DISCONNECTED


def open_tab(qtbot, win, server: str):
    """Ctrl+T, type the server, Connect: returns the tab's page once it is connected."""
    win.actions.actionNewConnection.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "connectDialog")
    dialog.findChild(QComboBox, "serverCombo").setEditText(server)
    dialog.findChild(QCheckBox, "readOnlyCheck").setChecked(False)  # (another test's profile)
    dialog.accept()
    page = win.page
    qtbot.waitUntil(lambda: page.session.state == CONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: page.current_path() == "/", timeout=WAIT)
    return page


def test_two_connections_each_with_its_own_tree(qtbot, window, zk_server, kazoo_client):
    admin: KazooClient = kazoo_client(zk_server.connect_string)
    first_chroot = window.page.session.params.chroot
    admin.create(first_chroot + "/only-in-first", b"1")
    second_chroot = first_chroot + "-second"
    admin.create(second_chroot + "/only-in-second", b"2", makepath=True)
    first = window.page

    second = open_tab(qtbot, window, zk_server.connect_string + second_chroot)
    assert second is not first
    tabs = window.findChild(QTabWidget, "connectionTabs")
    assert tabs.count() == 2
    assert tabs.tabText(1) == zk_server.connect_string + second_chroot
    assert len(window.findChildren(QTreeView, "nodeTree")) == 2
    status = window.findChild(QLabel, "connectionStatus")
    assert status.text().startswith("Connected")

    select(qtbot, window, "/only-in-second")
    assert second.dataPane.editor().toPlainText() == "2"
    assert second.model.find("/only-in-first") is None

    # Disconnect the first tab: the status bar follows the tab that is shown.
    tabs.setCurrentWidget(first)
    window.actions.actionDisconnect.trigger()
    qtbot.waitUntil(lambda: status.text() == "Disconnected", timeout=WAIT)
    assert not window.actions.actionCreateNode.isEnabled()
    tabs.setCurrentWidget(second)
    assert status.text().startswith("Connected")
    assert window.actions.actionRefresh.isEnabled()
    assert second.session.state == CONNECTED
    admin.delete(second_chroot, recursive=True)


def test_closing_a_tab_ends_its_session(qtbot, window, zk_chroot, zk_client):
    second = open_tab(qtbot, window, zk_chroot)
    assert len(window.pages()) == 2
    second.session.create("/mine", b"", ephemeral=True)
    qtbot.waitUntil(lambda: zk_client.exists("/mine") is not None, timeout=WAIT)

    window.actions.actionCloseConnection.trigger()
    assert len(window.pages()) == 1 and window.page is not second
    assert second.session.state == DISCONNECTED
    # The server ends the session at once (closed, not timed out): its node goes with it.
    qtbot.waitUntil(lambda: zk_client.exists("/mine") is None, timeout=WAIT)


def test_closing_the_last_tab_leaves_an_empty_one(qtbot, window):
    window.actions.actionCloseConnection.trigger()
    tabs = window.findChild(QTabWidget, "connectionTabs")
    assert tabs.count() == 1
    assert tabs.tabText(0) == "Not connected"
    assert window.page.session.state == DISCONNECTED
    assert window.findChild(QLabel, "connectionStatus").text() == "Disconnected"
    assert window.findChild(QPlainTextEdit, "dataEditor") is not None


def test_new_connection_reuses_a_tab_never_connected(qtbot, open_window, zk_chroot):
    win = open_window(connected=False)
    page = open_tab(qtbot, win, zk_chroot)
    assert win.pages() == [page]
