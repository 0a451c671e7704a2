"""Search: the matcher rules, exact results against a real server, and the search panel."""

from __future__ import annotations

import threading

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoNodeError
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from tests.helpers import WAIT, connect
from zkinspector.app import create_main_window
from zkinspector.models.search import PATH, SIZE, PathRole, SearchResultsModel
from zkinspector.ui.search_panel import SearchPanel
from zkinspector.zk import search as zsearch
from zkinspector.zk.paths import natural_sorted
from zkinspector.zk.reads import sort_names
from zkinspector.zk.search import (
    InvalidPattern,
    SearchCriteria,
    SearchHit,
    compile_criteria,
    search,
)
from zkinspector.zk.session import ZkSession
from zkinspector.zk.walk import create_tree

# ---------------------------------------------------------------------------
# A known tree

TREE: dict[str, bytes] = {
    "/app": b"",
    "/app/config": b'{"db": "localhost:5432", "Mode": "primary"}',
    "/app/config/feature-flags": b"dark_mode=on\nbeta=off",
    "/app/locks": b"",
    "/app/locks/lock-0000000001": b"",
    "/app/locks/lock-0000000002": b"",
    "/app/locks/Lock-0000000003": b"",
    "/kafka": b"",
    "/kafka/brokers": b"",
    "/kafka/brokers/ids": b"",
    "/kafka/brokers/ids/1": b'{"host": "broker1", "port": 9092}',
    "/kafka/brokers/ids/2": b'{"host": "broker2", "port": 9092}',
    "/kafka/brokers/topics": b"",
    "/kafka/brokers/topics/orders": b'{"partitions": 3}',
    "/kafka/brokers/topics/orders/state": b"leader=1",
    "/bin": b"",
    "/bin/blob": b"\x00\x01\xffsecret\xfe",
    "/bin/latin": "café".encode("latin-1"),
}
EPHEMERAL = ["/app/members/m-1", "/app/members/m-2"]  # created ephemeral by the test client
EPHEMERAL_SEQ_PREFIX = "/app/members/seq-"


@pytest.fixture
def tree(zk_client: KazooClient) -> dict[str, str]:
    """TREE on the server, plus two ephemeral nodes and one ephemeral sequential node."""
    assert create_tree(zk_client, sorted(TREE.items())) == len(TREE)
    zk_client.create("/app/members")
    for path in EPHEMERAL:
        zk_client.create(path, ephemeral=True)
    seq = zk_client.create(EPHEMERAL_SEQ_PREFIX, ephemeral=True, sequence=True)
    return {"seq": seq}


def found(client: KazooClient, **kw) -> set[str]:
    return {hit.path for hit in search(client, SearchCriteria(**kw))}


# ---------------------------------------------------------------------------
# Matcher rules (no server)


def test_invalid_regex_and_paths_are_refused_with_a_sentence():
    with pytest.raises(InvalidPattern, match="Invalid regular expression: missing \\)"):
        compile_criteria(SearchCriteria(text="lock-(\\d+", regex=True))
    with pytest.raises(InvalidPattern, match="Invalid regular expression"):
        compile_criteria(SearchCriteria(text="[", regex=True, field=zsearch.FIELD_DATA))
    with pytest.raises(InvalidPattern):
        compile_criteria(SearchCriteria(root="relative/path", text="x"))
    with pytest.raises(InvalidPattern, match="cannot contain '/'"):
        compile_criteria(SearchCriteria(text="a/*", field=zsearch.FIELD_NAME))
    # An unclosed [ in a glob is a literal, as in fnmatch: not an error.
    compile_criteria(SearchCriteria(text="a[b*"))


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("brokers/*/state", "/k/brokers/1/state", True),
        ("brokers/*/state", "/k/xbrokers/1/state", False),
        ("brokers/*/state", "/k/brokers/1/2/state", False),
        ("brokers/**/state", "/k/brokers/1/2/state", True),
        ("/k/*", "/k/a", True),
        ("/k/*", "/k/a/b", False),
        ("/k/**", "/k/a/b", True),
        ("/**/state", "/state", True),
        ("*.json", "/conf/app.json", True),
        ("app-?", "/x/app-1", True),
        ("app-[0-9]", "/x/app-a", False),
        ("app-[!0-9]", "/x/app-a", True),
    ],
)
def test_path_globs(glob: str, path: str, expected: bool):
    match, _ = compile_criteria(SearchCriteria(text=glob, field=zsearch.FIELD_PATH))
    name = path.rpartition("/")[2]
    stat = _Stat()
    assert match(path, name, stat, None) is expected


