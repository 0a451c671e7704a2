"""Writes across a dropped connection: applied exactly once, or reported as failed.

A TCP proxy between the app and a real server loses, on purpose, either a write request
(the server never sees it) or only its answer (the server applied it, the app cannot
know). Then the connection is cut and the app reconnects. Whatever happened, the server
must hold the write exactly once and the app must say what it did.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from tests.helpers import WAIT, connect
from tests.reliability.helpers import (
    OP_CREATE,
    OP_CREATE2,
    OP_MULTI,
    OP_SET_DATA,
    FaultProxy,
    StateLog,
)
from zkinspector.models.selected import SelectedNode
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.delete import DeleteResult, delete_tree
from zkinspector.zk.session import CONNECTED, LOST, SUSPENDED, ZkSession
from zkinspector.zk.writes import UncertainWriteError

FAULTS = ["request-lost", "answer-lost"]


@pytest.fixture
def proxy(zk_server) -> Iterator[FaultProxy]:
    p = FaultProxy(zk_server.host, zk_server.port)
    yield p
    p.close()


@pytest.fixture
def proxied(qtbot, session: ZkSession, proxy: FaultProxy, zk_chroot: str) -> ZkSession:
    """The session, connected to the test's chroot through the proxy."""
    chroot = "/" + zk_chroot.split("/", 1)[1]
    connect(qtbot, session, proxy.address + chroot)
    return session


def _arm(proxy: FaultProxy, fault: str, opcodes: set[int]) -> None:
    if fault == "answer-lost":
        proxy.lose_answer(opcodes)
    else:
        proxy.lose_request(opcodes)


def _drop(qtbot, proxy: FaultProxy, applied=None) -> None:
    """Wait until the armed request passed (and, if given, until `applied()`), then cut."""
    qtbot.waitUntil(proxy.triggered.is_set, timeout=WAIT)
    if applied is not None:
        qtbot.waitUntil(applied, timeout=WAIT)
    proxy.cut()


@pytest.mark.parametrize("fault", FAULTS)
def test_save_across_a_dropped_connection_is_applied_once(
    qtbot, proxied: ZkSession, proxy: FaultProxy, zk_client: KazooClient, fault: str
) -> None:
    zk_client.create("/conf", b"old")
    states = StateLog(proxied)
    selected = SelectedNode(proxied)
    outcomes: list[tuple] = []
    selected.saved.connect(lambda path, stat: outcomes.append(("saved", stat.version)))
    selected.saveFailed.connect(lambda path, msg: outcomes.append(("failed", msg)))
    selected.conflict.connect(lambda path, v, stat: outcomes.append(("conflict", v)))

    _arm(proxy, fault, {OP_SET_DATA})
    selected.save("/conf", b"new", 0)
    if fault == "answer-lost":
        _drop(qtbot, proxy, lambda: zk_client.get("/conf")[1].version == 1)
    else:
        _drop(qtbot, proxy)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=WAIT)

    assert outcomes == [("saved", 1)]
    data, stat = zk_client.get("/conf")
    assert (data, stat.version) == (b"new", 1), "applied exactly once"
    assert states.saw(SUSPENDED, CONNECTED) and LOST not in states.states


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("ephemeral", [False, True], ids=["persistent", "ephemeral"])
def test_create_across_a_dropped_connection_is_applied_once(
    qtbot, proxied: ZkSession, proxy: FaultProxy, zk_client: KazooClient, fault, ephemeral
) -> None:
    made: list[str] = []
    errors: list[BaseException] = []
    _arm(proxy, fault, {OP_CREATE, OP_CREATE2})
    proxied.create(
        "/made", b"payload", ephemeral=ephemeral, on_result=made.append, on_error=errors.append
    )
    if fault == "answer-lost":
        _drop(qtbot, proxy, lambda: zk_client.exists("/made") is not None)
    else:
        _drop(qtbot, proxy)
    qtbot.waitUntil(lambda: bool(made or errors), timeout=WAIT)

    assert errors == [] and made == ["/made"]
    assert zk_client.get_children("/") == ["made"]
    data, stat = zk_client.get("/made")
    assert data == b"payload"
    if ephemeral:
        assert stat.ephemeralOwner == proxied.session_id
        assert proxied.own_ephemerals == ["/made"]
    else:
        assert stat.ephemeralOwner == 0
        assert proxied.own_ephemerals == []


