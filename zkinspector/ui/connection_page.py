"""One connection's page (a tab of the main window): its session, tree and panes.

The page puts the parts of one connection together and shows what its controllers
report: the tree pane on the left, the selected node's data, stat and ACL on the right.
The controllers (models/) do the work; the page asks the user and shows the outcome.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QMessageBox, QSplitter, QTreeWidget, QWidget

from ..models.creating import CreateRequest, NodeCreator
from ..models.deleting import SubtreeDelete
from ..models.editing import EditController
from ..models.event_log import EventLog
from ..models.history import HistoryLimits, NodeHistory
from ..models.lookups import Lookups
from ..models.recipe import RecipeLens
from ..models.selected import SelectedNode
from ..models.transaction import TransactionBuilder
from ..models.tree import ZnodeTreeModel
from ..settings import (
    COLUMN_WIDTHS,
    DATA_CHARSET,
    DATA_MODE,
    SPLITTER_STATE,
    Settings,
)
from ..zk import paths, session
from ..zk.connstr import ConnectParams
from ..zk.errors import describe
from ..zk.reads import NodeSnapshot
from ..zk.session import ZkSession
from ..zk.transactions import CHECK, CREATE, DELETE
from .acl_pane import make_acl_editor
from .assets import icon
from .auth_dialog import AddAuthDialog
from .conflict_dialog import ask_conflict
from .create_dialog import CreateNodeDialog
from .delete_dialog import DeleteNodeDialog
from .diff_dialog import DiffDialog
from .event_log import EventLogPanel
from .history_view import HistoryView
from .node_details import NodeDetails
from .search_panel import SearchPanel
from .ssh_prompts import SshPrompter
from .transaction_editor import TransactionEditor
from .tree_pane import TreePane
from .widgets import show_message, vbox, warn

__all__ = ["ConnectionPage", "PageState"]

TREE_ICONS = {
    "root": "root",
    "persistent": "node",
    "ephemeral": "node-ephemeral",
    "persistent-sequential": "node-sequential",
    "sequential": "node-sequential",
    "ephemeral-sequential": "node-ephemeral-sequential",
    "locked": "locked",
}

#: How each state's text is coloured (assets.style_message_label kinds).
STATE_KINDS = {
    session.CONNECTED: "ok",
    session.SUSPENDED: "warning",
    session.LOST: "error",
}


@dataclass(frozen=True)
class PageState:
    """What the window's actions need to know of a page."""

    connected: bool
    writable: bool
    disconnected: bool
    path: str | None
    deletable: bool
    can_save: bool
    modified: bool


