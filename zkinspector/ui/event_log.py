"""The event log panel: one connection's watch events and connection states as they come.

A filter row (path text or glob, types), Pause / Clear / Copy / Save CSV, the subtree
watches in force (with a button to stop them), the table (``eventTable``, one row per
event) and a count of what is kept, dropped and waiting. Clicking a row selects its node
in the tree (``pathActivated``). The main window docks one panel per connection.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models.event_log import (
    ALL_TYPES,
    DETAIL,
    PATH,
    STATE_TYPES,
    TIME,
    TYPE,
    WATCH_TYPES,
    EventLog,
    type_tooltip,
)
from ..zk.search import InvalidPattern
from ..zk.session import ZkSession
from .assets import style_message_label
from .widgets import hbox, row_table

__all__ = ["EventLogPanel"]


def _tool_button(text: str, tip: str, name: str, *, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class EventLogPanel(QWidget):
    """The log of one connection (``log``), with its filter, buttons and table."""

    pathActivated = Signal(str)  # a row with a path was clicked
    message = Signal(str)  # a sentence for the status bar

    def __init__(self, log: EventLog, session: ZkSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventLogPanel")
        self.log = log
        self.model = log.model
        self._session = session
        self._types: set[str] = set(ALL_TYPES)
        self._status_kind = "normal"
        self._build()
        self.model.countsChanged.connect(self._show_counts)
        self.model.rowsInserted.connect(self._follow)
        session.subtreeWatchesChanged.connect(self._show_watches)
        log.saved.connect(self._on_saved)
        log.saveFailed.connect(self._on_save_failed)
        self._show_counts()
        self._show_watches()

    # -- construction -----------------------------------------------------------------

    def _build(self) -> None:
        self.pathFilter = QLineEdit()
        self.pathFilter.setObjectName("eventPathFilter")
        self.pathFilter.setClearButtonEnabled(True)
        self.pathFilter.setPlaceholderText(self.tr("Filter by path: text or a glob (/app/**)"))
        self.pathFilter.setToolTip(
            self.tr(
                "Plain text matches anywhere in the path; with * ? or [ ] it is a glob: "
                "* stays within one path segment, ** crosses segments."
            )
        )
        self.typeButton = _tool_button(
            self.tr("Types"), self.tr("Which kinds of rows to show"), "eventTypeFilter"
        )
        self.typeButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.typeButton)
        menu.setToolTipsVisible(True)
        self.typeActions: dict[str, QAction] = {}
        for group in (WATCH_TYPES, STATE_TYPES, ("WATCH", "EXPIRED")):
            for kind in group:
                action = menu.addAction(kind)
                action.setCheckable(True)
                action.setChecked(True)
                action.setToolTip(type_tooltip(kind))
                action.toggled.connect(lambda on, k=kind: self._toggle_type(k, on))
                self.typeActions[kind] = action
            menu.addSeparator()
        menu.addAction(self.tr("Show All"), self.show_all_types)
        self.typeButton.setMenu(menu)

        self.pauseButton = _tool_button(
            self.tr("Pause"),
            self.tr("Hold new rows back (they are kept and shown on resume)"),
            "eventPauseButton",
            checkable=True,
        )
        self.clearButton = _tool_button(
            self.tr("Clear"), self.tr("Forget every row"), "eventClearButton"
        )
        self.copyButton = _tool_button(
            self.tr("Copy"), self.tr("Copy the selected rows as text"), "eventCopyButton"
        )
        self.saveButton = _tool_button(
            self.tr("Save CSV…"), self.tr("Save the rows shown as a CSV file"), "eventSaveButton"
        )

        self.watchLabel = QLabel()
        self.watchLabel.setObjectName("eventWatchLabel")
        self.watchLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.watchLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stopWatchButton = _tool_button(
            self.tr("Stop Watching"),
            self.tr("Remove the subtree watches of this connection"),
            "eventStopWatchButton",
        )

        self.table = row_table("eventTable", self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.table.fontMetrics()
        header.resizeSection(TIME, metrics.horizontalAdvance("00:00:00.000") + 24)
        header.resizeSection(TYPE, metrics.horizontalAdvance("DISCONNECTED") + 24)
        header.resizeSection(PATH, 320)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        copy = QAction(self.tr("&Copy"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("eventStatus")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(
            hbox(
                self.pathFilter,
                self.typeButton,
                self.pauseButton,
                self.clearButton,
                self.copyButton,
                self.saveButton,
            )
        )
        layout.addLayout(hbox(self.watchLabel, self.stopWatchButton))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.statusLabel)

        self.pathFilter.textChanged.connect(self._apply_filter)
        self.pauseButton.toggled.connect(self._pause)
        self.clearButton.clicked.connect(self.model.clear)
        self.copyButton.clicked.connect(self.copy_selection)
        self.saveButton.clicked.connect(self._ask_file)
        self.stopWatchButton.clicked.connect(self.stop_watching)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)

    # -- public API -------------------------------------------------------------------

    def set_types(self, types: set[str]) -> None:
        """Show only rows of these types."""
        for kind, action in self.typeActions.items():
            action.blockSignals(True)
            action.setChecked(kind in types)
            action.blockSignals(False)
        self._types = set(types) & set(ALL_TYPES)
        self._apply_filter()

    def show_all_types(self) -> None:
        self.set_types(set(ALL_TYPES))

    def copy_selection(self) -> None:
        """Copy the selected rows (time, type, path, detail; tab-separated)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        entries = [e for e in (self.model.entry(r) for r in rows) if e is not None]
        if entries:
            QGuiApplication.clipboard().setText(self.log.as_text(entries))
            self.message.emit(self.tr("Copied %n row(s)", "", len(entries)))

    def save_csv(self, file_name: str) -> None:
        """Save the rows shown to ``file_name`` (off the GUI thread)."""
        self.log.save_csv(file_name)

    def stop_watching(self) -> None:
        """Remove every subtree watch of this connection."""
        for path in self._session.subtree_watches:
            self._session.unwatch_subtree(path)

    # -- internals --------------------------------------------------------------------

    def _toggle_type(self, kind: str, on: bool) -> None:
        if on:
            self._types.add(kind)
        else:
            self._types.discard(kind)
        self._apply_filter()

    def _apply_filter(self) -> None:
        types = None if self._types >= set(ALL_TYPES) else self._types
        text = self.pathFilter.text().strip()
        try:
            self.model.set_filter(types, text)
        except InvalidPattern as exc:
            self._set_status(str(exc), "error")
            return
        shown = len(self._types)
        self.typeButton.setText(
            self.tr("Types")
            if types is None
            else self.tr("Types (%1 of %2)")
            .replace("%1", str(shown))
            .replace("%2", str(len(ALL_TYPES)))
        )
        self._show_counts()

    def _pause(self, paused: bool) -> None:
        self.model.set_paused(paused)
        self.pauseButton.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _follow(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        """Keep the newest row in sight while the view is at the bottom."""
        bar = self.table.verticalScrollBar()
        if bar.value() >= bar.maximum() - 2 * self.table.verticalHeader().defaultSectionSize():
            self.table.scrollToBottom()

    def _show_counts(self) -> None:
        model = self.model
        locale = QLocale()
        shown, kept = model.rowCount(), model.kept
        if shown == kept:
            text = self.tr("%n row(s)", "", kept)
        else:
            text = self.tr("%1 of %2 rows shown").replace("%1", locale.toString(shown))
            text = text.replace("%2", locale.toString(kept))
        if model.dropped:
            text += " · " + self.tr("%1 older dropped (the log keeps the last %2)").replace(
                "%1", locale.toString(model.dropped)
            ).replace("%2", locale.toString(model.capacity))
        if model.paused:
            text += " · " + self.tr("paused, %1 waiting").replace(
                "%1", locale.toString(model.waiting)
            )
        self._set_status(text)

    def _set_status(self, text: str, kind: str = "normal") -> None:
        if kind != self._status_kind:  # (restyling a label costs more than the text)
            style_message_label(self.statusLabel, kind)
            self._status_kind = kind
        self.statusLabel.setText(text)

    def _show_watches(self) -> None:
        watched = self._session.subtree_watches
        if watched:
            self.watchLabel.setText(self.tr("Watching subtrees: %s") % ", ".join(watched))
        else:
            self.watchLabel.setText(
                self.tr(
                    "Events of the nodes you expand and select. Node ▸ Watch Subtree logs "
                    "every change below a node."
                )
            )
        self.watchLabel.setToolTip(self.watchLabel.text())
        self.stopWatchButton.setEnabled(bool(watched))

    def _activate(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None and entry.path:
            self.pathActivated.emit(entry.path)

    def _ask_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the Event Log"))
        dialog.setObjectName("eventSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("events.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_csv)
        dialog.open()

    def _on_saved(self, file_name: str, count: int) -> None:
        self.message.emit(
            self.tr("Saved %1 rows to %2").replace("%1", str(count)).replace("%2", file_name)
        )

    def _on_save_failed(self, text: str) -> None:
        self.message.emit(text)
