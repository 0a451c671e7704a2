"""Syntax highlighting for the data editor: pygments lexers behind a QSyntaxHighlighter.

QSyntaxHighlighter works one line (block) at a time, while pygments lexers need the
whole text (a YAML block scalar or an XML comment spans lines). So the whole document is
lexed once after each pause in typing, the tokens are kept with their positions, and
``highlightBlock`` only looks up the tokens that fall on its line. Highlighting changes
formats only, never the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate

from pygments.lexer import Lexer
from pygments.lexers import DiffLexer, JsonLexer, XmlLexer, YamlLexer
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from .theme import is_dark, notifier

__all__ = ["LANGUAGES", "MAX_HIGHLIGHT_CHARS", "PygmentsHighlighter"]

LANGUAGES: dict[str, type[Lexer]] = {
    "json": JsonLexer,
    "xml": XmlLexer,
    "yaml": YamlLexer,
    "diff": DiffLexer,
}
"""Language names the highlighter knows, with their pygments lexers."""

MAX_HIGHLIGHT_CHARS = 300_000
"""Longer texts are shown plain: lexing them would make typing lag."""

LIGHT_STYLE = "default"
DARK_STYLE = "monokai"


@cache
def _formats(style_name: str) -> dict[_TokenType, QTextCharFormat]:
    """QTextCharFormats for every token type the pygments style gives a look to."""
    style = get_style_by_name(style_name)
    formats: dict[_TokenType, QTextCharFormat] = {}
    for token, spec in style:
        fmt = QTextCharFormat()
        if spec["color"]:
            fmt.setForeground(QColor("#" + spec["color"]))
        if spec["bold"]:
            fmt.setFontWeight(QFont.Weight.Bold)
        if spec["italic"]:
            fmt.setFontItalic(True)
        if spec["underline"]:
            fmt.setFontUnderline(True)
        if spec["bgcolor"] and style_name == "default":
            fmt.setBackground(QColor("#" + spec["bgcolor"]))
        if fmt.properties():
            formats[token] = fmt
    return formats


class PygmentsHighlighter(QSyntaxHighlighter):
    """Highlights a QTextDocument with a pygments lexer; ``set_language(None)`` turns it off."""

    DELAY_MS = 150

    def __init__(self, document: QTextDocument, language: str | None = None) -> None:
        super().__init__(document)
        self._language: str | None = None
        self._lexer: Lexer | None = None
        self._starts: list[int] = []  # token start positions (UTF-16 units), sorted
        self._ends: list[int] = []
        self._formats: list[QTextCharFormat] = []
        self._too_long = False
        self._style = LIGHT_STYLE
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.relex)
        document.contentsChange.connect(self._on_contents_change)
        notifier().changed.connect(self._on_theme_changed)  # light or dark token colours
        self.set_language(language)

    def language(self) -> str | None:
        """The language highlighted now ("json", "xml", "yaml", "diff"), or None."""
        return self._language

    def is_active(self) -> bool:
        """True if the text is highlighted now (a language is set and the text not too long)."""
        return self._lexer is not None and not self._too_long

    def set_language(self, language: str | None) -> None:
        """Highlight as ``language`` (a key of LANGUAGES) from now on; None for plain text."""
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"Unknown language {language!r}")
        if language == self._language and self._lexer is not None:
            return
        self._language = language
        self._lexer = (
            LANGUAGES[language](stripnl=False, ensurenl=False) if language is not None else None
        )
        self.relex()

    def format_at(self, position: int) -> QTextCharFormat | None:
        """The format of the token covering document position (tests, tooltips), or None."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self._ends[index]:
            return self._formats[index]
        return None

    def relex(self) -> None:
        """Lex the whole document again and repaint it."""
        self._timer.stop()
        self._starts, self._ends, self._formats = [], [], []
        document = self.document()
        self._too_long = False
        if self._lexer is not None and document is not None:
            text = document.toRawText().replace("\u2029", "\n")
            if len(text) > MAX_HIGHLIGHT_CHARS:
                self._too_long = True
            else:
                self._lex(text)
        self.rehighlight()

    def _lex(self, text: str) -> None:
        assert self._lexer is not None
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
        self._style = DARK_STYLE if is_dark(palette) else LIGHT_STYLE
        formats = _formats(self._style)
        # Qt counts positions in UTF-16 units, Python in code points.
        if any(ord(c) > 0xFFFF for c in text):
            units = [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]
        else:
            units = None
        cached: dict[_TokenType, QTextCharFormat | None] = {}
        for index, token, value in self._lexer.get_tokens_unprocessed(text):
            if token not in cached:
                found = token
                while found not in formats and found.parent is not None:
                    found = found.parent
                cached[token] = formats.get(found)
            fmt = cached[token]
            if fmt is None or not value:
                continue
            end = index + len(value)
            if units is not None:
                index, end = units[index], units[end]
            self._starts.append(index)
            self._ends.append(end)
            self._formats.append(fmt)

    def _on_theme_changed(self) -> None:
        if self._lexer is not None:
            self.relex()

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if self._lexer is not None and (removed or added):
            self._timer.start()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        """Apply the stored tokens that fall on this block."""
        if not self._starts:
            return
        block = self.currentBlock()
        start = block.position()
        end = start + len(text.encode("utf-16-le")) // 2
        first = max(0, bisect_left(self._ends, start + 1))
        for i in range(first, len(self._starts)):
            token_start = self._starts[i]
            if token_start >= end:
                break
            token_end = self._ends[i]
            begin = max(token_start, start)
            self.setFormat(begin - start, min(token_end, end) - begin, self._formats[i])
