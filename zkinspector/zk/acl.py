"""ACLs: permission names, zkCli-style "scheme:id:perms" text, and the digest helper.

Pure functions, no I/O, no Qt. ACL values are kazoo's ``kazoo.security.ACL``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import re
from collections.abc import Iterable

from kazoo.security import ACL, Id, Permissions

from .texts import translate

__all__ = [
    "PERMISSIONS",
    "PRESETS",
    "SCHEMES",
    "check_entry",
    "digest_id",
    "effective_perms",
    "format_acl",
    "format_acl_list",
    "format_acl_text",
    "identities_from_auth",
    "id_matches",
    "lost_rights",
    "make_acl",
    "parse_acl",
    "parse_acl_list",
    "parse_perms",
    "perms_short",
    "perms_to_names",
    "perms_to_text",
    "same_acl",
]

PERMISSIONS: list[tuple[str, int]] = [
    ("read", Permissions.READ),
    ("write", Permissions.WRITE),
    ("create", Permissions.CREATE),
    ("delete", Permissions.DELETE),
    ("admin", Permissions.ADMIN),
]
"""Permission names and bits, in the order they are shown."""

SCHEMES: tuple[str, ...] = ("world", "auth", "digest", "ip", "sasl", "x509")
"""ACL schemes the server knows out of the box."""

# zkCli's letters, in zkCli's order.
_LETTERS: list[tuple[str, int]] = [
    ("c", Permissions.CREATE),
    ("d", Permissions.DELETE),
    ("r", Permissions.READ),
    ("w", Permissions.WRITE),
    ("a", Permissions.ADMIN),
]
_LETTER_BITS = dict(_LETTERS)
_NAME_BITS = dict(PERMISSIONS)
_SHA1_LEN = 20


def perms_to_names(perms: int) -> list[str]:
    """Names of the permissions set in perms, in PERMISSIONS order."""
    return [name for name, bit in PERMISSIONS if perms & bit]


def perms_to_text(perms: int) -> str:
    """ "read, write, create, delete, admin" style text; "all" for every bit, "none" for 0."""
    known = perms & Permissions.ALL
    if known == Permissions.ALL:
        text = "all"
    elif known == 0:
        text = "none"
    else:
        text = ", ".join(perms_to_names(perms))
    extra = perms & ~Permissions.ALL
    if extra:
        text += f" (and unknown bits 0x{extra:x})"
    return text


def perms_short(perms: int) -> str:
    """zkCli-style letters, "cdrwa" order: READ|WRITE -> "rw"; "" for no permission."""
    return "".join(letter for letter, bit in _LETTERS if perms & bit)


def parse_perms(text: str) -> int:
    """Read permissions: zkCli letters ("cdrwa", "rw"), "all", "none", or names ("read, write").

    Case and surrounding spaces are ignored. Raises ValueError on an empty text or an
    unknown letter or name.
    """
    cleaned = text.strip().lower()
    if not cleaned:
        raise ValueError(
            translate("zk.acl", 'Give at least one permission, such as "r" or "cdrwa".')
        )
    if cleaned == "all":
        return Permissions.ALL
    if cleaned == "none":
        return 0
    if "," in cleaned or cleaned in _NAME_BITS:
        perms = 0
        for word in cleaned.split(","):
            word = word.strip()
            if word not in _NAME_BITS:
                raise ValueError(
                    translate(
                        "zk.acl",
                        '"{0}" is not a permission; use read, write, create, delete or admin.',
                    ).format(word)
                )
            perms |= _NAME_BITS[word]
        return perms
    perms = 0
    for letter in cleaned:
        if letter not in _LETTER_BITS:
            raise ValueError(
                translate(
                    "zk.acl",
                    '"{0}" is not a permission letter; use c (create), d (delete), r (read), w (write) and a (admin).',
                ).format(letter)
            )
        perms |= _LETTER_BITS[letter]
    return perms


def digest_id(user: str, password: str) -> str:
    """The digest ACL id for a user and password: "user:" + base64(sha1("user:password")).

    Computed as ZooKeeper's DigestAuthenticationProvider.generateDigest does (UTF-8).
    """
    credential = f"{user}:{password}".encode()
    return f"{user}:{base64.b64encode(hashlib.sha1(credential).digest()).decode('ascii')}"


def format_acl(acl: ACL) -> tuple[str, str, str]:
    """(scheme, id, permissions as text) for display."""
    return (acl.id.scheme, acl.id.id, perms_to_text(acl.perms))


def format_acl_text(acl: ACL) -> str:
    """zkCli-style "scheme:id:perms", e.g. "world:anyone:cdrwa"; the inverse of parse_acl."""
    return f"{acl.id.scheme}:{acl.id.id}:{perms_short(acl.perms)}"


def _check_ip(ident: str) -> None:
    address, slash, mask = ident.partition("/")
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        raise ValueError(
            translate(
                "zk.acl",
                '"{0}" is not an IP address; an ip ACL id looks like "10.0.0.1", "10.0.0.0/8" or "2001:db8::/32".',
            ).format(address)
        ) from None
    if slash:
        if not (mask.isascii() and mask.isdigit()):
            raise ValueError(
                translate("zk.acl", 'The network mask "/{0}" must be a number of bits.').format(
                    mask
                )
            )
        if int(mask) > ip.max_prefixlen:
            raise ValueError(
                translate(
                    "zk.acl",
                    "The network mask /{0} is too long for an IPv{1} address (at most /{2}).",
                ).format(int(mask), ip.version, ip.max_prefixlen)
            )


def _check_digest(ident: str) -> None:
    user, colon, hashed = ident.partition(":")
    valid = bool(colon and user and hashed) and ":" not in hashed
    if valid:
        try:
            valid = len(base64.b64decode(hashed, validate=True)) == _SHA1_LEN
        except (binascii.Error, ValueError):
            valid = False
    if not valid:
        raise ValueError(
            translate(
                "zk.acl",
                'A digest id must look like "user:hash", where hash is the base64 SHA-1 digest of user:password (the digest helper computes it from a password).',
            )
        )


def check_entry(scheme: str, ident: str, perms: int) -> None:
    """Check one ACL entry; raises ValueError with a sentence for the user when it is invalid.

    Refused: an unknown scheme, an id the scheme does not accept (world is only "anyone",
    ip needs an address or network, digest needs "user:hash", sasl and x509 need an id),
    and an entry without any permission.
    """
    if scheme not in SCHEMES:
        raise ValueError(
            translate("zk.acl", '"{0}" is not an ACL scheme; use one of {1}.').format(
                scheme, ", ".join(SCHEMES)
            )
        )
    if scheme == "world":
        if ident != "anyone":
            raise ValueError(
                translate("zk.acl", 'The world scheme only has the id "anyone" (world:anyone).')
            )
    elif scheme == "ip":
        _check_ip(ident)
    elif scheme == "digest":
        _check_digest(ident)
    elif scheme != "auth" and not ident:
        raise ValueError(
            translate("zk.acl", "The {0} scheme needs an id (scheme:id:permissions).").format(
                scheme
            )
        )
    if perms & Permissions.ALL == 0:
        raise ValueError(
            translate(
                "zk.acl", 'An ACL entry needs at least one permission, such as "r" or "cdrwa".'
            )
        )


def make_acl(scheme: str, ident: str, perms: int) -> ACL:
    """A checked kazoo ACL; raises ValueError (see check_entry) when the entry is invalid."""
    check_entry(scheme, ident, perms)
    return ACL(perms, Id(scheme, ident))


def parse_acl(text: str) -> ACL:
    """Parse a zkCli-style ACL "scheme:id:perms" into a kazoo ACL.

    Examples: "world:anyone:cdrwa", "digest:bob:HASH=:rw", "ip:10.0.0.0/8:r", "auth::cdrwa".
    The scheme is before the first ":", the permissions after the last one, the id in
    between (it may hold ":"). Raises ValueError with a sentence for the user on an unknown
    scheme, an id the scheme does not accept, or no permission.
    """
    stripped = text.strip()
    scheme, first, rest = stripped.partition(":")
    ident, last, perms_text = rest.rpartition(":")
    if not first or not last:
        raise ValueError(
            translate(
                "zk.acl",
                '"{0}" is not an ACL; write it as scheme:id:permissions, for example "world:anyone:cdrwa".',
            ).format(stripped)
        )
    if scheme not in SCHEMES:
        raise ValueError(
            translate("zk.acl", '"{0}" is not an ACL scheme; use one of {1}.').format(
                scheme, ", ".join(SCHEMES)
            )
        )
    perms = parse_perms(perms_text) if perms_text.strip() else 0
    return make_acl(scheme, ident, perms)


# A "," that starts another entry ("world:anyone:r,ip:10.0.0.1:r"); x509 ids hold commas.
_ENTRY_SPLIT = re.compile(r",\s*(?=(?:" + "|".join(SCHEMES) + r"):)")


def parse_acl_list(text: str) -> list[ACL]:
    """Parse ACL entries, one a line or separated by "," as zkCli's setAcl takes them.

    Blank lines and lines starting with "#" are skipped. A line is split at a "," only
    when every piece is an entry of its own, so x509 ids such as "CN=a,O=b" stay whole.
    Raises ValueError naming the line for the first invalid entry, or for no entry at all.
    """
    acls: list[ACL] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        pieces = _ENTRY_SPLIT.split(line)
        if len(pieces) > 1:
            try:
                acls.extend(parse_acl(piece) for piece in pieces)
                continue
            except ValueError:
                pass  # not a list after all: the whole line is one entry
        try:
            acls.append(parse_acl(line))
        except ValueError as exc:
            raise ValueError(translate("zk.acl", "Line {0}: {1}").format(number, exc)) from None
    if not acls:
        raise ValueError(
            translate("zk.acl", 'Give at least one ACL entry, such as "world:anyone:cdrwa".')
        )
    return acls


def format_acl_list(acls: Iterable[ACL]) -> str:
    """Entries in zkCli form, one a line; parse_acl_list reads it back."""
    return "\n".join(format_acl_text(acl) for acl in acls)


PRESETS: dict[str, list[ACL]] = {
    "open": [ACL(Permissions.ALL, Id("world", "anyone"))],
    "creator-all": [ACL(Permissions.ALL, Id("auth", ""))],
    "read-only": [ACL(Permissions.READ, Id("world", "anyone"))],
}
"""Common ACLs: everyone may do anything; only the creator's credentials; everyone may read."""


