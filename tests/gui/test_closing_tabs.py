"""Closing a tab lets go of its connection everywhere: the node clipboard, the compare
panel and the session's worker threads do not keep the closed page alive or broken."""

from __future__ import annotations

import gc
import weakref

import shiboken6

from tests.gui.test_transfer import open_tab
from tests.helpers import WAIT, select
from zkinspector.models.compare import REMOVED


def _close(qtbot, window, page) -> weakref.ref:
    """Close ``page``'s tab and wait until Qt deleted it; a weak reference to the page."""
    ref = weakref.ref(page)
    window.close_page(page)
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=WAIT)
    return ref


def test_copy_works_after_the_tab_copied_from_was_closed(qtbot, window, zk_chroot, zk_client):
    zk_client.create("/a/x", b"1", makepath=True)
    zk_client.create("/b/y", b"2", makepath=True)
    first = window.page
    second = open_tab(qtbot, window, zk_chroot)
    select(qtbot, window, "/a")
    second.tree.setFocus()
    window.actions.actionCopyNode.trigger()
    clipboard = window.transfers.clipboard
    assert clipboard.paths == ["/a"] and clipboard.session is second.session
    closed_session = second.session
    del second
    _close(qtbot, window, window.page)
    # Nothing of the closed connection is kept: no paste from it, no session held.
    assert clipboard.session is None and clipboard.paths == []
    assert not window.actions.actionPasteNode.isEnabled()
    # Its worker threads end with the tab, not whenever the session is collected.
    workers = closed_session._jobs._pool._threads  # (the session's thread pool)
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in workers), timeout=WAIT)

    assert window.page is first
    select(qtbot, window, "/b")
    first.tree.setFocus()
    window.actions.actionCopyNode.trigger()  # raised "Signal source has been deleted"
    assert clipboard.paths == ["/b"] and clipboard.session is first.session
    assert clipboard.ready()
    assert window.actions.actionPasteNode.isEnabled()


def test_compare_panel_lets_go_of_a_closed_tab(qtbot, window, zk_chroot, zk_client):
    zk_client.create("/left/only-left", b"l", makepath=True)
    zk_client.create("/right/only-right", b"r", makepath=True)
    first = window.page
    second = open_tab(qtbot, window, zk_chroot)
    panel = window.transfers.comparePanel
    window.transfers.compare((second, "/left"), (first, "/right"))
    qtbot.waitUntil(lambda: not panel.is_running() and len(panel.model) == 2, timeout=WAIT)
    removed = next(r for r in range(len(panel.model)) if panel.model.row(r).status == REMOVED)
    history = weakref.ref(second.history)
    del second
    ref = _close(qtbot, window, window.page)

    # A row of the closed side: double-clicking it says so instead of failing.
    panel.view.activated.emit(panel.model.index(removed, 0))
    assert "closed" in panel.statusLabel.text()
    assert not panel.againButton.isEnabled()
    assert not panel.applyAllButton.isEnabled()
    assert window.page is first and first.current_path() == "/"
    # The closed page and what it held (the node history, up to its megabytes) are gone.
    gc.collect()
    assert ref() is None
    assert history() is None
