"""``zkinspector export | import | diff`` end to end, as a user runs them (zkinspector/cli.py)."""

from __future__ import annotations

import io
import os
import pty
import select
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from kazoo.client import KazooClient
from kazoo.security import ACL, Id, Permissions, make_digest_acl

from tests.server.transfer_helpers import held
from zkinspector.cli import run
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.server import free_port


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # a Qt import would fail without a display: none happens
    return env


def zkinspector(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed entry point's code as a new process (no display needed)."""
    return subprocess.run(
        [sys.executable, "-m", "zkinspector", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
        check=False,
    )


def zkinspector_on_a_terminal(
    args: list[str], seen: str, act: Callable[[subprocess.Popen], None]
) -> tuple[int, str, str]:
    """Run it with stderr on a terminal (so it shows progress); once stderr shows
    ``seen``, call ``act(process)``. Returns (exit status, stdout, stderr)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "zkinspector", *args],
        stdout=subprocess.PIPE,
        stderr=slave,
        env=_env(),
    )
    os.close(slave)
    shown, acted = b"", False
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 120)
            assert ready, "no output within 120 s"
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the process closed the terminal: it ended
                break
            if not chunk:
                break
            shown += chunk
            if not acted and seen.encode() in shown:
                act(process)
                acted = True
        out = process.stdout.read().decode() if process.stdout else ""
        status = process.wait(timeout=120)
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    assert acted, shown.decode(errors="replace")
    return status, out, shown.decode(errors="replace").replace("\r\n", "\n")


@pytest.fixture
def tree(zk_client: KazooClient) -> KazooClient:
    create_tree(zk_client, [("/app", b"a")] + [(f"/app/n{i}", b"%d" % i) for i in range(300)])
    zk_client.create("/app/bin", bytes(range(256)))
    zk_client.create("/dst")
    return zk_client


def one_sentence(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("zkinspector") and lines[0].endswith("."), stderr
    return lines[0]


def test_export_import_diff_round_trip(tree: KazooClient, zk_chroot: str, tmp_path: Path) -> None:
    file = tmp_path / "app.jsonl.gz"
    done = zkinspector("export", zk_chroot, "/app", str(file))
    assert (done.returncode, done.stderr) == (0, "")
    assert "Exported 302 nodes of /app" in done.stdout
    assert stat.S_IMODE(file.stat().st_mode) == 0o600 and os.listdir(tmp_path) == [file.name]

    dry = zkinspector("import", str(file), zk_chroot, "/dst", "--dry-run")
    assert dry.returncode == 0 and "Dry run, nothing written: would create 302" in dry.stdout
    assert tree.get_children("/dst") == []

    done = zkinspector("import", str(file), zk_chroot, "/dst")
    assert done.returncode == 0 and "Imported under /dst/app: created 302" in done.stdout
    assert held(tree, "/dst/app") == held(tree, "/app")

    same = zkinspector("diff", zk_chroot, "/app", zk_chroot, "/dst/app")
    assert (same.returncode, same.stdout, same.stderr) == (0, "", "")
    tree.set("/dst/app/n7", b"changed")
    tree.delete("/dst/app/bin")
    tree.create("/dst/app/new")
    differ = zkinspector("diff", zk_chroot, "/app", zk_chroot, "/dst/app")
    assert differ.returncode == 1
    assert sorted(differ.stdout.splitlines()) == [
        "added\t/new",
        "changed\t/n7\tdata",
        "removed\t/bin",
    ]


def test_conflicts_and_bad_files_exit_2_and_write_nothing(
    tree: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    file = tmp_path / "app.jsonl"
    assert zkinspector("export", zk_chroot, "/app", str(file)).returncode == 0
    tree.create("/dst/app", b"other data")
    aborted = zkinspector("import", str(file), zk_chroot, "/dst", "--on-conflict", "abort")
    assert aborted.returncode == 2 and "nothing was written" in one_sentence(aborted.stderr)
    assert tree.get_children("/dst/app") == []

    lines = file.read_text().splitlines()
    file.write_text("\n".join(lines[:-5]) + "\n")  # cut short
    cut = zkinspector("import", str(file), zk_chroot, "/dst")
    assert cut.returncode == 2 and "truncated" in one_sentence(cut.stderr)
    assert tree.get_children("/dst/app") == [] and tree.get("/dst/app")[0] == b"other data"

    skip = zkinspector("import", str(tmp_path / "missing.jsonl"), zk_chroot, "/dst")
    assert skip.returncode == 2 and "missing.jsonl" in one_sentence(skip.stderr)


def test_unreadable_nodes_are_listed_and_exit_1(
    tree: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    tree.create("/app/secret", b"s", acl=[make_digest_acl("bob", "secret", all=True)])
    file = tmp_path / "app.jsonl"
    part = zkinspector("export", zk_chroot, "/app", str(file))
    assert part.returncode == 1 and "/app/secret" in part.stderr and file.exists()
    whole = zkinspector("export", "--auth", "digest:bob:secret", zk_chroot, "/app", str(file))
    assert (whole.returncode, whole.stderr) == (0, "")
    assert "Exported 303 nodes" in whole.stdout
    diff = zkinspector("diff", zk_chroot, "/app", zk_chroot, "/app")
    assert diff.returncode == 1 and "/app/secret" in diff.stderr


def test_a_failed_export_leaves_the_old_file(
    tree: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    file = tmp_path / "app.jsonl"
    file.write_text("yesterday's backup")
    tree.create("/locked", b"", acl=[make_digest_acl("bob", "secret", all=True)])
    locked = zkinspector("export", zk_chroot, "/locked", str(file))
    assert locked.returncode == 2 and "/locked" in one_sentence(locked.stderr)
    down = zkinspector("export", "--timeout", "1", f"127.0.0.1:{free_port()}", "/app", str(file))
    assert down.returncode == 2 and "Could not connect" in one_sentence(down.stderr)
    missing = zkinspector("export", zk_chroot, "/nope", str(file))
    assert missing.returncode == 2 and "/nope does not exist" in one_sentence(missing.stderr)
    assert file.read_text() == "yesterday's backup" and os.listdir(tmp_path) == ["app.jsonl"]
    nowhere = zkinspector("export", zk_chroot, "/app", str(tmp_path / "no" / "dir" / "out.jsonl"))
    assert nowhere.returncode == 2
    said = one_sentence(nowhere.stderr)  # of the folder chosen, not of a temporary file
    assert f"Could not access {tmp_path / 'no' / 'dir'}: " in said and ".part" not in said


def test_bad_usage_is_one_sentence() -> None:
    for args in (
        ["export"],
        ["import", "f", "s", "/p", "--on-conflict", "maybe"],
        ["diff", "--bogus"],
    ):
        done = zkinspector(*args)
        assert done.returncode == 2 and done.stdout == ""
        one_sentence(done.stderr)
    bad_server = zkinspector("export", "host:99999", "/a", "f")
    assert bad_server.returncode == 2 and "port" in one_sentence(bad_server.stderr)


def test_no_qt_is_loaded(tree: KazooClient, zk_chroot: str, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from zkinspector.__main__ import main\n"
        f"status = main(['zkinspector', 'export', {zk_chroot!r}, '/app', {str(tmp_path / 'x')!r}])\n"
        "assert status == 0, status\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(tree: KazooClient, zk_chroot: str, tmp_path: Path) -> None:
    create_tree(tree, [(f"/app/more{i}", b"") for i in range(3000)])
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", zk_chroot, "/app", str(tmp_path / "a.jsonl")], out, err) == 0
    assert err.getvalue() == ""
    out, tty = io.StringIO(), Terminal()
    assert run(["export", zk_chroot, "/app", str(tmp_path / "b.jsonl")], out, tty) == 0
    assert "Exporting: " in tty.getvalue() and "nodes" in tty.getvalue()
    assert "Exporting" not in out.getvalue()


def test_export_through_an_ssh_jump_host(tree, zk_chroot, zk_server, tmp_path, sshd, ssh_home):
    """--ssh takes the export through the jump host: its log shows the forward."""
    log = sshd.dir / "sshd.log"
    before = log.read_text().count(f"target 127.0.0.1 port {zk_server.port}")
    file = tmp_path / "app.jsonl"
    done = zkinspector(
        "export", "--ssh", sshd.target, "--ssh-key", str(sshd.key), zk_chroot, "/app", str(file)
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "Exported 302 nodes of /app" in done.stdout
    assert log.read_text().count(f"target 127.0.0.1 port {zk_server.port}") > before


def test_an_unknown_jump_host_is_refused_without_a_terminal(zk_chroot, tmp_path, sshd, ssh_home):
    (ssh_home / ".ssh" / "known_hosts").write_text("")
    file = tmp_path / "x.jsonl"
    done = zkinspector(
        "export", "--ssh", sshd.target, "--ssh-key", str(sshd.key), zk_chroot, "/", str(file)
    )
    assert done.returncode == 2
    assert "host key of the jump host" in one_sentence(done.stderr)
    assert not file.exists()


def test_ssh_key_without_ssh_is_refused(zk_chroot, tmp_path) -> None:
    done = zkinspector("export", "--ssh-key", "/k", zk_chroot, "/", str(tmp_path / "x"))
    assert done.returncode == 2
    assert "--ssh-key needs --ssh" in one_sentence(done.stderr)


def test_ephemeral_nodes_are_left_out_unless_asked(
    tree: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    """A lock holder restored as a persistent node would hold the lock for ever."""
    tree.create("/app/lock/holder-", b"me", ephemeral=True, sequence=True, makepath=True)
    holder = "/app/lock/" + tree.get_children("/app/lock")[0]
    file = tmp_path / "app.jsonl"
    assert zkinspector("export", zk_chroot, "/app", str(file)).returncode == 0
    assert "--ephemerals {skip,persistent}" in zkinspector("import", "--help").stdout

    skipped = zkinspector("import", str(file), zk_chroot, "/dst")
    assert skipped.returncode == 0, skipped.stderr
    assert f"ephemeral in the file, left out: /dst{holder}" in skipped.stderr
    assert tree.get_children("/dst/app/lock") == []

    tree.create("/again")
    kept = zkinspector("import", str(file), zk_chroot, "/again", "--ephemerals", "persistent")
    assert kept.returncode == 0, kept.stderr
    assert f"ephemeral in the file, created persistent: /again{holder}" in kept.stderr
    assert tree.exists(f"/again{holder}").ephemeralOwner == 0


def test_an_import_where_nothing_may_be_created_exits_2(
    tree: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    file = tmp_path / "app.jsonl"
    assert zkinspector("export", zk_chroot, "/app", str(file)).returncode == 0
    tree.create("/ro", acl=[ACL(Permissions.READ, Id("world", "anyone"))])
    done = zkinspector("import", str(file), zk_chroot, "/ro")
    assert done.returncode == 2 and done.stdout == ""
    said = one_sentence(done.stderr)
    assert "/ro/app" in said and "Nothing was written." in said
    assert tree.get_children("/ro") == []


def test_ctrl_c_stops_an_import_and_says_what_was_written(
    zk_client: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    total = 30_001
    create_tree(zk_client, [("/app", b"")] + [(f"/app/n{i:05d}", b"") for i in range(total - 1)])
    zk_client.create("/dst")
    file = tmp_path / "app.jsonl"
    assert zkinspector("export", zk_chroot, "/app", str(file)).returncode == 0

    # " of 30,001 nodes": the progress of the writing, after the check.
    status, out, err = zkinspector_on_a_terminal(
        ["import", str(file), zk_chroot, "/dst"],
        f" of {total:,} nodes",
        lambda process: process.send_signal(signal.SIGINT),
    )
    written = len(zk_client.get_children("/dst/app")) + 1
    assert 0 < written < total
    assert status == 1, err
    assert f"Imported under /dst/app: created {written:,}," in out
    assert "stopped (Ctrl-C) after the transactions in flight" in err
    assert f"{total - written:,} nodes not written" in err

    # Again: stopped while the file is checked against the target, nothing is written.
    status, out, err = zkinspector_on_a_terminal(
        ["import", str(file), zk_chroot, "/dst"],
        "Importing: ",
        lambda process: process.send_signal(signal.SIGINT),
    )
    assert status == 2 and out == "", err
    assert "Stopped (Ctrl-C) while checking the file; nothing was written." in err
    assert len(zk_client.get_children("/dst/app")) + 1 == written
