"""A real window under Xvfb on the sandbox: it shows the demo tree, and quitting stops the server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.xvfb


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (apt xvfb)")
def test_real_window_on_sandbox(tmp_path):
    shot = tmp_path / "window.png"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X11 window, not offscreen
    env["QT_QPA_PLATFORM"] = "xcb"
    env["HOME"] = str(tmp_path)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            str(Path(__file__).with_name("smoke_window.py")),
            str(shot),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    report = json.loads(lines[-1])
    assert report["platform"] == "xcb"
    assert "Connected" in report["status"]
    for name in ("conf", "nodes", "servers", "app1", "locks", "binary", "secure"):
        assert name in report["tree"], report["tree"]
    assert '"service"' in report["editor"]  # /conf's JSON is shown
    # The screenshot is a real picture of the window, not an empty frame.
    image = QImage(str(shot))
    assert image.width() > 600 and image.height() > 400
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20
    # Quitting stopped the sandbox server: no orphan Java process.
    pid = report["server_pid"]
    assert (
        not Path(f"/proc/{pid}").exists()
        or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
    )
    if os.environ.get("ZKINSPECTOR_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["ZKINSPECTOR_KEEP_SCREENSHOT"])
