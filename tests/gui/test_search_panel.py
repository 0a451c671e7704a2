"""The search panel: streaming results, stop, disconnect, reveal; its results model."""

from __future__ import annotations

import threading

import pytest
from kazoo.client import KazooClient
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from tests.helpers import WAIT, connect
from tests.sample_trees import EPHEMERAL
from zkinspector.models.search import PATH, SIZE, PathRole, SearchResultsModel
from zkinspector.ui.search_panel import SearchPanel
from zkinspector.zk import search as zsearch
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.search import SearchHit

# ---------------------------------------------------------------------------
# The panel


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


def test_panel_shows_exact_results_and_counts(qtbot, panel, zk_client, sample_tree):
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
    assert sorted(rows) == sorted([*EPHEMERAL, sample_tree["seq"]])
    assert panel.findChild(QPushButton, "searchButton").text() == "Start"


def test_invalid_regex_is_refused_and_nothing_starts(
    qtbot, panel, session, sample_tree, monkeypatch
):
    started = []
    monkeypatch.setattr(session, "submit_stream", lambda *a, **k: started.append(a))
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


def test_activating_a_result_reveals_and_selects_it(qtbot, window, zk_client):
    zk_client.create("/deep/er/still/target-node", b"x", makepath=True)
    zk_client.create("/deep/other", b"")
    panel = window.findChild(SearchPanel, "searchPanel")
    assert panel is not None and not panel.isVisible()
    window.findChild(type(window.actions.actionSave), "actionSearch").trigger()
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert panel.pathEdit.text() == "/"  # the selected node
    assert run_search(qtbot, panel, "target") == ["/deep/er/still/target-node"]

    view = panel.findChild(QTableView, "searchResults")
    index = view.model().index(0, 0)
    assert index.data(PathRole) == "/deep/er/still/target-node"
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: window.page.current_path() == "/deep/er/still/target-node", timeout=WAIT
    )
    tree = window.page.tree
    current = tree.currentIndex()
    assert tree.selectionModel().isSelected(current)
    assert tree.isExpanded(current.parent())
    # The panes follow the selection.
    qtbot.waitUntil(
        lambda: (
            window.page.selected.snapshot is not None
            and window.page.selected.snapshot.path == "/deep/er/still/target-node"
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
