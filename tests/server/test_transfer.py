"""Export, import, copy and compare of subtrees on real servers (zk/export.py,
zk/importing.py, zk/copying.py, zk/compare.py); a second cluster where it crosses one."""

from __future__ import annotations

import json
import os
import random
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kazoo.client import KazooClient
from kazoo.exceptions import NodeExistsError, NoNodeError
from kazoo.security import ACL, Id, Permissions, make_digest_acl

from tests.server.transfer_helpers import held
from zkinspector.zk import importing
from zkinspector.zk.bulk import create_tree
from zkinspector.zk.compare import ADDED, CHANGED, REMOVED, Difference, compare_trees, make_like
from zkinspector.zk.copying import EphemeralNodes, check_copy, copy_tree
from zkinspector.zk.errors import Cancelled
from zkinspector.zk.export import export_tree
from zkinspector.zk.importing import import_file, import_target, plan_import
from zkinspector.zk.limits import read_server_limit
from zkinspector.zk.server import ZooKeeperServer
from zkinspector.zk.transfer_format import BadFile, check_file
from zkinspector.zk.tree_writer import EphemeralPolicy, OnConflict, TooLarge

BOB_ACL = make_digest_acl("bob", "secret", all=True)
IP_ACL = ACL(Permissions.ALL, Id("ip", "127.0.0.1"))
READ_ALL = ACL(Permissions.READ, Id("world", "anyone"))


def build(client: KazooClient, root: str = "/src") -> None:
    """A subtree with every kind of content the format must carry exactly."""
    rng = random.Random(7)
    limit = read_server_limit(client)
    client.create(root, b"root")
    client.create(f"{root}/empty", b"")
    client.create(f"{root}/null", None)
    client.create(f"{root}/text", "olá ☃ \x00 tab\t\n".encode())
    client.create(f"{root}/p_0000000007", b"sequential-looking")
    client.create(f"{root}/digest", b"bob's", acl=[BOB_ACL])
    client.create(f"{root}/ip", b"local", acl=[IP_ACL, READ_ALL])
    client.create(f"{root}/random")
    for i in range(50):
        client.create(f"{root}/random/r{i}", rng.randbytes(rng.randrange(0, 3000)))
    client.create(f"{root}/big", rng.randbytes(limit - 2048))  # near the server's limit
    deep = f"{root}/deep"
    for depth in range(40):
        client.create(deep, str(depth).encode())
        deep += f"/d{depth}"


@pytest.fixture
def bob(kazoo_client, zk_chroot: str) -> KazooClient:
    """A client holding bob's digest credentials (so every node of build() is readable)."""
    return kazoo_client(zk_chroot, auth_data=[("digest", "bob:secret")])


@pytest.fixture(scope="module")
def other_cluster() -> Iterator[ZooKeeperServer]:
    """A second ZooKeeper server: another cluster, for copies and compares across them."""
    server = ZooKeeperServer(extra_config={"forceSync": "no"})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_export_import_round_trip_is_exact(bob: KazooClient, tmp_path: Path) -> None:
    build(bob)
    file = tmp_path / "src.jsonl"
    exported = export_tree(bob, "/src", file)
    assert exported.complete and exported.nodes == len(held(bob, "/src"))
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["src.jsonl"]

    bob.create("/dst")
    assert import_target("/dst", "/src") == "/dst/src"
    plan = plan_import(bob, file, "/dst/src", request_limit=read_server_limit(bob))
    assert (plan.nodes, plan.new, plan.conflict_count) == (exported.nodes, exported.nodes, 0)
    result = import_file(bob, file, "/dst/src", request_limit=read_server_limit(bob))
    assert result.complete and result.created == exported.nodes

    assert held(bob, "/dst/src") == held(bob, "/src")  # data, ACLs, kinds, byte for byte
    assert bob.get("/dst/src/null")[0] is None  # null data stays null
    assert bob.exists("/dst/src/p_0000000007") is not None  # created literally
    comparison = compare_trees(bob, "/src", bob, "/dst/src")
    assert comparison.equal and comparison.compared == exported.nodes


