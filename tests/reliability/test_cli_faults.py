"""The command line when the server goes away under an import: it says what may have
been written, and does not claim that nothing was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kazoo.client import KazooClient

from tests.server.test_cli import zkinspector, zkinspector_on_a_terminal
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.server import ZooKeeperServer


def exported_app(server: ZooKeeperServer, nodes: int, tmp_path: Path) -> Path:
    """/app with ``nodes`` nodes (itself included) and an empty /dst on ``server``, and
    /app exported to a file."""
    client = KazooClient(server.connect_string, timeout=10)
    client.start(15)
    try:
        # Names of sequential nodes: the import then raises /app's sequence counter.
        names = [f"/app/n{i:010d}" for i in range(nodes - 1)]
        create_tree(client, [("/app", b"")] + [(name, b"") for name in names])
        client.create("/dst")
    finally:
        client.stop()
        client.close()
    file = tmp_path / "app.jsonl"
    assert zkinspector("export", server.connect_string, "/app", str(file)).returncode == 0
    return file


def uncertain_paths(stderr: str) -> list[str]:
    """The paths the command said may or may not have been written."""
    return [
        line.rpartition(": ")[2]
        for line in stderr.splitlines()
        if "may or may not have been written: " in line
    ]


def test_server_lost_mid_import_lists_what_may_have_been_written(
    own_server: ZooKeeperServer, tmp_path: Path
) -> None:
    total = 30_001
    file = exported_app(own_server, total, tmp_path)

    status, out, err = zkinspector_on_a_terminal(
        ["import", "--timeout", "3", str(file), own_server.connect_string, "/dst"],
        f" of {total:,} nodes",  # writing
        lambda _process: own_server.kill(),
    )
    uncertain = uncertain_paths(err)
    assert status == 1, err
    assert uncertain and all(path.startswith("/dst/app/n") for path in uncertain)
    assert "Imported under /dst/app: created " in out
    # The queue's counter could not be raised: said, not skipped silently.
    assert "The sequence counter of /dst/app was not raised past its entries" in err


def test_server_lost_before_any_answer_lists_what_may_have_been_written(
    own_server: ZooKeeperServer, tmp_path: Path
) -> None:
    """Nothing confirmed is not nothing written: the transactions in flight are named,
    and the exit status is 1, not the 2 of "nothing was done"."""
    file = exported_app(own_server, 301, tmp_path)
    # The server dies once the first transaction is sent: its answer is lost.
    code = (
        "import os, signal, sys\n"
        "from zkinspector.zk import bulk\n"
        "send = bulk.send\n"
        "def dying(client, request):\n"
        "    sent = send(client, request)\n"
        f"    os.kill({own_server.pid}, signal.SIGKILL)\n"
        "    return sent\n"
        "bulk.send = dying\n"
        "from zkinspector.__main__ import main\n"
        f"sys.exit(main(['zkinspector', 'import', '--timeout', '3', {str(file)!r}, "
        f"{own_server.connect_string!r}, '/dst']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    uncertain = uncertain_paths(done.stderr)
    assert done.returncode == 1, done.stderr
    assert uncertain and all(path.startswith("/dst/app") for path in uncertain)
    assert "Imported under /dst/app: created 0," in done.stdout
