"""The export file format (zk/transfer_format.py): round trips, atomic writing, bad files."""

from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL, Id, Permissions

import tests.hypothesis_profiles  # noqa: F401
from zkinspector.zk.transfer_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BadFile,
    ExportReader,
    ExportWriter,
    FileHeader,
    NodeRecord,
    check_file,
)

OPEN = (ACL(Permissions.ALL, Id("world", "anyone")),)
BOB = (ACL(Permissions.READ | Permissions.ADMIN, Id("digest", "bob:fyVmFCwVbTJYrznoSu1koqYEYF0=")),)
STAT = ZnodeStat(5, 6, 1700000000000, 1700000001000, 1, 2, 0, 0, 3, 1, 7)


def write(path: Path, records: list[NodeRecord], unreadable: list[str] | None = None, **kw) -> Path:
    header = FileHeader("/app", "zk1:2181", created="2026-01-01T00:00:00Z")
    with ExportWriter(path, header, **kw) as writer:
        for record in records:
            writer.write(record)
        writer.commit(unreadable)
    return path


def read(path: Path) -> list[NodeRecord]:
    with ExportReader(path) as reader:
        return [record for _line, record in reader.records()]


def sample() -> list[NodeRecord]:
    return [
        NodeRecord("", b"root", OPEN, stat=STAT),
        NodeRecord("bin", bytes(range(256)), BOB),
        NodeRecord("empty", b"", OPEN),
        NodeRecord("null", None, OPEN),
        NodeRecord("text", "olá \u2603 \x00 tab\t".encode(), OPEN),
        NodeRecord("p_0000000007", b"seq", OPEN, ephemeral=True),
        NodeRecord("bin/child", b"\xff\xfe", OPEN),
    ]


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_round_trip_is_byte_exact_and_readable(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", sample())
    assert read(path) == sample()
    text = lines(path)
    header = json.loads(text[0])
    assert header["format"] == FORMAT_NAME and header["version"] == FORMAT_VERSION
    assert header["root"] == "/app" and header["server"] == "zk1:2181"
    node = {json.loads(line)["path"]: json.loads(line) for line in text[1:-1]}
    assert node[""]["data"] == "root" and node[""]["stat"]["mtime"] == 1700000001000
    assert node["bin"]["data_base64"] and "data" not in node["bin"]
    assert node["bin"]["acl"] == [["digest", "bob:fyVmFCwVbTJYrznoSu1koqYEYF0=", "ra"]]
    assert node["null"]["data"] is None and node["empty"]["data"] == ""
    assert node["p_0000000007"]["kind"] == "ephemeral" and node["p_0000000007"]["sequential"]
    assert json.loads(text[-1]) == {"end": True, "nodes": 7, "unreadable": []}


def test_file_is_owner_only_and_gzip_by_name(tmp_path: Path) -> None:
    plain = write(tmp_path / "x.jsonl", sample())
    packed = write(tmp_path / "x.jsonl.gz", sample())
    assert stat.S_IMODE(plain.stat().st_mode) == 0o600
    assert stat.S_IMODE(packed.stat().st_mode) == 0o600
    assert packed.read_bytes()[:2] == b"\x1f\x8b"
    assert read(packed) == sample()
    renamed = tmp_path / "no-suffix"
    packed.rename(renamed)  # gzip is recognised by its content, not its name
    assert read(renamed) == sample()


def test_check_file_summarises(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", sample(), unreadable=["/app/secret"])
    summary = check_file(path)
    assert summary.nodes == 7 and summary.ephemerals == 1
    assert summary.data_bytes == sum(len(r.data or b"") for r in sample())
    assert summary.unreadable == ["/app/secret"] and summary.header.root == "/app"


def test_abort_or_error_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "x.jsonl"
    target.write_text("the old file")
    with pytest.raises(RuntimeError), ExportWriter(target, FileHeader("/a")) as writer:
        writer.write(NodeRecord("", b"", OPEN))
        raise RuntimeError("walk failed")
    assert target.read_text() == "the old file"  # untouched
    assert sorted(os.listdir(tmp_path)) == ["x.jsonl"]  # no temporary file left
    write(target, sample())
    assert read(target) == sample() and sorted(os.listdir(tmp_path)) == ["x.jsonl"]


def test_writer_refuses_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        ExportWriter(tmp_path / "nope" / "x.jsonl", FileHeader("/a"))


def bad(tmp_path: Path, text: str | bytes) -> str:
    path = tmp_path / "bad.jsonl"
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    with pytest.raises(BadFile) as info:
        check_file(path)
    return str(info.value)


def good_lines(tmp_path: Path) -> list[str]:
    return lines(write(tmp_path / "good.jsonl", sample()))


def test_truncated_files_are_refused(tmp_path: Path) -> None:
    text = good_lines(tmp_path)
    no_end = "\n".join(text[:-1]) + "\n"
    assert "truncated" in bad(tmp_path, no_end)
    cut = "\n".join(text)[: len("\n".join(text[:3])) + 20]
    message = bad(tmp_path, cut)
    assert "cut short in line 4" in message or "Line 4" in message
    packed = gzip.compress(("\n".join(text) + "\n").encode())
    assert "cut short" in bad(tmp_path, packed[: len(packed) // 2])


def test_other_formats_and_versions_are_refused(tmp_path: Path) -> None:
    text = good_lines(tmp_path)
    assert "not a zkinspector export" in bad(tmp_path, '{"format": "zk-shell"}\n')
    assert "not a zkinspector export" in bad(tmp_path, bytes(range(256)) * 4)
    assert "not a zkinspector export" in bad(tmp_path, "/a,/b,/c\n")
    assert "empty" in bad(tmp_path, b"")
    newer = json.loads(text[0]) | {"version": FORMAT_VERSION + 1}
    message = bad(tmp_path, json.dumps(newer) + "\n" + "\n".join(text[1:]) + "\n")
    assert f"version {FORMAT_VERSION + 1}" in message and "newer zkinspector" in message


def replace_line(text: list[str], index: int, **changes) -> str:
    obj = json.loads(text[index])
    for key, value in changes.items():
        if value is None:
            obj.pop(key, None)
        else:
            obj[key] = value
    out = list(text)
    out[index] = json.dumps(obj)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"path": "a//b"}, "Line 4: invalid path"),
        ({"path": "/abs"}, "Line 4: invalid path"),
        ({"path": "bad\u0001name"}, "Line 4: invalid path"),
        ({"path": "bin"}, "Line 4: the path 'bin' appears a second time"),
        ({"path": "nowhere/child"}, "Line 4: 'nowhere/child' comes before its parent"),
        ({"data": None, "data_base64": "***"}, 'Line 4 (empty): "data_base64" is not valid'),
        ({"acl": []}, "Line 4 (empty): the node has no ACL entry"),
        ({"acl": [["world", "anyone", "xyz"]]}, "not a permission letter"),
        ({"acl": [["world", "anyone"]]}, "is not [scheme, id, permissions]"),
        ({"kind": "container"}, "Line 4 (empty): unknown kind"),
        ({"data": 5}, '"data" is not a string'),
        ({"container": "yes"}, 'Line 4 (empty): "container" is not true or false'),
        ({"ttl": "5s"}, 'Line 4 (empty): "ttl" is not a whole number of milliseconds'),
        ({"ttl": 0}, "Line 4 (empty): The TTL must be between 1 and"),
        ({"container": True, "ttl": 5}, "either a container or a TTL node, not both"),
        ({"kind": "ephemeral", "ttl": 5}, "A TTL node cannot be ephemeral"),
    ],
)
def test_bad_lines_are_named(tmp_path: Path, change: dict, expected: str) -> None:
    text = good_lines(tmp_path)
    assert json.loads(text[3])["path"] == "empty"  # line 4 of the file
    assert expected in bad(tmp_path, replace_line(text, 3, **change))


