"""The selected node: its data, stat and ACL, loaded off the GUI thread and kept live.

Selection changes are debounced and every load carries a token, so holding an arrow
key down never shows a node that is no longer selected. The loaded node carries a data
watch; when it fires the node is read again (the panes decide whether to show it
directly or to keep the user's unsaved edit).
"""

from __future__ import annotations

from kazoo.exceptions import BadVersionError, NoNodeError
from PySide6.QtCore import QObject, QTimer, Signal

from ..zk.errors import describe
from ..zk.reads import NodeSnapshot, node_stat, read_node
from ..zk.session import Job, ZkSession
from ..zk.writes import set_data_once


class SelectedNode(QObject):
    """Loads and watches the node the user selected; saves its data with its version."""

    loaded = Signal(object)  # NodeSnapshot of the selected node
    missing = Signal(str)  # the selected node does not exist (any more)
    failed = Signal(str, str)  # path, message
    changedOnServer = Signal(str)  # the selected node's data/stat changed on the server
    saved = Signal(str, object)  # path, new stat
    saveFailed = Signal(str, str)  # path, message
    conflict = Signal(str, int, object)  # path, version loaded, server's stat (None: gone)

    DEBOUNCE_MS = 40

    def __init__(self, session: ZkSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._path: str | None = None
        self._snapshot: NodeSnapshot | None = None
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        session.dataChanged.connect(self._on_data_event)
        session.resynced.connect(lambda _new: self.reload())

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def snapshot(self) -> NodeSnapshot | None:
        """The last snapshot loaded for the selected path (None while loading)."""
        return self._snapshot

    def select(self, path: str | None) -> None:
        """Show `path` (None: nothing). Loads after a short pause; older loads are dropped."""
        if path == self._path and self._snapshot is not None:
            return
        self._path = path
        self._snapshot = None
        self._cancel()
        if path is None:
            self._timer.stop()
        else:
            self._timer.start()

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.abandon()
            self._job = None

    def reload(self) -> None:
        """Read the selected node again now."""
        path = self._path
        if path is None or not self._session.is_connected:
            return
        self._cancel()
        watch = self._session.data_watch_for(path)
        self._job = self._session.submit(
            lambda c: read_node(c, path, watch),
            lambda snap: self._on_loaded(path, snap),
            lambda exc: self._on_error(path, exc),
        )

    def _on_loaded(self, path: str, snapshot: NodeSnapshot) -> None:
        if path != self._path:
            return
        self._job = None
        self._snapshot = snapshot
        self.loaded.emit(snapshot)

    def _on_error(self, path: str, exc: BaseException) -> None:
        if path != self._path:
            return
        self._job = None
        self._snapshot = None
        if isinstance(exc, NoNodeError):
            self.missing.emit(path)
        else:
            self.failed.emit(path, describe(exc, path))

    def _on_data_event(self, path: str, kind: str) -> None:
        if path == self._path:
            self.changedOnServer.emit(path)

    # -- saving -----------------------------------------------------------------------

    def save(self, path: str, data: bytes, version: int) -> None:
        """Write `data` if the node still has `version`; else emit `conflict`."""
        self._session.submit(
            lambda c: set_data_once(c, path, data, version),
            lambda stat: self.saved.emit(path, stat),
            lambda exc: self._on_save_error(path, version, exc),
            write=True,
        )

    def _on_save_error(self, path: str, version: int, exc: BaseException) -> None:
        if isinstance(exc, BadVersionError | NoNodeError):
            self._session.submit(
                lambda c: node_stat(c, path),
                lambda stat: self.conflict.emit(path, version, stat),
                lambda e: self.saveFailed.emit(path, describe(e, path)),
            )
        else:
            self.saveFailed.emit(path, describe(exc, path))
