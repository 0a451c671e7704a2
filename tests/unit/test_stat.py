"""Stat display rows, session ids and node kinds."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st
from kazoo.protocol.states import ZnodeStat

import tests.hypothesis_profiles  # noqa: F401
from zkinspector.zk import stat as zstat

CTIME = 1764000192345
STAT = ZnodeStat(
    czxid=0x100000002,
    mzxid=0x100000005,
    ctime=CTIME,
    mtime=CTIME + 654,
    version=3,
    cversion=1,
    aversion=0,
    ephemeralOwner=0x100007F2A3B0000,
    dataLength=1536,
    numChildren=2,
    pzxid=0x100000007,
)


def _local(ms: int) -> str:
    moment = datetime.fromtimestamp(ms // 1000)
    return moment.strftime("%Y-%m-%d %H:%M:%S") + f".{ms % 1000:03d}"


def test_fields():
    assert zstat.STAT_FIELDS == (
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


def test_stat_rows():
    rows = zstat.stat_rows(STAT)
    assert [r[0] for r in rows] == list(zstat.STAT_FIELDS)
    table = {name: (text, tip) for name, text, tip in rows}
    assert table["czxid"][0] == "0x100000002"
    assert str(0x100000002) in table["czxid"][1]
    assert table["mzxid"][0] == "0x100000005"
    assert table["pzxid"][0] == "0x100000007"
    assert table["ctime"][0] == _local(CTIME)
    assert str(CTIME) in table["ctime"][1]
    assert table["mtime"][0] == _local(CTIME + 654)
    assert table["mtime"][0].endswith(".999")
    assert table["version"][0] == "3"
    assert table["cversion"][0] == "1"
    assert table["aversion"][0] == "0"
    assert table["ephemeralOwner"][0] == "0x100007f2a3b0000"
    assert table["dataLength"][0] == "1536 bytes (1.5 KiB)"
    assert table["numChildren"][0] == "2"
    assert all(tip for _, _, tip in rows)


def test_persistent_and_small_data():
    rows = dict(
        (n, t) for n, t, _ in zstat.stat_rows(STAT._replace(ephemeralOwner=0, dataLength=5))
    )
    assert rows["ephemeralOwner"] == "0 (persistent, container or TTL)"
    assert rows["dataLength"] == "5 bytes"
    rows = dict((n, t) for n, t, _ in zstat.stat_rows(STAT._replace(dataLength=1)))
    assert rows["dataLength"] == "1 byte"


def test_time_format_shape():
    rows = dict((n, t) for n, t, _ in zstat.stat_rows(STAT._replace(ctime=0)))
    assert rows["ctime"] == _local(0)
    assert len(rows["ctime"]) == len("2026-11-24 17:03:12.345")


def test_session_id_hex():
    assert zstat.session_id_hex(0x100007F2A3B0000) == "0x100007f2a3b0000"
    assert zstat.session_id_hex(0) == "0x0"
    # ZooKeeper session ids are Java longs; server ids >= 128 give negative values.
    assert zstat.session_id_hex(0x8100007F2A3B0000 - 2**64) == "0x8100007f2a3b0000"
    assert zstat.session_id_hex(-(2**63)) == "0x8000000000000000"
    assert zstat.session_id_hex(-1) == "0xffffffffffffffff"


def test_node_kind():
    """Kinds from ephemeralOwner and the name. What a real server reports for container and
    TTL nodes (ephemeralOwner 0) is pinned in tests/server/test_stat_kinds.py."""
    assert zstat.node_kind(STAT, "worker") == "ephemeral"
    assert zstat.node_kind(STAT, "p_0000000003") == "ephemeral sequential"
    persistent = STAT._replace(ephemeralOwner=0)
    assert zstat.node_kind(persistent, "conf") == "persistent"
    assert zstat.node_kind(persistent, "p_0000000003") == "persistent sequential"


@given(
    st.integers(-(2**63), 2**63 - 1),
    st.integers(-(2**63), 2**63 - 1),
    st.integers(0, 2**42),
    st.integers(-(2**31), 2**31 - 1),
)
def test_stat_rows_never_fail(zxid, owner, ms, count):
    stat = ZnodeStat(zxid, zxid, ms, ms, count, count, count, owner, abs(count), abs(count), zxid)
    rows = zstat.stat_rows(stat)
    assert len(rows) == len(zstat.STAT_FIELDS)
    assert all(isinstance(text, str) and text for _, text, _ in rows)
