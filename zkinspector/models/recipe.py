"""The recipes lens of one connection: what recipe the selected node is, kept live.

:class:`RecipeLens` follows the selected node while it is active (its panel shown): it
reads the recipe on a worker (zk/recipes.py ``read_recipe``) with the session's watches
on the nodes the recipe lives in, and reads again when their children change (a lock
handed over, a member gone), coalescing bursts. Results of an older selection or
connection are dropped.
"""

from __future__ import annotations

from kazoo.exceptions import NoNodeError
from PySide6.QtCore import QObject, QTimer, Signal

from ..zk.errors import describe
from ..zk.jobs import Job
from ..zk.recipes import RecipeView, read_recipe
from ..zk.session import DISCONNECTED, ZkSession

__all__ = ["REREAD_DELAY_MS", "RecipeLens"]

#: Milliseconds a change waits for others before the recipe is read again.
REREAD_DELAY_MS = 80


class RecipeLens(QObject):
    """Tells what recipe the followed node belongs to, and every change of it.

    ``changed(view)``: a :class:`zk.recipes.RecipeView`, or None when there is nothing to
    show (no node, not connected, inactive). ``failed(sentence)``: it could not be read.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, session: ZkSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._path: str | None = None
        self._active = False
        self._view: RecipeView | None = None
        self._watched: frozenset[str] = frozenset()
        self._job: Job | None = None
        self._again = False
        self._serial = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REREAD_DELAY_MS)
        self._timer.timeout.connect(self._read)
        session.childrenChanged.connect(self._on_children)
        session.dataChanged.connect(self._on_data)
        session.resynced.connect(lambda _new: self.refresh())
        session.connected.connect(self.refresh)
        session.stateChanged.connect(self._on_state)

    @property
    def view(self) -> RecipeView | None:
        """What was shown last (None: nothing)."""
        return self._view

    @property
    def path(self) -> str | None:
        return self._path

    def set_active(self, active: bool) -> None:
        """Read (and keep reading) only while active: no watches, no reads otherwise."""
        if active == self._active:
            return
        self._active = active
        if active:
            self.refresh()
        else:
            self._drop()

    def follow(self, path: str | None) -> None:
        """Describe ``path`` from now on (None: nothing)."""
        if path == self._path:
            return
        self._path = path
        self._drop()
        self.refresh()

    def refresh(self) -> None:
        """Read again now (if active and there is a node)."""
        if not self._active or self._path is None or not self._session.is_connected:
            self._show(None)
            return
        self._timer.stop()
        self._read()

    def _drop(self) -> None:
        self._serial += 1
        self._timer.stop()
        self._again = False
        if self._job is not None:
            self._job.abandon()
            self._job = None
        self._watched = frozenset()
        self._show(None)

    def _show(self, view: RecipeView | None) -> None:
        if view == self._view:
            return
        self._view = view
        self.changed.emit(view)

    def _on_state(self, state: str, _detail: str) -> None:
        if state == DISCONNECTED:
            self._drop()

    def _on_children(self, path: str) -> None:
        if self._active and path in self._watched:
            self._timer.start()

    def _on_data(self, path: str, _kind: str) -> None:
        if self._active and path == self._path:
            self._timer.start()

    def _read(self) -> None:
        if not self._active or self._path is None:
            return
        if self._job is not None:
            self._again = True  # read once more when this one is in
            return
        path, serial, session = self._path, self._serial, self._session
        watch, data_watch = session.child_watcher, session.data_watcher
        self._job = session.submit(
            lambda client: read_recipe(client, path, watch, data_watch),
            lambda view: self._read_done(serial, view, None),
            lambda exc: self._read_done(serial, None, exc),
        )

    def _read_done(self, serial: int, view: RecipeView | None, exc: BaseException | None) -> None:
        if serial != self._serial:
            return
        self._job = None
        if exc is not None:
            self._watched = frozenset()
            if isinstance(exc, NoNodeError):
                self._show(None)
            else:
                self._view = None  # (the next answer is shown, even if it is the same)
                self.failed.emit(describe(exc, self._path))
        else:
            assert view is not None
            self._watched = frozenset(view.watch)
            self._show(view)
        if self._again:
            self._again = False
            self._timer.start()
