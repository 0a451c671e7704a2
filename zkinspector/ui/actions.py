"""The main window's actions: text, icon, shortcut and tip of each, in one table.

Every action is a child of the window, named by its objectName (``actionSave``...), so
menus, the toolbar, context menus and tests all find the same object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from ..i18n import LANGUAGES
from ..zk import order
from .assets import icon

__all__ = ["WindowActions"]

Keys = QKeySequence.StandardKey


class WindowActions(QObject):
    """The actions of one main window; each attribute is named as its objectName."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        a = self._add
        # Connection
        self.actionConnect = a(
            "actionConnect",
            self.tr("&Connect…"),
            "connect",
            "Ctrl+O",
            self.tr("Connect this tab to a ZooKeeper server or ensemble"),
        )
        self.actionNewConnection = a(
            "actionNewConnection",
            self.tr("&New Connection…"),
            None,
            [Keys.AddTab, "Ctrl+T"],
            self.tr("Open a connection in a new tab"),
        )
        self.actionCloseConnection = a(
            "actionCloseConnection",
            self.tr("Close &Tab"),
            None,
            [Keys.Close, "Ctrl+W"],
            self.tr("Close this connection's tab and end its session"),
        )
        self.actionSandbox = a(
            "actionSandbox",
            self.tr("Start &Sandbox"),
            None,
            None,
            self.tr("Start a local ZooKeeper with demo data and connect to it"),
        )
        self.actionDisconnect = a(
            "actionDisconnect",
            self.tr("&Disconnect"),
            "disconnect",
            "Ctrl+Shift+D",
            self.tr("Close the connection"),
        )
        self.actionAddAuth = a(
            "actionAddAuth",
            self.tr("Add &Credentials…"),
            None,
            "Ctrl+Shift+A",
            self.tr("Authenticate this session (addauth) to read and change protected nodes"),
        )
        self.actionProfiles = a(
            "actionProfiles",
            self.tr("&Profiles…"),
            None,
            None,
            self.tr("Add, edit, import and export named connection profiles"),
        )
        self.actionQuit = a("actionQuit", self.tr("&Quit"), None, [Keys.Quit, "Ctrl+Q"])
        # Node
        self.actionRefresh = a(
            "actionRefresh",
            self.tr("&Refresh"),
            "refresh",
            [Keys.Refresh, "Ctrl+R"],
            self.tr("Read the selected node and its children again"),
        )
        self.actionCreateNode = a(
            "actionCreateNode",
            self.tr("&New Node…"),
            "create",
            "Ctrl+N",
            self.tr("Create a node under the selected one"),
        )
        # Insert creates a node too, but only in the tree: elsewhere the key is the
        # editor's or the path field's.
        self.actionCreateNodeInTree = a(
            "actionCreateNodeInTree", self.tr("&New Node…"), None, "Insert"
        )
        self.actionCreateNodeInTree.triggered.connect(self.actionCreateNode.trigger)
        self.actionDeleteNode = a(
            "actionDeleteNode",
            self.tr("&Delete…"),
            "delete",
            Keys.Delete,
            self.tr("Delete the selected nodes with their subtrees"),
        )
        self.actionSave = a(
            "actionSave",
            self.tr("&Save Data"),
            "save",
            Keys.Save,
            self.tr("Write the edited data to the server"),
        )
        self.actionRevert = a(
            "actionRevert",
            self.tr("Re&vert Data"),
            None,
            "Ctrl+Shift+V",  # (Ctrl+Shift+Z is the editor's Redo on Linux)
            self.tr("Drop the edit and show the data loaded"),
        )
        self.actionCopyPath = a(
            "actionCopyPath",
            self.tr("Copy &Path"),
            None,
            "Ctrl+Shift+C",
            self.tr("Copy the selected node's path"),
        )
        self.actionGoTo = a(
            "actionGoTo", self.tr("&Go to Path…"), None, "Ctrl+L", self.tr("Type a path to show")
        )
        self.actionWatchSubtree = a(
            "actionWatchSubtree",
            self.tr("&Watch Subtree"),
            None,
            "Ctrl+Shift+W",
            self.tr("Log every change at any depth below the selected node (one persistent watch)"),
        )
        self.actionWatchSubtree.setCheckable(True)
        # Transfer
        self.actionCopyNode = a(
            "actionCopyNode",
            self.tr("&Copy Nodes"),
            None,
            Keys.Copy,
            self.tr("Copy the selected nodes and their subtrees, to paste here or in another tab"),
        )
        self.actionPasteNode = a(
            "actionPasteNode",
            self.tr("&Paste Nodes…"),
            None,
            Keys.Paste,
            self.tr("Copy the nodes copied last under the selected node"),
        )
        self.actionMoveNode = a(
            "actionMoveNode",
            self.tr("&Move or Rename…"),
            None,
            "Ctrl+M",
            self.tr("Move the selected node and its subtree to another path"),
        )
        self.actionRenameNode = a(
            "actionRenameNode",
            self.tr("&Rename"),
            None,
            "F2",
            self.tr("Rename the selected node in the tree"),
        )
        self.actionExport = a(
            "actionExport",
            self.tr("&Export Subtree…"),
            None,
            "Ctrl+Shift+E",  # (Ctrl+E: the event log; Ctrl+I: the tree filter)
            self.tr("Write the selected node and its subtree to a file"),
        )
        self.actionImport = a(
            "actionImport",
            self.tr("&Import…"),
            None,
            "Ctrl+Shift+I",
            self.tr("Recreate the nodes of an exported file under the selected node"),
        )
        self.actionCompare = a(
            "actionCompare",
            self.tr("C&ompare Subtrees…"),
            None,
            "Ctrl+Shift+O",  # (Ctrl+D deletes on Linux: the platform's Delete key)
            self.tr("List the differences between two subtrees, here or in another tab"),
        )
        # View
        self.actionEventLog = a(
            "actionEventLog",
            self.tr("&Event Log"),
            None,
            "Ctrl+E",
            self.tr("Show the watch events and connection states of this connection as they come"),
        )
        self.actionNodeHistory = a(
            "actionNodeHistory",
            self.tr("Node &History"),
            None,
            "Ctrl+H",
            self.tr("Show the values the selected node was seen with while the app is open"),
        )
        self.actionCollapseAll = a("actionCollapseAll", self.tr("Co&llapse All"), None, None)
        self.actionSearch = a(
            "actionSearch",
            self.tr("&Search…"),
            "search",
            Keys.Find,
            self.tr("Find nodes by name, path, data or type under the selected node"),
        )
        self.actionZoomIn = a(
            "actionZoomIn",
            self.tr("Zoom &In"),
            None,
            [Keys.ZoomIn, "Ctrl+="],
            self.tr("Larger text"),
        )
        self.actionZoomOut = a(
            "actionZoomOut", self.tr("Zoom &Out"), None, Keys.ZoomOut, self.tr("Smaller text")
        )
        self.actionZoomReset = a(
            "actionZoomReset",
            self.tr("&Reset Zoom"),
            None,
            "Ctrl+0",
            self.tr("Text at the system's size"),
        )
        self.themeGroup = QActionGroup(self)
        self.actionThemeSystem = self._choice(self.themeGroup, "actionThemeSystem", "system")
        self.actionThemeSystem.setText(self.tr("Follow the &System"))
        self.actionThemeLight = self._choice(self.themeGroup, "actionThemeLight", "light")
        self.actionThemeLight.setText(self.tr("&Light"))
        self.actionThemeDark = self._choice(self.themeGroup, "actionThemeDark", "dark")
        self.actionThemeDark.setText(self.tr("&Dark"))
        self.languageGroup = QActionGroup(self)
        self.actionLanguageSystem = self._choice(self.languageGroup, "actionLanguageSystem", "")
        self.actionLanguageSystem.setText(self.tr("Follow the &System"))
        for code, name in LANGUAGES.items():
            attribute = "actionLanguage" + code.replace("_", "")
            setattr(self, attribute, self._choice(self.languageGroup, attribute, code))
            getattr(self, attribute).setText(name)
        self.actionFilterTree = a(
            "actionFilterTree",
            self.tr("&Filter Tree"),
            None,
            "Ctrl+I",
            self.tr("Show only the loaded nodes whose names contain a text"),
        )
        # View > Sort Children (and the tree header's menu): one order at a time.
        self.actionSortByName = a("actionSortByName", self.tr("By &Name"), None, None)
        self.actionSortByCtime = a(
            "actionSortByCtime", self.tr("By &Creation (oldest first)"), None
        )
        self.actionSortByMtime = a(
            "actionSortByMtime", self.tr("By &Modification (newest first)"), None
        )
        self.actionSortBySequence = a("actionSortBySequence", self.tr("By &Sequence Number"), None)
        self.actionSortBySize = a(
            "actionSortBySize", self.tr("By &Data Size (largest first)"), None
        )
        self.actionSortByChildren = a(
            "actionSortByChildren", self.tr("By C&hild Count (most first)"), None
        )
        self.sortOrderGroup = QActionGroup(self)
        for action, key in zip(self.sort_actions(), order.ORDERS, strict=True):
            action.setCheckable(True)
            action.setData(key)
            self.sortOrderGroup.addAction(action)
        # Transactions (the editor is docked; the four adds act on the selected node)
        self.actionTransaction = a(
            "actionTransaction",
            self.tr("&Transaction…"),
            None,
            "Ctrl+Shift+X",
            self.tr("Build operations and commit them at once: all are applied, or none"),
        )
        self.actionTxCheck = a(
            "actionTxCheck",
            self.tr("Check Its &Version"),
            None,
            None,
            self.tr("Add to the transaction: fail unless the selected node still has its version"),
        )
        self.actionTxSet = a(
            "actionTxSet",
            self.tr("&Set Its Data"),
            None,
            None,
            self.tr("Add to the transaction: write the data shown for the selected node"),
        )
        self.actionTxDelete = a(
            "actionTxDelete",
            self.tr("&Delete It"),
            None,
            None,
            self.tr("Add to the transaction: delete the selected node"),
        )
        self.actionTxCreate = a(
            "actionTxCreate",
            self.tr("&Create Under It"),
            None,
            None,
            self.tr("Add to the transaction: create a child of the selected node"),
        )
        self.actionServerPanel = a(
            "actionServerPanel",
            self.tr("Ser&vers"),
            None,
            "Ctrl+Shift+M",
            self.tr("Show the servers of this connection: mode, latency, clients, full answers"),
        )
        self.actionServerPanel.setCheckable(True)
        # Help
        self.actionShortcuts = a("actionShortcuts", self.tr("&Keyboard Shortcuts"), None, "F1")
        self.actionLog = a(
            "actionLog", self.tr("&Log"), None, None, self.tr("Show what zkinspector logs, live")
        )
        self.actionAbout = a("actionAbout", self.tr("&About zkinspector"), "app", None)

        # Delete, Insert, copy, paste and F2 act on the tree only: the editor keeps its keys.
        for action in self.tree_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.addActions([x for x in self.all() if x not in self.tree_actions()])

    def all(self) -> list[QAction]:
        """Every action, in the order made."""
        return [v for v in vars(self).values() if isinstance(v, QAction)]

    def sort_actions(self) -> list[QAction]:
        """The actions choosing the order of children, in the order of zk.order.ORDERS."""
        return [
            self.actionSortByName,
            self.actionSortByCtime,
            self.actionSortByMtime,
            self.actionSortBySequence,
            self.actionSortBySize,
            self.actionSortByChildren,
        ]

    def transaction_actions(self) -> list[QAction]:
        """The actions that add an operation on the selected node to the transaction."""
        return [self.actionTxCheck, self.actionTxSet, self.actionTxDelete, self.actionTxCreate]

    def tree_actions(self) -> list[QAction]:
        """The actions whose shortcuts belong to each tree view."""
        return [
            self.actionDeleteNode,
            self.actionCreateNodeInTree,
            self.actionCopyNode,
            self.actionPasteNode,
            self.actionRenameNode,
        ]

    def _choice(self, group: QActionGroup, name: str, value: str) -> QAction:
        """A checkable action of an exclusive group; its data is ``value``."""
        action = QAction(self._window)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setData(value)
        group.addAction(action)
        return action

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
