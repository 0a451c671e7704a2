"""Listings decoded and ordered in bulk: the same names, in the same order, as one by one."""

from __future__ import annotations

import random
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kazoo.protocol.serialization import GetChildren

import tests.hypothesis_profiles  # noqa: F401
from tests.unit.test_paths import valid_names
from zkinspector.zk import paths
from zkinspector.zk.protocol import decode_names
from zkinspector.zk.reads import sort_names


def vector(names: list[str]) -> bytes:
    """A jute vector of strings as the server sends it: count, then length-prefixed names."""
    body = b"".join(struct.pack(">i", len(raw)) + raw for raw in (n.encode() for n in names))
    return struct.pack(">i", len(names)) + body


@given(st.lists(valid_names | st.text("ab0", min_size=100, max_size=300), max_size=40))
def test_bulk_decode_gives_the_names_or_gives_up(names):
    """Whatever the names (long ones, multi-byte ones), the bulk decoder returns exactly
    what kazoo's decoder does, or None (then the caller decodes them one by one)."""
    buf = vector(names)
    decoded = decode_names(buf, 4, len(buf), len(names))
    assert decoded is None or decoded == GetChildren.deserialize(buf, 0)
    if all(len(n.encode()) < 128 for n in names):
        assert decoded == names  # the common case never falls back


def test_bulk_decode_of_sequential_names_and_of_long_ones():
    names = [f"job-{i:010d}" for i in range(5000)]
    buf = vector(names)
    assert decode_names(buf, 4, len(buf), len(names)) == names
    long = ["x" * 128, "y" * 300]
    buf = vector(long)
    assert decode_names(buf, 4, len(buf), 2) is None


@pytest.mark.parametrize("shape", ["job-{:010d}", "{:06d}", "v2-{:07d}x", "lock-{:d}", "n{:d}-a"])
@pytest.mark.parametrize("seed", range(5))
def test_big_listings_sort_in_natural_order(shape, seed):
    """Over 1,000 names take the fast paths (plain string order when it is the natural
    one); the order is natural order all the same."""
    names = [shape.format(n) for n in random.Random(seed).sample(range(10**6), 1500)]
    assert sort_names(names) == paths.natural_sorted(names)


def test_big_listing_of_mixed_shapes_sorts_naturally():
    names = [f"a{i}" for i in range(1500)] + [f"A{i:04d}" for i in range(10)] + ["a1b", "b"]
    assert sort_names(names) == paths.natural_sorted(names)
