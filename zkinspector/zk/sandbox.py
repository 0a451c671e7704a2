"""A throw-away local ZooKeeper with demo data, for ``--sandbox`` and for teaching.

The demo tree shows what ZooKeeper is used for (after the course slides): configuration
(``/conf``), group membership (``/nodes``), leader election (``/servers/leader``),
sequential nodes (``/app1/p_...``), binary data, an ACL-protected node and a node with
many children. Live, kazoo's recipes are acted out by background clients (a lock
changing hands, an election, a queue, a party: ``live_recipes.py``), so there is
something to watch the moment the app opens.

Imports only ``PySide6.QtCore`` (for :class:`SandboxController`), never widgets.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from kazoo.client import KazooClient
from kazoo.exceptions import KazooException
from kazoo.security import ACL, make_digest_acl
from PySide6.QtCore import QObject, Signal

from .bulk import Ops, commit
from .client import close_client
from .jobs import Job, JobRunner
from .live_recipes import LiveRecipes
from .server import ZooKeeperNotFound, ZooKeeperServer
from .texts import translate

__all__ = [
    "DEMO_AUTH",
    "MANY_CHILDREN",
    "Sandbox",
    "SandboxController",
    "seed_demo",
]

DEMO_AUTH = ("digest", "demo:demo")
"""Credential (scheme, credential) that can read and write ``/secure/secret``."""

MANY_CHILDREN = 1000
"""Number of children of ``/many``."""

CLEANUP_MS = 2000
"""How often the sandbox server removes empty containers and expired TTL nodes (ms)."""

_BINARY_BLOB = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00" + bytes(range(256))
_CONF = {
    "service": "shop-api",
    "version": 7,
    "log_level": "INFO",
    "features": {"new_checkout": True, "recommendations": False},
    "endpoints": ["https://api-1.example.org", "https://api-2.example.org"],
}


def _commit(client: KazooClient, creates: list[tuple], *, ephemeral: bool = False) -> None:
    """Create ``(path, data[, acl[, sequential]])`` nodes in order, in transactions.

    Raises the first KazooException a transaction reports.
    """
    ops = Ops(client)
    commit(
        client,
        (
            ops.create(
                item[0],
                item[1],
                acl=item[2] if len(item) > 2 else None,
                ephemeral=ephemeral,
                sequential=item[3] if len(item) > 3 else False,
            )
            for item in creates
        ),
    )


def seed_demo(client: KazooClient, owner: KazooClient, *, hold_lock: bool = True) -> None:
    """Create the demo tree on the server ``client`` talks to.

    Persistent nodes are made with ``client`` (skipped if ``/conf`` already exists);
    ephemeral nodes (and, with ``hold_lock``, the lock) are made with ``owner``, whose
    session must stay open for them to remain. Raises KazooException on failure.
    """
    if client.exists("/conf") is None:
        secret_acl: list[ACL] = [make_digest_acl("demo", "demo", all=True)]
        persistent: list[tuple] = [
            # configuration management
            ("/conf", json.dumps(_CONF, indent=2).encode()),
            ("/conf/db", b"url=jdbc:postgresql://db.example.org:5432/shop\nuser=shop\npool=20\n"),
            ("/conf/cache", b"redis://cache.example.org:6379/0"),
            # group membership / leader election parents
            ("/nodes", b"group membership: one ephemeral child per live worker"),
            ("/servers", b"leader election: /servers/leader is ephemeral"),
            # sequential nodes
            ("/app1", b"sequential znodes"),
            ("/app1/p_", b"first", None, True),
            ("/app1/p_", b"second", None, True),
            ("/app1/p_", b"third", None, True),
            # data and ACL variety
            ("/binary", b""),
            ("/binary/blob", _BINARY_BLOB),
            ("/secure", b"children are protected by ACLs"),
            ("/secure/secret", b"the password is swordfish", secret_acl),
            ("/locks", b"kazoo Lock recipe"),
            ("/many", f"{MANY_CHILDREN} children, created in transactions".encode()),
        ]
        persistent += [(f"/many/item-{i:04d}", str(i).encode()) for i in range(MANY_CHILDREN)]
        _commit(client, persistent)
        # a queue made with kazoo's Queue recipe (persistent sequential entries)
        queue = client.Queue("/queue")
        for task in (b"resize image 17", b"send mail 42", b"rebuild index"):
            queue.put(task)

    # ephemeral nodes, held by the owner's session
    members = [(f"/nodes/worker-{i}", f"10.0.0.{10 + i}:8080".encode()) for i in range(1, 5)]
    _commit(owner, members, ephemeral=True)
    _commit(
        owner,
        [
            ("/servers/leader", b"10.0.0.11:8080"),
            ("/app1/e_", b"ephemeral sequential", None, True),
            ("/app1/e_", b"ephemeral sequential", None, True),
        ],
        ephemeral=True,
    )
    lock = owner.Lock("/locks/resource", "sandbox-owner")
    if hold_lock and not lock.acquire(timeout=10):
        raise KazooException("could not acquire the demo lock /locks/resource")


class Sandbox:
    """A local ZooKeeper server seeded with demo data (blocking, thread-agnostic).

    An "owner" kazoo session stays open while the sandbox runs; it holds the ephemeral
    nodes. With ``live`` (the default), background clients act out recipes
    (:class:`live_recipes.LiveRecipes`, pauses scaled by ``live_pace``); without, the
    owner holds the lock.
    """

    def __init__(
        self,
        base_dir: str | Path | None = None,
        port: int | None = None,
        heap_mb: int = 256,
        *,
        live: bool = True,
        live_pace: float = 1.0,
    ) -> None:
        self._base_dir = base_dir
        self._port = port
        self._heap_mb = heap_mb
        self._live_pace = live_pace if live else None
        self.live: LiveRecipes | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self.server: ZooKeeperServer | None = None
        self.owner: KazooClient | None = None
        self.connect_string: str | None = None

    def start(self, timeout: float = 30.0) -> str:
        """Start the server, seed the demo data and return the connect string.

        Raises ZooKeeperNotFound if Java or the jars are missing, RuntimeError if the server
        fails or :meth:`stop` was called meanwhile, KazooException if seeding fails.
        """
        with self._lock:
            if self.connect_string is not None:
                return self.connect_string
            self._stopped = False
            server = ZooKeeperServer(
                self._base_dir,
                self._port,
                heap_mb=self._heap_mb,
                # TTL nodes allowed, and containers/TTL nodes removed within seconds (not
                # the default minute), so a student sees them go.
                extra_config={"forceSync": "no", "extendedTypesEnabled": "true"},
                jvm_args=[f"-Dznode.container.checkIntervalMs={CLEANUP_MS}"],
            )
            self.server = server
        owner = KazooClient(server.connect_string, timeout=10)
        try:
            server.start(timeout)
            self._check_stopped()
            self.owner = owner
            client = KazooClient(server.connect_string, timeout=10)
            client.start(timeout=timeout)
            try:
                owner.start(timeout=timeout)
                self._check_stopped()
                seed_demo(client, owner, hold_lock=self._live_pace is None)
            finally:
                client.stop()
                client.close()
            if self._live_pace is not None:
                live = LiveRecipes(server.connect_string, pace=self._live_pace)
                with self._lock:
                    self._check_stopped()
                    self.live = live
                live.start(timeout)
            with self._lock:
                self._check_stopped()
                self.connect_string = server.connect_string
                return self.connect_string
        except BaseException:
            # stop() may have run before server/owner were running: stop these ones too
            self.stop()
            close_client(owner)
            server.stop()
            raise

    def _check_stopped(self) -> None:
        if self._stopped:
            raise RuntimeError(translate("zk.sandbox", "sandbox was stopped while starting"))

    def stop(self) -> None:
        """Stop the live recipes, close the owner session and stop the server; idempotent,
        safe from any thread."""
        with self._lock:
            self._stopped = True
            live, self.live = self.live, None
            owner, self.owner = self.owner, None
            server, self.server = self.server, None
            self.connect_string = None
        if live is not None:
            live.stop()
        if owner is not None:
            close_client(owner)
        if server is not None:
            server.stop()


class SandboxController(QObject):
    """Starts a :class:`Sandbox` as a job of its own runner and reports back with signals.

    ``started(connect_string)`` or ``failed(message)`` is emitted in this object's thread.
    Stopping is not a job: it is called at quit and when the window goes, when no event
    loop is left to deliver an answer, and the Java process must be gone before this one
    exits. It blocks for a few seconds at most, also with the server gone: the live
    recipes' clients are closed first (which frees actors blocked in calls to it), their
    threads joined against one short deadline, then the server is shut down (local).
    """

    started = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, **sandbox_kwargs: object) -> None:
        super().__init__(parent)
        self._kwargs = sandbox_kwargs
        self._sandbox: Sandbox | None = None
        self._job: Job | None = None
        self._jobs = JobRunner(self, workers=1, name="zk-sandbox")

    @property
    def sandbox(self) -> Sandbox | None:
        return self._sandbox

    @property
    def connect_string(self) -> str | None:
        return None if self._sandbox is None else self._sandbox.connect_string

    def start(self) -> None:
        """Begin starting the sandbox; returns at once. Ignored while one is starting/running."""
        if self._sandbox is not None:
            return
        sandbox = Sandbox(**self._kwargs)  # type: ignore[arg-type]
        self._sandbox = sandbox
        self._job = self._jobs.start(lambda job: sandbox.start(), self._started, self._failed)

    def _started(self, connect_string: str) -> None:
        self._job = None
        self.started.emit(connect_string)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._sandbox = None
        if isinstance(exc, ZooKeeperNotFound):
            self.failed.emit(str(exc))
        else:
            self.failed.emit(
                translate("zk.sandbox", "Could not start the sandbox: {0}").format(exc)
            )

    def stop(self) -> None:
        """Stop the sandbox, also one still starting (blocks briefly); no signal follows."""
        job, self._job = self._job, None
        sandbox, self._sandbox = self._sandbox, None
        if job is not None:
            job.abandon()
        if sandbox is not None:
            sandbox.stop()
        if job is not None:
            job.wait(timeout=5)  # a start under way stops what it launched, then ends
