"""The window fits a laptop's 1100×700 with every dock shown, in English and Portuguese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget

from tests.gui.test_desktop import english_after  # noqa: F401 (a fixture)


@pytest.mark.parametrize("lang", ["en", "pt_PT"])
def test_every_dock_shown_fits_1100_by_700(qtbot, open_window, english_after, lang):  # noqa: F811
    win = open_window("--lang", lang, connected=False)
    docks = win.findChildren(QDockWidget)
    assert {"transactionDock", "compareDock", "serverPanel", "eventLog", "searchDock"} <= {
        d.objectName() for d in docks
    }
    for dock in docks:
        dock.show()
    win.resize(1100, 700)
    qtbot.waitUntil(lambda: all(d.isVisible() for d in docks))
    hint = win.minimumSizeHint()
    assert hint.width() <= 1100 and hint.height() <= 700, hint
    assert win.width() <= 1100 and win.height() <= 700
    # The bottom docks share one place, as tabs: the current one has the window's width.
    assert len(win.tabifiedDockWidgets(win.searchDock)) == 4
