"""Check a built zkinspector (the PyInstaller bundle, or any installed command).

Starts a real ZooKeeper, makes a node with a fresh name, then runs the program with a
bare environment (``env -i``: no Python of the project, no display: the offscreen
platform) as ``PROGRAM --server ... --exit-after-connect`` and checks that the real
window connected and listed the root, that node included; then once more with
``--lang pt_PT`` to check that the Portuguese catalogues are bundled. Exit 0 when both
pass. ``make dist-check`` runs it on dist/zkinspector/zkinspector.

    python tests/packaging/check_bundle.py PROGRAM
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kazoo.client import KazooClient  # noqa: E402

from zkinspector.zk.server import ZooKeeperServer  # noqa: E402


def run_bare(program: str, server: str, home: Path, *extra: str) -> tuple[dict, float]:
    """Run PROGRAM with only HOME and the offscreen platform set; (report, seconds)."""
    env = [
        "env",
        "-i",
        f"HOME={home}",
        "QT_QPA_PLATFORM=offscreen",
        f"XDG_RUNTIME_DIR={home}",
    ]
    started = time.time()
    proc = subprocess.run(
        [*env, program, "--server", server, "--exit-after-connect", *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(
            f"{program} exited {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr}"
        )
    return json.loads(lines[-1]), started


def main(program: str) -> int:
    name = f"bundle-check-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory(prefix="zkinspector-check-") as tmp:
        server = ZooKeeperServer(Path(tmp) / "zk")
        server.start()
        try:
            client = KazooClient(hosts=server.connect_string)
            client.start(timeout=30)
            client.create(f"/{name}", b"hello")
            client.stop()
            client.close()
            report, started = run_bare(program, server.connect_string, Path(tmp))
            assert name in report["children"], report
            assert "Connected" in report["status"], report
            print(
                f"{program}: connected to {report['server']}, root listed "
                f"({len(report['children'])} children) in {report['listed'] - started:.2f} s"
            )
            report, _ = run_bare(program, server.connect_string, Path(tmp), "--lang", "pt_PT")
            assert "Ligado" in report["status"], report
            print(f"--lang pt_PT: status bar says {report['status']!r}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
