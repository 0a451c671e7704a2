"""Small helpers shared by the GUI tests: connect a session, read what the tree shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from zkinspector.models.tree import ZnodeTreeModel
from zkinspector.zk.connstr import build_params
from zkinspector.zk.session import CONNECTED, ZkSession

WAIT = 15_000  # ms: generous, the machine may be busy; tests wait for events, never sleep


def connect(qtbot, session: ZkSession, connect_string: str, **kwargs) -> None:
    """Connect `session` and wait until it is up."""
    with qtbot.waitSignal(session.connected, timeout=WAIT):
        session.connect_to(build_params(connect_string, **kwargs))
    assert session.state == CONNECTED


def shown_children(model: ZnodeTreeModel, path: str) -> list[str] | None:
    """Names the model shows under `path` (column 0 display text), None if not loaded."""
    index = model.index_of_path(path)
    if not index.isValid():
        return None
    node = model.find(path)
    if node is None or node.children is None:
        return None
    return [model.index(r, 0, index).data() for r in range(model.rowCount(index))]


def expand(qtbot, model: ZnodeTreeModel, path: str, expected: list[str] | None = None) -> None:
    """Ask the model for `path`'s children (as the view does on expand) and wait for them."""
    qtbot.waitUntil(lambda: model.index_of_path(path).isValid(), timeout=WAIT)
    index = model.index_of_path(path)
    if model.canFetchMore(index):
        model.fetchMore(index)
    if expected is None:
        qtbot.waitUntil(
            lambda: shown_children(model, path) is not None and not model.is_busy(), timeout=WAIT
        )
    else:
        qtbot.waitUntil(lambda: shown_children(model, path) == expected, timeout=WAIT)


def root_index(model: ZnodeTreeModel) -> QModelIndex:
    return model.index(0, 0)
