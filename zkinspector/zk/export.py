"""Export of a subtree to a file (``transfer_format``), at walk speed, written atomically.

Blocking: call it from a worker thread (a session's ``submit_long``), never the GUI thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from kazoo.exceptions import NoAuthError

from .acl_reads import AclReader
from .connstr import format_connect_string
from .node_types import KindOf, marked
from .paths import normalize_root
from .subtree import read_subtree
from .transfer_format import ExportWriter, FileHeader, has_hidden_ids
from .walk import CancelCheck, ProgressFn

__all__ = ["ExportResult", "export_tree"]


@dataclass
class ExportResult:
    """What :func:`export_tree` wrote: ``nodes`` in ``file``; ``unreadable`` lists the
    nodes the client may not read (left out, with their subtrees, and named in the
    file's end line); ``acl_hidden`` the nodes whose ACL the server gave with hidden
    digest ids (no ADMIN permission: exported, but an import will not write them);
    ``ephemerals`` counts ephemeral nodes (exported, marked as such)."""

    file: str
    root: str
    nodes: int = 0
    ephemerals: int = 0
    data_bytes: int = 0
    unreadable: list[str] = field(default_factory=list)
    acl_hidden: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True when every node of the subtree is in the file, whole."""
        return not (self.unreadable or self.acl_hidden)


def export_tree(
    client: Any,
    root: str,
    file: str | os.PathLike[str],
    *,
    compress: bool | None = None,
    acls: bool = True,
    cancelled: CancelCheck | None = None,
    progress: ProgressFn | None = None,
    reader: AclReader | None = None,
    kind_of: KindOf | None = None,
) -> ExportResult:
    """Write ``root``'s subtree to ``file``; return what was written.

    The file appears under its name only once complete (mode 0600; a file there before
    is replaced); gzip when ``compress`` or the name ends in ".gz". Digest ACL ids go in
    as the server holds them; credentials never do. ``acls`` False leaves ACLs out (one
    getACL request per node is most of an export's time; an import of such a file gives
    the nodes the importing client's default ACL). ``progress(done, total)`` as the
    walk goes (total from the server's count when it can tell). ``kind_of`` tells which
    nodes are containers or TTL nodes (the server never says: see zk/node_types.py).

    Raises NoNodeError for a missing root, NoAuthError when the root itself cannot be
    read, Cancelled, OSError for the file, connection errors; after any of them nothing
    is left under ``file``.
    """
    root = normalize_root(root)
    header = FileHeader(
        root,
        server=format_connect_string(client.hosts or []),
        chroot=client.chroot or "",
        created=FileHeader.now(),
        acls=acls,
    )
    result = ExportResult(os.fspath(file), root)
    nodes = read_subtree(
        client, root, acls=acls, cancelled=cancelled, progress=progress, reader=reader
    )
    with ExportWriter(file, header, compress=compress) as writer:
        for node in nodes:
            if not node.readable:
                if not node.rel:
                    raise NoAuthError(root)
                result.unreadable.append(node.path)
                continue
            record = marked(node.record(), kind_of)
            writer.write(record)
            if has_hidden_ids(record.acl):
                result.acl_hidden.append(node.path)
            result.ephemerals += node.ephemeral
            result.data_bytes += len(node.data or b"")
        result.nodes = writer.nodes
        writer.commit(result.unreadable)
    return result
