"""The interface's language: which one, and Qt's and zkinspector's catalogues for it.

The language comes from ``--lang``, else from the settings (View > Language), else from
the locale: Portuguese locales get European Portuguese, every other one English (so
``LANG=C`` is English). Catalogues are ``resources/translations/zkinspector_<lang>.qm``
(built from the ``.ts`` sources by ``make translations``), with Qt's own strings from
Qt's ``qt_pt_PT.qm`` and our ``qtbase_pt_PT.qm`` (the button and context-menu texts that
Qt ships no European Portuguese for).

``pseudo`` is a pseudo-language for testing layouts: every text ~40 % longer, its
letters accented, the placeholders kept.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "LANGUAGES",
    "PSEUDO",
    "choose_language",
    "install_translations",
    "language_from_locale",
    "normalise_language",
    "pseudo_text",
]

#: The languages offered, by code, with their own names (not translated: a user finds
#: their language by the name they read).
LANGUAGES = {"en": "English", "pt_PT": "Português (Portugal)"}
PSEUDO = "pseudo"
CATALOGUE = "zkinspector"


def normalise_language(name: str) -> str:
    """``pt``, ``pt-PT``, ``pt_BR``... -> ``pt_PT``; ``en_GB``, ``C`` -> ``en``.

    Raises ValueError for a language zkinspector has no translation for.
    """
    code = name.strip().replace("-", "_")
    base = code.split("_")[0].split(".")[0].lower()
    if code.lower() == PSEUDO:
        return PSEUDO
    if base == "pt":
        return "pt_PT"
    if base in ("en", "c", "posix"):
        return "en"
    raise ValueError(f"no translation for {name!r}; choose one of {', '.join(LANGUAGES)}")


def language_from_locale(locale: QLocale) -> str:
    """The language to show for a locale: its first UI language we have, else English."""
    for name in locale.uiLanguages():
        try:
            return normalise_language(name)
        except ValueError:
            continue
    return "en"


def choose_language(option: str | None, saved: str) -> str:
    """--lang wins, then the saved choice ("" = follow the system), then the locale."""
    for wanted in (option, saved):
        if wanted:
            try:
                return normalise_language(wanted)
            except ValueError:
                continue
    return language_from_locale(QLocale.system())


_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str, directory: Path) -> list:
    """Install Qt's and zkinspector's catalogues for ``language``; returns the translators.

    Catalogues installed by an earlier call are removed first. For Portuguese the
    default QLocale becomes pt_PT too (numbers as 1 234 567,5).
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
    installed = _installed

    def add(translator: QTranslator) -> None:
        app.installTranslator(translator)
        installed.append(translator)

    def load(name: str, where: Path | str) -> QTranslator | None:
        translator = QTranslator(app)
        return translator if translator.load(name, str(where)) else None

    code = "en" if language == PSEUDO else language
    if code != "en":
        QLocale.setDefault(QLocale(code))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's older full catalogue first, then our own fixes of the newer strings.
        for name, where in ((f"qt_{code}", qt_dir), (f"qtbase_{code}", directory)):
            found = load(name, where)
            if found is not None:
                add(found)
    ours = load(f"{CATALOGUE}_{code}", directory)
    if language == PSEUDO:
        add(PseudoTranslator(ours, app))
    elif ours is not None:
        add(ours)
    return list(installed)


# -- pseudo-translation ----------------------------------------------------------------

#: Placeholders, markup and accelerators that must come through a translation unchanged.
_KEEP = re.compile(
    r"%L?n|%L?\d|%[sdf]|%\([A-Za-z_]+\)[sdf]|\{[^{}]*\}|<[^>]*>|&[A-Za-z]+;|&&|&(?=\w)"
)
_ACCENTED = str.maketrans(
    "aeiouAEIOUcnyCNY",
    "àéîõüÀÉÎÕÜçñýÇÑÝ",
)
_PAD = "~·~·"  # Latin-1: no fallback font with other line heights
#: Contexts whose texts Qt parses back (key names, the layout direction), left alone.
_PSEUDO_SKIP = {"QShortcut", "QKeySequence", "QGuiApplication"}


def pseudo_text(text: str, grow: float = 0.4) -> str:
    """``text`` with accented letters and each line ~``grow`` longer, placeholders kept."""
    if not text:
        return text
    lines = []
    for line in text.split("\n"):
        out: list[str] = []
        visible = 0
        last = 0
        for match in _KEEP.finditer(line):
            plain = line[last : match.start()]
            out.append(plain.translate(_ACCENTED))
            visible += len(plain)
            out.append(match.group())
            last = match.end()
        tail = line[last:]
        out.append(tail.translate(_ACCENTED))
        visible += len(tail)
        pad = math.ceil(visible * grow)
        if pad:
            out.append((_PAD * (pad // len(_PAD) + 1))[:pad])
        lines.append("".join(out))
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Pseudo-translates every text (ours after the English catalogue, and Qt's)."""

    def __init__(self, inner: QTranslator | None, parent=None) -> None:
        super().__init__(parent)
        self._inner = inner

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        if not source_text or context in _PSEUDO_SKIP:
            return None  # not translated here (an empty string would be a translation)
        text = ""
        if self._inner is not None:
            text = self._inner.translate(context, source_text, disambiguation, n)
        return pseudo_text(text or source_text)
