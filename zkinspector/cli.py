"""``zkinspector export | import | diff``: subtree transfer from the command line, no window.

- ``export [OPTIONS] SERVER PATH FILE`` writes PATH's subtree to FILE (gzip if it ends in
  .gz; owner-only permissions; the file appears only once complete).
- ``import [OPTIONS] FILE SERVER PATH [--on-conflict skip|overwrite|abort]
  [--ephemerals skip|persistent] [--dry-run]`` recreates the file's subtree under PATH
  (the exported node becomes PATH/its name; an export of "/" lands on PATH itself). The
  whole file is checked first. The file's ephemeral nodes are left out by default (a
  lock holder restored as a persistent node would hold the lock for ever). Ctrl-C stops
  it after the transactions in flight and says what was written.
- ``diff [OPTIONS] SERVER_A PATH_A SERVER_B PATH_B`` prints one line per node that differs:
  ``added``, ``removed`` or ``changed`` (with what: data, acl, kind), a tab, the path
  relative to both roots ("/" being the roots themselves).

OPTIONS: ``--auth`` (repeatable), ``--timeout``, the TLS and SASL options (``options.py``).
Exit status: 0 done / equal, 1 differences or done in part (unreadable nodes, nodes not
written, nodes that may or may not have been written), 2 error with nothing written, with
one sentence on stderr. Progress goes to stderr when it is a
terminal. Same code as the window's; a plain kazoo client; no Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import NoReturn, TextIO

from . import __version__
from .options import add_connection_options, connect_params
from .zk.client import ConnectError, close_client, start_client
from .zk.compare import CHANGED, Difference, compare_trees
from .zk.errors import Cancelled, describe
from .zk.export import export_tree
from .zk.importing import import_file, import_target, read_header
from .zk.tree_writer import EphemeralPolicy, OnConflict, TransferResult

__all__ = ["COMMANDS", "run"]

COMMANDS = ("export", "import", "diff")

DONE, PARTLY, ERROR = 0, 1, 2

_EPHEMERALS = {"skip": EphemeralPolicy.SKIP, "persistent": EphemeralPolicy.PERSISTENT}


class _Usage(Exception):
    """A command-line mistake; str() is the sentence."""


class _Failed(Exception):
    """The command did nothing; str() is the sentence."""


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are one sentence (the caller prints it, exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise _Usage(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zkinspector", description="Subtree export, import and diff.")
    parser.add_argument("--version", action="version", version=f"zkinspector {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    export = commands.add_parser("export", help="write a subtree to a file")
    add_connection_options(export)
    export.add_argument("server", metavar="SERVER", help="HOST:PORT[,...][/chroot]")
    export.add_argument("path", metavar="PATH", help="the subtree's root")
    export.add_argument("file", metavar="FILE", help="the file to write (.gz: compressed)")
    export.add_argument(
        "--no-acl",
        action="store_true",
        help="leave ACLs out (several times faster: one request per node less); "
        "an import gives the nodes the importing client's default ACL",
    )

    imp = commands.add_parser("import", help="recreate a file's subtree under a node")
    add_connection_options(imp)
    imp.add_argument("file", metavar="FILE", help="a file written by export")
    imp.add_argument("server", metavar="SERVER", help="HOST:PORT[,...][/chroot]")
    imp.add_argument("path", metavar="PATH", help="the node to import under")
    imp.add_argument(
        "--on-conflict",
        choices=[c.value for c in OnConflict],
        default=OnConflict.SKIP.value,
        help="a node that exists with other data or ACL: keep it (skip, the default), "
        "replace it (overwrite), or write nothing at all (abort)",
    )
    imp.add_argument(
        "--ephemerals",
        choices=list(_EPHEMERALS),
        default="skip",
        help="the file's ephemeral nodes: leave them out (skip, the default: a lock "
        "holder or a member restored for ever would stall the live clients), or create "
        "them as persistent nodes (persistent)",
    )
    imp.add_argument("--dry-run", action="store_true", help="write nothing, say what would be done")

    diff = commands.add_parser("diff", help="list the nodes that differ between two subtrees")
    add_connection_options(diff)
    diff.add_argument("server_a", metavar="SERVER_A")
    diff.add_argument("path_a", metavar="PATH_A")
    diff.add_argument("server_b", metavar="SERVER_B")
    diff.add_argument("path_b", metavar="PATH_B")
    diff.add_argument("--no-acl", action="store_true", help="do not compare ACLs (faster)")
    diff.add_argument("--kinds", action="store_true", help="also compare ephemeral/persistent")
    return parser


class _Progress:
    """``done of total`` on one stderr line, at most ten times a second; only on a terminal."""

    def __init__(self, stream: TextIO, what: str) -> None:
        self.stream = stream
        self.what = what
        self.shown = False
        self.last = 0.0
        self.enabled = stream.isatty()

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.1:
            return
        self.last = now
        of = f" of {total:,}" if total else ""
        self.stream.write(f"\r{self.what}: {done:,}{of} nodes ")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _export(options: argparse.Namespace, out: TextIO, err: TextIO, progress: _Progress) -> int:
    client, _limit = start_client(connect_params(options.server, options, read_only=True))
    try:
        result = export_tree(
            client, options.path, options.file, acls=not options.no_acl, progress=progress
        )
    finally:
        close_client(client)
    progress.clear()
    for path in result.unreadable:
        err.write(f"zkinspector: not exported, this client may not read it: {path}\n")
    for path in result.acl_hidden:
        err.write(
            f"zkinspector: ACL with hidden digest ids (no ADMIN permission), "
            f"an import will not write it: {path}\n"
        )
    print(
        f"Exported {_plural(result.nodes, 'node', 'nodes')} of {result.root} to {result.file}.",
        file=out,
    )
    return DONE if result.complete else PARTLY


def _summary(result: TransferResult) -> str:
    parts = [
        f"{'would create' if result.dry_run else 'created'} {result.created:,}",
        f"{'would overwrite' if result.dry_run else 'overwrote'} {result.overwritten:,}",
        f"{'would skip' if result.dry_run else 'skipped'} {result.skipped:,} that exist differently",
        f"{result.same:,} already the same",
    ]
    head = "Dry run, nothing written" if result.dry_run else f"Imported under {result.target}"
    return f"{head}: " + ", ".join(parts) + "."


@contextlib.contextmanager
def _interruptible() -> Iterator[threading.Event]:
    """Ctrl-C sets the event (work checks it and stops after what is in flight, then
    says what it did); a second Ctrl-C interrupts at once."""
    asked = threading.Event()

    def handler(_signum: int, _frame: object) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: Ctrl-C stays as it is
        yield asked
        return
    try:
        yield asked
    finally:
        signal.signal(signal.SIGINT, previous)


def _import(options: argparse.Namespace, out: TextIO, err: TextIO, progress: _Progress) -> int:
    header = read_header(options.file)
    target = import_target(options.path, header.root)
    client, limit = start_client(connect_params(options.server, options))
    try:
        with _interruptible() as interrupted:
            result = import_file(
                client,
                options.file,
                target,
                on_conflict=options.on_conflict,
                ephemerals=_EPHEMERALS[options.ephemerals],
                dry_run=options.dry_run,
                request_limit=limit,
                cancelled=interrupted.is_set,
                progress=progress,
            )
    except Cancelled:  # Ctrl-C while the file was checked
        raise _Failed("Stopped (Ctrl-C) while checking the file; nothing was written.") from None
    except KeyboardInterrupt:  # a second Ctrl-C: transactions may have been in flight
        if options.dry_run:
            raise
        progress.clear()
        err.write(
            "zkinspector: stopped at once; nodes may have been written: look at "
            f"{target} before importing again.\n"
        )
        return PARTLY
    finally:
        close_client(client)
    progress.clear()
    written = result.created or result.overwritten
    if not (written or result.uncertain_count or _done(result)):
        raise _Failed(_nothing_written(result))
    for path in result.as_persistent:
        err.write(f"zkinspector: ephemeral in the file, created persistent: {path}\n")
    for path in result.refused_ephemerals:
        err.write(f"zkinspector: ephemeral in the file, left out: {path}\n")
    for path, sentence in result.failed:
        err.write(f"zkinspector: not written: {path}: {sentence}\n")
    for path in result.uncertain:
        err.write(f"zkinspector: may or may not have been written: {path}\n")
    for path in result.unreadable:
        err.write(f"zkinspector: not in the file, the export could not read it: {path}\n")
    for _path, sentence in result.counters_left + result.kind_lost:
        err.write(f"zkinspector: {sentence}\n")
    if result.not_written:
        err.write(f"zkinspector: {_plural(result.not_written, 'node', 'nodes')} not written.\n")
    if result.cancelled:
        err.write("zkinspector: stopped (Ctrl-C) after the transactions in flight.\n")
    if result.stopped:
        err.write(f"zkinspector: {result.stopped}\n")
    print(_summary(result), file=out)
    return DONE if _done(result) else PARTLY


def _done(result: TransferResult) -> bool:
    """True if the import did all it was asked (ephemeral nodes left out as asked): not
    when a queue's counter was left behind or a node could not keep its kind."""
    if result.counters_left or result.kind_lost:
        return False
    if result.refused_count:
        left_out = replace(result, refused_ephemerals=[], refused_count=0)
        return left_out.complete
    return result.complete