def test_a_node_without_data_is_refused(tmp_path: Path) -> None:
    text = good_lines(tmp_path)
    obj = json.loads(text[3])
    del obj["data"]
    text[3] = json.dumps(obj)
    assert 'Line 4 (empty): the node has no "data"' in bad(tmp_path, "\n".join(text) + "\n")


def test_end_line_must_match(tmp_path: Path) -> None:
    text = good_lines(tmp_path)
    assert "counts 99 nodes but the file holds 7" in bad(
        tmp_path, replace_line(text, len(text) - 1, nodes=99)
    )
    assert "follows the end line" in bad(tmp_path, "\n".join(text) + "\n" + text[1] + "\n")
    assert "Line 3 is not valid JSON" in bad(
        tmp_path, "\n".join([*text[:2], "{oops", *text[2:]]) + "\n"
    )
    assert "first node must be the exported root" in bad(
        tmp_path, "\n".join([text[0], *text[2:]]) + "\n"
    )


names = st.text(alphabet="abcxyz019_-.", min_size=1, max_size=6).filter(
    lambda n: n not in (".", "..")
)
acls = st.lists(
    st.builds(
        lambda scheme, ident, perms: ACL(perms, Id(scheme, ident)),
        st.sampled_from(["world", "digest", "ip", "sasl", "x509", "custom"]),
        st.text(max_size=12),
        st.integers(0, 31),
    ),
    min_size=1,
    max_size=3,
).map(tuple)


