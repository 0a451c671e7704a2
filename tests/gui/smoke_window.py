"""Run by test_smoke_xvfb.py under Xvfb: open the real window on the sandbox, screenshot it.

Prints one JSON line: what the tree shows, the status text, the sandbox server's pid.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from zkinspector.app import create_main_window


def main(shot: str) -> int:
    app = QApplication(sys.argv[:1])
    window = create_main_window(["zkinspector", "--sandbox"])
    report: dict = {"platform": app.platformName()}
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: (report.setdefault("error", "timeout"), app.exit(2)))
    deadline.start(60_000)

    def poll() -> None:
        model = window.page.model
        if model.find("/") is None:
            return  # the sandbox is still starting
        if window.page.current_path() != "/conf":
            window.page.reveal("/conf")
            return
        if window.page.selected.snapshot is None or window.page.selected.snapshot.path != "/conf":
            return
        timer.stop()
        window.page.tree.expand(model.index_of_path("/nodes"))
        QTimer.singleShot(800, finish)

    def finish() -> None:
        window.grab().save(shot)
        root = window.page.model.index(0, 0)
        report["tree"] = [
            window.page.model.index(r, 0, root).data()
            for r in range(window.page.model.rowCount(root))
        ]
        report["status"] = window.connectionStatus.text()
        report["editor"] = window.page.dataPane.editor().toPlainText()[:200]
        report["server_pid"] = window.sandbox.sandbox.server.pid
        window.close()
        app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    code = app.exec()
    print(json.dumps(report))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
