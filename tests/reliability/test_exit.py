"""Nothing lost, nothing half-written, when the app is killed.

A real zkinspector process (create_main_window, offscreen) writes node after node and
prints each one the server confirmed; it also holds an unsaved edit and an ephemeral
node. It is SIGKILLed mid-stream. The server must then hold every confirmed write, at
most the one write in flight besides, each whole; the unsaved edit must not be there,
and the ephemeral node must go when its session times out.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from kazoo.client import KazooClient

from tests.helpers import WAIT

ROOT = Path(__file__).resolve().parents[2]
SESSION_TIMEOUT = 4  # the server's minimum (2 x tickTime): the ephemeral goes soon

CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from zkinspector.app import create_main_window
from zkinspector.zk.writes import create_once

app = QApplication(["zkinspector"])
window = create_main_window(["zkinspector", "--server", sys.argv[1], "--timeout", sys.argv[2]])
session = window.page.session
count = 0


def write_next(_=None):
    global count
    path = f"/w-{count:05d}"
    data = (path * 50).encode()  # a few KiB: a torn write would show
    count += 1
    session.submit(
        lambda c: create_once(c, path, data),
        lambda p: (print("done", p, flush=True), write_next()),
        lambda e: print("error", path, repr(e), flush=True),
        write=True,
    )


def edit_unsaved(snapshot):
    if snapshot.path == "/edited" and not window.page.dataPane.is_modified():
        editor = window.findChild(QPlainTextEdit, "dataEditor")
        editor.selectAll()
        editor.insertPlainText("UNSAVED EDIT")  # as typed: the document is modified
        print("edited", window.page.dataPane.is_modified(), flush=True)


def started():
    session.create("/eph", b"mine", ephemeral=True, on_result=lambda p: print("eph", p, flush=True))
    window.page.selected.loaded.connect(edit_unsaved)
    window.page.reveal("/edited")
    write_next()


session.connected.connect(started)
app.exec()
"""


def test_killed_app_leaves_only_whole_confirmed_writes(
    zk_chroot: str, zk_client: KazooClient
) -> None:
    zk_client.create("/edited", b"original")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, zk_chroot, str(SESSION_TIMEOUT)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines: list[str] = []
    enough = threading.Event()

    def read() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            lines.append(line.split())
            done = sum(1 for w in lines if w[0] == "done")
            if done >= 30 and any(w[0] == "edited" for w in lines):
                enough.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert enough.wait(60), f"the app did not get going: {lines} {child.stderr.read()}"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)
        reader.join(10)

    assert ["edited", "True"] in lines, "the app held an unsaved edit"
    assert ["eph", "/eph"] in lines, "the app had made its ephemeral node"
    confirmed = {w[1] for w in lines if w[0] == "done"}
    assert not [w for w in lines if w[0] == "error"]
    on_server = {"/" + n for n in zk_client.get_children("/")} - {"/edited", "/eph"}
    assert confirmed <= on_server, "every confirmed write is on the server"
    extra = on_server - confirmed
    next_one = f"/w-{len(confirmed):05d}"
    assert extra <= {next_one}, f"only the write in flight may be there too: {extra}"
    for path in on_server:
        assert zk_client.get(path)[0] == (path * 50).encode(), f"{path} is whole"
    assert zk_client.get("/edited")[0] == b"original", "an unsaved edit is never written"

    # The app's ephemeral node goes with its session, once the server times it out.
    gone = threading.Event()

    def watch(event=None) -> None:
        if zk_client.exists("/eph", watch=watch) is None:
            gone.set()

    watch()
    assert gone.wait(SESSION_TIMEOUT * 3 + WAIT / 1000), "the ephemeral node outlived its session"
