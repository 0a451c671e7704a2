"""Connections through an SSH jump host: a real sshd (tests/ssh_fixtures.py) forwarding to
real ZooKeeper servers; questions answered as the GUI would, through the session's signals."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import paramiko
import pytest

from tests.helpers import WAIT
from tests.ssh_fixtures import PASSPHRASE, through
from zkinspector.zk import ssh_login
from zkinspector.zk.server import free_port
from zkinspector.zk.session import CONNECTED, DISCONNECTED, ZkSession, _endpoints
from zkinspector.zk.ssh import Question, TerminalAsker, open_tunnel

pytestmark = pytest.mark.usefixtures("ssh_home")


def connect_ok(qtbot, session: ZkSession, params) -> None:
    with qtbot.waitSignal(session.connected, timeout=WAIT):
        session.connect_to(params)
    assert session.state == CONNECTED


def connect_fails(qtbot, session: ZkSession, params) -> str:
    """Connect, expect a failure; returns its sentence."""
    with qtbot.waitSignal(session.connectFailed, timeout=WAIT) as failed:
        session.connect_to(params)
    assert session.state == DISCONNECTED
    return failed.args[0]


def read(qtbot, session: ZkSession, fn):
    """Run fn(client) on the session; returns its result."""
    box: list = []
    errors: list = []
    session.submit(fn, box.append, errors.append)
    qtbot.waitUntil(lambda: bool(box or errors), timeout=WAIT)
    assert not errors, errors
    return box[0]


def answer_with(session: ZkSession, *answers) -> list[Question]:
    """Answer the session's questions in turn (as the GUI does); returns those asked."""
    asked: list[Question] = []
    replies = list(answers)

    def reply(question: Question) -> None:
        asked.append(question)
        value = replies.pop(0) if replies else None
        question.answer(value)

    session.sshQuestion.connect(reply)
    return asked


def tunnel_threads_gone(tunnel) -> bool:
    return not any(t.is_alive() for t in tunnel.threads())


def ssh_transports() -> list[paramiko.Transport]:
    """SSH connections alive now (each is a thread)."""
    return [t for t in threading.enumerate() if isinstance(t, paramiko.Transport) and t.is_alive()]


def known_hosts(home: Path) -> str:
    return (home / ".ssh" / "known_hosts").read_text()


# -- through the tunnel ---------------------------------------------------------------------


def test_session_through_tunnel_reads_the_chroot(
    qtbot, session, sshd, zk_chroot, zk_client, zk_server
) -> None:
    zk_client.create("/conf", b"x")
    zk_client.create("/nodes")
    connect_ok(qtbot, session, through(sshd, zk_chroot))
    tunnel = session.tunnel
    assert tunnel is not None and tunnel.is_open
    member = ("127.0.0.1", zk_server.port)
    assert list(tunnel.forwards) == [member]
    # kazoo talks to the forward, and the status names the member behind it.
    peer, _local = _endpoints(session._client)
    assert peer == f"127.0.0.1:{tunnel.forwards[member]}"
    assert session.server == f"127.0.0.1:{zk_server.port}"
    assert session.local_address == ""  # the server sees the jump host, not us
    assert sorted(read(qtbot, session, lambda c: c.get_children("/"))) == ["conf", "nodes"]
    assert read(qtbot, session, lambda c: c.get("/conf")[0]) == b"x"
    # The sshd forwarded it: its log names the connection to the ZooKeeper port.
    assert f"target 127.0.0.1 port {zk_server.port}" in (sshd.dir / "sshd.log").read_text()


def test_disconnect_closes_the_tunnel_and_leaves_no_thread(qtbot, session, sshd, zk_chroot):
    connect_ok(qtbot, session, through(sshd, zk_chroot))
    tunnel = session.tunnel
    local_port = next(iter(tunnel.forwards.values()))
    session.disconnect_from()
    assert session.tunnel is None
    qtbot.waitUntil(lambda: tunnel_threads_gone(tunnel), timeout=WAIT)
    assert not tunnel.is_open
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", local_port), timeout=2).close()
    names = {t.name for t in threading.enumerate()}
    assert not {"ssh-tunnel", "ssh-forward", "ssh-probe"} & names, names


