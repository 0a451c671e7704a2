"""The server panel in the real window, on real members: an ensemble, a server with the
default whitelist, one whose AdminServer answers instead."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
)

from tests.helpers import WAIT
from tests.server_panel_helpers import FAST_MS, cells, message, modes, show_panel
from zkinspector.zk.connstr import build_params
from zkinspector.zk.server import Ensemble


def test_ensemble_members_with_leader_and_own_session(
    qtbot, open_window, zk_ensemble: Ensemble
) -> None:
    win = open_window("--server", zk_ensemble.connect_string)
    win.actions.actionServerPanel.setChecked(False)
    assert not win.findChild(QDockWidget, "serverPanel").isVisible()
    assert not win.serverMonitor.active  # nothing asked while the panel is hidden
    dock = show_panel(qtbot, win)

    expected = {m.connect_string for m in zk_ensemble.members}
    leader = zk_ensemble.members[zk_ensemble.leader()].connect_string
    qtbot.waitUntil(lambda: set(modes(dock).values()) == {"leader", "follower"}, timeout=WAIT)
    shown = modes(dock)
    assert set(shown) == expected
    assert shown[leader] == "leader"
    assert list(shown.values()).count("follower") == 2
    for row in cells(dock):
        assert row[1].startswith("up since")
        assert row[3].startswith("3.")  # version
        epoch, counter = row[4].split(":")  # zxid epoch:counter
        assert int(epoch) >= (1 if row[0] == leader else 0) and int(counter) >= 0
        assert row[8] not in ("", "—")  # znodes
    assert message(dock) == ""  # everything allowed: nothing to explain

    # The member this tab is connected to is selected; its clients include this app.
    table = dock.findChild(QTableView, "serverTable")
    current = cells(dock)[table.currentIndex().row()][0]
    assert current == win.page.session.server
    details = dock.findChild(QTabWidget, "serverDetails")
    details.setCurrentIndex(1)
    clients = dock.findChild(QTableView, "clientTable").model()
    own = f"0x{win.page.session.session_id:x}"
    qtbot.waitUntil(
        lambda: any(
            clients.index(r, 1).data() == own and "(this app)" in clients.index(r, 0).data()
            for r in range(clients.rowCount())
        ),
        timeout=WAIT,
    )
    # The connection asking `cons` is listed too, without a session.
    probes = [
        r for r in range(clients.rowCount()) if "(this panel's probe)" in clients.index(r, 0).data()
    ]
    assert probes and all(clients.index(r, 1).data() == "—" for r in probes)
    # The full answer of a word, read to its end.
    details.setCurrentIndex(2)
    dock.findChild(QComboBox, "serverWordCombo").setCurrentText("mntr")
    output = dock.findChild(QPlainTextEdit, "serverOutput")
    qtbot.waitUntil(lambda: "zk_server_state" in output.toPlainText(), timeout=WAIT)
    assert len(output.toPlainText()) > 8192

    # Hidden: no member is asked any more.
    win.actions.actionServerPanel.setChecked(False)
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=WAIT)
    assert not win.serverMonitor.active
    qtbot.waitUntil(lambda: all(m.job is None for m in win.serverMonitor.members), timeout=WAIT)
    with qtbot.assertNotEmitted(win.serverMonitor.memberUpdated, wait=3 * FAST_MS):
        pass


def test_default_whitelist_says_what_is_missing_and_how_to_allow_it(
    qtbot, open_window, default_server
) -> None:
    win = open_window("--server", default_server.connect_string)
    dock = show_panel(qtbot, win)
    port = dock.findChild(QSpinBox, "adminPortSpin")
    port.setValue(0)  # no AdminServer to ask (8080 may be anything on this machine)
    port.editingFinished.emit()
    qtbot.waitUntil(lambda: "4lw.commands.whitelist=" in message(dock), timeout=WAIT)
    text = message(dock)
    assert default_server.connect_string in text
    assert "mntr" in text and "admin.enableServer=true" in text and "admin.serverPort" in text
    row = cells(dock)[0]
    assert row[2] == "standalone"
    assert row[9] == "—" and row[10] == "—" and row[11] == "—"  # watches, data size, fds
    assert row[5].endswith("ms") and row[8] not in ("", "—")  # srvr still tells these
    # The Clients tab says why it is empty.
    dock.findChild(QTabWidget, "serverDetails").setCurrentIndex(1)
    note = dock.findChild(QLabel, "clientNote")
    qtbot.waitUntil(lambda: "did not list its clients" in note.text(), timeout=WAIT)
    assert "not in 4lw.commands.whitelist" in note.text()


def test_admin_server_fills_in_what_the_words_may_not(qtbot, open_window, admin_server) -> None:
    server, admin_port = admin_server
    win = open_window("--server", server.connect_string)
    dock = show_panel(qtbot, win)
    port = dock.findChild(QSpinBox, "adminPortSpin")
    port.setValue(admin_port)
    port.editingFinished.emit()
    qtbot.waitUntil(lambda: cells(dock)[0][9] not in ("", "—"), timeout=WAIT)
    row = cells(dock)[0]
    assert row[2] == "standalone" and row[10] not in ("", "—") and row[11] not in ("", "—")
    assert f"AdminServer (port {admin_port})" in message(dock)
    assert "4lw.commands.whitelist=" not in message(dock)
    # The port is remembered for this ensemble.
    again = open_window("--server", server.connect_string)
    show_panel(qtbot, again)
    assert again.findChild(QSpinBox, "adminPortSpin").value() == admin_port


def test_panel_follows_the_current_tab(
    qtbot, open_window, zk_ensemble: Ensemble, default_server
) -> None:
    win = open_window("--server", default_server.connect_string)
    dock = show_panel(qtbot, win)
    qtbot.waitUntil(lambda: list(modes(dock).values()) == ["standalone"], timeout=WAIT)
    first = win.page
    win.connect_to(build_params(zk_ensemble.connect_string), new_tab=True)
    qtbot.waitUntil(lambda: win.page is not first and win.page.session.is_connected, timeout=WAIT)
    qtbot.waitUntil(
        lambda: len(modes(dock)) == 3 and "leader" in modes(dock).values(), timeout=WAIT
    )
    win.connectionTabs.setCurrentWidget(first)
    qtbot.waitUntil(lambda: list(modes(dock)) == [default_server.connect_string], timeout=WAIT)
