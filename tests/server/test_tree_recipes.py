"""Recipe nodes in the tree model: their badge, and their children in sequence order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import WAIT, expand, shown_children
from tests.recipe_helpers import Background, count_is, lock_line, wait_children
from zkinspector.models.tree import RecipeRole
from zkinspector.zk.order import BY_CTIME, BY_NAME, sequence_number


@pytest.fixture
def background() -> Iterator[Background]:
    runner = Background()
    yield runner
    runner.close()


def badge(model, path: str):
    return model.index_of_path(path).data(RecipeRole)


def test_lock_children_in_sequence_order_with_a_badge(
    qtbot, model, kazoo_client, zk_chroot, background
) -> None:
    clients = [kazoo_client(zk_chroot) for _ in range(4)]
    locks = lock_line(clients, "/lock", background)
    other = clients[0]
    for name in ("b-0000000002", "a-0000000010", "c"):
        other.create(f"/plain/{name}", makepath=True)
    expand(qtbot, model, "/")
    expand(qtbot, model, "/lock")
    expand(qtbot, model, "/plain")

    def by_sequence(names: list[str]) -> bool:
        numbers = [sequence_number(n) for n in names]
        return len(names) == len(set(names)) and numbers == sorted(numbers)

    # The kazoo names start with a random uuid: in name order the holder would be anywhere.
    qtbot.waitUntil(lambda: by_sequence(shown_children(model, "/lock") or []), timeout=WAIT)
    assert len(shown_children(model, "/lock")) == 4
    assert badge(model, "/lock") == "Lock"
    holder = other.Lock("/lock").contenders()[0]
    assert other.get(f"/lock/{shown_children(model, '/lock')[0]}")[0].decode() == holder
    # A node that is no recipe keeps the order chosen (by name).
    assert shown_children(model, "/plain") == ["a-0000000010", "b-0000000002", "c"]
    assert badge(model, "/plain") is None and badge(model, "/") is None

    locks[0].release()  # handed over: the rows follow, still by sequence
    wait_children(other, "/lock", count_is(3))
    qtbot.waitUntil(
        lambda: (
            len(shown_children(model, "/lock")) == 3 and by_sequence(shown_children(model, "/lock"))
        ),
        timeout=WAIT,
    )

    model.set_order(BY_CTIME)  # another order chosen by the user applies to them too
    model.set_order(BY_NAME)
    qtbot.waitUntil(lambda: by_sequence(shown_children(model, "/lock")), timeout=WAIT)
    assert shown_children(model, "/plain") == ["a-0000000010", "b-0000000002", "c"]
