"""The ACL pane: a node's ACL entries (scheme, id, permissions)."""

from __future__ import annotations

from kazoo.security import Permissions
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from zkinspector.ui.stat_pane import paint_placeholder
from zkinspector.zk.acl import format_acl, format_acl_text, perms_to_names

__all__ = ["AclView"]


class AclView(QTreeWidget):
    """Three columns, Scheme / Id / Permissions, one row per ACL entry.

    Permissions are spelled out ("read, write, create, delete, admin"); the zkCli form
    ("world:anyone:cdrwa") is the row's tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aclView")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Scheme"), self.tr("Id"), self.tr("Permissions")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._placeholder = ""
        self._names = {
            "read": self.tr("read"),
            "write": self.tr("write"),
            "create": self.tr("create"),
            "delete": self.tr("delete"),
            "admin": self.tr("admin"),
        }
        copy = QAction(self.tr("&Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

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
        self.clear()
        self._placeholder = message if not acls else ""
        for acl in acls or ():
            scheme, ident, _ = format_acl(acl)
            item = QTreeWidgetItem(self, [scheme, ident, self.perms_text(acl.perms)])
            tip = format_acl_text(acl)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            item.setToolTip(2, f"{tip}\n{item.text(2)}")
            item.setData(0, Qt.ItemDataRole.UserRole, tip)
        if acls:
            self._fit_id_column()
        self.viewport().update()

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

    def placeholder(self) -> str:
        """The message shown while the view is empty ("" for none)."""
        return self._placeholder

    def copy_selection(self) -> None:
        """Copy the selected entries in zkCli form ("world:anyone:cdrwa"), one a line."""
        items = self.selectedItems()
        if items:
            QGuiApplication.clipboard().setText(
                "\n".join(item.data(0, Qt.ItemDataRole.UserRole) for item in items)
            )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Paint the rows, or the placeholder message when there are none."""
        super().paintEvent(event)
        if self._placeholder and self.topLevelItemCount() == 0:
            paint_placeholder(self, self._placeholder)
