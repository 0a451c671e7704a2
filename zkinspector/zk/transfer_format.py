"""The export file: a versioned, streaming JSON Lines format (docs/export-format.md).

One header line (format name, version, source root, server, time), one line per node
in parents-before-children order, one end line with the node count, so a file cut short
is recognised. A node's path is relative to the exported root ("" for the root itself);
its data is UTF-8 text when it is valid UTF-8, base64 otherwise, byte-exact either way.
A file whose name ends in ``.gz`` is written gzip-compressed; reading recognises gzip by
its magic bytes, whatever the name.

- :class:`NodeRecord` is one node, as export, import, copy and compare hand it around.
- :class:`ExportWriter` writes a file atomically: a temporary file in the same directory
  (owner-only permissions, 0600), fsync, renamed over the chosen name by
  :meth:`ExportWriter.commit`; an export that is aborted or fails leaves nothing there.
- :class:`ExportReader` reads one back as a stream and checks everything a file can get
  wrong (another format or version, a cut, an invalid path, a duplicate, a child before
  its parent, the end line's count): :class:`BadFile`, whose str() is one sentence
  naming the line. :func:`check_file` runs it over the whole file.

Reading keeps one 8-byte fingerprint per path (about 60 MB per million nodes) to find
duplicates and orphans; never the nodes. No I/O besides the file, no Qt.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime
import functools
import gzip
import json
import os
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, NamedTuple

from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL, Id

from .. import __version__
from .acl import parse_perms, perms_short
from .errors import Cancelled
from .node_types import check_kind
from .paths import InvalidPath, is_sequential_name, validate_name, validate_relative
from .texts import translate
from .walk import CancelCheck, ProgressFn

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BadFile",
    "ExportReader",
    "ExportWriter",
    "FileHeader",
    "FileSummary",
    "NodeRecord",
    "Where",
    "check_file",
    "has_hidden_ids",
    "parent_rel",
]

FORMAT_NAME = "zkinspector-export"
FORMAT_VERSION = 1
"""The version this code writes; it reads this one and older ones."""

_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_LEVEL = 6
_STAT_FIELDS = ZnodeStat._fields
_PROGRESS_EVERY = 4096  # lines between progress reports and cancel checks


class BadFile(ValueError):
    """The file is not a complete, valid export; str() is one sentence naming the place."""


class Where(NamedTuple):
    """A node's place in a file, for sentences: "Line 7 (a/b)" (built only when shown)."""

    line: int
    rel: str

    def __str__(self) -> str:
        if not self.rel:
            return translate("zk.transfer_format", "Line {0} (the root)").format(self.line)
        return translate("zk.transfer_format", "Line {0} ({1})").format(self.line, self.rel)


@dataclass(frozen=True, slots=True)
class NodeRecord:
    """One node of a subtree.

    ``path`` is relative to the subtree's root: "" for the root, "a/b" below it.
    ``data`` is None for a node holding null data (not for an unreadable one: those are
    never records). ``acl`` is the ACL as the server holds it (digest ids as user:hash);
    empty when it is not known (an export without ACLs): writes then use the writing
    client's default ACL.
    ``stat`` is information only (creation and modification times, versions); it is
    never written back. ``container`` / ``ttl`` (milliseconds) mark a container or TTL
    node, when known: the server reports both as persistent, so only a file that says so
    or the app that made the node knows.
    """

    path: str
    data: bytes | None
    acl: tuple[ACL, ...]
    ephemeral: bool = False
    stat: ZnodeStat | None = None
    container: bool = False
    ttl: int | None = None

    @property
    def name(self) -> str:
        """The node's own name ("" for the subtree's root)."""
        return self.path.rpartition("/")[2]

    @property
    def sequential(self) -> bool:
        """True if the name ends in ten digits, as sequential nodes' names do."""
        return is_sequential_name(self.name)


@dataclass(frozen=True)
class FileHeader:
    """The first line of a file: where and when it was exported."""

    root: str  # the exported path, as the exporting client saw it
    server: str = ""  # the connect string's servers (no credentials)
    chroot: str = ""  # the exporting client's chroot, "" for none
    created: str = ""  # ISO 8601 UTC time
    tool: str = f"zkinspector {__version__}"
    version: int = FORMAT_VERSION
    acls: bool = True  # False: exported without ACLs (imports give the importer's default)

    @staticmethod
    def now() -> str:
        """The current time as the header writes it."""
        return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class FileSummary:
    """What :func:`check_file` found: the header and the end line's facts."""

    header: FileHeader
    nodes: int = 0
    ephemerals: int = 0
    data_bytes: int = 0
    unreadable: list[str] = field(default_factory=list)  # source paths the export could not read


