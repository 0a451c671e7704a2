"""Stopping the sandbox when its server died: the window must not freeze on it."""

from __future__ import annotations

import threading

from tests.helpers import WAIT
from zkinspector.zk.sandbox import Sandbox


def test_stop_with_the_server_killed_returns_and_leaves_no_actor(qtbot) -> None:
    box = Sandbox(heap_mb=128, live_pace=0.05)
    box.start()
    assert box.server is not None and box.live is not None and box.owner is not None
    actors = box.live.threads
    box.server.kill()
    owner = box.owner
    # The actors' clients now retry a dead server; calls in flight wait for it.
    qtbot.waitUntil(lambda: not owner.connected, timeout=WAIT)

    stopper = threading.Thread(target=box.stop, name="test-stop")
    stopper.start()
    # It used to join each actor for up to 10 s before closing their clients (~100 s).
    qtbot.waitUntil(lambda: not stopper.is_alive(), timeout=WAIT)
    assert not [t.name for t in actors if t.is_alive()]
    assert not [t.name for t in threading.enumerate() if t.name.startswith("sandbox-")]
    assert box.connect_string is None
