"""Entry point: a subcommand (``export``, ``import``, ``diff``; no Qt is loaded for them),
or the QApplication and its event loop."""

from __future__ import annotations

import signal
import sys

from .cli import COMMANDS, run


def main(argv: list[str] | None = None) -> int:
    """Run zkinspector; returns the exit code.

    ``argv`` is as ``sys.argv`` (program name first); a first word that is a subcommand
    (also without the program name before it) runs that command instead of the window.
    """
    argv = list(sys.argv if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return run(argv)
    if len(argv) > 1 and argv[1] in COMMANDS:
        return run(argv[1:])
    return _window(argv)


def _window(argv: list[str]) -> int:
    """The window: create the QApplication (or reuse it), run its event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .app import create_main_window, install_excepthook
    from .models.collector import recollect

    app = QApplication.instance() or QApplication(argv)
    install_excepthook()
    try:
        window = create_main_window(argv)
    except SystemExit as exc:  # --help, or bad options (argparse printed why)
        return int(exc.code or 0)
    # Ctrl-C in the terminal quits cleanly (the sandbox server is stopped on the way out).
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    wake = QTimer(app)
    wake.start(250)  # lets Python run its signal handlers while Qt waits
    wake.timeout.connect(lambda: None)
    recollect()  # the window, Qt's wrappers, the modules: alive until the end
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
