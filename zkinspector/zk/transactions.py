"""Transactions: the text form of a list of operations, and their atomic commit.

One operation a line (keywords in any case; blank lines and lines starting with ``#`` are
skipped)::

    create [-e] [-s] PATH [DATA]     -e: ephemeral, -s: sequential
    set PATH DATA [VERSION]          VERSION -1 or left out: any version
    delete PATH [VERSION]
    check PATH VERSION               VERSION -1: the node only has to exist

A PATH or DATA with spaces is quoted: ``'...'`` takes everything literally up to the next
single quote; ``"..."`` understands ``\\"``, ``\\\\``, ``\\n``, ``\\t``, ``\\r`` and
``\\xHH`` (one byte, for binary data). An unquoted word is taken as it is (``{"a":1}``).

:func:`parse` reads the text, :func:`format_ops` writes it back (``parse(format_ops(x))
== x``), :func:`commit` sends the operations as ONE ``multi`` request: the server applies
all of them or none. Sentences for the user go through ``texts.translate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kazoo.exceptions import (
    BadVersionError,
    KazooException,
    RolledBackError,
    RuntimeInconsistency,
)
from kazoo.protocol.serialization import Transaction

from . import paths
from .bulk import Op, Ops, RequestTooLarge, request_size
from .codec import JUTE_MAXBUFFER_DEFAULT, format_size
from .protocol import send, wait
from .texts import translate

__all__ = [
    "CHECK",
    "CREATE",
    "DELETE",
    "KINDS",
    "SET",
    "CommitResult",
    "OpResult",
    "TransactionSyntaxError",
    "TxOp",
    "commit",
    "format_data",
    "format_op",
    "format_ops",
    "parse",
    "parse_line",
]

CREATE, SET, DELETE, CHECK = "create", "set", "delete", "check"
KINDS = (CHECK, CREATE, SET, DELETE)
"""The kinds of operation, in the order the editor offers them."""


@dataclass(frozen=True)
class TxOp:
    """One operation of a transaction, as the user wrote it.

    ``version`` is -1 for "any version" (set, delete) or "only exists" (check).
    ``ephemeral`` and ``sequential`` apply to create only.
    """

    kind: str
    path: str
    data: bytes = b""
    version: int = -1
    ephemeral: bool = False
    sequential: bool = False


class TransactionSyntaxError(ValueError):
    """A line of the text form that is not an operation; str() names the line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(line, message)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return translate("Transaction", "Line %d: %s") % (self.line, self.message)


# -- the text form ---------------------------------------------------------------------

