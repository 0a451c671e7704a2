"""Jump host options, known_hosts checks and the questions' waiting (no server, no widget)."""

from __future__ import annotations

import io
import threading

import paramiko
import pytest

from zkinspector.zk import known_hosts, ssh_login
from zkinspector.zk.connstr import build_params, parse_ssh_target
from zkinspector.zk.errors import Cancelled
from zkinspector.zk.known_hosts import (
    CHANGED,
    KNOWN,
    UNKNOWN,
    add_known_host,
    check_host_key,
    known_hosts_file,
    known_keys,
)
from zkinspector.zk.ssh import TerminalAsker
from zkinspector.zk.ssh_login import JumpHost, Question, SshError, Waiter, _ask


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bastion", ("", "bastion", 22)),
        ("bob@bastion.example.com:2222", ("bob", "bastion.example.com", 2222)),
        ("bob@[::1]:2022", ("bob", "::1", 2022)),
        ("[fe80::1]", ("", "fe80::1", 22)),
        ("deploy.bot@10.0.0.1", ("deploy.bot", "10.0.0.1", 22)),
    ],
)
def test_parse_ssh_target(text, expected) -> None:
    assert parse_ssh_target(text) == expected
    user, host, port = expected
    params = build_params("zk:2181", ssh_host=host, ssh_port=port, ssh_user=user)
    assert parse_ssh_target(params.ssh_target) == expected  # and back


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter the SSH jump host"),
        ("bob@", "is not a jump host"),
        ("bo b@host", "is not a valid SSH user name"),
        ("@host", "is not a valid SSH user name"),
        ("host:0", "between 1 and 65535"),
        ("host:ssh", "a port is a number"),
        ("::1", "Write IPv6 addresses in brackets"),
        ("bad_host!", "is not a valid host name"),
    ],
)
def test_bad_ssh_target(text, message) -> None:
    with pytest.raises(ValueError, match=message):
        parse_ssh_target(text)


def test_build_params_ssh_fields() -> None:
    params = build_params("zk1,zk2:2182/app", ssh_host="[::1]", ssh_port=2222, ssh_key=" ~/k ")
    assert (params.ssh_host, params.ssh_port, params.ssh_user, params.ssh_key) == (
        "::1",
        2222,
        "",
        "~/k",
    )
    assert params.ssh_target == "[::1]:2222"
    assert params.hosts == "zk1:2181,zk2:2182/app"  # the members stay as written
    plain = build_params("zk1", ssh_port=2222)
    assert (plain.ssh_host, plain.ssh_port, plain.ssh_target) == ("", 22, "")
    with pytest.raises(ValueError, match="needs an SSH jump host"):
        build_params("zk1", ssh_key="id_ed25519")
    with pytest.raises(ValueError, match="between 1 and 65535"):
        build_params("zk1", ssh_host="bastion", ssh_port=70000)


def test_jump_host_names() -> None:
    assert JumpHost("bastion").name == "bastion"
    assert JumpHost("bastion", 2222, "bob").name == "[bastion]:2222"
    assert str(JumpHost("bastion", 2222, "bob")) == "bob@bastion:2222"
    assert str(JumpHost("::1", 22, "bob")) == "bob@::1"
    assert str(JumpHost("::1", 2022)) == "[::1]:2022"


# -- known_hosts ---------------------------------------------------------------------------


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(known_hosts, "SYSTEM_KNOWN_HOSTS", tmp_path / "system_known_hosts")
    return tmp_path


def test_known_hosts_add_and_check(home) -> None:
    key, other = paramiko.ECDSAKey.generate(), paramiko.ECDSAKey.generate()
    assert check_host_key("[bastion]:2222", key) == (UNKNOWN, "", ())
    path = add_known_host("[bastion]:2222", key)
    assert path == known_hosts_file() == home / ".ssh" / "known_hosts"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    assert path.read_text() == f"[bastion]:2222 {key.get_name()} {key.get_base64()}\n"
    assert check_host_key("[bastion]:2222", key) == (KNOWN, str(path), ())
    assert check_host_key("[bastion]:2222", other) == (CHANGED, str(path), ())
    assert check_host_key("bastion", key)[0] == UNKNOWN  # port 22 is another entry
    # A key of another type known for the host: unknown, and the question says so.
    rsa = paramiko.RSAKey.generate(1024)
    assert check_host_key("[bastion]:2222", rsa) == (UNKNOWN, "", ("ECDSA",))


def test_hashed_and_system_known_hosts(home) -> None:
    key = paramiko.ECDSAKey.generate()
    hashed = paramiko.HostKeys.hash_host("bastion")
    (home / "system_known_hosts").write_text(
        f"# a comment\nnot a valid line\n{hashed} {key.get_name()} {key.get_base64()}\n"
    )
    assert check_host_key("bastion", key) == (KNOWN, str(home / "system_known_hosts"), ())
    assert check_host_key("other", key)[0] == UNKNOWN


