"""create_main_window(): options, settings, translations, icons, logging, the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from . import __version__
from .check import check_connection
from .i18n import choose_language, install_translations, normalise_language
from .options import (
    SASL_PASSWORD_ENV,  # noqa: F401 - where callers look for it
    add_connection_options,
    connect_params,
    wants_tls,
)
from .settings import FONT_ZOOM, LANGUAGE, THEME, Settings
from .ui.assets import icon, resource_path
from .ui.log_view import log_history
from .ui.main_window import MainWindow
from .ui.theme import THEMES, apply_theme, font_zoom
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
    look = parser.add_argument_group("look")
    look.add_argument(
        "--lang",
        metavar="LANG",
        type=_language,
        help="interface language: pt_PT or en (default: View > Language, else the locale)",
    )
    look.add_argument(
        "--theme",
        choices=THEMES,
        help="colours: follow the system, light or dark (default: View > Theme)",
    )
    parser.add_argument(
        "--exit-after-connect",
        action="store_true",
        help="for checking an installation or a bundle: open the window, connect to "
        "--server, list the root, print one JSON line (server, children, seconds to the "
        "window shown and to the root listed) and exit 0; exit 1 if that fails",
    )
    parser.add_argument("--version", action="version", version=f"zkinspector {__version__}")
    return parser.parse_args(argv)


def _language(value: str) -> str:
    try:
        return normalise_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
    log_history(path)  # Help > Log: from the start
    return path


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
            message = QCoreApplication.translate(
                "App", "An unexpected error occurred: {0}: {1}"
            ).format(exc_type.__name__, exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "zkinspector", message)
        box.setObjectName("unexpectedErrorBox")
        log_file = QCoreApplication.translate("App", "Log file: {0}").format(
            log_dir() / "zkinspector.log"
        )
        box.setDetailedText(f"{text}\n{log_file}")
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
    if (options.ssh or options.ssh_key) and not options.server:
        usage_error("the SSH options need --server")
    if options.ssh_key and not options.ssh:
        usage_error("--ssh-key needs --ssh [USER@]HOST[:PORT]")
    params = None
    if options.server:
        try:
            params = connect_params(options.server, options, read_only=options.read_only)
        except ValueError as exc:
            usage_error(str(exc))

    if options.exit_after_connect and not options.server:
        usage_error("--exit-after-connect needs --server")

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    setup_logging()
    settings = Settings()
    language = choose_language(options.lang, settings.get(LANGUAGE))
    install_translations(app, language, resource_path("translations"))
    theme = options.theme or settings.get(THEME)
    apply_theme(app, theme if theme in THEMES else "system")
    font_zoom().set_steps(settings.get(FONT_ZOOM))
    log.info(
        "zkinspector %s starting, language %s, options %s",
        __version__,
        language,
        _loggable(options),
    )

    sandbox = SandboxController()
    window = MainWindow(settings, sandbox)
    font_zoom().adopt(window)
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
    if options.exit_after_connect:
        check_connection(window, options.timeout + 20)
    return window


def _loggable(options: argparse.Namespace) -> dict:
    """Options for the log, with credentials masked."""
    shown = dict(vars(options))
    shown["auth"] = [a.split(":", 1)[0] + ":***" for a in options.auth]
    return shown


if os.environ.get("ZKINSPECTOR_DEBUG"):
    logging.basicConfig(level=logging.DEBUG)
