"""Znode path rules: validation, joining, splitting and natural sorting.

The validation follows ZooKeeper's ``PathUtils.validatePath``. ZooKeeper works on Java
(UTF-16) strings, so a character outside the Basic Multilingual Plane (an emoji, say)
reaches the server as a surrogate pair, which the server rejects: it is rejected here too.
Pure functions, no I/O; messages go through Qt's translation (QtCore only).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .texts import translate

__all__ = [
    "InvalidPath",
    "SEQUENCE_DIGITS",
    "ancestors",
    "basename",
    "child_prefix",
    "dirname",
    "disjoint_roots",
    "is_ancestor",
    "is_reserved",
    "is_sequential_name",
    "join",
    "natural_key",
    "natural_sorted",
    "normalize_root",
    "split",
    "validate_name",
    "validate_path",
    "validate_relative",
]

SEQUENCE_DIGITS = 10
"""Width of the counter ZooKeeper appends to a sequential node's name (``%010d``)."""

RESERVED_ROOT = "/zookeeper"

# Characters ZooKeeper refuses in a path (NUL included), plus every character outside the
# BMP, which Java sees as a surrogate pair (the surrogates fall in \ud800-\uf8ff).
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\uf8ff\ufff0-\uffff\U00010000-\U0010ffff]")
_split_digits = re.compile(r"([0-9]+)").split
_MAX_CHR = 0x10FFFF


class InvalidPath(ValueError):
    """A znode name or path that ZooKeeper would refuse; ``str(e)`` is a sentence for a user."""


def _describe_char(ch: str) -> str:
    code = ord(ch)
    if code == 0:
        return translate("zk.paths", "a NUL character (U+0000)")
    if code <= 0x1F or 0x7F <= code <= 0x9F:
        return translate("zk.paths", "a control character (U+{0})").format(f"{code:04X}")
    if code > 0xFFFF:
        return translate(
            "zk.paths", "a character outside the Basic Multilingual Plane ({0}, U+{1})"
        ).format(repr(ch), f"{code:X}")
    if 0xD800 <= code <= 0xDFFF:
        return translate("zk.paths", "an unpaired surrogate (U+{0})").format(f"{code:04X}")
    if 0xE000 <= code <= 0xF8FF:
        return translate("zk.paths", "a private-use character (U+{0})").format(f"{code:04X}")
    return translate("zk.paths", "the character U+{0}").format(f"{code:04X}")


def _check_chars(text: str, is_path: bool) -> None:
    match = _FORBIDDEN.search(text)
    if match is not None:
        what = _describe_char(match.group())
        if is_path:
            message = translate(
                "zk.paths", "A path cannot contain {0}; ZooKeeper does not allow it."
            )
        else:
            message = translate(
                "zk.paths", "A node name cannot contain {0}; ZooKeeper does not allow it."
            )
        raise InvalidPath(message.format(what))


def validate_name(name: str) -> None:
    """Check one node name (a single path segment).

    Raises InvalidPath if it is empty, contains "/", is "." or "..", or contains a
    character ZooKeeper refuses.
    """
    if not isinstance(name, str):
        raise InvalidPath(translate("zk.paths", "A node name must be text."))
    if not name:
        raise InvalidPath(translate("zk.paths", "A node name cannot be empty."))
    if "/" in name:
        raise InvalidPath(translate("zk.paths", 'A node name cannot contain "/".'))
    if name in (".", ".."):
        raise InvalidPath(translate("zk.paths", 'A node name cannot be "{0}".').format(name))
    _check_chars(name, is_path=False)


def validate_path(path: str) -> None:
    """Check an absolute znode path such as "/a/b".

    Raises InvalidPath if it does not start with "/", ends with "/" (except the root "/"),
    has an empty, "." or ".." segment, or contains a character ZooKeeper refuses.
    """
    if not isinstance(path, str):
        raise InvalidPath(translate("zk.paths", "A path must be text."))
    if not path:
        raise InvalidPath(translate("zk.paths", "The path is empty; a path starts with /."))
    if path[0] != "/":
        raise InvalidPath(translate("zk.paths", 'The path "{0}" must start with "/".').format(path))
    if path == "/":
        return
    if path[-1] == "/":
        raise InvalidPath(translate("zk.paths", 'The path "{0}" cannot end with "/".').format(path))
    if "//" in path:
        raise InvalidPath(
            translate("zk.paths", 'The path "{0}" has an empty node name ("//").').format(path)
        )
    for segment in path[1:].split("/"):
        if segment in (".", ".."):
            raise InvalidPath(
                translate(
                    "zk.paths",
                    'The path "{0}" cannot contain a "{1}" node name; '
                    "ZooKeeper paths are always absolute.",
                ).format(path, segment)
            )
    _check_chars(path, is_path=True)


