"""Fixtures of the fault tests: a server of the test's own, to stop and start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from zkinspector.zk.server import ZooKeeperServer


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[ZooKeeperServer]:
    """A server only this test uses (same port and data directory across a restart)."""
    server = ZooKeeperServer(tmp_path / "zk", extra_config={"forceSync": "no"})
    server.start()
    yield server
    server.stop()
