"""Logging in to an SSH jump host: the TCP connection, the host key, the authentication.

The host key is checked against the known hosts (``known_hosts.py``), as OpenSSH does: a known key logs in, a changed key is
refused, an unknown key is shown to the user (its SHA256 fingerprint) and, if accepted,
appended to ``~/.ssh/known_hosts``. Authentication tries the key file given, the SSH
agent's keys (``SSH_AUTH_SOCK``), the default key files when no key file was given, then
a password where the server takes one. A key's passphrase or the password comes from the
system keyring (``zk.secrets``) or from a question to the user, never from the command line.

Everything here runs on a worker thread and blocks only in short steps: each step ends
at the connect's deadline (a sentence) or at once when its stop flag is raised
(``Cancelled``). Questions go to the user through an :class:`Asker` and come back to
the waiting worker; they end after :data:`QUESTION_TIMEOUT`. No widgets here.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import paramiko
from paramiko.auth_handler import AuthHandler

from . import secrets
from .connstr import DEFAULT_SSH_PORT, format_host
from .errors import Cancelled
from .known_hosts import (
    CHANGED,
    KNOWN,
    add_known_host,
    check_host_key,
    key_kind,
    known_hosts_file,
    known_keys,
)
from .texts import translate

log = logging.getLogger(__name__)

__all__ = [
    "QUESTION_TIMEOUT",
    "Asker",
    "Credential",
    "JumpHost",
    "Question",
    "SshError",
    "Waiter",
    "log_in",
]

QUESTION_TIMEOUT = 120.0
"""Seconds a question waits for the user's answer before the connect gives up."""

#: Keyring kinds (see zk.secrets): a key file's passphrase, a jump host's password.
SECRET_PASSPHRASE, SECRET_PASSWORD = "ssh-passphrase", "ssh-password"

DEFAULT_KEY_FILES = ("id_ed25519", "id_ecdsa", "id_rsa")
_TRIES = 3  # passphrases and passwords, as OpenSSH
_STEP = 0.05  # seconds between checks of the stop flag


class SshError(Exception):
    """The jump host could not be used; str() is one sentence for the user."""


@dataclass(frozen=True)
class JumpHost:
    """Where to log in: host, port, user, and an optional private key file."""

    host: str
    port: int = DEFAULT_SSH_PORT
    user: str = ""
    key_file: str = ""

    @property
    def name(self) -> str:
        """The host's name in known_hosts: "host", or "[host]:port" off port 22."""
        return self.host if self.port == DEFAULT_SSH_PORT else f"[{self.host}]:{self.port}"

    def __str__(self) -> str:
        where = format_host(self.host, self.port) if self.port != DEFAULT_SSH_PORT else self.host
        return f"{self.user}@{where}" if self.user else where


