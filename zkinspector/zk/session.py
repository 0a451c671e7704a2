"""One ZooKeeper connection: a kazoo client driven from worker threads.

The GUI thread never waits on the network. Every kazoo call runs as a job of the
session's :class:`jobs.JobRunner`; results, streamed items, watch events and connection
states come back as Qt signals, which Qt delivers on the thread that owns the session
(the GUI thread) as queued calls. A result that belongs to an older connection, or to
a job that was abandoned, is dropped.

Watch events come two ways: kazoo's one-shot watchers (``child_watcher`` /
``data_watcher``, for what the user sees) report ``childrenChanged`` / ``dataChanged``;
and every notification the server sends, one-shot or persistent, is seen first by a tap
on the connection (``watches.WatchTap``) and reported, in arrival order and in batches,
as ``watchEvents``. Subtree watches (persistent recursive, ``watch_subtree``) live in
``watches.SubtreeWatches``; the session re-adds them after every reconnect and turns
their events into ``childrenChanged`` / ``dataChanged`` too, so the panes follow a
watched subtree whatever the one-shot watches do. The tree applies their events itself
and sets no one-shot children watch where the server holds one (``reports_children``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from kazoo.client import KazooClient, KazooState
from kazoo.exceptions import KazooException
from kazoo.protocol.states import EventType, WatchedEvent
from PySide6.QtCore import QObject, Qt, Signal, Slot

from .client import ConnectError, check_started, close_client, kazoo_options
from .codec import JUTE_MAXBUFFER_DEFAULT
from .connstr import ConnectParams, format_connect_string
from .errors import Cancelled, describe
from .jobs import ErrorFn, ItemsFn, Job, JobRunner, ProgressFn, ResultFn
from .node_types import kind_text
from .paths import dirname, is_ancestor
from .protocol import ServerFeatures, known_features
from .ssh import Question, SshError, Tunnel, Waiter, open_tunnel
from .texts import translate
from .watches import PersistentWatchesUnsupported, SubtreeWatches, WatchEvent, WatchTap
from .writes import create_once

log = logging.getLogger(__name__)

DISCONNECTED = "Disconnected"
CONNECTING = "Connecting"
CONNECTED = "Connected"
SUSPENDED = "Suspended"
LOST = "Lost"


class NotConnectedError(KazooException):
    """Raised to a job's error callback when there is no connection to run it on."""

    def __str__(self) -> str:
        return translate("zk.session", "Not connected to a ZooKeeper server.")


class ReadOnlyError(KazooException):
    """Raised to a write job's error callback when the session is read-only."""

    def __str__(self) -> str:
        return translate(
            "zk.session", "This connection is read-only: nothing is written to the server."
        )


class _Connected(NamedTuple):
    """What a connect hands back to the GUI thread."""

    client: KazooClient
    request_limit: int
    subtrees: SubtreeWatches
    tunnel: Tunnel | None = None


class _Watchers:
    """The callbacks of one connection from other threads: kazoo's watches and state
    listener, and the SSH tunnel's questions (an ``ssh.Asker``) and status sentences.

    They only emit signals. One instance per connection, so kazoo (which keeps
    watchers in sets) registers each bound method once per path.
    """

    def __init__(self, session: ZkSession, generation: int) -> None:
        self._session: ZkSession | None = session
        self._generation = generation
        self._events: list[WatchEvent] = []
        self._events_lock = threading.Lock()

    def detach(self) -> None:
        """Forget the session: callbacks of a client being closed touch no QObject."""
        self._session = None

    def event(self, event: WatchEvent) -> None:
        """The tap's sink (kazoo's connection thread). Events wait in a list; the session
        is signalled when the list stops being empty and takes them all at once."""
        if self._session is None:
            return
        with self._events_lock:
            self._events.append(event)
            if len(self._events) > 1:
                return
        self._emit("_events_ready")

    def take_events(self) -> list[WatchEvent]:
        with self._events_lock:
            events, self._events = self._events, []
        return events

    def children(self, event: WatchedEvent) -> None:
        if event.path is not None and event.type != EventType.NONE:
            self._emit("_child_event", event.path)

    def data(self, event: WatchedEvent) -> None:
        if event.path is not None and event.type != EventType.NONE:
            self._emit("_data_event", event.path, str(event.type))

    def listener(self, state: str) -> None:
        session = self._session
        server, local = "", ""
        if session is not None and state == KazooState.CONNECTED:
            server, local = _endpoints(session._client)
        self._emit("_kazoo_state", str(state), server, local)

    def ask(self, question: Question) -> None:
        self._emit("_ssh_question", question)

    def withdraw(self, question: Question) -> None:
        self._emit("_ssh_withdrawn", question)

    def tunnel_status(self, text: str) -> None:
        self._emit("_tunnel_status", text)

    def _emit(self, name: str, *args) -> None:
        session = self._session
        if session is None:
            return
        # RuntimeError: the session was deleted (window closed) before kazoo stopped.
        with contextlib.suppress(RuntimeError):
            getattr(session, name).emit(self._generation, *args)


