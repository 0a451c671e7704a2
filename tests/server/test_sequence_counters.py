"""A queue (any parent of sequential nodes) moved, imported or copied keeps numbering
new sequential children after its entries (zk/sequence.py through move, import, copy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kazoo.client import KazooClient

from zkinspector.zk import sequence
from zkinspector.zk.copying import check_copy, copy_tree
from zkinspector.zk.export import export_tree
from zkinspector.zk.importing import import_file, plan_import
from zkinspector.zk.move import move_tree
from zkinspector.zk.sequence import GAP_LIMIT

FAR = f"far-{GAP_LIMIT + 10:010d}"  # a name no counter can be raised to in time


def queue(client: KazooClient, parent: str, *, size: bytes = b"") -> list[str]:
    """A queue whose consumer took 9 of 12 entries: entry-...09, 10, 11 are left."""
    client.create(parent, makepath=True)
    made = [client.create(f"{parent}/entry-", size, sequence=True) for _ in range(12)]
    for path in made[:9]:
        client.delete(path)
    return sorted(client.get_children(parent))


def assert_takes_entries_after(client: KazooClient, parent: str, before: list[str]) -> None:
    """New sequential entries come after every entry there, in order, none colliding."""
    assert sorted(client.get_children(parent)) == before
    made = [client.create(f"{parent}/entry-", b"new", sequence=True) for _ in range(12)]
    names = [path.rpartition("/")[2] for path in made]
    assert names == sorted(names) and names[0] > before[-1], (names, before)


@pytest.mark.parametrize("atomic", [True, False])
def test_a_moved_queue_numbers_new_entries_after_its_own(
    zk_client: KazooClient, atomic: bool
) -> None:
    # 2 KB entries over a 8 KB request limit cannot go in one transaction: batches.
    before = queue(zk_client, "/jobs/q", size=b"" if atomic else b"x" * 2000)
    result = move_tree(zk_client, "/jobs/q", "/jobs/q2", request_limit=1 << 20 if atomic else 8192)
    assert result.complete and result.atomic is atomic and result.counters_left == []
    assert_takes_entries_after(zk_client, "/jobs/q2", before)


def test_an_imported_queue_numbers_new_entries_after_its_own(
    zk_client: KazooClient, tmp_path: Path
) -> None:
    before = queue(zk_client, "/jobs/q")
    file = tmp_path / "q.jsonl"
    export_tree(zk_client, "/jobs", file)
    zk_client.create("/restore")
    assert plan_import(zk_client, file, "/restore/jobs").far_counters == []
    result = import_file(zk_client, file, "/restore/jobs")
    assert result.complete and result.counters_left == []
    assert_takes_entries_after(zk_client, "/restore/jobs/q", before)


def test_a_copied_queue_numbers_new_entries_after_its_own(zk_client: KazooClient) -> None:
    before = queue(zk_client, "/jobs/q")
    assert check_copy(zk_client, "/jobs", zk_client, "/copy").source.far_counters == []
    result = copy_tree(zk_client, "/jobs", zk_client, "/copy")
    assert result.complete and result.counters_left == []
    assert_takes_entries_after(zk_client, "/copy/q", before)
    assert_takes_entries_after(zk_client, "/jobs/q", before)  # the source as it was


def test_a_counter_too_far_behind_is_named_in_plan_and_result(
    zk_client: KazooClient, tmp_path: Path
) -> None:
    zk_client.create(f"/src/far/{FAR}", makepath=True)
    zk_client.create("/src/near/entry-0000000500", makepath=True)

    survey = check_copy(zk_client, "/src", zk_client, "/copy").source
    assert survey.far_counters == ["/src/far"]
    copied = copy_tree(zk_client, "/src", zk_client, "/copy")
    assert [path for path, _ in copied.counters_left] == ["/copy/far"]
    assert str(GAP_LIMIT + 10) in copied.counters_left[0][1]
    # The near one was raised: its next sequential child comes after entry-...500.
    assert zk_client.create("/copy/near/entry-", sequence=True) == "/copy/near/entry-0000000501"

    file = tmp_path / "src.jsonl"
    export_tree(zk_client, "/src", file)
    zk_client.create("/restore")
    assert plan_import(zk_client, file, "/restore/src").far_counters == ["/restore/src/far"]
    imported = import_file(zk_client, file, "/restore/src")
    assert [path for path, _ in imported.counters_left] == ["/restore/src/far"]

    moved = move_tree(zk_client, "/src", "/moved")
    assert moved.complete and [path for path, _ in moved.counters_left] == ["/moved/far"]
    assert zk_client.create("/moved/near/entry-", sequence=True) == "/moved/near/entry-0000000501"


def test_a_raise_never_shows_its_step_child_between_transactions(
    zk_client: KazooClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long parent path and a small request limit split the steps over several
    transactions: each carries whole create/delete pairs, so the throwaway child is
    never left on the server between two of them."""
    parent = "/q" + "/" + "x" * 400
    zk_client.create(parent, makepath=True)
    sent: list[list] = []
    real_commit = sequence.commit

    def recording(client, ops, **options):
        ops = list(ops)
        sent.append(ops)
        done = real_commit(client, ops, **options)
        assert zk_client.get_children(parent) == []  # nothing left between transactions
        return done

    monkeypatch.setattr(sequence, "commit", recording)
    report = sequence.raise_counters(zk_client, [(parent, 3000)], request_limit=8192)
    assert report.raised == [parent] and not report.left
    assert len(sent) > 1  # (the limit did split the steps)
    assert all(len(ops) % 2 == 0 and len(ops) > 0 for ops in sent)
    made = zk_client.create(f"{parent}/entry-", sequence=True)
    assert made.endswith("0000003001")
