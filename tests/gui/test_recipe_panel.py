"""The Recipes panel in the real window, on kazoo's recipes run by other clients, live."""

from __future__ import annotations

import contextlib
import threading

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from tests.helpers import WAIT, expand, select, shown_children
from tests.recipe_helpers import Background, lock_line
from zkinspector.models.tree import RecipeRole
from zkinspector.ui.recipe_panel import _KINDS, RecipePanel
from zkinspector.ui.tree_badges import TreeBadgeDelegate, tooltip
from zkinspector.zk import recipes as r


@pytest.fixture
def others(kazoo_client, zk_chroot):
    """Three other sessions on the test's chroot: the recipe's clients."""
    return [kazoo_client(zk_chroot) for _ in range(3)]


def open_panel(qtbot, win) -> RecipePanel:
    dock = win.findChild(QDockWidget, "recipePanel")
    if not dock.isVisible():  # (the last window's layout is restored: it may be shown)
        win.findChild(QAction, "actionRecipePanel").trigger()
    qtbot.waitUntil(dock.isVisible, timeout=WAIT)
    return dock.widget()


def shows(qtbot, panel: RecipePanel, *words: str) -> None:
    qtbot.waitUntil(lambda: all(w in panel.text() for w in words), timeout=WAIT)


def test_lock_handed_over_changes_the_holder(qtbot, window, others) -> None:
    a, b, _ = others
    lock_a = a.Lock("/locks/res", "alice")
    assert lock_a.acquire(timeout=10)
    lock_b = b.Lock("/locks/res", "bob")
    waiting = threading.Thread(target=lambda: lock_b.acquire(timeout=30))
    waiting.start()
    try:
        panel = open_panel(qtbot, window)
        select(qtbot, window, "/locks/res")
        shows(qtbot, panel, "Lock", "the layout matches kazoo Lock exactly", "Held by alice")
        shows(qtbot, panel, "1 waiting.", "bob")
        lock_a.release()  # bob's turn: the panel follows without a click
        shows(qtbot, panel, "Held by bob", "0 waiting.")
        assert "alice" not in panel.text()
    finally:
        lock_b.cancel()
        waiting.join(10)


def test_election_queue_and_party_live(qtbot, window, others) -> None:
    a, b, c = others
    done = threading.Event()
    election = a.Election("/servers/election", "node-a")
    running = threading.Thread(target=lambda: election.run(done.wait))
    running.start()
    try:
        panel = open_panel(qtbot, window)
        select(qtbot, window, "/servers/election")
        shows(qtbot, panel, "Election", "Leader: node-a")
        done.set()  # the leader steps down
        shows(qtbot, panel, "No leader now.", "name pattern only")
    finally:
        done.set()
        running.join(10)

    queue = b.Queue("/queue")
    queue.put(b"resize image 17")
    queue.put(b"send mail 42")
    select(qtbot, window, "/queue")
    shows(qtbot, panel, "Queue", "2 items.", "Head: resize image 17")
    assert queue.get() == b"resize image 17"
    shows(qtbot, panel, "1 item.", "Head: send mail 42")

    party_c = c.Party("/party", "worker-c")
    party_c.join()
    select(qtbot, window, "/party")
    shows(qtbot, panel, "Party", "1 member: worker-c.")
    a.Party("/party", "worker-a").join()
    shows(qtbot, panel, "2 members: worker-c, worker-a.")
    party_c.leave()
    shows(qtbot, panel, "1 member: worker-a.")


def test_a_participant_node_shows_its_recipe(qtbot, window, others) -> None:
    a, _, _ = others
    with contextlib.ExitStack() as stack:
        lock = a.Lock("/locks/res", "alice")
        assert lock.acquire(timeout=10)
        stack.callback(lock.release)
        node = a.get_children("/locks/res")[0]
        panel = open_panel(qtbot, window)
        select(qtbot, window, f"/locks/res/{node}")
        shows(qtbot, panel, "Held by alice", f"The selected node {node} is a part of the recipe")
        select(qtbot, window, "/locks")
        shows(qtbot, panel, "/locks is not part of a recipe")


def test_badge_and_sequence_order_in_the_tree(qtbot, window, others) -> None:
    runner = Background()
    try:
        lock_line(others, "/locks/res", runner)
        expand(qtbot, window.page.model, "/")
        expand(qtbot, window.page.model, "/locks")
        expand(qtbot, window.page.model, "/locks/res")
        model = window.page.model
        index = model.index_of_path("/locks/res")
        qtbot.waitUntil(lambda: index.data(RecipeRole) == "Lock", timeout=WAIT)
        assert isinstance(window.page.tree.itemDelegateForColumn(0), TreeBadgeDelegate)
        tip = tooltip(index)
        assert "Recipe: Lock." in tip and "lowest sequence number holds the lock" in tip
        rows = shown_children(model, "/locks/res")
        holder = others[0].get(f"/locks/res/{rows[0]}")[0]
        assert holder == b"client-0"  # the holder is the first row (sequence order)
        child = model.index_of_path(f"/locks/res/{rows[1]}")
        assert "Ephemeral and sequential" in tooltip(child)
        assert child.data(RecipeRole) is None
    finally:
        runner.close()


def test_every_kind_has_a_word_to_translate() -> None:
    kinds = {
        v for k, v in vars(r).items() if k.isupper() and isinstance(v, str) and v[:1].isupper()
    }
    kinds -= {r.KAZOO, r.CURATOR}
    assert set(_KINDS) == kinds


@pytest.mark.parametrize("height", [140, 500])
def test_a_short_panel_scrolls_instead_of_laying_texts_over_the_table(qtbot, height) -> None:
    panel = RecipePanel()
    qtbot.addWidget(panel)
    panel.show_view(None)
    panel.resize(300, height)
    panel.show()
    qtbot.waitExposed(panel)
    summary, table, note = panel.summary, panel.entries, panel.note
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()), timeout=WAIT)
    assert summary.geometry().bottom() < table.geometry().top()
    assert table.geometry().bottom() < note.geometry().top()
