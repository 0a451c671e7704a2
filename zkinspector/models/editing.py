"""Editing the selected node's data: save with the version the text was loaded at,
conflicts, keeping an unsaved edit when the node changes on the server, differences.

The controller decides; the window shows. It reads the editor through a small protocol
(:class:`TextSource`, which the data pane satisfies) and tells the window what to show
through its signals. All reads and writes go through the session's workers.
"""

from __future__ import annotations

from typing import Protocol

from kazoo.exceptions import NoNodeError
from kazoo.protocol.states import ZnodeStat
from PySide6.QtCore import QObject, Signal

from ..zk import codec
from ..zk.errors import describe
from ..zk.reads import NodeSnapshot, node_data
from ..zk.session import ZkSession
from .selected import SelectedNode

__all__ = ["EditController", "TextSource"]


class TextSource(Protocol):
    """What the controller needs to know of the editor."""

    def path(self) -> str | None: ...

    def is_modified(self) -> bool: ...

    def current_bytes(self) -> bytes:
        """The edited bytes; raises ValueError when the text cannot be encoded."""
        ...


class EditController(QObject):
    """The save / conflict / keep-edit flow of the selected node's data."""

    show = Signal(object)  # NodeSnapshot: load it into the panes
    keptEdit = Signal(object)  # NodeSnapshot whose data the user's unsaved edit hides
    changedWhileEditing = Signal(str)  # path: changed on the server, the edit is kept
    saving = Signal(str)  # path: a save was sent
    saved = Signal(str, object)  # path, new ZnodeStat
    saveFailed = Signal(str, str)  # path, sentence (nothing written)
    conflict = Signal(str, int, int)  # path, version loaded, version on the server now
    discarded = Signal()  # the edit was dropped for the server's data (reload chosen)
    differences = Signal(str, bytes, str)  # path, the server's data now, a note
    differencesFailed = Signal(str, str)  # path, sentence
    busyChanged = Signal()  # a save started or ended

    def __init__(
        self, session: ZkSession, selected: SelectedNode, editor: TextSource, parent=None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._selected = selected
        self._editor = editor
        self._text_version: int | None = None  # the version the editor's text came from
        self._saving: tuple[str, bytes] | None = None  # (path, data) of the save in flight
        selected.loaded.connect(self._on_loaded)
        selected.changedOnServer.connect(self._on_changed_on_server)
        selected.saved.connect(self._on_saved)
        selected.saveFailed.connect(self._on_save_failed)
        selected.conflict.connect(self._on_conflict)

    @property
    def is_saving(self) -> bool:
        return self._saving is not None

    def shown(self, snapshot: NodeSnapshot | None) -> None:
        """The panes now show ``snapshot``: a save writes with its version."""
        stat = snapshot.stat if snapshot is not None else None
        self._text_version = stat.version if stat is not None else None

    def check(self, data: bytes) -> None:
        """Raise ValueError with a sentence if ``data`` cannot be saved on the edited node
        (larger than the server takes in one request, counting the request's own bytes)."""
        path = self._editor.path() or ""
        chroot = self._session.params.chroot if self._session.params is not None else ""
        overhead = codec.request_overhead(chroot + path)
        codec.check_size(data, self._session.request_limit, overhead=overhead)

    def save(self, data: bytes) -> bool:
        """Write ``data`` to the edited node if it still has the loaded version.

        Returns False (and sends nothing) when there is nothing to save or a save is in
        flight. Raises ValueError with a sentence when the data is too large.
        """
        snap = self._selected.snapshot
        if self._saving is not None or snap is None or snap.stat is None:
            return False
        self.check(data)
        version = self._text_version if self._text_version is not None else snap.stat.version
        self._saving = (snap.path, data)
        self.saving.emit(snap.path)
        self.busyChanged.emit()
        self._selected.save(snap.path, data, version)
        return True

    def answer_conflict(self, path: str, server_version: int, choice: str) -> None:
        """The user's answer to ``conflict``: "overwrite", "reload" or "cancel"."""
        saving, self._saving = self._saving, None
        if choice == "overwrite" and saving is not None and saving[0] == path:
            # The bytes the user saved, on the version the dialog showed: not whatever
            # the editor holds now (it may show another node by now).
            self._saving = saving
            self._selected.save(path, saving[1], server_version)
        elif choice == "reload" and path == self._selected.path:
            self.discard()  # (only while that node is selected: never another one)
        self.busyChanged.emit()

    def discard(self) -> None:
        """Drop the edit: show the server's data again (read anew)."""
        self.discarded.emit()
        snap = self._selected.snapshot
        if snap is not None:
            self.show.emit(snap)
        self._selected.reload()

    def read_differences(self) -> None:
        """Read the edited node's data now, for a comparison with the editor's text."""
        path = self._editor.path()
        if path is None:
            return
        self._session.submit(
            lambda client: node_data(client, path),
            lambda data: self.differences.emit(path, data, ""),
            lambda exc: self._differences_failed(path, exc),
        )

    def _differences_failed(self, path: str, exc: BaseException) -> None:
        if isinstance(exc, NoNodeError):
            self.differences.emit(path, b"", self.tr("The node was deleted on the server."))
        else:
            self.differencesFailed.emit(path, describe(exc, path))

    # -- what the selected node's model reports ----------------------------------------

    def _on_loaded(self, snap: NodeSnapshot) -> None:
        if self._keeps_edit(snap):
            # The user typed while this reload was on its way: keep the text, say so.
            self.keptEdit.emit(snap)
            self.changedWhileEditing.emit(snap.path)
            return
        self.show.emit(snap)

    def _keeps_edit(self, snap: NodeSnapshot) -> bool:
        """Whether a loaded snapshot would replace an unsaved edit of the same node.

        Not after our own save: then the server holds exactly the editor's bytes.
        """
        editor = self._editor
        if not editor.is_modified() or editor.path() != snap.path:
            return False
        try:
            return snap.data != editor.current_bytes()
        except ValueError:
            return True  # malformed hex being typed: certainly an edit

    def _on_changed_on_server(self, path: str) -> None:
        if self._editor.is_modified():
            self.changedWhileEditing.emit(path)
        else:
            self._selected.reload()

    def _on_saved(self, path: str, stat: ZnodeStat) -> None:
        self._saving = None
        if path == self._editor.path():
            self._text_version = stat.version  # typing on before the reload lands is fine
        self.saved.emit(path, stat)
        self.busyChanged.emit()
        if path == self._selected.path:
            self._selected.reload()

    def _on_save_failed(self, path: str, message: str) -> None:
        self._saving = None
        self.saveFailed.emit(path, message)
        self.busyChanged.emit()

    def _on_conflict(self, path: str, loaded_version: int, stat: ZnodeStat | None) -> None:
        if stat is None:
            self._on_save_failed(
                path, self.tr("%s was deleted on the server; nothing was written.") % path
            )
            return
        self.conflict.emit(path, loaded_version, stat.version)
