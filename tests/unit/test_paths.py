"""Znode path rules: unit tests and properties."""

from __future__ import annotations

import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import tests.hypothesis_profiles  # noqa: F401
from zkinspector.zk import paths
from zkinspector.zk.paths import InvalidPath

# Characters ZooKeeper accepts in a name ("/" excluded), a wide sample of the BMP.
_ALLOWED = st.characters(
    codec="utf-8",
    exclude_characters="/",
    exclude_categories=("Cs",),
).filter(lambda c: paths._FORBIDDEN.search(c) is None)
valid_names = st.text(_ALLOWED, min_size=1, max_size=12).filter(lambda n: n not in (".", ".."))
name_lists = st.lists(valid_names, min_size=1, max_size=6)


# ---- validate_name / validate_path / validate_relative -------------------------------


@pytest.mark.parametrize("name", ["a", "p_0000000001", "zookeeper", "...", ".a", "a.", "é", "名前"])
def test_valid_names(name):
    paths.validate_name(name)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("", "empty"),
        ("a/b", '"/"'),
        (".", '"."'),
        ("..", '".."'),
        ("a\x00b", "NUL"),
        ("a\x01", "control character (U+0001)"),
        ("\x1f", "U+001F"),
        ("\x7f", "U+007F"),
        ("\x9f", "U+009F"),
        ("\ud800", "surrogate"),
        ("\ue000", "private-use"),
        ("\uf8ff", "private-use"),
        ("\ufff0", "U+FFF0"),
        ("\uffff", "U+FFFF"),
        ("😀", "Basic Multilingual Plane"),
    ],
)
def test_invalid_names(name, fragment):
    with pytest.raises(InvalidPath) as info:
        paths.validate_name(name)
    assert fragment in str(info.value)
    assert str(info.value).endswith(".")


def test_invalid_path_is_value_error():
    assert issubclass(InvalidPath, ValueError)
    with pytest.raises(InvalidPath, match=r'A node name cannot contain "/"\.'):
        paths.validate_name("x/y")


@pytest.mark.parametrize("path", ["/", "/a", "/a/b/c", "/zookeeper", "/a/.b", "/a/b..", "/a b"])
def test_valid_paths(path):
    paths.validate_path(path)


@pytest.mark.parametrize(
    "path",
    [
        "",
        "a",
        "a/b",
        "/a/",
        "//",
        "//a",
        "/a//b",
        "/.",
        "/..",
        "/a/.",
        "/a/../b",
        "/a\x00",
        "/\x85",
    ],
)
def test_invalid_paths(path):
    with pytest.raises(InvalidPath):
        paths.validate_path(path)


def test_validate_relative():
    assert paths.validate_relative("a/b/c") == ["a", "b", "c"]
    assert paths.validate_relative("a") == ["a"]
    for bad in ["", "/a", "a/", "a//b", "a/./b", "a/..", "a/\x01"]:
        with pytest.raises(InvalidPath):
            paths.validate_relative(bad)


# ---- reserved, join, split, ancestors ---------------------------------------------------


def test_is_reserved():
    assert paths.is_reserved("/zookeeper")
    assert paths.is_reserved("/zookeeper/quota")
    assert not paths.is_reserved("/zookeeperx")
    assert not paths.is_reserved("/")
    assert not paths.is_reserved("/a/zookeeper")


def test_join():
    assert paths.join("/", "a") == "/a"
    assert paths.join("/a", "b") == "/a/b"
    assert paths.join("/a", "b", "c") == "/a/b/c"
    assert paths.join("/a") == "/a"
    with pytest.raises(InvalidPath):
        paths.join("/a", "b/c")
    with pytest.raises(InvalidPath):
        paths.join("/", "")


def test_split_basename_dirname():
    assert paths.split("/a/b") == ("/a", "b")
    assert paths.split("/a") == ("/", "a")
    assert paths.split("/") == ("/", "")
    assert paths.basename("/a/b") == "b"
    assert paths.basename("/") == ""
    assert paths.dirname("/a/b") == "/a"
    assert paths.dirname("/a") == "/"
    assert paths.dirname("/") == "/"


def test_ancestors_and_is_ancestor():
    assert paths.ancestors("/a/b/c") == ["/", "/a", "/a/b"]
    assert paths.ancestors("/a") == ["/"]
    assert paths.ancestors("/") == []
    assert paths.is_ancestor("/", "/a")
    assert paths.is_ancestor("/a", "/a/b/c")
    assert not paths.is_ancestor("/a", "/a")
    assert not paths.is_ancestor("/a", "/ab")
    assert not paths.is_ancestor("/a/b", "/a")
    assert not paths.is_ancestor("/", "/")


