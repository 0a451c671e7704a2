"""Small shared widget helpers: layouts in one call, message boxes opened the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

__all__ = ["hbox", "show_message", "vbox"]


def _box(layout: QBoxLayout, items: tuple, margins: int, stretch_last: bool) -> QBoxLayout:
    layout.setContentsMargins(margins, margins, margins, margins)
    for i, item in enumerate(items):
        stretch = 1 if stretch_last and i == len(items) - 1 else 0
        if isinstance(item, QWidget):
            layout.addWidget(item, stretch)
        elif item is None:
            layout.addStretch(1)
        else:
            layout.addLayout(item, stretch)
    return layout


def vbox(
    parent: QWidget | None, *items, margins: int = 0, stretch_last: bool = False
) -> QVBoxLayout:
    """A vertical layout of ``items`` (widgets, layouts; None is a stretch) on ``parent``."""
    return _box(QVBoxLayout(parent), items, margins, stretch_last)  # type: ignore[return-value]


def hbox(
    parent: QWidget | None, *items, margins: int = 0, stretch_last: bool = False
) -> QHBoxLayout:
    """A horizontal layout of ``items`` (widgets, layouts; None is a stretch) on ``parent``."""
    return _box(QHBoxLayout(parent), items, margins, stretch_last)  # type: ignore[return-value]


def show_message(
    parent: QWidget,
    title: str,
    text: str,
    *,
    name: str = "errorBox",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """Open a message box window-modal and return at once (it deletes itself on close)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
