"""SSH tunnels: every member of a connect string reached through a jump host.

:func:`open_tunnel` (on a worker) logs in to the jump host (``ssh_login``) and opens
one local port forward per member: ``127.0.0.1:<ephemeral>`` -> ``host:port`` as the
jump host resolves it. kazoo then connects to the forwarded addresses
(:attr:`Tunnel.connect_string`, the chroot kept) with :meth:`Tunnel.kazoo_handler`.

TLS through the tunnel: kazoo connects to 127.0.0.1, but the handler hands TLS the
member's name as written in the connect string, so ``check_hostname`` still checks the
member's certificate against its own name (not against 127.0.0.1); certificate
verification is unchanged.

The tunnel lives as long as the session: kazoo's reconnects go through the same forwards.
When the SSH connection drops, the tunnel logs in again (same host key, same credential,
no questions) and reports what happens as sentences (``on_status``). :meth:`Tunnel.close`
ends it and joins every thread it started. No widgets here.

Without a window (the command line)::

    tunnel = open_tunnel(params, TerminalAsker())
    client = KazooClient(**{**kazoo_options, **tunnel.kazoo_options()})
    ...
    client.stop(); client.close(); tunnel.close()
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import select
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO

import paramiko
from kazoo.handlers.threading import SequentialThreadingHandler

from .connstr import ConnectParams, format_connect_string, format_host
from .errors import Cancelled
from .ssh_login import (
    QUESTION_TIMEOUT,
    Asker,
    Credential,
    JumpHost,
    Question,
    SshError,
    Waiter,
    log_in,
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
    "TerminalAsker",
    "Tunnel",
    "Waiter",
    "jump_host",
    "open_tunnel",
]

LOOPBACK = "127.0.0.1"
_BUFFER = 65536
_TICK = 0.5  # seconds: how often the tunnel's thread looks at the SSH connection
_RETRY_MAX = 30.0  # seconds between attempts to log in again, at most
_JOIN = 5.0

StatusFn = Callable[[str], None]


def jump_host(params: ConnectParams) -> JumpHost:
    """The jump host of ``params`` (the local user name when none is given)."""
    user = params.ssh_user or getpass.getuser()
    return JumpHost(params.ssh_host, params.ssh_port, user, params.ssh_key)


def open_tunnel(
    params: ConnectParams,
    asker: Asker | None = None,
    *,
    stop: Callable[[], bool] | None = None,
    on_status: StatusFn | None = None,
) -> Tunnel:
    """Log in to ``params``' jump host and forward a local port to each member.

    Runs on a worker; each network step ends within ``params.timeout`` (questions to the
    user through ``asker`` do not count). Checks that the jump host reaches the members:
    those it cannot are reported through ``on_status``; none at all raises SshError.
    Raises SshError with a sentence, or Cancelled when ``stop()`` turns true.
    """
    jump = jump_host(params)
    waiter = Waiter(params.timeout, stop)
    transport, host_key, credential = log_in(jump, waiter, asker)
    tunnel = Tunnel(params, jump, transport, host_key, credential, on_status)
    try:
        failures = tunnel.probe(waiter)
        if len(failures) == len(tunnel.forwards):
            raise SshError(tunnel.through("; ".join(failures.values())))
        for text in failures.values():
            tunnel.report(tunnel.through(text))
    except BaseException:
        tunnel.close()
        raise
    return tunnel


class _LinkDown(SshError):
    """The SSH connection under a tunnel is down (not the member's fault)."""


class _ForwardedHandler(SequentialThreadingHandler):
    """kazoo's threading handler, connecting to the forwards under the members' names.

    kazoo passes the name it resolved as ``hostname`` (used for TLS's server name and
    host name check); for a forwarded port that is the member's name, not 127.0.0.1.
    """

    def __init__(self, names: dict[int, str]) -> None:
        super().__init__()
        self._names = names

    def create_connection(self, *args, **kwargs):
        address = kwargs.get("address", args[0] if args else None)
        if address is not None and address[0] == LOOPBACK and address[1] in self._names:
            name = self._names[address[1]]
            if len(args) > 1:
                args = (args[0], name, *args[2:])
            else:
                kwargs["hostname"] = name
        return super().create_connection(*args, **kwargs)


class Tunnel:
    """Local port forwards to the members of one connect string, through one jump host."""

    def __init__(
        self,
        params: ConnectParams,
        jump: JumpHost,
        transport: paramiko.Transport,
        host_key: paramiko.PKey,
        credential: Credential,
        on_status: StatusFn | None = None,
    ) -> None:
        self.jump = jump
        self._timeout = params.timeout
        self._chroot = params.chroot
        self._transport = transport
        self._host_key = host_key
        self._credential = credential
        self._on_status = on_status
        self._closing = threading.Event()
        self._lock = threading.Lock()  # guards the pumps' sockets and channels
        self._open: set = set()
        self._pumps: set[threading.Thread] = set()
        self._unreachable: dict[tuple[str, int], str] = {}
        transport.set_keepalive(15)
        self._listeners: dict[socket.socket, tuple[str, int]] = {}
        try:
            for member in dict.fromkeys(params.servers):
                listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                self._listeners[listener] = member
                listener.bind((LOOPBACK, 0))
                listener.listen(16)
        except OSError:
            self._close_listeners()
            raise
        self._ports = {member: s.getsockname()[1] for s, member in self._listeners.items()}
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._serve, name="ssh-tunnel", daemon=True)
        self._thread.start()

    # -- what kazoo needs ----------------------------------------------------------------

    @property
    def forwards(self) -> dict[tuple[str, int], int]:
        """(member host, port) -> its local port on 127.0.0.1."""
        return dict(self._ports)

    @property
    def connect_string(self) -> str:
        """The connect string of the forwards ("127.0.0.1:P1,127.0.0.1:P2/chroot")."""
        return format_connect_string(
            [(LOOPBACK, port) for port in self._ports.values()], self._chroot
        )

    def kazoo_options(self) -> dict[str, Any]:
        """What KazooClient takes to go through the tunnel: ``hosts`` and ``handler``."""
        return {"hosts": self.connect_string, "handler": self.kazoo_handler()}

    def kazoo_handler(self) -> SequentialThreadingHandler:
        """A new kazoo handler that connects to the forwards under the members' names."""
        return _ForwardedHandler({port: host for (host, _p), port in self._ports.items()})

    def member_at(self, address: str) -> str:
        """ "host:port" of the member behind a forward's "127.0.0.1:P" ("" if none)."""
        for (host, port), local in self._ports.items():
            if address == f"{LOOPBACK}:{local}":
                return format_host(host, port)
        return ""

    @property
    def is_open(self) -> bool:
        """True while the SSH connection is up and the tunnel is not closed."""
        return not self._closing.is_set() and self._transport.is_active()

    def threads(self) -> list[threading.Thread]:
        """The threads working for this tunnel (for checks that none is left)."""
        with self._lock:
            pumps = list(self._pumps)
        return [self._thread, self._transport, *pumps]

    # -- life ----------------------------------------------------------------------------

    def through(self, text: str) -> str:
        """A sentence about the members ("the jump host cannot reach ...")."""
        return translate("zk.ssh", "Through the jump host {0}: {1}.").format(self.jump, text)

    def report(self, text: str) -> None:
        log.info("ssh tunnel: %s", text)
        if self._on_status is not None and not self._closing.is_set():
            self._on_status(text)

    def close(self) -> None:
        """Close the forwards and the SSH connection; joins every thread of the tunnel."""
        if self._closing.is_set():
            return
        self._closing.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._thread is not threading.current_thread():
            self._thread.join(_JOIN)
        self._close_listeners()
        with self._lock:
            pumps, opened = list(self._pumps), list(self._open)
        for item in opened:
            with contextlib.suppress(Exception):
                item.close()
        self._transport.close()
        self._credential.close()
        for thread in pumps:
            thread.join(_JOIN)
        self._transport.join(_JOIN)
        for sock in (self._wake_r, self._wake_w):
            sock.close()

    def _close_listeners(self) -> None:
        for listener in self._listeners:
            listener.close()

    def probe(self, waiter: Waiter) -> dict[tuple[str, int], str]:
        """Open a channel to each member once: {member: why the jump host cannot reach it}."""
        failures: dict[tuple[str, int], str] = {}

        def one(member: tuple[str, int]) -> None:
            try:
                channel = self._open_channel(member, waiter.remaining() or 0.1)
            except SshError as exc:
                failures[member] = str(exc)
            else:
                channel.close()

        threads = [
            threading.Thread(target=one, args=(m,), name="ssh-probe", daemon=True)
            for m in self._ports
        ]
        for thread in threads:
            thread.start()
        try:
            for thread in threads:
                while thread.is_alive():
                    waiter.check()
                    thread.join(0.05)
        except Cancelled:
            self._transport.close()  # the opens fail at once
            for thread in threads:
                thread.join(_JOIN)
            raise
        return failures

    def _open_channel(self, member: tuple[str, int], timeout: float) -> paramiko.Channel:
        """A direct-tcpip channel to member. Raises SshError with a sentence
        (_LinkDown when the SSH connection itself is down)."""
        transport = self._transport
        try:
            return transport.open_channel(
                "direct-tcpip", member, (LOOPBACK, 0), timeout=max(timeout, 0.1)
            )
        except paramiko.ChannelException as exc:
            why = exc.text or str(exc)
        except (paramiko.SSHException, EOFError, OSError) as exc:
            if not transport.is_active():
                raise _LinkDown(
                    translate("zk.ssh", "the SSH connection to the jump host is down")
                ) from None
            why = str(exc) or type(exc).__name__
        raise SshError(
            translate(
                "zk.ssh",
                "the jump host cannot reach {0} ({1}: refused, unknown name or no route)",
            ).format(format_host(*member), why.rstrip("."))
        )

    # -- the tunnel's thread -------------------------------------------------------------

    def _serve(self) -> None:
        """Accept connections on the forwards; keep the SSH connection up."""
        retry_at, delay = 0.0, 1.0
        while not self._closing.is_set():
            try:
                ready, _w, _x = select.select([*self._listeners, self._wake_r], [], [], _TICK)
            except (OSError, ValueError):  # closed under us
                break
            for listener in ready:
                if listener is self._wake_r:
                    continue
                with contextlib.suppress(OSError):
                    conn, _address = listener.accept()
                    self._start_pump(conn, self._listeners[listener])
            if self._closing.is_set() or self._transport.is_active():
                delay = 1.0
                continue
            if time.monotonic() < retry_at:
                continue
            if delay == 1.0:
                self.report(
                    translate(
                        "zk.ssh", "The SSH connection to {0} dropped; connecting again…"
                    ).format(self.jump)
                )
            if self._relink():
                delay = 1.0
            else:
                retry_at, delay = time.monotonic() + delay, min(delay * 2, _RETRY_MAX)

    def _relink(self) -> bool:
        """Log in again with what worked before; True when the tunnel is back."""
        waiter = Waiter(self._timeout, self._closing.is_set)
        try:
            transport, _key, _cred = log_in(
                self.jump, waiter, again=(self._host_key, self._credential)
            )
        except Cancelled:
            return False
        except SshError as exc:
            self.report(
                translate("zk.ssh", "The SSH tunnel through {0} is down: {1}").format(
                    self.jump, exc
                )
            )
            return False
        transport.set_keepalive(15)
        old, self._transport = self._transport, transport
        old.close()
        self._unreachable.clear()
        self.report(translate("zk.ssh", "The SSH tunnel through {0} is back.").format(self.jump))
        return True

    def _start_pump(self, conn: socket.socket, member: tuple[str, int]) -> None:
        thread = threading.Thread(
            target=self._pump, args=(conn, member), name="ssh-forward", daemon=True
        )
        with self._lock:
            self._pumps.add(thread)
            self._open.add(conn)
        thread.start()

    def _pump(self, conn: socket.socket, member: tuple[str, int]) -> None:
        """Copy bytes both ways between a local connection and a channel to member."""
        channel = None
        try:
            try:
                channel = self._open_channel(member, self._timeout)
            except _LinkDown:
                return  # the tunnel's thread reports it and logs in again
            except SshError as exc:
                if self._unreachable.get(member) != str(exc):
                    self._unreachable[member] = str(exc)
                    self.report(self.through(str(exc)))
                return
            self._unreachable.pop(member, None)
            with self._lock:
                self._open.add(channel)
            if self._closing.is_set():
                return
            ends = {conn: channel, channel: conn}
            open_ends = [conn, channel]
            while open_ends and not self._closing.is_set():
                ready, _w, _x = select.select(open_ends, [], [], _TICK)
                for source in ready:
                    data = source.recv(_BUFFER)
                    if data:
                        ends[source].sendall(data)
                        continue
                    # One side finished sending: tell the other and keep reading its
                    # answer (a four-letter word is sent, then its sender half-closes).
                    open_ends.remove(source)
                    _shut_write(ends[source])
        except (OSError, EOFError, paramiko.SSHException, ValueError):
            pass  # one side closed
        finally:
            for end in (channel, conn):
                if end is not None:
                    with contextlib.suppress(Exception):
                        end.close()
            with self._lock:
                self._open.discard(conn)
                self._open.discard(channel)
                self._pumps.discard(threading.current_thread())


