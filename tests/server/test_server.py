"""Tests for zkinspector.zk.server against real ZooKeeper processes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from kazoo.client import KazooClient, KazooState
from kazoo.retry import KazooRetry

from tests.helpers import pid_gone
from zkinspector.zk.server import (
    Ensemble,
    ZooKeeperNotFound,
    ZooKeeperServer,
    find_classpath,
    find_java,
    four_letter,
    free_port,
)


def test_session_server_is_standalone(zk_server: ZooKeeperServer) -> None:
    assert zk_server.is_running()
    assert zk_server.mode() == "standalone"
    assert four_letter(zk_server.host, zk_server.port, "ruok") == "imok"
    assert "Mode: standalone" in four_letter(zk_server.host, zk_server.port, "srvr")
    assert zk_server.connect_string == f"127.0.0.1:{zk_server.port}"


def test_zk_client_works_inside_its_chroot(
    zk_client: KazooClient, zk_chroot: str, zk_admin: KazooClient
) -> None:
    chroot = "/" + zk_chroot.split("/", 1)[1]
    assert chroot.startswith("/t-test_zk_client_works_inside_its_chroot-")
    zk_client.create("/a/b", b"hello", makepath=True)
    assert zk_admin.get(chroot + "/a/b")[0] == b"hello"


def test_kill_and_restart_keep_data(tmp_path: Path) -> None:
    server = ZooKeeperServer(tmp_path, heap_mb=128)
    server.start()
    port = server.port
    try:
        client = KazooClient(server.connect_string)
        client.start(timeout=15)
        client.create("/kept", b"value")
        client.stop()
        client.close()
        pid = server.pid
        assert pid is not None
        server.kill()
        assert not server.is_running()
        assert server.pid is None
        assert server.mode() is None
        assert pid_gone(pid)

        server.restart()
        assert server.port == port
        assert server.mode() == "standalone"
        client = KazooClient(server.connect_string)
        client.start(timeout=15)
        assert client.get("/kept")[0] == b"value"
        client.stop()
        client.close()
    finally:
        server.stop()
    assert server.pid is None
    assert tmp_path.exists() and (tmp_path / "zookeeper.log").stat().st_size > 0


def test_stop_is_idempotent_and_removes_temp_dir() -> None:
    server = ZooKeeperServer(heap_mb=128)
    server.start()
    base, pid = server.base_dir, server.pid
    assert (base / "zoo.cfg").read_text().count("admin.enableServer=false") == 1
    server.stop()
    server.stop()
    assert pid is not None and pid_gone(pid, timeout=0)
    assert not base.exists()


def test_server_started_from_short_lived_thread_survives_it() -> None:
    """PDEATHSIG fires when the forking *thread* exits; the launcher thread prevents that."""
    server = ZooKeeperServer(heap_mb=128)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            server.start()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    try:
        assert not errors
        client = KazooClient(server.connect_string)
        client.start(timeout=15)
        client.create("/after-thread-exit", b"x")
        client.stop()
        client.close()
        assert server.is_running()
        assert server.mode() == "standalone"
    finally:
        server.stop()


def test_start_fails_with_log_tail_when_port_taken(zk_server: ZooKeeperServer) -> None:
    server = ZooKeeperServer(port=zk_server.port, heap_mb=128)
    with pytest.raises(RuntimeError, match="already in use"):
        server.start(timeout=20)
    assert server.pid is None
    server.stop()
    assert zk_server.mode() == "standalone"


def test_start_fails_with_log_tail_when_server_dies() -> None:
    server = ZooKeeperServer(heap_mb=128, extra_config={"tickTime": "not-a-number"})
    with pytest.raises(RuntimeError, match="exited") as info:
        server.start(timeout=20)
    assert "Last lines of" in str(info.value) and "Exiting JVM" in str(info.value)
    assert server.pid is None
    server.stop()


def test_classpath_not_found_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("ZOOKEEPER_HOME", str(empty))
    with pytest.raises(ZooKeeperNotFound) as info:
        find_classpath(search=[tmp_path / "hidden-usr-share-java"])
    message = str(info.value)
    assert "apt-get install zookeeper" in message
    assert "ZOOKEEPER_HOME" in message and str(empty) in message


def test_classpath_from_release_layout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    for name in ("zookeeper-3.9.2.jar", "zookeeper-jute-3.9.2.jar", "slf4j-api-1.7.30.jar"):
        (tmp_path / "lib" / name).write_bytes(b"")
    monkeypatch.setenv("ZOOKEEPER_HOME", str(tmp_path))
    jars = find_classpath(search=[]).split(os.pathsep)
    assert str(tmp_path / "lib" / "zookeeper-3.9.2.jar") in jars
    assert len(jars) == 3


def test_classpath_debian_layout() -> None:
    if not Path("/usr/share/java/zookeeper.jar").exists():
        pytest.skip("Debian zookeeper package not installed")
    jars = find_classpath(search=["/usr/share/java"]).split(os.pathsep)
    assert jars[0] == "/usr/share/java/zookeeper.jar"
    assert "/usr/share/java/slf4j-simple.jar" in jars


def test_java_not_found_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ZooKeeperNotFound, match="install a Java runtime"):
        find_java()
    with pytest.raises(ZooKeeperNotFound, match="JAVA_HOME"):
        ZooKeeperServer().start()


def test_free_port_is_bindable() -> None:
    import socket

    port = free_port()
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))


def test_ensemble_survives_leader_kill(zk_ensemble: Ensemble) -> None:
    modes = [m.mode() for m in zk_ensemble.members]
    assert sorted(modes) == ["follower", "follower", "leader"]
    assert zk_ensemble.connect_string.count(",") == 2

    states: list[str] = []
    client = KazooClient(zk_ensemble.connect_string, timeout=10)
    client.add_listener(states.append)
    client.start(timeout=15)
    retry = KazooRetry(max_tries=-1, delay=0.05, max_delay=0.5, deadline=30)
    old = zk_ensemble.leader()
    killed = zk_ensemble.members[old]
    try:
        session = client.client_id[0]
        client.create("/ens-eph", b"mine", ephemeral=True)
        client.create("/ens-before", b"1")
        killed.kill()

        new = zk_ensemble.wait_leader(timeout=30)
        assert new != old
        retry(client.create, "/ens-after", b"2")
        assert retry(client.get, "/ens-before")[0] == b"1"
        assert retry(client.exists, "/ens-eph") is not None  # session survived
        assert client.client_id[0] == session
        assert client.state == KazooState.CONNECTED
        assert KazooState.LOST not in states
    finally:
        killed.restart()
        client.stop()
        client.close()
    assert killed.mode() in ("follower", "leader")