@pytest.mark.ensemble
def test_ensemble_through_three_forwards(qtbot, session, sshd, zk_ensemble) -> None:
    params = through(sshd, zk_ensemble.connect_string)
    connect_ok(qtbot, session, params)
    forwards = session.tunnel.forwards
    assert sorted(forwards) == sorted(params.servers) and len(forwards) == 3
    assert len(set(forwards.values())) == 3
    assert session.server in {f"{h}:{p}" for h, p in params.servers}
    read(qtbot, session, lambda c: c.ensure_path("/ssh-ensemble"))
    assert read(qtbot, session, lambda c: c.exists("/ssh-ensemble")) is not None


def test_agent_key(qtbot, session, sshd, zk_chroot, ssh_home, monkeypatch) -> None:
    socket_path = str(ssh_home / "agent.sock")
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", socket_path], stdout=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: os.path.exists(socket_path), timeout=WAIT)
        env = {**os.environ, "SSH_AUTH_SOCK": socket_path}
        subprocess.run(["ssh-add", str(sshd.key)], env=env, check=True, capture_output=True)
        monkeypatch.setenv("SSH_AUTH_SOCK", socket_path)
        params = through(sshd, zk_chroot, key="")  # no key file: the agent's key
        connect_ok(qtbot, session, params)
        assert read(qtbot, session, lambda c: c.exists("/")) is not None
    finally:
        session.disconnect_from()
        agent.terminate()
        agent.wait(10)


def test_passphrase_asked_and_a_wrong_one_asked_again(qtbot, session, sshd, zk_chroot) -> None:
    asked = answer_with(session, "wrong", PASSPHRASE)
    connect_ok(qtbot, session, through(sshd, zk_chroot, key=sshd.passphrase_key))
    assert [q.kind for q in asked] == [Question.PASSPHRASE] * 2
    assert asked[0].key_file == str(sshd.passphrase_key)
    assert not asked[0].retry and asked[1].retry


def test_passphrase_refused_ends_with_a_sentence(qtbot, session, sshd, zk_chroot) -> None:
    answer_with(session, None)  # the user cancels the question
    text = connect_fails(qtbot, session, through(sshd, zk_chroot, key=sshd.passphrase_key))
    assert "refused the login" in text and str(sshd.passphrase_key) in text


# -- host keys ------------------------------------------------------------------------------


def test_unknown_host_key_accepted_is_added_to_known_hosts(
    qtbot, session, sshd, zk_chroot, ssh_home
) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()
    asked = answer_with(session, True)
    connect_ok(qtbot, session, through(sshd, zk_chroot))
    assert len(asked) == 1 and asked[0].kind == Question.HOST_KEY
    # The fingerprint as OpenSSH's ssh-keygen -l prints it.
    assert asked[0].fingerprint == sshd.fingerprint and asked[0].key_type == "ED25519"
    assert known_hosts(ssh_home) == sshd.known_hosts_line
    # Known now: the next connect asks nothing.
    session.disconnect_from()
    connect_ok(qtbot, session, through(sshd, zk_chroot))
    assert len(asked) == 1


def test_unknown_host_key_trusted_on_a_terminal(sshd, zk_chroot, ssh_home) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = io.StringIO()
    tunnel = open_tunnel(through(sshd, zk_chroot), TerminalAsker(Tty("yes\n"), out))
    try:
        assert tunnel.is_open and sshd.fingerprint in out.getvalue()
        assert known_hosts(ssh_home) == sshd.known_hosts_line
    finally:
        tunnel.close()


def test_unknown_host_key_refused(qtbot, session, sshd, zk_chroot, ssh_home) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()
    asked = answer_with(session, False)
    text = connect_fails(qtbot, session, through(sshd, zk_chroot))
    assert len(asked) == 1
    assert text == (
        f"Not connected: the host key of the jump host [127.0.0.1]:{sshd.port} was not accepted."
    )
    assert not (ssh_home / ".ssh" / "known_hosts").exists()


def test_changed_host_key_refused_without_asking(qtbot, session, sshd, zk_chroot, ssh_home) -> None:
    other = " ".join((sshd.dir / "other.pub").read_text().split()[:2])
    line = f"[127.0.0.1]:{sshd.port} {other}\n"
    (ssh_home / ".ssh" / "known_hosts").write_text(line)
    asked = answer_with(session, True)
    text = connect_fails(qtbot, session, through(sshd, zk_chroot))
    assert not asked
    assert "has changed" in text and sshd.fingerprint in text
    assert str(ssh_home / ".ssh" / "known_hosts") in text
    assert known_hosts(ssh_home) == line  # left as it was


