"""The main window: the znode tree on the left, the selected node's panes on the right."""

from __future__ import annotations

import logging

from kazoo.exceptions import NoNodeError
from kazoo.protocol.states import ZnodeStat
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..models.selected import NodeSnapshot, SelectedNode
from ..models.tree import ZnodeTreeModel
from ..zk import paths, session
from ..zk.connstr import ConnectParams
from ..zk.delete import delete_tree
from ..zk.errors import describe
from ..zk.limits import read_server_limit
from ..zk.session import ZkSession
from ..zk.walk import count_subtree
from .acl_pane import AclEditor
from .assets import icon
from .auth_dialog import AddAuthDialog
from .conflict_dialog import ask_conflict
from .connect_dialog import ConnectDialog
from .create_dialog import CreateNodeDialog, CreateRequest
from .data_pane import DataPane
from .delete_dialog import DeleteNodeDialog
from .diff_dialog import DiffDialog
from .stat_pane import StatView

log = logging.getLogger(__name__)

TREE_ICONS = {
    "root": "root",
    "persistent": "node",
    "ephemeral": "node-ephemeral",
    "persistent-sequential": "node-sequential",
    "sequential": "node-sequential",
    "ephemeral-sequential": "node-ephemeral-sequential",
    "locked": "locked",
}


