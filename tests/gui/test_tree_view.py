"""The tree in the real window: filter box, orders of children, elided names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QTreeView

from tests.helpers import WAIT, select, shown_children, visible
from zkinspector import settings as prefs
from zkinspector.zk.order import BY_NAME, BY_SEQUENCE


@pytest.fixture
def remembered_order():
    """Put the remembered order back to name order after the test."""
    yield
    prefs.Settings().set(prefs.TREE_ORDER, BY_NAME)


def expand_path(qtbot, win, path: str, count: int) -> None:
    """Expand ``path`` in the view and wait for its ``count`` rows."""
    model, tree = win.page.model, win.page.tree
    qtbot.waitUntil(lambda: model.index_of_path(path).isValid(), timeout=WAIT)
    tree.expand(model.index_of_path(path))
    qtbot.waitUntil(lambda: len(shown_children(model, path) or []) == count, timeout=WAIT)


def visible_names(win, path: str) -> list[str]:
    """The names the tree shows under ``path``: its rows the filter does not hide."""
    model, tree = win.page.model, win.page.tree
    parent = model.index_of_path(path)
    return [
        model.index(r, 0, parent).data()
        for r in range(model.rowCount(parent))
        if not tree.isRowHidden(r, parent)
    ]


@pytest.mark.parametrize("fold_rows", [1, 5000], ids=["folded-meanwhile", "in-place"])
def test_filter_narrows_loaded_rows_and_clearing_restores_them(
    qtbot, window, zk_client, monkeypatch, fold_rows
):
    # Nodes where the filter changes many rows are collapsed while it is applied: with
    # fold_rows=1 every node is, and expansion, selection and the view come back.
    from zkinspector.ui import tree_pane

    monkeypatch.setattr(tree_pane, "FOLD_ROWS", fold_rows)
    for path in ("/app/locks/job-lock", "/app/config/db", "/app/config/cache", "/other/x"):
        zk_client.create(path, makepath=True)
    expand_path(qtbot, window, "/", 2)
    expand_path(qtbot, window, "/app", 2)
    expand_path(qtbot, window, "/app/config", 2)
    expand_path(qtbot, window, "/app/locks", 1)
    expand_path(qtbot, window, "/other", 1)
    select(qtbot, window, "/app/config/db")
    edit = window.findChild(QLineEdit, "treeFilterEdit")
    assert edit is window.page.treePane.filterEdit

    window.actions.actionFilterTree.trigger()
    qtbot.keyClicks(edit, "LOCK")  # case does not matter
    qtbot.waitUntil(lambda: window.page.treePane.filter_text() == "lock", timeout=WAIT)
    assert visible_names(window, "/") == ["app"]
    assert visible_names(window, "/app") == ["locks"]  # an ancestor of a match stays
    assert visible_names(window, "/app/locks") == ["job-lock"]
    assert window.page.model.index(0, 0).data() == "/"  # the root always stays
    assert window.page.current_path() == "/app/config/db"  # (hidden, still selected)

    # A node revealed (a search result, a typed path) is shown though the filter hides it.
    window.page.reveal("/app/config/db")
    qtbot.waitUntil(lambda: "db" in visible_names(window, "/app/config"), timeout=WAIT)
    assert "config" in visible_names(window, "/app")

    # Live changes follow the filter: a new match shows with its hidden ancestors, others
    # stay hidden (/other is loaded: its children watch tells of the new child).
    zk_client.create("/other/padlock")
    zk_client.create("/app/config/cache-lock-free")
    zk_client.create("/app/locks/unrelated")
    qtbot.waitUntil(lambda: "other" in visible_names(window, "/"), timeout=WAIT)
    qtbot.waitUntil(
        lambda: visible_names(window, "/app/config") == ["cache-lock-free", "db"], timeout=WAIT
    )
    qtbot.waitUntil(lambda: len(shown_children(window.page.model, "/app/locks")) == 2, timeout=WAIT)
    assert visible_names(window, "/app/locks") == ["job-lock"]
    assert visible_names(window, "/app") == ["config", "locks"]

    edit.clear()
    qtbot.waitUntil(lambda: window.page.treePane.filter_text() == "", timeout=WAIT)
    assert visible_names(window, "/") == ["app", "other"]
    assert visible_names(window, "/app/config") == ["cache", "cache-lock-free", "db"]
    tree = window.page.tree
    for path in ("/app", "/app/config", "/app/locks"):
        assert tree.isExpanded(window.page.model.index_of_path(path)), path
    assert window.page.current_path() == "/app/config/db"
    assert tree.updatesEnabled()


def test_sort_by_sequence_from_the_view_menu_is_remembered(
    qtbot, open_window, zk_chroot, zk_client, remembered_order
):
    zk_client.create("/election")
    made = [
        zk_client.create(f"/election/{p}", sequence=True).rsplit("/", 1)[1]
        for p in ("ff01-n_", "aa02-n_", "c3-n_")
    ]
    win = open_window("--server", zk_chroot)
    expand_path(qtbot, win, "/", 1)
    expand_path(qtbot, win, "/election", 3)
    assert shown_children(win.page.model, "/election") == sorted(made)
    menu = win.findChild(type(win.viewMenu), "sortChildrenMenu")
    assert win.actions.actionSortBySequence in menu.actions()
    # The tree header's context menu offers the same orders.
    header = win.page.tree.header()
    header.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: visible(win.page.treePane, QMenu, "") is not None, timeout=WAIT)
    popup = visible(win.page.treePane, QMenu, "")
    assert win.actions.actionSortBySequence in popup.actions()
    popup.close()
    win.actions.actionSortBySequence.trigger()
    qtbot.waitUntil(lambda: shown_children(win.page.model, "/election") == made, timeout=WAIT)
    win.close()

    again = open_window("--server", zk_chroot)
    assert again.actions.actionSortBySequence.isChecked()
    assert again.page.model.order() == BY_SEQUENCE
    expand_path(qtbot, again, "/", 1)
    expand_path(qtbot, again, "/election", 3)
    assert shown_children(again.page.model, "/election") == made


def test_long_names_are_elided_in_the_middle(window):
    tree = window.findChild(QTreeView, "nodeTree")
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
