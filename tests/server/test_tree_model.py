"""The lazy, live tree model against a real ZooKeeper, checked by QAbstractItemModelTester."""

from __future__ import annotations

import gc
import random

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTreeView

from tests.helpers import WAIT, expand, shown_children
from zkinspector.models.tree import CHILDREN, INSERT_BATCH, row_changes
from zkinspector.zk import paths
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.reads import EAGER_STATS, sort_names


def test_root_row_is_slash_and_children_are_lazy(qtbot, plain_model, zk_client):
    model = plain_model
    zk_client.create("/a/x", makepath=True)
    zk_client.create("/b")
    root = model.index(0, 0)
    assert root.data() == "/"
    expand(qtbot, model, "/", ["a", "b"])
    # /a was listed by name only: its children are not asked for until it is expanded.
    assert model.find("/a").children is None
    assert model.hasChildren(model.index_of_path("/a"))
    expand(qtbot, model, "/a", ["x"])


def test_natural_order(qtbot, model, zk_client):
    names = ["p_0000000010", "p_0000000009", "n10", "n2", "n1", "B", "a"]
    tx = zk_client.transaction()
    for n in names:
        tx.create("/" + n)
    tx.commit()
    expand(qtbot, model, "/")
    qtbot.waitUntil(lambda: len(shown_children(model, "/")) == len(names), timeout=WAIT)
    shown = shown_children(model, "/")
    assert shown.index("p_0000000009") < shown.index("p_0000000010")
    assert shown.index("n1") < shown.index("n2") < shown.index("n10")


def test_child_count_column_and_ephemeral_kind(qtbot, model, zk_client):
    zk_client.create("/parent/c1", makepath=True)
    zk_client.create("/parent/c2")
    zk_client.create("/eph", ephemeral=True)
    expand(qtbot, model, "/")
    qtbot.waitUntil(lambda: shown_children(model, "/") == ["eph", "parent"], timeout=WAIT)
    parent = model.index_of_path("/parent")
    qtbot.waitUntil(lambda: parent.siblingAtColumn(CHILDREN).data() == "2", timeout=WAIT)
    from zkinspector.models.tree import KindRole

    assert model.index_of_path("/eph").data(KindRole) == "ephemeral"
    assert not model.hasChildren(model.index_of_path("/eph"))
    assert "Owner session: 0x" in model.index_of_path("/eph").data(3)  # ToolTipRole


def test_live_insert_and_remove_keep_selection_and_expansion(qtbot, model, zk_client):
    zk_client.create("/live/b", makepath=True)
    zk_client.create("/live/d/deep", makepath=True)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    expand(qtbot, model, "/")
    expand(qtbot, model, "/live", ["b", "d"])
    expand(qtbot, model, "/live/d", ["deep"])
    view.expand(model.index_of_path("/live"))
    view.expand(model.index_of_path("/live/d"))
    view.selectionModel().setCurrentIndex(
        model.index_of_path("/live/d"), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))

    zk_client.create("/live/a")
    zk_client.create("/live/c")
    qtbot.waitUntil(lambda: shown_children(model, "/live") == ["a", "b", "c", "d"], timeout=WAIT)
    zk_client.delete("/live/b")
    qtbot.waitUntil(lambda: shown_children(model, "/live") == ["a", "c", "d"], timeout=WAIT)

    assert not resets, "a change must update rows, not reset the model"
    assert inserted, "new children must arrive as row inserts"
    current = view.selectionModel().currentIndex()
    assert model.node_path(current) == "/live/d"
    assert view.isExpanded(model.index_of_path("/live/d"))
    assert shown_children(model, "/live/d") == ["deep"]


def test_watches_only_on_loaded_nodes(qtbot, plain_model, zk_client, session):
    model = plain_model
    zk_client.create("/w/one/two", makepath=True)
    expand(qtbot, model, "/")
    expand(qtbot, model, "/w", ["one"])
    # ZooKeeper 3.8's wchp lists data watches only; kazoo records a children watch
    # once the server accepted it, so its registry is what the server holds.
    client = session._client
    watched = {client.unchroot(p) for p, fns in client._child_watchers.items() if fns}
    assert watched == {"/", "/w"}, "children watches on the expanded nodes only"


