"""ACLs of many nodes, read as fast as the server answers them.

ZooKeeper has no request that reads many ACLs at once (multi-read carries getChildren
and getData only), so export, copy, move and compare send one getACL per node. Through
kazoo that costs its per-request CPU (~7,000 nodes/s here); a server answers one
connection's getACLs at ~20,000/s. :class:`AclReader` therefore reads big batches over
a few *side connections*: short sessions of their own to the same server, opened with
the client's credentials and TLS settings and the last zxid it has seen (so they see at
least what it saw), speaking the wire protocol directly, each with its share of the
batch in flight. Small batches, clients using SASL, and any trouble with a side
connection (refused, timed out, expired) fall back to pipelining on the client's own
connection; a getACL is a read, so a batch is simply asked again.
Blocking: call it from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from kazoo.exceptions import EXCEPTIONS
from kazoo.handlers.utils import create_tcp_connection
from kazoo.protocol.serialization import Auth, Close, Connect, GetACL, int_struct
from kazoo.security import ACL

from .errors import is_fatal
from .protocol import drain, send, server_path, wait

__all__ = ["AclReader", "with_acls"]

log = logging.getLogger(__name__)

T = TypeVar("T")

AclResult = list[ACL] | Exception
"""A node's ACL, or what reading it raised (NoNodeError, NoAuthError)."""

SIDE_CONNECTIONS = 4
"""Side connections per reader; one server connection answers ~20,000 getACL/s."""
SIDE_MIN_BATCH = 64
"""Batches smaller than this go over the client's own connection."""

_HEADER = struct.Struct(">ii")  # xid, opcode
_REQUEST = struct.Struct(">iiii")  # length, xid, opcode, path length
_REPLY = struct.Struct(">iqi")  # xid, zxid, err
_AUTH_XID = -4
_NOTICE_XIDS = (-1, -2)  # a watch event, a ping's answer


class SideError(Exception):
    """A side connection failed; the batch is read again over the client's connection."""


class _Side:
    """One session of its own to a server, for pipelined getACL requests (wire protocol)."""

    def __init__(self, client: Any, host: str, address: tuple[str, int]) -> None:
        timeout = client._session_timeout / 1000.0
        try:
            self.sock = create_tcp_connection(
                socket,
                address,
                hostname=host,
                timeout=timeout,
                use_ssl=client.use_ssl,
                ca=client.ca,
                certfile=client.certfile,
                keyfile=client.keyfile,
                keyfile_password=client.keyfile_password,
                verify_certs=client.verify_certs,
                check_hostname=client.check_hostname,
            )
        except Exception as exc:
            raise SideError(f"side connection: {exc}") from exc
        self.sock.settimeout(timeout)
        self.reader = self.sock.makefile("rb", buffering=1 << 20)
        self.xid = 0
        try:
            hello = Connect(
                0,
                client.last_zxid or 0,
                client._session_timeout,
                0,
                b"\0" * 16,
                bool(client.read_only),
            )
            self._send_frame(hello.serialize())
            answer, _ = Connect.deserialize(self._read(int_struct.unpack(self._read(4))[0]), 0)
            if answer.time_out <= 0:
                raise SideError("side connection: the server refused the session")
            for scheme, credential in sorted(client.auth_data or ()):
                packet = Auth(0, scheme, credential).serialize()
                self._send_frame(_HEADER.pack(_AUTH_XID, Auth.type) + packet)
                _xid, _zxid, err, _frame = self._reply()
                if err:
                    raise SideError("side connection: the server refused the credentials")
        except BaseException:
            self.close(say_goodbye=False)
            raise

    def _send_frame(self, payload: bytes) -> None:
        try:
            self.sock.sendall(int_struct.pack(len(payload)) + payload)
        except (OSError, ValueError) as exc:
            raise SideError(f"side connection: {exc}") from exc

    def _read(self, n: int) -> bytes:
        try:
            data = self.reader.read(n)
        except (OSError, ValueError) as exc:  # (ValueError: closed meanwhile)
            raise SideError(f"side connection: {exc}") from exc
        if len(data) != n:
            raise SideError("side connection: closed by the server")
        return data

    def _reply(self) -> tuple[int, int, int, bytes]:
        length = int_struct.unpack(self._read(4))[0]
        frame = self._read(length)
        xid, zxid, err = _REPLY.unpack_from(frame, 0)
        return xid, zxid, err, frame

    def send(self, paths: list[str]) -> None:
        """Queue getACL for these server paths (one write)."""
        out = bytearray()
        pack = _REQUEST.pack
        for path in paths:
            raw = path.encode("utf-8")
            self.xid += 1
            out += pack(12 + len(raw), self.xid, GetACL.type, len(raw))
            out += raw
        try:
            self.sock.sendall(out)
        except (OSError, ValueError) as exc:
            raise SideError(f"side connection: {exc}") from exc

    def receive(self, count: int) -> list[AclResult]:
        """The next ``count`` answers, in order."""
        out: list[AclResult] = []
        deserialize = GetACL.deserialize
        while len(out) < count:
            xid, _zxid, err, frame = self._reply()
            if xid in _NOTICE_XIDS:
                continue
            if err:
                exc = EXCEPTIONS[err]()
                if is_fatal(exc):  # the side session expired or moved
                    raise SideError(f"side connection: {type(exc).__name__}")
                out.append(exc)
            else:
                out.append(list(deserialize(frame, _REPLY.size)[0]))
        return out

    def close(self, *, say_goodbye: bool = True) -> None:
        if say_goodbye:
            with contextlib.suppress(Exception):
                self.xid += 1
                self._send_frame(_HEADER.pack(self.xid, Close.type))
        with contextlib.suppress(Exception):
            self.reader.close()
        with contextlib.suppress(Exception):
            self.sock.close()