class ZkSession(QObject):
    """A ZooKeeper connection whose calls all run off the GUI thread.

    Signals carry plain values. ``submit`` runs ``fn(client)`` on a worker and calls
    ``on_result(value)`` or ``on_error(exc)`` on the session's thread; ``submit_long`` and
    ``submit_stream`` do the same for work that reports progress, streams items and can
    be stopped (see :class:`jobs.Job`).
    """

    stateChanged = Signal(str, str)  # state (CONNECTING, ...), detail (server, message)
    connected = Signal()  # a connect() succeeded: the tree can load
    connectFailed = Signal(str)  # a sentence for the user
    resynced = Signal(bool)  # back after SUSPENDED (False) or after LOST with a new session (True)
    childrenChanged = Signal(str)  # a children watch fired for this path
    dataChanged = Signal(str, str)  # a data watch fired: path, event type (CHANGED, DELETED, ...)
    authAdded = Signal(str)  # add_auth succeeded (scheme): what was unreadable may be readable
    # Paths of ephemeral nodes this app created (`create`) whose session expired: the
    # server deleted them with it. Emitted after `resynced(True)`.
    ephemeralsLost = Signal(list)
    # Every watch notification the server sent (watches.WatchEvent), in arrival order,
    # in batches: the one-shot watches' and the subtree watches'.
    watchEvents = Signal(list)
    subtreeWatchesChanged = Signal()  # `subtree_watches` changed
    subtreeWatchArmed = Signal(str, bool)  # path, True: added again after a reconnect
    subtreeWatchFailed = Signal(str, str)  # path, sentence: it is not watched (any more)
    # A subtree watch on this path was removed, and with it every watch this connection
    # held on the path itself: whoever needs a one-shot watch there sets it again.
    watchesCleared = Signal(str)
    # SSH tunnel (params.ssh_host): a question for the user (an ssh.Question: answer it
    # with question.answer(...) from the GUI), the worker no longer waiting for it (close
    # what shows it), and a sentence about the tunnel (dropped, back, a member unreachable).
    sshQuestion = Signal(object)
    sshQuestionWithdrawn = Signal(object)
    tunnelMessage = Signal(str)

    _kazoo_state = Signal(int, str, str, str)  # generation, kazoo state, server, local address
    _child_event = Signal(int, str)
    _data_event = Signal(int, str, str)
    _events_ready = Signal(int)  # generation
    _ssh_question = Signal(int, object)
    _ssh_withdrawn = Signal(int, object)
    _tunnel_status = Signal(int, str)

    def __init__(self, parent: QObject | None = None, *, workers: int = 4) -> None:
        super().__init__(parent)
        self._jobs = JobRunner(self, workers=workers, name="zk")
        self._client: KazooClient | None = None
        self._tunnel: Tunnel | None = None
        self._request_limit = JUTE_MAXBUFFER_DEFAULT
        self._watchers: _Watchers | None = None
        self._params: ConnectParams | None = None
        self._state = DISCONNECTED
        self._server = ""
        self._local_address = ""
        self._connect_job: Job | None = None
        self._was_lost = False
        self._own_ephemerals: dict[str, int] = {}  # path -> id of the session owning it
        self._created_types: dict[int, str] = {}  # czxid -> "container" / "ttl N ms"
        self._subtrees: SubtreeWatches | None = None
        self._watched: set[str] = set()  # subtree watches asked for (kept over reconnects)
        self._arming: set[str] = set()  # subtree watches being added
        # Subtree watches the server holds now: added, or added again since the last
        # reconnect (what `reports_children` answers from).
        self._live: set[str] = set()
        queued = Qt.ConnectionType.QueuedConnection
        self._kazoo_state.connect(self._on_kazoo_state, queued)
        self._child_event.connect(self._on_child_event, queued)
        self._data_event.connect(self._on_data_event, queued)
        self._events_ready.connect(self._on_events_ready, queued)
        self._ssh_question.connect(self._on_ssh_question, queued)
        self._ssh_withdrawn.connect(lambda _g, q: self.sshQuestionWithdrawn.emit(q), queued)
        self._tunnel_status.connect(self._on_tunnel_status, queued)

    # -- state -------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def server(self) -> str:
        """The address of the server this session is connected to, or ''."""
        return self._server

    @property
    def local_address(self) -> str:
        """This client's IP address on the connection to the server (what the server's
        ``ip`` ACL scheme sees, barring NAT), or '' when not connected or through an SSH
        tunnel (the server sees the jump host's address)."""
        if self._tunnel is not None:
            return ""
        return self._local_address if self._state == CONNECTED else ""

    @property
    def params(self) -> ConnectParams | None:
        return self._params

    @property
    def tunnel(self) -> Tunnel | None:
        """The SSH tunnel of the connection, if it goes through a jump host: its
        ``forwards`` map each member (host, port) to a local port on 127.0.0.1."""
        return self._tunnel

    @property
    def read_only(self) -> bool:
        return bool(self._params and self._params.read_only)

    @property
    def is_connected(self) -> bool:
        return self._state == CONNECTED

    @property
    def generation(self) -> int:
        """Increases with every connect and disconnect; results of older ones are dropped."""
        return self._jobs.generation

    @property
    def request_limit(self) -> int:
        """The server's size limit for one request in bytes (``jute.maxbuffer``).

        Read once per connect, on the worker, before ``connected`` is emitted (from the
        ``conf`` four-letter word; see ``limits.read_server_limit``); the 1 MB default
        until then and whenever the server does not tell.
        """
        return self._request_limit

    @property
    def features(self) -> ServerFeatures:
        """What is known of the server's requests beyond kazoo's (never blocks)."""
        client = self._client
        return known_features(client) if client is not None else ServerFeatures()

    @property
    def session_id(self) -> int | None:
        """The server's id of this session, when there is one."""
        client = self._client
        if client is None or client.client_id is None:
            return None
        return client.client_id[0]

    def _set_state(self, state: str, detail: str = "") -> None:
        self._state = state
        self._server = detail if state == CONNECTED else ""
        self.stateChanged.emit(state, detail)

    # -- connect / disconnect ---------------------------------------------------------

    def connect_to(self, params: ConnectParams) -> None:
        """Start connecting; returns at once. Ends in `connected` or `connectFailed`."""
        self.disconnect_from()
        generation = self._jobs.next_generation()
        self._params = params
        self._was_lost = False
        self._own_ephemerals.clear()
        self._created_types.clear()
        self._watched.clear()
        self._arming.clear()
        self._live.clear()
        watchers = _Watchers(self, generation)
        self._watchers = watchers
        self._set_state(CONNECTING, params.hosts)
        self._connect_job = self._jobs.start(
            lambda job: _connect(params, watchers, job),
            self._on_connected,
            self._on_connect_error,
            on_dropped=lambda done: _close_in_background(done.client, tunnel=done.tunnel),
        )

    def cancel_connect(self) -> None:
        """Stop a connect under way; the state becomes Disconnected."""
        if self._state == CONNECTING:
            self.disconnect_from()

    def disconnect_from(self) -> None:
        """Close the connection (off the GUI thread); pending results are dropped."""
        if self._connect_job is not None:
            self._connect_job.abandon()
            self._connect_job = None
        client, self._client = self._client, None
        subtrees, self._subtrees = self._subtrees, None
        tunnel, self._tunnel = self._tunnel, None
        self._detach_watchers()
        self._own_ephemerals.clear()  # closing the session deletes them, as asked
        self._created_types.clear()
        self._request_limit = JUTE_MAXBUFFER_DEFAULT
        self._arming.clear()
        self._live.clear()
        if self._watched:
            self._watched.clear()
            self.subtreeWatchesChanged.emit()
        if client is not None or self._state != DISCONNECTED:
            self._jobs.next_generation()
            if client is not None:
                _close_in_background(client, subtrees, tunnel)
            self._set_state(DISCONNECTED)

    def shutdown(self, wait: bool = True) -> None:
        """Disconnect and stop the worker threads (at application exit)."""
        client, self._client = self._client, None
        subtrees, self._subtrees = self._subtrees, None
        tunnel, self._tunnel = self._tunnel, None
        self._jobs.next_generation()
        self._detach_watchers()
        if self._connect_job is not None:
            self._connect_job.abandon()
        closing = _close_in_background(client, subtrees, tunnel) if client is not None else None
        self._jobs.shutdown(wait=wait)
        if wait and closing is not None:
            closing.join(timeout=10)

    def _detach_watchers(self) -> None:
        if self._watchers is not None:
            self._watchers.detach()
        self._watchers = None

    def _on_connected(self, connected: _Connected) -> None:
        self._connect_job = None
        client = self._client = connected.client
        self._subtrees = connected.subtrees
        self._tunnel = connected.tunnel
        self._request_limit = connected.request_limit
        server, self._local_address = _endpoints(client)
        self._set_state(CONNECTED, self._member(server))
        self.connected.emit()
        if not client.connected:
            # The link dropped between the connect and this delivery; the listener's
            # report of it was ignored (no client yet), so say it now.
            self._set_state(SUSPENDED)

    def _on_connect_error(self, exc: BaseException) -> None:
        self._connect_job = None
        self._jobs.next_generation()
        self._set_state(DISCONNECTED, str(exc))
        self.connectFailed.emit(str(exc))

    @Slot(int, str, str, str)
    def _on_kazoo_state(self, generation: int, state: str, server: str, local: str) -> None:
        if generation != self._jobs.generation or self._client is None:
            return
        if state == KazooState.LOST:
            self._was_lost = True
            self._live.clear()  # (the server forgets them with the connection)
            self._set_state(LOST, "session expired")
        elif state == KazooState.SUSPENDED:
            self._live.clear()
            self._set_state(SUSPENDED)
        elif state == KazooState.CONNECTED:
            new_session = self._was_lost
            self._was_lost = False
            if not server:  # (the socket was already gone when the listener looked)
                server, local = _endpoints(self._client)
            self._local_address = local
            self._set_state(CONNECTED, self._member(server))
            self.resynced.emit(new_session)
            self._report_lost_ephemerals()
            self._rearm_subtrees()

    def _member(self, server: str) -> str:
        """The member behind a forward's address when tunnelled, else ``server``."""
        tunnel = self._tunnel
        return (tunnel.member_at(server) or server) if tunnel is not None else server

    @Slot(int, object)
    def _on_ssh_question(self, generation: int, question: Question) -> None:
        if generation == self._jobs.generation:
            self.sshQuestion.emit(question)
        else:
            question.answer(None)  # asked for a connect that is over

    @Slot(int, str)
    def _on_tunnel_status(self, generation: int, text: str) -> None:
        if generation == self._jobs.generation:
            self.tunnelMessage.emit(text)

    @Slot(int, str)
    def _on_child_event(self, generation: int, path: str) -> None:
        if generation == self._jobs.generation:
            self.childrenChanged.emit(path)

    @Slot(int, str, str)
    def _on_data_event(self, generation: int, path: str, kind: str) -> None:
        if generation == self._jobs.generation:
            self.dataChanged.emit(path, kind)

    @Slot(int)
    def _on_events_ready(self, generation: int) -> None:
        watchers = self._watchers
        if generation != self._jobs.generation or watchers is None:
            return
        events = watchers.take_events()
        if not events:
            return
        self.watchEvents.emit(events)
        # What one-shot watches would have said, for the nodes of watched subtrees.
        for event in events:
            if not event.in_subtree:
                continue
            if event.type in ("CREATED", "DELETED"):
                self.childrenChanged.emit(dirname(event.path))
            if not event.data_watched:  # (else kazoo reports it to the data watcher)
                self.dataChanged.emit(event.path, event.type)

    def add_auth(
        self,
        scheme: str,
        credential: str,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
    ) -> Job:
        """Add credentials to the session (kazoo ``add_auth``, on the pool).

        On success the credentials join ``params.auth`` (kazoo sends them again after a
        reconnect) and ``authAdded`` is emitted, so views re-read what became readable.
        The error callback gets AuthFailedError when the server refuses them.
        """

        def added(_result: Any) -> None:
            if self._params is not None:
                self._params = replace(
                    self._params, auth=(*self._params.auth, (scheme, credential))
                )
            self.authAdded.emit(scheme)
            if on_result is not None:
                on_result(None)

        return self.submit(lambda c: c.add_auth(scheme, credential), added, on_error)

    # -- ephemeral nodes of this app ---------------------------------------------------

    def create(
        self,
        path: str,
        data: bytes = b"",
        *,
        ephemeral: bool = False,
        sequential: bool = False,
        makepath: bool = False,
        acl: list | None = None,
        container: bool = False,
        ttl: int | None = None,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
    ) -> Job:
        """Create a node exactly once (`writes.create_once`); `on_result(path_created)`.

        An ephemeral node is remembered with the session that owns it: when that session
        expires, `ephemeralsLost` names it. A container or TTL node (``container``,
        ``ttl`` ms) is remembered by its czxid (`created_type`): the server does not tell
        them from persistent nodes. Errors as create_once raises them.
        """
        typed = kind_text(container, ttl)

        def run(client: KazooClient) -> tuple[str, int | None, int | None]:
            created = create_once(
                client,
                path,
                data,
                ephemeral=ephemeral,
                sequential=sequential,
                makepath=makepath,
                acl=acl,
                container=container,
                ttl=ttl,
            )
            owner = czxid = None
            if ephemeral or typed:
                try:
                    stat = client.exists(created)
                except KazooException:  # dropped just now: the session that made it
                    stat = None
                    owner = getattr(client, "_session_id", None)
                if stat is not None:
                    owner, czxid = stat.ephemeralOwner, stat.czxid
            return created, owner if ephemeral else None, czxid

        def done(result: tuple[str, int | None, int | None]) -> None:
            created, owner, czxid = result
            if owner:
                self._own_ephemerals[created] = owner
            if typed and czxid is not None:
                self._created_types[czxid] = typed
            if on_result is not None:
                on_result(created)

        return self.submit(run, done, on_error, write=True)

    def created_type(self, stat: Any) -> str:
        """ "container" or "ttl N ms" when this app made the node with that stat (same
        czxid) as one in this connection; "" otherwise (the server does not tell)."""
        return self._created_types.get(stat.czxid, "") if stat is not None else ""

    @property
    def own_ephemerals(self) -> list[str]:
        """Ephemeral nodes this app created in the current connection (sorted paths)."""
        return sorted(self._own_ephemerals)

    def forget_ephemerals(self, path: str) -> None:
        """Stop tracking `path` and the nodes under it (after the app deleted them)."""
        prefix = path.rstrip("/") + "/"
        for known in list(self._own_ephemerals):
            if known == path or known.startswith(prefix):
                del self._own_ephemerals[known]

    def _report_lost_ephemerals(self) -> None:
        """After a (re)connect: emit `ephemeralsLost` for nodes owned by an older session."""
        current = self.session_id
        lost = sorted(p for p, owner in self._own_ephemerals.items() if owner != current)
        if current is None or not lost:
            return
        for path in lost:
            del self._own_ephemerals[path]
        self.ephemeralsLost.emit(lost)

    # -- watches ----------------------------------------------------------------------

    @property
    def subtree_watches(self) -> list[str]:
        """Roots of the subtrees watched as a whole (persistent recursive watches)."""
        return sorted(self._watched)

    def in_watched_subtree(self, path: str) -> bool:
        """True if ``path`` is a watched subtree's root or lies below one."""
        subtrees = self._subtrees
        return subtrees is not None and subtrees.covers(path)

    def reports_children(self, path: str) -> bool:
        """True if a subtree watch the server holds now reports every child created or
        deleted under ``path`` (as `watchEvents`): a one-shot children watch there would
        only report the same change twice.

        False while a subtree watch is being added, and from a connection's loss until
        its watches are added again (`subtreeWatchArmed`): whoever lists ``path`` then
        arms a one-shot watch, and lists it again when it is armed.
        """
        live = self._live
        return bool(live) and (path in live or any(is_ancestor(r, path) for r in live))

    def watch_subtree(self, path: str) -> Job | None:
        """Watch ``path`` and every node below it until `unwatch_subtree` or the end of
        the connection; re-added after each reconnect. Ends in `subtreeWatchArmed` or
        `subtreeWatchFailed` (a server before 3.6: PersistentWatchesUnsupported's
        sentence). None when it is watched already."""
        subtrees = self._subtrees
        if path in self._watched or path in self._arming:
            return None
        self._arming.add(path)

        def armed(_result: Any) -> None:
            self._arming.discard(path)
            self._watched.add(path)
            self._live.add(path)
            self.subtreeWatchesChanged.emit()
            self.subtreeWatchArmed.emit(path, False)

        def failed(exc: BaseException) -> None:
            self._arming.discard(path)
            self.subtreeWatchFailed.emit(path, _watch_error(exc, path))

        return self.submit(
            lambda _client: subtrees.add(path),  # type: ignore[union-attr]
            armed,
            failed,
        )

    def unwatch_subtree(self, path: str) -> Job | None:
        """Stop watching ``path``'s subtree (removeWatches); `watchesCleared` follows."""
        subtrees = self._subtrees
        if path not in self._watched:
            return None
        self._watched.discard(path)
        self._live.discard(path)
        self.subtreeWatchesChanged.emit()
        return self.submit(
            lambda _client: subtrees.remove(path),  # type: ignore[union-attr]
            lambda _result: self.watchesCleared.emit(path),
            lambda _exc: self.watchesCleared.emit(path),
        )

    def _rearm_subtrees(self) -> None:
        """After a reconnect: the server forgot the subtree watches; add them again."""
        subtrees = self._subtrees
        if not self._watched or subtrees is None:
            return
        self.submit(lambda _client: subtrees.rearm(), self._rearmed)

    def _rearmed(self, outcome: list[tuple[str, BaseException | None]]) -> None:
        subtrees = self._subtrees
        for path, exc in outcome:
            if path not in self._watched:
                continue
            if exc is None:
                self._live.add(path)
                self.subtreeWatchArmed.emit(path, True)
            elif subtrees is not None and path not in subtrees.roots:
                self._watched.discard(path)
                self.subtreeWatchesChanged.emit()
                self.subtreeWatchFailed.emit(path, _watch_error(exc, path))

    @property
    def child_watcher(self) -> Callable[[WatchedEvent], None] | None:
        """The callback to pass as `watch=` to get_children for this connection."""
        return self._watchers.children if self._watchers else None

    @property
    def data_watcher(self) -> Callable[[WatchedEvent], None] | None:
        """The callback to pass as `watch=` to get/exists for this connection."""
        return self._watchers.data if self._watchers else None

    def data_watch_for(self, path: str) -> Callable[[WatchedEvent], None] | None:
        """The data watch to set when reading ``path``: none on a subtree watch's root.

        ZooKeeper 3.8 breaks a recursive watch when the same connection sets a one-shot
        data watch on its root afterwards (only DELETED events still come; measured in
        tests/server/test_watches.py). The subtree watch reports that node's changes
        anyway (as `dataChanged`).
        """
        if path in self._watched or path in self._arming:
            return None
        return self.data_watcher

    # -- jobs -------------------------------------------------------------------------

    def submit(
        self,
        fn: Callable[[KazooClient], Any],
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        *,
        write: bool = False,
    ) -> Job:
        """Run ``fn(client)`` on a worker; the callbacks run on the session's thread.

        ``on_error`` gets NotConnectedError without a connection, ReadOnlyError for a
        ``write`` on a read-only session, or what ``fn`` raised.
        """
        return self._start(lambda client, job: fn(client), write, on_result, on_error)

    def submit_long(
        self,
        fn: Callable[[KazooClient, Job], Any],
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
        *,
        write: bool = False,
    ) -> Job:
        """Run ``fn(client, job)``: long work that checks ``job.stop_requested`` between
        batches and calls ``job.report(done, total)`` (``on_progress``, throttled)."""
        return self._start(fn, write, on_result, on_error, on_progress)

    def submit_stream(
        self,
        fn: Callable[[KazooClient, Job], Any],
        on_items: ItemsFn,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
        *,
        write: bool = False,
    ) -> Job:
        """Run ``fn(client, job)`` that streams what it finds with ``job.emit(item)``:
        ``on_items(list)`` gets them in batches, at most every ``jobs.FLUSH_SECONDS``, the
        last batch before ``on_result``. Otherwise as :meth:`submit_long`."""
        return self._start(fn, write, on_result, on_error, on_progress, on_items)

    def submit_with(
        self,
        other: ZkSession,
        fn: Callable[[KazooClient, KazooClient, Job], Any],
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
        on_items: ItemsFn | None = None,
        *,
        write: bool = False,
    ) -> Job:
        """Run ``fn(client, other_client, job)`` on this session's workers: work that also
        reads through ``other``'s connection (another cluster, or ``self``).

        As :meth:`submit_stream` otherwise: the job belongs to this session (its
        generation, its read-only check for ``write``); ``other`` is only read from. kazoo
        clients are thread-safe; if ``other`` disconnects meanwhile its calls fail (the
        job's error). ``on_error`` gets NotConnectedError when either is not connected.
        """
        peer = other._client
        if peer is None or other._state == CONNECTING:
            return self._jobs.fail(NotConnectedError(), on_error)
        return self._start(
            lambda client, job: fn(client, peer, job),
            write,
            on_result,
            on_error,
            on_progress,
            on_items,
        )

    def _start(
        self,
        fn: Callable[[KazooClient, Job], Any],
        write: bool,
        on_result: ResultFn | None,
        on_error: ErrorFn | None,
        on_progress: ProgressFn | None = None,
        on_items: ItemsFn | None = None,
    ) -> Job:
        client = self._client
        if client is None or self._state == CONNECTING:
            return self._jobs.fail(NotConnectedError(), on_error)
        if write and self.read_only:
            return self._jobs.fail(ReadOnlyError(), on_error)
        return self._jobs.start(
            lambda job: fn(client, job), on_result, on_error, on_progress, on_items
        )


