"""Wire requests kazoo lacks, how to send them, and what the server behind a client answers.

Each request is a small class in the style of kazoo's ``kazoo/protocol/serialization.py``:
its opcode as ``type``, ``serialize()`` for the body and ``deserialize(buf, offset)`` for
the answer. They are queued on kazoo's own connection (:func:`send`), so they share its
session, ordering, chroot-free paths (see :func:`server_path`) and error handling.

- :class:`MultiRead` (22, ZooKeeper 3.6+): getChildren / getData of many nodes in one
  round trip.
- :class:`GetAllChildrenNumber` (104, 3.6+): how many nodes lie below a path.

Whether the server has them is probed once per client (:func:`server_features`) and
remembered. Every function blocks: call them from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any

from kazoo.exceptions import EXCEPTIONS, ConnectionDropped, ConnectionLoss, MarshallingError
from kazoo.protocol.serialization import (
    GetChildren,
    GetData,
    int_struct,
    multiheader_struct,
    read_buffer,
    stat_struct,
    write_string,
)
from kazoo.protocol.states import ZnodeStat

__all__ = [
    "ANSWER_TIMEOUT",
    "SINCE_3_6",
    "GetAllChildrenNumber",
    "MultiRead",
    "ServerFeatures",
    "drain",
    "note_unsupported",
    "send",
    "server_features",
    "server_path",
    "set_server_features",
    "wait",
]

# Longest wait for one answer; kazoo fails pending requests itself on a connection loss,
# so this only guards against a wedged connection.
ANSWER_TIMEOUT = 120.0


# ---------------------------------------------------------------------------
# Requests


class MultiRead(namedtuple("MultiRead", "operations")):
    """A multi-read request: getChildren / getData operations answered in one round trip.

    Each operation succeeds or fails on its own; the answer is a list with, per operation,
    a list of child names, a ``(data, ZnodeStat)`` tuple or a ZookeeperError instance.
    """

    type = 22

    def serialize(self) -> bytearray:
        b = bytearray()
        pack = multiheader_struct.pack
        for op in self.operations:
            b.extend(pack(op.type, False, -1))
            b.extend(op.serialize())
        b.extend(pack(-1, True, -1))
        return b

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> list[Any]:
        results: list[Any] = []
        unpack_header = multiheader_struct.unpack_from
        unpack_int = int_struct.unpack_from
        unpack_stat = stat_struct.unpack_from
        stat_size = stat_struct.size
        make_stat = ZnodeStat._make
        while True:
            op_type, done, _err = unpack_header(buf, offset)
            offset += 9
            if done:
                return results
            if op_type == GetChildren.type:
                count = unpack_int(buf, offset)[0]
                offset += 4
                names = []
                for _ in range(max(count, 0)):
                    length = unpack_int(buf, offset)[0]
                    offset += 4
                    names.append(buf[offset : offset + length].decode("utf-8"))
                    offset += length
                results.append(names)
            elif op_type == GetData.type:
                data, offset = read_buffer(buf, offset)
                stat = make_stat(unpack_stat(buf, offset))
                offset += stat_size
                results.append((data, stat))
            elif op_type == -1:
                code = unpack_int(buf, offset)[0]
                offset += 4
                results.append(EXCEPTIONS[code]())
            else:
                raise MarshallingError(f"unexpected multi-read result type {op_type}")


class GetAllChildrenNumber(namedtuple("GetAllChildrenNumber", "path")):
    """How many nodes lie below a path (all depths, the node itself excluded)."""

    type = 104

    def serialize(self) -> bytes:
        return write_string(self.path)

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> int:
        return int_struct.unpack_from(buf, offset)[0]


# ---------------------------------------------------------------------------
# Sending


def send(client: Any, request: Any) -> Any:
    """Queue a request object on the client's connection; return its async result.

    The request's paths must be server paths (:func:`server_path`); kazoo takes the
    chroot off the paths in a transaction's answer itself.
    """
    result = client.handler.async_result()
    client._call(request, result)
    return result


def wait(result: Any) -> Any:
    """The answer to a sent request; raises what the server or the connection reported."""
    return result.get(timeout=ANSWER_TIMEOUT)


def drain(handles: Iterable[Any]) -> None:
    """Wait for requests already sent, ignoring their outcome (lists and None allowed)."""
    for handle in handles:
        for result in handle if isinstance(handle, list) else (handle,):
            if result is None:
                continue
            with contextlib.suppress(Exception):
                result.get(timeout=ANSWER_TIMEOUT)


def server_path(client: Any, path: str) -> str:
    """The path as the server sees it (the client's chroot prepended)."""
    chroot = client.chroot
    if not chroot:
        return path
    return chroot if path == "/" else chroot + path


# ---------------------------------------------------------------------------
# What the server answers


@dataclass(frozen=True)
class ServerFeatures:
    """Requests beyond kazoo's that the server behind one client answers.

    One field per request (False until known). The next ones go here too, with their
    opcodes: createContainer (19), createTTL (21), addWatch (106), removeWatches (18).
    """

    multi_read: bool = False  # MultiRead, opcode 22 (3.6+)
    get_all_children_number: bool = False  # GetAllChildrenNumber, opcode 104 (3.6+)


SINCE_3_6: tuple[str, ...] = ("multi_read", "get_all_children_number")
"""The ServerFeatures fields that came with ZooKeeper 3.6: a server has all or none."""

_known: weakref.WeakKeyDictionary[Any, ServerFeatures] = weakref.WeakKeyDictionary()
_known_lock = threading.Lock()


def server_features(client: Any) -> ServerFeatures:
    """What the server behind ``client`` answers; probed the first time, then remembered.

    The probe is one tiny multi-read. A server before 3.6 answers UnimplementedError and
    drops the connection; kazoo reconnects, and this waits until it has. Never raises.
    Call it once right after connecting, while nothing else is in flight.
    """
    with _known_lock:
        known = _known.get(client)
    if known is not None:
        return known
    try:
        wait(send(client, MultiRead([GetChildren(server_path(client, "/"), None)])))
    except Exception:  # UnimplementedError, a dropped connection, an answer without body...
        note_unsupported(client, *SINCE_3_6)
    else:
        with _known_lock:
            _known[client] = ServerFeatures(**dict.fromkeys(SINCE_3_6, True))
    with _known_lock:
        return _known.get(client, ServerFeatures())


def set_server_features(client: Any, features: ServerFeatures | None) -> None:
    """Take ``features`` as what the server answers (tests, benchmarks); None probes again."""
    with _known_lock:
        if features is None:
            _known.pop(client, None)
        else:
            _known[client] = features


def note_unsupported(client: Any, *names: str) -> None:
    """Remember that the server lacks these requests (ServerFeatures field names), and
    wait out the reconnect that follows.

    Servers answer an unknown request with UnimplementedError and then close the
    connection; kazoo fails whatever is in flight with ConnectionLoss and reconnects.
    Wait until a round trip works again, so that what follows is not caught in the drop.
    """
    unknown = set(names) - {f.name for f in fields(ServerFeatures)}
    if unknown:
        raise ValueError(f"not a server feature: {sorted(unknown)}")
    with _known_lock:
        current = _known.get(client, ServerFeatures())
        _known[client] = replace(current, **dict.fromkeys(names, False))
    deadline = time.monotonic() + 10.0
    while time.monotonic() < deadline:
        try:
            wait(client.exists_async("/"))
            return
        except (ConnectionLoss, ConnectionDropped):
            time.sleep(0.05)
        except Exception:
            return
