"""The save-conflict dialog: the node changed on the server since it was loaded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

__all__ = ["ConflictDialog"]


class ConflictDialog(QMessageBox):
    """Asks what to do when a save finds a newer version on the server.

    ``choice()`` is "reload", "overwrite" or "cancel"; Escape, closing the window and the
    default button (Enter) all mean "cancel", so nothing is written unless the user
    explicitly chooses Overwrite.
    """

    def __init__(
        self,
        path: str,
        loaded_version: int,
        server_version: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Node Changed on the Server"))
        self._path = path
        self.setTextFormat(Qt.TextFormat.PlainText)
        if server_version is None:
            text = self.tr(
                "{0} was changed on the server after you loaded it (you loaded version {1})."
            ).format(path, loaded_version)
        else:
            text = self.tr(
                "{0} was changed on the server after you loaded it (you loaded version {1}; "
                "the server now has version {2})."
            ).format(path, loaded_version, server_version)
        self.setText(text)
        self.setInformativeText(
            self.tr(
                "Reload to discard your edits and see the data on the server, or Overwrite "
                "to replace it with your edits. Cancel keeps your edits and writes nothing."
            )
        )
        # QMessageBox wraps text narrowly; give it a comfortable minimum width.
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            grid.addItem(
                QSpacerItem(440, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                grid.rowCount(),
                0,
                1,
                grid.columnCount(),
            )
        self._reload = self._add(
            self.tr("&Reload"), "conflictReloadButton", QMessageBox.ButtonRole.ActionRole
        )
        self._overwrite = self._add(
            self.tr("&Overwrite"), "conflictOverwriteButton", QMessageBox.ButtonRole.DestructiveRole
        )
        self._reload.setToolTip(self.tr("Discard your edits and load the data from the server"))
        self._overwrite.setToolTip(self.tr("Replace the data on the server with your edits"))
        self._cancel = self._add(
            self.tr("Cancel"), "conflictCancelButton", QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self._cancel)
        self.setEscapeButton(self._cancel)

    def _add(self, text: str, name: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.setObjectName(name)
        return button

    def path(self) -> str:
        """The node that changed."""
        return self._path

    def choice(self) -> str:
        """ "reload", "overwrite" or "cancel" (also when no button was clicked)."""
        clicked = self.clickedButton()
        if clicked is self._reload:
            return "reload"
        if clicked is self._overwrite:
            return "overwrite"
        return "cancel"
