"""The stat pane: a node's stat fields (czxid ... numChildren) with their values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from zkinspector.zk.stat import stat_rows

__all__ = ["StatView"]


class StatView(QTreeWidget):
    """Two columns, Field and Value, one row per stat field; tooltips explain each value.

    Field names are ZooKeeper's own (czxid, mtime, ephemeralOwner...) and are not translated.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statView")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # Fit the longest field name (ephemeralOwner) with some air.
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("ephemeralOwner") + 28)

        self._placeholder = ""
        copy = QAction(self.tr("&Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_stat(self, stat: object | None, message: str = "") -> None:
        """Show the fields of a kazoo ZnodeStat; None clears the view (showing message)."""
        self.clear()
        self._placeholder = message if stat is None else ""
        if stat is None:
            self.viewport().update()
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

    def copy_selection(self) -> None:
        """Copy the selected rows as "field<TAB>value" lines (one value alone: just it)."""
        items = self.selectedItems() or (
            [self.currentItem()] if self.currentItem() is not None else []
        )
        if not items:
            return
        if len(items) == 1:
            text = items[0].text(1)
        else:
            text = "\n".join(f"{item.text(0)}\t{item.text(1)}" for item in items)
        QGuiApplication.clipboard().setText(text)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Paint the rows, or the placeholder message when there are none."""
        super().paintEvent(event)
        if self._placeholder and self.topLevelItemCount() == 0:
            paint_placeholder(self, self._placeholder)

    def placeholder(self) -> str:
        """The message shown while the view is empty ("" for none)."""
        return self._placeholder


def paint_placeholder(view: QAbstractItemView, text: str) -> None:
    """Draw a grey, wrapped message at the top of an empty item view's viewport."""
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().placeholderText().color())
    painter.drawText(
        view.viewport().rect().adjusted(12, 12, -12, -12),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()
