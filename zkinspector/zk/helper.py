"""A search's walk handed over to a helper process, so the window's process stays free.

kazoo decodes every answer in Python: a walk of a million nodes in the window's process
holds the interpreter lock the GUI thread needs for most of its ~10 s, and the two slow
each other down (18 s, and GUI stalls). A search still running after
:data:`HANDOFF_AFTER` seconds starts a helper: this module run as a Python process
(``python -m zkinspector.zk.helper``) that opens a session of its own to the same
servers with the client's credentials, TLS settings and last zxid (it sees at least what
the client saw), takes the nodes the walk has not visited yet, walks them, and sends back
the matching nodes in compact batches (paths joined, kinds and sizes packed) that the
window's process turns into rows with a few calls.

The helper is not used for clients using SASL (their settings are not kept), from a
frozen application (no Python to run), or when it does not start or connect within
:data:`START_TIMEOUT`: the walk then goes on in the thread.

Wire format, both ways over pipes: the parent writes JSON lines (the connection, then the
task); the helper writes frames ``kind (1 byte) | length (4) | payload``.
"""

from __future__ import annotations

import array
import contextlib
import json
import os
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from kazoo import exceptions as kazoo_exceptions

from .connstr import format_connect_string
from .errors import Cancelled
from .texts import translate

__all__ = ["HANDOFF_AFTER", "Helper", "HelperFailed", "START_TIMEOUT", "helper_settings"]

HANDOFF_AFTER = 0.15
"""Seconds a search walks in the thread before it starts a helper."""
START_TIMEOUT = 10.0
"""Seconds a helper has to start and connect."""

_FRAME = struct.Struct(">cI")
_READY, _HITS, _PROGRESS, _ERROR, _DONE = b"R", b"H", b"P", b"E", b"D"
_KINDS = (
    "persistent",
    "ephemeral",
    "persistent sequential",
    "ephemeral sequential",
)


class HelperFailed(Exception):
    """The helper process stopped without finishing; str() is a sentence for the user."""


def helper_settings(client: Any) -> dict[str, Any] | None:
    """What a helper needs to open a session like ``client``'s, or None when it cannot
    (SASL, a frozen application, no connection)."""
    if getattr(sys, "frozen", False) or not client.connected:
        return None
    if getattr(getattr(client, "_connection", None), "sasl_options", None):
        return None
    return {
        "hosts": format_connect_string(list(client.hosts)) + (client.chroot or ""),
        "timeout": client._session_timeout / 1000.0,
        "auth": sorted([scheme, credential] for scheme, credential in client.auth_data or ()),
        "read_only": bool(client.read_only),
        "last_zxid": client.last_zxid or 0,
        "use_ssl": bool(client.use_ssl),
        "ca": client.ca,
        "certfile": client.certfile,
        "keyfile": client.keyfile,
        "keyfile_password": client.keyfile_password,
        "verify_certs": client.verify_certs,
        "check_hostname": client.check_hostname,
    }


# ---------------------------------------------------------------------------
# The window's side