def test_compare_finds_each_kind_of_difference(bob: KazooClient) -> None:
    build(bob)
    copy_tree(bob, "/src", bob, "/copy")
    bob.set("/copy/random/r3", b"changed")
    bob.set_acls("/copy/text", [READ_ALL, BOB_ACL])
    bob.delete("/copy/deep", recursive=True)
    bob.create("/copy/extra/below", b"", makepath=True)
    found: list[Difference] = []

    result = compare_trees(bob, "/src", bob, "/copy", emit=found.append)

    by_path = {d.path: d for d in found}
    assert by_path["random/r3"] == Difference("random/r3", CHANGED, ("data",))
    assert by_path["text"] == Difference("text", CHANGED, ("acl",))
    assert by_path["extra"].status == ADDED and by_path["extra/below"].status == ADDED
    removed = [d.path for d in found if d.status == REMOVED]
    assert len(removed) == 40 and removed[0] == "deep"  # parents before children
    assert (result.changed, result.added, result.removed) == (2, 2, 40)
    assert not result.equal
    without_acl = compare_trees(bob, "/src", bob, "/copy", acls=False)
    assert without_acl.changed == 1


def test_make_like_either_way(bob: KazooClient) -> None:
    build(bob)
    copy_tree(bob, "/src", bob, "/copy")
    bob.set("/copy/random/r3", b"changed")
    bob.delete("/copy/deep/d0", recursive=True)
    bob.create("/copy/extra/below", b"x", makepath=True)
    found: list[Difference] = []
    compare_trees(bob, "/src", bob, "/copy", emit=found.append)

    one = [d for d in found if d.path == "random/r3"]
    assert make_like(bob, "/src", bob, "/copy", one).overwritten == 1
    assert bob.get("/copy/random/r3")[0] == bob.get("/src/random/r3")[0]

    result = make_like(bob, "/src", bob, "/copy", found)
    assert result.created == 39 and result.deleted == 2 and not result.failed
    assert compare_trees(bob, "/src", bob, "/copy").equal

    bob.create("/copy/new-one", b"n")
    found = []
    compare_trees(bob, "/src", bob, "/copy", emit=found.append)
    make_like(bob, "/src", bob, "/copy", found, target="a")  # now the source follows
    assert bob.get("/src/new-one")[0] == b"n"


def test_unreadable_nodes_are_named_not_dropped(
    zk_client: KazooClient, bob: KazooClient, tmp_path: Path
) -> None:
    build(bob)
    file = tmp_path / "x.jsonl"
    result = export_tree(zk_client, "/src", file)  # without bob's credentials
    assert result.unreadable == ["/src/digest"] and not result.complete
    assert check_file(file).unreadable == ["/src/digest"]
    end = json.loads(file.read_text().splitlines()[-1])
    assert end["unreadable"] == ["/src/digest"]
    zk_client.create("/dst")
    imported = import_file(zk_client, file, "/dst/src")
    assert imported.unreadable == ["/src/digest"] and not imported.complete
    comparison = compare_trees(zk_client, "/src", zk_client, "/dst/src")
    assert comparison.unreadable_a == ["/src/digest"] and not comparison.equal


def test_export_of_an_unreadable_root_fails_and_writes_nothing(
    zk_client: KazooClient, bob: KazooClient, tmp_path: Path
) -> None:
    build(bob)
    (tmp_path / "x.jsonl").write_text("old")
    with pytest.raises(Exception, match="NoAuth|digest"):
        export_tree(zk_client, "/src/digest", tmp_path / "x.jsonl")
    assert (tmp_path / "x.jsonl").read_text() == "old" and os.listdir(tmp_path) == ["x.jsonl"]