def test_every_key_of_a_type_is_kept(home) -> None:
    """A stale key and the current one, of one type, for one host: either is known (as
    OpenSSH has it), a third is a changed key."""
    stale, current, third = (paramiko.ECDSAKey.generate() for _ in range(3))
    lines = [f"bastion {k.get_name()} {k.get_base64()}\n" for k in (current, stale)]
    (home / ".ssh").mkdir()
    path = home / ".ssh" / "known_hosts"
    for order in (lines, lines[::-1]):
        path.write_text("".join(order))
        assert check_host_key("bastion", current) == (KNOWN, str(path), ())
        assert check_host_key("bastion", stale) == (KNOWN, str(path), ())
        assert check_host_key("bastion", third) == (CHANGED, str(path), ())
    assert [k.get_base64() for _p, k in known_keys("bastion")] == [
        stale.get_base64(),
        current.get_base64(),
    ]


# -- questions ------------------------------------------------------------------------------


class Answering:
    """An asker that answers from another thread, as the GUI does."""

    def __init__(self, value) -> None:
        self.value = value
        self.asked: list[Question] = []
        self.withdrawn: list[Question] = []

    def ask(self, question: Question) -> None:
        self.asked.append(question)
        if self.value is not ...:
            threading.Timer(0.05, question.answer, (self.value,)).start()

    def withdraw(self, question: Question) -> None:
        self.withdrawn.append(question)


def question() -> Question:
    return Question(Question.PASSWORD, JumpHost("bastion", 22, "bob"))


def test_ask_waits_for_the_answer_and_withdraws() -> None:
    asker = Answering("s3cret")
    q = question()
    assert _ask(asker, q, Waiter(5.0)) is q
    assert q.value == "s3cret" and asker.withdrawn == [q]
    assert "s3cret" not in repr(q)
    q.answer("later")  # only the first answer counts
    assert q.value == "s3cret"


def test_ask_without_an_asker() -> None:
    assert _ask(None, question(), Waiter(1.0)) is None


def test_ask_stops_when_cancelled() -> None:
    asker = Answering(...)  # never answers
    stop = threading.Event()
    threading.Timer(0.1, stop.set).start()
    with pytest.raises(Cancelled):
        _ask(asker, question(), Waiter(5.0, stop.is_set))
    assert len(asker.withdrawn) == 1


def test_ask_times_out(monkeypatch) -> None:
    monkeypatch.setattr(ssh_login, "QUESTION_TIMEOUT", 0.2)
    asker = Answering(...)
    with pytest.raises(SshError, match="No answer within 0.2 s .* bob@bastion"):
        _ask(asker, question(), Waiter(5.0))
    assert len(asker.withdrawn) == 1


def test_time_spent_on_a_question_does_not_count() -> None:
    waiter = Waiter(0.3)
    asker = Answering(...)
    q = question()
    threading.Timer(0.5, q.answer, ("late",)).start()  # after the connect's own deadline
    assert _ask(asker, q, waiter) is q
    assert waiter.remaining() > 0.1


# -- on a terminal (the command line) --------------------------------------------------------


class Tty(io.StringIO):
    """What the user types on a terminal."""

    def isatty(self) -> bool:
        return True


def host_key_question() -> Question:
    return Question(
        Question.HOST_KEY,
        JumpHost("bastion", 2222, "bob"),
        key_type="ED25519",
        fingerprint="SHA256:abc",
        known_hosts="/home/bob/.ssh/known_hosts",
    )


@pytest.mark.parametrize(("typed", "trusted"), [("yes\n", True), ("y\n", True), ("no\n", False)])
def test_terminal_host_key_question(typed, trusted) -> None:
    out = io.StringIO()
    q = host_key_question()
    TerminalAsker(Tty(typed), out).ask(q)
    assert q.value is trusted
    assert out.getvalue() == (
        "The authenticity of the jump host [bastion]:2222 cannot be established.\n"
        "ED25519 key fingerprint is SHA256:abc.\n"
        "Trust it and add it to /home/bob/.ssh/known_hosts (yes/no)? "
    )


def test_terminal_secret_and_no_terminal() -> None:
    prompts: list[str] = []
    q = Question(Question.PASSPHRASE, JumpHost("bastion"), key_file="/k")
    TerminalAsker(Tty(), io.StringIO(), lambda p: prompts.append(p) or "pw").ask(q)
    assert q.value == "pw" and prompts == ["Passphrase of the SSH key /k: "]
    q = host_key_question()
    TerminalAsker(io.StringIO("yes\n"), io.StringIO()).ask(q)  # not a terminal: no answer
    assert q.answered and q.value is None