_ESCAPES = {"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"', "0": b"\0"}
_HEX = re.compile(r"[0-9a-fA-F]{2}")
_FLAGS = {
    b"-e": "ephemeral",
    b"--ephemeral": "ephemeral",
    b"-s": "sequential",
    b"--sequential": "sequential",
}
_SYNTAX = {
    CREATE: "create [-e] [-s] PATH [DATA]",
    SET: "set PATH DATA [VERSION]",
    DELETE: "delete PATH [VERSION]",
    CHECK: "check PATH VERSION",
}


class _Bad(ValueError):
    """A problem within one line (the caller adds the line number)."""


def _tokens(line: str) -> list[tuple[bytes, bool]]:
    """The words of a line as bytes, each with whether it was quoted. Raises _Bad."""
    out: list[tuple[bytes, bool]] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch.isspace():
            i += 1
        elif ch == "'":
            end = line.find("'", i + 1)
            if end < 0:
                raise _Bad(translate("Transaction", "A single quote is not closed."))
            out.append((line[i + 1 : end].encode("utf-8"), True))
            i = end + 1
        elif ch == '"':
            word, i = _double_quoted(line, i + 1)
            out.append((word, True))
        else:
            start = i
            while i < n and not line[i].isspace():
                i += 1
            out.append((line[start:i].encode("utf-8"), False))
    return out


def _double_quoted(line: str, i: int) -> tuple[bytes, int]:
    """The bytes of a double-quoted word starting after its quote, and where it ends."""
    out = bytearray()
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == '"':
            return bytes(out), i + 1
        if ch != "\\":
            out += ch.encode("utf-8")
            i += 1
            continue
        if i + 1 >= n:
            break
        code = line[i + 1]
        if code == "x":
            digits = line[i + 2 : i + 4]
            if not _HEX.fullmatch(digits):
                raise _Bad(
                    translate("Transaction", "\\x must be followed by two hexadecimal digits.")
                )
            out.append(int(digits, 16))
            i += 4
        elif code in _ESCAPES:
            out += _ESCAPES[code]
            i += 2
        else:
            raise _Bad(
                translate(
                    "Transaction", "Unknown escape \\%s in double quotes (\\\\ is a backslash)."
                )
                % code
            )
    raise _Bad(translate("Transaction", "A double quote is not closed."))


def _path(word: bytes) -> str:
    try:
        path = word.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Bad(translate("Transaction", "A path must be text (UTF-8).")) from exc
    try:
        paths.validate_path(path)
    except paths.InvalidPath as exc:
        raise _Bad(str(exc)) from exc
    return path


def _version(word: bytes, what: str) -> int:
    text = word.decode("utf-8", "replace")
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < -1 or value > 2**31 - 1:
        raise _Bad(
            translate("Transaction", "%s must be a version number (0, 1, 2… or -1), not %r.")
            % (what, text)
        )
    return value


def parse_line(line: str) -> TxOp | None:
    """One line as an operation; None for a blank or comment line.

    Raises ValueError with a sentence (without the line number).
    """
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    words = _tokens(stripped)
    (first, quoted), rest = words[0], words[1:]
    keyword = first.decode("utf-8", "replace").lower()
    if quoted or keyword not in _SYNTAX:
        raise _Bad(
            translate("Transaction", "%r is not an operation; write create, set, delete or check.")
            % keyword
        )
    flags = {"ephemeral": False, "sequential": False}
    while keyword == CREATE and rest and not rest[0][1] and rest[0][0] in _FLAGS:
        flags[_FLAGS[rest.pop(0)[0]]] = True
    args = [word for word, _ in rest]
    low, high = {CREATE: (1, 2), SET: (2, 3), DELETE: (1, 2), CHECK: (2, 2)}[keyword]
    if not low <= len(args) <= high:
        raise _Bad(translate("Transaction", "Write it as: %s") % _SYNTAX[keyword])
    path = _path(args[0])
    if keyword == CREATE:
        return TxOp(CREATE, path, args[1] if len(args) > 1 else b"", -1, **flags)
    if keyword == SET:
        version = (
            _version(args[2], translate("Transaction", "The version")) if len(args) > 2 else -1
        )
        return TxOp(SET, path, args[1], version)
    if keyword == DELETE:
        version = (
            _version(args[1], translate("Transaction", "The version")) if len(args) > 1 else -1
        )
        return TxOp(DELETE, path, b"", version)
    return TxOp(CHECK, path, b"", _version(args[1], translate("Transaction", "The version")))


def parse(text: str) -> list[TxOp]:
    """Every operation of the text form, in order.

    Raises TransactionSyntaxError naming the first line that is not an operation.
    """
    ops = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            op = parse_line(line)
        except _Bad as exc:
            raise TransactionSyntaxError(number, str(exc)) from None
        if op is not None:
            ops.append(op)
    return ops


_BARE = re.compile(r"[^\s'\"#][^\s]*")


def format_data(data: bytes) -> str:
    """A word of the text form that reads back as ``data`` (quoted when it must be)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    printable = text is not None and text.isprintable()
    if printable and text and _BARE.fullmatch(text):
        return text
    if printable and text and "'" not in text:
        return f"'{text}'"
    out = ['"']
    for ch in data.decode("utf-8", "surrogateescape"):
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif not ch.isprintable() and code < 0x80:
            out.append(f"\\x{code:02x}")
        elif not ch.isprintable():
            out.append("".join(f"\\x{b:02x}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def format_op(op: TxOp) -> str:
    """One operation as a line of the text form."""
    path = format_data(op.path.encode("utf-8"))
    if op.kind == CREATE:
        flags = ("-e " if op.ephemeral else "") + ("-s " if op.sequential else "")
        data = f" {format_data(op.data)}" if op.data else ""
        return f"create {flags}{path}{data}"
    if op.kind == SET:
        version = f" {op.version}" if op.version != -1 else ""
        return f"set {path} {format_data(op.data)}{version}"
    if op.kind == DELETE:
        return f"delete {path}" + (f" {op.version}" if op.version != -1 else "")
    return f"check {path} {op.version}"


def format_ops(ops: list[TxOp]) -> str:
    """The text form of a list of operations, one a line."""
    return "".join(format_op(op) + "\n" for op in ops)


# -- the commit ------------------------------------------------------------------------


@dataclass(frozen=True)
class OpResult:
    """What the server answered for one operation.

    ``value``: the created path (create), the new stat (set), True (delete, check).
    ``error``: the operation's error; the one that failed has its own, the others are
    RolledBackError (done, then undone) or RuntimeInconsistency (not tried).
    """

    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def caused_failure(self) -> bool:
        """True for the operation whose error made the transaction fail."""
        return self.error is not None and not _not_the_cause(self.error)


def _not_the_cause(exc: BaseException) -> bool:
    return isinstance(exc, RolledBackError | RuntimeInconsistency)


@dataclass(frozen=True)
class CommitResult:
    """The answer to a transaction: one result per operation, in order."""

    results: tuple[OpResult, ...]
    current_version: int | None = None  # of the failed node, after a version mismatch

    @property
    def applied(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def failed_index(self) -> int | None:
        """The index of the operation that made it fail, or None if it was applied."""
        for i, result in enumerate(self.results):
            if result.caused_failure:
                return i
        return None


def _op(ops: Ops, op: TxOp) -> Op:
    if op.kind == CREATE:
        return ops.create(op.path, op.data, ephemeral=op.ephemeral, sequential=op.sequential)
    if op.kind == SET:
        return ops.set(op.path, op.data, op.version)
    if op.kind == DELETE:
        return ops.delete(op.path, op.version)
    if op.kind == CHECK:
        return ops.check(op.path, op.version)
    raise ValueError(f"unknown operation {op.kind!r}")


def commit(
    client: Any, ops: list[TxOp], *, request_limit: int = JUTE_MAXBUFFER_DEFAULT
) -> CommitResult:
    """Send ``ops`` as one transaction; blocks (call it on a worker).

    Raises ValueError for an empty list, RequestTooLarge (a sentence) when the request
    would be over the server's ``request_limit``, kazoo's errors when the request as a
    whole fails (connection loss: it may or may not have been applied).
    """
    if not ops:
        raise ValueError(translate("Transaction", "Nothing to commit: add operations first."))
    made = Ops(client)
    requests = [_op(made, op) for op in ops]
    size = request_size(requests)
    if size > request_limit:
        raise RequestTooLarge(
            translate(
                "Transaction",
                "The transaction would be a request of %s; the server accepts at most %s "
                "in one request. Split it into smaller transactions.",
            )
            % (format_size(size), format_size(request_limit))
        )
    answers = wait(send(client, Transaction([r.request for r in requests])))
    results = tuple(
        OpResult(error=a) if isinstance(a, BaseException) else OpResult(value=a) for a in answers
    )
    result = CommitResult(results)
    failed = result.failed_index
    if failed is not None and isinstance(results[failed].error, BadVersionError):
        # The server does not say which version it has: read it, for the explanation.
        try:
            stat = client.exists(ops[failed].path)
        except KazooException:
            stat = None
        if stat is not None:
            result = CommitResult(results, stat.version)
    return result
