"""Servers, ports and window helpers for the server-panel tests.

- ``default_server``: a ZooKeeper with the default four-letter-word whitelist (``srvr`` only)
  and no AdminServer, as ZooKeeper 3.5+ ships.
- ``admin_server``: the same whitelist, with its AdminServer (Jetty) on a free loopback port;
  yields ``(server, admin_port)``.
- ``silent_port``: a port that accepts connections and never answers.

And what the panel shows: ``show_panel(qtbot, win)``, ``cells``, ``modes``, ``message``.
Import the fixtures a module uses (``from tests.server_panel_helpers import silent_port``).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDockWidget, QLabel, QTableView

from tests.helpers import WAIT
from zkinspector.zk.server import ZooKeeperServer, free_port

__all__ = [
    "FAST_MS",
    "DefaultWhitelistServer",
    "admin_server",
    "cells",
    "default_server",
    "message",
    "modes",
    "show_panel",
    "silent_port",
]

FAST_MS = 300  # the panel's refresh interval in these tests


def show_panel(qtbot, win) -> QDockWidget:
    """Open View > Servers and make it refresh quickly."""
    win.serverMonitor.set_interval(FAST_MS)
    win.actions.actionServerPanel.setChecked(True)  # (the last window may have left it open)
    dock = win.findChild(QDockWidget, "serverPanel")
    qtbot.waitUntil(dock.isVisible, timeout=WAIT)
    return dock


def cells(dock: QDockWidget) -> list[list[str]]:
    """What serverTable shows, row by row."""
    model = dock.findChild(QTableView, "serverTable").model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def modes(dock: QDockWidget) -> dict[str, str]:
    """host:port -> mode cell."""
    return {row[0]: row[2] for row in cells(dock)}


def message(dock: QDockWidget) -> str:
    return dock.findChild(QLabel, "serverMessage").text()


class DefaultWhitelistServer(ZooKeeperServer):
    """A server whose zoo.cfg leaves ``4lw.commands.whitelist`` out (ZooKeeper's default)."""

    def _config_text(self) -> str:
        lines = super()._config_text().splitlines(keepends=True)
        return "".join(line for line in lines if not line.startswith("4lw.commands.whitelist"))

    def _answers_as_us(self) -> bool:
        # The start-up check asks `conf`, which this server refuses; `srvr` (asked before
        # this) already answered, and the port was free when the server was launched.
        return True


@pytest.fixture(scope="module")
def default_server() -> Iterator[DefaultWhitelistServer]:
    server = DefaultWhitelistServer(extra_config={"forceSync": "no"})
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def admin_server() -> Iterator[tuple[DefaultWhitelistServer, int]]:
    port = free_port()
    server = DefaultWhitelistServer(
        extra_config={
            "forceSync": "no",
            "admin.enableServer": "true",
            "admin.serverPort": str(port),
            "admin.serverAddress": "127.0.0.1",
        }
    )
    server.start()
    try:
        yield server, port
    finally:
        server.stop()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port whose listener never accepts: connections complete, nothing answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]
