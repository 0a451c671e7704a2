"""The event log and the subtree watch in the real window, against a real server."""

from __future__ import annotations

import csv
from pathlib import Path

from kazoo.client import KazooClient
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QTableView

from tests.helpers import WAIT, expand, select
from tests.reliability.helpers import expire_session
from zkinspector.models.event_log import DETAIL, PATH, TYPE
from zkinspector.zk.protocol import ServerFeatures, set_server_features


def table(window) -> QTableView:
    tables = [t for t in window.findChildren(QTableView, "eventTable") if t.isVisible()]
    assert len(tables) == 1
    return tables[0]


def rows(window, page=None) -> list[tuple[str, str]]:
    """(type, path) of every row the current page's (or ``page``'s) event table shows."""
    model = (page or window.page).eventPanel.table.model()
    return [
        (model.index(r, TYPE).data(), model.index(r, PATH).data()) for r in range(model.rowCount())
    ]


def watch(qtbot, window, path: str) -> None:
    select(qtbot, window, path)
    action = window.actions.actionWatchSubtree
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    action.trigger()
    qtbot.waitUntil(lambda: window.page.session.subtree_watches == [path], timeout=WAIT)
    qtbot.waitUntil(action.isChecked, timeout=WAIT)


def click_row(qtbot, window, wanted: tuple[str, str]) -> None:
    view = table(window)
    row = rows(window).index(wanted)
    view.scrollTo(view.model().index(row, PATH))
    rect = view.visualRect(view.model().index(row, PATH))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_subtree_watch_logs_every_change_below_without_expanding(
    qtbot, window, zk_client: KazooClient
) -> None:
    zk_client.create("/app/a", makepath=True)
    watch(qtbot, window, "/app")
    dock = window.findChild(QDockWidget, "eventLog")
    assert dock.isVisible()  # watching shows the log
    label = window.findChild(QLabel, "eventWatchLabel")
    assert "/app" in label.text()

    zk_client.create("/app/a/b/c", b"", makepath=True)
    zk_client.set("/app/a", b"new")
    zk_client.delete("/app/a/b/c")
    changes = [
        ("CREATED", "/app/a/b"),
        ("CREATED", "/app/a/b/c"),
        ("CHANGED", "/app/a"),
        ("DELETED", "/app/a/b/c"),
    ]
    qtbot.waitUntil(lambda: ("DELETED", "/app/a/b/c") in rows(window), timeout=WAIT)
    assert [r for r in rows(window) if r in changes] == changes
    assert ("WATCH", "/app") in rows(window)
    model = window.page.eventPanel.model
    row = rows(window).index(("CHANGED", "/app/a"))
    assert model.index(row, DETAIL).data() == "subtree watch"
    assert window.page.model.find("/app").children is None  # nothing was expanded

    # Only DELETED rows, then only /app/a/b and what is below it.
    window.page.eventPanel.set_types({"DELETED"})
    assert rows(window) == [("DELETED", "/app/a/b/c")]
    window.page.eventPanel.show_all_types()
    window.page.eventPanel.pathFilter.setText("/app/a/b**")
    assert rows(window) == [
        ("CREATED", "/app/a/b"),
        ("CREATED", "/app/a/b/c"),
        ("DELETED", "/app/a/b/c"),
    ]
    window.page.eventPanel.pathFilter.clear()

    # Clicking a row selects its node in the tree.
    click_row(qtbot, window, ("CHANGED", "/app/a"))
    qtbot.waitUntil(lambda: window.page.current_path() == "/app/a", timeout=WAIT)

    # Stopping the watch removes it: changes below are no longer logged.
    select(qtbot, window, "/app")
    window.actions.actionWatchSubtree.trigger()
    qtbot.waitUntil(lambda: window.page.session.subtree_watches == [], timeout=WAIT)
    assert not window.actions.actionWatchSubtree.isChecked()
    qtbot.waitUntil(lambda: rows(window)[-1] == ("WATCH", "/app"), timeout=WAIT)
    zk_client.set("/app/a", b"unseen")
    zk_client.set("/app", b"seen")  # the selected node's data watch is set again
    qtbot.waitUntil(lambda: ("CHANGED", "/app") in rows(window), timeout=WAIT)
    # (/app/a's one-shot data watch, set when it was selected, may fire once more: it is
    # a real event of the session; the subtree watch reports nothing any more.)
    model = window.page.eventPanel.table.model()
    by_subtree = [
        r
        for r in range(model.rowCount())
        if (model.index(r, TYPE).data(), model.index(r, PATH).data()) == ("CHANGED", "/app/a")
        and model.index(r, DETAIL).data() == "subtree watch"
    ]
    assert len(by_subtree) == 1


