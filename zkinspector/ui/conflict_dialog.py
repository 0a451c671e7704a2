"""The save-conflict dialog: the node's data (or ACL) changed on the server since it was
loaded, and a save found the newer version."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

__all__ = ["ConflictDialog", "ask_conflict"]


class ConflictDialog(QMessageBox):
    """Asks what to do when a save finds a newer version on the server.

    ``what`` is "data" (versions are the node's data version) or "acl" (ACL versions).
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
        what: str = "data",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self._path = path
        self.setTextFormat(Qt.TextFormat.PlainText)
        if what == "acl":
            self._acl_texts(path, loaded_version, server_version)
        else:
            self._data_texts(path, loaded_version, server_version)
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
        self._reload.setToolTip(self.tr("Discard your edits and load what the server has"))
        self._overwrite.setToolTip(self.tr("Replace what the server has with your edits"))
        self._cancel = self._add(
            self.tr("Cancel"), "conflictCancelButton", QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self._cancel)
        self.setEscapeButton(self._cancel)

    def _data_texts(self, path: str, loaded_version: int, server_version: int | None) -> None:
        self.setWindowTitle(self.tr("Node Changed on the Server"))
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

    def _acl_texts(self, path: str, loaded_version: int, server_version: int | None) -> None:
        self.setWindowTitle(self.tr("ACL Changed on the Server"))
        self.setText(
            self.tr(
                "The ACL of {0} was changed on the server after you loaded it (you loaded "
                "ACL version {1}; the server now has version {2})."
            ).format(path, loaded_version, "?" if server_version is None else server_version)
        )
        self.setInformativeText(
            self.tr(
                "Reload to discard your edits and see the ACL on the server, or Overwrite to "
                "replace it with yours. Cancel keeps your edits and writes nothing."
            )
        )

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


def ask_conflict(
    parent: QWidget,
    path: str,
    loaded_version: int,
    server_version: int | None,
    on_choice: Callable[[str], None],
    what: str = "data",
) -> ConflictDialog:
    """Open a ConflictDialog (window-modal, returns at once); ``on_choice`` gets its choice."""
    dialog = ConflictDialog(path, loaded_version, server_version, parent, what)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: on_choice(dialog.choice()))
    dialog.open()
    return dialog
