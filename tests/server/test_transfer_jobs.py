"""Transfer work as the window runs it: jobs of one session that also read through another
session's client (ZkSession.submit_with), results and streamed items on the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from tests.helpers import connect
from zkinspector.models.transfer import CopyJob, ImportJob
from zkinspector.zk.compare import Difference, compare_trees
from zkinspector.zk.copying import copy_tree
from zkinspector.zk.export import export_tree
from zkinspector.zk.sequence import GAP_LIMIT
from zkinspector.zk.session import NotConnectedError, ReadOnlyError, ZkSession

WAIT = 15_000


@pytest.fixture
def second(qtbot) -> Iterator[ZkSession]:
    s = ZkSession()
    yield s
    s.shutdown(wait=True)


def test_a_job_reads_through_another_session(qtbot, session, second, zk_client, zk_chroot) -> None:
    zk_client.create("/a/x", b"1", makepath=True)
    zk_client.create("/a/y", b"2")
    connect(qtbot, session, zk_chroot)
    connect(qtbot, second, zk_chroot)
    results: list = []
    items: list[Difference] = []

    def paste(client: KazooClient, source: KazooClient, job) -> object:
        return copy_tree(source, "/a", client, "/b", cancelled=lambda: job.stop_requested)

    job = session.submit_with(second, paste, results.append, results.append, write=True)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    assert job.wait(5) and results[0].created == 3
    assert zk_client.get("/b/y")[0] == b"2"

    zk_client.set("/b/x", b"changed")
    results.clear()

    def compare(client: KazooClient, other: KazooClient, job) -> object:
        return compare_trees(client, "/a", other, "/b", emit=job.emit, progress=job.report)

    session.submit_with(second, compare, results.append, results.append, on_items=items.extend)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    assert results[0].changed == 1 and items == [Difference("x", "changed", ("data",))]


def test_pair_jobs_check_both_connections(qtbot, session, second, zk_chroot) -> None:
    errors: list[BaseException] = []
    connect(qtbot, session, zk_chroot, read_only=True)
    session.submit_with(second, lambda c, o, j: None, None, errors.append)  # second not connected
    connect(qtbot, second, zk_chroot)
    session.submit_with(second, lambda c, o, j: None, None, errors.append, write=True)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=WAIT)
    assert isinstance(errors[0], NotConnectedError) and isinstance(errors[1], ReadOnlyError)


def test_plans_and_reports_name_far_counters_and_persistent_types(
    qtbot, session, zk_client, zk_chroot, tmp_path
) -> None:
    """What the import and paste dialogs show before writing: which container and TTL
    nodes keep their kind; a parent whose counter cannot be raised is named, then reported."""
    zk_client.create(f"/src/far/x-{GAP_LIMIT + 5:010d}", makepath=True)
    zk_client.create("/dst")
    file = tmp_path / "src.jsonl"
    export_tree(zk_client, "/src", file)
    connect(qtbot, session, zk_chroot)
    plain = ImportJob(session, str(file), "/dst")
    with qtbot.waitSignal(plain.planned, timeout=WAIT) as plan:
        plain.check()
    assert not any("container or TTL" in n for n in plan.args[0].notes)

    box = zk_client.create("/src/box", b"")  # marked a container in the export
    container = zk_client.exists(box).czxid
    export_tree(zk_client, "/src", file, kind_of=lambda st: "container" * (st.czxid == container))
    importing = ImportJob(session, str(file), "/dst")
    with qtbot.waitSignal(importing.planned, timeout=WAIT) as plan:
        importing.check()
    assert (
        "1 node of the file is marked a container or TTL node: it keeps its kind where "
        "the server allows it." in plan.args[0].notes
    )
    assert any("/dst/src/far" in w for w in plan.args[0].warnings)
    with qtbot.waitSignal(importing.finished, timeout=WAIT) as done:
        importing.start("skip", False, None)
    report = done.args[0]
    assert any(
        line.strip().startswith("/dst/src/far: its sequence counter") for line in report.lines
    )

    copying = CopyJob(session, ["/src"], session, "/dst/again")
    zk_client.create("/dst/again")
    with qtbot.waitSignal(copying.planned, timeout=WAIT) as plan:
        copying.plan()
    assert any("made in this connection keep their kind" in n for n in plan.args[0].notes)
    assert any("/src/far" in w for w in plan.args[0].warnings)