def same_acl(a: Iterable[ACL], b: Iterable[ACL]) -> bool:
    """True if two ACLs grant the same (order and duplicates do not matter)."""

    def norm(acls: Iterable[ACL]) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        for acl in acls:
            key = (acl.id.scheme, acl.id.id)
            out[key] = out.get(key, 0) | acl.perms
        return out

    return norm(a) == norm(b)


def identities_from_auth(
    auth: Iterable[tuple[str, str]],
    *,
    sasl_user: str = "",
    x509_subject: str = "",
    address: str = "",
) -> list[Id]:
    """The ids the server gives a client with these credentials, as far as the client knows.

    ``auth`` holds (scheme, credential) pairs as add_auth takes them; digest credentials
    "user:password" become digest ids. ``address`` is the client's IP address as the
    server sees it (the local end of the socket on a direct connection). world:anyone is
    always included. A server's super user or mapped principals are not known here.
    """
    ids = [Id("world", "anyone")]
    for scheme, credential in auth:
        if scheme == "digest" and ":" in credential:
            user, _, password = credential.partition(":")
            ids.append(Id("digest", digest_id(user, password)))
        elif scheme in ("sasl", "x509", "ip"):
            ids.append(Id(scheme, credential))
    if sasl_user:
        ids.append(Id("sasl", sasl_user))
    if x509_subject:
        ids.append(Id("x509", x509_subject))
    if address:
        ids.append(Id("ip", address))
    return ids