def has_hidden_ids(acl: Iterable[ACL]) -> bool:
    """True if digest ids came back hidden ("user:x"): a server gives them so to a client
    without ADMIN permission on the node. Such an ACL cannot be written back as it is
    (nobody's password hashes to "x": it would lock its users out)."""
    return any(a.id.scheme == "digest" and a.id.id.endswith(":x") for a in acl)


def parent_rel(rel: str) -> str:
    """The relative path of a node's parent ("a/b" -> "a", "a" -> "")."""
    return rel.rpartition("/")[0]


# ---------------------------------------------------------------------------
# Lines


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_decode = json.JSONDecoder().decode
_STAT_JSON = ',"stat":{' + ",".join(f'"{name}":%d' for name in _STAT_FIELDS) + "}"


@functools.lru_cache(maxsize=256)
def _acl_json(acl: tuple[ACL, ...]) -> str:
    """An ACL as the file writes it (most nodes share a few ACLs: encoded once each)."""
    return _encode([[a.id.scheme, a.id.id, perms_short(a.perms)] for a in acl])


def record_line(record: NodeRecord) -> str:
    """The JSON line (without its newline) for one node; no "acl" when it is not known."""
    data = record.data
    if data is None:
        data_json = '"data":null'
    else:
        try:
            data_json = '"data":' + _encode(data.decode("utf-8"))
        except UnicodeDecodeError:
            data_json = '"data_base64":"' + base64.b64encode(data).decode("ascii") + '"'
    parts = ['{"path":', _encode(record.path), ",", data_json]
    if record.acl:
        parts += [',"acl":', _acl_json(record.acl)]
    parts.append(',"kind":"ephemeral"' if record.ephemeral else ',"kind":"persistent"')
    if record.container:
        parts.append(',"container":true')
    elif record.ttl is not None:
        parts.append(f',"ttl":{int(record.ttl)}')
    if record.sequential:
        parts.append(',"sequential":true')
    if record.stat is not None:
        parts.append(_STAT_JSON % tuple(record.stat))
    parts.append("}")
    return "".join(parts)


