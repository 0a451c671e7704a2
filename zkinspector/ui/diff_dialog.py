""" "Show differences": the user's unsaved text against the data now on the server.

Read-only: the dialog changes nothing. Unified (``diff -u`` style, highlighted) or side
by side (the two texts aligned line by line, changed lines tinted).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .highlight import PygmentsHighlighter

__all__ = ["DiffDialog", "DiffStats", "side_by_side", "unified_diff"]

UNIFIED = "unified"
SIDE_BY_SIDE = "side-by-side"


@dataclass(frozen=True)
class DiffStats:
    """How many lines only the server has (removed by the user) and only the user has."""

    removed: int
    added: int

    @property
    def same(self) -> bool:
        return self.removed == 0 and self.added == 0


def _lines(text: str) -> list[str]:
    return text.split("\n") if text else []


def unified_diff(theirs: str, mine: str, *, theirs_name: str, mine_name: str) -> str:
    """A unified diff from the server's text to the user's, "" when they are equal."""
    diff = difflib.unified_diff(
        _lines(theirs), _lines(mine), fromfile=theirs_name, tofile=mine_name, lineterm="", n=3
    )
    return "\n".join(diff)


def side_by_side(theirs: str, mine: str) -> tuple[list[str], list[str], list[str], DiffStats]:
    """Align the two texts: (left lines, right lines, row kinds, stats).

    Both line lists have the same length; a row kind is "equal", "replace", "delete"
    (only on the left, the server) or "insert" (only on the right, the user's text).
    A missing line is "".
    """
    a, b = _lines(theirs), _lines(mine)
    left: list[str] = []
    right: list[str] = []
    kinds: list[str] = []
    removed = added = 0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=len(a) + len(b) > 20_000)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = a[i1:i2], b[j1:j2]
        if tag != "equal":
            removed += len(old)
            added += len(new)
        rows = max(len(old), len(new))
        for k in range(rows):
            left.append(old[k] if k < len(old) else "")
            right.append(new[k] if k < len(new) else "")
            if tag == "equal":
                kinds.append("equal")
            elif k < len(old) and k < len(new):
                kinds.append("replace")
            elif k < len(old):
                kinds.append("delete")
            else:
                kinds.append("insert")
    return left, right, kinds, DiffStats(removed, added)


class DiffDialog(QDialog):
    """Shows how the user's text (``mine``) differs from the server's (``theirs``).

    ``names`` (the two sides' names, ``theirs`` first) and ``intro`` compare two other
    texts, such as two values of a node seen at different times.
    """

    def __init__(
        self,
        path: str,
        mine: str,
        theirs: str,
        parent: QWidget | None = None,
        *,
        note: str = "",
        names: tuple[str, str] | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.setWindowTitle(self.tr("Differences — %s") % path)
        self._mine = mine
        self._theirs = theirs
        self._names = names

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        left, right, kinds, self._stats = side_by_side(theirs, mine)

        intro = QLabel(
            intro
            or self.tr(
                "Your unsaved text for %s compared with the data on the server now. "
                "Lines starting with - are only on the server, + only in your text."
            )
            % path,
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self._summary = QLabel(self._summary_text(note), self)
        self._summary.setObjectName("diffSummaryLabel")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)

        self._mode_combo = QComboBox(self)
        self._mode_combo.setObjectName("diffModeCombo")
        self._mode_combo.addItem(self.tr("Unified"), UNIFIED)
        self._mode_combo.addItem(self.tr("Side by side"), SIDE_BY_SIDE)
        mode_label = QLabel(self.tr("&Show:"), self)
        mode_label.setBuddy(self._mode_combo)

        self._unified = QPlainTextEdit(self)
        self._unified.setObjectName("diffUnifiedView")
        self._unified.setReadOnly(True)
        self._unified.setFont(mono)
        self._unified.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._unified.setPlainText(
            unified_diff(
                theirs,
                mine,
                theirs_name=names[0] if names else self.tr("on the server"),
                mine_name=names[1] if names else self.tr("your text"),
            )
        )
        self._unified.setPlaceholderText(self.tr("No differences."))
        self._diff_highlighter = PygmentsHighlighter(self._unified.document(), "diff")

        self._left = self._side_view("diffServerView", left, kinds, "delete", mono)
        self._right = self._side_view("diffMineView", right, kinds, "insert", mono)
        self._left.verticalScrollBar().valueChanged.connect(
            self._right.verticalScrollBar().setValue
        )
        self._right.verticalScrollBar().valueChanged.connect(
            self._left.verticalScrollBar().setValue
        )
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.setChildrenCollapsible(False)
        titles = names or (self.tr("On the server"), self.tr("Your text"))
        for title, view in zip(titles, (self._left, self._right), strict=True):
            box = QWidget(sides)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title, box)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            box_layout.addWidget(heading)
            box_layout.addWidget(view)
            sides.addWidget(box)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._unified)
        self._stack.addWidget(sides)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("diffButtonBox")
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(self._summary, 1)
        top.addWidget(mode_label)
        top.addWidget(self._mode_combo)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        layout.addWidget(buttons)

        self._mode_combo.currentIndexChanged.connect(self._stack.setCurrentIndex)
        self.resize(820, 520)

    # ----------------------------------------------------------------- public API

    def stats(self) -> DiffStats:
        """Lines only on the server (removed) and only in the user's text (added)."""
        return self._stats

    def summary(self) -> str:
        """The summary line shown above the differences."""
        return self._summary.text()

    def unified_text(self) -> str:
        """The unified diff shown ("" when the texts are equal)."""
        return self._unified.toPlainText()

    def side_texts(self) -> tuple[str, str]:
        """The aligned (server, user) texts of the side-by-side view."""
        return self._left.toPlainText(), self._right.toPlainText()

    def set_mode(self, mode: str) -> None:
        """Show the UNIFIED ("unified") or SIDE_BY_SIDE ("side-by-side") view."""
        self._mode_combo.setCurrentIndex(self._mode_combo.findData(mode))

    # ----------------------------------------------------------------- internals

    def _summary_text(self, note: str) -> str:
        removed, added = self._stats.removed, self._stats.added
        if self._stats.same:
            if self._names:
                text = self.tr("No differences.")
            else:
                text = self.tr("No differences: your text matches the server's data.")
        elif self._names:
            theirs, mine = self._names
            only = self.tr("%Ln line(s) only in %1", "", removed).replace("%1", theirs)
            also = self.tr("%Ln line(s) only in %1", "", added).replace("%1", mine)
            text = self.tr("%s, %s.") % (only, also)
        else:
            server = self.tr("%Ln line(s) only on the server", "", removed)
            yours = self.tr("%Ln line(s) only in your text", "", added)
            text = self.tr("%s, %s.") % (server, yours)
        return f"{text} {note}".strip()

    def _side_view(
        self, name: str, lines: list[str], kinds: list[str], own: str, font
    ) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setFont(font)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setPlainText("\n".join(lines))
        dark = view.palette().color(QPalette.ColorRole.Base).lightness() < 128
        own_shades = ("#6b2b2b", "#ffd7d5") if own == "delete" else ("#1f4d2b", "#d4f5dc")
        shades = {"replace": ("#5c4b1a", "#fff3c4"), own: own_shades}
        blank = ("#3a3a3a", "#eeeeee")  # rows where only the other side has a line
        selections = []
        document = view.document()
        for row, kind in enumerate(kinds):
            if kind == "equal":
                continue
            colour = QColor(shades.get(kind, blank)[0 if dark else 1])
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(colour)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(document.findBlockByNumber(row))
            cursor.clearSelection()
            selection.cursor = cursor
            selections.append(selection)
            if len(selections) > 20_000:
                break
        view.setExtraSelections(selections)
        return view