def test_deleted_expanded_subtree_disappears(qtbot, model, zk_client):
    zk_client.create("/gone/x/y", makepath=True)
    expand(qtbot, model, "/")
    expand(qtbot, model, "/gone", ["x"])
    expand(qtbot, model, "/gone/x", ["y"])
    zk_client.delete("/gone", recursive=True)
    qtbot.waitUntil(lambda: shown_children(model, "/") == [], timeout=WAIT)
    assert model.find("/gone/x") is None


def test_large_node_arrives_in_batches_complete_and_ordered(qtbot, plain_model, zk_client):
    # The model tester re-checks every row on every change (quadratic): it watches the
    # batched path in test_batches_pass_the_model_tester with a smaller batch instead.
    model = plain_model
    n = INSERT_BATCH * 2 + 123
    create_tree(zk_client, [("/big", b"")] + [(f"/big/item-{i}", b"") for i in range(n)])
    expand(qtbot, model, "/", ["big"])
    batches = []
    model.rowsInserted.connect(lambda parent, first, last: batches.append(last - first + 1))
    expand(qtbot, model, "/big")
    qtbot.waitUntil(lambda: len(shown_children(model, "/big") or []) == n, timeout=WAIT)
    # The first rows go in (and are painted) first; the rest follow in one insert.
    assert batches == [INSERT_BATCH, n - INSERT_BATCH]
    assert shown_children(model, "/big") == [f"item-{i}" for i in range(n)]
    # A child added to the big node is a row insert, not a reload.
    batches.clear()
    zk_client.create(f"/big/item-{n - 100}a")
    qtbot.waitUntil(lambda: f"item-{n - 100}a" in shown_children(model, "/big"), timeout=WAIT)
    assert batches == [1]
    names = shown_children(model, "/big")
    assert names.index(f"item-{n - 100}a") == names.index(f"item-{n - 100}") + 1


def test_reveal_loads_ancestors(qtbot, model, zk_client):
    zk_client.create("/r1/r2/r3/target", makepath=True)
    with qtbot.waitSignal(model.revealed, timeout=WAIT) as blocker:
        model.reveal("/r1/r2/r3/target")
    assert model.node_path(blocker.args[0]) == "/r1/r2/r3/target"


def test_refresh_updates_counts(qtbot, model, zk_client):
    zk_client.create("/cnt")
    expand(qtbot, model, "/", ["cnt"])
    index = model.index_of_path("/cnt")
    qtbot.waitUntil(lambda: index.siblingAtColumn(CHILDREN).data() == "0", timeout=WAIT)
    zk_client.create("/cnt/a")  # /cnt is not expanded: no watch tells us
    model.refresh("/cnt")
    qtbot.waitUntil(lambda: index.siblingAtColumn(CHILDREN).data() == "1", timeout=WAIT)
    assert model.hasChildren(index)


def test_batches_pass_the_model_tester(qtbot, model, zk_client, monkeypatch):
    from zkinspector.models import tree

    monkeypatch.setattr(tree, "INSERT_BATCH", 7)
    tx = zk_client.transaction()
    tx.create("/b")
    for i in range(30):
        tx.create(f"/b/c{i}")
    tx.commit()
    expand(qtbot, model, "/", ["b"])
    expand(qtbot, model, "/b")
    qtbot.waitUntil(lambda: len(shown_children(model, "/b") or []) == 30, timeout=WAIT)
    zk_client.delete("/b/c3")
    zk_client.create("/b/c3a")
    qtbot.waitUntil(lambda: "c3a" in shown_children(model, "/b"), timeout=WAIT)
    assert "c3" not in shown_children(model, "/b")


def test_expanding_shows_loading_then_the_children(qtbot, plain_model, zk_client):
    model = plain_model
    zk_client.create("/slow/a", makepath=True)
    expand(qtbot, model, "/", ["slow"])
    index = model.index_of_path("/slow")
    assert model.hasChildren(index), "a node with children shows an expander before it is listed"
    model.fetchMore(index)  # what the view does on expand; the answer comes later
    assert model.index(0, 0, index).data() == "Loading…"
    assert model.node_path(model.index(0, 0, index)) is None
    assert not model.flags(model.index(0, 0, index)) & Qt.ItemFlag.ItemIsSelectable
    qtbot.waitUntil(lambda: shown_children(model, "/slow") == ["a"], timeout=WAIT)


