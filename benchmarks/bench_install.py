"""Cold start of zkinspector as users install it, and the bundle's size on disk.

- the PyInstaller bundle (dist/zkinspector/zkinspector, made by ``make dist``);
- the wheel, installed with its dependencies into a fresh virtual environment.

Each is started afresh ``runs`` times with a bare environment (``env -i``, offscreen)
as ``PROGRAM --server CONNECT --exit-after-connect``: the real window is built and
shown, the session connects and the root is listed. The figures are the seconds from
the process start to the window shown and to the root listed (medians).

    .venv/bin/python benchmarks/bench_install.py --server HOST:PORT
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUNDLE = ROOT / "dist" / "zkinspector" / "zkinspector"
sys.path.insert(0, str(HERE))

from bench_tree import Result  # noqa: E402


def start_times(program: str, connect: str, runs: int, home: Path) -> tuple[float, float]:
    """Median seconds to the window shown and to the root listed."""
    shown, listed = [], []
    for _ in range(runs):
        env = ["env", "-i", f"HOME={home}", "QT_QPA_PLATFORM=offscreen", f"XDG_RUNTIME_DIR={home}"]
        t0 = time.time()
        proc = subprocess.run(
            [*env, program, "--server", connect, "--exit-after-connect"],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        report = json.loads(proc.stdout.splitlines()[-1])
        shown.append(report["shown"] - t0)
        listed.append(report["listed"] - t0)
    return statistics.median(shown), statistics.median(listed)


def install_wheel(where: Path) -> str:
    """Build the wheel and install it (with its dependencies) into a new venv there."""
    wheels = where / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    wheel = next(wheels.glob("zkinspector-*.whl"))
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, capture_output=True
    )
    return str(venv / "bin" / "zkinspector")


def size_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_symlink()) / 1e6


def measure(connect: str, runs: int = 3) -> list[Result]:
    out: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-install-") as tmp:
        home = Path(tmp)
        area = f"Cold start, installed (new process, bare environment, median of {runs})"
        if BUNDLE.exists():
            shown, listed = start_times(str(BUNDLE), connect, runs, home)
            out += [
                Result(area, "PyInstaller bundle: window shown", shown, "s"),
                Result(area, "PyInstaller bundle: root listed", listed, "s"),
                Result("Bundle (make dist)", "size on disk", size_mb(BUNDLE.parent), "MB"),
            ]
        else:
            print("no bundle: run make dist first", file=sys.stderr)
        program = install_wheel(home)
        shown, listed = start_times(program, connect, runs, home)
        out += [
            Result(area, "wheel in a fresh venv: window shown", shown, "s"),
            Result(area, "wheel in a fresh venv: root listed", listed, "s"),
        ]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for r in measure(args.server, args.runs):
        print(f"{r.area} | {r.measure} | {r.value:.2f} {r.unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
