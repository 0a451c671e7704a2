"""Wire requests kazoo lacks, how to send them, and what the server behind a client answers.

Each request is a small class in the style of kazoo's ``kazoo/protocol/serialization.py``:
its opcode as ``type``, ``serialize()`` for the body and ``deserialize(buf, offset)`` for
the answer. They are queued on kazoo's own connection (:func:`send`), so they share its
session, ordering, chroot-free paths (see :func:`server_path`) and error handling.

- :class:`MultiRead` (22, ZooKeeper 3.6+): getChildren / getData of many nodes in one
  round trip.
- :class:`GetAllChildrenNumber` (104, 3.6+): how many nodes lie below a path.
- :class:`ListChildren`: kazoo's getChildren2 (children and the parent's stat) with the
  names decoded in bulk (:func:`decode_names`): a million names in ~0.1 s, not ~0.45 s.
- :class:`CreateContainer` (19, 3.5.1+) and :class:`CreateTTL` (21, 3.5.3+; refused
  unless the server runs with ``extendedTypesEnabled=true``): nodes kazoo cannot create.
- :class:`Multi` (14): kazoo's transaction, whose answer may also hold those creates
  (the server answers them as create2: path and stat; kazoo's own cannot read that).
- :class:`AddWatch` (106, 3.6+): a persistent watch, recursive or not, that stays until
  removed; :class:`RemoveWatches` (18, 3.5+) removes watches of one path. kazoo does not
  dispatch the events of persistent watches: ``zk/watches.py`` does.

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
    Create2,
    GetChildren,
    GetChildren2,
    GetData,
    MultiHeader,
    Transaction,
    int_struct,
    long_struct,
    multiheader_struct,
    read_buffer,
    read_string,
    stat_struct,
    write_string,
)
from kazoo.protocol.states import ZnodeStat

__all__ = [
    "ADD_WATCH_PERSISTENT",
    "ADD_WATCH_PERSISTENT_RECURSIVE",
    "ANSWER_TIMEOUT",
    "CONTAINER_FLAG",
    "MAX_TTL_MS",
    "SINCE_3_6",
    "TTL_FLAG",
    "TTL_SEQUENTIAL_FLAG",
    "WATCHER_ANY",
    "WATCHER_CHILDREN",
    "WATCHER_DATA",
    "AddWatch",
    "CreateContainer",
    "CreateTTL",
    "GetAllChildrenNumber",
    "ListChildren",
    "Multi",
    "MultiRead",
    "RemoveWatches",
    "ServerFeatures",
    "decode_names",
    "drain",
    "known_features",
    "note_ttl_nodes",
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


def decode_names(buf: bytes, offset: int, end: int, count: int) -> list[str] | None:
    """The ``count`` names of a jute vector of strings lying in ``buf[offset:end]`` (after
    its count), decoded with a few calls over the whole buffer; None when this way cannot
    tell them apart (then decode them one by one).

    Znode names hold no NUL character, and a name under 128 bytes has a length prefix
    ``00 00 00 NN`` that is valid UTF-8: the decoded text splits on the prefixes. A
    longer name makes the split find fewer parts than ``count`` (or the text not decode).
    """
    if count <= 0:
        return [] if count == 0 and end == offset else None
    try:
        text = buf[offset:end].decode("utf-8")
    except UnicodeDecodeError:
        return None
    first = text[:4]
    if len(first) == 4 and first[:3] == "\0\0\0" and len(text) == count * (4 + ord(first[3])):
        parts = text.split(first)  # names of one length (sequential names): one split
        if len(parts) == count + 1 and not parts[0]:
            del parts[0]
            return parts
    parts = text.split("\0\0\0")
    if len(parts) != count + 1 or parts[0]:
        return None
    return [part[1:] for part in parts[1:]]


class ListChildren(GetChildren2):
    """getChildren2 (the names and the parent's stat; kazoo arms ``watcher`` as for its
    own), the names decoded in bulk (:func:`decode_names`). The answer is ``(names,
    ZnodeStat)``."""

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> tuple[list[str], ZnodeStat]:
        count = int_struct.unpack_from(buf, offset)[0]
        end = len(buf) - stat_struct.size
        names = decode_names(buf, offset + 4, end, count)
        if names is None:
            return GetChildren2.deserialize(buf, offset)
        return names, ZnodeStat._make(stat_struct.unpack_from(buf, end))


# CreateMode flags (CreateMode.java) of the two creates kazoo lacks.
CONTAINER_FLAG = 4
TTL_FLAG = 5  # PERSISTENT_WITH_TTL
TTL_SEQUENTIAL_FLAG = 6  # PERSISTENT_SEQUENTIAL_WITH_TTL
MAX_TTL_MS = (1 << 40) - 1
"""The longest TTL the server takes (EphemeralType.TTL: 40 bits of milliseconds)."""

# AddWatchMode.java and Watcher.WatcherType.java.
ADD_WATCH_PERSISTENT = 0
ADD_WATCH_PERSISTENT_RECURSIVE = 1
WATCHER_CHILDREN = 1
WATCHER_DATA = 2
WATCHER_ANY = 3


class CreateContainer(Create2):
    """createContainer: a node the server deletes once it had children and has none left.

    The body is Create2's (path, data, acl, flags) with ``flags`` CONTAINER_FLAG; the
    answer is ``(server path, ZnodeStat)``.
    """

    type = 19


class CreateTTL(namedtuple("CreateTTL", "path data acl flags ttl")):
    """createTTL: a persistent node the server deletes once it has had no change for
    ``ttl`` milliseconds and has no children.

    ``flags`` is TTL_FLAG or TTL_SEQUENTIAL_FLAG; the answer is ``(server path,
    ZnodeStat)``. A server without ``extendedTypesEnabled=true`` answers
    UnimplementedError.
    """

    type = 21

    def serialize(self) -> bytearray:
        b = Create2.serialize(self)  # type: ignore[arg-type]  (same leading fields)
        b.extend(long_struct.pack(self.ttl))
        return b

    deserialize = Create2.deserialize


class Multi(Transaction):
    """A transaction (``operations``: kazoo's requests, CreateContainer and CreateTTL too).

    The answer is one entry per operation: the created path (create, and create2 as the
    server answers typed creates), True (delete, check), a ZnodeStat (setData), or an
    exception instance. kazoo takes the chroot off its paths (same opcode as its own).
    """

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> list[Any]:
        results: list[Any] = []
        while True:
            header, offset = MultiHeader.deserialize(buf, offset)
            if header.done:
                return results
            if header.type in (1, 15):  # create, create2 (path, then a stat for create2)
                path, offset = read_string(buf, offset)
                offset += stat_struct.size if header.type == 15 else 0
                results.append(path)
            elif header.type == 5:  # setData
                results.append(ZnodeStat._make(stat_struct.unpack_from(buf, offset)))
                offset += stat_struct.size
            elif header.type == -1:
                err = int_struct.unpack_from(buf, offset)[0]
                offset += int_struct.size
                results.append(EXCEPTIONS[err]())
            else:  # delete (2), check (13): no body
                results.append(True)


class AddWatch(namedtuple("AddWatch", "path mode")):
    """addWatch: a persistent watch on ``path`` (``mode`` ADD_WATCH_PERSISTENT) or on it
    and every node below it (ADD_WATCH_PERSISTENT_RECURSIVE). No answer body.

    A recursive watch reports CREATED, DELETED and CHANGED of the node and of every
    node below it (no CHILD events); a plain persistent one reports all four types for
    the node alone. It stays until removed or until the connection ends: the server
    forgets it when the client reconnects, so it must be added again then.
    """

    type = 106

    def serialize(self) -> bytes:
        return write_string(self.path) + int_struct.pack(self.mode)

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> None:
        return None


class RemoveWatches(namedtuple("RemoveWatches", "path watcher_type")):
    """removeWatches: remove this connection's watches on ``path`` of one type
    (WATCHER_CHILDREN, WATCHER_DATA or WATCHER_ANY). No answer body; NoWatcherError
    when there was none."""

    type = 18

    def serialize(self) -> bytes:
        return write_string(self.path) + int_struct.pack(self.watcher_type)

    @classmethod
    def deserialize(cls, buf: bytes, offset: int) -> None:
        return None


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

    One field per request (False until known). Container creates (19) are not probed:
    every server since 3.5.1 has them, and an older one refuses the create itself.
    Whether TTL nodes are taken is known only once one was tried: the server refuses
    them unless it runs with ``extendedTypesEnabled=true``, and a probe would have to
    write a node.
    """

    multi_read: bool = False  # MultiRead, opcode 22 (3.6+)
    get_all_children_number: bool = False  # GetAllChildrenNumber, opcode 104 (3.6+)
    add_watch: bool = False  # AddWatch, opcode 106, and RemoveWatches of its watches (3.6+)
    ttl_nodes: bool | None = None  # CreateTTL (21): None until tried, then what it answered


SINCE_3_6: tuple[str, ...] = ("multi_read", "get_all_children_number", "add_watch")
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


def known_features(client: Any) -> ServerFeatures:
    """What is known of the server behind ``client`` without asking it (never blocks):
    all False before the probe."""
    with _known_lock:
        return _known.get(client, ServerFeatures())


def note_ttl_nodes(client: Any, taken: bool) -> None:
    """Remember whether the server took a TTL node (``ServerFeatures.ttl_nodes``)."""
    with _known_lock:
        _known[client] = replace(_known.get(client, ServerFeatures()), ttl_nodes=taken)


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