def test_cancelled_export_leaves_nothing(zk_client: KazooClient, tmp_path: Path) -> None:
    create_tree(zk_client, [("/many", b"")] + [(f"/many/n{i}", b"x") for i in range(3000)])
    seen: list[int] = []

    def progress(done: int, _total: int | None) -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        export_tree(
            zk_client,
            "/many",
            tmp_path / "x.jsonl",
            progress=progress,
            cancelled=lambda: bool(seen),
        )
    assert os.listdir(tmp_path) == []


def bad_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    lines = good.read_text().splitlines()
    files: dict[str, Path] = {}

    def make(name: str, text: str | bytes) -> None:
        path = tmp_path / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        files[name] = path

    make("truncated", "\n".join(lines[:-3]) + "\n")
    header = json.loads(lines[0]) | {"version": 99}
    make("version", "\n".join([json.dumps(header), *lines[1:]]) + "\n")
    last = json.loads(lines[-2]) | {"path": "bad//path"}
    make("path", "\n".join([*lines[:-2], json.dumps(last), lines[-1]]) + "\n")
    big = json.loads(lines[-2]) | {"data": "x" * 1_100_000}
    big.pop("data_base64", None)
    make("oversized", "\n".join([*lines[:-2], json.dumps(big), lines[-1]]) + "\n")
    make("garbage", os.urandom(5000))
    make("duplicate", "\n".join([*lines[:-1], lines[-2], lines[-1]]) + "\n")
    return files


def test_every_bad_file_is_refused_with_nothing_written(
    zk_client: KazooClient, tmp_path: Path
) -> None:
    create_tree(zk_client, [("/src", b"r")] + [(f"/src/n{i}", b"%d" % i) for i in range(700)])
    good = tmp_path / "good.jsonl"
    export_tree(zk_client, "/src", good)
    zk_client.create("/dst")
    for name, path in bad_files(tmp_path, good).items():
        with pytest.raises((BadFile, TooLarge)) as info:
            import_file(zk_client, path, "/dst/src")
        message = str(info.value)
        assert "\n" not in message and message.endswith("."), (name, message)
        assert zk_client.get_children("/dst") == [], f"{name}: something was written"
    expected = {
        "truncated": "truncated",
        "version": "version 99",
        "path": "invalid path",
        "oversized": "does not fit in one request",
        "garbage": "not a zkinspector export",
        "duplicate": "appears a second time",
    }
    for name, words in expected.items():
        with pytest.raises((BadFile, TooLarge), match=words):
            import_file(zk_client, tmp_path / name, "/dst/src")


def test_import_needs_the_target_parent(zk_client: KazooClient, tmp_path: Path) -> None:
    zk_client.create("/src", b"r")
    export_tree(zk_client, "/src", tmp_path / "x.jsonl")
    with pytest.raises(NoNodeError):
        import_file(zk_client, tmp_path / "x.jsonl", "/missing/src")
    with pytest.raises(ValueError, match="belongs to the ZooKeeper server"):
        plan_import(zk_client, tmp_path / "x.jsonl", "/zookeeper/src")


def conflicts_setup(client: KazooClient, tmp_path: Path) -> Path:
    create_tree(
        client,
        [
            ("/src", b"r"),
            ("/src/same", b"s"),
            ("/src/data", b"new"),
            ("/src/acl", b"a"),
            ("/src/fresh", b"f"),
        ],
    )
    file = tmp_path / "x.jsonl"
    export_tree(client, "/src", file)
    client.create("/dst/src", b"r", makepath=True)
    client.create("/dst/src/same", b"s")
    client.create("/dst/src/data", b"old")
    client.create(
        "/dst/src/acl",
        b"a",
        acl=[READ_ALL, ACL(Permissions.ALL, Id("world", "anyone"))][1:]
        + [ACL(Permissions.ALL, Id("ip", "10.0.0.1"))],
    )
    return file


