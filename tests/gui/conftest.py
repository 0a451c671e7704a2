"""Fixtures of the widget tests."""

from __future__ import annotations

import pytest

from zkinspector.ui.data_pane import DataPane
from zkinspector.zk.server import ZooKeeperServer


@pytest.fixture
def pane(qtbot) -> DataPane:
    """A shown DataPane, alone (no session)."""
    widget = DataPane()
    qtbot.addWidget(widget)
    widget.resize(640, 330)
    widget.show()
    return widget


@pytest.fixture(scope="module")
def other_cluster():
    """A second ZooKeeper server (another cluster: copies and comparisons across)."""
    server = ZooKeeperServer(extra_config={"forceSync": "no"})
    server.start()
    try:
        yield server
    finally:
        server.stop()
