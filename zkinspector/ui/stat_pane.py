"""The stat pane: a node's stat fields (czxid ... numChildren) with their values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..zk.stat import stat_rows
from .widgets import ReadOnlyTable

__all__ = ["StatView"]


class StatView(ReadOnlyTable):
    """Two columns, Field and Value, one row per stat field; tooltips explain each value.

    Field names are ZooKeeper's own (czxid, mtime, ephemeralOwner...) and are not translated.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("statView", [self.tr("Field"), self.tr("Value")], parent)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # Fit the longest field name (ephemeralOwner) with some air.
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("ephemeralOwner") + 28)

    def show_stat(self, stat: object | None, message: str = "") -> None:
        """Show the fields of a kazoo ZnodeStat; None clears the view (showing message)."""
        self.clear()
        self.set_placeholder(message if stat is None else "")
        if stat is None:
            return
        for name, display, tooltip in stat_rows(stat):
            item = QTreeWidgetItem(self, [name, display])
            item.setToolTip(0, tooltip)
            item.setToolTip(1, tooltip)
            item.setData(0, Qt.ItemDataRole.UserRole, name)

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
