"""Run a real Apache ZooKeeper server (or a small ensemble) as a child Java process.

Used by the sandbox (``--sandbox``) and by the tests. Imports nothing from Qt.

The Java process never outlives the Python process: it is started with
``PR_SET_PDEATHSIG=SIGKILL`` (Linux), in its own process group, and an ``atexit`` hook
stops every server still running. ``PR_SET_PDEATHSIG`` fires when the *thread* that forked
the child exits, so every launch happens on one long-lived daemon launcher thread; a
server started from a short-lived worker thread therefore survives that thread.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import glob
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .texts import translate

__all__ = [
    "Ensemble",
    "ZooKeeperNotFound",
    "ZooKeeperServer",
    "default_search_dirs",
    "find_classpath",
    "find_java",
    "four_letter",
    "free_port",
]

MAIN_CLASS = "org.apache.zookeeper.server.quorum.QuorumPeerMain"
LOOPBACK = "127.0.0.1"
_LOG_NAME = "zookeeper.log"
_PR_SET_PDEATHSIG = 1


class ZooKeeperNotFound(RuntimeError):
    """Java or the ZooKeeper jars are missing; the message says what to install."""


# ---------------------------------------------------------------------------
# Locating Java and the jars


def find_java() -> str:
    """Return the path of the ``java`` executable: ``$JAVA_HOME/bin/java``, then ``PATH``.

    Raises ZooKeeperNotFound if there is none.
    """
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("java")
    if found:
        return found
    if java_home:
        message = translate(
            "zk.server",
            "Java not found: install a Java runtime (apt-get install default-jre-headless) "
            "or set JAVA_HOME (JAVA_HOME={0} has no bin/java)",
        ).format(java_home)
    else:
        message = translate(
            "zk.server",
            "Java not found: install a Java runtime (apt-get install default-jre-headless) "
            "or set JAVA_HOME",
        )
    raise ZooKeeperNotFound(message)


def default_search_dirs() -> list[Path]:
    """Return the directories searched for ZooKeeper jars after ``$ZOOKEEPER_HOME``."""
    dirs = [Path("/usr/share/java"), Path("/usr/share/zookeeper")]
    dirs += [Path(p) for p in sorted(glob.glob("/opt/zookeeper*"), reverse=True)]
    dirs += [Path("/opt/apache-zookeeper")]
    dirs += [Path(p) for p in sorted(glob.glob("/opt/apache-zookeeper-*"), reverse=True)]
    dirs += [Path("/usr/local/zookeeper"), Path("/usr/lib/zookeeper")]
    return dirs


def _jars_in(directory: Path) -> list[str]:
    """Return a classpath (list of jars) for a ZooKeeper found in ``directory``, or []."""
    if not directory.is_dir():
        return []
    # Debian / Fedora style shared jar directory: zookeeper.jar pulls in its dependencies
    # through its manifest; netty-codec is needed by the Netty server, slf4j-simple gives logs,
    # servlet-api lets the AdminServer (Jetty) start when a config enables it.
    main = directory / "zookeeper.jar"
    if main.is_file():
        jars = [main]
        jars += [directory / n for n in ("netty-codec.jar", "slf4j-simple.jar", "servlet-api.jar")]
        return [str(j) for j in jars if j.is_file()]
    # Release tarball style: lib/*.jar (+ top-level *.jar in older releases).
    jars = sorted((directory / "lib").glob("*.jar")) + sorted(directory.glob("*.jar"))
    if any(j.name.startswith("zookeeper") and "jute" not in j.name for j in jars):
        return [str(j) for j in jars]
    return []


def find_classpath(search: Iterable[str | Path] | None = None) -> str:
    """Return a Java classpath holding a ZooKeeper server.

    Looks in ``$ZOOKEEPER_HOME`` (``lib/*.jar`` and ``*.jar``) first, then in ``search``
    (default: :func:`default_search_dirs`, Debian's ``/usr/share/java`` first).
    Raises ZooKeeperNotFound if no directory holds the jars.
    """
    dirs: list[Path] = []
    zk_home = os.environ.get("ZOOKEEPER_HOME")
    if zk_home:
        dirs.append(Path(zk_home))
    dirs += [Path(d) for d in (default_search_dirs() if search is None else search)]
    for directory in dirs:
        jars = _jars_in(directory)
        if jars:
            return os.pathsep.join(jars)
    if zk_home:
        message = translate(
            "zk.server",
            "ZooKeeper jars not found: apt-get install zookeeper, or set ZOOKEEPER_HOME to an "
            "unpacked Apache ZooKeeper release (ZOOKEEPER_HOME={0} holds no zookeeper jar)",
        ).format(zk_home)
    else:
        message = translate(
            "zk.server",
            "ZooKeeper jars not found: apt-get install zookeeper, or set ZOOKEEPER_HOME to an "
            "unpacked Apache ZooKeeper release",
        )
    raise ZooKeeperNotFound(message)


# ---------------------------------------------------------------------------
# Small network helpers


def free_port() -> int:
    """Return a TCP port that is free on the loopback interface right now."""
    return _free_ports(1)[0]


def _free_ports(count: int) -> list[int]:
    """Return ``count`` distinct free loopback ports (all bound at once, then released)."""
    socks = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((LOOPBACK, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def four_letter(host: str, port: int, cmd: str, timeout: float = 2.0) -> str:
    """Send a four-letter-word command (``srvr``, ``ruok``, ``mntr``...) and return the answer.

    Raises OSError (e.g. ConnectionRefusedError, TimeoutError) if the server does not answer.
    """
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(cmd.encode("ascii"))
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


def _parse_mode(srvr: str) -> str | None:
    for line in srvr.splitlines():
        if line.startswith("Mode:"):
            return line.split(":", 1)[1].strip()
    return None


# ---------------------------------------------------------------------------
# Launching: one long-lived thread forks every child (see module docstring)

_launch_queue: queue.SimpleQueue[tuple[Callable[[], Any], queue.SimpleQueue[Any]]] = (
    queue.SimpleQueue()
)
_launcher_lock = threading.Lock()
_launcher_thread: threading.Thread | None = None


def _launcher_loop() -> None:
    while True:
        func, reply = _launch_queue.get()
        try:
            reply.put((True, func()))
        except BaseException as exc:  # handed back to the caller
            reply.put((False, exc))


def _on_launcher(func: Callable[[], Any]) -> Any:
    """Run ``func`` on the launcher thread and return its result (or raise its exception)."""
    global _launcher_thread
    with _launcher_lock:
        if _launcher_thread is None or not _launcher_thread.is_alive():
            _launcher_thread = threading.Thread(
                target=_launcher_loop, name="zk-server-launcher", daemon=True
            )
            _launcher_thread.start()
    reply: queue.SimpleQueue[Any] = queue.SimpleQueue()
    _launch_queue.put((func, reply))
    ok, value = reply.get()
    if ok:
        return value
    raise value


def _make_preexec(parent_pid: int) -> Callable[[], None] | None:
    """Return a preexec_fn asking Linux to SIGKILL the child when its parent goes away."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent_pid:  # parent died before prctl took effect
            os._exit(1)

    return preexec


_running: weakref.WeakSet[ZooKeeperServer] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for server in list(_running):
        with contextlib.suppress(Exception):
            server.stop(timeout=5)


# ---------------------------------------------------------------------------
# One server


class ZooKeeperServer:
    """A ZooKeeper server process on loopback: standalone, or one member of an ensemble.

    ``base_dir`` holds ``zoo.cfg``, ``data/`` and ``zookeeper.log``; when None a temporary
    directory is made and removed by :meth:`stop`. ``port`` None picks a free port.
    ``peers`` is a list of ``(server_id, peer_port, election_port)`` for ensemble members.
    ``jvm_args`` are extra Java options (a JAAS file for SASL, for example).
    """

    host: str = LOOPBACK

    def __init__(
        self,
        base_dir: str | Path | None = None,
        port: int | None = None,
        *,
        heap_mb: int = 256,
        extra_config: dict[str, str] | None = None,
        server_id: int | None = None,
        peers: list[tuple[int, int, int]] | None = None,
        log: bool = False,
        jvm_args: Iterable[str] | None = None,
    ) -> None:
        self._own_dir = base_dir is None
        self._base_dir: Path | None = None if base_dir is None else Path(base_dir)
        self._auto_port = port is None
        self.port: int = free_port() if port is None else port
        self.heap_mb = heap_mb
        self.extra_config = dict(extra_config or {})
        self.server_id = server_id
        self.peers = list(peers or [])
        self.log = log  # copy the server log to our stderr when the server stops
        self.jvm_args = list(jvm_args or [])  # e.g. -Djava.security.auth.login.config=...
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: Any = None
        self._lock = threading.RLock()

    # -- properties

    @property
    def connect_string(self) -> str:
        """``"127.0.0.1:PORT"``."""
        return f"{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        """Process id of the Java process while it runs, else None."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def base_dir(self) -> Path:
        """The directory holding zoo.cfg, data/ and the log (created on first use)."""
        if self._base_dir is None:
            self._base_dir = Path(tempfile.mkdtemp(prefix="zkinspector-zk-"))
        return self._base_dir

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def log_path(self) -> Path:
        return self.base_dir / _LOG_NAME

    # -- lifecycle

    def start(self, timeout: float = 30.0) -> None:
        """Start the server and block until it serves clients (``srvr`` reports a Mode).

        Raises ZooKeeperNotFound if Java or the jars are missing, RuntimeError (with the
        tail of the server log) if the server dies or does not serve within ``timeout``.
        """
        attempts = 3 if self._auto_port else 1
        for attempt in range(attempts):
            self._launch()
            try:
                self._wait_serving(timeout)
                return
            except RuntimeError:
                bind_failed = "Address already in use" in self.log_tail()
                self._terminate(timeout=5)
                if not (bind_failed and attempt + 1 < attempts):
                    raise
                self.port = free_port()  # lost a race for the port: try another

    def _config_text(self) -> str:
        cfg: dict[str, str] = {
            "tickTime": "2000",
            "dataDir": str(self.data_dir),
            "clientPort": str(self.port),
            "clientPortAddress": self.host,
            "4lw.commands.whitelist": "*",
            "admin.enableServer": "false",
            "maxClientCnxns": "0",
        }
        if self.peers:
            cfg.update({"initLimit": "10", "syncLimit": "5"})
            for sid, peer_port, election_port in self.peers:
                cfg[f"server.{sid}"] = f"{self.host}:{peer_port}:{election_port}"
        cfg.update(self.extra_config)
        return "".join(f"{k}={v}\n" for k, v in cfg.items())

    def _launch(self) -> None:
        """Write the config and start the Java process without waiting for it to serve."""
        with self._lock:
            if self.is_running():
                return
            java = find_java()
            classpath = find_classpath()
            if self._port_taken():
                if not self._auto_port:
                    raise RuntimeError(f"port {self.port} on {self.host} is already in use")
                self.port = free_port()
            self.data_dir.mkdir(parents=True, exist_ok=True)
            if self.peers:
                sid = self.server_id if self.server_id is not None else 1
                (self.data_dir / "myid").write_text(f"{sid}\n")
            cfg_path = self.base_dir / "zoo.cfg"
            cfg_path.write_text(self._config_text())
            cmd = [
                java,
                f"-Xmx{self.heap_mb}m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dzookeeper.admin.enableServer=false",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                *self.jvm_args,
                "-cp",
                classpath,
                MAIN_CLASS,
                str(cfg_path),
            ]
            self._close_log()
            self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - kept open while running
            self._log_file.write(f"--- starting: {' '.join(cmd)}\n".encode())
            self._log_file.flush()
            log_file = self._log_file
            preexec = _make_preexec(os.getpid())

            def popen() -> subprocess.Popen[bytes]:
                return subprocess.Popen(
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                    cwd=str(self.base_dir),
                    preexec_fn=preexec,
                    process_group=0,
                    close_fds=True,
                )

            self._proc = _on_launcher(popen)
            _running.add(self)

    def _wait_serving(self, timeout: float) -> None:
        """Block until ``srvr`` reports a Mode; raise RuntimeError if the process dies."""
        deadline = time.monotonic() + timeout
        delay = 0.02
        while True:
            proc = self._proc
            if proc is None or proc.poll() is not None:
                code = None if proc is None else proc.returncode
                raise RuntimeError(
                    f"ZooKeeper on port {self.port} exited (code {code}) before serving.\n"
                    f"Last lines of {self.log_path}:\n{self.log_tail()}"
                )
            if self.mode(timeout=1.0) is not None and self._answers_as_us():
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"ZooKeeper on port {self.port} did not serve within {timeout:.0f} s.\n"
                    f"Last lines of {self.log_path}:\n{self.log_tail()}"
                )
            time.sleep(delay)
            delay = min(delay * 1.5, 0.2)

    def _answers_as_us(self) -> bool:
        """True if the server on our port is ours (``conf`` names our data dir)."""
        try:
            return str(self.data_dir) in four_letter(self.host, self.port, "conf", 1.0)
        except OSError:
            return False

    def _port_taken(self) -> bool:
        """True if something already accepts connections on our client port."""
        try:
            with socket.create_connection((self.host, self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def _terminate(self, timeout: float = 10) -> None:
        """SIGTERM the process group, SIGKILL after ``timeout``; wait for the process."""
        with self._lock:
            proc = self._proc
            if proc is not None:
                if proc.poll() is None:
                    self._signal(proc, signal.SIGTERM)
                    try:
                        proc.wait(timeout)
                    except subprocess.TimeoutExpired:
                        self._signal(proc, signal.SIGKILL)
                        proc.wait()
                self._proc = None
            self._close_log()
            _running.discard(self)

    @staticmethod
    def _signal(proc: subprocess.Popen[bytes], sig: int) -> None:
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)

    def _close_log(self) -> None:
        if self._log_file is not None:
            with contextlib.suppress(OSError):
                self._log_file.close()
            self._log_file = None

    def stop(self, timeout: float = 10) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout``) and wait for it.

        Idempotent. Removes the base directory if it was a temporary one.
        """
        with self._lock:
            was_running = self._proc is not None
            self._terminate(timeout)
            if self.log and was_running and self._base_dir is not None:
                sys.stderr.write(f"--- {self.log_path}\n{self.log_tail(10_000)}\n")
            if self._own_dir and self._base_dir is not None:
                shutil.rmtree(self._base_dir, ignore_errors=True)
                self._base_dir = None

    def kill(self) -> None:
        """SIGKILL the server (a crash, for fault tests); keeps the data directory."""
        with self._lock:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                self._signal(proc, signal.SIGKILL)
                proc.wait()

    def restart(self, timeout: float = 30) -> None:
        """Stop the server if it runs, then start it again on the same port and data dir."""
        with self._lock:
            self._terminate()
            auto, self._auto_port = self._auto_port, False
            try:
                self.start(timeout)
            finally:
                self._auto_port = auto

    def is_running(self) -> bool:
        """True while the Java process is alive (it may not be serving yet)."""
        proc = self._proc
        return proc is not None and proc.poll() is None

    def mode(self, timeout: float = 2.0) -> str | None:
        """Return ``"standalone"``, ``"leader"`` or ``"follower"``; None if not serving."""
        try:
            return _parse_mode(four_letter(self.host, self.port, "srvr", timeout))
        except OSError:
            return None

    def log_tail(self, lines: int = 40) -> str:
        """Return the last ``lines`` lines of the server log ('' if there is none)."""
        if self._base_dir is None:
            return ""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def __enter__(self) -> ZooKeeperServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<ZooKeeperServer {self.connect_string} pid={self.pid}>"


# ---------------------------------------------------------------------------
# An ensemble


class Ensemble:
    """``size`` ZooKeeper servers on loopback forming one ensemble (distinct ports/dirs)."""

    def __init__(
        self, size: int = 3, base_dir: str | Path | None = None, heap_mb: int = 192
    ) -> None:
        self._own_dir = base_dir is None
        self.base_dir = Path(
            tempfile.mkdtemp(prefix="zkinspector-ens-") if base_dir is None else base_dir
        )
        ports = _free_ports(3 * size)
        peers = [(i + 1, ports[3 * i + 1], ports[3 * i + 2]) for i in range(size)]
        self.members: list[ZooKeeperServer] = [
            ZooKeeperServer(
                self.base_dir / f"zk{i + 1}",
                ports[3 * i],
                heap_mb=heap_mb,
                server_id=i + 1,
                peers=peers,
            )
            for i in range(size)
        ]

    @property
    def connect_string(self) -> str:
        """``"127.0.0.1:p1,127.0.0.1:p2,..."``."""
        return ",".join(m.connect_string for m in self.members)

    def start(self, timeout: float = 60) -> None:
        """Start every member and block until all serve and one is the leader.

        Raises ZooKeeperNotFound or RuntimeError (members are stopped again on failure).
        """
        deadline = time.monotonic() + timeout
        try:
            for member in self.members:
                member._launch()
            for member in self.members:
                member._wait_serving(max(0.1, deadline - time.monotonic()))
            while self._leader_or_none() is None:
                if time.monotonic() > deadline:
                    raise RuntimeError("ensemble started but no member reports Mode: leader")
                time.sleep(0.05)
        except BaseException:
            self.stop()
            raise

    def _leader_or_none(self) -> int | None:
        for i, member in enumerate(self.members):
            if member.mode() == "leader":
                return i
        return None

    def leader(self) -> int:
        """Return the index in :attr:`members` of the current leader.

        Raises RuntimeError if no member reports being the leader.
        """
        index = self._leader_or_none()
        if index is None:
            raise RuntimeError("no ensemble member reports Mode: leader")
        return index

    def wait_leader(self, timeout: float = 30) -> int:
        """Block until some member is the leader and return its index; RuntimeError on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            index = self._leader_or_none()
            if index is not None:
                return index
            if time.monotonic() > deadline:
                raise RuntimeError(f"no ensemble leader within {timeout:.0f} s")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop every member; idempotent. Removes the temporary base directory."""
        for member in self.members:
            member.stop()
        if self._own_dir:
            shutil.rmtree(self.base_dir, ignore_errors=True)

    def __enter__(self) -> Ensemble:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
