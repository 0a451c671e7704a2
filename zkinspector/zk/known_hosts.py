"""OpenSSH's known hosts: ``~/.ssh/known_hosts`` and ``/etc/ssh/ssh_known_hosts``.

Read as OpenSSH reads them (hashed names understood, unreadable lines skipped; marked
lines, ``@cert-authority`` and ``@revoked``, are not supported); a trusted key is
appended to the user's file. HOME is read at each call.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import paramiko
from paramiko.hostkeys import HostKeyEntry

log = logging.getLogger(__name__)

__all__ = [
    "CHANGED",
    "KNOWN",
    "UNKNOWN",
    "add_known_host",
    "check_host_key",
    "key_kind",
    "known_hosts_file",
    "known_keys",
]

SYSTEM_KNOWN_HOSTS = Path("/etc/ssh/ssh_known_hosts")


def known_hosts_file() -> Path:
    """The user's known_hosts (``~/.ssh/known_hosts``, HOME as it is now)."""
    return Path(os.path.expanduser("~")) / ".ssh" / "known_hosts"


def key_kind(key: paramiko.PKey) -> str:
    """The key's type as OpenSSH names it in its messages: ED25519, ECDSA, RSA, ..."""
    name = key.get_name()
    for prefix, kind in (("ssh-ed25519", "ED25519"), ("ecdsa-", "ECDSA"), ("ssh-rsa", "RSA")):
        if name.startswith(prefix):
            return kind
    return name.upper()


def _read_known_hosts(path: Path) -> list[tuple[list[str], paramiko.PKey]]:
    """Every (host names, key) line of a known_hosts file, in order; lines that cannot be
    read are skipped, as OpenSSH does, and so are marked lines (@cert-authority, @revoked:
    not supported). Every key is kept: a host may have several of one type (a stale line
    and the current one), and OpenSSH accepts any of them."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        log.warning("known_hosts %s not read: %s", path, exc)
        return []
    entries = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith(("#", "@")):
            continue
        try:
            entry = HostKeyEntry.from_line(line, number)
        except Exception:  # noqa: BLE001 - a bad line (paramiko raises several kinds)
            entry = None
        if entry is not None and entry.key is not None:
            entries.append((entry.hostnames, entry.key))
    return entries


def _names_host(pattern: str, name: str) -> bool:
    """True if a known_hosts host name (plain, or hashed "|1|salt|hash") is ``name``."""
    if pattern.startswith("|1|"):
        try:
            return paramiko.HostKeys.hash_host(name, pattern) == pattern
        except Exception:  # noqa: BLE001 - a damaged hash names no host
            return False
    return pattern == name


def known_keys(name: str) -> list[tuple[str, paramiko.PKey]]:
    """(file, key) pairs known for the host name, from the user's file then the system's,
    every line of each (several keys of one type included)."""
    found = []
    for path in (known_hosts_file(), SYSTEM_KNOWN_HOSTS):
        if not path.is_file():
            continue
        for hostnames, key in _read_known_hosts(path):
            if any(_names_host(h, name) for h in hostnames):
                found.append((str(path), key))
    return found


KNOWN, UNKNOWN, CHANGED = "known", "unknown", "changed"


def check_host_key(name: str, key: paramiko.PKey) -> tuple[str, str, tuple[str, ...]]:
    """Is ``key`` a known key of host ``name``? (KNOWN | UNKNOWN | CHANGED, the file
    with the mismatching line or "", the types of keys known for it). KNOWN when any
    line of its type holds it; CHANGED when lines of its type exist and none does."""
    known = known_keys(name)
    changed_in = ""
    for path, known_key in known:
        if known_key.get_name() == key.get_name():
            if known_key.asbytes() == key.asbytes():
                return KNOWN, path, ()
            changed_in = changed_in or path
    if changed_in:
        return CHANGED, changed_in, ()
    return UNKNOWN, "", tuple(sorted({key_kind(k) for _p, k in known}))


def add_known_host(name: str, key: paramiko.PKey) -> Path:
    """Append ``name``'s key to the user's known_hosts (created 0600 in a 0700 ~/.ssh)."""
    path = known_hosts_file()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="ascii") as out:
        out.write(f"{name} {key.get_name()} {key.get_base64()}\n")
    return path