def _endpoints(client: KazooClient | None) -> tuple[str, str]:
    """("host:port" of the server, this side's IP) of a client's connection, read from its
    socket without a request (kazoo exposes neither); ('', '') if there is no socket."""
    try:
        sock = client._connection._socket  # type: ignore[union-attr]
        host, port = sock.getpeername()[:2]
        return f"{host}:{port}", sock.getsockname()[0]
    except Exception:
        return "", ""


def _watch_error(exc: BaseException, path: str) -> str:
    if isinstance(exc, PersistentWatchesUnsupported):
        return str(exc)
    return describe(exc, path)


def _close_in_background(
    client: KazooClient,
    subtrees: SubtreeWatches | None = None,
    tunnel: Tunnel | None = None,
) -> threading.Thread:
    """Close a client (then its SSH tunnel) on a thread of its own, not on the pool.

    While the server is unreachable, kazoo holds every request until it reconnects, so
    all pool workers may be blocked on this client; closing it is what releases them
    (their calls fail with ConnectionClosedError). Queued behind them, the close would
    never run, and the process could not exit. Subtree watches are removed first
    (briefly: ending the session ends them anyway).
    """

    def close() -> None:
        if subtrees is not None and subtrees.roots and client.connected:
            subtrees.remove_all()
        close_client(client)
        if tunnel is not None:
            tunnel.close()

    thread = threading.Thread(target=close, name="zk-close", daemon=True)
    thread.start()
    return thread


