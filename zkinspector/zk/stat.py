"""Znode stat display: rows for the stat view, session ids, node kinds.

Pure functions, no I/O, no Qt. ``stat`` is kazoo's ``ZnodeStat`` (or anything with the
same attributes).
"""

from __future__ import annotations

from datetime import UTC, datetime

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

_TOOLTIPS = {
    "czxid": "Transaction id that created the node",
    "mzxid": "Transaction id that last changed the node's data",
    "pzxid": "Transaction id that last changed the node's children",
    "version": "Number of changes to the node's data",
    "cversion": "Number of changes to the node's children",
    "aversion": "Number of changes to the node's ACL",
    "numChildren": "Number of children",
}


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
        return f"{ms} ms since the epoch"
    iso = utc.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms % 1000:03d}"
    return f"{ms} ms since the epoch ({iso} UTC)"


def _zxid_tooltip(zxid: int) -> str:
    zxid &= _U64
    return f"{zxid} (epoch {zxid >> 32}, counter {zxid & 0xFFFFFFFF})"


def _owner_row(owner: int) -> tuple[str, str]:
    kind, ttl = _owner_type(owner)
    raw = session_id_hex(owner)
    if kind == "persistent":
        return ("0 (persistent)", "Not ephemeral: no session owns this node")
    if kind == "container":
        return (f"{raw} (container)", "A container node: the server deletes it once empty")
    if kind == "ttl":
        return (f"{raw} (TTL {ttl} ms)", f"A TTL node: deleted once empty for {ttl} ms")
    return (raw, f"Session that owns this ephemeral node ({owner & _U64} in decimal)")


def _size_text(n: int) -> str:
    unit = "byte" if n == 1 else "bytes"
    return f"{n} {unit}" if n < 1024 else f"{n} {unit} ({format_size(n)})"


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
            tip = f"{_TOOLTIPS[field]}: {_zxid_tooltip(value)}"
        elif field in ("ctime", "mtime"):
            text = _format_time(value)
            what = "Created" if field == "ctime" else "Last modified"
            tip = f"{what} (local time): {_time_tooltip(value)}"
        elif field == "ephemeralOwner":
            text, tip = _owner_row(value)
        elif field == "dataLength":
            text = _size_text(value)
            tip = f"Size of the node's data: {value} bytes"
        else:
            text = str(value)
            tip = _TOOLTIPS[field]
        rows.append((field, text, tip))
    return rows
