"""create_main_window(): options, settings, translations, icons, logging, the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from . import __version__
from .options import (
    SASL_PASSWORD_ENV,  # noqa: F401 - where callers look for it
    add_connection_options,
    connect_params,
    wants_tls,
)
from .settings import Settings
from .ui.assets import icon
from .ui.main_window import MainWindow
from .zk.errors import is_expected
from .zk.sandbox import SandboxController

log = logging.getLogger("zkinspector")

ORGANIZATION = "zkinspector"
APPLICATION = "zkinspector"


def parse_options(argv: list[str]) -> argparse.Namespace:
    """Parse command-line options (argv without the program name). Exits on bad ones."""
    parser = argparse.ArgumentParser(
        prog="zkinspector", description="A desktop inspector for Apache ZooKeeper."
    )
    parser.add_argument(
        "--server", metavar="HOST:PORT[,HOST:PORT...][/chroot]", help="connect at start-up"
    )
    add_connection_options(parser)
    parser.add_argument("--read-only", action="store_true", help="never write to the server")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start a local ZooKeeper with demo data and connect to it",
    )
    parser.add_argument("--version", action="version", version=f"zkinspector {__version__}")
    return parser.parse_args(argv)


def log_dir() -> Path:
    """The platform's log directory for zkinspector (created)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    path = Path(base or Path.home() / ".zkinspector") / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def setup_logging() -> Path:
    """Log to a rotating file in the platform log directory; returns its path."""
    path = log_dir() / "zkinspector.log"
    root = logging.getLogger()
    if not any(getattr(h, "_zkinspector", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler._zkinspector = True  # type: ignore[attr-defined]
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger("kazoo").setLevel(logging.WARNING)
    return path


def install_translations(app: QApplication) -> None:
    """Qt's own strings in the user's language (English under LANG=C)."""
    translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", qt_dir):
        app.installTranslator(translator)


def install_excepthook() -> None:
    """Unexpected exceptions: logged, shown in a dialog, and the app keeps running."""

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", text)
        if QApplication.instance() is None or exc_type is KeyboardInterrupt:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if is_expected(exc):
            message = str(exc)
        else:
            message = f"An unexpected error occurred: {exc_type.__name__}: {exc}"
        box = QMessageBox(QMessageBox.Icon.Critical, "zkinspector", message)
        box.setObjectName("unexpectedErrorBox")
        box.setDetailedText(text + f"\nLog file: {log_dir() / 'zkinspector.log'}")
        box.setModal(False)
        box.show()
        box.setAttribute(box.WidgetAttribute.WA_DeleteOnClose)

    sys.excepthook = hook


def create_main_window(argv: list[str]) -> QMainWindow:
    """Build and show the main window from command-line options; returns at once.

    Needs an existing QApplication. `argv` may start with the program name. Connects
    when --server (or --sandbox) is given; the connection completes in the background.
    Raises SystemExit for bad options (the message is printed).
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create_main_window needs a QApplication")
    args = list(argv)
    if args and not args[0].startswith("-"):
        args = args[1:]  # the program name
    options = parse_options(args)
    usage_error = argparse.ArgumentParser(prog="zkinspector").error
    if (wants_tls(options) or options.sasl) and not options.server:
        usage_error("the TLS and SASL options need --server")
    if options.sasl_user and not options.sasl:
        usage_error("--sasl-user needs --sasl MECHANISM")
    params = None
    if options.server:
        try:
            params = connect_params(options.server, options, read_only=options.read_only)
        except ValueError as exc:
            usage_error(str(exc))

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    setup_logging()
    install_translations(app)
    log.info("zkinspector %s starting, options %s", __version__, _loggable(options))

    sandbox = SandboxController()
    window = MainWindow(Settings(), sandbox)
    sandbox.setParent(window)
    app.aboutToQuit.connect(sandbox.stop)
    app.aboutToQuit.connect(lambda: [p.session.shutdown(wait=False) for p in window.pages()])
    window.set_sandbox_options(
        timeout=options.timeout, auth=options.auth, read_only=options.read_only
    )

    window.show()
    if options.sandbox:
        window.start_sandbox()
    elif params is not None:
        window.connect_to(params)
    return window


def _loggable(options: argparse.Namespace) -> dict:
    """Options for the log, with credentials masked."""
    shown = dict(vars(options))
    shown["auth"] = [a.split(":", 1)[0] + ":***" for a in options.auth]
    return shown


if os.environ.get("ZKINSPECTOR_DEBUG"):
    logging.basicConfig(level=logging.DEBUG)
