"""Imported first by every GUI benchmark: the checkout on sys.path, offscreen Qt, and
settings/logs in a throw-away home so a benchmark never touches the user's."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
_HOME = tempfile.mkdtemp(prefix="zkinspector-bench-home-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())


def open_window(argv: list[str]):
    """The main window as zkinspector's main() starts it (a QApplication must exist):
    create_main_window, then the start-up objects frozen out of the cycle collector."""
    from zkinspector.app import create_main_window
    from zkinspector.models.collector import recollect

    window = create_main_window(argv)
    recollect()
    return window


T = TypeVar("T")


def on_server(connect: str | None, run: Callable[[str], T]) -> T:
    """``run(connect)``; with no ``connect``, on a ZooKeeper started for it and stopped after."""
    if connect is not None:
        return run(connect)
    from zkinspector.zk.server import ZooKeeperServer

    server = ZooKeeperServer()
    server.start()
    try:
        return run(server.connect_string)
    finally:
        server.stop()