def _header_line(header: FileHeader) -> str:
    return json.dumps(
        {
            "format": FORMAT_NAME,
            "version": header.version,
            "root": header.root,
            "server": header.server,
            "chroot": header.chroot,
            "created": header.created,
            "tool": header.tool,
            "acls": header.acls,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _parse_acl(value: Any, where: Where) -> tuple[ACL, ...]:
    if not isinstance(value, list) or not value:
        raise BadFile(
            translate(
                "zk.transfer_format",
                "{0}: the node has no ACL entry (a list of [scheme, id, perms]).",
            ).format(where)
        )
    key = tuple(tuple(entry) if isinstance(entry, list) else (entry,) for entry in value)
    try:
        return _acl_from_key(key)
    except ValueError as exc:
        raise BadFile(f"{where}: {exc}") from None


@functools.lru_cache(maxsize=256)
def _acl_from_key(key: tuple[tuple[Any, ...], ...]) -> tuple[ACL, ...]:
    """An ACL from its file form (most nodes share a few ACLs: parsed once each)."""
    out = []
    for entry in key:
        if len(entry) != 3 or not all(isinstance(part, str) for part in entry):
            shown = list(entry) if len(entry) != 1 else entry[0]
            raise ValueError(
                translate(
                    "zk.transfer_format", "an ACL entry is not [scheme, id, permissions]: {0}."
                ).format(repr(shown))
            )
        scheme, ident, letters = entry
        out.append(ACL(parse_perms(letters) if letters else 0, Id(scheme, ident)))
    return tuple(out)


def _parse_data(obj: dict[str, Any], where: Where) -> bytes | None:
    if "data_base64" in obj:
        if "data" in obj:
            raise BadFile(
                translate(
                    "zk.transfer_format", '{0}: the node has both "data" and "data_base64".'
                ).format(where)
            )
        text = obj["data_base64"]
        if not isinstance(text, str):
            raise BadFile(
                translate("zk.transfer_format", '{0}: "data_base64" is not a string.').format(where)
            )
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise BadFile(
                translate("zk.transfer_format", '{0}: "data_base64" is not valid base64.').format(
                    where
                )
            ) from None
    if "data" not in obj:
        raise BadFile(
            translate(
                "zk.transfer_format", '{0}: the node has no "data" (or "data_base64").'
            ).format(where)
        )
    text = obj["data"]
    if text is None:
        return None
    if not isinstance(text, str):
        raise BadFile(translate("zk.transfer_format", '{0}: "data" is not a string.').format(where))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadFile(
            translate(
                "zk.transfer_format", '{0}: "data" holds an unpaired surrogate, not text.'
            ).format(where)
        ) from None


def _parse_stat(value: Any) -> ZnodeStat | None:
    if not isinstance(value, dict):
        return None
    try:
        stat = ZnodeStat._make(map(value.__getitem__, _STAT_FIELDS))
    except KeyError:
        return None  # information only: a stat that is not complete is dropped
    return stat if all(type(v) is int for v in stat) else None


def check_rel(rel: str, line: int, *, name_only: bool = False) -> None:
    """Raise BadFile naming ``line`` if ``rel`` is not a valid relative path (only its
    last name is looked at with ``name_only``, when its parent is known to be valid)."""
    try:
        if name_only:
            validate_name(rel.rpartition("/")[2])
        else:
            validate_relative(rel)
    except InvalidPath as exc:
        raise BadFile(
            translate("zk.transfer_format", "Line {0}: invalid path {1}: {2}").format(
                line, repr(rel), exc
            )
        ) from None


def parse_record(
    obj: Any, line: int, *, acls: bool = True, check_path: bool = True, stats: bool = True
) -> NodeRecord:
    """A node line's object as a record. Raises BadFile naming ``line``. Without
    ``acls`` (a file exported without them) a node needs no "acl"; without
    ``check_path`` its path is left to the caller (:func:`check_rel`)."""
    if not isinstance(obj, dict):
        raise BadFile(
            translate("zk.transfer_format", "Line {0} is not a node (a JSON object).").format(line)
        )
    rel = obj.get("path")
    if not isinstance(rel, str):
        raise BadFile(
            translate("zk.transfer_format", 'Line {0}: the node has no "path".').format(line)
        )
    where = Where(line, rel)
    if rel and check_path:
        check_rel(rel, line)
    kind = obj.get("kind", "persistent")
    if kind not in ("persistent", "ephemeral"):
        raise BadFile(
            translate(
                "zk.transfer_format", "{0}: unknown kind {1} (persistent or ephemeral)."
            ).format(where, repr(kind))
        )
    container, ttl = _parse_type(obj, kind == "ephemeral", where)
    return NodeRecord(
        rel,
        _parse_data(obj, where),
        _parse_acl(obj.get("acl"), where) if acls or "acl" in obj else (),
        kind == "ephemeral",
        _parse_stat(obj.get("stat")) if stats else None,
        container,
        ttl,
    )


def _parse_type(obj: dict[str, Any], ephemeral: bool, where: Where) -> tuple[bool, int | None]:
    """(container, ttl) of a node line; raises BadFile naming ``where``."""
    container, ttl = obj.get("container", False), obj.get("ttl")
    if container is not True and container is not False:
        raise BadFile(
            translate("zk.transfer_format", '{0}: "container" is not true or false.').format(where)
        )
    if ttl is not None and (type(ttl) is not int):
        raise BadFile(
            translate(
                "zk.transfer_format", '{0}: "ttl" is not a whole number of milliseconds.'
            ).format(where)
        )
    try:
        check_kind(container=container, ttl=ttl, ephemeral=ephemeral)
    except ValueError as exc:
        raise BadFile(f"{where}: {exc}") from None
    return container, ttl


# ---------------------------------------------------------------------------
# Writing


class ExportWriter:
    """Writes one export file atomically; use it as a context manager.

    The lines go to a temporary file next to ``path`` (mode 0600); :meth:`commit` adds the
    end line, flushes, fsyncs and renames it to ``path`` (replacing a file there). Leaving
    the block without a commit (an error, a cancel) removes the temporary file: nothing
    appears under ``path``. ``compress`` defaults to ``path`` ending in ".gz".
    Raises OSError naming the directory when it cannot be written there.
    """

    def __init__(
        self, path: str | os.PathLike[str], header: FileHeader, *, compress: bool | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.nodes = 0
        self.committed = False
        directory, name = os.path.split(os.path.abspath(self.path))
        try:
            fd, self._temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)
        except OSError as exc:  # said of the folder chosen, not of the temporary name
            raise OSError(exc.errno, exc.strerror, directory) from None
        self._raw: IO[bytes] = os.fdopen(fd, "wb", buffering=1 << 20)
        gz = self.path.endswith(".gz") if compress is None else compress
        self._gzip = (
            gzip.GzipFile(
                fileobj=self._raw, mode="wb", compresslevel=_GZIP_LEVEL, filename="", mtime=0
            )
            if gz
            else None
        )
        self._out: IO[bytes] = self._gzip if self._gzip is not None else self._raw
        self._pending: list[str] = []
        self._line(_header_line(header))

    def __enter__(self) -> ExportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            self.abort()

    def _line(self, text: str) -> None:
        self._pending.append(text)
        if len(self._pending) >= 512:
            self._flush_lines()

    def _flush_lines(self) -> None:
        if self._pending:
            self._pending.append("")
            self._out.write("\n".join(self._pending).encode("utf-8"))
            self._pending = []

    def write(self, record: NodeRecord) -> None:
        """Add one node (parents before their children)."""
        self._line(record_line(record))
        self.nodes += 1

    def commit(self, unreadable: list[str] | None = None) -> None:
        """Write the end line (node count, unreadable source paths), make the file durable
        and put it in place. Raises OSError (the temporary file is then removed)."""
        try:
            end = {"end": True, "nodes": self.nodes, "unreadable": list(unreadable or [])}
            self._line(json.dumps(end, ensure_ascii=False, separators=(",", ":")))
            self._flush_lines()
            if self._gzip is not None:
                self._gzip.close()
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
            os.replace(self._temp, self.path)
            self.committed = True
        except BaseException:
            self.abort()
            raise
        with contextlib.suppress(OSError):  # the rename itself made durable
            dir_fd = os.open(os.path.dirname(os.path.abspath(self.path)), os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def abort(self) -> None:
        """Drop what was written; nothing is left under the chosen name or beside it."""
        self._pending = []
        with contextlib.suppress(Exception):
            if self._gzip is not None:
                self._gzip.close()
        with contextlib.suppress(Exception):
            self._raw.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temp)


# ---------------------------------------------------------------------------
# Reading


class ExportReader:
    """One export file opened for reading; the header is read and checked at once.

    :meth:`records` streams the nodes as ``(line number, NodeRecord)``, checking each
    line and, at the end, the end line; it raises BadFile at the first fault, so a
    caller that must not act on a bad file reads it whole once first (:func:`check_file`).
    Raises BadFile from the constructor for a file that is not an export of a version
    this code reads, OSError when it cannot be opened. Use it as a context manager.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._raw: IO[bytes] = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        try:
            st = os.fstat(self._raw.fileno())
            self.identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
            self.size = st.st_size
            magic = self._raw.read(2)
            self._raw.seek(0)
            self._in: IO[bytes] = (
                gzip.GzipFile(fileobj=self._raw, mode="rb") if magic == _GZIP_MAGIC else self._raw
            )
            self.header = self._read_header()
        except BaseException:
            self.close()
            raise
        self.unreadable: list[str] = []  # from the end line, once records() has finished

    def __enter__(self) -> ExportReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._raw.close()

    @property
    def position(self) -> int:
        """Bytes of the file read so far (compressed bytes for a gzip file)."""
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def changed(self) -> bool:
        """True if the file on disk is no longer the one opened (replaced or modified)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != self.identity

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        number = 0
        try:
            for raw in self._in:
                number += 1
                yield number, raw
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            cut = isinstance(exc, EOFError)
            if cut:
                text = translate(
                    "zk.transfer_format",
                    "The compressed file is cut short after line {0}: it cannot be read whole.",
                )
            else:
                text = translate(
                    "zk.transfer_format",
                    "The compressed file is damaged after line {0}: it cannot be read whole.",
                )
            raise BadFile(text.format(number)) from None

    def _read_header(self) -> FileHeader:
        self._iter = self._lines()
        first = next(self._iter, None)
        name = os.path.basename(self.path)
        not_export = translate(
            "zk.transfer_format",
            "{0} is not a zkinspector export file (its first line is not the header).",
        ).format(name)
        if first is None:
            raise BadFile(
                translate("zk.transfer_format", "{0} is empty: it is not an export file.").format(
                    name
                )
            )
        try:
            obj = json.loads(first[1])
        except (UnicodeDecodeError, ValueError):
            raise BadFile(not_export) from None
        if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME:
            raise BadFile(not_export)
        version = obj.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise BadFile(
                translate(
                    "zk.transfer_format", "Line 1: the header has no valid format version ({0})."
                ).format(repr(version))
            )
        if version > FORMAT_VERSION:
            raise BadFile(
                translate(
                    "zk.transfer_format",
                    "The file is in format version {0}; this zkinspector reads versions up "
                    "to {1}: use a newer zkinspector.",
                ).format(version, FORMAT_VERSION)
            )
        root = obj.get("root")
        if not isinstance(root, str) or not root.startswith("/"):
            raise BadFile(
                translate(
                    "zk.transfer_format", "Line 1: the header's root {0} is not a znode path."
                ).format(repr(root))
            )

        def text(key: str) -> str:
            value = obj.get(key, "")
            return value if isinstance(value, str) else ""

        acls = obj.get("acls", True) is not False
        return FileHeader(
            root, text("server"), text("chroot"), text("created"), text("tool"), version, acls
        )

    def records(
        self,
        *,
        stats: bool = True,
        cancelled: CancelCheck | None = None,
        progress: ProgressFn | None = None,
    ) -> Iterator[tuple[int, NodeRecord]]:
        """Yield ``(line, record)`` for every node, parents before their children.

        Raises BadFile (truncated, garbage, invalid path, duplicate, orphan, count) at
        the first fault, Cancelled once ``cancelled()`` is True. ``progress(nodes, None)``
        every few thousand lines. ``stats`` False leaves records' stats None (they are
        information only: an import does not need them). Call it once per reader.
        """
        seen: set[int] = set()
        count = 0
        last = 1
        ended = False
        for number, raw in self._iter:
            last = number
            if ended:
                if raw.strip():
                    raise BadFile(
                        translate(
                            "zk.transfer_format",
                            "Line {0} follows the end line: the file was changed after export.",
                        ).format(number)
                    )
                continue
            if not raw.endswith(b"\n"):
                raise BadFile(
                    translate(
                        "zk.transfer_format",
                        "The file is cut short in line {0} (it has no end line).",
                    ).format(number)
                )
            try:
                obj = _decode(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise BadFile(
                    translate("zk.transfer_format", "Line {0} is not UTF-8 text.").format(number)
                ) from None
            except ValueError:
                raise BadFile(
                    translate("zk.transfer_format", "Line {0} is not valid JSON.").format(number)
                ) from None
            if isinstance(obj, dict) and obj.get("end") is True:
                self._check_end(obj, number, count)
                ended = True
                continue
            record = parse_record(obj, number, acls=self.header.acls, check_path=False, stats=stats)
            rel = record.path
            parent = parent_rel(rel)
            parent_known = bool(rel) and count > 0 and hash(parent) in seen
            if rel:  # under a valid parent only the new name needs a look
                check_rel(rel, number, name_only=parent_known and bool(parent or "/" not in rel))
            key = hash(rel)
            if key in seen:
                raise BadFile(
                    translate(
                        "zk.transfer_format", "Line {0}: the path {1} appears a second time."
                    ).format(number, repr(rel))
                )
            if count == 0:
                if rel != "":
                    raise BadFile(
                        translate(
                            "zk.transfer_format",
                            'Line {0}: the first node must be the exported root (path "").',
                        ).format(number)
                    )
            elif not parent_known:
                raise BadFile(
                    translate(
                        "zk.transfer_format",
                        "Line {0}: {1} comes before its parent (or its parent is missing).",
                    ).format(number, repr(rel))
                )
            seen.add(key)
            count += 1
            if count % _PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(count, None)
            yield number, record
        if not ended:
            raise BadFile(
                translate(
                    "zk.transfer_format",
                    "The file ends after line {0} without its end line: it is truncated.",
                ).format(last)
            )
        if progress is not None:
            progress(count, count)

    def _check_end(self, obj: dict[str, Any], number: int, count: int) -> None:
        nodes = obj.get("nodes")
        if nodes != count:
            raise BadFile(
                translate(
                    "zk.transfer_format",
                    "Line {0}: the end line counts {1} nodes but the file holds {2}.",
                ).format(number, repr(nodes), count)
            )
        unreadable = obj.get("unreadable", [])
        if isinstance(unreadable, list):
            self.unreadable = [p for p in unreadable if isinstance(p, str)]


def check_file(
    path: str | os.PathLike[str],
    *,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
) -> FileSummary:
    """Read a whole export file and check it; return what it holds.

    Raises BadFile with one sentence naming the line, OSError when it cannot be read,
    Cancelled.
    """
    with ExportReader(path) as reader:
        summary = FileSummary(reader.header)
        for _line, record in reader.records(cancelled=cancelled, progress=progress):
            summary.nodes += 1
            summary.ephemerals += record.ephemeral
            summary.data_bytes += len(record.data or b"")
        summary.unreadable = reader.unreadable
    return summary
