"""Small one-shot reads the window asks of a connection (is a node there, which server
version answers), run on the session's workers; the answers come back by signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..zk.errors import describe
from ..zk.reads import read_stats
from ..zk.server_info import server_version
from ..zk.session import ZkSession

__all__ = ["Lookups"]


class Lookups(QObject):
    """One connection's small reads. Answers of an older connection are dropped."""

    exists = Signal(str, bool)  # path, whether the node is there
    serverVersion = Signal(str)  # the server's version ("3.8.4-...")
    serverVersionFailed = Signal(str)  # a sentence

    def __init__(self, session: ZkSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    @property
    def connected(self) -> bool:
        return self._session.is_connected

    def check_exists(self, path: str) -> None:
        """Ask whether ``path`` exists; ``exists`` answers."""
        self._session.submit(
            lambda client: read_stats(client, [path])[0] is not None,
            lambda found: self.exists.emit(path, found),
        )

    def ask_server_version(self) -> None:
        """Ask the server for its version (``srvr``); ``serverVersion`` answers."""
        self._session.submit(
            server_version,
            self.serverVersion.emit,
            lambda exc: self.serverVersionFailed.emit(describe(exc)),
        )
