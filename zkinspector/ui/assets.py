"""Finding bundled files (icons, translations, styles), loading icons, colours that follow the theme.

The files live in the project's top-level ``resources/`` directory. They are found the
same way from a source checkout, an installed wheel (where ``resources/`` is the package
``zkinspector.resources``) and a PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .theme import is_dark, notifier

__all__ = [
    "banner_style",
    "follow_theme",
    "icon",
    "message_color",
    "resource_path",
    "resources_dir",
    "style_message_label",
]


def _candidates() -> list[Path]:
    found: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / "resources")
    # Installed wheel (or editable install): the package zkinspector.resources.
    try:
        spec = importlib.util.find_spec("zkinspector.resources")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        found.extend(Path(p) for p in spec.submodule_search_locations)
    # Source checkout: <repo>/zkinspector/ui/assets.py -> <repo>/resources
    found.append(Path(__file__).resolve().parents[2] / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The directory holding the bundled resources (the first candidate with icons in it)."""
    candidates = _candidates()
    for base in candidates:
        if (base / "icons").is_dir():
            return base
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. resource_path("icons", "app.svg").

    The path is returned even if the file does not exist; check with ``.exists()``.
    """
    return resources_dir().joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (cached); an empty QIcon if it is missing."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    return QIcon(str(path))


#: Text colours of messages by kind: (on a dark window, on a light window).
MESSAGE_COLOURS = {
    "error": ("#ff7b72", "#b3261e"),
    "warning": ("#f0b44c", "#8a5a00"),
    "ok": ("#6fd08c", "#1b7f3b"),
}


def message_color(palette: QPalette, kind: str = "error") -> QColor:
    """A readable colour for an "error", "warning" or "ok" message on this palette's window.

    Lighter shades on a dark window, darker ones on a light window.
    """
    on_dark, on_light = MESSAGE_COLOURS.get(kind, MESSAGE_COLOURS["error"])
    return QColor(on_dark if is_dark(palette) else on_light)


class _Follower(QObject):
    """Runs a restyle of its parent widget when the theme changes; dies with the widget."""

    def __init__(self, widget: QWidget, restyle: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        notifier().changed.connect(self.run)

    def run(self) -> None:
        parent = self.parent()
        if isinstance(parent, QWidget):
            self._restyle(parent)


def follow_theme(widget: QWidget, restyle: Callable[[QWidget], None]) -> None:
    """Call ``restyle(widget)`` now and each time the theme changes."""
    restyle(widget)
    _Follower(widget, restyle)


def style_message_label(label: QLabel, kind: str = "error") -> None:
    """Colour a QLabel's text for an "error", "warning" or "ok" message; "normal" resets it.

    The colour follows the theme from then on.
    """
    label.setProperty("zkMessageKind", kind)
    if label.property("zkFollowsTheme"):
        _restyle_message(label)
        return
    label.setProperty("zkFollowsTheme", True)
    follow_theme(label, _restyle_message)


def _restyle_message(label: QWidget) -> None:
    kind = label.property("zkMessageKind") or "normal"
    label.setPalette(QPalette())  # the inherited palette: the theme's
    if kind != "normal":
        palette = label.palette()
        colour = message_color(QApplication.palette(), kind)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)


def banner_style(name: str) -> str:
    """A style sheet for a warning banner (widget objectName ``name``) in the theme now."""
    if is_dark(QApplication.palette()):
        background, border, text = "#4a3f1a", "#8a7430", "#f5e6b8"
    else:
        background, border, text = "#fff3cd", "#e0c36c", "#3d3000"
    return (
        f"#{name} {{ background: {background}; border: 1px solid {border}; }}"
        f" #{name} QLabel {{ color: {text}; }}"
    )