class MainWindow(QMainWindow):
    """zkinspector's window. All ZooKeeper work goes through `session` (off this thread)."""

    sandboxRequested = Signal()

    def __init__(self, zk: ZkSession, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.session = zk
        self.settings = settings
        self.model = ZnodeTreeModel(zk, {k: icon(v) for k, v in TREE_ICONS.items()}, self)
        self.selected = SelectedNode(zk, self)
        self._delete_job: session.Job | None = None
        self._lost_ephemerals: list[str] = []
        self._text_version: int | None = None
        self._saving: tuple[str, bytes] | None = None  # (path, data) of the save in flight
        self._revealing = False
        # Rows leaving the tree (a server change, a reset): the current row may move with
        # them. Counted from before the view's own slots run (connected before setModel).
        self._rows_leaving = 0
        for about_to in (self.model.rowsAboutToBeRemoved, self.model.modelAboutToBeReset):
            about_to.connect(self._rows_leave)
        for done in (self.model.rowsRemoved, self.model.modelReset):
            done.connect(self._rows_left)
        self._delete_dialog: DeleteNodeDialog | None = None
        self._build_actions()
        self._build_central()
        self._build_menus()
        self._build_status()
        self._wire()
        self._update_actions()
        self.resize(1100, 700)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()

    # -- construction -----------------------------------------------------------------

    def _action(
        self, name: str, text: str, icon_name: str | None, shortcut=None, tip: str = ""
    ) -> QAction:
        action = QAction(self.tr(text), self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(self.tr(tip))
            action.setToolTip(self.tr(tip))
        return action

    def _build_actions(self) -> None:
        self.actionConnect = self._action(
            "actionConnect",
            "&Connect…",
            "connect",
            "Ctrl+O",
            "Connect to a ZooKeeper server or ensemble",
        )
        self.actionSandbox = self._action(
            "actionSandbox",
            "Start &Sandbox",
            None,
            None,
            "Start a local ZooKeeper with demo data and connect to it",
        )
        self.actionDisconnect = self._action(
            "actionDisconnect", "&Disconnect", "disconnect", "Ctrl+Shift+D", "Close the connection"
        )
        self.actionQuit = self._action("actionQuit", "&Quit", None, QKeySequence.StandardKey.Quit)
        self.actionRefresh = self._action(
            "actionRefresh",
            "&Refresh",
            "refresh",
            [QKeySequence.StandardKey.Refresh, "Ctrl+R"],
            "Read the selected node and its children again",
        )
        self.actionCreateNode = self._action(
            "actionCreateNode",
            "&New Node…",
            "create",
            "Ctrl+N",
            "Create a node under the selected one",
        )
        # Insert creates a node too, but only in the tree: elsewhere the key is the
        # editor's or the path field's.
        self.actionCreateNodeInTree = self._action(
            "actionCreateNodeInTree", "&New Node…", None, "Insert"
        )
        self.actionCreateNodeInTree.triggered.connect(self.actionCreateNode.trigger)
        self.actionDeleteNode = self._action(
            "actionDeleteNode",
            "&Delete…",
            "delete",
            QKeySequence.StandardKey.Delete,
            "Delete the selected nodes with their subtrees",
        )
        self.actionSave = self._action(
            "actionSave",
            "&Save Data",
            "save",
            QKeySequence.StandardKey.Save,
            "Write the edited data to the server",
        )
        self.actionRevert = self._action(
            "actionRevert",
            "Re&vert Data",
            None,
            "Ctrl+Shift+Z",
            "Drop the edit and show the data loaded",
        )
        self.actionCopyPath = self._action(
            "actionCopyPath", "Copy &Path", None, "Ctrl+Shift+C", "Copy the selected node's path"
        )
        self.actionGoTo = self._action(
            "actionGoTo", "&Go to Path…", None, "Ctrl+L", "Type a path to show"
        )
        self.actionCollapseAll = self._action("actionCollapseAll", "Co&llapse All", None, None)
        self.actionAbout = self._action("actionAbout", "&About zkinspector", "app", None)
        self.actionShortcuts = self._action("actionShortcuts", "&Keyboard Shortcuts", None, "F1")
        self.actionAddAuth = self._action(
            "actionAddAuth",
            "Add &Credentials…",
            None,
            "Ctrl+Shift+A",
            "Authenticate this session (addauth) to read and change protected nodes",
        )
        # Delete and Insert act on the tree only: the editor keeps its own keys.
        for action in (self.actionDeleteNode, self.actionCreateNodeInTree):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_central(self) -> None:
        self.tree = QTreeView()
        self.tree.setObjectName("nodeTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the counts of the rows on screen, not of the first 1,000 under a big node
        # (which would cost a data() call per row on every layout and read their stats).
        header.setResizeContentsPrecision(0)
        self.tree.addActions([self.actionDeleteNode, self.actionCreateNodeInTree])

        self.pathEdit = QLineEdit()
        self.pathEdit.setObjectName("pathEdit")
        self.pathEdit.setPlaceholderText(
            self.tr("Path of the selected node — type a path and press Enter")
        )
        self.pathEdit.setClearButtonEnabled(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pathEdit)
        left_layout.addWidget(self.tree)

        self.dataPane = DataPane()
        self.banner = QWidget()
        self.banner.setObjectName("changedBanner")
        self.banner.setStyleSheet(
            "#changedBanner { background: #fff3cd; border: 1px solid #e0c36c; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        self.bannerLabel = QLabel()
        self.bannerLabel.setWordWrap(True)
        self.bannerReload = QPushButton(self.tr("Reload"))
        self.bannerReload.setObjectName("bannerReloadButton")
        self.bannerReload.setToolTip(self.tr("Drop your text and show the server's data"))
        self.bannerDiff = QPushButton(self.tr("Show differences"))
        self.bannerDiff.setObjectName("bannerDiffButton")
        self.bannerDiff.setToolTip(self.tr("Compare your text with the data on the server now"))
        self.bannerDiff.clicked.connect(self._show_differences)
        banner_layout.addWidget(self.bannerLabel, 1)
        banner_layout.addWidget(self.bannerDiff)
        banner_layout.addWidget(self.bannerReload)
        self.banner.hide()

        data_box = QWidget()
        data_layout = QVBoxLayout(data_box)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addWidget(self.banner)
        data_layout.addWidget(self.dataPane)

        self.statView = StatView()
        self.aclEditor = AclEditor(self.session, self.selected)
        self.aclView = self.aclEditor.view
        self.details = QTabWidget()
        self.details.setObjectName("detailTabs")
        self.details.addTab(self.statView, self.tr("Stat"))
        self.details.addTab(self.aclEditor, self.tr("ACL"))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(data_box)
        right.addWidget(self.details)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 680])
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Connection"))
        file_menu.addActions([self.actionConnect, self.actionSandbox, self.actionDisconnect])
        file_menu.addAction(self.actionAddAuth)
        file_menu.addSeparator()
        file_menu.addAction(self.actionQuit)
        node_menu = bar.addMenu(self.tr("&Node"))
        node_menu.addActions([self.actionCreateNode, self.actionDeleteNode])
        node_menu.addSeparator()
        node_menu.addActions([self.actionSave, self.actionRevert, self.actionRefresh])
        node_menu.addSeparator()
        node_menu.addActions([self.actionCopyPath, self.actionGoTo])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.actionCollapseAll)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.actionShortcuts, self.actionAbout])

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.actionConnect, self.actionDisconnect])
        toolbar.addSeparator()
        toolbar.addActions(
            [self.actionRefresh, self.actionCreateNode, self.actionDeleteNode, self.actionSave]
        )
        self.addToolBar(toolbar)
        self._build_search(view_menu)

    def _build_search(self, view_menu: QMenu) -> None:
        """The search dock: View > Search (Ctrl+F); a result reveals its node in the tree."""
        from .search_panel import install_search_dock

        install_search_dock(self, self.session, self.tree, self.reveal, view_menu)

    def _build_status(self) -> None:
        self.connectionStatus = QLabel()
        self.connectionStatus.setObjectName("connectionStatus")
        self.busyLabel = QLabel()
        self.busyLabel.setObjectName("busyLabel")
        self.statusBar().addPermanentWidget(self.busyLabel)
        self.statusBar().addPermanentWidget(self.connectionStatus)
        self._show_state(self.session.state, "")

    def _wire(self) -> None:
        s = self.session
        s.stateChanged.connect(self._show_state)
        s.connected.connect(self._on_connected)
        s.connectFailed.connect(self._on_connect_failed)
        s.resynced.connect(self._on_resynced)
        s.ephemeralsLost.connect(self._on_ephemerals_lost)
        self.model.loadFailed.connect(lambda path, msg: self.statusBar().showMessage(msg, 8000))
        self.model.revealed.connect(self._select_index)
        self.model.busyChanged.connect(
            lambda busy: self.busyLabel.setText(self.tr("Loading…") if busy else "")
        )
        self.model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.collapsed.connect(self._on_collapsed)
        self.pathEdit.returnPressed.connect(self._go_to_typed_path)

        self.selected.loaded.connect(self._on_loaded)
        self.selected.missing.connect(self._on_missing)
        self.selected.failed.connect(self._on_load_failed)
        self.selected.changedOnServer.connect(self._on_changed_on_server)
        self.selected.saved.connect(self._on_saved)
        self.selected.saveFailed.connect(self._on_save_failed)
        self.selected.conflict.connect(self._on_conflict)
        self.dataPane.modifiedChanged.connect(
            lambda _m: (self._update_actions(), self._update_title())
        )
        self.bannerReload.clicked.connect(self._reload_discarding)

        self.actionConnect.triggered.connect(self.open_connect_dialog)
        self.actionSandbox.triggered.connect(self.sandboxRequested)
        self.actionAddAuth.triggered.connect(self.open_add_auth_dialog)
        s.authAdded.connect(self._on_auth_added)
        self.aclEditor.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.actionDisconnect.triggered.connect(self.disconnect)
        self.actionQuit.triggered.connect(self.close)
        self.actionRefresh.triggered.connect(self.refresh)
        self.actionCreateNode.triggered.connect(self.open_create_dialog)
        self.actionDeleteNode.triggered.connect(self.open_delete_dialog)
        self.actionSave.triggered.connect(self.save)
        self.actionRevert.triggered.connect(self._reload_discarding)
        self.actionCopyPath.triggered.connect(self._copy_path)
        self.actionGoTo.triggered.connect(
            lambda: (self.pathEdit.setFocus(), self.pathEdit.selectAll())
        )
        self.actionCollapseAll.triggered.connect(self._collapse_all)
        self.actionAbout.triggered.connect(self._about)
        self.actionShortcuts.triggered.connect(self._shortcuts)

    # -- connection -------------------------------------------------------------------

    def connect_to(self, params: ConnectParams) -> None:
        """Connect (never blocks); the tree loads when the session is up."""
        if not self._confirm_discard():
            return
        self.session.connect_to(params)
        self._update_title()

    def disconnect(self) -> None:
        if self.session.state == session.CONNECTING:
            self.session.cancel_connect()
        elif self._confirm_discard():
            self.session.disconnect_from()

    def open_connect_dialog(self) -> None:
        dialog = ConnectDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.connect_to(dialog.params()))
        dialog.open()

    def _show_state(self, state: str, detail: str) -> None:
        text = {
            session.CONNECTED: self.tr("Connected to %s") % detail
            if detail
            else self.tr("Connected"),
            session.CONNECTING: self.tr("Connecting to %s…") % detail
            if detail
            else self.tr("Connecting…"),
            session.SUSPENDED: self.tr("Suspended: connection lost, reconnecting…"),
            session.LOST: self.tr("Lost: the session expired, starting a new one…"),
            session.DISCONNECTED: self.tr("Disconnected"),
        }.get(state, state)
        if state == session.CONNECTED and self.session.read_only:
            text += self.tr(" (read-only)")
        self.connectionStatus.setText(text)
        colour = {
            session.CONNECTED: "#1b7f3b",
            session.SUSPENDED: "#b26a00",
            session.LOST: "#b00020",
        }
        self.connectionStatus.setStyleSheet(f"color: {colour.get(state, 'palette(text)')};")
        if state == session.DISCONNECTED:
            self._show_snapshot(None, self.tr("Not connected."))
            if self._delete_dialog is not None:  # its result will never be delivered
                self._delete_failed(
                    self._delete_dialog,
                    self.tr("The connection was closed; refresh to see what remains."),
                )
        self._update_actions()
        self._update_title()

    def _on_connected(self) -> None:
        self.statusBar().showMessage(self.tr("Connected to %s") % self.session.server, 5000)
        hosts = self.session.params.hosts if self.session.params else ""
        chroot = "/" + hosts.partition("/")[2] if "/" in hosts else ""
        self.session.submit(
            read_server_limit, lambda limit: self.dataPane.set_size_limit(limit, chroot)
        )

    def _after_reset(self) -> None:
        root = self.model.index(0, 0)
        if root.isValid():
            self.tree.expand(root)
            self.tree.setCurrentIndex(root)

    def _on_connect_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Could not connect"), message, parent=self
        )
        box.setObjectName("connectErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_resynced(self, new_session: bool) -> None:
        if new_session:
            self._lost_ephemerals = []
            self._show_session_renewed()

    def _on_ephemerals_lost(self, lost: list[str]) -> None:
        self._lost_ephemerals = list(lost)
        self._show_session_renewed()

    def _show_session_renewed(self) -> None:
        text = self.tr("The session expired; a new one was made and the tree re-read.")
        lost = self._lost_ephemerals
        if lost:
            shown = ", ".join(lost[:10]) + (" …" if len(lost) > 10 else "")
            text += " " + self.tr("Ephemeral nodes this app had created are gone: %s") % shown
        self.statusBar().showMessage(text, 30000)

    # -- selection and panes ----------------------------------------------------------

    def current_path(self) -> str | None:
        index = self.tree.currentIndex()
        return self.model.node_path(index) if index.isValid() else None

    def selected_paths(self) -> list[str]:
        """Selected nodes, without those whose ancestor is selected too."""
        rows = self.tree.selectionModel().selectedRows(0)
        found = {p for i in rows if (p := self.model.node_path(i))}
        return sorted(p for p in found if not any(a in found for a in paths.ancestors(p)))

    def _rows_leave(self, *_args) -> None:
        self._rows_leaving += 1

    def _rows_left(self, *_args) -> None:
        self._rows_leaving = max(0, self._rows_leaving - 1)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        path = self.model.node_path(current) if current.isValid() else None
        if path == self.selected.path:
            return
        if self._rows_leaving and self.dataPane.is_modified():
            # The edited node's row left the tree (deleted on the server) and the current
            # row moved: the panes keep the edit. Nothing is asked from inside the model's
            # change; the question comes when the user picks another node.
            self.statusBar().showMessage(
                self.tr("%s was removed from the tree; your edit is kept (save or revert it).")
                % self.selected.path,
                10000,
            )
            return
        if self.dataPane.is_modified() and (self._revealing or not self._confirm_discard()):
            if self._revealing:
                self.statusBar().showMessage(
                    self.tr("Save or revert the edit of %s first.") % self.selected.path, 8000
                )
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(previous)
            self.tree.selectionModel().blockSignals(False)
            return
        self.pathEdit.setText(path or "")
        self.banner.hide()
        self.selected.select(path)
        self._show_snapshot(None, self.tr("Loading…") if path else "")
        self._update_actions()

    def _show_snapshot(self, snap: NodeSnapshot | None, message: str = "") -> None:
        if snap is None:
            self.dataPane.clear(message)
            self.statView.show_stat(None)
            self.aclEditor.show_snapshot(None, message)
            return
        if snap.readable:
            self.dataPane.load(snap.path, snap.data)
        else:
            self.dataPane.load(snap.path, None, readable=False)
        # A save writes with the version the editor's text was loaded from.
        self._text_version = snap.stat.version if snap.stat is not None else None
        self.statView.show_stat(snap.stat)
        self.aclEditor.show_snapshot(snap, snap.error if snap.acl is None else "")

    def _on_loaded(self, snap: NodeSnapshot) -> None:
        if self._keeps_edit(snap):
            # The user typed while this reload was on its way: keep the text, say so.
            self.statView.show_stat(snap.stat)
            self._on_changed_on_server(snap.path)
            if snap.stat is not None:
                self.model.update_stat(snap.path, snap.stat)
            self._update_actions()
            return
        self.banner.hide()
        self._show_snapshot(snap)
        if snap.error:
            self.statusBar().showMessage(snap.error, 8000)
        if snap.stat is not None:
            self.model.update_stat(snap.path, snap.stat)
        self.model.set_readable(snap.path, snap.readable)
        self._update_actions()

    def _keeps_edit(self, snap: NodeSnapshot) -> bool:
        """Whether a loaded snapshot would replace an unsaved edit of the same node.

        Not after our own save: then the server holds exactly the editor's bytes.
        """
        if not self.dataPane.is_modified() or self.dataPane.path() != snap.path:
            return False
        try:
            return snap.data != self.dataPane.current_bytes()
        except ValueError:
            return True  # malformed hex being typed: certainly an edit

    def _on_missing(self, path: str) -> None:
        self._show_snapshot(None, self.tr("%s does not exist any more.") % path)
        self._update_actions()

    def _on_load_failed(self, path: str, message: str) -> None:
        self._show_snapshot(None, message)
        self.statusBar().showMessage(message, 8000)

    def _on_changed_on_server(self, path: str) -> None:
        if self.dataPane.is_modified():
            self.bannerLabel.setText(
                self.tr(
                    "%s was changed on the server while you were editing. Your text is "
                    "kept; Show differences compares it with the server's data, Reload "
                    "drops it and shows the server's data."
                )
                % path
            )
            self.banner.show()
        else:
            self.selected.reload()

    def _reload_discarding(self) -> None:
        self.banner.hide()
        snap = self.selected.snapshot
        if snap is not None:
            self._show_snapshot(snap)
        self.selected.reload()

    def _show_differences(self) -> None:
        """Read the node's data now and compare it with the user's text (a dialog)."""
        path = self.dataPane.path()
        if path is None:
            return
        self.bannerDiff.setEnabled(False)

        def compare(server_data: bytes, note: str = "") -> None:
            self.bannerDiff.setEnabled(True)
            if path != self.dataPane.path():
                return
            mine, theirs = self.dataPane.diff_texts(server_data)
            dialog = DiffDialog(path, mine, theirs, self, note=note)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NoNodeError):
                compare(b"", self.tr("The node was deleted on the server."))
                return
            self.bannerDiff.setEnabled(True)
            self._warn(self.tr("Could not read the node"), describe(exc, path))

        self.session.submit(lambda c: c.get(path)[0] or b"", compare, failed)

    def _select_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        # Selected by the program (a reveal arriving later), not by the user: an unsaved
        # edit is kept rather than asked about from inside an asynchronous callback.
        self._revealing = True
        try:
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._revealing = False
        self.tree.scrollTo(self.tree.currentIndex())

    def reveal(self, path: str) -> None:
        """Select `path` in the tree, loading its ancestors as needed."""
        self.model.reveal(path)

    def _go_to_typed_path(self) -> None:
        path = self.pathEdit.text().strip()
        try:
            paths.validate_path(path)
        except paths.InvalidPath as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.reveal(path)
        self.tree.setFocus()

    def _on_collapsed(self, index: QModelIndex) -> None:
        # Keep memory and server watches bounded: a collapsed big subtree is dropped.
        if self.model.rowCount(index) > 2000:
            self.model.unload(index)

    def _collapse_all(self) -> None:
        self.tree.collapseAll()
        root = self.model.index(0, 0)
        if root.isValid():
            self.tree.expand(root)

    # -- actions ----------------------------------------------------------------------

    def _update_actions(self) -> None:
        connected = self.session.is_connected
        writable = connected and not self.session.read_only
        path = self.current_path()
        snap = self.selected.snapshot
        deletable = [p for p in self.selected_paths() if p != "/" and not paths.is_reserved(p)]
        self.actionDisconnect.setEnabled(self.session.state != session.DISCONNECTED)
        self.actionRefresh.setEnabled(connected and path is not None)
        self.actionCreateNode.setEnabled(
            writable and path is not None and not paths.is_reserved(path)
        )
        self.actionDeleteNode.setEnabled(writable and bool(deletable))
        can_save = (
            writable
            and self._saving is None
            and snap is not None
            and snap.readable
            and self.dataPane.is_modified()
        )
        self.actionSave.setEnabled(can_save)
        self.actionRevert.setEnabled(self.dataPane.is_modified())
        self.actionCopyPath.setEnabled(path is not None)
        self.dataPane.set_read_only(not writable or snap is None or not snap.readable)
        self.aclEditor.set_writable(writable)
        self.actionAddAuth.setEnabled(connected)

    def _update_title(self) -> None:
        where = (
            self.session.params.hosts
            if self.session.params and self.session.state != session.DISCONNECTED
            else ""
        )
        title = "zkinspector"
        if where:
            title = f"{where} — {title}"
        if self.dataPane.is_modified():
            title = "* " + title
        self.setWindowTitle(title)

    def refresh(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self.model.refresh(path)
        if not self.dataPane.is_modified():
            self.selected.reload()

    def _copy_path(self) -> None:
        path = self.current_path()
        if path:
            QGuiApplication.clipboard().setText(path)
            self.statusBar().showMessage(self.tr("Copied %s") % path, 3000)

    def _tree_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions([self.actionCreateNode, self.actionDeleteNode, self.actionRefresh])
        menu.addSeparator()
        menu.addAction(self.actionCopyPath)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # -- save -------------------------------------------------------------------------

    def save(self, *, invalid_json_ok: bool = False) -> None:
        snap = self.selected.snapshot
        if snap is None or snap.stat is None or not self.dataPane.is_modified():
            return
        try:
            data = self.dataPane.current_bytes()
            self.dataPane.check_size(data)
        except ValueError as exc:
            self._warn(self.tr("Cannot save"), str(exc))
            return
        problem = "" if invalid_json_ok else self.dataPane.json_problem(data)
        if problem:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Invalid JSON"),
                problem,
                QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("invalidJsonBox")
            box.setInformativeText(
                self.tr("Save it anyway, as text? Programs that read this node may fail.")
            )
            anyway = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
            anyway.setObjectName("saveAnywayButton")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            anyway.clicked.connect(lambda: self.save(invalid_json_ok=True))
            box.open()
            return
        self.statusBar().showMessage(self.tr("Saving %s…") % snap.path)
        self.actionSave.setEnabled(False)
        version = self._text_version if self._text_version is not None else snap.stat.version
        self._saving = (snap.path, data)
        self.selected.save(snap.path, data, version)

    def _on_saved(self, path: str, stat: ZnodeStat) -> None:
        self._saving = None
        self.statusBar().showMessage(self.tr("Saved %s (version %d)") % (path, stat.version), 5000)
        if path == self.dataPane.path():
            self._text_version = stat.version  # typing on before the reload lands is fine
        if path == self.selected.path:
            self.selected.reload()
        self._update_actions()

    def _on_save_failed(self, path: str, message: str) -> None:
        self._saving = None
        self.statusBar().showMessage(message, 10000)
        self._warn(self.tr("Save failed"), message)
        self._update_actions()

    def _on_conflict(self, path: str, loaded_version: int, stat: ZnodeStat | None) -> None:
        if stat is None:
            self._saving = None
            self._warn(
                self.tr("Save failed"),
                self.tr("%s was deleted on the server; nothing was written.") % path,
            )
            self._update_actions()
            return
        ask_conflict(
            self,
            path,
            loaded_version,
            stat.version,
            lambda choice: self._conflict_answered(path, stat, choice),
        )

    def _conflict_answered(self, path: str, stat: ZnodeStat, choice: str) -> None:
        saving, self._saving = self._saving, None
        if choice == "overwrite" and saving is not None and saving[0] == path:
            # The bytes the user saved, on the version the dialog showed: not whatever
            # the editor holds now (it may show another node by now).
            self._saving = saving
            self.selected.save(path, saving[1], stat.version)
        elif choice == "reload":
            self.banner.hide()
            self.dataPane.clear(self.tr("Loading…"))
            self.selected.reload()
        self._update_actions()

    # -- create -----------------------------------------------------------------------

    def open_create_dialog(self) -> None:
        parent_path = self.current_path()
        if parent_path is None or not self.actionCreateNode.isEnabled():
            return
        snap = self.selected.snapshot
        params = self.session.params
        dialog = CreateNodeDialog(
            parent_path,
            self,
            parent_acl=snap.acl if snap is not None and snap.path == parent_path else None,
            has_credentials=params is not None and params.has_credentials,
        )
        dialog.set_size_limit(self.dataPane.size_limit(), self.dataPane.path_prefix())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_node(dialog.request()))
        dialog.open()

    def create_node(self, req: CreateRequest) -> None:
        """Create the node the dialog asked for, then select it."""
        self.statusBar().showMessage(self.tr("Creating %s…") % req.path)
        self.session.create(
            req.path,
            req.data,
            ephemeral=req.ephemeral,
            sequential=req.sequential,
            makepath=req.makepath,
            acl=req.acl,
            on_result=self._on_created,
            on_error=lambda exc: self._warn(
                self.tr("Could not create the node"), describe(exc, req.path)
            ),
        )

    def _on_created(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Created %s") % path, 5000)
        self.reveal(path)

    # -- delete -----------------------------------------------------------------------

    def open_delete_dialog(self) -> None:
        targets = [p for p in self.selected_paths() if p != "/" and not paths.is_reserved(p)]
        if not targets or not self.actionDeleteNode.isEnabled():
            return
        dialog = DeleteNodeDialog(targets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        counting = self.session.submit_long(
            lambda c, job: count_subtree(c, targets, cancelled=lambda: job.stop_requested),
            dialog.set_count,
            lambda exc: dialog.set_count_failed(describe(exc)),
        )
        dialog.rejected.connect(counting.abandon)
        dialog.deleteRequested.connect(lambda: self._delete(dialog, targets))
        dialog.cancelRequested.connect(self._cancel_delete)
        dialog.open()

    def _delete(self, dialog: DeleteNodeDialog, targets: list[str]) -> None:
        def run(client, job):
            return delete_tree(
                client, targets, cancelled=lambda: job.stop_requested, progress=job.report
            )

        dialog.start_progress(None)
        self._delete_dialog = dialog
        self._delete_job = self.session.submit_long(
            run,
            lambda result: self._deleted(dialog, result),
            lambda exc: self._delete_failed(dialog, describe(exc)),
            dialog.set_progress,
            write=True,
        )

    def _delete_failed(self, dialog: DeleteNodeDialog, message: str) -> None:
        self._delete_job = self._delete_dialog = None
        dialog.finish(message, ok=False)

    def _cancel_delete(self) -> None:
        if self._delete_job is not None:
            self._delete_job.stop()  # the walker stops after its batch and still reports

    def _deleted(self, dialog: DeleteNodeDialog, result) -> None:
        self._delete_job = self._delete_dialog = None
        for path in dialog.paths():
            if path not in result.remaining:
                self.session.forget_ephemerals(path)
        lines = [self.tr("%d nodes deleted.") % result.deleted]
        if result.cancelled:
            lines.append(self.tr("Cancelled before the end."))
        if result.remaining:
            lines.append(self.tr("Still on the server: %s") % ", ".join(result.remaining[:10]))
        for path, exc in result.errors[:10]:
            lines.append(describe(exc, path))
        ok = not result.remaining and not result.errors
        dialog.finish("\n".join(lines), ok=ok)
        for path in {paths.dirname(p) for p in [*dialog.paths()]}:
            self.model.refresh(path)

    # -- credentials --------------------------------------------------------------------

    def open_add_auth_dialog(self) -> None:
        """Ask for credentials and add them to the session (kazoo add_auth)."""
        if not self.session.is_connected:
            return
        dialog = AddAuthDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_auth(*dialog.credential()))
        dialog.open()

    def add_auth(self, scheme: str, credential: str) -> None:
        """Add credentials; the tree and the selected node are read again when they are in."""
        self.statusBar().showMessage(self.tr("Adding %s credentials…") % scheme)
        self.session.add_auth(
            scheme,
            credential,
            None,
            lambda exc: self._warn(self.tr("Credentials refused"), describe(exc)),
        )

    def _on_auth_added(self, scheme: str) -> None:
        self.statusBar().showMessage(
            self.tr("%s credentials added; reading the tree again…") % scheme, 5000
        )
        self.model.resync()
        if not self.dataPane.is_modified():
            self.selected.reload()
        self._update_actions()

    # -- messages ---------------------------------------------------------------------

    def _warn(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _confirm_discard(self) -> bool:
        """Ask before unsaved edits are dropped; True when it is fine to go on."""
        if not self.dataPane.is_modified():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The data of %s was edited and not saved.") % (self.selected.path or ""),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedDialog")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # the save is asynchronous: stay until it is through
        if answer == QMessageBox.StandardButton.Discard:
            self.dataPane.clear()
            return True
        return False

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About zkinspector"),
            self.tr(
                "<b>zkinspector</b><br>A fast desktop inspector for Apache ZooKeeper.<br>"
                "PySide6 %s, kazoo."
            )
            % QApplication.instance().applicationVersion(),
        )

    def _shortcuts(self) -> None:
        rows = []
        for action in self.findChildren(QAction):
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys:
                rows.append(
                    f"<tr><td>{action.text().replace('&', '')}</td><td><b>{keys}</b></td></tr>"
                )
        QMessageBox.information(
            self,
            self.tr("Keyboard Shortcuts"),
            "<table cellspacing=6>" + "".join(sorted(rows)) + "</table>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.session.disconnect_from()  # its client closes on a thread of its own
        super().closeEvent(event)