def _connect(params: ConnectParams, watchers: _Watchers, job: Job) -> _Connected:
    """Connect (on a worker), through the SSH tunnel when there is a jump host.

    Raises ConnectError with a sentence, or Cancelled.
    """
    if not params.ssh_host:
        return _start(params, watchers, job)
    try:
        tunnel = open_tunnel(
            params, watchers, stop=lambda: job.stop_requested, on_status=watchers.tunnel_status
        )
    except SshError as exc:
        raise ConnectError(str(exc)) from None
    try:
        return _start(params, watchers, job, tunnel)
    except BaseException:
        tunnel.close()
        raise


def _start(
    params: ConnectParams, watchers: _Watchers, job: Job, tunnel: Tunnel | None = None
) -> _Connected:
    """Start a client, probe the server's features and read its request limit.

    Raises ConnectError with a sentence, or Cancelled.
    """
    hosts = params.servers
    resolved = []
    for host, port in hosts:
        try:
            if tunnel is None:  # else the jump host resolves the names
                socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            resolved.append((host, port))
        except OSError:
            pass
    if not resolved:
        names = ", ".join(h for h, _ in hosts)
        raise ConnectError(
            translate("zk.session", "Unknown host: {0} could not be resolved.").format(names)
        )
    client = KazooClient(**kazoo_options(params, tunnel))
    client.add_listener(watchers.listener)
    subtrees = SubtreeWatches(client, WatchTap(client, watchers.event))  # before any event
    live = client.start_async()
    deadline = time.monotonic() + max(params.timeout, 1.0)
    while not live.wait(0.05):
        if job.stop_requested:
            close_client(client)
            raise Cancelled()
        if time.monotonic() > deadline:
            close_client(client)
            if tunnel is not None:
                raise ConnectError(_why_not_through(tunnel, params.timeout))
            raise ConnectError(_why_unreachable(resolved, params.timeout, tls=params.use_ssl))
    request_limit = check_started(client, params)
    return _Connected(client, request_limit, subtrees, tunnel)