def validate_relative(rel: str) -> list[str]:
    """Split a relative path "a/b/c" into its names ["a", "b", "c"], validating each.

    Raises InvalidPath if it is empty, starts or ends with "/", or any name is invalid.
    """
    if not isinstance(rel, str):
        raise InvalidPath(translate("zk.paths", "A node name must be text."))
    if not rel:
        raise InvalidPath(translate("zk.paths", "A node name cannot be empty."))
    if rel.startswith("/"):
        raise InvalidPath(
            translate(
                "zk.paths", '"{0}" cannot start with "/": give a name relative to the parent.'
            ).format(rel)
        )
    if rel.endswith("/"):
        raise InvalidPath(translate("zk.paths", '"{0}" cannot end with "/".').format(rel))
    names = rel.split("/")
    for name in names:
        if not name:
            raise InvalidPath(
                translate("zk.paths", '"{0}" has an empty node name ("//").').format(rel)
            )
        validate_name(name)
    return names


def is_reserved(path: str) -> bool:
    """True for "/zookeeper" and anything under it (the server's own subtree)."""
    return path == RESERVED_ROOT or path.startswith(RESERVED_ROOT + "/")


def join(parent: str, *names: str) -> str:
    """Append node names to an absolute parent path: join("/", "a") == "/a".

    Each name is validated; raises InvalidPath for an invalid name. The parent is not
    validated (it normally comes from the tree).
    """
    for name in names:
        validate_name(name)
    if not names:
        return parent
    tail = "/".join(names)
    if parent.endswith("/"):
        return parent + tail
    return parent + "/" + tail


def split(path: str) -> tuple[str, str]:
    """Split an absolute path into (parent, name): "/a/b" -> ("/a", "b"), "/" -> ("/", "")."""
    if path == "/":
        return ("/", "")
    head, _, tail = path.rpartition("/")
    return (head or "/", tail)


def basename(path: str) -> str:
    """The last name of a path; "" for the root."""
    return split(path)[1]


def dirname(path: str) -> str:
    """The parent of a path; the root's parent is "/"."""
    return split(path)[0]


def ancestors(path: str) -> list[str]:
    """Strict ancestors of a path, root first: "/a/b/c" -> ["/", "/a", "/a/b"]."""
    if path == "/" or not path.startswith("/"):
        return []
    result = ["/"]
    parts = path[1:].split("/")
    current = ""
    for part in parts[:-1]:
        current += "/" + part
        result.append(current)
    return result


def child_prefix(path: str) -> str:
    """What a node's children's paths start with: "/a" -> "/a/", "/" -> "/"."""
    return path if path.endswith("/") else path + "/"


def normalize_root(path: str) -> str:
    """An absolute path without trailing slashes ("/a/" -> "/a"), as the walkers take a root.

    Raises ValueError for anything that is not a string starting with "/".
    """
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"not an absolute znode path: {path!r}")
    return path.rstrip("/") or "/"


def disjoint_roots(roots: Iterable[str]) -> list[str]:
    """Roots without duplicates and without those lying under another root (order kept)."""
    unique = list(dict.fromkeys(roots))
    kept = set(unique)
    return [p for p in unique if not any(a in kept for a in ancestors(p))]


def is_ancestor(a: str, b: str) -> bool:
    """True if path a is a strict ancestor of path b ("/a" of "/a/b", not of "/ab")."""
    if a == b:
        return False
    if a == "/":
        return b.startswith("/")
    return b.startswith(a + "/")


def natural_key(name: str) -> tuple[str, str]:
    """Sort key that orders digit runs by value: "n2" < "n10", "p_0000000009" < "p_0000000010".

    Letters compare case-insensitively; ties (case, leading zeros) are broken by the raw
    string, so the order is total and deterministic. Cheap enough to sort 100,000 names.
    """
    parts = _split_digits(name.casefold())
    if len(parts) == 1:
        return (parts[0], name)
    # re.split with a group puts the digit runs at the odd indexes. Each run becomes one
    # character holding its count of significant digits, then those digits: comparing two
    # encoded runs compares their integer values, and the key stays one flat string.
    for i in range(1, len(parts), 2):
        digits = parts[i].lstrip("0")
        parts[i] = chr(min(len(digits), _MAX_CHR)) + digits
    return ("".join(parts), name)


def natural_position(names: list[str], name: str) -> int:
    """Where ``name`` is, or would go, in ``names`` (a list in natural_key order)."""
    return bisect.bisect_left(names, natural_key(name), key=natural_key)


def natural_sorted(names: Iterable[str]) -> list[str]:
    """Names sorted by natural_key."""
    return sorted(names, key=natural_key)


def is_sequential_name(name: str) -> bool:
    """True if the name ends with a 10-digit counter, as ZooKeeper's sequential nodes do.

    The prefix may itself end in digits ("n1" + "0000000007"), so only the last ten
    characters are checked.
    """
    if len(name) < SEQUENCE_DIGITS:
        return False
    tail = name[-SEQUENCE_DIGITS:]
    return tail.isascii() and tail.isdigit()
