"""How a profile's colour marks its connection: a swatch, a coloured tab, a status badge.

So a production cluster is recognisable at a glance: its tab carries a swatch and a
coloured bar under its text (:class:`ColourTabBar`), and while it is the current tab
the status bar shows the profile's name on its colour (``profileBadge``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QTabBar, QWidget

__all__ = ["PRESET_COLOURS", "ColourTabBar", "ProfileBadge", "swatch_icon", "text_colour"]

#: Colours offered for profiles: (colour, name to translate).
PRESET_COLOURS: tuple[tuple[str, str], ...] = (
    ("#d32f2f", "Red"),
    ("#f57c00", "Orange"),
    ("#fbc02d", "Yellow"),
    ("#388e3c", "Green"),
    ("#1976d2", "Blue"),
    ("#7b1fa2", "Purple"),
    ("#616161", "Grey"),
)

_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 7  # (tab data) the tab's colour, "" for none


@cache
def swatch_icon(colour: str, size: int = 14) -> QIcon:
    """A small rounded square of ``colour`` (an empty, transparent one for "")."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if colour:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colour).darker(140))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
        painter.end()
    return QIcon(pixmap)


def text_colour(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    c = QColor(colour)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return "#000000" if luminance > 150 else "#ffffff"


class ColourTabBar(QTabBar):
    """A tab bar that draws a bar of each tab's colour along its bottom edge."""

    def set_tab_colour(self, index: int, colour: str) -> None:
        """Mark a tab with ``colour`` ("" removes the mark)."""
        if 0 <= index < self.count() and self.tab_colour(index) != colour:
            self.setTabData(index, colour)
            self.setTabIcon(index, swatch_icon(colour) if colour else QIcon())
            self.update()

    def tab_colour(self, index: int) -> str:
        data = self.tabData(index)
        return data if isinstance(data, str) else ""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        painter = QPainter(self)
        for index in range(self.count()):
            colour = self.tab_colour(index)
            if not colour:
                continue
            rect: QRect = self.tabRect(index)
            thickness = 4 if index == self.currentIndex() else 2
            painter.fillRect(
                rect.left() + 2,
                rect.bottom() - thickness + 1,
                rect.width() - 4,
                thickness,
                QColor(colour),
            )
        painter.end()


class ProfileBadge(QLabel):
    """The status bar's mark of the current tab's profile: its name on its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_profile(self, name: str, colour: str) -> None:
        """Show ``name`` on ``colour``; hidden without a colour."""
        if not colour:
            self.hide()
            self.setText("")
            return
        self.setText(name)
        self.setStyleSheet(
            f"QLabel {{ background: {colour}; color: {text_colour(colour)};"
            " border-radius: 3px; padding: 1px 8px; font-weight: bold; }"
        )
        self.setToolTip(self.tr("Profile %s") % name)
        self.show()
