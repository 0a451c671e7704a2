"""The Qt binding must not corrupt Python's reference counts (a crash hours later)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer


def test_void_calls_keep_none_refcount(qapp):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.start(1000)
        timer.stop()
        QCoreApplication.processEvents()
    # Other threads may hold or drop a few references meanwhile; a leak is one per call.
    assert abs(sys.getrefcount(None) - before) < 500
