"""A search handed over to a helper process: the same results, through a session of its own
with the client's chroot and credentials; stopped when asked."""

from __future__ import annotations

import pytest
from kazoo.security import make_digest_acl

from zkinspector.zk.bulk import create_tree
from zkinspector.zk.errors import Cancelled
from zkinspector.zk.helper import Helper, helper_settings
from zkinspector.zk.search import SearchCriteria, search
from zkinspector.zk.walk import GO_ON, HAND_OVER, walk

BOB = [make_digest_acl("bob", "secret", all=True)]


@pytest.fixture
def bob(kazoo_client, zk_chroot):
    """A client under a fresh chroot with bob's credentials, and a tree only bob may read
    in part: /t with 20 parents of 50 children, and /t/p3/secret (bob's ACL, data)."""
    client = kazoo_client(zk_chroot, auth_data=[("digest", "bob:secret")])
    items = [("/t", b"")]
    for p in range(20):
        items.append((f"/t/p{p}", b"parent"))
        items += [(f"/t/p{p}/c{c}", b"x" * c) for c in range(50)]
    create_tree(client, items)
    client.create("/t/p3/secret", b"needle", acl=BOB)
    return client


def handed_over(client, helper: Helper, criteria: SearchCriteria) -> tuple[set, list]:
    """Walk until the helper is ready, then let it find the rest: (its hits, the rest)."""
    rest: list = []

    def handoff(_waiting: int, _idle: bool) -> str:
        return HAND_OVER if helper.wait_ready() else GO_ON

    items = walk(client, criteria.root, window=16, handoff=handoff, rest=rest)
    walked = {item.path for item in items}
    hits = {path for path, _kind, _size in helper.search(vars(criteria), rest)}
    return walked | hits, rest


def test_helper_finds_what_the_thread_finds(bob):
    """The walk hands its frontier over (whole groups by their parent, the others by
    name); the helper's hits and the thread's together are every node of the subtree,
    the secret node included (the helper has bob's credentials and the chroot)."""
    every = {hit.path for hit in search(bob, SearchCriteria("/t"), helper_after=None)}
    assert len(every) == 1 + 20 * 51 + 1 and "/t/p3/secret" in every
    settings = helper_settings(bob)
    assert settings is not None
    helper = Helper(settings)
    assert helper.start()
    try:
        union, rest = handed_over(bob, helper, SearchCriteria("/t"))
    finally:
        helper.close()
    assert rest, "the walk handed nothing over"
    assert union == every


def test_a_search_handed_over_at_once_finds_data_and_sizes(bob, monkeypatch):
    import zkinspector.zk.search as search_module

    started: list[Helper] = []
    monkeypatch.setattr(search_module, "HELPER_NODES", 10)  # (hand over at once)
    monkeypatch.setattr(search_module, "Helper", lambda s: started.append(Helper(s)) or started[-1])
    data = SearchCriteria("/t", "needle", field="data")
    assert {h.path for h in search(bob, data, helper_after=0)} == {"/t/p3/secret"}
    sizes = {h.path: h.size for h in search(bob, SearchCriteria("/t", "c49"), helper_after=0)}
    assert sizes == {f"/t/p{p}/c49": 49 for p in range(20)}
    assert len(started) == 2  # both went through a helper


def test_helper_stops_when_cancelled(bob):
    """A stop asked once hits came raises Cancelled; the helper, its input closed (as
    when the window's process stops it or dies), ends by itself."""
    helper = Helper(helper_settings(bob))
    assert helper.start()
    seen: list[str] = []
    try:
        rest = [("/t/", 1, [f"p{p}" for p in range(20)], False)]
        assert helper.wait_ready()
        with pytest.raises(Cancelled):
            for path, _kind, _size in helper.search(
                vars(SearchCriteria("/t")), rest, cancelled=lambda: bool(seen)
            ):
                seen.append(path)
        assert seen  # (it was stopped in the middle, not before the first answer)
        proc = helper.proc
        assert proc is not None
        proc.stdin.close()
        assert proc.wait(timeout=15) == 0  # gone without being killed (or done already)
    finally:
        helper.close()


def test_search_holds_big_listings_for_the_helper(bob, monkeypatch):
    """Knowing of many nodes it has not visited, a search starts a helper at once and
    lists nothing meanwhile: the helper gets the nodes and finds the same."""
    import zkinspector.zk.search as search_module

    every = {hit.path for hit in search(bob, SearchCriteria("/t"), helper_after=None)}
    monkeypatch.setattr(search_module, "HELPER_NODES", 10)
    started: list[Helper] = []
    monkeypatch.setattr(search_module, "Helper", lambda s: started.append(Helper(s)) or started[-1])
    assert {hit.path for hit in search(bob, SearchCriteria("/t"), helper_after=60)} == every
    assert len(started) == 1 and started[0].proc is None  # used, then closed
