"""ACLs: permission names, zkCli-style "scheme:id:perms" text, and the digest helper.

Pure functions, no I/O, no Qt. ACL values are kazoo's ``kazoo.security.ACL``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress

from kazoo.security import ACL, Id, Permissions

__all__ = [
    "PERMISSIONS",
    "SCHEMES",
    "digest_id",
    "format_acl",
    "format_acl_text",
    "parse_acl",
    "parse_perms",
    "perms_short",
    "perms_to_names",
    "perms_to_text",
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
        raise ValueError('Give at least one permission, such as "r" or "cdrwa".')
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
                    f'"{word}" is not a permission; use read, write, create, delete or admin.'
                )
            perms |= _NAME_BITS[word]
        return perms
    perms = 0
    for letter in cleaned:
        if letter not in _LETTER_BITS:
            raise ValueError(
                f'"{letter}" is not a permission letter; use c (create), d (delete), '
                "r (read), w (write) and a (admin)."
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
            f'"{address}" is not an IP address; an ip ACL id looks like "10.0.0.1", '
            '"10.0.0.0/8" or "2001:db8::/32".'
        ) from None
    if slash:
        if not (mask.isascii() and mask.isdigit()):
            raise ValueError(f'The network mask "/{mask}" must be a number of bits.')
        if int(mask) > ip.max_prefixlen:
            raise ValueError(
                f"The network mask /{int(mask)} is too long for an IPv{ip.version} address "
                f"(at most /{ip.max_prefixlen})."
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
            'A digest id must look like "user:hash", where hash is the base64 SHA-1 digest '
            "of user:password (the digest helper computes it from a password)."
        )


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
            f'"{stripped}" is not an ACL; write it as scheme:id:permissions, '
            'for example "world:anyone:cdrwa".'
        )
    if scheme not in SCHEMES:
        raise ValueError(f'"{scheme}" is not an ACL scheme; use one of {", ".join(SCHEMES)}.')
    if scheme == "world":
        if ident != "anyone":
            raise ValueError('The world scheme only has the id "anyone" (world:anyone).')
    elif scheme == "ip":
        _check_ip(ident)
    elif scheme == "digest":
        _check_digest(ident)
    elif scheme != "auth" and not ident:
        raise ValueError(f"The {scheme} scheme needs an id (scheme:id:permissions).")
    perms = parse_perms(perms_text) if perms_text.strip() else 0
    if perms == 0:
        raise ValueError('An ACL entry needs at least one permission, such as "r" or "cdrwa".')
    return ACL(perms, Id(scheme, ident))
