"""Search results as a flat table model: rows are appended in batches while a search runs.

Each append is one ``beginInsertRows``/``endInsertRows``, so 100,000 results arriving as a
few hundred batches cost the GUI thread a few hundred cheap inserts. Meant for a
QTableView (a QTreeView lays out every row again after each insert).

Rows are kept as plain tuples (path, kind, size), not SearchHits: Python's cycle collector
stops tracking a plain tuple of strings and numbers, never a tuple subclass, and a
million tracked rows made each full collection (which holds the GUI thread) last 150 ms.
The list of rows itself is moved out of the collector's reach as it grows (collector.py):
visiting its million entries made each full collection last 40 ms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..zk.codec import format_size
from ..zk.paths import natural_key
from ..zk.search import SearchHit
from .collector import exempt_from_collector

__all__ = ["KIND", "PATH", "PathRole", "SIZE", "SearchResultsModel"]

PATH, KIND, SIZE = 0, 1, 2
PathRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SearchResultsModel(QAbstractTableModel):
    """Rows of SearchHit: path, kind, data size. ``icons`` maps a kind (with dashes:
    "ephemeral-sequential") to its icon."""

    def __init__(self, icons: Mapping[str, Any] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._hits: list[tuple[str, str, int]] = []
        self._icons = dict(icons or {})
        self._kinds = {
            "persistent": self.tr("persistent"),
            "ephemeral": self.tr("ephemeral"),
            "persistent sequential": self.tr("persistent sequential"),
            "ephemeral sequential": self.tr("ephemeral sequential"),
        }
        # The server reports container and TTL nodes as persistent (zk/stat.py).
        self._not_ephemeral = self.tr(
            "Not ephemeral: a persistent, container or TTL node (the server reports the "
            "three alike)"
        )
        self._headers = (self.tr("Path"), self.tr("Kind"), self.tr("Size"))

    # -- contents ---------------------------------------------------------------------

    def append(self, hits: Iterable[SearchHit]) -> None:
        """Add rows at the end, in one insert."""
        batch = list(map(tuple, hits))
        if not batch:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._hits.extend(batch)
        self.endInsertRows()
        exempt_from_collector()

    def clear(self) -> None:
        """Drop every row."""
        self.beginResetModel()
        self._hits = []
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows (paths in natural order); selections follow their rows."""
        if not 0 <= column < 3 or not self._hits:
            return
        keys = {
            PATH: lambda h: [natural_key(part) for part in h[0].split("/")],
            KIND: lambda h: (h[1], [natural_key(part) for part in h[0].split("/")]),
            SIZE: lambda h: (h[2], h[0]),
        }
        self.layoutAboutToBeChanged.emit()
        order_rows = sorted(
            range(len(self._hits)),
            key=lambda i: keys[column](self._hits[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_row = [0] * len(order_rows)
        for new, old in enumerate(order_rows):
            new_row[old] = new
        self._hits = [self._hits[i] for i in order_rows]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_row[i.row()], i.column()) for i in old_indexes],
        )
        self.layoutChanged.emit()

    def hit(self, row: int) -> SearchHit | None:
        return SearchHit._make(self._hits[row]) if 0 <= row < len(self._hits) else None

    def paths(self) -> list[str]:
        """The paths of all rows, in order."""
        return [h[0] for h in self._hits]

    def __len__(self) -> int:
        return len(self._hits)

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._hits):
            return None
        path, kind, size = self._hits[row]
        column = index.column()
        if role == _DISPLAY:
            if column == PATH:
                return path
            if column == KIND:
                return self._kinds.get(kind, kind)
            return format_size(size)
        if role == _DECORATION and column == PATH:
            return self._icons.get(kind.replace(" ", "-"))
        if role == _TOOLTIP:
            if column == SIZE:
                return self.tr("%s bytes") % QLocale().toString(size)
            if column == KIND and kind.startswith("persistent"):
                return self._not_ephemeral
            return path
        if role == _ALIGN and column == SIZE:
            return _RIGHT
        if role == PathRole:
            return path
        return None
