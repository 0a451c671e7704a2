"""Orders of children in the tree model against a real ZooKeeper, under the model tester."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTreeView

from tests.helpers import WAIT, expand, shown_children
from zkinspector.zk import order
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.order import (
    BY_CHILDREN,
    BY_CTIME,
    BY_MTIME,
    BY_NAME,
    BY_SEQUENCE,
    BY_SIZE,
    sequence_number,
)
from zkinspector.zk.reads import EAGER_STATS


def server_order(zk_client, parent: str, field: str, reverse: bool) -> list[str]:
    """Children of ``parent`` sorted by a stat field read from the server (ties by name)."""
    from zkinspector.zk.paths import natural_sorted

    names = natural_sorted(zk_client.get_children(parent))
    stats = {n: zk_client.exists(f"{parent}/{n}") for n in names}
    return sorted(names, key=lambda n: getattr(stats[n], field), reverse=reverse)


def test_sequence_order_lines_up_lock_nodes_whatever_their_prefix(qtbot, model, zk_client):
    # Lock nodes as kazoo's Lock and Curator make them: a per-client prefix, then the counter.
    zk_client.create("/lock")
    made = []
    for prefix in ("f3a1__lock__", "0c9e__lock__", "a77b__rlock__"):
        made.append(zk_client.create(f"/lock/{prefix}", sequence=True).rsplit("/", 1)[1])
    zk_client.create("/lock/config")
    expand(qtbot, model, "/", ["lock"])
    expand(qtbot, model, "/lock")
    assert shown_children(model, "/lock")[0] == "0c9e__lock__0000000001"  # by name
    model.set_order(BY_SEQUENCE)  # (after a listing in flight, if one is)
    qtbot.waitUntil(lambda: shown_children(model, "/lock") == [*made, "config"], timeout=WAIT)
    # A new contender is inserted at its sequence, not by its name.
    newest = zk_client.create("/lock/0000__lock__", sequence=True).rsplit("/", 1)[1]
    qtbot.waitUntil(lambda: len(shown_children(model, "/lock")) == 5, timeout=WAIT)
    assert shown_children(model, "/lock") == [*made, newest, "config"]
    model.set_order(BY_NAME)
    assert shown_children(model, "/lock") == sorted(shown_children(model, "/lock"))


@pytest.mark.parametrize(
    ("chosen", "field", "reverse"),
    [
        (BY_CTIME, "czxid", False),
        (BY_MTIME, "mzxid", True),
        (BY_SIZE, "dataLength", True),
        (BY_CHILDREN, "numChildren", True),
    ],
)
def test_stat_orders_follow_the_servers_stats(qtbot, model, zk_client, chosen, field, reverse):
    zk_client.create("/s")
    for name, data, kids in (("m", b"12345", 2), ("b", b"", 0), ("z", b"1", 3), ("a", b"123", 1)):
        zk_client.create(f"/s/{name}", data)
        for i in range(kids):
            zk_client.create(f"/s/{name}/k{i}")
    zk_client.set("/s/b", b"xx")  # b: changed last
    expand(qtbot, model, "/", ["s"])
    expand(qtbot, model, "/s", ["a", "b", "m", "z"])
    model.set_order(chosen)
    expected = server_order(zk_client, "/s", field, reverse)
    qtbot.waitUntil(lambda: shown_children(model, "/s") == expected, timeout=WAIT)
    # A child added later takes its place in the same order, read from its stat.
    zk_client.create("/s/n", b"1234567", makepath=True)
    qtbot.waitUntil(lambda: len(shown_children(model, "/s")) == 5, timeout=WAIT)
    assert shown_children(model, "/s") == server_order(zk_client, "/s", field, reverse)


def test_rows_move_when_a_relisting_brings_new_stats(qtbot, model, zk_client):
    zk_client.create("/t")
    for name in ("c", "b", "a"):
        zk_client.create(f"/t/{name}")
    expand(qtbot, model, "/", ["t"])
    expand(qtbot, model, "/t")
    model.set_order(BY_MTIME)
    qtbot.waitUntil(lambda: shown_children(model, "/t") == ["a", "b", "c"], timeout=WAIT)
    zk_client.set("/t/c", b"changed")
    zk_client.create("/t/d")  # the children watch fires: the listing brings every stat
    qtbot.waitUntil(lambda: shown_children(model, "/t") == ["d", "c", "a", "b"], timeout=WAIT)


def test_a_new_order_keeps_selection_expansion_and_the_rows_below(qtbot, model, zk_client):
    zk_client.create("/k")
    for name, data in (("x", b"123456789"), ("y", b"12345"), ("w", b"")):
        zk_client.create(f"/k/{name}", data)
    zk_client.create("/k/x/deep/er", makepath=True)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    expand(qtbot, model, "/")
    expand(qtbot, model, "/k", ["w", "x", "y"])
    expand(qtbot, model, "/k/x", ["deep"])
    expand(qtbot, model, "/k/x/deep", ["er"])
    for path in ("/", "/k", "/k/x", "/k/x/deep"):
        view.expand(model.index_of_path(path))
    view.selectionModel().setCurrentIndex(
        model.index_of_path("/k/x/deep/er"), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    model.set_order(BY_SIZE)
    # /k/x and its loaded, expanded subtree move from the second row to the first.
    qtbot.waitUntil(lambda: shown_children(model, "/k") == ["x", "y", "w"], timeout=WAIT)
    assert model.node_path(view.currentIndex()) == "/k/x/deep/er"
    assert view.isExpanded(model.index_of_path("/k/x"))
    assert view.isExpanded(model.index_of_path("/k/x/deep"))
    assert not view.isExpanded(model.index_of_path("/k/y"))
    assert shown_children(model, "/k/x/deep") == ["er"]
    # Lookups by path work in the new order (rows are found by name under stat orders).
    assert model.find("/k/w").name == "w" and model.index_of_path("/k/w").row() == 2


def test_a_large_node_is_sorted_by_stats_read_on_a_worker(qtbot, plain_model, zk_client):
    model = plain_model
    n = EAGER_STATS + 200
    # Data sizes that are not in name order: size = (i * 7) % 13 bytes.
    items = [("/many", b"")] + [(f"/many/n{i}", b"x" * ((i * 7) % 13)) for i in range(n)]
    create_tree(zk_client, items)
    expand(qtbot, model, "/", ["many"])
    model.set_order(BY_SIZE)
    expand(qtbot, model, "/many")  # listed by name, then sorted once the stats are read
    expected = server_order(zk_client, "/many", "dataLength", True)
    qtbot.waitUntil(lambda: shown_children(model, "/many") == expected, timeout=WAIT)
    assert model.find("/many/n12").name == "n12"
    zk_client.create("/many/new", b"x" * 100)
    qtbot.waitUntil(lambda: (shown_children(model, "/many") or [""])[0] == "new", timeout=WAIT)
    model.set_order(BY_SEQUENCE)  # no sequence numbers: back to name order, on a worker
    qtbot.waitUntil(lambda: shown_children(model, "/many")[:3] == ["n0", "n1", "n2"], timeout=WAIT)
    assert shown_children(model, "/many")[-1] == "new"


def test_sequence_numbers_of_names():
    assert sequence_number("x__lock__0000000012") == 12
    assert sequence_number("0000000012") == 12
    assert sequence_number("n-000000003") == -3  # the counter wrapped past 2**31 - 1
    assert sequence_number("lock") is None
    assert sequence_number("lock-12") is None


@given(st.lists(st.tuples(st.text("ab1", max_size=4), st.none() | st.integers(-5, 5))))
def test_merge_keeps_rows_and_puts_new_names_in_order(pairs):
    rows = dict(pairs)  # one value per name
    names = list(rows)
    half = names[: len(names) // 2]
    shown, values = order.arrange(BY_SIZE, half, [rows[n] for n in half])
    merged, merged_values = order.merge(BY_SIZE, shown, values, names, rows)
    key = order.key_function(BY_SIZE)
    assert sorted(merged) == sorted(names)
    keys = [key(n, v) for n, v in zip(merged, merged_values, strict=True)]
    assert keys == sorted(keys)


def test_filter_keeps_matches_and_their_ancestors_of_the_loaded_rows(qtbot, model, zk_client):
    from zkinspector.models.tree_filter import TreeFilter

    for path in ("/f/locks/Lock-1", "/f/conf/db", "/g/h", "/lockless"):
        zk_client.create(path, makepath=True)
    expand(qtbot, model, "/", ["f", "g", "lockless"])
    expand(qtbot, model, "/f", ["conf", "locks"])
    expand(qtbot, model, "/f/locks", ["Lock-1"])
    expand(qtbot, model, "/f/conf", ["db"])
    rows = TreeFilter()  # (the model tester has listed every node: all are loaded)

    def apply(changes):
        """Apply the changes as the view does; the paths hidden and shown."""
        for _parent, _row, node, hide in changes:
            rows.applied(node, hide)
        return {(node.path, hide) for _parent, _row, node, hide in changes}

    assert {p for p, hide in apply(rows.refilter(model.find("/"), "lock")) if hide} == {
        "/f/conf",
        "/f/conf/db",
        "/g",
        "/g/h",
    }
    model.set_order(BY_SEQUENCE)  # the rows hidden are nodes, whatever their rows
    qtbot.waitUntil(lambda: not model.is_busy(), timeout=WAIT)
    assert rows.is_hidden(model.find("/f/conf")) and not rows.is_hidden(model.find("/f"))
    zk_client.create("/f/conf/lockfile")
    qtbot.waitUntil(lambda: "lockfile" in (shown_children(model, "/f/conf") or []), timeout=WAIT)
    parent = model.find("/f/conf")
    row = [k.name for k in parent.children].index("lockfile")
    changes, shown = rows.inserted(parent, range(row, row + 1))
    assert changes == [] and shown == [parent]  # a new match brings its ancestor back
    rows.applied(parent, False)
    assert apply(rows.refilter(model.find("/"), "")) == {
        ("/f/conf/db", False),
        ("/g", False),
        ("/g/h", False),
    }


def test_order_holds_through_a_burst_of_changes(qtbot, model, zk_client):
    import random

    rng = random.Random(7)
    zk_client.create("/burst")
    names = [f"n{i}" for i in range(12)]
    for name in names:
        zk_client.create(f"/burst/{name}", b"x" * rng.randrange(10))
    expand(qtbot, model, "/", ["burst"])
    expand(qtbot, model, "/burst")
    model.set_order(BY_MTIME)
    for _ in range(60):
        name = rng.choice(names)
        op = rng.random()
        if zk_client.exists(f"/burst/{name}") is None:
            zk_client.create(f"/burst/{name}", b"new")
        elif op < 0.3:
            zk_client.delete(f"/burst/{name}")
        else:
            zk_client.set(f"/burst/{name}", b"y" * rng.randrange(10))
    zk_client.create("/burst/zz-last")  # the children watch fires: a listing with every stat
    expected = server_order(zk_client, "/burst", "mzxid", True)
    qtbot.waitUntil(lambda: shown_children(model, "/burst") == expected, timeout=WAIT)
    model.set_order(BY_SIZE)
    expected = server_order(zk_client, "/burst", "dataLength", True)
    qtbot.waitUntil(lambda: shown_children(model, "/burst") == expected, timeout=WAIT)