def _peer(client: Any) -> tuple[str, tuple[str, int]] | None:
    """(host name, address) of the server the client is connected to, or None."""
    try:
        peer = client._connection._socket.getpeername()[:2]
    except Exception:  # noqa: BLE001 - not connected now
        return None
    for host, port in client.hosts or ():
        if port != peer[1]:
            continue
        with contextlib.suppress(OSError):
            for *_, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
                if address[0] == peer[0]:
                    return host, (peer[0], peer[1])
    return None


class AclReader:
    """Reads the ACLs of batches of nodes, pipelined (side connections for big batches).

    :meth:`submit` sends a batch and returns at once; :meth:`collect` waits for its
    answers, in order. Per node the answer is its ACL or the node's error (NoNode,
    NoAuth); connection and session errors of the client are raised. Use it as a context
    manager (it closes its side connections). ``connections`` 0 never opens any.
    """

    def __init__(self, client: Any, *, connections: int = SIDE_CONNECTIONS) -> None:
        self.client = client
        self.connections = connections
        self._sides: list[_Side] | None = None  # None: not tried yet; []: not used

    def __enter__(self) -> AclReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def side_connections(self) -> int:
        """How many side connections are open now."""
        return len(self._sides or ())

    def close(self) -> None:
        """Close the side connections (their sessions end at once)."""
        for side in self._sides or ():
            side.close()
        self._sides = [] if self._sides is not None else None

    def _side_connections(self) -> list[_Side]:
        if self._sides is None:
            self._sides = []
            client = self.client
            sasl = getattr(getattr(client, "_connection", None), "sasl_options", None)
            peer = _peer(client) if self.connections > 0 and not sasl else None
            if peer is not None:
                try:
                    for _ in range(self.connections):
                        self._sides.append(_Side(client, *peer))
                except SideError as exc:
                    log.info("ACLs read over the client's connection: %s", exc)
                    self.close()
        return self._sides

    def _broken(self, exc: SideError) -> None:
        log.info("ACLs read over the client's connection from now on: %s", exc)
        for side in self._sides or ():
            side.close(say_goodbye=False)
        self._sides = []

    def submit(self, paths: list[str]) -> Any:
        """Send getACL for ``paths`` (as the client names them); a handle for collect."""
        client = self.client
        full = [server_path(client, p) for p in paths]
        sides = self._side_connections() if len(full) >= SIDE_MIN_BATCH else []
        if sides:
            step = -(-len(full) // len(sides))
            parts = [(side, full[i * step : (i + 1) * step]) for i, side in enumerate(sides)]
            try:
                for side, part in parts:
                    if part:
                        side.send(part)
                return ("side", paths, [(side, len(part)) for side, part in parts])
            except SideError as exc:
                self._broken(exc)
        return ("own", paths, [send(client, GetACL(p)) for p in full])

    def collect(self, handle: Any) -> list[AclResult]:
        """The answers of one submitted batch, in order. Raises connection errors."""
        kind, paths, parts = handle
        if kind == "side":
            try:
                out: list[AclResult] = []
                for side, count in parts:
                    if count:
                        out.extend(side.receive(count))
                return out
            except SideError as exc:
                self._broken(exc)
                client = self.client
                again = [send(client, GetACL(server_path(client, p))) for p in paths]
                return self.collect(("own", paths, again))
        out = []
        for i, result in enumerate(parts):
            try:
                out.append(list(wait(result)[0]))
            except Exception as exc:
                if is_fatal(exc):
                    drain(parts[i + 1 :])
                    raise
                out.append(exc)
        return out

    def discard(self, handle: Any) -> None:
        """Wait out a submitted batch whose answers are not wanted."""
        kind, _paths, parts = handle
        if kind == "side":
            try:
                for side, count in parts:
                    if count:
                        side.receive(count)
            except SideError as exc:
                self._broken(exc)
        else:
            drain(parts)

    def read(self, paths: list[str]) -> list[AclResult]:
        """The ACLs of ``paths`` in order (see :meth:`collect`)."""
        return self.collect(self.submit(paths))


def with_acls(
    reader: AclReader,
    items: Iterable[T],
    path_of: Callable[[T], str | None],
    *,
    batch: int = 256,
    depth: int = 2,
) -> Iterator[tuple[T, AclResult | None]]:
    """Yield ``(item, acl)`` for every item, its ACL read ``depth`` batches ahead.

    ``path_of(item)`` names the node whose ACL is wanted, None for none (then acl is
    None). Items come out in the order they went in. Raises what ``items`` raises and
    the reader's connection errors; whatever way it ends, nothing is left in flight.
    """
    source = iter(items)
    pending: deque[tuple[list[T], list[int], Any]] = deque()

    def send_batch() -> bool:
        chunk: list[T] = []
        for item in source:
            chunk.append(item)
            if len(chunk) >= batch:
                break
        if not chunk:
            return False
        wanted = [(i, path_of(item)) for i, item in enumerate(chunk)]
        wanted = [(i, p) for i, p in wanted if p is not None]
        handle = reader.submit([p for _, p in wanted]) if wanted else None
        pending.append((chunk, [i for i, _ in wanted], handle))
        return True

    try:
        while len(pending) < depth and send_batch():
            pass
        while pending:
            chunk, indexes, handle = pending.popleft()
            acls: list[AclResult | None] = [None] * len(chunk)
            if handle is not None:
                for i, acl in zip(indexes, reader.collect(handle), strict=True):
                    acls[i] = acl
            send_batch()  # keep the server busy while the caller works on this one
            yield from zip(chunk, acls, strict=True)
    finally:
        for _chunk, _indexes, handle in pending:
            if handle is not None:
                reader.discard(handle)
        pending.clear()
