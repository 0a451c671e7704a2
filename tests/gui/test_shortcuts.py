"""Every shortcut of the main window does one thing: no two actions share a key, and no
window-wide key is one the data editor needs for itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.gui.test_desktop import english_after  # noqa: F401 (a fixture)

Keys = QKeySequence.StandardKey

#: Keys Qt documents for QKeySequence.Delete on any platform (Ctrl+D on KDE and GNOME,
#: Meta+D on macOS): the delete action holds them wherever the app runs.
DELETE_ELSEWHERE = ["Del", "Ctrl+D", "Meta+D"]


def _keys(action: QAction) -> set[str]:
    return {k.toString() for k in action.shortcuts() if not k.isEmpty()}


def _window_actions(window) -> list[QAction]:
    """The window's actions with a shortcut: its table, and the docks' show/hide actions."""
    found = {id(a): a for a in window.actions.all()}
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut and _keys(action):
            found.setdefault(id(action), action)
    return [a for a in found.values() if _keys(a)]


def test_no_two_actions_of_the_window_share_a_shortcut(window):
    owners: dict[str, list[str]] = {}
    for action in _window_actions(window):
        keys = _keys(action)
        if action is window.actions.actionDeleteNode:
            keys |= set(DELETE_ELSEWHERE)
        for key in keys:
            owners.setdefault(key, []).append(action.objectName())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_window_wide_shortcuts_leave_the_editor_its_keys(window):
    editor_keys = {
        k.toString()
        for std in (Keys.Undo, Keys.Redo, Keys.Cut, Keys.Copy, Keys.Paste, Keys.SelectAll)
        for k in QKeySequence.keyBindings(std)
    }
    tree_only = window.actions.tree_actions()
    taken = {
        action.objectName(): sorted(_keys(action) & editor_keys)
        for action in _window_actions(window)
        if action not in tree_only and _keys(action) & editor_keys
    }
    assert taken == {}
    assert window.actions.actionCompare.shortcut().toString() == "Ctrl+Shift+O"
    assert window.actions.actionRevert.shortcut().toString() == "Ctrl+Shift+V"


def test_key_names_are_in_portuguese(open_window, english_after):  # noqa: F811
    win = open_window("--lang", "pt_PT", connected=False)
    native = QKeySequence.SequenceFormat.NativeText
    names = {
        k.toString(native)
        for a in (win.actions.actionZoomIn, win.actions.actionRefresh, win.actions.actionSearch)
        for k in a.shortcuts()
    }
    assert {"Ampliar", "Atualizar"} <= names
    assert not names & {"Zoom In", "Refresh", "Refrescar", "Find"}
