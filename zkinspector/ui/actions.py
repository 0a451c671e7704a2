"""The main window's actions: text, icon, shortcut and tip of each, in one table.

Every action is a child of the window, named by its objectName (``actionSave``...), so
menus, the toolbar, context menus and tests all find the same object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .assets import icon

__all__ = ["WindowActions"]

Keys = QKeySequence.StandardKey


class WindowActions(QObject):
    """The actions of one main window; each attribute is named as its objectName."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        tr = self.tr
        a = self._add
        # Connection
        self.actionConnect = a(
            "actionConnect",
            tr("&Connect…"),
            "connect",
            "Ctrl+O",
            tr("Connect this tab to a ZooKeeper server or ensemble"),
        )
        self.actionNewConnection = a(
            "actionNewConnection",
            tr("&New Connection…"),
            None,
            [Keys.AddTab, "Ctrl+T"],
            tr("Open a connection in a new tab"),
        )
        self.actionCloseConnection = a(
            "actionCloseConnection",
            tr("Close &Tab"),
            None,
            [Keys.Close, "Ctrl+W"],
            tr("Close this connection's tab and end its session"),
        )
        self.actionSandbox = a(
            "actionSandbox",
            tr("Start &Sandbox"),
            None,
            None,
            tr("Start a local ZooKeeper with demo data and connect to it"),
        )
        self.actionDisconnect = a(
            "actionDisconnect",
            tr("&Disconnect"),
            "disconnect",
            "Ctrl+Shift+D",
            tr("Close the connection"),
        )
        self.actionAddAuth = a(
            "actionAddAuth",
            tr("Add &Credentials…"),
            None,
            "Ctrl+Shift+A",
            tr("Authenticate this session (addauth) to read and change protected nodes"),
        )
        self.actionProfiles = a(
            "actionProfiles",
            tr("&Profiles…"),
            None,
            None,
            tr("Add, edit, import and export named connection profiles"),
        )
        self.actionQuit = a("actionQuit", tr("&Quit"), None, Keys.Quit)
        # Node
        self.actionRefresh = a(
            "actionRefresh",
            tr("&Refresh"),
            "refresh",
            [Keys.Refresh, "Ctrl+R"],
            tr("Read the selected node and its children again"),
        )
        self.actionCreateNode = a(
            "actionCreateNode",
            tr("&New Node…"),
            "create",
            "Ctrl+N",
            tr("Create a node under the selected one"),
        )
        # Insert creates a node too, but only in the tree: elsewhere the key is the
        # editor's or the path field's.
        self.actionCreateNodeInTree = a("actionCreateNodeInTree", tr("&New Node…"), None, "Insert")
        self.actionCreateNodeInTree.triggered.connect(self.actionCreateNode.trigger)
        self.actionDeleteNode = a(
            "actionDeleteNode",
            tr("&Delete…"),
            "delete",
            Keys.Delete,
            tr("Delete the selected nodes with their subtrees"),
        )
        self.actionSave = a(
            "actionSave",
            tr("&Save Data"),
            "save",
            Keys.Save,
            tr("Write the edited data to the server"),
        )
        self.actionRevert = a(
            "actionRevert",
            tr("Re&vert Data"),
            None,
            "Ctrl+Shift+Z",
            tr("Drop the edit and show the data loaded"),
        )
        self.actionCopyPath = a(
            "actionCopyPath",
            tr("Copy &Path"),
            None,
            "Ctrl+Shift+C",
            tr("Copy the selected node's path"),
        )
        self.actionGoTo = a(
            "actionGoTo", tr("&Go to Path…"), None, "Ctrl+L", tr("Type a path to show")
        )
        # View
        self.actionCollapseAll = a("actionCollapseAll", tr("Co&llapse All"), None, None)
        self.actionSearch = a(
            "actionSearch",
            tr("&Search…"),
            "search",
            Keys.Find,
            tr("Find nodes by name, path, data or type under the selected node"),
        )
        self.actionServerPanel = a(
            "actionServerPanel",
            tr("Ser&vers"),
            None,
            "Ctrl+Shift+M",
            tr("Show the servers of this connection: mode, latency, clients, full answers"),
        )
        self.actionServerPanel.setCheckable(True)
        # Help
        self.actionShortcuts = a("actionShortcuts", tr("&Keyboard Shortcuts"), None, "F1")
        self.actionAbout = a("actionAbout", tr("&About zkinspector"), "app", None)

        # Delete and Insert act on the tree only: the editor keeps its own keys.
        for action in self.tree_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.addActions([x for x in self.all() if x not in self.tree_actions()])

    def all(self) -> list[QAction]:
        """Every action, in the order made."""
        return [v for v in vars(self).values() if isinstance(v, QAction)]

    def tree_actions(self) -> list[QAction]:
        """The actions whose shortcuts belong to each tree view."""
        return [self.actionDeleteNode, self.actionCreateNodeInTree]

    def _add(self, name: str, text: str, icon_name: str | None, shortcut=None, tip: str = ""):
        action = QAction(text, self._window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            sequences: dict[str, QKeySequence] = {}
            for key in keys:
                for sequence in _sequences(key):  # a standard key may already hold the other
                    sequences.setdefault(sequence.toString(), sequence)
            action.setShortcuts(list(sequences.values()))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action


def _sequences(key) -> list[QKeySequence]:
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(key)
    return [QKeySequence(key)]