def _nothing_written(result: TransferResult) -> str:
    """The one sentence of an import that wrote nothing."""
    if result.stopped:
        why = result.stopped
    elif result.cancelled:
        why = "Stopped (Ctrl-C); nothing was written."
    elif result.failed:
        _path, sentence = result.failed[0]
        more = result.failed_count - 1
        why = sentence + (f" ({_plural(more, 'other node', 'other nodes')} too.)" if more else "")
    else:
        why = f"{_plural(result.not_written, 'node', 'nodes')} could not be written."
    return why if "nothing was written" in why.lower() else f"{why} Nothing was written."


def _diff_line(diff: Difference) -> str:
    if diff.status == CHANGED:
        return f"{diff.status}\t{diff.shown()}\t{','.join(diff.fields)}"
    return f"{diff.status}\t{diff.shown()}"


def _diff(options: argparse.Namespace, out: TextIO, err: TextIO, progress: _Progress) -> int:
    params_a = connect_params(options.server_a, options, read_only=True)
    params_b = connect_params(options.server_b, options, read_only=True)
    client_a, _ = start_client(params_a)
    try:
        client_b = client_a if params_b == params_a else start_client(params_b)[0]
        try:

            def emit(diff: Difference) -> None:
                progress.clear()
                out.write(_diff_line(diff) + "\n")

            result = compare_trees(
                client_a,
                options.path_a,
                client_b,
                options.path_b,
                acls=not options.no_acl,
                kinds=options.kinds,
                emit=emit,
                progress=progress,
            )
        finally:
            if client_b is not client_a:
                close_client(client_b)
    finally:
        close_client(client_a)
    progress.clear()
    for side, paths in (("A", result.unreadable_a), ("B", result.unreadable_b)):
        for path in paths:
            err.write(f"zkinspector: not compared, this client may not read it on {side}: {path}\n")
    return DONE if result.equal else PARTLY


