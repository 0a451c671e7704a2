"""Writing ACLs: one node with the ACL version that was loaded, or a whole subtree.

Called on the session's workers (never on the GUI thread). A single set works like a
data save: it carries the ``aversion`` the user saw, so a change made meanwhile by
someone else is a conflict (BadVersionError), never silently overwritten. A subtree is
enumerated with :func:`zkinspector.zk.walk.walk` and its ACLs are set with pipelined
``set_acls_async`` requests. :func:`certificate_subject` names the x509 identity a
client certificate gives, for the check that a write does not lock the user out.
"""

from __future__ import annotations

import contextlib
import ssl
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kazoo.client import KazooClient
from kazoo.exceptions import (
    BadVersionError,
    NoNodeError,
    ZookeeperError,
)
from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL

from . import paths
from .acl import same_acl
from .texts import translate
from .walk import Cancelled, walk
from .writes import UNKNOWN_OUTCOME, settle_after_loss

__all__ = ["AclTreeResult", "apply_acl_tree", "certificate_subject", "set_acl_once"]

#: set_acls requests kept in flight by apply_acl_tree.
WINDOW = 256


def _applied(requested: list[ACL], current: list[ACL]) -> bool:
    """True if ``current`` is what setting ``requested`` gives (auth entries are expanded
    by the server into the setter's ids, so only the other entries can be compared)."""
    if any(a.id.scheme == "auth" for a in requested):
        plain = [a for a in requested if a.id.scheme != "auth"]
        have = {(a.id.scheme, a.id.id): a.perms for a in current}
        return all(have.get((a.id.scheme, a.id.id), 0) & a.perms == a.perms for a in plain)
    return same_acl(requested, current)


def set_acl_once(client: KazooClient, path: str, acls: list[ACL], aversion: int) -> ZnodeStat:
    """Set ``acls`` on ``path`` if its ACL still has ``aversion`` (-1: any); returns the stat.

    Raises BadVersionError when the ACL changed meanwhile, NoNodeError when the node is
    gone, NoAuthError without ADMIN right, InvalidACLError for an ACL the server refuses
    (e.g. the auth scheme without credentials). When the connection drops mid-request,
    looks at the server before deciding whether to send it again.
    """
    try:
        return client.set_acls(path, acls, version=aversion)
    except UNKNOWN_OUTCOME:
        pass

    def settle() -> ZnodeStat:
        current, stat = client.get_acls(path)
        if aversion != -1 and stat.aversion == aversion + 1 and _applied(acls, current):
            return stat  # it was applied
        if aversion == -1 or stat.aversion == aversion:
            return client.set_acls(path, acls, version=aversion)
        raise BadVersionError()

    return settle_after_loss(
        client, settle, translate("zk.acl_ops", "setting the ACL of {0}").format(path)
    )


@dataclass
class AclTreeResult:
    """What :func:`apply_acl_tree` did.

    ``applied``: nodes whose ACL was set; ``errors``: (path, exception) for nodes whose
    ACL could not be set (NoAuth without ADMIN, ...); ``unlisted``: nodes whose children
    could not be listed (no READ right), so their subtrees were not reached;
    ``skipped``: nodes left alone on purpose (the server's own /zookeeper);
    ``cancelled``: the user stopped it.
    """

    applied: int = 0
    errors: list[tuple[str, BaseException]] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False


def apply_acl_tree(
    client: KazooClient,
    root: str,
    acls: list[ACL],
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    window: int = WINDOW,
) -> AclTreeResult:
    """Set ``acls`` on ``root`` and every node below it, parents first, pipelined.

    Each node is set only after its children were listed, so an ACL that takes away the
    READ right does not hide the rest of the subtree. ``/zookeeper`` and its subtree are
    skipped. ``progress(done, total)`` counts nodes handled; total is the server's count
    when it can tell, else None. Stops soon after ``cancelled()`` turns True, with nothing
    left in flight. Raises NoNodeError when ``root`` does not exist, and connection errors.
    """
    result = AclTreeResult()
    pending: deque[tuple[str, Any]] = deque()
    total: list[int | None] = [None]
    handled = 0

    def walked(_done: int, count: int | None) -> None:
        total[0] = count

    def settle_one() -> None:
        nonlocal handled
        path, answer = pending.popleft()
        try:
            answer.get()
            result.applied += 1
        except NoNodeError:
            pass  # deleted meanwhile: nothing to protect any more
        except ZookeeperError as exc:
            if isinstance(exc, UNKNOWN_OUTCOME):
                raise
            result.errors.append((path, exc))
        handled += 1
        if progress is not None:
            progress(handled, total[0])

    try:
        try:
            for item in walk(client, root, stats=False, cancelled=cancelled, progress=walked):
                if paths.is_reserved(item.path):
                    result.skipped.append(item.path)
                    continue
                if item.children is None:
                    result.unlisted.append(item.path)
                pending.append((item.path, client.set_acls_async(item.path, acls, version=-1)))
                while len(pending) >= window:
                    settle_one()
                if cancelled is not None and cancelled():
                    raise Cancelled()
        except Cancelled:
            result.cancelled = True
        while pending:  # what was sent is waited for, also after a cancel
            settle_one()
    except BaseException:
        for _path, answer in pending:  # leave nothing in flight, whatever the outcome
            with contextlib.suppress(Exception):
                answer.get()
        raise
    # /zookeeper is below "/" only: report it once, not node by node.
    result.skipped = result.skipped[:1]
    return result


_RDN_NAMES = {
    "commonName": "CN",
    "organizationName": "O",
    "organizationalUnitName": "OU",
    "countryName": "C",
    "localityName": "L",
    "stateOrProvinceName": "ST",
    "streetAddress": "STREET",
    "domainComponent": "DC",
    "userId": "UID",
}


def certificate_subject(path: str) -> str:
    """The subject of a PEM certificate as ZooKeeper's x509 provider names it (RFC 2253,
    e.g. "CN=client,O=Example"); "" when it cannot be read."""
    try:
        decoded = ssl._ssl._test_decode_cert(path)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - best effort: an unknown subject gives no warning
        return ""
    parts = []
    for rdn in reversed(decoded.get("subject", ())):
        parts.append("+".join(f"{_RDN_NAMES.get(k, k)}={v}" for k, v in rdn))
    return ",".join(parts)
