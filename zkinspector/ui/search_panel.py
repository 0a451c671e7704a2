"""The search panel: find nodes by name, path, data or type under a subtree.

The walk runs through its controller (models.search_run.SearchRun), a streaming job of the
session: the worker emits each match, the job hands them to the GUI thread in batches (at most one every 50 ms), and each
batch is appended to the results model in one insert, so 100,000 matches do not stall it.
Stop abandons the job: rows stop arriving at once and the walker stops after its batch.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.search import KIND, PATH, SIZE, PathRole, SearchResultsModel
from ..models.search_run import SearchRun
from ..zk import search as zsearch
from ..zk.session import ZkSession
from ..zk.stat import session_id_hex
from .assets import icon, style_message_label
from .widgets import row_table

__all__ = ["AUTO_SORT_ROWS", "SearchPanel"]

#: Results are sorted when the search ends if there are at most this many.
AUTO_SORT_ROWS = 5_000

_KIND_ICONS = {
    "persistent": "node",
    "ephemeral": "node-ephemeral",
    "persistent-sequential": "node-sequential",
    "ephemeral-sequential": "node-ephemeral-sequential",
}


class SearchPanel(QWidget):
    """Search form, progress and a results table; a result's activation emits its path.

    The main window docks one per connection;
    ``set_selected_path`` fills the subtree field (the selected node, when opened).
    """

    resultActivated = Signal(str)  # a result was double-clicked or Enter was pressed on it
    searchFinished = Signal()  # a search ended: completed, stopped or failed

    def __init__(self, session: ZkSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._session = session
        self.searchRun = SearchRun(session, self)
        self._visited = 0
        self._status_kind = "normal"
        self._owner: int | None = None  # only the nodes of this session (search_owned_by)

        self.model = SearchResultsModel({k: icon(v) for k, v in _KIND_ICONS.items()}, self)
        self._build()
        r = self.searchRun
        r.hits.connect(self._on_hits)
        r.progress.connect(self._on_progress)
        r.finished.connect(self._finished)
        r.stopped.connect(lambda: self._end(self._summary(stopped=True)))
        r.failed.connect(lambda text: self._end(self.tr("Search failed: %s") % text, "error"))
        r.interrupted.connect(self._interrupted)
        self._show_idle()

    # -- construction -----------------------------------------------------------------

    def _build(self) -> None:
        self.pathEdit = QLineEdit("/")
        self.pathEdit.setObjectName("searchPathEdit")
        self.pathEdit.setPlaceholderText(self.tr("/"))
        self.pathEdit.setToolTip(
            self.tr("Search this node and everything under it (the selected node by default)")
        )
        self.pathEdit.setClearButtonEnabled(True)

        self.fieldCombo = QComboBox()
        self.fieldCombo.setObjectName("searchFieldCombo")
        self.fieldCombo.addItem(self.tr("Name"), zsearch.FIELD_NAME)
        self.fieldCombo.addItem(self.tr("Path"), zsearch.FIELD_PATH)
        self.fieldCombo.addItem(self.tr("Data"), zsearch.FIELD_DATA)
        self.fieldCombo.setToolTip(self.tr("What the text is matched against"))

        self.textEdit = QLineEdit()
        self.textEdit.setObjectName("searchTextEdit")
        self.textEdit.setClearButtonEnabled(True)

        self.typeCombo = QComboBox()
        self.typeCombo.setObjectName("searchTypeCombo")
        self.typeCombo.addItem(self.tr("Any type"), zsearch.KIND_ANY)
        self.typeCombo.addItem(self.tr("Persistent"), zsearch.KIND_PERSISTENT)
        self.typeCombo.addItem(self.tr("Ephemeral"), zsearch.KIND_EPHEMERAL)
        self.typeCombo.addItem(self.tr("Sequential"), zsearch.KIND_SEQUENTIAL)
        self.typeCombo.setToolTip(self.tr("Only nodes of this type"))

        self.regexCheck = QCheckBox(self.tr("Regex"))
        self.regexCheck.setObjectName("searchRegexCheck")
        self.regexCheck.setToolTip(self.tr("Read the text as a Python regular expression"))
        self.caseCheck = QCheckBox(self.tr("Match case"))
        self.caseCheck.setObjectName("searchCaseCheck")

        self.button = QPushButton()
        self.button.setObjectName("searchButton")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.setMinimumWidth(
            max(
                self.button.fontMetrics().horizontalAdvance(t)
                for t in (self.tr("Start"), self.tr("Stop"))
            )
            + 48
        )

        self.progress = QProgressBar()
        self.progress.setObjectName("searchProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(160, 8)
        # Showing, hiding or re-wording these must not change the panel's size: that would
        # resize the tree beside it, and a tree with 100,000 rows is slow to resize.
        policy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)

        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("searchStatus")
        self.statusLabel.setWordWrap(False)
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.results = row_table("searchResults", self.model)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Rows stream in in the walk's order and are sorted when the search ends (by path
        # unless the user clicks another header), up to AUTO_SORT_ROWS rows.
        self.results.setSortingEnabled(True)
        self.results.horizontalHeader().setSortIndicator(PATH, Qt.SortOrder.AscendingOrder)
        self._sort = (PATH, Qt.SortOrder.AscendingOrder)
        self.results.horizontalHeader().sortIndicatorChanged.connect(self._sort_chosen)
        # Fixed widths: ResizeToContents would read 1000 rows after every batch.
        header = self.results.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.Interactive)
        metrics = self.results.fontMetrics()
        header.resizeSection(KIND, metrics.horizontalAdvance(self.tr("ephemeral sequential")) + 24)
        header.resizeSection(SIZE, metrics.horizontalAdvance("1023.9 KiB") + 24)

        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(6)
        form.setVerticalSpacing(6)
        under = QLabel(self.tr("&Under:"))
        under.setBuddy(self.pathEdit)
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.textEdit)
        form.addWidget(under, 0, 0)
        form.addWidget(self.pathEdit, 0, 1, 1, 2)
        form.addWidget(find, 1, 0)
        form.addWidget(self.fieldCombo, 1, 1)
        form.addWidget(self.textEdit, 1, 2)
        form.setColumnStretch(2, 1)

        options = QHBoxLayout()
        options.setSpacing(10)
        options.addWidget(self.typeCombo)
        options.addWidget(self.regexCheck)
        options.addWidget(self.caseCheck)
        options.addStretch(1)
        options.addWidget(self.button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addLayout(options)
        status = QHBoxLayout()
        status.setSpacing(10)
        status.addWidget(self.statusLabel, 1)
        status.addWidget(self.progress)
        layout.addLayout(status)
        layout.addWidget(self.results, 1)

        self.button.clicked.connect(self._toggle)
        self.textEdit.returnPressed.connect(self.start)
        self.pathEdit.returnPressed.connect(self.start)
        self.fieldCombo.currentIndexChanged.connect(self._update_placeholder)
        for edited in (self.textEdit.textEdited, self.pathEdit.textEdited):
            edited.connect(self._forget_owner)
        self.typeCombo.activated.connect(self._forget_owner)
        self.regexCheck.toggled.connect(self._update_placeholder)
        self.results.activated.connect(self._activate)
        self.results.customContextMenuRequested.connect(self._results_menu)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stop.activated.connect(self.stop)
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        field = self.fieldCombo.currentData()
        if self.regexCheck.isChecked():
            text = self.tr("Regular expression, e.g. ^lock-\\d+$")
        elif field == zsearch.FIELD_NAME:
            text = self.tr("Text in the name, or a glob: lock-*")
        elif field == zsearch.FIELD_PATH:
            text = self.tr("Text in the path, or a glob: /app/**/config")
        else:
            text = self.tr("Text in the data, e.g. localhost:2181")
        self.textEdit.setPlaceholderText(text)
        self.textEdit.setToolTip(
            self.tr(
                "Plain text matches anywhere. With * ? or [ ] it is a glob: * stays within "
                "one path segment, ** crosses segments. Empty: every node of the chosen type."
            )
        )

    # -- public API -------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.searchRun.is_running()

    def set_selected_path(self, path: str | None) -> None:
        """Search under ``path`` next (the node selected in the tree); ignored while running."""
        if path and not self.is_running():
            self.pathEdit.setText(path)

    def criteria(self) -> zsearch.SearchCriteria:
        """The criteria the form describes (not yet checked)."""
        return zsearch.SearchCriteria(
            root=self.pathEdit.text().strip() or "/",
            text=self.textEdit.text(),
            field=self.fieldCombo.currentData(),
            regex=self.regexCheck.isChecked(),
            case_sensitive=self.caseCheck.isChecked(),
            kind=self.typeCombo.currentData(),
            owner=self._owner,
        )

    def search_owned_by(self, owner: int) -> bool:
        """Search the whole tree for the ephemeral nodes session ``owner`` owns; editing
        the form afterwards searches as the form says again."""
        if self.is_running():
            self.stop()
        self.pathEdit.setText("/")
        self.textEdit.clear()
        self.typeCombo.setCurrentIndex(self.typeCombo.findData(zsearch.KIND_EPHEMERAL))
        self._owner = owner
        return self.start()

    def _forget_owner(self) -> None:
        self._owner = None

    def start(self) -> bool:
        """Start a search with the form's criteria; False (and a message) if it cannot."""
        if self.is_running():
            return False
        criteria = self.criteria()
        try:
            zsearch.compile_criteria(criteria)
        except zsearch.InvalidPattern as exc:
            self._set_status(str(exc), "error")
            return False
        if not self._session.is_connected:
            self._set_status(self.tr("Not connected."), "error")
            return False
        self.model.clear()
        header = self.results.horizontalHeader()
        if header.sortIndicatorSection() < 0:
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            header.viewport().update()
        self._visited = 0

        self.searchRun.start(criteria)
        self.button.setText(self.tr("Stop"))
        self.button.setIcon(icon("delete"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_status(self.tr("Searching %s…") % criteria.root)
        return True

    def stop(self) -> None:
        """Cancel the running search; rows found so far stay."""
        if not self.searchRun.is_running():
            return
        self.searchRun.stop()
        self._end(self._summary(stopped=True))

    # -- job results (an abandoned job delivers nothing) ------------------------------

    def _on_hits(self, hits: list[zsearch.SearchHit]) -> None:
        self.model.append(hits)
        self._set_status(self._summary(running=True))

    def _on_progress(self, visited: int, total: int | None) -> None:
        self._visited = visited
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(visited, total))
        self._set_status(self._summary(running=True))

    def _finished(self) -> None:
        header = self.results.horizontalHeader()
        if len(self.model) <= AUTO_SORT_ROWS:
            self.model.sort(*self._sort)
        else:  # sorting that many rows holds the GUI: leave it to a click on a header
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            header.viewport().update()
        self._end(self._summary())

    def _interrupted(self) -> None:
        message = self.tr("%s: the connection was interrupted") % self._summary(stopped=True)
        self._end(message, "warning")

    def _end(self, message: str, kind: str = "normal") -> None:
        self.button.setText(self.tr("Start"))
        self.button.setIcon(icon("search"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self._set_status(message, kind)
        self.searchFinished.emit()

    # -- status -----------------------------------------------------------------------

    def _summary(self, *, running: bool = False, stopped: bool = False) -> str:
        matches = self.tr("%Ln match(es)", "", len(self.model))
        nodes = self.tr("%Ln node(s)", "", self._visited)
        if running:
            return self.tr("Searching… %1 in %2 so far").replace("%1", matches).replace("%2", nodes)
        text = self.tr("%1 in %2").replace("%1", matches).replace("%2", nodes)
        if self._owner is not None:
            text = self.tr("Nodes of session %s: ") % session_id_hex(self._owner) + text
        return text + self.tr(" (stopped)") if stopped else text

    def _set_status(self, message: str, kind: str = "normal") -> None:
        self.statusLabel.setText(message)
        self.statusLabel.setToolTip(message)
        if kind != self._status_kind:
            style_message_label(self.statusLabel, kind)
            self._status_kind = kind

    def _show_idle(self) -> None:
        self.button.setText(self.tr("Start"))
        self.button.setIcon(icon("search"))
        self.progress.hide()
        self._set_status(self.tr("Find nodes by name, path, data or type."))

    # -- results ----------------------------------------------------------------------

    def _toggle(self) -> None:
        if self.is_running():
            self.stop()
        else:
            self.start()

    def _sort_chosen(self, section: int, order: Qt.SortOrder) -> None:
        if section >= 0:
            self._sort = (section, order)

    def _activate(self, index: QModelIndex) -> None:
        path = index.data(PathRole)
        if path:
            self.resultActivated.emit(path)

    def _results_menu(self, pos) -> None:
        index = self.results.indexAt(pos)
        path = index.data(PathRole) if index.isValid() else None
        if not path:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show in Tree"), lambda: self.resultActivated.emit(path))
        menu.addAction(self.tr("Copy Path"), lambda: _copy(path))
        menu.popup(self.results.viewport().mapToGlobal(pos))


def _copy(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
