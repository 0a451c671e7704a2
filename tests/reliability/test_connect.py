"""Connection mistakes: each gives a clear sentence in time, the GUI never freezes, and no
kazoo thread is left running afterwards."""

from __future__ import annotations

import socket
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox

from tests.helpers import WAIT
from tests.reliability.helpers import Heartbeat, kazoo_threads
from zkinspector.zk.connstr import ConnectParams, build_params
from zkinspector.zk.server import ZooKeeperServer, free_port
from zkinspector.zk.session import DISCONNECTED, ZkSession

TIMEOUT = 3.0  # the session timeout the user chose: the message must come about then
# s: the GUI thread never waits on the network; a blocking connect would stall it for
# TIMEOUT and more, a busy machine for much less.
MAX_GUI_GAP = 2.0


def _fails(qtbot, session: ZkSession, params: ConnectParams) -> str:
    """Connect, expect connectFailed within the timeout (+ probing), return the message."""
    before = kazoo_threads()
    heartbeat = Heartbeat()
    with qtbot.waitSignal(session.connectFailed, timeout=int(params.timeout * 1000) + 8000) as got:
        session.connect_to(params)
    heartbeat.stop()
    assert session.state == DISCONNECTED and session.server == ""
    qtbot.waitUntil(lambda: kazoo_threads() <= before, timeout=WAIT)
    assert heartbeat.max_gap < MAX_GUI_GAP, f"the GUI froze for {heartbeat.max_gap:.1f} s"
    return got.args[0]


def test_refused_port(qtbot, session: ZkSession) -> None:
    port = free_port()
    message = _fails(qtbot, session, build_params(f"127.0.0.1:{port}", timeout=TIMEOUT))
    assert message == f"Could not connect within 3 s: 127.0.0.1:{port} refused the connection."


def test_server_that_accepts_but_never_answers(qtbot, session: ZkSession) -> None:
    # Listens (the kernel completes the handshake into the backlog) but never accepts,
    # reads or answers: a hung server, or some other program on the port.
    with socket.create_server(("127.0.0.1", 0), backlog=8) as silent:
        port = silent.getsockname()[1]
        message = _fails(qtbot, session, build_params(f"127.0.0.1:{port}", timeout=TIMEOUT))
    assert f"127.0.0.1:{port} accepts connections but did not start a session" in message


def test_unknown_host_name(qtbot, session: ZkSession) -> None:
    message = _fails(qtbot, session, build_params("no-such-host.invalid:2181", timeout=TIMEOUT))
    assert message == "Unknown host: no-such-host.invalid could not be resolved."


def test_one_good_member_is_enough(qtbot, session: ZkSession, zk_server: ZooKeeperServer) -> None:
    """An ensemble string with dead and unknown members still connects to the live one."""
    hosts = f"no-such-host.invalid:2181,127.0.0.1:{free_port()},{zk_server.connect_string}"
    with qtbot.waitSignal(session.connected, timeout=WAIT):
        session.connect_to(build_params(hosts, timeout=TIMEOUT * 2))
    assert session.server == zk_server.connect_string


def test_missing_chroot(qtbot, session: ZkSession, zk_server: ZooKeeperServer) -> None:
    chroot = f"/no-such-chroot-{uuid.uuid4().hex[:8]}"
    params = build_params(zk_server.connect_string + chroot, timeout=TIMEOUT)
    message = _fails(qtbot, session, params)
    assert message == f"The chroot {chroot} does not exist on {zk_server.connect_string}."


def test_tls_to_a_plain_port(qtbot, session: ZkSession, zk_server: ZooKeeperServer) -> None:
    if "use_ssl" not in ConnectParams.__dataclass_fields__:
        pytest.skip("ConnectParams has no TLS settings")
    params = build_params(zk_server.connect_string, timeout=TIMEOUT, use_ssl=True)
    message = _fails(qtbot, session, params)
    assert "TLS handshake failed" in message and "secureClientPort" in message


def test_cancelling_a_connect_stops_it(qtbot, session: ZkSession) -> None:
    before = kazoo_threads()
    session.connect_to(build_params(f"127.0.0.1:{free_port()}", timeout=30))
    qtbot.waitUntil(lambda: kazoo_threads() > before, timeout=WAIT)
    session.cancel_connect()
    assert session.state == DISCONNECTED
    qtbot.waitUntil(lambda: kazoo_threads() <= before, timeout=WAIT)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_garbage_connect_strings_raise_value_error_only(server: str) -> None:
    try:
        params = build_params(server)
    except ValueError as exc:
        assert str(exc).strip(), "a sentence for the user"
    else:
        assert params.hosts and " " not in params.hosts


@pytest.mark.parametrize(
    "server",
    ["host:port", "a:1:2", "[::1", "h:99999", "h:0", "a,,b", "bad host:1", "h:1/bad/", "-x"],
)
def test_bad_server_option_exits_with_a_message(qtbot, capsys, server: str) -> None:
    from zkinspector.app import create_main_window

    with pytest.raises(SystemExit) as exited:
        create_main_window(["zkinspector", "--server", server])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "zkinspector: error:" in err and len(err.strip().splitlines()[-1]) > 25


def test_main_window_says_why_it_could_not_connect(qtbot) -> None:
    from zkinspector.app import create_main_window

    port = free_port()
    heartbeat = Heartbeat()
    window = create_main_window(["zkinspector", "--server", f"127.0.0.1:{port}", "--timeout", "3"])
    qtbot.addWidget(window)
    try:

        def error_box() -> QMessageBox | None:
            box = window.findChild(QMessageBox, "connectErrorBox")
            return box if box is not None and box.isVisible() else None

        qtbot.waitUntil(lambda: error_box() is not None, timeout=WAIT)
        assert f"127.0.0.1:{port} refused the connection" in error_box().text()
        assert "Disconnected" in window.connectionStatus.text()
        assert heartbeat.max_gap < MAX_GUI_GAP
        error_box().close()
    finally:
        heartbeat.stop()
        window.page.session.shutdown(wait=True)
