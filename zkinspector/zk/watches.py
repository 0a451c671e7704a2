"""Every watch event the server sends, as it arrives, and persistent recursive watches.

kazoo 2.11 has no ``addWatch``: when a notification arrives, its connection thread
(``ConnectionHandler._read_watch_event``) hands it only to the one-shot watchers kazoo
registered for that path, and forgets them; the events of a persistent watch would be
dropped. :class:`WatchTap` is our hook, in the spirit of kazoo's open pull request #715
but outside kazoo: it wraps that method *on one client's connection handler* (an
instance attribute; the class and other clients are untouched), looks at each
notification first and passes it on to kazoo's own dispatch unchanged.

The tap runs on kazoo's connection thread, in the order the server sent the
notifications (the order of their transactions): its sink must only hand the event on
(a list append and a queued Qt signal), never block.

:class:`SubtreeWatches` adds, removes and re-adds persistent recursive watches
(``protocol.AddWatch``, ZooKeeper 3.6+). The server forgets them when the connection
ends, so after every reconnect (same session or a new one) :meth:`SubtreeWatches.rearm`
adds them again; changes made while the client was away are not reported.

What ZooKeeper 3.8 does with them, measured on a real server (tests/server/test_watches.py):
a recursive watch reports CREATED, DELETED and CHANGED of the node and of every node
below it, never CHILD; and adding one on a path where the same connection holds a
one-shot children watch turns that children watch off. The session therefore derives
"children of the parent changed" from CREATED and DELETED inside a watched subtree
(``ZkSession``), which is exact: those are what a children watch would report.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple

from kazoo.exceptions import NoWatcherError, UnimplementedError
from kazoo.protocol.serialization import Watch

from . import paths
from .errors import is_fatal
from .protocol import (
    ADD_WATCH_PERSISTENT_RECURSIVE,
    WATCHER_ANY,
    AddWatch,
    RemoveWatches,
    note_unsupported,
    send,
    server_features,
    server_path,
    wait,
)
from .texts import translate

__all__ = [
    "EVENT_TYPES",
    "PersistentWatchesUnsupported",
    "SubtreeWatches",
    "WatchEvent",
    "WatchTap",
]

#: Watch event types as the server numbers them (Watcher.Event.EventType).
EVENT_TYPES = {1: "CREATED", 2: "DELETED", 3: "CHANGED", 4: "CHILD"}


class PersistentWatchesUnsupported(Exception):
    """The server has no persistent watches (before ZooKeeper 3.6); str() says so."""

    def __str__(self) -> str:
        return translate(
            "zk.watches",
            "This server has no persistent watches (they came with ZooKeeper 3.6): "
            "a subtree cannot be watched as a whole.",
        )


class WatchEvent(NamedTuple):
    """One watch notification, as the connection read it.

    A tuple of atomic values: Python's cycle collector stops tracking it, so 100,000 of
    them in a log cost its collections nothing.
    """

    time: float  # seconds since the epoch, when it was read from the socket
    type: str  # "CREATED", "DELETED", "CHANGED" or "CHILD"
    path: str  # the client's path (chroot taken off)
    in_subtree: bool  # the path lies in a subtree watched here (SubtreeWatches)
    data_watched: bool  # kazoo holds a one-shot data watch on the path: it reports it too


class WatchTap:
    """Sees every watch notification of one client before kazoo dispatches it.

    Install it before the client starts (nothing is missed). ``sink(event)`` is called
    on kazoo's connection thread, once per notification, in arrival order.
    """

    def __init__(self, client: Any, sink: Callable[[WatchEvent], None]) -> None:
        self._client = client
        self._sink: Callable[[WatchEvent], None] | None = sink
        self._covers: Callable[[str], bool] = lambda _path: False
        connection = client._connection
        self._original = connection._read_watch_event
        connection._read_watch_event = self._read_watch_event

    def set_coverage(self, covers: Callable[[str], bool]) -> None:
        """Tell which client paths lie in a watched subtree (called on kazoo's thread)."""
        self._covers = covers

    def detach(self) -> None:
        """Stop passing events on (kazoo's dispatch goes on as before)."""
        self._sink = None

    def _read_watch_event(self, buffer: bytes, offset: int) -> None:
        sink = self._sink
        if sink is not None:
            try:
                watch, _end = Watch.deserialize(buffer, offset)
                kind = EVENT_TYPES.get(watch.type)
                if kind is not None:
                    client = self._client
                    path = client.unchroot(watch.path)
                    sink(
                        WatchEvent(
                            time.time(),
                            kind,
                            path,
                            self._covers(path),
                            kind != "CHILD" and watch.path in client._data_watchers,
                        )
                    )
            except Exception:  # noqa: BLE001 - kazoo's own dispatch must run whatever happens
                client = self._client
                client.logger.exception("watch tap failed")
        self._original(buffer, offset)


class SubtreeWatches:
    """The persistent recursive watches of one client, kept across reconnects.

    :meth:`add`, :meth:`remove` and :meth:`rearm` send requests and wait for the
    answer: call them on a worker thread. :meth:`covers` is safe from any thread.
    """

    def __init__(self, client: Any, tap: WatchTap) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._roots: frozenset[str] = frozenset()
        tap.set_coverage(self.covers)

    @property
    def roots(self) -> frozenset[str]:
        """The watched subtrees' root paths."""
        return self._roots

    def covers(self, path: str) -> bool:
        """True if ``path`` is a watched root or lies below one."""
        roots = self._roots
        if not roots:
            return False
        if path in roots:
            return True
        return any(paths.is_ancestor(root, path) for root in roots)

    def add(self, path: str) -> None:
        """Watch ``path`` and everything below it, from now until :meth:`remove`.

        Raises PersistentWatchesUnsupported (the server is older than 3.6), kazoo's
        connection errors, NoAuthError...
        """
        client = self._client
        if not server_features(client).add_watch:
            raise PersistentWatchesUnsupported()
        with self._lock:
            self._roots = self._roots | {path}
        try:
            self._send_add(path)
        except BaseException:
            with self._lock:
                self._roots = self._roots - {path}
            raise

    def _send_add(self, path: str) -> None:
        client = self._client
        request = AddWatch(server_path(client, path), ADD_WATCH_PERSISTENT_RECURSIVE)
        try:
            wait(send(client, request))
        except UnimplementedError:
            # A member without it (a mixed ensemble): it also drops the connection.
            note_unsupported(client, "add_watch")
            raise PersistentWatchesUnsupported() from None

    def remove(self, path: str) -> None:
        """Stop watching ``path``'s subtree: no event of it is passed on as such any more.

        Removes every watch this connection holds on ``path`` itself (the server's
        "any" type): one-shot watches there must be set again by whoever needs them.
        A watch the server had already forgotten (a reconnect) is no error.
        """
        with self._lock:
            self._roots = self._roots - {path}
        client = self._client
        with contextlib.suppress(NoWatcherError):
            wait(send(client, RemoveWatches(server_path(client, path), WATCHER_ANY)))

    def remove_all(self, timeout: float = 2.0) -> None:
        """Remove every subtree watch, waiting at most ``timeout`` in all (best effort:
        used while the client closes, which ends them anyway)."""
        with self._lock:
            roots, self._roots = self._roots, frozenset()
        client = self._client
        sent = [send(client, RemoveWatches(server_path(client, p), WATCHER_ANY)) for p in roots]
        deadline = time.monotonic() + timeout
        for result in sent:
            try:
                result.get(timeout=max(0.0, deadline - time.monotonic()))
            except Exception:  # noqa: BLE001, S112 - the connection is going away
                continue

    def rearm(self) -> list[tuple[str, BaseException | None]]:
        """Add every subtree watch again (after a reconnect); (path, error or None) each.

        A watch the server refuses is dropped (no longer in :attr:`roots`); one lost to
        a connection error stays, for the next reconnect to add.
        """
        outcome: list[tuple[str, BaseException | None]] = []
        for path in sorted(self._roots):
            try:
                self._send_add(path)
            except Exception as exc:  # noqa: BLE001 - reported per path
                if isinstance(exc, PersistentWatchesUnsupported) or not is_fatal(exc):
                    with self._lock:
                        self._roots = self._roots - {path}
                outcome.append((path, exc))
            else:
                outcome.append((path, None))
        return outcome