class _Stat:
    ephemeralOwner = 0
    dataLength = 0


# ---------------------------------------------------------------------------
# search() against the server: exact results


def test_name_text_glob_and_regex(zk_client, tree):
    # Plain text: anywhere in the name, case-insensitive unless asked.
    assert found(zk_client, text="lock") == {
        "/app/locks",
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
    }
    assert found(zk_client, text="Lock", case_sensitive=True) == {"/app/locks/Lock-0000000003"}
    # A glob matches the whole name.
    assert found(zk_client, text="lock-*") == {
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
    }
    assert found(zk_client, text="?") == {"/kafka/brokers/ids/1", "/kafka/brokers/ids/2"}
    # A regex is searched in the name.
    assert found(zk_client, text=r"^lock-\d+2$", regex=True) == {"/app/locks/lock-0000000002"}


def test_path_text_glob_and_regex(zk_client, tree):
    assert found(zk_client, text="brokers/ids/", field="path") == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    assert found(zk_client, text="brokers/*/orders", field="path") == {
        "/kafka/brokers/topics/orders"
    }
    assert found(zk_client, text="/kafka/**/state", field="path") == {
        "/kafka/brokers/topics/orders/state"
    }
    assert found(zk_client, text="/app/*", field="path") == {
        "/app/config",
        "/app/locks",
        "/app/members",
    }
    assert found(zk_client, text=r"^/kafka/brokers/ids/\d$", field="path", regex=True) == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }


def test_data_text_regex_and_binary(zk_client, tree):
    assert found(zk_client, text="9092", field="data") == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    assert found(zk_client, text="mode", field="data") == {
        "/app/config",
        "/app/config/feature-flags",
    }
    assert found(zk_client, text="Mode", field="data", case_sensitive=True) == {"/app/config"}
    assert found(zk_client, text=r'"port":\s*9092', field="data", regex=True) == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    assert found(zk_client, text=r"^beta=off$", field="data", regex=True) == set()
    assert found(zk_client, text=r"(?m)^beta=off$", field="data", regex=True) == {
        "/app/config/feature-flags"
    }
    # Binary data (not UTF-8): plain text by its bytes, a regex byte for byte.
    assert found(zk_client, text="secret", field="data") == {"/bin/blob"}
    assert found(zk_client, text=r"\x00\x01\xff", field="data", regex=True) == {"/bin/blob"}
    assert found(zk_client, text=r"caf\xe9", field="data", regex=True) == {"/bin/latin"}


