"""Helpers for tests that run kazoo's recipes with several clients: wait for a node's
children (woken by a watch, no polling), and run blocking recipe calls on threads."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from kazoo.client import KazooClient

WAIT_S = 15


def wait_children(client: KazooClient, path: str, ready: Callable[[list[str]], bool]) -> None:
    """Block until the children of ``path`` satisfy ``ready`` (woken by a watch)."""
    event = threading.Event()

    def check(children: list[str]) -> bool | None:
        if ready(children):
            event.set()
            return False  # stop watching
        return None

    client.ensure_path(path)
    client.ChildrenWatch(path, check)
    assert event.wait(WAIT_S), f"children of {path} never became as expected"


def count_is(n: int) -> Callable[[list[str]], bool]:
    return lambda children: len(children) == n


class Background:
    """Runs blocking recipe calls (a waiting acquire, an election) on threads; closing it
    calls each one's ``stop`` and joins every thread."""

    def __init__(self) -> None:
        self._threads: list[threading.Thread] = []
        self._stops: list[Callable[[], object]] = []

    def __call__(self, work: Callable[[], object], stop: Callable[[], object]) -> None:
        thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._threads.append(thread)
        self._stops.append(stop)
        thread.start()

    @staticmethod
    def _run(work: Callable[[], object]) -> None:
        with contextlib.suppress(Exception):  # (a cancelled acquire raises)
            work()

    def close(self) -> None:
        for stop in self._stops:
            with contextlib.suppress(Exception):
                stop()
        for thread in self._threads:
            thread.join(WAIT_S)
            assert not thread.is_alive()


def lock_line(clients: list[KazooClient], path: str, background: Background) -> list:
    """The first client takes a kazoo Lock at ``path``, the others queue behind it, in
    order; returns the locks (identifiers client-0, client-1...)."""
    locks = [c.Lock(path, f"client-{i}") for i, c in enumerate(clients)]
    assert locks[0].acquire(timeout=WAIT_S)
    for n, lock in enumerate(locks[1:], start=2):
        background(lock.acquire, lock.cancel)
        wait_children(clients[0], path, count_is(n))
    return locks
