"""Look: the colour theme (system, light, dark) and the font zoom, both live.

Dark is Fusion with a dark palette (and, with Qt 6.8+, the dark colour scheme hint);
light is Fusion with its light palette; system is the style and palette the platform
gave at start-up. Widgets that draw colours of their own follow the palette through
``assets.follow_theme`` and are told by :func:`notifier` when the theme changes.

The zoom changes the application font by whole points; fonts set explicitly (the
monospaced data views) are scaled with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

__all__ = [
    "THEMES",
    "ZOOM_MAX",
    "ZOOM_MIN",
    "FontZoom",
    "apply_theme",
    "current_theme",
    "dark_palette",
    "font_zoom",
    "is_dark",
    "notifier",
]

THEMES = ("system", "light", "dark")
ZOOM_MIN, ZOOM_MAX = -4, 16  # points from the start-up font size


class _Notifier(QObject):
    changed = Signal()  # the theme (palette) changed


_notifier: _Notifier | None = None
_system: tuple[str, QPalette] | None = None
_current = "system"
_zoom: FontZoom | None = None


def notifier() -> _Notifier:
    """The object whose ``changed`` signal tells that the theme changed."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier(QApplication.instance())
    return _notifier


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window is dark (light text on it)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """Fusion's colours for a dark window: grey surfaces, light text, blue highlight."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(40, 40, 43)),
        (role.ToolTipBase, QColor(60, 60, 64)),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(150, 150, 155)),
        (role.Text, text),
        (role.Button, QColor(55, 55, 58)),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 110, 110)),
        (role.Light, QColor(75, 75, 80)),
        (role.Midlight, QColor(62, 62, 66)),
        (role.Mid, QColor(40, 40, 42)),
        (role.Dark, QColor(22, 22, 24)),
        (role.Shadow, QColor(0, 0, 0)),
        (role.Highlight, QColor(42, 110, 190)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Link, QColor(110, 170, 255)),
        (role.LinkVisited, QColor(180, 140, 255)),
    ):
        p.setColor(r, colour)
    disabled = QColor(130, 130, 135)
    for r in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        p.setColor(group.Disabled, r, disabled)
    p.setColor(group.Disabled, role.Highlight, QColor(70, 70, 75))
    return p


def apply_theme(app: QApplication, name: str) -> None:
    """Switch to the "system", "light" or "dark" theme (raises ValueError for others)."""
    global _system, _current
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native styles follow it where they can
        scheme = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light}
        hints.setColorScheme(scheme.get(name, Qt.ColorScheme.Dark))
    if name == "system":
        style, palette = _system
        app.setStyle(QStyleFactory.create(style) or style)
        app.setPalette(palette)
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if name == "dark" else app.style().standardPalette())
    _current = name
    notifier().changed.emit()


def current_theme() -> str:
    """The theme applied last ("system" until one is applied)."""
    return _current


def font_zoom() -> FontZoom:
    """The application's font zoom (made on first use; a QApplication must exist)."""
    global _zoom
    if _zoom is None or _zoom.parent() is not QApplication.instance():
        _zoom = FontZoom(QApplication.instance())
    return _zoom


class FontZoom(QObject):
    """The font zoom: ``steps`` points over the start-up size, applied to every window.

    Windows made later (dialogs) get their monospaced fonts scaled when they are
    polished: ``watch(widget)`` watches the windows made with ``widget`` as parent.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._base = app.font().pointSizeF()
        self._fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self._steps = 0

    @property
    def steps(self) -> int:
        return self._steps

    def point_size(self) -> float:
        """The application font's size now."""
        return self._base + self._steps

    def set_steps(self, steps: int) -> int:
        """Zoom to ``steps`` points over the base (clamped); returns the steps applied."""
        steps = max(ZOOM_MIN, min(ZOOM_MAX, int(steps)))
        if steps == self._steps:
            return steps
        old = self.point_size()
        self._steps = steps
        font = QFont(self._app.font())
        font.setPointSizeF(self.point_size())
        self._app.setFont(font)
        ratio = self.point_size() / old
        for widget in self._app.allWidgets():
            if _has_explicit_size(widget):
                _scale(widget, ratio)
        return steps

    def zoom_in(self) -> int:
        return self.set_steps(self._steps + 1)

    def zoom_out(self) -> int:
        return self.set_steps(self._steps - 1)

    def reset(self) -> int:
        return self.set_steps(0)

    def adopt(self, root: QWidget) -> None:
        """Scale the monospaced fonts of a widget tree made at the base size."""
        if not self._steps:
            return
        ratio = self.point_size() / self._base
        for widget in [root, *root.findChildren(QWidget)]:
            if _has_explicit_size(widget) and widget.font().family() == self._fixed:
                _scale(widget, ratio)

    def watch(self, widget: QWidget) -> None:
        """Adopt the windows (dialogs) made with ``widget`` as their parent."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                self.adopt(child)
        return False


#: QFont::SizeResolved (PySide6 does not export QFont::ResolveProperties).
_SIZE_RESOLVED = 0x2


def _has_explicit_size(widget: QWidget) -> bool:
    return bool(widget.font().resolveMask() & _SIZE_RESOLVED)


def _scale(widget: QWidget, ratio: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(4.0, font.pointSizeF() * ratio))
    widget.setFont(font)
