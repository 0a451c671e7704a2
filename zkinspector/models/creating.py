"""Creating one node as the create dialog asked, exactly once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..zk.errors import describe
from ..zk.node_types import TtlRefused
from ..zk.session import ZkSession

__all__ = ["CreateRequest", "NodeCreator"]


@dataclass(frozen=True)
class CreateRequest:
    """What the create dialog asks for: a node's full path, data, kind and ACL.

    ``container`` and ``ttl`` ask for a container node or a TTL node (see
    zk/node_types.py); neither goes with ``ephemeral``.
    """

    path: str
    data: bytes
    ephemeral: bool
    sequential: bool
    makepath: bool
    acl: list | None = None
    container: bool = False
    ttl: int | None = None  # milliseconds: a TTL node


class NodeCreator(QObject):
    """Creates nodes through ``session``; reports each outcome in a signal."""

    created = Signal(str)  # the path the server gave the node (sequence suffix included)
    failed = Signal(str, str)  # path asked for, sentence (nothing was created)

    def __init__(self, session: ZkSession, parent=None) -> None:
        super().__init__(parent)
        self._session = session

    def create(self, request: CreateRequest) -> None:
        """Send the create; ``created`` or ``failed`` follows."""
        self._session.create(
            request.path,
            request.data,
            ephemeral=request.ephemeral,
            sequential=request.sequential,
            makepath=request.makepath,
            acl=request.acl,
            container=request.container,
            ttl=request.ttl,
            on_result=self.created.emit,
            on_error=lambda exc: self.failed.emit(request.path, _sentence(exc, request.path)),
        )


def _sentence(exc: BaseException, path: str) -> str:
    if isinstance(exc, TtlRefused):
        return str(exc)  # what the server needs for TTL nodes
    return describe(exc, path)