class ConnectionPage(QWidget):
    """A connection with its tree and panes; the window routes its actions here."""

    message = Signal(str, int)  # a sentence for the status bar, milliseconds to show it
    stateShown = Signal()  # the connection's state (text, colour) changed
    titleChanged = Signal()  # the tab title or the modified mark changed
    actionsChanged = Signal()  # something the window's actions depend on changed
    busyChanged = Signal(bool)  # listings in flight
    treeMenuRequested = Signal(QPoint)  # right click in the tree, global position
    eventLogRequested = Signal()  # show this page's event log
    searchRequested = Signal()  # show this page's search panel (a search was started)

    def __init__(
        self, parent: QWidget | None = None, *, name: str = "", settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionPage")
        self.name = name  # the profile's name, when connected through one
        self.settings = settings  # remembers the data view, charset and last node
        self._data_prefs_applied = False
        self._restore_path = ""  # the node to select once connected
        self.colour = ""  # the profile's colour ("#rrggbb"), marking the tab and status bar
        self.session = ZkSession(self)
        self.model = ZnodeTreeModel(self.session, {k: icon(v) for k, v in TREE_ICONS.items()}, self)
        self.selected = SelectedNode(self.session, self)
        self.creator = NodeCreator(self.session, self)
        self.lookups = Lookups(self.session, self)  # small reads: a node there, the version
        self.lookups.exists.connect(self._last_node_checked)
        self._restore_asked = ""  # the last node, while asking whether it is still there
        self._lost_ephemerals: list[str] = []
        self._deleting: SubtreeDelete | None = None
        # (path, go on): leave the edited node once its save went through
        self._after_save: tuple[str, Callable[[], None]] | None = None
        self._ever_connected = False
        # Rows leaving the tree (a server change, a reset): the current row may move with
        # them. Counted from before the view's own slots run (connected before setModel).
        self._rows_leaving = 0
        for about_to in (self.model.rowsAboutToBeRemoved, self.model.modelAboutToBeReset):
            about_to.connect(self._rows_leave)
        for done in (self.model.rowsRemoved, self.model.modelReset):
            done.connect(self._rows_left)

        self.treePane = TreePane(self.model)
        # Docked by the window, beside the other connections' panels.
        self.searchPanel = SearchPanel(self.session)
        self.searchPanel.resultActivated.connect(self.reveal)
        # Docked by the window too: the event log and the selected node's history.
        self.eventLog = EventLog(self.session, parent=self)
        self.eventPanel = EventLogPanel(self.eventLog, self.session)
        self.history = NodeHistory(self.session, self.selected, parent=self)
        self.historyView = HistoryView(self.history)
        # And this connection's transaction and recipes lens.
        self.transaction = TransactionBuilder(self.session, self)
        self.transactionEditor = TransactionEditor(self.transaction)
        self.transactionEditor.addRequested.connect(self.add_to_transaction)
        self.recipes = RecipeLens(self.session, self)
        self.details = NodeDetails(make_acl_editor(self.session, self.selected))
        self.editing = EditController(self.session, self.selected, self.details.dataPane, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("pageSplitter")
        self.splitter.addWidget(self.treePane)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 680])
        self.setLayout(vbox(self.splitter))
        self._wire()

    # The parts tests and the window reach by name.
    @property
    def tree(self):
        return self.treePane.tree

    @property
    def dataPane(self):  # noqa: N802 (named as its widget)
        return self.details.dataPane

    @property
    def statView(self):  # noqa: N802
        return self.details.statView

    @property
    def aclEditor(self):  # noqa: N802
        return self.details.aclEditor

    @property
    def banner(self):
        return self.details.banner

    def _wire(self) -> None:
        s = self.session
        s.stateChanged.connect(self._on_state)
        s.connected.connect(self._on_connected)
        s.connectFailed.connect(self._on_connect_failed)
        s.resynced.connect(self._on_resynced)
        s.ephemeralsLost.connect(self._on_ephemerals_lost)
        s.authAdded.connect(self._on_auth_added)
        s.tunnelMessage.connect(lambda text: self.message.emit(text, 15000))
        self.sshPrompter = SshPrompter(s, self)  # questions of an SSH tunnel's login
        self.model.loadFailed.connect(lambda _path, text: self.message.emit(text, 8000))
        self.model.busyChanged.connect(self.busyChanged)
        self.treePane.message.connect(lambda text: self.message.emit(text, 8000))
        tree = self.treePane.tree
        tree.selectionModel().currentChanged.connect(self._on_current_changed)
        tree.selectionModel().selectionChanged.connect(lambda *_: self.actionsChanged.emit())
        tree.selectionModel().currentChanged.connect(
            lambda *_: self.recipes.follow(self.current_path())
        )
        tree.customContextMenuRequested.connect(
            lambda pos: self.treeMenuRequested.emit(tree.viewport().mapToGlobal(pos))
        )

        self.selected.loaded.connect(self._on_loaded)
        self.selected.missing.connect(self._on_missing)
        self.selected.failed.connect(self._on_load_failed)
        e = self.editing
        e.show.connect(self._show_loaded)
        e.keptEdit.connect(lambda snap: self.statView.show_stat(snap.stat))
        e.changedWhileEditing.connect(self.banner.show_for)
        e.discarded.connect(self.banner.hide)
        e.saving.connect(lambda path: self.message.emit(self.tr("Saving %s…") % path, 0))
        e.saved.connect(self._on_saved)
        e.saveFailed.connect(self._on_save_failed)
        e.conflict.connect(self._on_conflict)
        e.differences.connect(self._show_differences)
        e.differencesFailed.connect(self._differences_failed)
        e.busyChanged.connect(self.actionsChanged)
        self.banner.reloadClicked.connect(self.revert)
        self.banner.diffClicked.connect(self._read_differences)
        self.dataPane.modifiedChanged.connect(self._on_modified)
        for name, key, read in (
            ("dataViewCombo", DATA_MODE, self.dataPane.mode),
            ("dataCharsetCombo", DATA_CHARSET, self.dataPane.charset),
        ):
            combo = self.dataPane.findChild(QComboBox, name)
            # After the pane took (or refused) the user's pick: remember what it shows.
            combo.activated.connect(
                lambda _i, k=key, r=read: QTimer.singleShot(0, lambda: self._remember(k, r()))
            )
        self.aclEditor.statusMessage.connect(lambda text: self.message.emit(text, 8000))
        self.creator.created.connect(self._on_created)
        self._wire_events()
        self.creator.failed.connect(
            lambda _path, text: warn(
                self, self.message.emit, self.tr("Could not create the node"), text
            )
        )

    def _wire_events(self) -> None:
        s = self.session
        self.eventPanel.pathActivated.connect(self.reveal)
        self.eventPanel.message.connect(lambda text: self.message.emit(text, 5000))
        s.subtreeWatchFailed.connect(lambda _path, text: self.message.emit(text, 10000))
        s.subtreeWatchFailed.connect(self.actionsChanged)
        s.subtreeWatchesChanged.connect(self.actionsChanged)
        s.watchesCleared.connect(self._set_watches_again)
        self.statView.set_owner_lookup(
            lambda stat: (
                bool(stat.ephemeralOwner) and stat.ephemeralOwner == s.session_id,
                s.created_type(stat),
            )
        )
        self.statView.ownerSearchRequested.connect(self.find_owned_by)

    def set_limits(self, events: int, history_per_node: int, history_mib: int) -> None:
        """How many log rows and history values this page keeps (settings.py)."""
        self.eventLog.model.set_capacity(events)
        self.history.set_limits(
            HistoryLimits(per_node=history_per_node, total_bytes=history_mib * 1024 * 1024)
        )

    # -- what the window shows ----------------------------------------------------------

    def title(self) -> str:
        """The tab's text: the profile's name or the connect string."""
        params = self.session.params
        if self.name:
            return self.name
        if params is not None and self.session.state != session.DISCONNECTED:
            return params.hosts
        return self.tr("Not connected")

    def is_modified(self) -> bool:
        return self.dataPane.is_modified()

    def state_text(self) -> tuple[str, str]:
        """The connection's state as a sentence and a message kind ("ok", ... "normal")."""
        state, detail = self.session.state, self.session.server
        text = {
            session.CONNECTED: self.tr("Connected to %s") % detail
            if detail
            else self.tr("Connected"),
            session.CONNECTING: self.tr("Connecting to %s…") % self._hosts()
            if self._hosts()
            else self.tr("Connecting…"),
            session.SUSPENDED: self.tr("Suspended: connection lost, reconnecting…"),
            session.LOST: self.tr("Lost: the session expired, starting a new one…"),
            session.DISCONNECTED: self.tr("Disconnected"),
        }.get(state, state)
        if state == session.CONNECTED and self.session.tunnel is not None:
            text += self.tr(" through %s") % self.session.tunnel.jump
        if state == session.CONNECTED and self.session.read_only:
            text += self.tr(" (read-only)")
        return text, STATE_KINDS.get(state, "normal")

    def _hosts(self) -> str:
        params = self.session.params
        return params.hosts if params is not None else ""

    def state(self) -> PageState:
        s = self.session
        connected = s.is_connected
        writable = connected and not s.read_only
        path = self.current_path()
        snap = self.selected.snapshot
        modified = self.dataPane.is_modified()
        return PageState(
            connected=connected,
            writable=writable,
            disconnected=s.state == session.DISCONNECTED,
            path=path,
            deletable=writable and bool(self.deletable_paths()),
            can_save=writable
            and not self.editing.is_saving
            and snap is not None
            and snap.readable
            and modified,
            modified=modified,
        )

    def current_path(self) -> str | None:
        return self.treePane.current_path()

    def selected_paths(self) -> list[str]:
        return self.treePane.selected_paths()

    def deletable_paths(self) -> list[str]:
        return [p for p in self.selected_paths() if p != "/" and not paths.is_reserved(p)]

    def reveal(self, path: str) -> None:
        """Select ``path`` in the tree, loading its ancestors as needed."""
        self.treePane.reveal(path)

    def sync_panes(self) -> None:
        """Make the panes editable or not for what the connection allows now."""
        st = self.state()
        snap = self.selected.snapshot
        self.dataPane.set_read_only(not st.writable or snap is None or not snap.readable)
        self.aclEditor.set_writable(st.writable)

    def _column_views(self) -> list:
        return [self.tree, self.statView, self.aclEditor.findChild(QTreeWidget, "aclView")]

    def save_layout(self, settings: Settings) -> None:
        """Remember the splitters' sizes and the columns' widths (next pages open the same)."""
        for splitter in (self.splitter, self.details):
            key = SPLITTER_STATE.child(splitter.objectName())
            settings.set(key, bytes(splitter.saveState().data()))
        for view in self._column_views():
            if view is not None:
                header = view.header()
                widths = [str(header.sectionSize(i)) for i in range(header.count())]
                settings.set(COLUMN_WIDTHS.child(view.objectName()), widths)

    def restore_layout(self, settings: Settings) -> None:
        for splitter in (self.splitter, self.details):
            state = settings.get(SPLITTER_STATE.child(splitter.objectName()))
            if state:
                splitter.restoreState(state)
        for view in self._column_views():
            if view is None:
                continue
            header = view.header()
            widths = settings.get(COLUMN_WIDTHS.child(view.objectName()))
            # Only the columns the user sizes; the last one takes what is left.
            for i, width in enumerate(widths[: header.count() - 1]):
                if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Interactive:
                    with contextlib.suppress(ValueError):
                        header.resizeSection(i, max(20, int(width)))

    def _remember(self, key, value: str) -> None:
        if self.settings is not None:
            self.settings.set(key, value)

    def _apply_data_prefs(self) -> None:
        """The first node shown: in the view and charset the user picked last time."""
        if self._data_prefs_applied or self.settings is None:
            return
        self._data_prefs_applied = True
        charset = self.settings.get(DATA_CHARSET)
        mode = self.settings.get(DATA_MODE)
        with contextlib.suppress(ValueError):  # a view or charset this version lacks
            if charset and charset != self.dataPane.charset():
                self.dataPane.set_charset(charset)
            if mode and mode != self.dataPane.mode():
                self.dataPane.set_mode(mode)

    def _on_modified(self, _modified: bool) -> None:
        self.actionsChanged.emit()
        self.titleChanged.emit()

    # -- connection ---------------------------------------------------------------------

    @property
    def ever_connected(self) -> bool:
        """Whether this page was ever asked to connect (a fresh page can be reused)."""
        return self._ever_connected

    def connect_to(self, params: ConnectParams, *, name: str = "", colour: str = "") -> None:
        """Connect (never blocks; asks first about an unsaved edit); the tree loads when
        the session is up."""
        self.ask_unsaved(lambda: self._connect(params, name, colour))

    def _connect(self, params: ConnectParams, name: str, colour: str) -> None:
        self._ever_connected = True
        self.name = name
        # Read now: selecting the root once connected makes "/" the last node.
        self._restore_path = self.settings.last_node(params.hosts) if self.settings else ""
        self.colour = colour
        self.session.connect_to(params)
        self.titleChanged.emit()

    def disconnect(self) -> None:
        if self.session.state == session.CONNECTING:
            self.session.cancel_connect()
        else:
            self.ask_unsaved(self.session.disconnect_from)

    def close_session(self) -> None:
        """End the session for good (the page is closing); its client closes off-thread
        (its subtree watches removed first)."""
        self.transaction.abandon()
        self.session.disconnect_from()
        self.eventLog.shutdown()
        self.session.shutdown(wait=False)  # its worker threads end now, not when collected

    def _on_state(self, state: str, _detail: str) -> None:
        if state == session.DISCONNECTED:
            self._show_snapshot(None, self.tr("Not connected."))
        self.sync_panes()
        self.stateShown.emit()
        self.actionsChanged.emit()
        self.titleChanged.emit()

    def _on_connected(self) -> None:
        self.message.emit(self.tr("Connected to %s") % self.session.server, 5000)
        self.dataPane.set_size_limit(self.session.request_limit, self.session.params.chroot)
        self._reveal_last_node()

    def _reveal_last_node(self) -> None:
        """Select the node selected last on this connect string, if it is still there."""
        last, self._restore_path = self._restore_path, ""
        if not last or last == "/":
            return

        self._restore_asked = last
        self.lookups.check_exists(last)

    def _last_node_checked(self, path: str, found: bool) -> None:
        asked, self._restore_asked = self._restore_asked, ""
        if path == asked and found and self.current_path() in (None, "/"):  # not moved on
            self.reveal(path)

    def _on_connect_failed(self, text: str) -> None:
        self.message.emit(text, 15000)
        show_message(self, self.tr("Could not connect"), text, name="connectErrorBox")

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
        self.message.emit(text, 30000)

    # -- selection and panes --------------------------------------------------------------

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
            self.message.emit(
                self.tr("%s was removed from the tree; your edit is kept (save or revert it).")
                % self.selected.path,
                10000,
            )
            return
        if self.dataPane.is_modified():
            # The edited node stays current (found by its path: rows may have moved) while
            # the user is asked; the clicked node becomes current once the answer allows.
            edited = self.model.index_of_path(self.selected.path or "")
            self.treePane.restore_current(edited if edited.isValid() else previous)
            if self.treePane.revealing:
                self.message.emit(
                    self.tr("Save or revert the edit of %s first.") % self.selected.path, 8000
                )
            else:
                self.ask_unsaved(lambda: self._go_to(path))
            return
        self.treePane.pathEdit.setText(path or "")
        params = self.session.params
        if path and self.settings is not None and params is not None:
            self.settings.remember_node(params.hosts, path)
        self.banner.hide()
        self.selected.select(path)
        if not self._rows_leaving:  # (a deleted node's history stays, its end shown)
            self.historyView.show_path(path)
        self._show_snapshot(None, self.tr("Loading…") if path else "")
        self.actionsChanged.emit()

    def _show_snapshot(self, snap: NodeSnapshot | None, text: str = "") -> None:
        self.details.show_snapshot(snap, text)
        self.editing.shown(snap)
        self.sync_panes()

    def _show_loaded(self, snap: NodeSnapshot) -> None:
        self.banner.hide()
        self._show_snapshot(snap)
        if snap.readable:
            self._apply_data_prefs()

    def _on_loaded(self, snap: NodeSnapshot) -> None:
        if snap.error and not self.dataPane.is_modified():
            self.message.emit(snap.error, 8000)
        if snap.stat is not None:
            self.model.update_stat(snap.path, snap.stat)
        self.model.set_readable(snap.path, snap.readable)
        self.actionsChanged.emit()

    def _on_missing(self, path: str) -> None:
        self._show_snapshot(None, self.tr("%s does not exist any more.") % path)
        self.actionsChanged.emit()

    def _on_load_failed(self, _path: str, text: str) -> None:
        self._show_snapshot(None, text)
        self.message.emit(text, 8000)

    # -- node actions ---------------------------------------------------------------------

    def refresh(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self.model.refresh(path)
        if not self.dataPane.is_modified():
            self.selected.reload()

    def revert(self) -> None:
        """Drop the edit and show the server's data."""
        self.editing.discard()

    def copy_path(self) -> None:
        path = self.current_path()
        if path:
            QGuiApplication.clipboard().setText(path)
            self.message.emit(self.tr("Copied %s") % path, 3000)

    def collapse_all(self) -> None:
        self.treePane.collapse_all()

    def focus_path_field(self) -> None:
        self.treePane.focus_path_field()

    # -- save -------------------------------------------------------------------------

    def save(self, *, invalid_json_ok: bool = False) -> None:
        """Save the edited data (after asking about invalid JSON, when it is expected)."""
        snap = self.selected.snapshot
        if snap is None or snap.stat is None or not self.dataPane.is_modified():
            return
        try:
            data = self.dataPane.current_bytes()
            self.editing.check(data)
        except ValueError as exc:
            self._after_save = None
            warn(self, self.message.emit, self.tr("Cannot save"), str(exc))
            return
        problem = "" if invalid_json_ok else self.dataPane.json_problem(data)
        if problem:
            self._ask_invalid_json(problem)
            return
        if not self.editing.save(data):
            self._after_save = None

    def _ask_invalid_json(self, problem: str) -> None:
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
        box.finished.connect(
            lambda _result: self._invalid_json_answered(box.clickedButton() is anyway)
        )
        box.open()

    def _invalid_json_answered(self, anyway: bool) -> None:
        if anyway:
            self.save(invalid_json_ok=True)
        else:
            self._after_save = None  # not saved: stay with the edit

    def _on_saved(self, path: str, stat) -> None:
        self.message.emit(self.tr("Saved %s (version %d)") % (path, stat.version), 5000)
        self._go_on_after_save(path)

    def _on_save_failed(self, _path: str, text: str) -> None:
        self._after_save = None  # stay with the edit
        warn(self, self.message.emit, self.tr("Save failed"), text)

    def _on_conflict(self, path: str, loaded_version: int, server_version: int) -> None:
        self._after_save = None
        ask_conflict(
            self,
            path,
            loaded_version,
            server_version,
            lambda choice: self._conflict_answered(path, server_version, choice),
        )

    def _conflict_answered(self, path: str, server_version: int, choice: str) -> None:
        if choice == "reload" and path == self.dataPane.path():
            self.dataPane.clear(self.tr("Loading…"))
        self.editing.answer_conflict(path, server_version, choice)

    def _read_differences(self) -> None:
        self.banner.diffButton.setEnabled(False)
        self.editing.read_differences()

    def _show_differences(self, path: str, server_data: bytes, note: str) -> None:
        self.banner.diffButton.setEnabled(True)
        if path != self.dataPane.path():
            return
        mine, theirs = self.dataPane.diff_texts(server_data)
        dialog = DiffDialog(path, mine, theirs, self, note=note)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _differences_failed(self, _path: str, text: str) -> None:
        self.banner.diffButton.setEnabled(True)
        warn(self, self.message.emit, self.tr("Could not read the node"), text)

    # -- create -----------------------------------------------------------------------

    def open_create_dialog(self) -> None:
        parent_path = self.current_path()
        if parent_path is None or not self.state().writable or paths.is_reserved(parent_path):
            return
        snap = self.selected.snapshot
        params = self.session.params
        dialog = CreateNodeDialog(
            parent_path,
            self,
            parent_acl=snap.acl if snap is not None and snap.path == parent_path else None,
            has_credentials=params is not None and params.has_credentials,
        )
        dialog.set_size_limit(self.session.request_limit, params.chroot if params else "")
        dialog.set_ttl_refused(self.session.features.ttl_nodes is False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_node(dialog.request()))
        dialog.open()

    def create_node(self, request: CreateRequest) -> None:
        """Create the node the dialog asked for, then select it."""
        self.message.emit(self.tr("Creating %s…") % request.path, 0)
        self.creator.create(request)

    def _on_created(self, path: str) -> None:
        self.message.emit(self.tr("Created %s") % path, 5000)
        self.reveal(path)

    # -- watches, history, sessions -----------------------------------------------------

    def is_watching_subtree(self, path: str | None) -> bool:
        return path is not None and path in self.session.subtree_watches

    def toggle_subtree_watch(self) -> None:
        """Watch the selected node's subtree as a whole, or stop watching it."""
        path = self.current_path()
        if path is not None and self.session.is_connected:
            self._toggle_subtree_watch(path)
        self.actionsChanged.emit()  # (the action's check mark follows what is watched)

    def _toggle_subtree_watch(self, path: str) -> None:
        if self.is_watching_subtree(path):
            self.session.unwatch_subtree(path)
            self.message.emit(self.tr("Stopped watching %s") % path, 5000)
            return
        self.eventLogRequested.emit()
        if not self.session.features.add_watch:
            text = self.tr(
                "This server has no persistent watches (they came with ZooKeeper 3.6): "
                "the event log shows the events of the nodes you expand and select."
            )
            self.eventLog.note("WATCH", path, text)
            self.message.emit(text, 15000)
            return
        self.message.emit(self.tr("Watching %s and everything below it…") % path, 5000)
        self.session.watch_subtree(path)

    def _set_watches_again(self, path: str) -> None:
        """A subtree watch went with every watch on its root: set the tree's and the
        panes' one-shot watches there again."""
        self.model.refresh(path)
        if self.selected.path == path and not self.dataPane.is_modified():
            self.selected.reload()

    def find_owned_by(self, owner: int) -> None:
        """Search the tree for the nodes the session ``owner`` owns."""
        if self.searchPanel.search_owned_by(owner):
            self.searchRequested.emit()

    # -- delete -----------------------------------------------------------------------

    def open_delete_dialog(self) -> None:
        targets = self.deletable_paths()
        if not targets or not self.state().writable:
            return
        dialog = DeleteNodeDialog(targets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        deleting = SubtreeDelete(self.session, targets, dialog)
        deleting.counted.connect(dialog.set_count)
        deleting.countFailed.connect(dialog.set_count_failed)
        deleting.started.connect(lambda: dialog.start_progress(None))
        deleting.progress.connect(dialog.set_progress)
        deleting.finished.connect(dialog.finish)
        deleting.parentsChanged.connect(lambda parents: [self.model.refresh(p) for p in parents])
        dialog.rejected.connect(deleting.abandon)
        dialog.deleteRequested.connect(deleting.start)
        dialog.cancelRequested.connect(deleting.stop)
        deleting.count()
        dialog.open()

    # -- transaction ------------------------------------------------------------------

    def add_to_transaction(self, kind: str) -> None:
        """Add an operation on the selected node to this connection's transaction: check
        its version, set its data (as shown, edits included), delete it, create under it."""
        path = self.current_path()
        if path is None:
            return
        snap = self.selected.snapshot
        loaded = snap is not None and snap.path == path and snap.stat is not None
        if kind != CREATE and not loaded:
            self.message.emit(self.tr("Wait until %s is loaded, then add it again.") % path, 5000)
            return
        if kind == CREATE:
            row = self.transaction.add_create(path)
        elif kind == CHECK:
            row = self.transaction.add_check(path, snap.stat.version)
        elif kind == DELETE:
            row = self.transaction.add_delete(path, snap.stat.version)
        else:
            try:
                data = self.dataPane.current_bytes() if snap.readable else b""
            except ValueError as exc:
                warn(self, self.message.emit, self.tr("Cannot add the data"), str(exc))
                return
            row = self.transaction.add_set(path, data, snap.stat.version)
        self.transactionEditor.select_row(row)

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
        self.message.emit(self.tr("Adding %s credentials…") % scheme, 0)
        self.session.add_auth(
            scheme,
            credential,
            None,
            lambda exc: warn(
                self, self.message.emit, self.tr("Credentials refused"), describe(exc)
            ),
        )

    def _on_auth_added(self, scheme: str) -> None:
        self.message.emit(self.tr("%s credentials added; reading the tree again…") % scheme, 5000)
        self.model.resync()
        if not self.dataPane.is_modified():
            self.selected.reload()
        self.actionsChanged.emit()

    # -- leaving ----------------------------------------------------------------------

    def ask_unsaved(self, go_on: Callable[[], None]) -> None:
        """Run ``go_on`` now when nothing is edited; otherwise ask (returns at once).

        Save runs it once the save went through, Discard drops the edit and runs it,
        Cancel keeps the edit and runs nothing.
        """
        if self._after_save is not None and self.dataPane.is_modified():
            # The save answered with is on its way: once it went through, go on to
            # where the user went since (asking again would save twice).
            self._after_save = (self._after_save[0], go_on)
            return
        self._after_save = None
        if not self.dataPane.is_modified():
            go_on()
            return
        path = self.selected.path or ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The data of %s was edited and not saved.") % path,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._unsaved_answered(box.clickedButton(), box, path, go_on)
        )
        box.open()

    def _unsaved_answered(self, clicked, box: QMessageBox, path: str, go_on) -> None:
        answer = box.standardButton(clicked) if clicked is not None else None
        if answer == QMessageBox.StandardButton.Save and path == self.dataPane.path():
            self._after_save = (path, go_on)
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self.dataPane.clear()
            go_on()

    def _go_on_after_save(self, path: str) -> None:
        """The save the user asked for before leaving went through: leave now."""
        pending, self._after_save = self._after_save, None
        if pending is not None and pending[0] == path:
            self.dataPane.clear()  # (what the server holds now; it is read again if needed)
            pending[1]()

    def _go_to(self, path: str | None) -> None:
        """Make ``path`` current after the question; when it left the tree meanwhile, show
        the server's data of the node that stays current."""
        index = self.model.index_of_path(path) if path else QModelIndex()
        if path and not index.isValid():
            self.message.emit(self.tr("%s is not in the tree any more.") % path, 8000)
            self.editing.discard()
            return
        self.tree.setCurrentIndex(index)