_RUN: dict[str, Callable[[argparse.Namespace, TextIO, TextIO, _Progress], int]] = {
    "export": _export,
    "import": _import,
    "diff": _diff,
}
_DOING = {"export": "Exporting", "import": "Importing", "diff": "Comparing"}


def run(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one subcommand; ``argv`` starts with its name ("export", ...). Returns the exit
    status (0 done, 1 in part or differences, 2 error); never raises for bad input."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    # kazoo logs each failed connection attempt; the command says what went wrong once.
    logging.getLogger("kazoo").addHandler(logging.NullHandler())
    logging.getLogger("kazoo").propagate = False
    try:
        options = _parser().parse_args(argv)
    except _Usage as exc:
        err.write(f"{exc}.\n" if not str(exc).endswith(".") else f"{exc}\n")
        return ERROR
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    progress = _Progress(err, _DOING[options.command])
    try:
        return _RUN[options.command](options, out, err, progress)
    except KeyboardInterrupt:
        progress.clear()
        err.write("zkinspector: stopped; nothing more was done.\n")
        return ERROR
    except (ConnectError, _Failed) as exc:
        progress.clear()
        err.write(f"zkinspector: {exc}\n")
        return ERROR
    except Exception as exc:  # noqa: BLE001 - one sentence, no traceback
        progress.clear()
        err.write(f"zkinspector: {_sentence(exc, options)}\n")
        return ERROR


def _sentence(exc: BaseException, options: argparse.Namespace) -> str:
    """One sentence for an error, naming the node the error names, else the command's."""
    named = exc.args[0] if exc.args and isinstance(exc.args[0], str) else ""
    path = named if named.startswith("/") else ""
    return describe(exc, path or getattr(options, "path", None) or getattr(options, "path_a", None))