def test_conflicts_per_policy(zk_client: KazooClient, tmp_path: Path) -> None:
    file = conflicts_setup(zk_client, tmp_path)
    plan = plan_import(zk_client, file, "/dst/src")
    assert (plan.new, plan.same, plan.other_data, plan.other_acl) == (1, 2, 1, 1)
    assert sorted(plan.conflicts) == ["/dst/src/acl", "/dst/src/data"]

    aborted = import_file(zk_client, file, "/dst/src", on_conflict=OnConflict.ABORT)
    assert "nothing was written" in aborted.stopped and aborted.created == 0
    assert zk_client.exists("/dst/src/fresh") is None

    dry = import_file(zk_client, file, "/dst/src", on_conflict="overwrite", dry_run=True)
    assert (dry.created, dry.overwritten, dry.same) == (1, 2, 2) and dry.dry_run
    assert (
        zk_client.exists("/dst/src/fresh") is None and zk_client.get("/dst/src/data")[0] == b"old"
    )

    skipped = import_file(zk_client, file, "/dst/src", on_conflict="skip")
    assert (skipped.created, skipped.skipped, skipped.same) == (1, 2, 2)
    assert zk_client.get("/dst/src/data")[0] == b"old"

    overwritten = import_file(zk_client, file, "/dst/src", on_conflict="overwrite")
    assert (overwritten.created, overwritten.overwritten, overwritten.same) == (0, 2, 3)
    assert held(zk_client, "/dst/src") == held(zk_client, "/src")


def test_dry_run_writes_nothing(zk_client: KazooClient, tmp_path: Path) -> None:
    create_tree(zk_client, [("/src", b"r")] + [(f"/src/n{i}", b"x") for i in range(100)])
    export_tree(zk_client, "/src", tmp_path / "x.jsonl")
    zk_client.create("/dst")
    before = zk_client.exists("/dst")
    result = import_file(zk_client, tmp_path / "x.jsonl", "/dst/src", dry_run=True)
    assert result.dry_run and result.created == 101
    assert zk_client.exists("/dst") == before  # not even a child version moved


def test_ephemerals_from_a_file_become_persistent_or_are_left_out(
    zk_client: KazooClient, tmp_path: Path
) -> None:
    zk_client.create("/src/members", b"", makepath=True)
    zk_client.create("/src/members/m-1", b"me", ephemeral=True)
    file = tmp_path / "x.jsonl"
    export_tree(zk_client, "/src", file)
    zk_client.create("/dst")
    plan = plan_import(zk_client, file, "/dst/src")
    assert plan.ephemerals == ["/dst/src/members/m-1"]
    left_out = import_file(zk_client, file, "/dst/src", ephemerals=EphemeralPolicy.REFUSE)
    assert left_out.refused_ephemerals == ["/dst/src/members/m-1"]
    assert zk_client.exists("/dst/src/members/m-1") is None
    result = import_file(zk_client, file, "/dst/src")
    assert result.as_persistent == ["/dst/src/members/m-1"]
    assert zk_client.exists("/dst/src/members/m-1").ephemeralOwner == 0


def test_copy_between_clusters(bob: KazooClient, kazoo_client, other_cluster) -> None:
    zk_client = bob
    build(zk_client)
    other = kazoo_client(other_cluster.connect_string, auth_data=[("digest", "bob:secret")])
    root = f"/copy-{os.getpid()}-{uuid.uuid4().hex[:10]}"

    check = check_copy(zk_client, "/src", other, root)
    assert not check.target_exists and check.source.nodes == len(held(zk_client, "/src"))
    result = copy_tree(zk_client, "/src", other, root, request_limit=read_server_limit(other))
    assert result.complete and result.created == check.source.nodes
    assert held(other, root) == held(zk_client, "/src")
    assert compare_trees(zk_client, "/src", other, root).equal

    with pytest.raises(NodeExistsError):
        copy_tree(zk_client, "/src", other, root)
    assert check_copy(zk_client, "/src", other, root).target_exists
    zk_client.set("/src/text", b"new text")
    merged = copy_tree(zk_client, "/src", other, root, on_conflict="overwrite")
    assert merged.overwritten == 1 and other.get(f"{root}/text")[0] == b"new text"


