"""The main window: one tab per connection, the actions, menus, docks and status bar.

The window puts the parts together and routes each action to the current connection's
page (ui/connection_page.py); the pages and their controllers do the work.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from .. import settings as prefs
from ..i18n import LANGUAGES
from ..models.profile_secrets import SecretKeeper
from ..models.profiles import Profile, ProfileStore
from ..models.server_status import ServerMonitor
from ..zk.connstr import ConnectParams, build_params
from ..zk.paths import is_reserved
from ..zk.sandbox import SandboxController
from ..zk.session import DISCONNECTED
from ..zk.transactions import CHECK, CREATE, DELETE, SET
from .actions import WindowActions
from .assets import icon, style_message_label
from .connect_dialog import ConnectDialog
from .connection_page import ConnectionPage
from .help import show_about, show_log, show_shortcuts
from .profile_marks import ColourTabBar, ProfileBadge, swatch_icon
from .profiles_dialog import ProfilesDialog
from .recipe_panel import install_recipes
from .search_panel import SearchPanel
from .server_panel import ServerPanel
from .theme import apply_theme, current_theme, font_zoom
from .transaction_editor import install_transactions
from .transfer_flows import TransferFlows
from .tree_pane import install_tree_actions
from .widgets import show_message

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """zkinspector's window. Each tab of ``connectionTabs`` is one connection's page."""

    pageAdded = Signal(object)  # ConnectionPage
    pageClosed = Signal(object)  # ConnectionPage: its tab is closing, its session ended

    def __init__(
        self,
        settings: prefs.Settings,
        sandbox: SandboxController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.settings = settings
        self.sandbox = sandbox or SandboxController(parent=self)
        self._sandbox_options: dict = {}
        self.actions = WindowActions(self)

        self.profiles = ProfileStore(settings)
        self.secretKeeper = SecretKeeper(self)  # the keyring, off the GUI thread
        self.secretKeeper.loaded.connect(self._profile_secrets_loaded)
        self._opening_profiles: dict[int, Profile] = {}  # by ticket: waiting for secrets
        self.connectionTabs = QTabWidget()
        self.connectionTabs.setObjectName("connectionTabs")
        self.connectionTabs.setTabBar(ColourTabBar())  # a profile's colour under its tabs
        self.connectionTabs.setDocumentMode(True)
        self.connectionTabs.setTabsClosable(True)
        self.connectionTabs.setMovable(True)
        self.setCentralWidget(self.connectionTabs)

        self._build_menus()
        self._build_search_dock()
        self._build_event_docks()
        self._build_transaction_dock()
        self.recipePanel = install_recipes(self)
        self.transfers = TransferFlows(self)  # export, import, copy, move, compare
        self._build_server_dock()
        self._tabify_bottom_docks()
        self._build_status()
        self._wire()
        font_zoom().watch(self)
        self.add_page()
        self.resize(1100, 700)
        geometry = settings.get(prefs.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.get(prefs.WINDOW_STATE)
        if state:
            self.restoreState(state)

    # -- construction -----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        connection = bar.addMenu(self.tr("&Connection"))
        connection.addActions([a.actionNewConnection, a.actionConnect, a.actionSandbox])
        self.openProfileMenu = connection.addMenu(self.tr("Open &Profile"))
        self.openProfileMenu.setObjectName("openProfileMenu")
        self.openProfileMenu.aboutToShow.connect(self._fill_profile_menu)
        self._fill_profile_menu()
        connection.addAction(a.actionProfiles)
        connection.addSeparator()
        connection.addActions([a.actionDisconnect, a.actionAddAuth])
        connection.addSeparator()
        connection.addActions([a.actionCloseConnection, a.actionQuit])
        node = self.nodeMenu = bar.addMenu(self.tr("&Node"))
        node.addActions([a.actionCreateNode, a.actionDeleteNode])
        node.addSeparator()
        node.addActions([a.actionSave, a.actionRevert, a.actionRefresh])
        node.addSeparator()
        node.addAction(a.actionWatchSubtree)
        node.addSeparator()
        node.addActions([a.actionCopyPath, a.actionGoTo])
        transfer = bar.addMenu(self.tr("&Transfer"))
        transfer.addActions([a.actionCopyNode, a.actionPasteNode])
        transfer.addActions([a.actionMoveNode, a.actionRenameNode])
        transfer.addSeparator()
        transfer.addActions([a.actionExport, a.actionImport])
        transfer.addSeparator()
        transfer.addAction(a.actionCompare)
        self.viewMenu = bar.addMenu(self.tr("&View"))
        self.viewMenu.addActions([a.actionCollapseAll, a.actionSearch, a.actionFilterTree])
        self.viewMenu.addActions([a.actionEventLog, a.actionNodeHistory, a.actionServerPanel])
        self.viewMenu.addMenu(install_tree_actions(self))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a.actionShortcuts, a.actionLog, a.actionAbout])

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.actionConnect, a.actionDisconnect])
        toolbar.addSeparator()
        toolbar.addActions([a.actionRefresh, a.actionCreateNode, a.actionDeleteNode, a.actionSave])
        self.addToolBar(toolbar)

    def _page_dock(
        self,
        title: str,
        name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea,
    ) -> tuple[QDockWidget, QStackedWidget]:
        """A hidden dock holding one widget per connection, the current page's shown."""
        stack = QStackedWidget()
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(stack)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(area, dock)
        dock.hide()
        return dock, stack

    def _docked(self, page: ConnectionPage) -> list[tuple[QStackedWidget, QWidget]]:
        """Each page's widgets that live in the window's docks, with their stacks."""
        return [
            (self.searchStack, page.searchPanel),
            (self.eventStack, page.eventPanel),
            (self.historyStack, page.historyView),
            (self.transactionStack, page.transactionEditor),
        ]

    def _build_search_dock(self) -> None:
        """View > Search (Ctrl+F): one search panel per connection, the current one shown."""
        self.searchDock, self.searchStack = self._page_dock(self.tr("Search"), "searchDock")
        toggle = self.searchDock.toggleViewAction()
        toggle.setObjectName("actionSearchPanel")
        toggle.setText(self.tr("Search &Panel"))
        self.viewMenu.addAction(toggle)
        self._build_look_menu()

    def _build_look_menu(self) -> None:
        """View > zoom, Theme and Language, checked as they are now."""
        a = self.actions
        view = self.viewMenu
        view.addSeparator()
        view.addActions([a.actionZoomIn, a.actionZoomOut, a.actionZoomReset])
        self.themeMenu = view.addMenu(self.tr("&Theme"))
        self.themeMenu.setObjectName("themeMenu")
        self.themeMenu.addActions(a.themeGroup.actions())
        self.languageMenu = view.addMenu(self.tr("&Language"))
        self.languageMenu.setObjectName("languageMenu")
        note = self.languageMenu.addAction(self.tr("Takes effect when zkinspector starts again"))
        note.setEnabled(False)
        self.languageMenu.addSeparator()
        self.languageMenu.addActions(a.languageGroup.actions())
        self._check(a.themeGroup, current_theme())
        self._check(a.languageGroup, self.settings.get(prefs.LANGUAGE))

    @staticmethod
    def _check(group: QActionGroup, value: str) -> None:
        for action in group.actions():
            action.setChecked(action.data() == value)

    def _build_event_docks(self) -> None:
        """View > Event Log and Node History: one of each per connection."""
        self.eventDock, self.eventStack = self._page_dock(self.tr("Event Log"), "eventLog")
        self.historyDock, self.historyStack = self._page_dock(
            self.tr("Node History"), "historyDock", Qt.DockWidgetArea.RightDockWidgetArea
        )

    def _build_transaction_dock(self) -> None:
        """View > Transaction: one transaction editor per connection, the current one shown."""
        self.transactionDock, self.transactionStack = self._page_dock(
            self.tr("Transaction"), "transactionDock"
        )
        install_transactions(self, self.transactionDock)

    def _tabify_bottom_docks(self) -> None:
        """The bottom docks share one place, as tabs: side by side they would make the
        window wider than a laptop's screen."""
        docks = [
            self.searchDock,
            self.eventDock,
            self.transactionDock,
            self.transfers.compareDock,
            self.serverDock,
        ]
        for dock in docks[1:]:
            self.tabifyDockWidget(docks[0], dock)

    def _build_server_dock(self) -> None:
        """View > Servers: the members of the current tab's connection, probed while shown."""
        self.serverMonitor = ServerMonitor(self)
        self.serverPanel = ServerPanel(self.serverMonitor, self.settings)
        self.serverDock = QDockWidget(self.tr("Servers"), self)
        self.serverDock.setObjectName("serverPanel")
        self.serverDock.setWidget(self.serverPanel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.serverDock)
        self.serverDock.hide()
        # Probing only while the panel can be seen (not hidden, not behind another dock).
        self.serverDock.visibilityChanged.connect(self.serverMonitor.set_active)
        action = self.actions.actionServerPanel
        action.toggled.connect(self._show_server_panel)
        self.serverDock.toggleViewAction().toggled.connect(action.setChecked)

    def _show_server_panel(self, shown: bool) -> None:
        self.serverDock.setVisible(shown)
        if shown:
            self.serverDock.raise_()

    def _build_status(self) -> None:
        self.connectionStatus = QLabel()
        self.connectionStatus.setObjectName("connectionStatus")
        self.busyLabel = QLabel()
        self.busyLabel.setObjectName("busyLabel")
        self.profileBadge = ProfileBadge()
        self.statusBar().addPermanentWidget(self.busyLabel)
        self.statusBar().addPermanentWidget(self.profileBadge)
        self.statusBar().addPermanentWidget(self.connectionStatus)

    def _wire(self) -> None:
        a = self.actions
        tabs = self.connectionTabs
        tabs.currentChanged.connect(self._on_tab_changed)
        tabs.tabCloseRequested.connect(lambda i: self.close_page(tabs.widget(i)))
        a.actionConnect.triggered.connect(lambda: self.open_connect_dialog())
        a.actionNewConnection.triggered.connect(lambda: self.open_connect_dialog(new_tab=True))
        a.actionCloseConnection.triggered.connect(lambda: self.close_page(self.page))
        a.actionSandbox.triggered.connect(self.start_sandbox)
        a.actionProfiles.triggered.connect(self.open_profiles_dialog)
        a.actionQuit.triggered.connect(self.close)
        a.actionShortcuts.triggered.connect(lambda: show_shortcuts(self, a.all()))
        a.actionAbout.triggered.connect(lambda: show_about(self, self.page.lookups))
        a.actionLog.triggered.connect(lambda: show_log(self))
        a.actionZoomIn.triggered.connect(lambda: self.set_zoom(font_zoom().steps + 1))
        a.actionZoomOut.triggered.connect(lambda: self.set_zoom(font_zoom().steps - 1))
        a.actionZoomReset.triggered.connect(lambda: self.set_zoom(0))
        a.themeGroup.triggered.connect(lambda action: self.set_theme(action.data()))
        a.languageGroup.triggered.connect(lambda action: self.set_language(action.data()))
        a.actionSearch.triggered.connect(self.open_search)
        a.actionEventLog.triggered.connect(lambda: self._show_dock(self.eventDock))
        a.actionNodeHistory.triggered.connect(lambda: self._show_dock(self.historyDock))
        # Node actions go to the current page.
        for action, method in (
            (a.actionDisconnect, ConnectionPage.disconnect),
            (a.actionAddAuth, ConnectionPage.open_add_auth_dialog),
            (a.actionRefresh, ConnectionPage.refresh),
            (a.actionCreateNode, ConnectionPage.open_create_dialog),
            (a.actionDeleteNode, ConnectionPage.open_delete_dialog),
            (a.actionSave, ConnectionPage.save),
            (a.actionRevert, ConnectionPage.revert),
            (a.actionCopyPath, ConnectionPage.copy_path),
            (a.actionGoTo, ConnectionPage.focus_path_field),
            (a.actionCollapseAll, ConnectionPage.collapse_all),
            (a.actionWatchSubtree, ConnectionPage.toggle_subtree_watch),
        ):
            action.triggered.connect(lambda _checked=False, m=method: m(self.page))
        self.sandbox.started.connect(self._sandbox_started)
        self.sandbox.failed.connect(lambda text: show_message(self, self.tr("Sandbox"), text))
        self.destroyed.connect(self.sandbox.stop)

    # -- look -------------------------------------------------------------------------

    def set_theme(self, name: str, *, remember: bool = True) -> None:
        """Switch to the "system", "light" or "dark" theme now (and from now on)."""
        apply_theme(QApplication.instance(), name)
        self._check(self.actions.themeGroup, name)
        if remember:
            self.settings.set(prefs.THEME, name)

    def set_zoom(self, steps: int) -> None:
        """Font zoom in points over the system's size, now and from now on."""
        steps = font_zoom().set_steps(steps)
        self.settings.set(prefs.FONT_ZOOM, steps)
        self.statusBar().showMessage(
            self.tr("Text size: %s pt") % f"{font_zoom().point_size():g}", 3000
        )

    def set_language(self, code: str) -> None:
        """Remember the interface language ("" follows the system) for the next start."""
        self.settings.set(prefs.LANGUAGE, code)
        self._check(self.actions.languageGroup, code)
        name = LANGUAGES.get(code, self.tr("the system's language"))
        self.statusBar().showMessage(
            self.tr("zkinspector will be in %s when it starts again.") % name, 10000
        )

    # -- pages ------------------------------------------------------------------------

    @property
    def page(self) -> ConnectionPage:
        """The current connection's page (there is always one)."""
        return self.connectionTabs.currentWidget()  # type: ignore[return-value]

    def pages(self) -> list[ConnectionPage]:
        tabs = self.connectionTabs
        return [tabs.widget(i) for i in range(tabs.count())]  # type: ignore[misc]

    def add_page(self) -> ConnectionPage:
        """Open a new, unconnected tab and make it current."""
        page = ConnectionPage(self.connectionTabs, settings=self.settings)
        page.restore_layout(self.settings)
        font_zoom().adopt(page)
        font_zoom().watch(page)
        page.tree.addActions(self.actions.tree_actions())
        page.set_limits(
            self.settings.get(prefs.EVENT_LOG_CAPACITY),
            self.settings.get(prefs.HISTORY_PER_NODE),
            self.settings.get(prefs.HISTORY_TOTAL_MB),
        )
        for stack, widget in self._docked(page):
            stack.addWidget(widget)
        page.message.connect(lambda text, ms, p=page: self._page_message(p, text, ms))
        page.stateShown.connect(lambda p=page: self._refresh_page(p))
        page.titleChanged.connect(lambda p=page: self._refresh_page(p))
        page.actionsChanged.connect(lambda p=page: self._refresh_page(p))
        page.busyChanged.connect(
            lambda busy, p=page: self._if_current(
                p, lambda: self.busyLabel.setText(self.tr("Loading…") if busy else "")
            )
        )
        page.treeMenuRequested.connect(self._tree_menu)
        page.eventLogRequested.connect(lambda: self._show_dock(self.eventDock))
        page.searchRequested.connect(lambda: self._show_dock(self.searchDock))
        index = self.connectionTabs.addTab(page, page.title())
        self.connectionTabs.setCurrentIndex(index)
        self.pageAdded.emit(page)
        return page

    def close_page(self, page: ConnectionPage | None) -> None:
        """Close a tab and end its session (asks first about an unsaved edit; closes once
        it is saved or dropped)."""
        if page is not None:
            page.ask_unsaved(lambda: self._close_page_now(page))

    def _close_page_now(self, page: ConnectionPage) -> None:
        if page not in self.pages():
            return
        page.close_session()
        self.pageClosed.emit(page)  # whatever holds the page lets go of it now
        for stack, widget in self._docked(page):
            stack.removeWidget(widget)
            widget.deleteLater()
        self.connectionTabs.removeTab(self.connectionTabs.indexOf(page))
        page.deleteLater()
        if self.connectionTabs.count() == 0:
            self.add_page()

    def _page_for_new_connection(self, new_tab: bool) -> ConnectionPage:
        page = self.page
        if new_tab and page.ever_connected:
            page = self.add_page()
        return page

    def _on_tab_changed(self, _index: int) -> None:
        page = self.page
        if page is None:
            return
        for stack, widget in self._docked(page):
            stack.setCurrentWidget(widget)
        self.serverMonitor.set_session(page.session)
        self.busyLabel.setText(self.tr("Loading…") if page.model.is_busy() else "")
        self._refresh_page(page)

    def _if_current(self, page: ConnectionPage, then) -> None:
        if page is self.page:
            then()

    def _page_message(self, page: ConnectionPage, text: str, ms: int) -> None:
        if page is self.page:
            self.statusBar().showMessage(text, ms)

    def _refresh_page(self, page: ConnectionPage) -> None:
        """Show a page's title on its tab; for the current one, the status and actions."""
        index = self.connectionTabs.indexOf(page)
        if index >= 0:
            self.connectionTabs.setTabText(index, page.title())
            self.connectionTabs.setTabToolTip(index, page.state_text()[0])
            self.connectionTabs.tabBar().set_tab_colour(index, page.colour)
        if page is not self.page:
            return
        self.profileBadge.show_profile(page.name, page.colour)
        text, kind = page.state_text()
        self.connectionStatus.setText(text)
        style_message_label(self.connectionStatus, kind)
        self._update_actions()
        self._update_title()

    def _update_actions(self) -> None:
        a, page = self.actions, self.page
        st = page.state()
        a.actionDisconnect.setEnabled(not st.disconnected)
        a.actionRefresh.setEnabled(st.connected and st.path is not None)
        creatable = st.writable and st.path is not None and not is_reserved(st.path)
        a.actionCreateNode.setEnabled(creatable)
        a.actionCreateNodeInTree.setEnabled(creatable)
        a.actionDeleteNode.setEnabled(st.deletable)
        self._enable_transaction_adds(page, st, creatable)
        a.actionSave.setEnabled(st.can_save)
        a.actionRevert.setEnabled(st.modified)
        a.actionCopyPath.setEnabled(st.path is not None)
        a.actionAddAuth.setEnabled(st.connected)
        watching = page.is_watching_subtree(st.path)
        a.actionWatchSubtree.setEnabled(st.connected and st.path is not None)
        a.actionWatchSubtree.setChecked(watching)
        a.actionWatchSubtree.setText(
            self.tr("Stop &Watching Subtree") if watching else self.tr("&Watch Subtree")
        )
        self.transfers.update_actions()
        page.sync_panes()

    def _enable_transaction_adds(self, page: ConnectionPage, st, creatable: bool) -> None:
        """The operations on the selected node a transaction can take: none on a
        read-only connection or with no node selected; no change to a reserved node."""
        a = self.actions
        changeable = creatable and st.path != "/"
        kinds = {
            CHECK: st.writable and st.path is not None,
            SET: creatable,
            DELETE: changeable,
            CREATE: creatable,
        }
        for kind, action in zip((CHECK, SET, DELETE, CREATE), a.transaction_actions(), strict=True):
            action.setEnabled(kinds[kind])
        page.transactionEditor.set_addable({k for k, ok in kinds.items() if ok})

    def _update_title(self) -> None:
        page = self.page
        title = "zkinspector"
        if page.session.state != DISCONNECTED and page.session.params is not None:
            title = f"{page.title()} — {title}"
        if any(p.is_modified() for p in self.pages()):
            title = "* " + title
        self.setWindowTitle(title)

    def _tree_menu(self, pos: QPoint) -> None:
        a = self.actions
        menu = QMenu(self)
        menu.addActions([a.actionCreateNode, a.actionDeleteNode, a.actionRefresh])
        menu.addSeparator()
        menu.addActions([a.actionWatchSubtree, a.actionNodeHistory])
        menu.addSeparator()
        menu.addAction(a.actionCopyPath)
        menu.addSeparator()
        menu.addActions(a.transaction_actions())
        menu.addActions([a.actionCopyNode, a.actionPasteNode, a.actionRenameNode])
        menu.addActions([a.actionMoveNode, a.actionExport, a.actionImport])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)

    # -- connecting -------------------------------------------------------------------

    def connect_to(
        self, params: ConnectParams, *, new_tab: bool = False, name: str = "", colour: str = ""
    ) -> None:
        """Connect the current tab, or a new one (never blocks). ``name`` and ``colour``
        (a profile's) label and mark the tab."""
        self._page_for_new_connection(new_tab).connect_to(params, name=name, colour=colour)

    def open_connect_dialog(self, *, new_tab: bool = False, profile: Profile | None = None) -> None:
        dialog = ConnectDialog(self.settings, self, profile=profile, keeper=self.secretKeeper)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._connect_from_dialog(dialog, new_tab))
        dialog.open()

    def _connect_from_dialog(self, dialog: ConnectDialog, new_tab: bool) -> None:
        profile = dialog.profile()
        name, colour = (profile.name, profile.colour) if profile is not None else ("", "")
        self.connect_to(dialog.params(), new_tab=new_tab, name=name, colour=colour)

    # -- profiles ---------------------------------------------------------------------

    def open_profile(self, profile: Profile) -> None:
        """Connect a new tab through a profile, its secrets from the keyring; when one is
        missing (no keyring), the Connect dialog opens filled in to ask for it."""
        self._opening_profiles[self.secretKeeper.load(profile)] = profile

    def _profile_secrets_loaded(self, ticket: int, keys) -> None:
        profile = self._opening_profiles.pop(ticket, None)
        if profile is None:
            return  # (read for a dialog)
        try:
            params = profile.params(keys)
        except ValueError:
            self.open_connect_dialog(new_tab=True, profile=profile)
            return
        self.connect_to(params, new_tab=True, name=profile.name, colour=profile.colour)

    def open_profiles_dialog(self) -> None:
        """Connection > Profiles…: the profile manager."""
        dialog = ProfilesDialog(self.settings, self, self.secretKeeper)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connectRequested.connect(self.open_profile)
        dialog.open()

    def _fill_profile_menu(self) -> None:
        menu = self.openProfileMenu
        menu.clear()
        profiles = self.profiles.profiles()
        for profile in profiles:
            action = menu.addAction(swatch_icon(profile.colour), profile.name.replace("&", "&&"))
            action.setObjectName("openProfileAction")
            action.setData(profile.id)
            action.triggered.connect(lambda _=False, p=profile: self.open_profile(p))
        if not profiles:
            empty = menu.addAction(self.tr("No profiles yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.actions.actionProfiles)

    def set_sandbox_options(self, **options) -> None:
        """How to connect to the sandbox once it runs (timeout, auth, read_only)."""
        self._sandbox_options = options

    def start_sandbox(self) -> None:
        """Start the local demo ZooKeeper; the current tab connects to it when it runs."""
        self.statusBar().showMessage(self.tr("Starting the sandbox ZooKeeper…"))
        self.connectionStatus.setText(self.tr("Connecting to the sandbox…"))
        self.sandbox.start()

    def _sandbox_started(self, connect_string: str) -> None:
        self.statusBar().showMessage(
            self.tr("Sandbox ZooKeeper running at %s (stopped when zkinspector quits)")
            % connect_string,
            10000,
        )
        self.connect_to(
            build_params(connect_string, **self._sandbox_options),
            new_tab=True,
            name=self.tr("Sandbox"),
        )

    # -- docks ------------------------------------------------------------------------

    def _show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    # -- search -----------------------------------------------------------------------

    def open_search(self) -> None:
        """Show the search dock, its subtree set to the node selected in the tree."""
        panel: SearchPanel = self.page.searchPanel
        panel.set_selected_path(self.page.current_path())
        self.searchDock.show()
        self.searchDock.raise_()
        panel.textEdit.setFocus()
        panel.textEdit.selectAll()

    # -- leaving ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        for page in self.pages():
            if page.is_modified():  # ask (returns at once); close again once answered
                self.connectionTabs.setCurrentWidget(page)
                event.ignore()
                page.ask_unsaved(self.close)
                return
        self.settings.set(prefs.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(prefs.WINDOW_STATE, bytes(self.saveState().data()))
        self.page.save_layout(self.settings)
        for page in self.pages():
            page.close_session()  # each client closes on a thread of its own
        self.secretKeeper.shutdown()
        super().closeEvent(event)
