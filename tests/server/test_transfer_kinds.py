"""Container and TTL nodes through import, copy and move on real servers: they keep their
kind where the target server takes it (the server then deletes them as such), and a TTL
node the server refuses is created persistent and named, never silently."""

from __future__ import annotations

import json
from pathlib import Path

from kazoo.client import KazooClient
from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL, Id, Permissions

from tests.server.test_cli import zkinspector
from tests.server.test_node_types import deleted_by_server
from zkinspector.zk.copying import copy_tree
from zkinspector.zk.export import export_tree
from zkinspector.zk.importing import plan_import
from zkinspector.zk.move import move_tree
from zkinspector.zk.node_types import create_typed
from zkinspector.zk.transfer_format import ExportWriter, FileHeader, NodeRecord

OPEN = (ACL(Permissions.ALL, Id("world", "anyone")),)


def kinds_file(tmp_path: Path) -> Path:
    """An export of /app marking a container node (with a child) and a TTL node."""
    path = tmp_path / "kinds.jsonl"
    with ExportWriter(path, FileHeader("/app", "zk1:2181")) as writer:
        for record in (
            NodeRecord("", b"", OPEN),
            NodeRecord("box", b"c", OPEN, container=True),
            NodeRecord("box/item", b"", OPEN),
            NodeRecord("lease", b"t", OPEN, ttl=300),
            NodeRecord("plain", b"p", OPEN),
        ):
            writer.write(record)
        writer.commit()
    return path


def test_an_import_keeps_container_and_ttl_nodes(
    kazoo_client, zk_extended_chroot: str, tmp_path: Path
) -> None:
    client = kazoo_client(zk_extended_chroot)
    client.create("/dst")
    done = zkinspector("import", str(kinds_file(tmp_path)), zk_extended_chroot, "/dst")
    assert done.returncode == 0, done.stderr
    assert "created persistent" not in done.stderr
    # The server reports all three as persistent; it deletes the container and TTL ones.
    assert client.exists("/dst/app/box").ephemeralOwner == 0
    client.delete("/dst/app/box/item")
    assert deleted_by_server(client, "/dst/app/box")
    assert deleted_by_server(client, "/dst/app/lease")
    assert client.get("/dst/app/plain")[0] == b"p"


def test_a_server_without_ttl_nodes_gets_persistent_ones_named(
    zk_client: KazooClient, zk_chroot: str, tmp_path: Path
) -> None:
    zk_client.create("/dst")
    done = zkinspector("import", str(kinds_file(tmp_path)), zk_chroot, "/dst")
    assert done.returncode == 1, done.stderr  # done in part: a node lost its kind
    assert (
        "zkinspector: /dst/app/lease was created persistent, not as a TTL node: the server "
        "takes TTL nodes only with extendedTypesEnabled=true." in done.stderr
    )
    assert zk_client.get("/dst/app/lease")[0] == b"t"
    assert sorted(zk_client.get_children("/dst/app")) == ["box", "lease", "plain"]


def _made_here(client: KazooClient, nodes: dict[str, str]):
    """As ``ZkSession.created_type``: the kinds of the nodes this client made."""
    known = {client.exists(path).czxid: kind for path, kind in nodes.items()}
    return lambda stat: known.get(stat.czxid, "") if isinstance(stat, ZnodeStat) else ""


def test_copy_and_move_keep_the_kinds_they_know(kazoo_client, zk_extended_chroot: str) -> None:
    client = kazoo_client(zk_extended_chroot)
    client.create("/src")
    create_typed(client, "/src/box", container=True)
    client.create("/src/box/item")
    create_typed(client, "/src/lease", b"t", ttl=2_000)
    create_typed(client, "/src/lease/held", b"", ttl=2_000)  # keeps lease until it goes
    kind_of = _made_here(
        client, {"/src/box": "container", "/src/lease": "ttl 2000 ms", "/src/lease/held": ""}
    )

    copied = copy_tree(client, "/src", client, "/copy", kind_of=kind_of)
    assert copied.complete and not copied.kind_lost
    moved = move_tree(client, "/src", "/moved", kind_of=kind_of)
    assert moved.complete and moved.atomic and not moved.kind_lost

    for root in ("/copy", "/moved"):
        client.delete(f"{root}/box/item")
        assert deleted_by_server(client, f"{root}/box")
        client.delete(f"{root}/lease/held")
        assert deleted_by_server(client, f"{root}/lease")


def test_a_move_to_a_server_without_ttl_nodes_names_them(
    kazoo_client, zk_extended_chroot: str, zk_client: KazooClient
) -> None:
    """The kind is known, the server refuses it: the move goes on, the node is named."""
    source = kazoo_client(zk_extended_chroot)
    source.create("/src")
    create_typed(source, "/src/lease", b"t", ttl=60_000)
    kind_of = _made_here(source, {"/src/lease": "ttl 60000 ms"})
    copied = copy_tree(source, "/src", zk_client, "/copy", kind_of=kind_of)
    assert copied.complete, copied
    assert copied.kind_lost == [
        (
            "/copy/lease",
            "/copy/lease was created persistent, not as a TTL node: the server takes TTL "
            "nodes only with extendedTypesEnabled=true.",
        )
    ]
    assert zk_client.get("/copy/lease")[0] == b"t"

    zk_client.create("/copy/lease2", b"u")
    kind_of = _made_here(zk_client, {"/copy/lease2": "ttl 60000 ms"})
    moved = move_tree(zk_client, "/copy", "/moved", kind_of=kind_of)
    assert moved.complete and not moved.atomic
    assert [path for path, _ in moved.kind_lost] == ["/moved/lease2"]
    assert zk_client.get("/moved/lease2")[0] == b"u"


def test_an_export_marks_the_kinds_it_knows_and_an_import_keeps_them(
    kazoo_client, zk_extended_chroot: str, tmp_path: Path
) -> None:
    client = kazoo_client(zk_extended_chroot)
    client.create("/src")
    create_typed(client, "/src/box", container=True)
    client.create("/src/box/item")
    create_typed(client, "/src/lease", b"t", ttl=60_000)
    kind_of = _made_here(client, {"/src/box": "container", "/src/lease": "ttl 60000 ms"})
    file = tmp_path / "src.jsonl"

    export_tree(client, "/src", file, kind_of=kind_of)
    nodes = {n.get("path"): n for n in map(json.loads, file.read_text().splitlines())}
    assert nodes["box"].get("container") is True and "ttl" not in nodes["box"]
    assert nodes["lease"].get("ttl") == 60_000 and "container" not in nodes["lease"]
    assert "container" not in nodes["box/item"] and "ttl" not in nodes["box/item"]

    client.create("/dst")
    done = zkinspector("import", str(file), zk_extended_chroot, "/dst")
    assert done.returncode == 0, done.stderr
    client.delete("/dst/src/box/item")
    assert deleted_by_server(client, "/dst/src/box")


def test_the_import_plan_counts_the_marked_nodes(zk_client: KazooClient, tmp_path: Path) -> None:
    zk_client.create("/dst")
    plan = plan_import(zk_client, kinds_file(tmp_path), "/dst")
    assert plan.nodes == 5 and plan.typed == 2  # the container and the TTL node