def test_copy_refuses_ephemerals_unless_asked(
    zk_client: KazooClient, kazoo_client, other_cluster
) -> None:
    zk_client.create("/src/members", b"", makepath=True)
    zk_client.create("/src/members/m-1", b"me", ephemeral=True)
    other = kazoo_client(other_cluster.connect_string)
    root = f"/eph-{os.getpid()}-{uuid.uuid4().hex[:10]}"
    with pytest.raises(EphemeralNodes, match="/src/members/m-1"):
        copy_tree(zk_client, "/src", other, root)
    assert other.exists(root) is None
    result = copy_tree(zk_client, "/src", other, root, ephemerals="persistent")
    assert result.as_persistent == [f"{root}/members/m-1"]
    assert other.exists(f"{root}/members/m-1").ephemeralOwner == 0
    assert zk_client.exists("/src/members/m-1").ephemeralOwner != 0  # the original stays


def test_copy_into_itself_is_refused(zk_client: KazooClient) -> None:
    zk_client.create("/src/a", b"", makepath=True)
    for target in ("/src", "/src/a/copy"):
        with pytest.raises(ValueError, match="into itself or below itself"):
            copy_tree(zk_client, "/src", zk_client, target)
    assert zk_client.get_children("/src") == ["a"]


def test_copy_into_itself_is_refused_whatever_the_tabs_call_the_server(
    zk_client: KazooClient, zk_chroot: str, zk_server: ZooKeeperServer, kazoo_client
) -> None:
    """localhost:P and 127.0.0.1:P are one server, and so are a chroot and a client at
    the root: a copy of a node into its own subtree is refused all the same."""
    zk_client.create("/src/a", b"", makepath=True)
    chroot = zk_chroot[zk_chroot.index("/") :]
    by_name = kazoo_client(f"localhost:{zk_server.port}{chroot}")
    at_root = kazoo_client(f"localhost:{zk_server.port}")
    inside = kazoo_client(f"localhost:{zk_server.port}{chroot}/src/a")
    for dst, target in (
        (by_name, "/src/a/copy"),
        (by_name, "/src"),
        (at_root, f"{chroot}/src/copy"),
        (inside, "/copy"),  # "/copy" there is {chroot}/src/a/copy
    ):
        with pytest.raises(ValueError, match="into itself or below itself"):
            check_copy(zk_client, "/src", dst, target)
        with pytest.raises(ValueError, match="into itself or below itself"):
            copy_tree(zk_client, "/src", dst, target)
    assert zk_client.get_children("/src") == ["a"] and zk_client.get_children("/src/a") == []
    # Beside it, on the same server under another name: copied.
    result = copy_tree(zk_client, "/src", by_name, "/src2")
    assert result.complete and zk_client.get_children("/src2") == ["a"]


def test_same_paths_on_another_server_are_copied(
    zk_client: KazooClient, zk_extended_chroot: str, kazoo_client
) -> None:
    zk_client.create("/src/a", b"x", makepath=True)
    other = kazoo_client(zk_extended_chroot)
    other.create("/src")
    result = copy_tree(zk_client, "/src", other, "/src/a")  # another server: not itself
    assert result.complete and other.get("/src/a/a")[0] == b"x"


names = st.text(alphabet="abz09_-", min_size=1, max_size=5)


