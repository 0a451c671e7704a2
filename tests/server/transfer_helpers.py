"""What the server holds, read with plain kazoo calls (not with the code under test)."""

from __future__ import annotations

from kazoo.client import KazooClient

__all__ = ["held"]


def held(client: KazooClient, root: str) -> dict[str, tuple[bytes, frozenset, bool]]:
    """{path relative to root: (data, ACL entries, ephemeral)} of root's subtree, read one
    node at a time; "" is the root. Unreadable nodes hold (None, None, None)."""
    out: dict[str, tuple] = {}
    stack = [""]
    while stack:
        rel = stack.pop()
        path = root if not rel else (f"{root}/{rel}" if root != "/" else f"/{rel}")
        try:
            data, stat = client.get(path)
            acl, _ = client.get_acls(path)
            children = client.get_children(path)
        except Exception:  # noqa: BLE001 - NoAuth: recorded as unreadable
            out[rel] = (None, None, None)
            continue
        out[rel] = (
            data or b"",
            frozenset((a.id.scheme, a.id.id, a.perms) for a in acl),
            bool(stat.ephemeralOwner),
        )
        stack.extend(f"{rel}/{name}" if rel else name for name in children)
    return out