@pytest.mark.parametrize("stale_first", [True, False])
def test_a_stale_line_beside_the_current_key_is_accepted(
    qtbot, session, sshd, zk_chroot, ssh_home, stale_first
) -> None:
    """Two lines of one key type for the jump host (a stale one and the current one):
    OpenSSH accepts the login, and so do we, without a question."""
    stale = " ".join((sshd.dir / "other.pub").read_text().split()[:2])
    lines = [f"[127.0.0.1]:{sshd.port} {stale}\n", sshd.known_hosts_line]
    text = "".join(lines if stale_first else lines[::-1])
    (ssh_home / ".ssh" / "known_hosts").write_text(text)
    asked = answer_with(session, False)
    connect_ok(qtbot, session, through(sshd, zk_chroot))
    assert not asked and session.tunnel is not None and session.tunnel.is_open
    assert known_hosts(ssh_home) == text  # left as it was


def test_question_unanswered_times_out(qtbot, session, sshd, zk_chroot, ssh_home, monkeypatch):
    monkeypatch.setattr(ssh_login, "QUESTION_TIMEOUT", 0.5)
    (ssh_home / ".ssh" / "known_hosts").unlink()
    with qtbot.waitSignal(session.sshQuestionWithdrawn, timeout=WAIT):
        text = connect_fails(qtbot, session, through(sshd, zk_chroot))
    assert text.startswith("No answer within 0.5 s to the question about the jump host")


def test_cancel_while_a_question_waits(qtbot, session, sshd, zk_chroot, ssh_home) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()
    with qtbot.waitSignal(session.sshQuestion, timeout=WAIT) as asked:
        session.connect_to(through(sshd, zk_chroot))
    job = session._connect_job
    session.cancel_connect()
    assert session.state == DISCONNECTED
    assert job.wait(5)  # the worker stopped waiting for the answer
    asked.args[0].answer(True)  # a late answer changes nothing
    assert not (ssh_home / ".ssh" / "known_hosts").exists()


# -- faults ---------------------------------------------------------------------------------


def test_wrong_key_refused(qtbot, session, sshd, zk_chroot) -> None:
    text = connect_fails(qtbot, session, through(sshd, zk_chroot, key=sshd.stranger_key))
    assert text == (
        f"The jump host 127.0.0.1:{sshd.port} refused the login as {sshd.user} (tried the key "
        f"{sshd.stranger_key}); check the user name and the key."
    )


def test_unknown_user_refused(qtbot, session, sshd, zk_chroot) -> None:
    text = connect_fails(qtbot, session, through(sshd, zk_chroot, user="nobody-here"))
    assert "refused the login as nobody-here" in text


def test_missing_key_file(qtbot, session, sshd, zk_chroot, tmp_path) -> None:
    text = connect_fails(qtbot, session, through(sshd, zk_chroot, key=tmp_path / "none"))
    assert text == (
        f"The SSH key file {tmp_path / 'none'} cannot be used: No such file or directory."
    )


def test_jump_host_refusing(qtbot, session, sshd, zk_chroot) -> None:
    port = free_port()
    params = through(sshd, zk_chroot, port=port)
    text = connect_fails(qtbot, session, params)
    assert text == (
        f"The jump host 127.0.0.1:{port} refused the connection (is its SSH server on that port?)."
    )


def test_silent_jump_host_ends_within_the_timeout(qtbot, session, sshd, zk_chroot) -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never speaks
        port = silent.getsockname()[1]
        params = through(sshd, zk_chroot, port=port, timeout=1.5)
        with qtbot.waitSignal(session.connectFailed, timeout=1500 + 5000) as failed:
            session.connect_to(params)
    assert failed.args[0] == (
        f"127.0.0.1:{port} accepted the connection but did not complete the SSH handshake "
        "within 1.5 s (is it an SSH server?)."
    )