@st.composite
def trees(draw) -> dict[str, bytes | None]:
    nodes: dict[str, bytes | None] = {"": draw(st.binary(max_size=30))}
    for _ in range(draw(st.integers(0, 15))):
        parent = draw(st.sampled_from(sorted(nodes)))
        rel = f"{parent}/{draw(names)}" if parent else draw(names)
        nodes.setdefault(rel, draw(st.none() | st.binary(max_size=60)))
    return nodes


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=trees())
def test_any_tree_round_trips(
    zk_client: KazooClient, tmp_path: Path, tree: dict[str, bytes | None]
) -> None:
    root = f"/h{uuid.uuid4().hex[:10]}"
    for rel in sorted(tree, key=lambda r: (r.count("/"), r)):
        zk_client.create(f"{root}/{rel}" if rel else root, tree[rel])
    file = tmp_path / f"{root[1:]}.jsonl.gz"
    export_tree(zk_client, root, file)
    result = import_file(zk_client, file, root + "-copy")
    assert result.complete and result.created == len(tree)
    assert held(zk_client, root + "-copy") == held(zk_client, root)
    assert compare_trees(zk_client, root, zk_client, root + "-copy").equal


def test_an_export_without_acls_imports_with_the_default_acl(
    bob: KazooClient, tmp_path: Path
) -> None:
    build(bob)
    file = tmp_path / "x.jsonl"
    exported = export_tree(bob, "/src", file, acls=False)
    assert exported.complete and not check_file(file).header.acls
    bob.create("/dst")
    assert import_file(bob, file, "/dst/src").complete
    copied, original = held(bob, "/dst/src"), held(bob, "/src")
    assert {rel: v[0] for rel, v in copied.items()} == {rel: v[0] for rel, v in original.items()}
    world = frozenset({("world", "anyone", Permissions.ALL)})
    assert all(acl == world for _data, acl, _kind in copied.values())
    assert import_file(bob, file, "/dst/src").same == exported.nodes  # ACLs not compared


def test_acls_with_hidden_digest_ids_are_never_written_back(
    zk_client: KazooClient, bob: KazooClient, tmp_path: Path
) -> None:
    bob.create("/src", b"r")
    # Everyone may read it, only bob may change its ACL: others see bob's digest as bob:x.
    bob.create("/src/shared", b"s", acl=[READ_ALL, make_digest_acl("bob", "secret", all=True)])
    file = tmp_path / "x.jsonl"
    exported = export_tree(zk_client, "/src", file)
    assert exported.acl_hidden == ["/src/shared"] and not exported.complete
    zk_client.create("/dst")
    assert plan_import(zk_client, file, "/dst/src").acl_hidden == ["/dst/src/shared"]
    result = import_file(zk_client, file, "/dst/src")
    assert result.created == 1 and result.failed_count == 1 and not result.complete
    assert "hidden" in result.failed[0][1] and zk_client.exists("/dst/src/shared") is None
    from_bob = export_tree(bob, "/src", tmp_path / "bob.jsonl")  # bob has ADMIN: all of it
    assert from_bob.complete
    assert compare_trees(zk_client, "/src", bob, "/src").equal  # compared as both show it


def test_big_files_are_read_twice_and_must_not_change(
    zk_client: KazooClient, tmp_path: Path, monkeypatch
) -> None:
    create_tree(zk_client, [("/src", b"r")] + [(f"/src/n{i}", b"%d" % i) for i in range(600)])
    file = tmp_path / "x.jsonl.gz"
    export_tree(zk_client, "/src", file)
    monkeypatch.setattr(importing, "_KEEP_BYTES", 0)  # as for a file of many megabytes
    zk_client.create("/dst")
    assert import_file(zk_client, file, "/dst/src").created == 601
    assert held(zk_client, "/dst/src") == held(zk_client, "/src")

    planned = importing._plan

    def plan_then_touch(*args, **kwargs):
        plan = planned(*args, **kwargs)
        file.write_bytes(file.read_bytes())  # the same bytes, but another file now
        os.utime(file, ns=(1, 1))
        return plan

    monkeypatch.setattr(importing, "_plan", plan_then_touch)
    with pytest.raises(BadFile, match="changed after it was checked"):
        import_file(zk_client, file, "/dst/again")
    assert zk_client.exists("/dst/again") is None