def id_matches(entry: Id, identity: Id, *, authenticated: bool = False) -> bool:
    """True if the ACL entry's id covers the client identity.

    world:anyone covers everybody; ip entries cover addresses in their network; an auth
    entry (only in an ACL about to be set) stands for the setter's own ids, so it covers
    every client that holds a digest, sasl or x509 id (``authenticated``).
    """
    if entry.scheme == "world":
        return entry.id == "anyone"
    if entry.scheme == "auth":
        return authenticated
    if entry.scheme != identity.scheme:
        return False
    if entry.scheme == "ip":
        try:
            network = ipaddress.ip_network(entry.id, strict=False)
            return ipaddress.ip_address(identity.id) in network
        except ValueError:
            return False
    return entry.id == identity.id


def effective_perms(acls: Iterable[ACL], identities: Iterable[Id]) -> int:
    """The permissions an ACL grants to a client holding ``identities``."""
    ids = list(identities)
    authenticated = any(i.scheme in ("digest", "sasl", "x509") for i in ids)
    perms = 0
    for acl in acls:
        if any(id_matches(acl.id, i, authenticated=authenticated) for i in ids):
            perms |= acl.perms
    return perms


def lost_rights(old: Iterable[ACL] | None, new: Iterable[ACL], identities: Iterable[Id]) -> int:
    """READ and ADMIN bits the client has under ``old`` (None: unknown, assume both) and not
    under ``new``: applying ``new`` would lock the client out of reading or of changing it back.
    """
    ids = list(identities)
    keep = Permissions.READ | Permissions.ADMIN
    before = keep if old is None else effective_perms(old, ids) & keep
    return before & ~effective_perms(new, ids)
