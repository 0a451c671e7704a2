"""Container and TTL nodes: the two node types kazoo cannot create.

- A *container* node (``protocol.CreateContainer``, ZooKeeper 3.5.1+) is deleted by the
  server once it has had children and has none left; the server looks every
  ``znode.container.checkIntervalMs`` (a Java system property, 60 s by default).
- A *TTL* node (``protocol.CreateTTL``, 3.5.3+) is a persistent node, sequential or not,
  that the server deletes once it has had no change for its TTL and has no children.
  The server refuses TTL nodes unless it runs with ``extendedTypesEnabled=true``; only
  a try tells, and the answer is remembered (``ServerFeatures.ttl_nodes``).

Once made, neither can be told from a persistent node: the server reports
ephemeralOwner 0 for all three (see ``stat.py``). Blocking: call from a worker thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from kazoo.exceptions import NoNodeError, UnimplementedError
from kazoo.protocol.states import ZnodeStat
from kazoo.security import OPEN_ACL_UNSAFE

from . import paths
from .protocol import (
    CONTAINER_FLAG,
    MAX_TTL_MS,
    TTL_FLAG,
    TTL_SEQUENTIAL_FLAG,
    CreateContainer,
    CreateTTL,
    note_ttl_nodes,
    send,
    server_path,
    wait,
)
from .texts import translate

__all__ = [
    "CONTAINER",
    "TTL",
    "KindOf",
    "TtlRefused",
    "check_kind",
    "create_typed",
    "kind_text",
    "marked",
]

CONTAINER, TTL = "container", "ttl"


class TtlRefused(Exception):
    """The server refused a TTL node; str() says what it needs."""

    def __str__(self) -> str:
        return translate(
            "zk.node_types",
            "The server refused the TTL node: TTL nodes need extendedTypesEnabled=true "
            "in the server's configuration.",
        )


def check_kind(
    *, container: bool, ttl: int | None, ephemeral: bool = False, sequential: bool = False
) -> None:
    """Raise ValueError (a sentence) for a combination the server does not allow."""
    if container and ttl is not None:
        raise ValueError(
            translate("zk.node_types", "A node is either a container or a TTL node, not both.")
        )
    if container and (ephemeral or sequential):
        raise ValueError(
            translate("zk.node_types", "A container node cannot be ephemeral or sequential.")
        )
    if ttl is not None:
        if ephemeral:
            raise ValueError(
                translate(
                    "zk.node_types", "A TTL node cannot be ephemeral (it is a persistent node)."
                )
            )
        if not 0 < ttl <= MAX_TTL_MS:
            raise ValueError(
                translate(
                    "zk.node_types", "The TTL must be between 1 and {0} milliseconds."
                ).format(MAX_TTL_MS)
            )


def kind_text(container: bool, ttl: int | None) -> str:
    """How a node created here is described: "container", "TTL 5000 ms" or ""."""
    if container:
        return CONTAINER
    return f"{TTL} {ttl} ms" if ttl is not None else ""


KindOf = Callable[[ZnodeStat | None], str]
"""What the app knows of a node's kind from its stat: :func:`kind_text`'s words or ""."""

_Record = TypeVar("_Record")


def marked(record: _Record, kind_of: KindOf | None) -> _Record:
    """``record`` (a ``NodeRecord``) marked container or TTL as ``kind_of(record.stat)``
    says; as it is when that says nothing (or ``kind_of`` is None)."""
    text = kind_of(record.stat) if kind_of is not None else ""  # type: ignore[attr-defined]
    if text == CONTAINER:
        return dataclasses.replace(record, container=True)  # type: ignore[type-var]
    words = text.split()
    if len(words) == 3 and words[0] == TTL and words[1].isdigit():
        return dataclasses.replace(record, ttl=int(words[1]))  # type: ignore[type-var]
    return record


def create_typed(
    client: Any,
    path: str,
    data: bytes = b"",
    *,
    container: bool = False,
    ttl: int | None = None,
    sequential: bool = False,
    makepath: bool = False,
    acl: list | None = None,
) -> tuple[str, ZnodeStat]:
    """Create a container node (``container``) or a TTL node (``ttl`` milliseconds).

    Returns (the path the server gave it, its stat). Missing parents are created as
    plain persistent nodes with ``makepath``. Raises ValueError for a combination the
    server does not allow (see check_kind), TtlRefused, NodeExistsError, NoNodeError,
    NoAuthError, UnimplementedError (a server before 3.5), connection errors.
    """
    check_kind(container=container, ttl=ttl, sequential=sequential)
    if not container and ttl is None:
        raise ValueError(
            translate("zk.node_types", "Neither a container nor a TTL node was asked for.")
        )
    acl = list(acl) if acl else list(client.default_acl or OPEN_ACL_UNSAFE)
    target = server_path(client, path)
    if container:
        request: Any = CreateContainer(target, data, acl, CONTAINER_FLAG)
    else:
        flags = TTL_SEQUENTIAL_FLAG if sequential else TTL_FLAG
        request = CreateTTL(target, data, acl, flags, ttl)
    try:
        created, stat = wait(send(client, request))
    except NoNodeError:
        if not makepath:
            raise
        client.ensure_path(paths.dirname(path), acl)
        created, stat = wait(send(client, request))
    except UnimplementedError:
        if ttl is None:
            raise
        note_ttl_nodes(client, False)
        raise TtlRefused() from None
    if ttl is not None:
        note_ttl_nodes(client, True)
    return client.unchroot(created), stat