def test_node_types_and_subtree(zk_client, tree):
    seq = tree["seq"]
    assert found(zk_client, kind="ephemeral") == {*EPHEMERAL, seq}
    assert found(zk_client, kind="sequential") == {
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
        seq,
    }
    assert found(zk_client, text="m-", kind="persistent") == set()
    assert found(zk_client, text="m", kind="ephemeral") == {*EPHEMERAL}
    # Empty text: every node of the type, under the chosen root (the root included).
    assert found(zk_client, root="/kafka/brokers/ids") == {
        "/kafka/brokers/ids",
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    everything = found(zk_client)
    assert everything >= set(TREE) | {"/", *EPHEMERAL, seq}
    hits = {h.path: h for h in search(zk_client, SearchCriteria(root="/kafka", text="1"))}
    assert hits["/kafka/brokers/ids/1"].kind == "persistent"
    assert hits["/kafka/brokers/ids/1"].size == len(TREE["/kafka/brokers/ids/1"])
    with pytest.raises(NoNodeError):
        found(zk_client, root="/no/such/node")


# ---------------------------------------------------------------------------
# The panel


@pytest.fixture
def session(qtbot):
    s = ZkSession()
    yield s
    s.shutdown(wait=True)


@pytest.fixture
def panel(qtbot, session, zk_chroot) -> SearchPanel:
    widget = SearchPanel(session)
    qtbot.addWidget(widget)
    connect(qtbot, session, zk_chroot)
    return widget


def run_search(qtbot, panel: SearchPanel, text: str, **options) -> list[str]:
    """Fill the form as a user would, click Start, wait for the end; the rows' paths."""
    panel.pathEdit.setText(options.get("root", "/"))
    panel.textEdit.setText(text)
    panel.fieldCombo.setCurrentIndex(panel.fieldCombo.findData(options.get("field", "name")))
    panel.typeCombo.setCurrentIndex(panel.typeCombo.findData(options.get("kind", "any")))
    panel.regexCheck.setChecked(options.get("regex", False))
    with qtbot.waitSignal(panel.searchFinished, timeout=WAIT):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    return panel.model.paths()


def big_tree(client: KazooClient, parents: int, children: int) -> int:
    items = [("/big", b"")]
    for i in range(parents):
        items.append((f"/big/p{i:03d}", b""))
        items.extend((f"/big/p{i:03d}/c{j:04d}", b"") for j in range(children))
    return create_tree(client, items, batch_ops=1000)


def test_panel_shows_exact_results_and_counts(qtbot, panel, zk_client, tree):
    assert panel.findChild(QPushButton, "searchButton").text() == "Start"
    rows = run_search(qtbot, panel, "lock-*")
    # Sorted by path (natural order, case-insensitive) when the search ends.
    assert rows == [
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
    ]
    status = panel.findChild(QLabel, "searchStatus").text()
    assert status.startswith("3 matches in ")
    assert "stopped" not in status
    view = panel.findChild(QTableView, "searchResults")
    assert view.model().rowCount() == 3
    assert view.model().index(0, 1).data() == "persistent sequential"
    # A click on the Path header sorts the other way; the selection follows its row.
    view.selectRow(0)
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 5))
    assert panel.model.paths() == rows[::-1]
    assert [i.row() for i in view.selectionModel().selectedRows()] == [2]

    rows = run_search(qtbot, panel, "9092", field="data", root="/kafka")
    assert sorted(rows) == ["/kafka/brokers/ids/1", "/kafka/brokers/ids/2"]
    rows = run_search(qtbot, panel, "", kind="ephemeral", root="/app")
    assert sorted(rows) == sorted([*EPHEMERAL, tree["seq"]])
    assert panel.findChild(QPushButton, "searchButton").text() == "Start"


def test_invalid_regex_is_refused_and_nothing_starts(qtbot, panel, session, tree, monkeypatch):
    started = []
    monkeypatch.setattr(session, "submit_long", lambda *a, **k: started.append(a))
    panel.regexCheck.setChecked(True)
    panel.textEdit.setText("lock-(")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert "Invalid regular expression" in panel.statusLabel.text()
    assert not started and not panel.is_running()
    assert panel.button.text() == "Start" and panel.model.rowCount() == 0
    panel.regexCheck.setChecked(False)
    panel.pathEdit.setText("no-slash")
    panel.textEdit.setText("x")
    assert panel.start() is False
    assert "/" in panel.statusLabel.text() and not started


def test_results_stream_in_while_the_walk_runs(qtbot, panel, zk_client):
    total = big_tree(zk_client, 30, 600)  # 18,031 nodes
    seen: list[tuple[int, bool]] = []
    panel.model.rowsInserted.connect(
        lambda *_: seen.append((panel.model.rowCount(), panel.is_running()))
    )
    rows = run_search(qtbot, panel, "", root="/big")
    assert len(rows) == total and len(set(rows)) == total
    assert len(seen) > 1, "results must arrive in batches"
    first_count, running = seen[0]
    assert running and first_count < total, "the first rows must come before the walk ends"
    n = QLocale().toString(total)
    assert panel.statusLabel.text() == f"{n} matches in {n} nodes"


