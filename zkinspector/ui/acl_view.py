"""The list of a node's ACL entries: scheme, id and permissions, one row per entry."""

from __future__ import annotations

from kazoo.security import Permissions
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..zk.acl import perms_short, perms_to_names
from .assets import message_color
from .widgets import ReadOnlyTable

__all__ = ["AclView", "Entry"]

EntryRole = Qt.ItemDataRole.UserRole + 1  # (scheme, id, perms) of a row

Entry = tuple[str, str, int]


class AclView(ReadOnlyTable):
    """Three columns, Scheme / Id / Permissions, one row per ACL entry.

    Permissions are spelled out ("read, write, create, delete, admin"); the zkCli form
    ("world:anyone:cdrwa") is the row's tooltip and what Copy copies. The editor changes
    rows through ``set_entries``, ``add_entry``, ``set_entry`` and ``remove_rows``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "aclView", [self.tr("Scheme"), self.tr("Id"), self.tr("Permissions")], parent
        )
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._names = {
            "read": self.tr("read"),
            "write": self.tr("write"),
            "create": self.tr("create"),
            "delete": self.tr("delete"),
            "admin": self.tr("admin"),
        }

    def perm_name(self, name: str) -> str:
        """The shown name of one permission ("read", ... "admin")."""
        return self._names[name]

    def perms_text(self, perms: int) -> str:
        """Permissions spelled out: "read, write, create, delete, admin"; "none" for 0."""
        names = [self._names[name] for name in perms_to_names(perms)]
        text = ", ".join(names) if names else self.tr("none")
        extra = perms & ~Permissions.ALL
        if extra:
            text += self.tr(" (and unknown bits 0x{0:x})").format(extra)
        return text

    def show_acl(self, acls: list | None, message: str = "") -> None:
        """Show kazoo ACL entries; None (or no entries) shows message instead."""
        self.set_entries([(a.id.scheme, a.id.id, a.perms) for a in acls or ()], message)

    def set_entries(self, entries: list[Entry], message: str = "") -> None:
        """Show (scheme, id, perms) entries; with none, message is shown instead."""
        self.clear()
        for entry in entries:
            self._fill(QTreeWidgetItem(self), entry)
        if entries:
            self._fit_id_column()
        self.set_placeholder(message if not entries else "")

    def _fill(self, item: QTreeWidgetItem, entry: Entry, error: str = "") -> None:
        scheme, ident, perms = entry
        item.setText(0, scheme)
        item.setText(1, ident)
        item.setText(2, self.perms_text(perms))
        tip = f"{scheme}:{ident}:{perms_short(perms)}"
        item.setData(0, Qt.ItemDataRole.UserRole, tip)
        item.setData(0, EntryRole, entry)
        if error:
            tip = f"{tip}\n{error}"
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        item.setToolTip(2, f"{tip}\n{item.text(2)}")
        colour = self.palette().text().color()
        if error:
            colour = message_color(self.palette(), "error")
        for column in range(3):
            item.setForeground(column, colour)

    def entries(self) -> list[Entry]:
        """The shown entries as (scheme, id, perms), valid or not."""
        return [self.entry(row) for row in range(self.topLevelItemCount())]

    def entry(self, row: int) -> Entry:
        return tuple(self.topLevelItem(row).data(0, EntryRole))  # type: ignore[return-value]

    def add_entry(self, entry: Entry) -> int:
        """Append an entry; returns its row."""
        self._fill(QTreeWidgetItem(self), entry)
        self.set_placeholder("")
        return self.topLevelItemCount() - 1

    def set_entry(self, row: int, entry: Entry, error: str = "") -> None:
        """Change one row; a non-empty error marks it invalid (red, reason in the tooltip)."""
        item = self.topLevelItem(row)
        if item is not None:
            self._fill(item, entry, error)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.takeTopLevelItem(row)

    def selected_rows(self) -> list[int]:
        return sorted(self.indexOfTopLevelItem(item) for item in self.selectedItems())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Fit the Id column once the view has its real width (e.g. its tab is shown)."""
        super().showEvent(event)
        if self.topLevelItemCount():
            self._fit_id_column()

    def _fit_id_column(self) -> None:
        """Size the Id column to its contents, but leave room for the permissions."""
        wanted = self.sizeHintForColumn(1) + 16
        perms = self.sizeHintForColumn(2) + 16
        room = max(self.viewport().width() - self.columnWidth(0) - perms, 80)
        self.setColumnWidth(1, min(wanted, room))

    def rows(self) -> list[tuple[str, str, str]]:
        """The shown entries as (scheme, id, permissions text)."""
        return [
            tuple(self.topLevelItem(row).text(c) for c in range(3))  # type: ignore[misc]
            for row in range(self.topLevelItemCount())
        ]

    def selection_text(self) -> str:
        """The selected entries in zkCli form ("world:anyone:cdrwa"), one a line."""
        return "\n".join(item.data(0, Qt.ItemDataRole.UserRole) for item in self.selectedItems())
