"""Recipes acted out by background clients, so the sandbox has something happening.

:class:`LiveRecipes` starts kazoo clients, each with its own session and thread, that
use kazoo's own recipes at a gentle pace (a few changes per second in all):

- ``/locks/resource``: three workers take a Lock in turn; one holds it, the others wait.
- ``/election``: three candidates run an Election; the leader steps down now and then.
- ``/queue``: a producer puts tasks in a Queue (counted in the Counter ``/counter``) and a
  consumer takes them.
- ``/party``: three members join and leave a Party.

``stop()`` closes every client (their ephemeral nodes go with their sessions) and ends
every thread within a few seconds, even with the server gone; nothing is left running.
Blocking; thread-agnostic.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable

from kazoo.client import KazooClient
from kazoo.exceptions import KazooException

from .client import close_client

__all__ = ["ELECTION", "LOCK", "PARTY", "QUEUE", "COUNTER", "LiveRecipes"]

log = logging.getLogger(__name__)

LOCK, ELECTION, QUEUE, COUNTER, PARTY = (
    "/locks/resource",
    "/election",
    "/queue",
    "/counter",
    "/party",
)

#: The data of each recipe's node: what it is, for whoever reads it in the data pane.
EXPLAINED = {
    LOCK: b"kazoo Lock: each worker adds an ephemeral sequential child; the lowest "
    b"sequence number holds the lock, the others wait in line.",
    ELECTION: b"kazoo Election: candidates add ephemeral sequential children; the lowest is "
    b"the leader, and the next takes over when it steps down.",
    QUEUE: b"kazoo Queue: a producer adds persistent sequential entries, a consumer takes "
    b"the head (lowest priority, then sequence) and deletes it.",
    PARTY: b"kazoo Party: each member adds an ephemeral child while it is in the group.",
}

_TASKS = (
    "resize image {n}",
    "send mail {n}",
    "rebuild index",
    "charge order {n}",
    "refresh cache {n}",
)
#: The queue's producer waits while this many entries are queued.
QUEUE_MAX = 6


class LiveRecipes:
    """Background clients acting out a lock, an election, a queue and a party.

    ``pace`` multiplies every pause (1.0: a few changes per second; tests go faster).
    """

    def __init__(self, connect_string: str, *, pace: float = 1.0, seed: int | None = None) -> None:
        self._hosts = connect_string
        self._pace = pace
        self._random = random.Random(seed)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._clients: list[KazooClient] = []
        self._threads: list[threading.Thread] = []
        self._cancels: list[Callable[[], object]] = []

    @property
    def threads(self) -> list[threading.Thread]:
        return list(self._threads)

    def start(self, timeout: float = 15.0) -> None:
        """Connect the clients and start acting (returns once all run).

        Raises KazooException (or a timeout) if a client cannot connect; what started is
        stopped first.
        """
        try:
            setup = self._client(timeout)
            setup.ensure_path(COUNTER)  # (kazoo's Counter makes it at its first change)
            for path, text in EXPLAINED.items():
                setup.ensure_path(path)
                if not setup.get(path)[0]:
                    setup.set(path, text)
            for i in range(1, 4):
                self._run(f"lock-worker-{i}", self._lock_worker, f"worker-{i}", timeout)
            for i in range(1, 4):
                self._run(f"candidate-{i}", self._candidate, f"node-{i}:8080", timeout)
            self._run("queue", self._queue, "", timeout)
            for i in range(1, 4):
                self._run(f"member-{i}", self._member, f"member-{i}", timeout)
        except BaseException:
            self.stop()
            raise

    def stop(self, timeout: float = 5.0) -> None:
        """Stop every actor and close every client; idempotent.

        The clients are closed first: an actor blocked in a kazoo call (the server gone,
        a wait for a lock) gets its answer at once. Then every thread is joined against
        one deadline, ``timeout`` seconds from now in all; a thread still alive then (a
        daemon) ends on its own at its next check.
        """
        with self._lock:
            self._stop.set()
            threads, self._threads = self._threads, []
            clients, self._clients = self._clients, []
            cancels = list(self._cancels)
        self._cancel(cancels)
        for client in clients:
            close_client(client)
        deadline = time.monotonic() + timeout
        for thread in threads:
            # A blocked acquire or election wakes up on cancel; a cancel that came just
            # before it started is undone by kazoo, so it is repeated until the end.
            while thread.is_alive() and time.monotonic() < deadline:
                self._cancel(cancels)
                thread.join(0.05)

    @staticmethod
    def _cancel(cancels: list[Callable[[], object]]) -> None:
        for cancel in cancels:
            with contextlib.suppress(Exception):
                cancel()

    # -- the actors -----------------------------------------------------------------------

    def _client(self, timeout: float) -> KazooClient:
        client = KazooClient(self._hosts, timeout=10)
        with self._lock:
            self._check_running()
            self._clients.append(client)  # (stop() closes it, even while it connects)
        client.start(timeout=timeout)
        return client

    def _check_running(self) -> None:
        if self._stop.is_set():
            raise RuntimeError("the sandbox's recipes were stopped while starting")

    def _run(self, name: str, act: Callable[[KazooClient, str], None], who: str, timeout: float):
        client = self._client(timeout)
        thread = threading.Thread(
            target=self._guard, args=(act, client, who), name=f"sandbox-{name}", daemon=True
        )
        with self._lock:
            self._check_running()
            self._threads.append(thread)
            thread.start()

    def _guard(self, act: Callable[[KazooClient, str], None], client: KazooClient, who: str):
        while not self._stop.is_set():
            try:
                act(client, who)
            except KazooException as exc:  # a lost connection, a cancelled wait...
                log.debug("sandbox actor %s: %s", who, exc)
                self._pause(1.0, 2.0)

    def _pause(self, low: float, high: float) -> bool:
        """Wait a while (scaled by the pace); True if asked to stop meanwhile."""
        return self._stop.wait(self._random.uniform(low, high) * self._pace)

    def _cancel_with(self, cancel: Callable[[], object]) -> None:
        with self._lock:
            self._cancels.append(cancel)

    def _lock_worker(self, client: KazooClient, who: str) -> None:
        lock = client.Lock(LOCK, who)
        self._cancel_with(lock.cancel)
        while not self._stop.is_set():
            if lock.acquire():
                try:
                    self._pause(1.5, 3.0)  # the work done under the lock
                finally:
                    lock.release()
            self._pause(0.3, 1.0)

    def _candidate(self, client: KazooClient, who: str) -> None:
        election = client.Election(ELECTION, who)
        self._cancel_with(election.cancel)
        while not self._stop.is_set():
            election.run(self._pause, 4.0, 8.0)  # lead a while, then step down
            self._pause(0.5, 1.5)

    def _queue(self, client: KazooClient, _who: str) -> None:
        queue = client.Queue(QUEUE)
        counter = client.Counter(COUNTER)
        n = 0
        while not self._pause(0.6, 1.2):
            if self._random.random() < 0.55 and len(queue) < QUEUE_MAX:
                n += 1
                task = _TASKS[n % len(_TASKS)].format(n=n)
                queue.put(task.encode(), priority=self._random.choice((50, 100, 100, 100)))
                counter += 1
            else:
                queue.get()

    def _member(self, client: KazooClient, who: str) -> None:
        party = client.Party(PARTY, who)
        while not self._stop.is_set():
            party.join()
            if self._pause(3.0, 8.0):
                break
            party.leave()
            self._pause(2.0, 5.0)
