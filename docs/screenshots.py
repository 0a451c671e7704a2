"""Take the README's screenshots: the real window on the sandbox, under Xvfb.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots.py

One process per language and theme (the catalogues are chosen at start-up); each
selects /conf in the demo tree and saves docs/screenshots/main-window[-pt][-dark].png,
and the Portuguese light run also saves the delete dialog.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
RUNS = [("en", "light", ""), ("en", "dark", "-dark"), ("pt_PT", "light", "-pt"), ("pt_PT", "dark", "-pt-dark")]


def shoot(lang: str, theme: str, suffix: str) -> int:
    sys.path.insert(0, str(ROOT))
    from zkinspector.app import create_main_window

    app = QApplication(["zkinspector"])
    window = create_main_window(["zkinspector", "--sandbox", "--lang", lang, "--theme", theme])
    window.resize(1180, 720)

    def poll() -> None:
        page = window.page
        if page.model.find("/") is None:
            return
        if page.current_path() != "/conf":
            page.reveal("/conf")
            return
        if page.selected.snapshot is None or page.dataPane.path() != "/conf":
            return
        timer.stop()
        page.tree.expand(page.model.index_of_path("/nodes"))
        page.tree.expand(page.model.index_of_path("/app1"))
        QTimer.singleShot(1200, save)

    def save() -> None:
        window.grab().save(str(OUT / f"main-window{suffix}.png"))
        if suffix == "-pt":
            window.page.reveal("/app1")
            QTimer.singleShot(800, delete_dialog)
        else:
            finish()

    def delete_dialog() -> None:
        window.actions.actionDeleteNode.trigger()
        QTimer.singleShot(1500, save_dialog)

    def save_dialog() -> None:
        dialog = window.findChild(QDialog, "deleteNodeDialog")
        if dialog is not None:
            dialog.grab().save(str(OUT / "delete-dialog-pt.png"))
            dialog.reject()
        finish()

    def finish() -> None:
        window.close()
        app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    QTimer.singleShot(90_000, app.quit)
    return app.exec()


def main() -> int:
    if len(sys.argv) == 4:
        return shoot(*sys.argv[1:])
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config", QT_QPA_PLATFORM="xcb")
        env.pop("LANG", None)
        for lang, theme, suffix in RUNS:
            subprocess.run([sys.executable, __file__, lang, theme, suffix], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
