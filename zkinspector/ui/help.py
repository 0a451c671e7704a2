"""The Help menu's windows: keyboard shortcuts, the log, and About (with every version)."""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata

import PySide6
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..models.lookups import Lookups
from .assets import icon
from .log_view import LogWindow, log_history

__all__ = ["AboutDialog", "show_about", "show_log", "show_shortcuts", "versions"]


def versions() -> list[tuple[str, str]]:
    """(component, version) of the app and what it runs on."""

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "?"

    return [
        ("zkinspector", QApplication.applicationVersion() or installed("zkinspector")),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("kazoo", installed("kazoo")),
        ("Python", platform.python_version()),
    ]


class AboutDialog(QDialog):
    """What zkinspector is, and the versions of everything it runs on and talks to.

    The server's version is asked for through the connection's ``lookups`` (``srvr``, on
    its worker) and shown when it comes.
    """

    def __init__(self, lookups: Lookups | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About zkinspector"))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        title = QLabel(
            "<b>zkinspector</b><br>"
            + escape(self.tr("A fast desktop inspector for Apache ZooKeeper."))
        )
        self.versionsLabel = QLabel()
        self.versionsLabel.setObjectName("aboutVersions")
        self.versionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.versionsLabel)
        layout.addWidget(buttons)
        self._server = self.tr("not connected")
        if lookups is not None and lookups.connected:
            self._server = self.tr("asking…")
            lookups.serverVersion.connect(self._show_server)
            lookups.serverVersionFailed.connect(self._server_failed)
            lookups.ask_server_version()
        self._fill()

    def server_text(self) -> str:
        """What the dialog says of the server's version."""
        return self._server

    def _show_server(self, version: str) -> None:
        self._server = version
        self._fill()

    def _server_failed(self, text: str) -> None:
        self._server = self.tr("unknown: %s") % text
        self._fill()

    def _fill(self) -> None:
        if not shiboken6.isValid(self.versionsLabel):
            return  # closed before the server answered
        rows = [*versions(), (self.tr("ZooKeeper server"), self._server)]
        self.versionsLabel.setText(
            "<table cellspacing=4>"
            + "".join(
                f"<tr><td>{escape(name)}</td><td><b>{escape(value)}</b></td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
        hint = self.sizeHint()
        if hint.width() > self.width() or hint.height() > self.height():
            self.resize(self.size().expandedTo(hint))  # the server's answer came in longer


def show_about(parent: QWidget, lookups: Lookups | None = None) -> AboutDialog:
    """Open the About dialog (it deletes itself on close)."""
    dialog = AboutDialog(lookups, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_log(parent: QWidget) -> LogWindow:
    """Open the log window, or raise the one already open."""
    window = parent.findChild(LogWindow, "logWindow")
    if window is None:
        window = LogWindow(log_history(), parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> QMessageBox:
    """A table of every action that has a keyboard shortcut."""
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            name = escape(action.text().replace("&", ""))
            rows.append(f"<tr><td>{name}</td><td><b>{escape(keys)}</b></td></tr>")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Help", "Keyboard Shortcuts"),
        "<table cellspacing=6>" + "".join(sorted(set(rows))) + "</table>",
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("shortcutsBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
