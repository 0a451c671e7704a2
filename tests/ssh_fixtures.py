"""A real OpenSSH server (Debian's openssh-server) for the SSH tunnel tests.

- ``sshd`` (module): ``/usr/sbin/sshd -D`` on a free loopback port with a temporary host
  key, an authorized_keys holding a test key and a passphrase-protected test key, and
  TCP forwarding allowed. Skipped when sshd is not installed.
- ``ssh_home`` (function): a temporary HOME whose ~/.ssh/known_hosts trusts that server,
  and no SSH agent: a test never reads or writes the user's own ~/.ssh.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import until
from zkinspector.zk.connstr import ConnectParams, build_params
from zkinspector.zk.server import free_port

__all__ = ["SshServer", "ssh_home", "sshd", "through"]

SSHD = "/usr/sbin/sshd"
PASSPHRASE = "correct horse battery staple"


@dataclass
class SshServer:
    """A running sshd and the files of its test keys."""

    port: int
    user: str
    dir: Path
    process: subprocess.Popen
    key: Path  # authorized, no passphrase
    passphrase_key: Path  # authorized, protected by PASSPHRASE
    stranger_key: Path  # not authorized
    host_public: str  # "ssh-ed25519 AAAA..."
    fingerprint: str  # "SHA256:..." as ssh-keygen -l prints it

    host = "127.0.0.1"

    @property
    def target(self) -> str:
        """The --ssh value: "user@127.0.0.1:port"."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def known_hosts_line(self) -> str:
        return f"[{self.host}]:{self.port} {self.host_public}\n"

    def connections(self) -> list[int]:
        """Process ids of the sshd children serving connections now."""
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.process.pid)], capture_output=True, text=True
        ).stdout
        return [int(pid) for pid in out.split()]


def through(
    sshd: SshServer,
    connect_string: str,
    key: Path | str | None = None,
    *,
    port: int | None = None,
    user: str | None = None,
    **kwargs,
) -> ConnectParams:
    """Params for connect_string through sshd as its user with its authorized key; or
    another ``key`` ("": none, the agent's), ``port`` (another jump host) or ``user``."""
    return build_params(
        connect_string,
        ssh_host=sshd.host,
        ssh_port=port or sshd.port,
        ssh_user=sshd.user if user is None else user,
        ssh_key=str(sshd.key if key is None else key),
        **kwargs,
    )


def _keygen(path: Path, passphrase: str = "") -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", path.name, "-f", str(path)],
        check=True,
        capture_output=True,
        timeout=30,
    )


def _wait_banner(port: int, process: subprocess.Popen, log: Path) -> None:
    def answers() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"sshd exited: {log.read_text()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1) as s:
            s.settimeout(2)
            return s.recv(64).startswith(b"SSH-2.0")
        return False

    if not until(answers, timeout=15):
        raise RuntimeError(f"sshd did not answer: {log.read_text()}")


@pytest.fixture(scope="module")
def sshd(tmp_path_factory) -> Iterator[SshServer]:
    """A real sshd on a free loopback port, stopped after the module."""
    if not (os.path.exists(SSHD) and shutil.which("ssh-keygen")):
        pytest.skip("openssh-server is needed (apt-get install openssh-server)")
    d = tmp_path_factory.mktemp("sshd")
    for name, passphrase in (("host", ""), ("client", ""), ("locked", PASSPHRASE), ("other", "")):
        _keygen(d / name, passphrase)
    (d / "authorized_keys").write_text(
        (d / "client.pub").read_text() + (d / "locked.pub").read_text()
    )
    if os.geteuid() == 0:
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)  # privilege separation
    port = free_port()
    (d / "sshd_config").write_text(
        f"Port {port}\n"
        "ListenAddress 127.0.0.1\n"
        f"HostKey {d / 'host'}\n"
        f"AuthorizedKeysFile {d / 'authorized_keys'}\n"
        "StrictModes no\n"
        "UsePAM no\n"
        "PidFile none\n"
        "AllowTcpForwarding yes\n"
        "PasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\n"
        "PermitRootLogin prohibit-password\n"
        "LogLevel DEBUG1\n"  # names each forward: "target HOST port PORT"
    )
    log = d / "sshd.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [SSHD, "-D", "-e", "-f", str(d / "sshd_config")], stdout=out, stderr=out
        )
    try:
        _wait_banner(port, process, log)
        fingerprint = subprocess.run(
            ["ssh-keygen", "-l", "-f", str(d / "host.pub")], capture_output=True, text=True
        ).stdout.split()[1]
        yield SshServer(
            port=port,
            user=getpass.getuser(),
            dir=d,
            process=process,
            key=d / "client",
            passphrase_key=d / "locked",
            stranger_key=d / "other",
            host_public=" ".join((d / "host.pub").read_text().split()[:2]),
            fingerprint=fingerprint,
        )
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.fixture
def ssh_home(tmp_path, monkeypatch, sshd: SshServer) -> Path:
    """A temporary HOME whose ~/.ssh/known_hosts trusts ``sshd``; no SSH agent."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True, mode=0o700)
    (home / ".ssh" / "known_hosts").write_text(sshd.known_hosts_line)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    return home
