"""Read-only mode (--read-only, or the connect dialog's setting): no write reaches the server."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from tests.helpers import WAIT, expand
from zkinspector.app import create_main_window
from zkinspector.ui.connect_dialog import ConnectDialog
from zkinspector.ui.create_dialog import CreateRequest
from zkinspector.zk.session import ReadOnlyError


def server_state(client: KazooClient) -> dict[str, tuple]:
    """Every node under the chroot with what a write would change in its stat."""
    state = {}
    stack = ["/"]
    while stack:
        path = stack.pop()
        _data, stat = client.get(path)
        acl_version = client.get_acls(path)[1].aversion
        state[path] = (stat.mzxid, stat.version, stat.cversion, stat.pzxid, acl_version)
        stack.extend((path.rstrip("/") + "/" + name) for name in client.get_children(path))
    return state


def visible_dialogs(win) -> list[QDialog]:
    return [d for d in win.findChildren(QDialog) if d.isVisible()]


@pytest.mark.parametrize("how", ["option", "dialog"])
def test_read_only_disables_every_write(qtbot, zk_chroot, zk_client, how: str) -> None:
    zk_client.create("/ro", b"v1")
    zk_client.create("/ro/kid", b"k")
    before = server_state(zk_client)

    if how == "option":
        win = create_main_window(["zkinspector", "--server", zk_chroot, "--read-only"])
        qtbot.addWidget(win)
    else:
        win = create_main_window(["zkinspector"])
        qtbot.addWidget(win)
        win.actions.actionConnect.trigger()
        qtbot.waitUntil(lambda: win.findChild(ConnectDialog, "connectDialog") is not None)
        dialog = win.findChild(ConnectDialog, "connectDialog")
        dialog.findChild(QComboBox, "serverCombo").setEditText(zk_chroot)
        dialog.findChild(QCheckBox, "readOnlyCheck").setChecked(True)
        for group in ("tlsGroup", "saslGroup"):  # the last profile used may have them on
            dialog.findChild(QGroupBox, group).setChecked(False)
        dialog.findChild(QPushButton, "connectOkButton").click()
    try:
        status = win.findChild(QLabel, "connectionStatus")
        qtbot.waitUntil(lambda: status.text().startswith("Connected"), timeout=WAIT)
        assert "read-only" in status.text()
        assert win.page.session.read_only
        expand(qtbot, win.page.model, "/", ["ro"])
        win.page.reveal("/ro")
        qtbot.waitUntil(
            lambda: (
                win.page.selected.snapshot is not None and win.page.selected.snapshot.path == "/ro"
            ),
            timeout=WAIT,
        )
        assert win.page.dataPane.current_bytes() == b"v1"  # reading works

        # Every write action is disabled...
        for name in ("actionSave", "actionCreateNode", "actionDeleteNode"):
            assert not win.findChild(type(win.actions.actionSave), name).isEnabled(), name
        editor = win.findChild(QPlainTextEdit, "dataEditor")
        assert editor.isReadOnly()
        for name in ("aclApplyButton", "aclApplySubtreeButton", "aclRevertButton"):
            assert not win.findChild(QPushButton, name).isEnabled(), name
        for name in ("aclAddButton", "aclRemoveButton", "aclPresetButton"):
            assert not win.findChild(QToolButton, name).isEnabled(), name
        assert win.actions.actionAddAuth.isEnabled()  # credentials are no write

        # ... and trying anyway writes nothing: keys, triggers, direct calls.
        editor.setFocus()
        qtbot.keyClicks(editor, "changed")
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        win.page.tree.setFocus()
        qtbot.keyClick(win.page.tree, Qt.Key.Key_Insert)
        qtbot.keyClick(win.page.tree, Qt.Key.Key_Delete)
        for action in (
            win.actions.actionSave,
            win.actions.actionCreateNode,
            win.actions.actionDeleteNode,
        ):
            action.trigger()
        win.page.save()
        win.page.open_create_dialog()
        win.page.open_delete_dialog()
        assert visible_dialogs(win) == []
        win.page.aclEditor.set_entries([("world", "anyone", 1)])
        win.page.aclEditor.apply()
        win.page.aclEditor.apply_subtree()
        assert visible_dialogs(win) == []

        refused = []
        win.page.selected.saveFailed.connect(lambda path, message: refused.append(message))
        win.page.selected.save("/ro", b"sneaky", 0)
        win.page.session.submit(
            lambda c: c.create("/sneaky"), None, lambda exc: refused.append(exc), write=True
        )
        qtbot.waitUntil(lambda: len(refused) == 2, timeout=WAIT)
        assert "read-only" in refused[0]
        assert isinstance(refused[1], ReadOnlyError)
        win.page.create_node(CreateRequest("/sneaky2", b"", False, False, False))
        qtbot.waitUntil(lambda: "read-only" in win.statusBar().currentMessage(), timeout=WAIT)

        # The server holds exactly what it held before.
        assert server_state(zk_client) == before
    finally:
        win.page.dataPane.clear()
        win.page.session.shutdown(wait=True)
        win.close()