def test_connection_states_reconnects_and_lost_ephemerals_are_logged(
    qtbot, window, zk_server, zk_client: KazooClient
) -> None:
    page = window.page
    made: list[str] = []
    page.session.create("/mine", b"", ephemeral=True, on_result=made.append)
    qtbot.waitUntil(lambda: made == ["/mine"], timeout=WAIT)
    qtbot.waitUntil(lambda: rows(window)[:2] == [("CONNECTING", ""), ("CONNECTED", "")])
    expire_session(zk_server.connect_string, page.session._client.client_id)
    qtbot.waitUntil(lambda: ("EXPIRED", "/mine") in rows(window), timeout=WAIT)
    kinds = [kind for kind, _path in rows(window)]
    assert kinds[kinds.index("LOST") :][:3] == ["LOST", "CONNECTED", "RECONNECTED"]
    window.actions.actionDisconnect.trigger()
    qtbot.waitUntil(lambda: rows(window)[-1] == ("DISCONNECTED", ""), timeout=WAIT)
    tip = page.eventPanel.model.index(len(rows(window)) - 1, TYPE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "The connection was closed."


def test_pause_copy_save_and_clear(qtbot, window, zk_client: KazooClient, tmp_path: Path) -> None:
    panel = window.page.eventPanel
    zk_client.create("/p")
    watch(qtbot, window, "/p")
    panel.pauseButton.click()
    zk_client.create("/p/held")
    qtbot.waitUntil(lambda: panel.model.waiting == 1, timeout=WAIT)
    assert ("CREATED", "/p/held") not in rows(window)
    assert "1 waiting" in panel.statusLabel.text()
    panel.pauseButton.click()
    assert ("CREATED", "/p/held") in rows(window)

    view = panel.table
    view.selectRow(rows(window).index(("CREATED", "/p/held")))
    panel.copyButton.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.split("\t")[1:3] == ["CREATED", "/p/held"]

    target = tmp_path / "events.csv"
    with qtbot.waitSignal(panel.log.saved, timeout=WAIT):
        panel.save_csv(str(target))
    with target.open(encoding="utf-8") as f:
        saved = list(csv.reader(f))
    assert saved[0] == ["time", "type", "path", "detail"]
    assert [r[1:3] for r in saved[1:]] == [list(r) for r in rows(window)]
    assert saved[-1][0][:10].count("-") == 2 and "." in saved[-1][0]  # ISO, milliseconds

    panel.clearButton.click()
    assert rows(window) == []


def test_the_log_stays_bounded_and_says_what_it_dropped(qtbot, window, zk_client) -> None:
    window.page.set_limits(20, 100, 64)
    zk_client.create("/b")
    watch(qtbot, window, "/b")
    tx = zk_client.transaction()
    for i in range(50):
        tx.create(f"/b/n{i:02d}")
    tx.commit()
    qtbot.waitUntil(lambda: ("CREATED", "/b/n49") in rows(window), timeout=WAIT)
    assert len(rows(window)) == 20
    assert rows(window)[0] == ("CREATED", "/b/n30")
    status = window.page.eventPanel.statusLabel.text()
    assert "older dropped" in status and "last 20" in status


def test_each_tab_has_its_own_log(qtbot, open_window, zk_chroot, zk_client) -> None:
    window = open_window("--server", zk_chroot)
    first = window.page
    zk_client.create("/one")
    watch(qtbot, window, "/one")
    second = window.add_page()
    second.connect_to(first.session.params)
    qtbot.waitUntil(lambda: second.session.is_connected, timeout=WAIT)
    assert window.eventStack.currentWidget() is second.eventPanel
    zk_client.create("/one/x")
    qtbot.waitUntil(lambda: ("CREATED", "/one/x") in rows(window, first), timeout=WAIT)
    assert ("CREATED", "/one/x") not in rows(window)  # the second tab's log shows
    window.connectionTabs.setCurrentWidget(first)
    assert window.eventStack.currentWidget() is first.eventPanel
    assert ("CREATED", "/one/x") in rows(window)
    window.close_page(first)
    assert first.eventPanel not in [
        window.eventStack.widget(i) for i in range(window.eventStack.count())
    ]


def test_an_old_server_is_named_and_the_log_keeps_what_is_expanded(
    qtbot, window, zk_client
) -> None:
    zk_client.create("/old/a", makepath=True)
    set_server_features(window.page.session._client, ServerFeatures())  # as before 3.6
    select(qtbot, window, "/old")
    window.actions.actionWatchSubtree.trigger()
    qtbot.waitUntil(lambda: ("WATCH", "/old") in rows(window), timeout=WAIT)
    assert "ZooKeeper 3.6" in window.statusBar().currentMessage()
    assert window.page.session.subtree_watches == []
    assert not window.actions.actionWatchSubtree.isChecked()
    expand(qtbot, window.page.model, "/old", ["a"])
    zk_client.create("/old/b")
    qtbot.waitUntil(lambda: ("CHILD", "/old") in rows(window), timeout=WAIT)
    row = rows(window).index(("CHILD", "/old"))
    assert window.page.eventPanel.model.index(row, DETAIL).data() == "children watch"