def test_stop_keeps_a_consistent_state(qtbot, panel, zk_client, monkeypatch):
    total = big_tree(zk_client, 30, 600)
    walker_done = threading.Event()
    real_search = zsearch.search

    def watched_search(*args, **kwargs):
        try:
            yield from real_search(*args, **kwargs)
        finally:
            walker_done.set()

    monkeypatch.setattr(zsearch, "search", watched_search)
    panel.pathEdit.setText("/big")
    panel.textEdit.setText("c")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.button.text() == "Stop" and panel.is_running()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT)
    with qtbot.waitSignal(panel.searchFinished, timeout=WAIT):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    shown = panel.model.rowCount()
    assert panel.button.text() == "Start" and not panel.is_running()
    assert "(stopped)" in panel.statusLabel.text()
    assert panel.statusLabel.text().startswith(f"{QLocale().toString(shown)} matches")
    # The worker stops soon after; whatever it had sent is dropped.
    qtbot.waitUntil(walker_done.is_set, timeout=WAIT)
    drained = []
    QTimer.singleShot(0, lambda: drained.append(True))
    qtbot.waitUntil(lambda: bool(drained), timeout=WAIT)
    assert panel.model.rowCount() == shown < total
    # And the panel can search again.
    monkeypatch.setattr(zsearch, "search", real_search)
    rows = run_search(qtbot, panel, "p00?", root="/big")
    assert sorted(rows) == [f"/big/p00{i}" for i in range(10)]


def test_disconnect_ends_a_running_search(qtbot, panel, session, zk_client):
    big_tree(zk_client, 30, 600)
    panel.pathEdit.setText("/big")
    assert panel.start()
    with qtbot.waitSignal(panel.searchFinished, timeout=WAIT):
        session.disconnect_from()
    assert panel.button.text() == "Start" and "(stopped)" in panel.statusLabel.text()
    panel.textEdit.setText("x")
    assert panel.start() is False
    assert panel.statusLabel.text() == "Not connected."


# ---------------------------------------------------------------------------
# In the main window


@pytest.fixture
def window(qtbot, zk_chroot):
    win = create_main_window(["zkinspector", "--server", zk_chroot])
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.session.is_connected, timeout=WAIT)
    qtbot.waitUntil(lambda: win.current_path() == "/", timeout=WAIT)
    yield win
    win.session.shutdown(wait=True)
    win.close()


def test_activating_a_result_reveals_and_selects_it(qtbot, window, zk_client):
    zk_client.create("/deep/er/still/target-node", b"x", makepath=True)
    zk_client.create("/deep/other", b"")
    panel = window.findChild(SearchPanel, "searchPanel")
    assert panel is not None and not panel.isVisible()
    window.findChild(type(window.actionSave), "actionSearch").trigger()
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert panel.pathEdit.text() == "/"  # the selected node
    assert run_search(qtbot, panel, "target") == ["/deep/er/still/target-node"]

    view = panel.findChild(QTableView, "searchResults")
    index = view.model().index(0, 0)
    assert index.data(PathRole) == "/deep/er/still/target-node"
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_path() == "/deep/er/still/target-node", timeout=WAIT)
    tree = window.tree
    current = tree.currentIndex()
    assert tree.selectionModel().isSelected(current)
    assert tree.isExpanded(current.parent())
    # The panes follow the selection.
    qtbot.waitUntil(
        lambda: (
            window.selected.snapshot is not None
            and window.selected.snapshot.path == "/deep/er/still/target-node"
        ),
        timeout=WAIT,
    )


def test_results_model_passes_the_model_tester(qtbot, qtlog):
    model = SearchResultsModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.append([SearchHit(f"/n{i}", "persistent", i) for i in (3, 10, 1)])
    model.append([])
    model.append([SearchHit("/e", "ephemeral sequential", 7)])
    model.sort(PATH, Qt.SortOrder.AscendingOrder)
    assert model.paths() == ["/e", "/n1", "/n3", "/n10"]
    model.sort(SIZE, Qt.SortOrder.DescendingOrder)
    assert model.paths() == ["/n10", "/e", "/n3", "/n1"]
    assert model.index(1, SIZE).data() == "7 B"
    model.clear()
    assert model.rowCount() == 0
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, failures
    del tester


@pytest.mark.parametrize(
    "names",
    [
        [f"job-{i:010d}" for i in range(3000)],  # the fast path
        [f"{i:05d}" for i in range(2000)],  # digits only
        [f"n1{i:04d}" for i in range(2000)],  # digits in the prefix too
        [f"a{i}" for i in range(2000)],  # widths differ: natural sort
        [f"job-{i:010d}" for i in range(1500)] + ["job-x"],  # one odd name
        ["Lock-0000000003", *[f"lock-{i:010d}" for i in range(1500)]],  # case differs
    ],
)
def test_sort_names_is_natural_order(names):
    shuffled = names[::7] + [n for i, n in enumerate(names) if i % 7]
    assert sort_names(shuffled) == natural_sorted(names)
