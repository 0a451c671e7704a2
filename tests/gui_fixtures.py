"""Fixtures that open real main windows (create_main_window) on the test server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.helpers import WAIT, wait_connected
from zkinspector import settings as settings_module
from zkinspector.app import create_main_window
from zkinspector.settings import Key, Settings

__all__ = ["open_window", "window"]


@pytest.fixture
def open_window(qtbot):
    """Make main windows from command-line arguments; all are closed at the end.

    Not registered with qtbot: pytest-qt would close them before this teardown, and a
    save still in flight would make a window ask about unsaved changes.
    """
    windows = []

    def make(*args: str, connected: bool = True):
        win = create_main_window(["zkinspector", *args])
        windows.append(win)
        if connected:
            wait_connected(qtbot, win)
            qtbot.waitUntil(lambda: win.page.current_path() == "/", timeout=WAIT)
        return win

    yield make
    for win in windows:
        for dialog in win.findChildren(QDialog):
            dialog.close()
        for page in win.pages():
            page.dataPane.clear()
            page.session.shutdown(wait=True)
        win.close()
        win.deleteLater()
    # Closing saved the docks, splitters, columns, views...: the next test's window
    # starts as a new user's.
    settings = Settings()
    for key in vars(settings_module).values():
        if isinstance(key, Key):
            settings.remove(key)


@pytest.fixture
def window(open_window, zk_chroot):
    """A main window connected to this test's chroot, showing the root."""
    return open_window("--server", zk_chroot)
