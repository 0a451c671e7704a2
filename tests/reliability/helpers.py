"""Shared pieces of the fault tests (tests/test_reliability_*.py).

- what the tree shows versus what the server holds,
- a heartbeat that proves the GUI thread keeps running,
- the kazoo threads alive right now,
- a real session expiry (a second client takes the session over and closes it),
- FaultProxy: a TCP proxy in front of a server that loses a chosen request or its answer,
- a churn generator (run as ``python -m tests.reliability.helpers churn ...``).
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
import threading
import time
from collections.abc import Iterable

from kazoo.client import KazooClient
from kazoo.retry import KazooRetry

from benchmarks.churn import churn, server_listing, tree_listing  # noqa: F401 - re-exported

__all__ = [
    "FaultProxy",
    "Heartbeat",
    "StateLog",
    "assert_tree_matches_server",
    "expire_session",
    "in_background",
    "kazoo_threads",
    "retrying",
    "tree_listing",
]

# ZooKeeper request opcodes (OpCode.java).
OP_CREATE = 1
OP_DELETE = 2
OP_SET_DATA = 5
OP_MULTI = 14
OP_CREATE2 = 15


def retrying(deadline: float = 30.0) -> KazooRetry:
    """A retry for a checking client while its server restarts or the ensemble moves."""
    return KazooRetry(max_tries=-1, delay=0.05, max_delay=0.5, deadline=deadline)


# -- the tree versus the server ---------------------------------------------------------


def assert_tree_matches_server(model, client: KazooClient) -> None:
    """Raise AssertionError unless every loaded node shows exactly the server's children.

    Meant for ``qtbot.waitUntil``: it is called again until it holds.
    """
    shown = tree_listing(model)
    assert shown, "the tree shows nothing"
    held = server_listing(client, shown)
    differ = {p: (shown[p], held[p]) for p in shown if shown[p] != held[p]}
    assert not differ, f"tree != server for {len(differ)} nodes: {dict(list(differ.items())[:3])}"
    assert not model.is_busy(), "listings still in flight"


# -- GUI liveness and threads ------------------------------------------------------------


class Heartbeat:
    """A QTimer ticking on the GUI thread; the longest gap between ticks says if it froze."""

    def __init__(self, interval_ms: int = 20) -> None:
        from PySide6.QtCore import QTimer

        self.ticks = 0
        self.max_gap = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        self._timer.stop()


class StateLog:
    """Records a ZkSession's states as they are emitted."""

    def __init__(self, session) -> None:
        self.states: list[str] = []
        self.details: list[str] = []
        session.stateChanged.connect(self._on_state)

    def _on_state(self, state: str, detail: str) -> None:
        self.states.append(state)
        self.details.append(detail)

    def saw(self, *sequence: str) -> bool:
        """True if the states seen contain `sequence` in that order (not necessarily adjacent)."""
        it = iter(self.states)
        return all(any(s == want for s in it) for want in sequence)


def in_background(qtbot, fn) -> None:
    """Run a blocking call (stop/start a server) off the GUI thread and wait for it; the
    GUI thread keeps running the event loop meanwhile."""
    thread = threading.Thread(target=fn, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60_000)


def kazoo_threads() -> set[threading.Thread]:
    """kazoo's connection and callback threads alive now."""
    return {
        t
        for t in threading.enumerate()
        if t.is_alive() and ("zk_loop" in t.name or "_thread_worker" in t.name)
    }


# -- faults -----------------------------------------------------------------------------


def expire_session(hosts: str, client_id: tuple[int, bytes]) -> None:
    """Expire a session for real: attach a second client to it, then close that client.

    The server closes the session (deleting its ephemeral nodes); the first client, on its
    next contact, is told the session expired.
    """
    other = KazooClient(hosts=hosts, client_id=client_id, timeout=10)
    other.start(timeout=15)
    try:
        assert other.client_id is not None and other.client_id[0] == client_id[0]
    finally:
        other.stop()
        other.close()