class Helper:
    """One helper process: :meth:`start` it, :meth:`ready` tells when it is connected,
    :meth:`search` hands it the rest of a walk and yields its hits. Always :meth:`close`."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.proc: subprocess.Popen[bytes] | None = None
        self._ready = False
        self._started = 0.0

    def start(self) -> bool:
        """Start the process and send it the connection; False if it cannot start."""
        package_root = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", __name__],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                bufsize=0,
            )
            self._send(self.settings)
        except (OSError, ValueError):
            self.close()
            return False
        self._started = time.monotonic()
        return True

    def _send(self, message: dict[str, Any]) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message).encode("utf-8") + b"\n")
        self.proc.stdin.flush()

    def ready(self) -> bool:
        """True once the helper is connected (never blocks). A helper that failed or is
        too slow to start is closed: it stays not ready."""
        if self._ready or self.proc is None:
            return self._ready
        fd = self.proc.stdout.fileno()  # type: ignore[union-attr]
        if select.select([fd], [], [], 0)[0]:
            try:
                kind, _payload = self._frame()
            except HelperFailed:
                kind = b""
            self._ready = kind == _READY
            if not self._ready:
                self.close()
        elif time.monotonic() - self._started > START_TIMEOUT:
            self.close()
        return self._ready

    def wait_ready(
        self, timeout: float = START_TIMEOUT, cancelled: Callable[[], bool] | None = None
    ) -> bool:
        """Block until the helper is connected (True) or failed or ``timeout`` passed.
        Raises Cancelled once ``cancelled()`` says True."""
        deadline = time.monotonic() + timeout
        while self.proc is not None and not self.ready():
            if cancelled is not None and cancelled():
                raise Cancelled()
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            select.select([self.proc.stdout], [], [], min(left, 0.1))
        return self._ready

    def _read(self, n: int, cancelled: Callable[[], bool] | None = None) -> bytes:
        stream = self.proc.stdout  # type: ignore[union-attr]
        chunks: list[bytes] = []
        while n:
            if cancelled is not None:
                while not select.select([stream], [], [], 0.1)[0]:
                    if cancelled():
                        raise Cancelled()
            chunk = stream.read(n)
            if not chunk:
                raise HelperFailed(
                    translate("zk.helper", "The helper process stopped before the end.")
                )
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _frame(self, cancelled: Callable[[], bool] | None = None) -> tuple[bytes, bytes]:
        kind, length = _FRAME.unpack(self._read(_FRAME.size, cancelled))
        return kind, self._read(length, cancelled) if length else b""

    def search(
        self,
        criteria: dict[str, Any],
        groups: list[tuple[str, int, list[str], bool]],
        *,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Iterator[tuple[str, str, int]]:
        """Have the helper walk ``groups`` (a walk's ``rest``) and match ``criteria``
        (SearchCriteria's fields); yield (path, kind, size) of each hit. Whole groups go
        as their parent's path (the helper lists it again): handing over a million names
        would hold the interpreter lock, and the GUI, for a tenth of a second.

        Raises Cancelled, HelperFailed, and what the helper's walk raised (kazoo's
        errors, by name).
        """
        # Other names go as raw bytes after the line (not in one JSON text).
        blobs = [b"" if whole else "\n".join(names).encode("utf-8") for *_, names, whole in groups]
        meta = [
            [prefix, depth, -1 if whole else len(blob)]
            for (prefix, depth, _names, whole), blob in zip(groups, blobs, strict=True)
        ]
        self._send({"task": "search", "criteria": criteria, "groups": meta})
        stdin = self.proc.stdin  # type: ignore[union-attr]
        for blob in blobs:
            stdin.write(blob)  # type: ignore[union-attr]
        stdin.flush()  # type: ignore[union-attr]
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            kind, payload = self._frame(cancelled)
            if kind == _HITS:
                yield from _unpack_hits(payload)
            elif kind == _PROGRESS and progress is not None:
                done, total = struct.unpack(">qq", payload)
                progress(done, total if total >= 0 else None)
            elif kind == _ERROR:
                raise _error(json.loads(payload))
            elif kind == _DONE:
                return

    def close(self) -> None:
        """End the process (it ends its session)."""
        proc, self.proc = self.proc, None
        self._ready = False
        if proc is None:
            return
        for stream in (proc.stdin, proc.stdout):
            with contextlib.suppress(Exception):
                stream.close()  # type: ignore[union-attr]
        with contextlib.suppress(Exception):
            proc.terminate()
            proc.wait(5)


def _unpack_hits(payload: bytes) -> Iterator[tuple[str, str, int]]:
    count, text_size = struct.unpack_from(">II", payload)
    start = 8 + text_size
    names = payload[8:start].decode("utf-8").split("\n")
    kinds = map(_KINDS.__getitem__, payload[start : start + count])
    sizes = array.array("q")
    sizes.frombytes(payload[start + count :])
    if sys.byteorder == "little":
        sizes.byteswap()
    return zip(names, kinds, sizes.tolist(), strict=True)


def _error(info: dict[str, Any]) -> BaseException:
    cls = getattr(kazoo_exceptions, info.get("type", ""), None)
    if isinstance(cls, type) and issubclass(cls, Exception):
        return cls(info.get("message", ""))
    return HelperFailed(info.get("message", ""))


# ---------------------------------------------------------------------------
# The helper's side


def _write(out: Any, lock: threading.Lock, kind: bytes, payload: bytes = b"") -> None:
    with lock:
        out.write(_FRAME.pack(kind, len(payload)) + payload)
        out.flush()


def _pack_hits(hits: list[tuple[str, str, int]]) -> bytes:
    text = "\n".join(h[0] for h in hits).encode("utf-8")
    kinds = bytes(_KINDS.index(h[1]) for h in hits)
    sizes = array.array("q", [h[2] for h in hits])
    if sys.byteorder == "little":
        sizes.byteswap()
    return struct.pack(">II", len(hits), len(text)) + text + kinds + sizes.tobytes()


def _serve() -> int:
    """The helper process: connect, say ready, run one task, end."""
    from kazoo.client import KazooClient

    from .protocol import ListChildren, send, server_features, server_path, wait
    from .search import SearchCriteria, search_groups

    out, lock = sys.stdout.buffer, threading.Lock()
    settings = json.loads(sys.stdin.buffer.readline())
    client = KazooClient(
        hosts=settings["hosts"],
        timeout=settings["timeout"],
        auth_data=[tuple(a) for a in settings["auth"]] or None,
        read_only=settings["read_only"] or None,
        use_ssl=settings["use_ssl"],
        ca=settings["ca"],
        certfile=settings["certfile"],
        keyfile=settings["keyfile"],
        keyfile_password=settings["keyfile_password"],
        verify_certs=settings["verify_certs"],
        check_hostname=settings["check_hostname"],
    )
    client.last_zxid = settings["last_zxid"]
    try:
        client.start(timeout=START_TIMEOUT)
        server_features(client)
        _write(out, lock, _READY)
        line = sys.stdin.buffer.readline()
        if not line:
            return 0
        task = json.loads(line)
        groups = []
        relist = []
        for prefix, depth, size in task["groups"]:
            if size < 0:
                parent = prefix[:-1] or "/"
                relist.append(
                    (prefix, depth, send(client, ListChildren(server_path(client, parent), None)))
                )
            else:
                names = sys.stdin.buffer.read(size).decode("utf-8").split("\n") if size else []
                groups.append((prefix, depth, names))
        for prefix, depth, listed in relist:
            with contextlib.suppress(kazoo_exceptions.NoNodeError):
                groups.append((prefix, depth, wait(listed)[0]))
        # The window's process closes our stdin to stop us (or dies): end at once then.
        threading.Thread(target=_exit_on_eof, daemon=True).start()
        batch: list[tuple[str, str, int]] = []
        last = time.monotonic()

        def progress(done: int, total: int | None) -> None:
            _write(out, lock, _PROGRESS, struct.pack(">qq", done, -1 if total is None else total))

        for hit in search_groups(
            client, SearchCriteria(**task["criteria"]), groups, progress=progress
        ):
            batch.append(hit)
            now = time.monotonic()
            if len(batch) >= 20_000 or now - last > 0.05:
                _write(out, lock, _HITS, _pack_hits(batch))
                batch, last = [], now
        if batch:
            _write(out, lock, _HITS, _pack_hits(batch))
        _write(out, lock, _DONE)
    except Exception as exc:  # noqa: BLE001 - handed to the window's process
        info = {"type": type(exc).__name__, "message": str(exc)}
        with contextlib.suppress(Exception):
            _write(out, lock, _ERROR, json.dumps(info).encode("utf-8"))
    finally:
        with contextlib.suppress(Exception):
            client.stop()
            client.close()
    return 0


def _exit_on_eof() -> None:
    with contextlib.suppress(Exception):
        while sys.stdin.buffer.read(65536):
            pass
    os._exit(0)


if __name__ == "__main__":
    # Ends without the interpreter's shutdown: the thread blocked reading stdin
    # (_exit_on_eof) would make it abort, holding stdin's lock.
    status = _serve()
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    os._exit(status)