def _why_not_through(tunnel: Tunnel, timeout: float) -> str:
    """Why no member answered through the tunnel: the jump host cannot reach them, or
    they answer but start no ZooKeeper session."""
    failures = tunnel.probe(Waiter(min(timeout, 3.0)))
    reasons = [
        failures.get(
            member,
            translate(
                "zk.session",
                "{0} accepts connections through the tunnel but did not start a session (is it "
                "a ZooKeeper client port? does it expect TLS?)",
            ).format(format_connect_string([member])),
        )
        for member in tunnel.forwards
    ]
    return translate("zk.session", "Could not connect within {0} s through {1}: {2}.").format(
        f"{timeout:g}", tunnel.jump, "; ".join(reasons)
    )


def _tls_handshake_error(sock: socket.socket, host: str) -> str:
    """Try a TLS handshake on a connected socket; '' if it works, else why it failed."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with context.wrap_socket(sock, server_hostname=host):
            return ""
    except (ssl.SSLError, OSError) as exc:
        return str(getattr(exc, "reason", None) or exc.strerror or type(exc).__name__)


def _why_unreachable(hosts: list[tuple[str, int]], timeout: float, *, tls: bool = False) -> str:
    """Probe each host once to tell refused from silent from not ZooKeeper (or not TLS)."""
    reasons = []
    for host, port in hosts:
        where = f"{host}:{port}"
        try:
            with socket.create_connection((host, port), timeout=1.0) as sock:
                failed = _tls_handshake_error(sock, host) if tls else ""
                if failed:
                    reason = translate(
                        "zk.session",
                        "{0} accepts connections but the TLS handshake failed ({1}); check "
                        "that the server has TLS on that port (secureClientPort)",
                    ).format(where, failed)
                else:
                    reason = translate(
                        "zk.session",
                        "{0} accepts connections but did not start a session (is it a "
                        "ZooKeeper client port? does it expect TLS?)",
                    ).format(where)
        except ConnectionRefusedError:
            reason = translate("zk.session", "{0} refused the connection").format(where)
        except TimeoutError:
            reason = translate("zk.session", "{0} did not answer").format(where)
        except OSError as exc:
            reason = f"{where}: {exc.strerror or exc}"
        reasons.append(reason)
    return translate("zk.session", "Could not connect within {0} s: {1}.").format(
        f"{timeout:g}", "; ".join(reasons)
    )
