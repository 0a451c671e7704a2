"""The stat pane: a node's stat fields (czxid ... numChildren) with their values.

What the server does not say, the pane adds only where the app knows it: an ephemeral
node owned by this connection's own session says so ("owner: this connection"), and a
node this app created as a container or a TTL node (same czxid) says "created here as
a container" (the server reports both as persistent). The owner session of an
ephemeral node leads to the other nodes it owns (``ownerSearchRequested``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..zk.stat import session_id_hex, stat_rows
from .widgets import ReadOnlyTable

__all__ = ["OwnerLookup", "StatView"]

OwnerLookup = Callable[[object], tuple[bool, str]]
"""``lookup(stat) -> (owned by this connection's session, type this app created it as)``."""


class StatView(ReadOnlyTable):
    """Two columns, Field and Value, one row per stat field; tooltips explain each value.

    Field names are ZooKeeper's own (czxid, mtime, ephemeralOwner...) and are not translated.
    """

    ownerSearchRequested = Signal(object)  # find the nodes owned by this session id (int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("statView", [self.tr("Field"), self.tr("Value")], parent)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # Fit the longest field name (ephemeralOwner) with some air.
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("ephemeralOwner") + 28)
        self._lookup: OwnerLookup | None = None
        self._owner = 0
        self.findOwnedAction = QAction(self.tr("Find Nodes of This Session"), self)
        self.findOwnedAction.setObjectName("findOwnedNodesAction")
        self.findOwnedAction.setEnabled(False)
        self.findOwnedAction.triggered.connect(self.find_owned)
        self.addAction(self.findOwnedAction)
        self.itemDoubleClicked.connect(self._on_double_click)

    def set_owner_lookup(self, lookup: OwnerLookup | None) -> None:
        """How to tell what the app knows of a node beyond its stat (see OwnerLookup)."""
        self._lookup = lookup

    def show_stat(self, stat: object | None, message: str = "") -> None:
        """Show the fields of a kazoo ZnodeStat; None clears the view (showing message)."""
        self.clear()
        self.set_placeholder(message if stat is None else "")
        self._owner = getattr(stat, "ephemeralOwner", 0) if stat is not None else 0
        self.findOwnedAction.setEnabled(bool(self._owner))
        if self._owner:
            self.findOwnedAction.setText(
                self.tr("Find Nodes of Session %s") % session_id_hex(self._owner)
            )
        if stat is None:
            return
        own, created = self._lookup(stat) if self._lookup is not None else (False, "")
        for name, display, tooltip in stat_rows(stat):
            if name == "ephemeralOwner":
                display, tooltip = self._owner_text(display, tooltip, own, created)
            item = QTreeWidgetItem(self, [name, display])
            item.setToolTip(0, tooltip)
            item.setToolTip(1, tooltip)
            item.setData(0, Qt.ItemDataRole.UserRole, name)

    def _owner_text(self, display: str, tooltip: str, own: bool, created: str) -> tuple[str, str]:
        if self._owner:
            link = self.tr("Double-click to find the other nodes this session owns.")
            if own:
                return (
                    self.tr("%s — owner: this connection") % display,
                    self.tr("This connection's own session owns this ephemeral node.")
                    + "\n"
                    + link,
                )
            return display, f"{tooltip}\n{link}"
        if created:
            kind = (
                self.tr("a container")
                if created == "container"
                else self.tr("a TTL node (%s)") % created.removeprefix("ttl ")
            )
            return (
                self.tr("0 — created here as %s") % kind,
                self.tr(
                    "This app created the node as %s in this connection. The server "
                    "reports it like any persistent node (ephemeralOwner 0)."
                )
                % kind,
            )
        return display, tooltip

    def find_owned(self) -> None:
        """Ask for the nodes owned by the shown node's owner session."""
        if self._owner:
            self.ownerSearchRequested.emit(self._owner)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) == "ephemeralOwner":
            self.find_owned()

    def value(self, field: str) -> str | None:
        """The displayed value of a field (e.g. "version"), or None if not shown."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.text(0) == field:
                return item.text(1)
        return None

    def selection_text(self) -> str:
        """The selected rows as "field<TAB>value" lines (one value alone: just it)."""
        items = self.selectedItems() or (
            [self.currentItem()] if self.currentItem() is not None else []
        )
        if len(items) == 1:
            return items[0].text(1)
        return "\n".join(f"{item.text(0)}\t{item.text(1)}" for item in items)
