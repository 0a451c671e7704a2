"""Znode stat display: rows for the stat view, session ids, node kinds.

Pure functions, no I/O, no Qt. ``stat`` is kazoo's ``ZnodeStat`` (or anything with the
same attributes).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from zkinspector.zk.codec import format_size
from zkinspector.zk.paths import is_sequential_name

__all__ = ["STAT_FIELDS", "node_kind", "session_id_hex", "stat_rows"]

STAT_FIELDS: tuple[str, ...] = (
    "czxid",
    "mzxid",
    "pzxid",
    "ctime",
    "mtime",
    "version",
    "cversion",
    "aversion",
    "ephemeralOwner",
    "dataLength",
    "numChildren",
)

_U64 = (1 << 64) - 1
# ZooKeeper's EphemeralType encoding of ephemeralOwner (server/EphemeralType.java).
_CONTAINER_OWNER = 1 << 63  # Long.MIN_VALUE
_EXTENDED_MASK = 0xFF00_0000_0000_0000
_EXTENDED_TYPE_MASK = 0x00FF_FF00_0000_0000
_TTL_MASK = 0x0000_00FF_FFFF_FFFF

translate = QCoreApplication.translate


def _tooltip(field: str) -> str:
    return {
        "czxid": translate("zk.stat", "Transaction id that created the node"),
        "mzxid": translate("zk.stat", "Transaction id that last changed the node's data"),
        "pzxid": translate("zk.stat", "Transaction id that last changed the node's children"),
        "version": translate("zk.stat", "Number of changes to the node's data"),
        "cversion": translate("zk.stat", "Number of changes to the node's children"),
        "aversion": translate("zk.stat", "Number of changes to the node's ACL"),
        "numChildren": translate("zk.stat", "Number of children"),
    }[field]


def session_id_hex(sid: int) -> str:
    """A session id as ZooKeeper prints it: "0x100007f2a3b0000" (64-bit, unsigned)."""
    return f"0x{sid & _U64:x}"


def _owner_type(owner: int) -> tuple[str, int]:
    """("persistent" | "ephemeral" | "container" | "ttl", ttl_ms) for an ephemeralOwner."""
    owner &= _U64
    if owner == 0:
        return ("persistent", 0)
    if owner == _CONTAINER_OWNER:
        return ("container", 0)
    if owner & _EXTENDED_MASK == _EXTENDED_MASK and owner & _EXTENDED_TYPE_MASK == 0:
        return ("ttl", owner & _TTL_MASK)
    return ("ephemeral", 0)


def node_kind(stat, name: str) -> str:
    """ "ephemeral", "ephemeral sequential", "persistent sequential" or "persistent".

    Sequential is read from the name (a 10-digit counter suffix). Container and TTL nodes,
    which ZooKeeper marks in ephemeralOwner, give "container" and "persistent with TTL"
    (or "persistent sequential with TTL").
    """
    kind, _ = _owner_type(stat.ephemeralOwner)
    sequential = is_sequential_name(name)
    if kind == "container":
        return "container"
    if kind == "ttl":
        return "persistent sequential with TTL" if sequential else "persistent with TTL"
    return f"{kind} sequential" if sequential else kind


def _format_time(ms: int) -> str:
    try:
        moment = datetime.fromtimestamp(ms // 1000).replace(microsecond=(ms % 1000) * 1000)
    except (OverflowError, OSError, ValueError):
        return str(ms)
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms % 1000:03d}"


def _time_tooltip(ms: int) -> str:
    try:
        utc = datetime.fromtimestamp(ms // 1000, UTC).replace(microsecond=(ms % 1000) * 1000)
    except (OverflowError, OSError, ValueError):
        return translate("zk.stat", "{0} ms since the epoch").format(ms)
    iso = utc.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms % 1000:03d}"
    return translate("zk.stat", "{0} ms since the epoch ({1} UTC)").format(ms, iso)


def _zxid_tooltip(zxid: int) -> str:
    zxid &= _U64
    return translate("zk.stat", "{0} (epoch {1}, counter {2})").format(
        zxid, zxid >> 32, zxid & 0xFFFFFFFF
    )


def _owner_row(owner: int) -> tuple[str, str]:
    kind, ttl = _owner_type(owner)
    raw = session_id_hex(owner)
    if kind == "persistent":
        return (
            translate("zk.stat", "0 (persistent)"),
            translate("zk.stat", "Not ephemeral: no session owns this node"),
        )
    if kind == "container":
        return (
            translate("zk.stat", "{0} (container)").format(raw),
            translate("zk.stat", "A container node: the server deletes it once empty"),
        )
    if kind == "ttl":
        return (
            translate("zk.stat", "{0} (TTL {1} ms)").format(raw, ttl),
            translate("zk.stat", "A TTL node: deleted once empty for {0} ms").format(ttl),
        )
    return (
        raw,
        translate("zk.stat", "Session that owns this ephemeral node ({0} in decimal)").format(
            owner & _U64
        ),
    )


def _size_text(n: int) -> str:
    # Two forms rather than a numerus message: zk/ also runs with no catalogue installed
    # (the command line, the tests), where "%n byte(s)" would show as it is.
    if n == 1:
        return translate("zk.stat", "1 byte")
    text = translate("zk.stat", "{0} bytes").format(n)
    return text if n < 1024 else f"{text} ({format_size(n)})"


def stat_rows(stat) -> list[tuple[str, str, str]]:
    """(field name, display text, tooltip) for each of STAT_FIELDS, in that order.

    zxids in hex, times as local "YYYY-MM-DD HH:MM:SS.mmm", ephemeralOwner as a session id
    or "0 (persistent)", dataLength in bytes, counts as plain integers.
    """
    rows: list[tuple[str, str, str]] = []
    for field in STAT_FIELDS:
        value = getattr(stat, field)
        if field in ("czxid", "mzxid", "pzxid"):
            text = f"0x{value & _U64:x}"
            tip = f"{_tooltip(field)}: {_zxid_tooltip(value)}"
        elif field in ("ctime", "mtime"):
            text = _format_time(value)
            if field == "ctime":
                tip = translate("zk.stat", "Created (local time): {0}")
            else:
                tip = translate("zk.stat", "Last modified (local time): {0}")
            tip = tip.format(_time_tooltip(value))
        elif field == "ephemeralOwner":
            text, tip = _owner_row(value)
        elif field == "dataLength":
            text = _size_text(value)
            tip = translate("zk.stat", "Size of the node's data: {0}").format(_size_text(value))
        else:
            text = str(value)
            tip = _tooltip(field)
        rows.append((field, text, tip))
    return rows