class Waiter:
    """The deadline and the stop flag of the blocking steps of one login."""

    def __init__(self, timeout: float, stop: Callable[[], bool] | None = None) -> None:
        self.timeout = timeout
        self._stop = stop or (lambda: False)
        self._deadline = time.monotonic() + timeout

    def remaining(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def stopped(self) -> bool:
        """True once the work was asked to stop."""
        return self._stop()

    def check(self) -> None:
        """Raise Cancelled if the work was asked to stop."""
        if self._stop():
            raise Cancelled()

    def wait(self, event: threading.Event) -> bool:
        """Wait for ``event``; False at the deadline; Cancelled when asked to stop."""
        while not event.wait(min(_STEP, self.remaining()) or 0.001):
            self.check()
            if self.remaining() <= 0:
                return event.is_set()
        return True

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """The time spent inside (waiting for the user) does not count against the deadline."""
        started = time.monotonic()
        try:
            yield
        finally:
            self._deadline += time.monotonic() - started


# -- questions ------------------------------------------------------------------------------


class Question:
    """A question to the user, asked from a worker and answered from another thread.

    ``kind`` is HOST_KEY (answer True to trust the key, False to refuse), PASSPHRASE (the
    passphrase of ``key_file``) or PASSWORD (the password of ``jump``); a secret's answer
    is a str, or None to give up; ``remember`` asks to keep it in the system keyring
    (done once it worked). ``retry`` says an earlier answer was wrong. For HOST_KEY,
    ``key_type`` ("ED25519") and ``fingerprint`` ("SHA256:...") as OpenSSH prints them,
    ``other_types`` the types of keys known_hosts holds for the host, and ``known_hosts``
    the file the key is added to.
    """

    HOST_KEY, PASSPHRASE, PASSWORD = "host-key", "passphrase", "password"

    def __init__(
        self,
        kind: str,
        jump: JumpHost,
        *,
        key_type: str = "",
        fingerprint: str = "",
        other_types: tuple[str, ...] = (),
        known_hosts: str = "",
        key_file: str = "",
        retry: bool = False,
        can_remember: bool = False,
    ) -> None:
        self.kind = kind
        self.jump = jump
        self.key_type = key_type
        self.fingerprint = fingerprint
        self.other_types = other_types
        self.known_hosts = known_hosts
        self.key_file = key_file
        self.retry = retry
        self.can_remember = can_remember
        self.value: Any = None
        self.remember = False
        self._answered = threading.Event()

    def answer(self, value: Any, remember: bool = False) -> None:
        """Give the answer (any thread); only the first one counts."""
        if self._answered.is_set():
            return
        self.value, self.remember = value, remember
        self._answered.set()

    @property
    def answered(self) -> bool:
        return self._answered.is_set()

    def __repr__(self) -> str:  # never the answer
        return f"Question({self.kind!r}, {str(self.jump)!r})"


class Asker(Protocol):
    """Hands questions to the user. ``ask`` returns at once (or after answering it);
    ``withdraw`` says the question is no longer waited for (close what shows it)."""

    def ask(self, question: Question) -> None: ...

    def withdraw(self, question: Question) -> None: ...


def _ask(asker: Asker | None, question: Question, waiter: Waiter) -> Question | None:
    """Ask and wait for the answer; None without an asker. Raises Cancelled, or SshError
    when no answer came within QUESTION_TIMEOUT."""
    if asker is None:
        return None
    with waiter.paused():
        asker.ask(question)
        try:
            limit = Waiter(QUESTION_TIMEOUT, waiter.stopped)
            if not limit.wait(question._answered):
                raise SshError(
                    translate(
                        "zk.ssh", "No answer within {0} s to the question about the jump host {1}."
                    ).format(f"{QUESTION_TIMEOUT:g}", question.jump)
                )
        finally:
            asker.withdraw(question)
    return question


def _prefer_known_types(transport: paramiko.Transport, name: str) -> None:
    """Ask for a host key of a type known_hosts holds (as OpenSSH does), so a server with
    several keys is checked against the one the user trusted."""
    types = list(dict.fromkeys(k.get_name() for _p, k in known_keys(name)))
    if not types:
        return
    options = transport.get_security_options()
    wanted = []
    for kind in types:
        wanted += ["rsa-sha2-512", "rsa-sha2-256", kind] if kind == "ssh-rsa" else [kind]
    offered = list(options.key_types)
    options.key_types = [k for k in wanted if k in offered] + [
        k for k in offered if k not in wanted
    ]


# -- the connection ------------------------------------------------------------------------


def _tcp_connect(jump: JumpHost, waiter: Waiter) -> socket.socket:
    """A TCP connection to the jump host within the deadline. Raises SshError, Cancelled."""
    try:
        infos = socket.getaddrinfo(jump.host, jump.port, type=socket.SOCK_STREAM)
    except OSError:
        raise SshError(
            translate("zk.ssh", "The jump host name {0} could not be resolved.").format(jump.host)
        ) from None
    failure: OSError | None = None
    for family, kind, proto, _name, address in infos:
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            code = sock.connect_ex(address)
            while code in (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY):
                waiter.check()
                if waiter.remaining() <= 0:
                    raise SshError(
                        translate(
                            "zk.ssh", "The jump host {0} did not answer within {1} s."
                        ).format(format_host(jump.host, jump.port), f"{waiter.timeout:g}")
                    )
                _r, ready, _x = select.select([], [sock], [], min(_STEP, waiter.remaining()))
                if ready:
                    code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if code == 0:
                sock.setblocking(True)
                return sock
            failure = OSError(code, os.strerror(code))
        except BaseException:
            sock.close()
            raise
        sock.close()
    where = format_host(jump.host, jump.port)
    if failure is not None and failure.errno == errno.ECONNREFUSED:
        raise SshError(
            translate(
                "zk.ssh",
                "The jump host {0} refused the connection (is its SSH server on that port?).",
            ).format(where)
        )
    raise SshError(
        translate("zk.ssh", "The jump host {0} cannot be reached: {1}.").format(
            where, failure.strerror if failure else "?"
        )
    )


def _handshake(jump: JumpHost, waiter: Waiter) -> paramiko.Transport:
    """TCP connection and SSH key exchange. Raises SshError, Cancelled."""
    sock = _tcp_connect(jump, waiter)
    transport = paramiko.Transport(sock)
    try:
        _prefer_known_types(transport, jump.name)
        done = threading.Event()
        transport.start_client(event=done)
        if not waiter.wait(done):
            raise SshError(
                translate(
                    "zk.ssh",
                    "{0} accepted the connection but did not complete the SSH handshake "
                    "within {1} s (is it an SSH server?).",
                ).format(format_host(jump.host, jump.port), f"{waiter.timeout:g}")
            )
        if not transport.is_active():
            why = transport.get_exception()
            raise SshError(
                translate("zk.ssh", "The SSH handshake with {0} failed: {1}.").format(
                    format_host(jump.host, jump.port), str(why or "").rstrip(".") or "?"
                )
            )
    except BaseException:
        transport.close()
        raise
    return transport


def _verify_host_key(
    transport: paramiko.Transport, jump: JumpHost, waiter: Waiter, asker: Asker | None
) -> paramiko.PKey:
    """Check the server's key against known_hosts, asking about an unknown one."""
    key = transport.get_remote_server_key()
    state, path, other_types = check_host_key(jump.name, key)
    if state == KNOWN:
        return key
    if state == CHANGED:
        raise SshError(
            translate(
                "zk.ssh",
                "The host key of the jump host {0} has changed ({1} key {2}); it does not match "
                "the one in {3}. Someone may be intercepting the connection, or the key was "
                "replaced: if you trust the new key, remove the old line from that file.",
            ).format(jump.name, key_kind(key), key.fingerprint, path)
        )
    question = Question(
        Question.HOST_KEY,
        jump,
        key_type=key_kind(key),
        fingerprint=key.fingerprint,
        other_types=other_types,
        known_hosts=str(known_hosts_file()),
    )
    answered = _ask(asker, question, waiter)
    if answered is None:
        raise SshError(
            translate(
                "zk.ssh",
                "The host key of the jump host {0} is unknown ({1} {2}) and nobody was asked: "
                "connect once with ssh, or add it to {3}.",
            ).format(jump.name, key_kind(key), key.fingerprint, known_hosts_file())
        )
    if answered.value is not True:
        raise SshError(
            translate(
                "zk.ssh", "Not connected: the host key of the jump host {0} was not accepted."
            ).format(jump.name)
        )
    try:
        add_known_host(jump.name, key)
    except OSError as exc:
        log.warning("could not add %s to known_hosts: %s", jump.name, exc)
    return key


# -- authentication ------------------------------------------------------------------------


@dataclass
class Credential:
    """What logged in, kept to log in again without questions when the link drops."""

    user: str
    key: paramiko.PKey | None = None
    password: str | None = field(default=None, repr=False)
    agent: paramiko.Agent | None = None  # kept open while its key is used

    def close(self) -> None:
        if self.agent is not None:
            with contextlib.suppress(Exception):
                self.agent.close()
            self.agent = None


def _finish_auth(transport: paramiko.Transport, event: threading.Event, waiter: Waiter) -> list:
    """Wait for an authentication step begun with ``event``; returns paramiko's answer
    (the methods still needed, normally []) or raises what paramiko raises."""
    if not waiter.wait(event):
        raise SshError(
            translate("zk.ssh", "The jump host did not answer the login within {0} s.").format(
                f"{waiter.timeout:g}"
            )
        )
    return transport.auth_handler.wait_for_response(event)


def _auth_none(transport: paramiko.Transport, user: str, waiter: Waiter) -> list[str] | None:
    """The methods the server offers to ``user`` (None: logged in without any)."""
    event = threading.Event()
    transport.auth_handler = AuthHandler(transport)
    transport.auth_handler.auth_none(user, event)
    try:
        _finish_auth(transport, event, waiter)
    except paramiko.BadAuthenticationType as exc:
        return list(exc.allowed_types)
    except paramiko.AuthenticationException:
        return ["publickey", "password"]
    return None


def _try_key(transport: paramiko.Transport, user: str, key: paramiko.PKey, waiter: Waiter) -> bool:
    event = threading.Event()
    try:
        transport.auth_publickey(user, key, event)
        _finish_auth(transport, event, waiter)
    except paramiko.AuthenticationException:
        return transport.is_authenticated()
    except paramiko.SSHException as exc:
        if not transport.is_active():
            raise _dropped(exc) from exc
        return False
    return transport.is_authenticated()


def _try_password(
    transport: paramiko.Transport, user: str, password: str, interactive: bool, waiter: Waiter
) -> bool:
    event = threading.Event()
    try:
        if interactive:

            def answers(_title: str, _instructions: str, prompts: list) -> list[str]:
                return [password if not echo else "" for _text, echo in prompts]

            transport.auth_handler = AuthHandler(transport)
            transport.auth_handler.auth_interactive(user, answers, event, "")
        else:
            transport.auth_password(user, password, event=event, fallback=False)
        _finish_auth(transport, event, waiter)
    except paramiko.AuthenticationException:
        return transport.is_authenticated()
    except paramiko.SSHException as exc:
        if not transport.is_active():
            raise _dropped(exc) from exc
        return False
    return transport.is_authenticated()


def _dropped(exc: BaseException) -> SshError:
    return SshError(
        translate("zk.ssh", "The jump host closed the connection during the login: {0}.").format(
            str(exc).rstrip(".") or type(exc).__name__
        )
    )


def _read_key(path: str, password: str | None) -> paramiko.PKey:
    """Load a private key; TypeError if it needs a passphrase, ValueError if it is wrong."""
    try:
        return paramiko.PKey.from_path(path, password.encode() if password else None)
    except paramiko.PasswordRequiredException as exc:
        raise TypeError(str(exc)) from exc
    except paramiko.SSHException as exc:
        if password:
            raise ValueError(str(exc)) from exc
        raise


def _load_key(
    path: str, jump: JumpHost, waiter: Waiter, asker: Asker | None, pending: list
) -> paramiko.PKey | None:
    """Read a key file, with its passphrase from the keyring or the user; None when the
    user gives up. A passphrase to remember is put in ``pending`` (saved once it worked).
    Raises SshError when the file cannot be read."""
    try:
        return _read_key(path, None)
    except TypeError:
        pass  # encrypted
    except (OSError, ValueError, paramiko.SSHException) as exc:
        raise SshError(
            translate("zk.ssh", "The SSH key file {0} cannot be used: {1}.").format(
                path, getattr(exc, "strerror", None) or str(exc).rstrip(".")
            )
        ) from None
    stored = secrets.load_secret(path, SECRET_PASSPHRASE)
    if stored:
        with contextlib.suppress(TypeError, ValueError, paramiko.SSHException):
            return _read_key(path, stored)
    for attempt in range(_TRIES):
        question = Question(
            Question.PASSPHRASE,
            jump,
            key_file=path,
            retry=attempt > 0 or bool(stored),
            can_remember=secrets.keyring_available(),
        )
        answered = _ask(asker, question, waiter)
        if answered is None or not answered.value:
            return None
        try:
            key = _read_key(path, answered.value)
        except (TypeError, ValueError, paramiko.SSHException):
            continue
        if answered.remember:
            pending.append((path, SECRET_PASSPHRASE, answered.value))
        return key
    raise SshError(
        translate("zk.ssh", "Wrong passphrase for the SSH key {0} ({1} tries).").format(
            path, _TRIES
        )
    )


def _keys(jump: JumpHost, waiter: Waiter, asker: Asker | None, pending: list, tried: list):
    """Yield (key, agent) to try: the key file, the agent's keys, the default files."""
    if jump.key_file:
        path = os.path.expanduser(jump.key_file)
        tried.append(translate("zk.ssh", "the key {0}").format(jump.key_file))
        key = _load_key(path, jump, waiter, asker, pending)
        if key is not None:
            yield key, None
    agent = paramiko.Agent()
    try:
        keys = agent.get_keys()
        if keys:
            tried.append(translate("zk.ssh", "the SSH agent's keys"))
        for key in keys:
            yield key, agent
    finally:
        agent.close()
    if jump.key_file:
        return
    for name in DEFAULT_KEY_FILES:
        path = Path(os.path.expanduser("~")) / ".ssh" / name
        if path.is_file():
            tried.append(translate("zk.ssh", "the key {0}").format(path))
            key = _load_key(str(path), jump, waiter, asker, pending)
            if key is not None:
                yield key, None


def _authenticate(
    transport: paramiko.Transport, jump: JumpHost, waiter: Waiter, asker: Asker | None
) -> Credential:
    user = jump.user
    offered = _auth_none(transport, user, waiter)
    if offered is None:
        return Credential(user)
    pending: list[tuple[str, str, str]] = []  # secrets to keep once they worked
    tried: list[str] = []
    credential = None
    if "publickey" in offered:
        for key, agent in _keys(jump, waiter, asker, pending, tried):
            if _try_key(transport, user, key, waiter):
                credential = Credential(user, key=key)
                if agent is not None:  # its keys sign through it: keep it open
                    credential.agent = paramiko.Agent()
                    credential.key = next(
                        (k for k in credential.agent.get_keys() if k.asbytes() == key.asbytes()),
                        key,
                    )
                break
            if not transport.is_active():
                break
    interactive = "keyboard-interactive" in offered
    if credential is None and transport.is_active() and ("password" in offered or interactive):
        tried.append(translate("zk.ssh", "a password"))
        credential = _password_login(transport, jump, waiter, asker, pending, interactive)
    if credential is None:
        methods = ", ".join(tried) or translate("zk.ssh", "no key (none given, none in an agent)")
        raise SshError(
            translate(
                "zk.ssh",
                "The jump host {0} refused the login as {1} (tried {2}); check the user name "
                "and the key.",
            ).format(format_host(jump.host, jump.port), user, methods)
        )
    for account, kind, secret in pending:
        secrets.save_secret(account, kind, secret)
    return credential


def _password_login(
    transport: paramiko.Transport,
    jump: JumpHost,
    waiter: Waiter,
    asker: Asker | None,
    pending: list,
    interactive: bool,
) -> Credential | None:
    account = str(jump)
    stored = secrets.load_secret(account, SECRET_PASSWORD)
    if stored and _try_password(transport, jump.user, stored, interactive, waiter):
        return Credential(jump.user, password=stored)
    for attempt in range(_TRIES):
        if not transport.is_active():
            return None
        question = Question(
            Question.PASSWORD,
            jump,
            retry=attempt > 0 or bool(stored),
            can_remember=secrets.keyring_available(),
        )
        answered = _ask(asker, question, waiter)
        if answered is None or not answered.value:
            return None
        if _try_password(transport, jump.user, answered.value, interactive, waiter):
            if answered.remember:
                pending.append((account, SECRET_PASSWORD, answered.value))
            return Credential(jump.user, password=answered.value)
    return None


def _relogin(transport: paramiko.Transport, credential: Credential, waiter: Waiter) -> bool:
    """Log in again with what worked before (no questions)."""
    if credential.key is not None:
        return _try_key(transport, credential.user, credential.key, waiter)
    if credential.password is not None:
        offered = _auth_none(transport, credential.user, waiter) or []
        interactive = "password" not in offered and "keyboard-interactive" in offered
        return _try_password(transport, credential.user, credential.password, interactive, waiter)
    return _auth_none(transport, credential.user, waiter) is None


def log_in(
    jump: JumpHost,
    waiter: Waiter,
    asker: Asker | None = None,
    *,
    again: tuple[paramiko.PKey, Credential] | None = None,
) -> tuple[paramiko.Transport, paramiko.PKey, Credential]:
    """Connect to the jump host, check its key and authenticate.

    Returns (transport, host key, credential). With ``again`` (the host key and the
    credential of an earlier login) nobody is asked anything: the key must be the same
    and the credential must work. Raises SshError with a sentence, or Cancelled.
    """
    transport = _handshake(jump, waiter)
    try:
        if again is None:
            host_key = _verify_host_key(transport, jump, waiter, asker)
            credential = _authenticate(transport, jump, waiter, asker)
        else:
            host_key, credential = again
            if transport.get_remote_server_key().asbytes() != host_key.asbytes():
                raise SshError(
                    translate(
                        "zk.ssh", "The host key of the jump host {0} changed since the connect."
                    ).format(jump.name)
                )
            if not _relogin(transport, credential, waiter):
                raise SshError(
                    translate("zk.ssh", "The jump host {0} no longer accepts the login.").format(
                        jump
                    )
                )
    except BaseException:
        transport.close()
        raise
    return transport, host_key, credential
