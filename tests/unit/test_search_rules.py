"""Search matcher rules and the natural order of big listings (no server)."""

from __future__ import annotations

import pytest

from zkinspector.zk import search as zsearch
from zkinspector.zk.paths import natural_sorted
from zkinspector.zk.reads import sort_names
from zkinspector.zk.search import InvalidPattern, SearchCriteria, compile_criteria


def test_invalid_regex_and_paths_are_refused_with_a_sentence():
    with pytest.raises(InvalidPattern, match="Invalid regular expression: missing \\)"):
        compile_criteria(SearchCriteria(text="lock-(\\d+", regex=True))
    with pytest.raises(InvalidPattern, match="Invalid regular expression"):
        compile_criteria(SearchCriteria(text="[", regex=True, field=zsearch.FIELD_DATA))
    with pytest.raises(InvalidPattern):
        compile_criteria(SearchCriteria(root="relative/path", text="x"))
    with pytest.raises(InvalidPattern, match="cannot contain '/'"):
        compile_criteria(SearchCriteria(text="a/*", field=zsearch.FIELD_NAME))
    # An unclosed [ in a glob is a literal, as in fnmatch: not an error.
    compile_criteria(SearchCriteria(text="a[b*"))


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("brokers/*/state", "/k/brokers/1/state", True),
        ("brokers/*/state", "/k/xbrokers/1/state", False),
        ("brokers/*/state", "/k/brokers/1/2/state", False),
        ("brokers/**/state", "/k/brokers/1/2/state", True),
        ("/k/*", "/k/a", True),
        ("/k/*", "/k/a/b", False),
        ("/k/**", "/k/a/b", True),
        ("/**/state", "/state", True),
        ("*.json", "/conf/app.json", True),
        ("app-?", "/x/app-1", True),
        ("app-[0-9]", "/x/app-a", False),
        ("app-[!0-9]", "/x/app-a", True),
    ],
)
def test_path_globs(glob: str, path: str, expected: bool):
    match, _ = compile_criteria(SearchCriteria(text=glob, field=zsearch.FIELD_PATH))
    name = path.rpartition("/")[2]
    stat = _Stat()
    assert match(path, name, stat, None) is expected


class _Stat:
    ephemeralOwner = 0
    dataLength = 0


@pytest.mark.parametrize(
    "names",
    [
        [f"job-{i:010d}" for i in range(3000)],  # the fast path
        [f"{i:05d}" for i in range(2000)],  # digits only
        [f"n1{i:04d}" for i in range(2000)],  # digits in the prefix too
        [f"a{i}" for i in range(2000)],  # widths differ: natural sort
        [f"job-{i:010d}" for i in range(1500)] + ["job-x"],  # one odd name
        ["Lock-0000000003", *[f"lock-{i:010d}" for i in range(1500)]],  # case differs
    ],
)
def test_sort_names_is_natural_order(names):
    shuffled = names[::7] + [n for i, n in enumerate(names) if i % 7]
    assert sort_names(shuffled) == natural_sorted(names)