def test_rows_under_a_wide_node_get_expanders_from_their_stats(qtbot, plain_model, zk_client):
    # Over EAGER_STATS children the listing carries names only: a row learns whether it
    # has children when the view shows it (its data is asked for) and its stat arrives.
    model = plain_model
    n = EAGER_STATS + 50
    create_tree(zk_client, [("/wide", b"")] + [(f"/wide/n{i}", b"") for i in range(n)])
    zk_client.create("/wide/n3/kid")
    expand(qtbot, model, "/", ["wide"])
    expand(qtbot, model, "/wide")
    qtbot.waitUntil(lambda: len(shown_children(model, "/wide")) == n, timeout=WAIT)
    parent = model.index_of_path("/wide")
    for row in range(6):
        model.index(row, CHILDREN, parent).data()  # as painting the first rows does
    with_kid, leaf = model.index_of_path("/wide/n3"), model.index_of_path("/wide/n4")
    qtbot.waitUntil(lambda: with_kid.siblingAtColumn(CHILDREN).data() == "1", timeout=WAIT)
    assert model.hasChildren(with_kid) and not model.hasChildren(leaf)
    expand(qtbot, model, "/wide/n3", ["kid"])


def test_unloading_a_collapsed_node_keeps_its_expander(qtbot, plain_model, zk_client):
    model = plain_model
    zk_client.create("/u/a", makepath=True)
    zk_client.create("/u/b")
    expand(qtbot, model, "/", ["u"])
    expand(qtbot, model, "/u", ["a", "b"])
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT)  # (it stays while listing)
    index = model.index_of_path("/u")
    model.unload(index)
    assert model.find("/u").children is None and model.find("/u/a") is None
    assert model.hasChildren(index) and model.canFetchMore(index)
    expand(qtbot, model, "/u", ["a", "b"])


@given(
    st.sets(st.integers(0, 60)),
    st.sets(st.integers(0, 60)),
)
def test_row_changes_turn_the_old_rows_into_the_new(old_numbers, new_numbers):
    old = [f"n{i}" for i in sorted(old_numbers)]
    new = [f"n{i}" for i in sorted(new_numbers)]
    removed, inserted = row_changes(old, new)
    rows = list(old)
    for first, last in reversed(removed):
        del rows[first : last + 1]
    for first, last in inserted:
        rows[first:first] = new[first : last + 1]
    assert rows == new
    assert sum(b - a + 1 for a, b in removed) == len(set(old) - set(new))


def test_sorting_a_listing_like_the_previous_one_gives_the_natural_order():
    rng = random.Random(7)
    before = [f"lock-{i:010d}" for i in range(0, 6000, 2)] + ["a", "B", "n2", "n10"]
    previous = sort_names(before)
    now = [n for n in before if rng.random() > 0.01] + ["lock-0000000007", "n3", "zz"]
    rng.shuffle(now)
    assert sort_names(now, previous) == sort_names(now) == paths.natural_sorted(now)


def test_unloaded_rows_are_freed_though_frozen_out_of_the_collector(qtbot, plain_model, zk_client):
    # Rows made in bulk are frozen (gc.freeze): the collector never looks at them again,
    # so a dropped subtree (a node and its rows refer to each other) must not be left in
    # a reference cycle, or it would never be freed.
    model = plain_model
    n = INSERT_BATCH * 2 + 10
    rows = [(f"/outer/bulk/r{i}", b"") for i in range(n)]
    create_tree(zk_client, [("/outer", b""), ("/outer/bulk", b""), *rows])
    expand(qtbot, model, "/", ["outer"])
    expand(qtbot, model, "/outer", ["bulk"])
    expand(qtbot, model, "/outer/bulk")
    qtbot.waitUntil(lambda: len(shown_children(model, "/outer/bulk") or []) == n, timeout=WAIT)
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT)
    frozen = gc.get_freeze_count()
    assert frozen >= n - INSERT_BATCH, "the rows made after the first batch are frozen"
    model.unload(model.index_of_path("/outer"))  # drops /outer/bulk with its rows
    assert model.find("/outer/bulk") is None
    assert gc.get_freeze_count() <= frozen - (n - INSERT_BATCH)