class _Pair:
    """One proxied connection."""

    def __init__(self, proxy: FaultProxy, downstream: socket.socket, upstream: socket.socket):
        self.proxy = proxy
        self.down = downstream
        self.up = upstream
        self.mute = False  # answers from the server are dropped
        self.swallow = False  # requests from the client are dropped
        self.closed = False
        for target in (self._pump_requests, self._pump_answers):
            threading.Thread(target=target, daemon=True, name="fault-proxy").start()

    def close(self) -> None:
        self.closed = True
        for sock in (self.down, self.up):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _pump_requests(self) -> None:
        buf = b""
        first = True  # the ConnectRequest has no request header
        try:
            while not self.closed:
                chunk = self.down.recv(65536)
                if not chunk:
                    break
                buf += chunk
                while len(buf) >= 4:
                    size = int.from_bytes(buf[:4], "big", signed=True)
                    if len(buf) < 4 + size:
                        break
                    frame, buf = buf[: 4 + size], buf[4 + size :]
                    opcode = None if first else int.from_bytes(frame[8:12], "big", signed=True)
                    first = False
                    self.proxy._on_request(self, opcode)
                    if not self.swallow:
                        self.up.sendall(frame)
        except OSError:
            pass
        finally:
            self.close()

    def _pump_answers(self) -> None:
        try:
            while not self.closed:
                chunk = self.up.recv(65536)
                if not chunk:
                    break
                if not self.mute:
                    self.down.sendall(chunk)
        except OSError:
            pass
        finally:
            self.close()


class FaultProxy:
    """A TCP proxy in front of one ZooKeeper server, for exactly-once tests.

    ``lose_answer(opcodes)``: the next request with one of these opcodes reaches the server,
    but nothing the server says on that connection reaches the client any more.
    ``lose_request(opcodes)``: the next such request, and all after it on that connection,
    never reach the server. ``triggered`` is set when the armed request passed.
    ``cut()`` closes every connection: the client sees the connection drop and reconnects
    (through the proxy again, which then forwards normally).
    """

    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=16)
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._armed: tuple[str, frozenset[int]] | None = None
        self.triggered = threading.Event()
        self.seen: list[int | None] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True, name="fault-proxy-accept").start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def lose_answer(self, opcodes: Iterable[int]) -> None:
        with self._lock:
            self.triggered.clear()
            self._armed = ("answer", frozenset(opcodes))

    def lose_request(self, opcodes: Iterable[int]) -> None:
        with self._lock:
            self.triggered.clear()
            self._armed = ("request", frozenset(opcodes))

    def cut(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            pair.close()

    def close(self) -> None:
        self._closed = True
        # shutdown() first: close() alone leaves the socket listening while the accept
        # thread is blocked on it (Linux), and connections would still be accepted.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._listener.close()
        self.cut()

    def _on_request(self, pair: _Pair, opcode: int | None) -> None:
        with self._lock:
            self.seen.append(opcode)
            armed = self._armed
            if armed is None or opcode not in armed[1]:
                return
            self._armed = None
            if armed[0] == "answer":
                pair.mute = True
            else:
                pair.swallow = True
            self.triggered.set()

    def _accept(self) -> None:
        while not self._closed:
            try:
                down, _ = self._listener.accept()
            except OSError:
                return
            try:
                up = socket.create_connection(self.upstream, timeout=5)
                up.settimeout(None)
            except OSError:
                down.close()
                continue
            with self._lock:
                self._pairs.append(_Pair(self, down, up))


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reliability_helpers")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("churn")
    c.add_argument("hosts")
    c.add_argument("parents", nargs="+")
    c.add_argument("--seconds", type=float, default=3.0)
    c.add_argument("--rate", type=float, default=1000.0)
    args = parser.parse_args(argv)
    counts = churn(args.hosts, args.parents, args.seconds, args.rate)
    print(" ".join(f"{k}={v}" for k, v in counts.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
