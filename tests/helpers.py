"""Small helpers shared by the GUI tests: connect a session, read what the tree shows."""

from __future__ import annotations

import os
import select as _select
import threading
import time

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.connstr import build_params
from zkinspector.zk.session import CONNECTED, ZkSession

WAIT = 15_000  # ms: generous, the machine may be busy; tests wait for events, never sleep


def until(condition, timeout: float = WAIT / 1000, every: float = 0.05) -> bool:
    """Poll ``condition()`` until it is true (True) or ``timeout`` seconds passed (False):
    for state outside the app that sends no event (a server's connection count, a
    process starting to listen)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() >= deadline:
            return False
        pause.wait(every)
    return True


def connect(qtbot, session: ZkSession, connect_string: str, **kwargs) -> None:
    """Connect `session` and wait until it is up."""
    with qtbot.waitSignal(session.connected, timeout=WAIT):
        session.connect_to(build_params(connect_string, **kwargs))
    assert session.state == CONNECTED


def shown_children(model: ZnodeTreeModel, path: str) -> list[str] | None:
    """Names the model shows under `path` (column 0 display text), None if not loaded."""
    index = model.index_of_path(path)
    if not index.isValid():
        return None
    node = model.find(path)
    if node is None or node.children is None:
        return None
    return [model.index(r, 0, index).data() for r in range(model.rowCount(index))]


def expand(qtbot, model: ZnodeTreeModel, path: str, expected: list[str] | None = None) -> None:
    """Ask the model for `path`'s children (as the view does on expand) and wait for them."""
    qtbot.waitUntil(lambda: model.index_of_path(path).isValid(), timeout=WAIT)
    index = model.index_of_path(path)
    if model.canFetchMore(index):
        model.fetchMore(index)
    if expected is None:
        qtbot.waitUntil(
            lambda: shown_children(model, path) is not None and not model.is_busy(), timeout=WAIT
        )
    else:
        qtbot.waitUntil(lambda: shown_children(model, path) == expected, timeout=WAIT)


def root_index(model: ZnodeTreeModel) -> QModelIndex:
    return model.index(0, 0)


def wait_connected(qtbot, win) -> None:
    """Wait until the window's status bar says Connected."""
    status = win.findChild(QLabel, "connectionStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Connected"), timeout=WAIT)


def select(qtbot, win, path: str) -> None:
    """Select `path` in the tree and wait until its panes show it."""
    win.page.reveal(path)
    qtbot.waitUntil(lambda: win.page.current_path() == path, timeout=WAIT)
    qtbot.waitUntil(
        lambda: (
            win.page.selected.snapshot is not None
            and win.page.selected.snapshot.path == path
            and win.page.dataPane.path() == path
        ),
        timeout=WAIT,
    )


def visible(win, cls, name: str):
    """The visible dialog or message box of that class and objectName, or None."""
    for widget in win.findChildren(cls, name):
        if widget.isVisible():
            return widget
    return None


def wait_visible(qtbot, win, cls, name: str):
    """Wait for a dialog to show and return it."""
    qtbot.waitUntil(lambda: visible(win, cls, name) is not None, timeout=WAIT)
    return visible(win, cls, name)


def editor_text(win) -> str:
    return win.findChild(QPlainTextEdit, "dataEditor").toPlainText()


def type_text(win, text: str) -> None:
    """Replace the editor's text as a user would (an edit, unlike setPlainText)."""
    editor = win.findChild(QPlainTextEdit, "dataEditor")
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText(text)


def pid_gone(pid: int, timeout: float = 10.0) -> bool:
    """True once process ``pid`` has exited (waits on a pidfd, no polling)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = _select.select([fd], [], [], timeout)
        return bool(readable)
    finally:
        os.close(fd)
