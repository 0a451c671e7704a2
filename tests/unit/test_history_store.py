"""Node history: values kept once per mzxid, bounded per node and in total."""

from __future__ import annotations

from zkinspector.models.history import HistoryLimits, HistoryStore, Seen, diff_texts


def value(mzxid: int, data: bytes = b"x", t: float = 0.0) -> Seen:
    return Seen(t or float(mzxid), mzxid, mzxid, len(data), data)


def test_the_same_value_seen_twice_is_kept_once() -> None:
    store = HistoryStore()
    assert store.add("/a", value(5))
    assert not store.add("/a", value(5, t=99.0))
    assert store.add("/a", Seen(1.0, -1, 0, 0, None, deleted=True))
    assert not store.add("/a", Seen(2.0, -1, 0, 0, None, deleted=True))
    assert store.add("/a", value(7))
    assert [s.mzxid for s in store.entries("/a")] == [5, 0, 7]


def test_per_node_limits_drop_the_oldest_of_that_node() -> None:
    store = HistoryStore(HistoryLimits(per_node=3, per_node_bytes=200))
    for z in range(1, 7):
        store.add("/a", value(z))
    store.add("/b", value(1))
    assert [s.mzxid for s in store.entries("/a")] == [4, 5, 6]
    store.add("/a", value(7, b"y" * 199))  # over 200 bytes with the older ones
    assert [s.mzxid for s in store.entries("/a")] == [6, 7]
    store.add("/a", value(8, b"z" * 300))  # one value alone is always kept
    assert [s.mzxid for s in store.entries("/a")] == [8]
    assert store.entries("/b") and store.entries_total == 2


def test_total_limits_drop_the_oldest_anywhere() -> None:
    store = HistoryStore(HistoryLimits(per_node=5, total=10, total_bytes=10_000))
    for z in range(1, 41):  # 40 values over 4 nodes; many go by the per-node limit
        store.add(f"/n{z % 4}", value(z))
    assert store.entries_total == 10
    kept = sorted(s.mzxid for p in store.paths() for s in store.entries(p))
    assert kept == list(range(31, 41))
    big = HistoryStore(HistoryLimits(total_bytes=1000))
    for z in range(1, 6):
        big.add(f"/b{z}", value(z, b"d" * 300))
    assert big.bytes_total <= 1000 and big.paths() == ["/b3", "/b4", "/b5"]
    assert len(store._order) < 2 * store.entries_total + 1024 + 5  # compacted as it goes


def test_values_are_compared_as_text_or_as_hex() -> None:
    assert diff_texts(value(1, b"a\nb"), value(2, b"a\nc")) == ("a\nb", "a\nc")
    old, new = diff_texts(value(1, b"\x00\x01"), value(2, b"ok"))
    assert old.startswith("00000000  00 01") and new.startswith("00000000  6f 6b")
