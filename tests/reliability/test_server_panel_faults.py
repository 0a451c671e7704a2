"""Faults under the server panel: a member that refuses connections, a silent port, a
leader killed. Each is a sentence in the panel within the probe timeout; the window never
freezes and the connection keeps working."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QTableView

from tests.helpers import WAIT, expand, select, wait_connected
from tests.reliability.helpers import Heartbeat
from tests.server_panel_helpers import cells, message, modes, show_panel
from zkinspector.models.server_tables import MODE
from zkinspector.zk.server import Ensemble, free_port

MAX_GUI_GAP = 2.0  # s: a probe waiting on a silent port must never hold the GUI thread


def tooltip(dock: QDockWidget, address: str) -> str:
    model = dock.findChild(QTableView, "serverTable").model()
    row = next(r for r, cols in enumerate(cells(dock)) if cols[0] == address)
    return model.index(row, MODE).data(Qt.ItemDataRole.ToolTipRole) or ""


def test_refused_and_silent_members_are_sentences(
    qtbot, open_window, zk_server, zk_chroot, kazoo_client, silent_port: int
) -> None:
    kazoo_client(zk_chroot).create("/still-works", b"yes")
    refused = f"127.0.0.1:{free_port()}"
    silent = f"127.0.0.1:{silent_port}"
    chroot = "/" + zk_chroot.split("/", 1)[1]
    heartbeat = Heartbeat()
    win = open_window(
        "--server", f"{zk_server.connect_string},{refused},{silent}{chroot}", connected=False
    )
    win.serverMonitor.timeout = 1.0
    dock = show_panel(qtbot, win)
    qtbot.waitUntil(
        lambda: (
            modes(dock) == {zk_server.connect_string: "standalone", refused: "down", silent: "down"}
        ),
        timeout=WAIT,
    )
    assert "connection refused" in tooltip(dock, refused)
    assert "no answer within 1 s" in tooltip(dock, silent)
    text = message(dock)
    assert f"{refused} is down: connection refused" in text
    assert f"{silent} is down: no answer within 1 s" in text
    assert next(c for c in cells(dock) if c[0] == refused)[1].startswith("down since")

    # The connection itself works meanwhile (kazoo finds the live member).
    wait_connected(qtbot, win)
    expand(qtbot, win.page.model, "/")
    select(qtbot, win, "/still-works")
    assert win.page.dataPane.current_bytes() == b"yes"
    heartbeat.stop()
    assert heartbeat.max_gap < MAX_GUI_GAP, f"the GUI froze for {heartbeat.max_gap:.1f} s"


@pytest.fixture
def ensemble(zk_ensemble: Ensemble) -> Iterator[Ensemble]:
    """The module's ensemble, whole again after the test (every member up, a leader)."""
    yield zk_ensemble
    for member in zk_ensemble.members:
        if not member.is_running():
            member.restart()
    zk_ensemble.wait_leader()


def test_killed_leader_shows_at_the_next_refresh(qtbot, open_window, ensemble: Ensemble) -> None:
    win = open_window("--server", ensemble.connect_string)
    dock = show_panel(qtbot, win)
    leader = ensemble.members[ensemble.leader()]
    qtbot.waitUntil(lambda: modes(dock).get(leader.connect_string) == "leader", timeout=WAIT)
    row = [c[0] for c in cells(dock)].index(leader.connect_string)
    reports_after_kill: list[str] = []
    win.serverMonitor.memberUpdated.connect(
        lambda r: r == row and reports_after_kill.append(cells(dock)[row][2])
    )
    heartbeat = Heartbeat()

    leader.kill()

    qtbot.waitUntil(lambda: "down" in reports_after_kill, timeout=WAIT)
    # The first probe started after the kill says so (one already under way may not).
    assert reports_after_kill.index("down") <= 1, reports_after_kill
    assert f"{leader.connect_string} is down: connection refused" in message(dock)
    # The others elect a new leader, and the panel shows it.
    qtbot.waitUntil(lambda: "leader" in modes(dock).values(), timeout=WAIT)
    new_leader = ensemble.members[ensemble.wait_leader()]
    assert modes(dock)[new_leader.connect_string] == "leader"
    wait_connected(qtbot, win)  # the session carried on
    heartbeat.stop()
    assert heartbeat.max_gap < MAX_GUI_GAP
    assert dock.findChild(QLabel, "serverMessage").isVisible()