def test_sequential_create_with_a_lost_answer_is_reported_uncertain(
    qtbot, proxied: ZkSession, proxy: FaultProxy, zk_client: KazooClient
) -> None:
    """The server picked a name the app never heard: it must say so, not create another."""
    made: list[str] = []
    errors: list[BaseException] = []
    proxy.lose_answer({OP_CREATE, OP_CREATE2})
    proxied.create("/job-", b"x", sequential=True, on_result=made.append, on_error=errors.append)
    _drop(qtbot, proxy, lambda: len(zk_client.get_children("/")) == 1)
    qtbot.waitUntil(lambda: bool(made or errors), timeout=WAIT)

    assert made == []
    assert len(errors) == 1 and isinstance(errors[0], UncertainWriteError)
    assert '"job-"' in str(errors[0]) and "ten digits" in str(errors[0])
    children = zk_client.get_children("/")
    assert len(children) == 1 and children[0].startswith("job-"), "created once, not twice"


@pytest.mark.parametrize("fault", FAULTS)
def test_recursive_delete_cut_midway_says_exactly_what_remains(
    qtbot, proxied: ZkSession, proxy: FaultProxy, zk_client: KazooClient, fault: str
) -> None:
    n = 2500  # three transactions of at most 1000 deletes
    zk_client.create("/big/sub", makepath=True)
    zk_client.create("/other")
    create_tree(zk_client, [(f"/big/sub/n{i}", b"") for i in range(n)])
    results: list[DeleteResult] = []
    errors: list[BaseException] = []

    def run(client, job):
        return delete_tree(client, ["/big", "/other"], cancelled=lambda: job.stop_requested)

    _arm(proxy, fault, {OP_MULTI})
    proxied.submit_long(run, results.append, errors.append, write=True)
    if fault == "answer-lost":
        _drop(qtbot, proxy, lambda: zk_client.exists("/big/sub").numChildren < n)
    else:
        _drop(qtbot, proxy)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=WAIT)

    assert errors == []
    result = results[0]
    on_server = [p for p in ("/big", "/other") if zk_client.exists(p) is not None]
    assert sorted(result.remaining) == on_server, "says exactly what remains"
    if on_server:
        assert result.errors, "and why it stopped"
    left = zk_client.exists("/big/sub")
    if left is not None:
        # Never more deletions claimed than happened.
        assert result.deleted <= n - left.numChildren

    # The user runs it again: it finishes.
    results.clear()
    proxied.submit_long(run, results.append, errors.append, write=True)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=WAIT)
    assert errors == [] and results[0].remaining == [] and results[0].errors == []
    assert zk_client.get_children("/") == []


# -- an unsaved edit across a reconnect ---------------------------------------------------


@pytest.fixture
def proxied_window(open_window, proxy: FaultProxy, zk_chroot: str):
    """The real main window, connected to the test's chroot through the proxy."""
    chroot = "/" + zk_chroot.split("/", 1)[1]
    return open_window("--server", proxy.address + chroot)


def test_unsaved_edit_survives_a_reconnect_and_saves_once(
    qtbot, proxied_window, proxy: FaultProxy, zk_client: KazooClient
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    window = proxied_window
    zk_client.create("/conf", b"old")
    with qtbot.waitSignal(window.page.selected.loaded, timeout=WAIT):
        window.page.reveal("/conf")
    editor = window.findChild(QPlainTextEdit, "dataEditor")
    qtbot.waitUntil(lambda: editor.toPlainText() == "old", timeout=WAIT)
    editor.selectAll()
    editor.insertPlainText("my edit")  # typed, not saved
    assert window.page.dataPane.is_modified()

    signals = [window.page.session.resynced, window.page.selected.loaded]
    with qtbot.waitSignals(signals, order="strict", timeout=WAIT):
        proxy.cut()  # a blip: Suspended, then Connected (same session), node re-read
    assert window.page.dataPane.is_modified() and editor.toPlainText() == "my edit"
    with qtbot.waitSignal(window.page.selected.saved, timeout=WAIT):
        window.actions.actionSave.trigger()
    qtbot.waitUntil(lambda: not window.page.dataPane.is_modified(), timeout=WAIT)
    data, stat = zk_client.get("/conf")
    assert (data, stat.version) == (b"my edit", 1)
