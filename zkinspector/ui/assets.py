"""Finding bundled files (icons, translations, styles), loading icons, message colours.

The files live in the project's top-level ``resources/`` directory. They are found the
same way from a source checkout, an installed wheel (where ``resources/`` is the package
``zkinspector.resources``) and a PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QLabel

__all__ = ["icon", "message_color", "resource_path", "resources_dir", "style_message_label"]


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


def message_color(palette: QPalette, kind: str = "error") -> QColor:
    """A readable colour for an "error" or "warning" message on this palette's window.

    Lighter shades on a dark window, darker ones on a light window.
    """
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colors = {
        "error": ("#ff7b72", "#b3261e"),
        "warning": ("#f0b44c", "#8a5a00"),
    }
    light_shade, dark_shade = colors.get(kind, colors["error"])
    return QColor(light_shade if dark else dark_shade)


def style_message_label(label: QLabel, kind: str = "error") -> None:
    """Colour a QLabel's text for an "error" or "warning" message; "normal" resets it."""
    if kind == "normal":
        label.setPalette(QPalette())
        return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, message_color(palette, kind))
    label.setPalette(palette)