def _shut_write(end: socket.socket | paramiko.Channel) -> None:
    """Half-close ``end``: no more bytes go to it; what it sends is still read."""
    with contextlib.suppress(OSError, EOFError, paramiko.SSHException):
        if isinstance(end, socket.socket):
            end.shutdown(socket.SHUT_WR)
        else:
            end.shutdown_write()


class TerminalAsker:
    """An :class:`Asker` for the command line: a host key is confirmed with "yes", a
    secret is read without echo. Without a terminal nothing is answered, and the
    connect fails with a sentence (an unknown host key is refused)."""

    def __init__(
        self,
        stdin: TextIO | None = None,
        stderr: TextIO | None = None,
        read_secret: Callable[[str], str] | None = None,
    ) -> None:
        self._in = stdin or sys.stdin
        self._out = stderr or sys.stderr
        self._read_secret = read_secret or (lambda prompt: getpass.getpass(prompt, self._out))

    def ask(self, question: Question) -> None:
        if not self._in.isatty():
            question.answer(None)
            return
        if question.kind == Question.HOST_KEY:
            self._out.write(
                translate(
                    "zk.ssh",
                    "The authenticity of the jump host {0} cannot be established.\n"
                    "{1} key fingerprint is {2}.\n"
                    "Trust it and add it to {3} (yes/no)? ",
                ).format(
                    question.jump.name,
                    question.key_type,
                    question.fingerprint,
                    question.known_hosts,
                )
            )
            self._out.flush()
            question.answer(self._in.readline().strip().lower() in ("yes", "y"))
            return
        if question.kind == Question.PASSPHRASE:
            prompt = translate("zk.ssh", "Passphrase of the SSH key {0}: ").format(
                question.key_file
            )
        else:
            prompt = translate("zk.ssh", "Password of {0}: ").format(question.jump)
        try:
            question.answer(self._read_secret(prompt) or None)
        except (EOFError, KeyboardInterrupt):
            question.answer(None)

    def withdraw(self, question: Question) -> None:
        """Nothing to close on a terminal."""