def test_cancel_while_the_jump_host_is_silent(qtbot, session, sshd, zk_chroot) -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:
        params = through(sshd, zk_chroot, port=silent.getsockname()[1], timeout=60)
        session.connect_to(params)
        job = session._connect_job
        qtbot.waitUntil(lambda: bool(ssh_transports()), timeout=WAIT)  # in the handshake
        session.cancel_connect()
        assert session.state == DISCONNECTED
        assert job.wait(5)  # not the 60 s of the timeout
    qtbot.waitUntil(lambda: not ssh_transports(), timeout=WAIT)


def test_not_an_ssh_server(qtbot, session, sshd, zk_chroot, zk_server) -> None:
    params = through(sshd, zk_chroot, port=zk_server.port, timeout=3)
    text = connect_fails(qtbot, session, params)
    assert text.startswith(f"The SSH handshake with 127.0.0.1:{zk_server.port} failed")


def test_member_the_jump_host_cannot_reach(qtbot, session, sshd) -> None:
    port = free_port()
    text = connect_fails(qtbot, session, through(sshd, f"127.0.0.1:{port}/app"))
    assert text == (
        f"Through the jump host {sshd.target}: the jump host cannot reach 127.0.0.1:{port} "
        "(Connect failed: refused, unknown name or no route)."
    )


def test_one_unreachable_member_is_reported_and_the_others_used(
    qtbot, session, sshd, zk_server, zk_chroot
) -> None:
    port = free_port()
    chroot = zk_chroot.partition("/")[2]
    params = through(sshd, f"127.0.0.1:{port},127.0.0.1:{zk_server.port}/{chroot}")
    with qtbot.waitSignal(session.tunnelMessage, timeout=WAIT) as message:
        connect_ok(qtbot, session, params)
    assert message.args[0] == (
        f"Through the jump host {sshd.target}: the jump host cannot reach 127.0.0.1:{port} "
        "(Connect failed: refused, unknown name or no route)."
    )
    assert session.server == f"127.0.0.1:{zk_server.port}"


def test_dropped_ssh_connection_comes_back(qtbot, session, sshd, zk_chroot, zk_client) -> None:
    connect_ok(qtbot, session, through(sshd, zk_chroot))
    messages: list[str] = []
    session.tunnelMessage.connect(messages.append)
    before = set(sshd.connections())
    assert before
    for pid in before:  # the sshd processes serving this connection
        os.kill(pid, 9)
    qtbot.waitUntil(lambda: any("is back" in m for m in messages), timeout=WAIT)
    assert messages[0] == f"The SSH connection to {sshd.target} dropped; connecting again…"
    qtbot.waitUntil(lambda: session.state == CONNECTED, timeout=WAIT)
    zk_client.create("/after-drop")
    assert read(qtbot, session, lambda c: c.exists("/after-drop")) is not None


# -- TLS to a member through the tunnel -------------------------------------------------------


@pytest.fixture
def tls_member(tmp_path) -> Iterator[tuple[int, Path]]:
    """A TLS server on loopback whose certificate names only "localhost" (not 127.0.0.1):
    each connection gets b"ok" after the handshake. Yields (port, CA file)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _address = listener.accept()
            except OSError:
                return  # closed: the test is over
            with contextlib.suppress(OSError), context.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"ok")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], cert
    finally:
        listener.close()
        thread.join(5)


@pytest.mark.parametrize(("member", "verified"), [("localhost", True), ("127.0.0.1", False)])
def test_tls_host_name_check_uses_the_member_name(sshd, tls_member, member, verified) -> None:
    port, ca = tls_member
    tunnel = open_tunnel(through(sshd, f"{member}:{port}"))
    try:
        local = tunnel.forwards[(member, port)]
        assert tunnel.connect_string == f"127.0.0.1:{local}"
        # As kazoo calls it: the forward's address, the name it resolved (127.0.0.1).
        connect = partial(
            tunnel.kazoo_handler().create_connection,
            address=("127.0.0.1", local),
            hostname="127.0.0.1",
            timeout=5,
            use_ssl=True,
            ca=str(ca),
            verify_certs=True,
            check_hostname=True,
        )
        if verified:  # the certificate names the member, not 127.0.0.1
            with connect() as sock:
                sock.setblocking(True)
                assert sock.recv(2) == b"ok"
        else:
            with pytest.raises(ssl.SSLCertVerificationError, match="127.0.0.1"):
                connect()
    finally:
        tunnel.close()
