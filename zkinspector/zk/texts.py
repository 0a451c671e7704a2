"""Translating the sentences zk/ gives the user, without making zk/ depend on Qt.

In the window Qt is loaded and its translators installed: a text comes back translated.
The command line (``zkinspector export`` ...) never loads Qt; there a text stays as it is
(English). lupdate finds the texts by the name ``translate`` with a literal context and
text, as for Qt's own function.
"""

from __future__ import annotations

import sys

__all__ = ["some_paths", "translate"]


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``QCoreApplication.translate(context, text)`` when Qt is loaded, else ``text``."""
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return text
    return core.QCoreApplication.translate(context, text, disambiguation)


def some_paths(paths: list[str], shown: int = 5) -> str:
    """The first ``shown`` paths, comma-separated, and how many more there are."""
    text = ", ".join(paths[:shown])
    if len(paths) <= shown:
        return text
    return translate("zk.texts", "{0} and {1} more").format(text, len(paths) - shown)
