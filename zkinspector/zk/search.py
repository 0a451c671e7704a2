"""Search a subtree by name, path, data and node type, on top of the pipelined walker.

``search()`` walks the subtree with :func:`zkinspector.zk.walk.walk` (multi-read batches,
cancellable, with progress) and yields a :class:`SearchHit` for every node that matches
the :class:`SearchCriteria`. Data is only fetched when the criteria look at it.

How the text is read:

- Plain text (no wildcard, not a regex) matches anywhere: in the name, the path or the
  data (``lock`` finds ``/app/locks/lock-0000000001``).
- With a wildcard it is a glob that must match the whole name, or the path: ``*`` is any
  run of characters within one path segment, ``**`` any run across segments, ``?`` one
  character, ``[abc]`` / ``[!abc]`` a set. A path glob starting with ``/`` matches the
  whole path; otherwise it matches the path's last segments (``brokers/*/state``).
- A regex is searched (``re.search``) in the name, the path or the data.
- Data that is valid UTF-8 is matched as text. Other data is matched byte for byte:
  plain text by its UTF-8 bytes, a regex with each byte read as one character
  (``\\x00`` finds a zero byte).

Matching ignores case unless ``case_sensitive``. Blocking: call it on a worker thread.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from kazoo.protocol.states import ZnodeStat

from . import paths
from .helper import HANDOFF_AFTER, Helper, helper_settings
from .stat import node_kind
from .texts import translate
from .walk import GO_ON, HAND_OVER, HOLD, WINDOW, CancelCheck, ProgressFn, walk, walk_nodes

__all__ = [
    "FIELDS",
    "FIELD_DATA",
    "FIELD_NAME",
    "FIELD_PATH",
    "InvalidPattern",
    "KINDS",
    "KIND_ANY",
    "KIND_EPHEMERAL",
    "KIND_PERSISTENT",
    "KIND_SEQUENTIAL",
    "SearchCriteria",
    "SearchHit",
    "compile_criteria",
    "search",
    "search_groups",
]

FIELD_NAME, FIELD_PATH, FIELD_DATA = "name", "path", "data"
FIELDS = (FIELD_NAME, FIELD_PATH, FIELD_DATA)
KIND_ANY, KIND_PERSISTENT, KIND_EPHEMERAL, KIND_SEQUENTIAL = (
    "any",
    "persistent",
    "ephemeral",
    "sequential",
)
KINDS = (KIND_ANY, KIND_PERSISTENT, KIND_EPHEMERAL, KIND_SEQUENTIAL)

_WILDCARDS = frozenset("*?[")

#: A search that knows of this many nodes it has not visited starts a helper at once.
HELPER_NODES = 50_000


class InvalidPattern(ValueError):
    """The search text is not a valid regex or glob, or the root is not a valid path.

    ``str(e)`` is a sentence for the user.
    """


@dataclass(frozen=True)
class SearchCriteria:
    """What to look for, and where. An empty ``text`` matches every node (of ``kind``).

    ``owner``, a session id, keeps only the ephemeral nodes that session owns.
    """

    root: str = "/"
    text: str = ""
    field: str = FIELD_NAME
    regex: bool = False
    case_sensitive: bool = False
    kind: str = KIND_ANY
    owner: int | None = None


class SearchHit(NamedTuple):
    """One matching node: its path, kind ("persistent", "ephemeral sequential"...) and
    data size in bytes. (A tuple subclass stays tracked by Python's cycle collector:
    what keeps many of them turns them into plain tuples, see models/search.py.)
    """

    path: str
    kind: str
    size: int


Matcher = Callable[[str, str, ZnodeStat, "bytes | None"], bool]
"""``match(path, name, stat, data)``."""


# ---------------------------------------------------------------------------
# Patterns


def has_wildcards(text: str) -> bool:
    """True if ``text`` holds a glob wildcard (``*``, ``?`` or ``[``)."""
    return any(ch in _WILDCARDS for ch in text)


def glob_to_regex(pattern: str, *, segments: bool) -> str:
    """The regex source for a glob, unanchored.

    With ``segments`` (paths) ``*`` and ``?`` stop at ``/`` and ``**`` crosses it; without
    (names) ``*`` is any run. An unclosed ``[`` is a literal, as in fnmatch.
    """
    out: list[str] = []
    one = "[^/]" if segments else "."
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        i += 1
        if ch == "*":
            if segments and i < n and pattern[i] == "*":
                while i < n and pattern[i] == "*":
                    i += 1
                if i < n and pattern[i] == "/":  # "**/" : zero or more whole segments
                    i += 1
                    out.append("(?:.*/)?")
                else:
                    out.append(".*")
            else:
                out.append(one + "*")
        elif ch == "?":
            out.append(one)
        elif ch == "[":
            j = i
            if j < n and pattern[j] in "!^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:
                out.append(re.escape("["))
                continue
            body = pattern[i:j]
            i = j + 1
            negate = body[:1] in ("!", "^")
            if negate:
                body = body[1:]
            body = body.replace("\\", "\\\\")
            if body[:1] == "^":
                body = "\\" + body
            out.append(f"[{'^' if negate else ''}{body}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _compile(source: str, flags: int, regex: bool) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        if regex and exc.pos is not None:
            text = translate("zk.search", "Invalid regular expression: {0} at position {1}.")
        elif regex:
            text = translate("zk.search", "Invalid regular expression: {0}.")
        elif exc.pos is not None:
            text = translate("zk.search", "Invalid pattern: {0} at position {1}.")
        else:
            text = translate("zk.search", "Invalid pattern: {0}.")
        raise InvalidPattern(text.format(exc.msg, exc.pos)) from exc


def _text_matcher(criteria: SearchCriteria) -> Callable[[str], bool]:
    """A test on a name or a path."""
    text = criteria.text
    flags = 0 if criteria.case_sensitive else re.IGNORECASE
    if criteria.regex:
        return _compile(text, flags, regex=True).search  # type: ignore[return-value]
    if not has_wildcards(text):
        if criteria.case_sensitive:
            return lambda s: text in s
        folded = text.casefold()
        return lambda s: folded in s.casefold()
    if criteria.field == FIELD_NAME:
        if "/" in text:
            raise InvalidPattern(
                translate("zk.search", "A name cannot contain '/': search the Path field instead.")
            )
        source = f"(?s:{glob_to_regex(text, segments=False)})\\Z"
        return _compile(source, flags, regex=False).match  # type: ignore[return-value]
    body = glob_to_regex(text, segments=True)
    source = f"{body}\\Z" if text.startswith("/") else f"(?:^|(?<=/)){body}\\Z"
    return _compile(source, flags, regex=False).search  # type: ignore[return-value]


def _data_matcher(criteria: SearchCriteria) -> Callable[[bytes | None], bool]:
    """A test on a node's data: UTF-8 text as text, anything else byte for byte."""
    text = criteria.text
    sensitive = criteria.case_sensitive
    if criteria.regex:
        rx = _compile(text, 0 if sensitive else re.IGNORECASE, "regular expression")

        def match_regex(data: bytes | None) -> bool:
            if data is None:
                return False
            try:
                decoded = data.decode("utf-8")
            except UnicodeDecodeError:
                decoded = data.decode("latin-1")  # one character per byte
            return rx.search(decoded) is not None

        return match_regex

    needle = text if sensitive else text.casefold()
    raw = text.encode("utf-8")
    raw_lower = raw.lower()

    def match_text(data: bytes | None) -> bool:
        if data is None:
            return False
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            return raw in data if sensitive else raw_lower in data.lower()
        return needle in (decoded if sensitive else decoded.casefold())

    return match_text


def _kind_matcher(kind: str) -> Callable[[str], bool] | None:
    if kind == KIND_ANY:
        return None
    if kind == KIND_EPHEMERAL:
        return lambda k: k.startswith("ephemeral")
    if kind == KIND_PERSISTENT:
        return lambda k: not k.startswith("ephemeral")
    if kind == KIND_SEQUENTIAL:
        return lambda k: "sequential" in k
    raise InvalidPattern(translate("zk.search", "Unknown node type {0!r}.").format(kind))


def compile_criteria(criteria: SearchCriteria) -> tuple[Matcher, bool]:
    """Check ``criteria`` and build its test; also tell whether it needs the nodes' data.

    Raises InvalidPattern (a sentence for the user) for a bad regex or glob, a relative
    or otherwise invalid root, or an unknown field or kind.
    """
    try:
        paths.validate_path(criteria.root)
    except paths.InvalidPath as exc:
        raise InvalidPattern(str(exc)) from exc
    if criteria.field not in FIELDS:
        raise InvalidPattern(
            translate("zk.search", "Unknown search field {0!r}.").format(criteria.field)
        )
    kind_ok = _kind_matcher(criteria.kind)
    field = criteria.field
    text_ok: Callable[[str], Any] | None = None
    data_ok: Callable[[bytes | None], bool] | None = None
    if criteria.text:
        if field == FIELD_DATA:
            data_ok = _data_matcher(criteria)
        else:
            text_ok = _text_matcher(criteria)
    by_name = field == FIELD_NAME
    owner = criteria.owner

    def match(path: str, name: str, stat: ZnodeStat, data: bytes | None) -> bool:
        if owner is not None and stat.ephemeralOwner != owner:
            return False
        if text_ok is not None and not text_ok(name if by_name else path):
            return False
        if data_ok is not None and not data_ok(data):
            return False
        return kind_ok is None or kind_ok(node_kind(stat, name))

    return match, data_ok is not None


# ---------------------------------------------------------------------------
# Searching


def _hits(
    items: Iterator[tuple[str, ZnodeStat | None, bytes | None]], match: Matcher
) -> Iterator[tuple[str, str, int]]:
    """(path, kind, size) of the walked nodes ``(path, stat, data)`` that match."""
    for path, stat, data in items:
        if stat is None:
            continue
        name = path.rpartition("/")[2]  # the root has no name
        if match(path, name, stat, data):
            yield path, node_kind(stat, name), stat.dataLength


def search_groups(
    client: Any,
    criteria: SearchCriteria,
    groups: list[tuple[str, int, list[str]]],
    *,
    progress: ProgressFn | None = None,
) -> Iterator[tuple[str, str, int]]:
    """The rest of a search handed over (``walk_nodes``' groups): (path, kind, size) of
    each match. What a helper process runs (zk/helper.py, which lists the nodes whose
    children were handed over whole again, rather than take a million names)."""
    match, want_data = compile_criteria(criteria)
    items = walk_nodes(client, [], groups=groups, data=want_data, stat=True, progress=progress)
    return _hits(((path, stat, data) for path, _d, stat, data, _k in items), match)


def search(
    client: Any,
    criteria: SearchCriteria,
    *,
    window: int = WINDOW,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    helper_after: float | None = HANDOFF_AFTER,
) -> Iterator[SearchHit]:
    """Walk ``criteria.root`` and its subtree; yield a SearchHit per matching node.

    Breadth-first (parents before children), as the walker yields. ``progress(done,
    total)`` after each batch of visited nodes (total from the server when it can tell).
    The root itself is a candidate. Unreadable data (NoAuth) never matches a data search.
    A search still running after ``helper_after`` seconds, or that knows of
    HELPER_NODES nodes it has not visited, hands the rest of its walk to a helper process
    when it can (zk/helper.py; None: never).

    Raises InvalidPattern before any request, NoNodeError if the root does not exist,
    Cancelled soon after ``cancelled()`` turns True, kazoo's connection errors, and
    HelperFailed when a helper stops before the end.
    """
    match, want_data = compile_criteria(criteria)
    settings = helper_settings(client) if helper_after is not None else None
    started = time.monotonic()
    helper: Helper | None = None
    here = [0, None]  # nodes visited here, the server's count of the subtree

    def handoff(waiting: int, idle: bool) -> str:
        nonlocal helper, settings
        if settings is None:
            return GO_ON
        if helper is None:
            if waiting < HELPER_NODES and time.monotonic() - started < (helper_after or 0.0):
                return GO_ON
            helper = Helper(settings)
            if not helper.start():
                settings = None
                return GO_ON
        if helper.wait_ready(cancelled=cancelled) if idle else helper.ready():
            return HAND_OVER
        if helper.proc is None:
            settings = None  # it failed: the walk goes on here
            return GO_ON
        # Many nodes known and not visited: list none of them here while it starts.
        return HOLD if waiting >= HELPER_NODES else GO_ON

    def report(done: int, total: int | None) -> None:
        here[0], here[1] = done, total if total is not None else here[1]
        if progress is not None:
            progress(done, here[1])

    rest: list[tuple[str, int, list[str], bool]] = []
    try:
        items = walk(
            client,
            criteria.root,
            data=want_data,
            stats=True,
            window=window,
            cancelled=cancelled,
            progress=report,
            handoff=handoff,
            rest=rest,
        )
        for hit in _hits(((i.path, i.stat, i.data) for i in items), match):
            yield SearchHit(*hit)
        if rest and helper is not None:

            def helper_progress(done: int, total: int | None) -> None:
                if progress is not None:
                    progress(here[0] + done, here[1])

            for hit in helper.search(
                asdict(criteria), rest, cancelled=cancelled, progress=helper_progress
            ):
                yield SearchHit(*hit)
    finally:
        if helper is not None:
            helper.close()
