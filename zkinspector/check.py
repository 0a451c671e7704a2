"""``--exit-after-connect``: start as usual, connect, list the root, report and quit.

Packagers and CI use it to check that an installation or a bundle really works: the
real window is built and shown, the real session connects to ``--server`` and the tree
lists the root's children, exactly as for a user. One JSON line goes to stdout:
``{"server", "children", "status", "shown", "listed"}`` (times as seconds since the
epoch; status is the status bar's connection text, in the interface language) and
the exit code is 0; on a failed connection or after ``timeout`` seconds it is
``{"error": sentence}`` and 1.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

__all__ = ["check_connection"]

POLL_MS = 10


def check_connection(window: QMainWindow, timeout: float) -> None:
    """Watch ``window``'s current page until its root is listed, then report and quit."""
    report: dict = {}
    deadline = time.monotonic() + timeout

    def finish(code: int) -> None:
        poll.stop()
        sys.stdout.write(json.dumps(report) + "\n")
        sys.stdout.flush()
        window.close()
        QApplication.exit(code)

    def shown() -> None:
        report["shown"] = time.time()

    def check() -> None:
        page = window.page  # type: ignore[attr-defined]
        root = page.model.find("/")
        if root is not None and root.children is not None and not root.loading:
            report.update(
                server=page.session.server,
                children=[child.name for child in root.children],
                status=window.connectionStatus.text(),  # type: ignore[attr-defined]
                listed=time.time(),
            )
            finish(0)
        elif time.monotonic() > deadline:
            report["error"] = f"not connected and listed within {timeout:g} s"
            finish(1)

    def failed(text: str) -> None:
        report["error"] = text
        finish(1)

    window.page.session.connectFailed.connect(failed)  # type: ignore[attr-defined]
    poll = QTimer(window)
    poll.timeout.connect(check)
    poll.start(POLL_MS)
    QTimer.singleShot(0, shown)
