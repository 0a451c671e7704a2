"""SSH tunnel faults in a real window: a silent jump host, a dropped SSH connection. Each
is a sentence within the timeout, the GUI never freezes, the other tab keeps working."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers import WAIT, expand, wait_visible
from tests.reliability.helpers import Heartbeat
from tests.ssh_fixtures import through
from zkinspector.zk.session import CONNECTED

pytestmark = pytest.mark.usefixtures("ssh_home")

MAX_GUI_GAP = 2.0  # s, as in test_connect: a blocking connect would stall for the timeout


def test_silent_jump_host_in_a_new_tab(qtbot, open_window, sshd, zk_chroot, zk_client) -> None:
    zk_client.create("/kept")
    win = open_window("--server", zk_chroot)  # a direct connection in the first tab
    direct = win.page
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never speaks
        params = through(sshd, zk_chroot, port=silent.getsockname()[1], timeout=2)
        heartbeat = Heartbeat()
        win.connect_to(params, new_tab=True)
        assert win.page is not direct
        box = wait_visible(qtbot, win, QMessageBox, "connectErrorBox")
        heartbeat.stop()
    assert "did not complete the SSH handshake within 2 s" in box.text()
    assert heartbeat.max_gap < MAX_GUI_GAP, f"the GUI froze for {heartbeat.max_gap:.1f} s"
    box.close()
    # The first tab never noticed.
    assert direct.session.state == CONNECTED
    expand(qtbot, direct.model, "/", ["kept"])


def test_dropped_ssh_connection_shows_in_the_status_bar(
    qtbot, open_window, sshd, zk_chroot, zk_client
) -> None:
    win = open_window("--server", zk_chroot, "--ssh", sshd.target, "--ssh-key", str(sshd.key))
    shown: list[str] = []
    win.page.message.connect(lambda text, _ms: shown.append(text))
    heartbeat = Heartbeat()
    for pid in sshd.connections():
        os.kill(pid, 9)
    back = f"The SSH tunnel through {sshd.target} is back."
    qtbot.waitUntil(lambda: back in shown, timeout=WAIT)
    heartbeat.stop()
    dropped = f"The SSH connection to {sshd.target} dropped; connecting again…"
    assert dropped in shown and shown.index(dropped) < shown.index(back)
    assert heartbeat.max_gap < MAX_GUI_GAP, f"the GUI froze for {heartbeat.max_gap:.1f} s"
    qtbot.waitUntil(lambda: win.page.session.state == CONNECTED, timeout=WAIT)
    zk_client.create("/after")
    expand(qtbot, win.page.model, "/", ["after"])
