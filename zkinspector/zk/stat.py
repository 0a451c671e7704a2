"""Znode stat display: rows for the stat view, session ids, node kinds.

Pure functions, no I/O, no Qt. ``stat`` is kazoo's ``ZnodeStat`` (or anything with the
same attributes).

What a stat cannot tell: ZooKeeper (3.5+) marks container and TTL nodes in the
ephemeralOwner it stores, but reports 0 to clients for them, as for any persistent node
(checked against a real server in tests/server/test_stat_kinds.py). So a node whose
ephemeralOwner is 0 is "persistent" here, meaning "not ephemeral: persistent, container
or TTL", and the texts say that the server does not tell these apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .codec import format_size
from .paths import is_sequential_name
from .texts import translate

__all__ = ["not_ephemeral_note", "STAT_FIELDS", "node_kind", "session_id_hex", "stat_rows"]

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


def not_ephemeral_note() -> str:
    """What ephemeralOwner 0 says, and what it cannot say."""
    return translate(
        "zk.stat",
        "No session owns this node. The server reports persistent, container and TTL nodes "
        "alike (ephemeralOwner 0), so which of the three it is cannot be told.",
    )


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


def node_kind(stat, name: str) -> str:
    """ "ephemeral", "ephemeral sequential", "persistent sequential" or "persistent".

    Ephemeral: a session owns the node (ephemeralOwner not 0). "Persistent" means not
    ephemeral, container and TTL nodes included (see the module's note). Sequential is
    read from the name (a 10-digit counter suffix).
    """
    kind = "ephemeral" if stat.ephemeralOwner else "persistent"
    return f"{kind} sequential" if is_sequential_name(name) else kind


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
    if owner == 0:
        return (translate("zk.stat", "0 (persistent, container or TTL)"), not_ephemeral_note())
    return (
        session_id_hex(owner),
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
    or "0 (persistent, container or TTL)", dataLength in bytes, counts as plain integers.
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
