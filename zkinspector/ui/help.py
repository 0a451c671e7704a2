"""The Help menu's windows: keyboard shortcuts and About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

__all__ = ["show_about", "show_shortcuts"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def show_about(parent: QWidget) -> None:
    """The About box: what zkinspector is and its version."""
    QMessageBox.about(
        parent,
        _tr("About zkinspector"),
        _tr("<b>zkinspector</b> %s<br>A fast desktop inspector for Apache ZooKeeper.")
        % escape(QApplication.instance().applicationVersion()),
    )


def show_shortcuts(parent: QWidget, actions: list[QAction]) -> None:
    """A table of every action that has a keyboard shortcut."""
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            name = escape(action.text().replace("&", ""))
            rows.append(f"<tr><td>{name}</td><td><b>{escape(keys)}</b></td></tr>")
    QMessageBox.information(
        parent,
        _tr("Keyboard Shortcuts"),
        "<table cellspacing=6>" + "".join(sorted(set(rows))) + "</table>",
    )