@given(name_lists)
def test_join_split_round_trip(names):
    path = paths.join("/", *names)
    paths.validate_path(path)
    parent, name = paths.split(path)
    assert name == names[-1]
    assert parent == paths.join("/", *names[:-1])
    assert paths.join(parent, name) == path
    assert paths.ancestors(path) == [paths.join("/", *names[:i]) for i in range(len(names))]
    assert all(paths.is_ancestor(a, path) for a in paths.ancestors(path))
    assert paths.validate_relative("/".join(names)) == names


_path_like = st.text(st.one_of(st.sampled_from("/./a"), st.characters()), max_size=20)


@given(st.one_of(_path_like, _path_like.map(lambda s: "/" + s)))
def test_validate_path_accepts_exactly_joined_valid_names(path):
    """A non-root path is valid exactly when it is "/" + valid names joined by "/"."""
    assume(path != "/")
    segments = path[1:].split("/") if path.startswith("/") else None
    try:
        paths.validate_path(path)
        accepted = True
    except InvalidPath:
        accepted = False

    def name_ok(name):
        try:
            paths.validate_name(name)
        except InvalidPath:
            return False
        return True

    expected = segments is not None and all(name_ok(s) for s in segments)
    assert accepted == expected
    if accepted:
        assert paths.join("/", *segments) == path


@given(name_lists)
def test_validate_path_accepts_join(names):
    paths.validate_path(paths.join("/", *names))


# ---- natural sort -------------------------------------------------------------------------


def test_natural_sorted_examples():
    assert paths.natural_sorted(["n10", "n2", "n1"]) == ["n1", "n2", "n10"]
    assert paths.natural_sorted(["p_0000000010", "p_0000000009"]) == [
        "p_0000000009",
        "p_0000000010",
    ]
    assert paths.natural_sorted(["b", "B", "a", "A"]) == ["A", "a", "B", "b"]
    assert paths.natural_sorted(["a1", "a01", "a001"]) == ["a001", "a01", "a1"]
    assert paths.natural_sorted(["x", "x0", "x1y", "x10", "xa"]) == ["x", "x0", "x1y", "x10", "xa"]


def test_natural_sort_huge_numbers():
    big = "9" * 5000
    assert paths.natural_sorted(["n1" + big, "n" + big, "n2"]) == ["n2", "n" + big, "n1" + big]


def test_natural_sort_100k_sequential_names():
    names = [f"p_{i:010d}" for i in range(100_000)]
    shuffled = names[:]
    random.Random(1).shuffle(shuffled)
    assert paths.natural_sorted(shuffled) == names


@given(st.lists(st.integers(min_value=0, max_value=10**30)), st.sampled_from(["n", "lock-", ""]))
def test_natural_sort_consistent_with_integers(numbers, prefix):
    names = [f"{prefix}{n}" for n in set(numbers)]
    assert paths.natural_sorted(names) == [f"{prefix}{n}" for n in sorted(set(numbers))]


@given(st.integers(0, 9_999_999_999), st.integers(0, 9_999_999_999))
def test_natural_sort_sequence_counters(a, b):
    ka, kb = paths.natural_key(f"p_{a:010d}"), paths.natural_key(f"p_{b:010d}")
    assert (ka < kb) == (a < b)


_names_text = st.text(st.sampled_from("aAbB01239_-é"), max_size=8)


@given(_names_text, _names_text, _names_text)
def test_natural_key_is_a_total_order(a, b, c):
    ka, kb, kc = paths.natural_key(a), paths.natural_key(b), paths.natural_key(c)
    # antisymmetric and total: equal keys only for equal strings
    assert (ka == kb) == (a == b)
    assert (ka < kb) + (kb < ka) + (ka == kb) == 1
    # transitive
    if ka <= kb and kb <= kc:
        assert ka <= kc


@given(st.lists(_names_text))
def test_natural_sorted_is_deterministic(names):
    once = paths.natural_sorted(names)
    assert paths.natural_sorted(reversed(names)) == once
    assert sorted(once) == sorted(names)


# ---- sequential names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("p_0000000001", True),
        ("0000000000", True),
        ("n10000000001", True),
        ("lock-0000000042", True),
        ("p_000000001", False),
        ("p_000000001x", False),
        ("p_", False),
        ("", False),
        ("p_٠٠٠٠٠٠٠٠٠١", False),
    ],
)
def test_is_sequential_name(name, expected):
    assert paths.SEQUENCE_DIGITS == 10
    assert paths.is_sequential_name(name) is expected


@given(st.text(max_size=10), st.integers(0, 2**31 - 1))
def test_sequential_suffix_is_recognised(prefix, counter):
    assert paths.is_sequential_name(f"{prefix}{counter:010d}")