@st.composite
def subtrees(draw) -> list[NodeRecord]:
    records = [NodeRecord("", draw(st.none() | st.binary(max_size=40)), draw(acls))]
    parents = [""]
    for _ in range(draw(st.integers(0, 12))):
        parent = draw(st.sampled_from(parents))
        rel = f"{parent}/{draw(names)}" if parent else draw(names)
        if any(r.path == rel for r in records):
            continue
        data = draw(
            st.none()
            | st.binary(max_size=40)
            | st.text(max_size=20).map(lambda t: t.encode("utf-8", "surrogatepass"))
        )
        records.append(NodeRecord(rel, data, draw(acls), draw(st.booleans())))
        parents.append(rel)
    return records


@settings(max_examples=60)
@given(records=subtrees(), compress=st.booleans())
def test_any_subtree_round_trips(
    tmp_path_factory, records: list[NodeRecord], compress: bool
) -> None:
    path = tmp_path_factory.mktemp("rt") / "x.jsonl"
    write(path, records, compress=compress)
    assert read(path) == records


def test_a_file_without_acls(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    records = [NodeRecord("", b"r", ()), NodeRecord("a", b"", ())]
    with ExportWriter(path, FileHeader("/app", acls=False)) as writer:
        for record in records:
            writer.write(record)
        writer.commit()
    assert json.loads(lines(path)[0])["acls"] is False
    assert all("acl" not in json.loads(line) for line in lines(path)[1:])
    with ExportReader(path) as reader:
        assert not reader.header.acls
        assert [record for _, record in reader.records()] == records
    text = lines(path)
    text[0] = text[0].replace('"acls":false', '"acls":true')
    path.write_text("\n".join(text) + "\n")
    assert "Line 2 (the root): the node has no ACL entry" in bad(tmp_path, path.read_bytes())


def test_container_and_ttl_marks_round_trip(tmp_path: Path) -> None:
    """Optional fields: a reader of version 1 that does not know them imports persistent."""
    records = [
        NodeRecord("", b"", OPEN),
        NodeRecord("box", b"c", OPEN, container=True),
        NodeRecord("lease", b"t", OPEN, ttl=5000),
    ]
    path = write(tmp_path / "kinds.jsonl", records)
    assert read(path) == records
    box, lease = (json.loads(line) for line in lines(path)[2:4])
    assert box["kind"] == "persistent" and box["container"] is True and "ttl" not in box
    assert lease["kind"] == "persistent" and lease["ttl"] == 5000 and "container" not in lease
