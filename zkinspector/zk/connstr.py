"""Connect strings and auth credentials: parsing, checking and formatting.

A connect string is ``HOST[:PORT][,HOST[:PORT]...][/chroot]`` as ZooKeeper clients take
it; an IPv6 address is written in brackets (``[::1]:2181``). Pure functions, no I/O, no Qt.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass

from zkinspector.zk.paths import InvalidPath, validate_path

__all__ = [
    "DEFAULT_PORT",
    "ConnectParams",
    "build_params",
    "format_connect_string",
    "format_host",
    "parse_auth",
    "parse_connect_string",
]

DEFAULT_PORT = 2181

# A DNS name (RFC 1123 labels; "_" tolerated, as container names use it) or an IPv4 address.
_LABEL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9_.+-]*$")


@dataclass(frozen=True)
class ConnectParams:
    """Everything needed to open a session.

    ``hosts`` is the normalised connect string kazoo takes ("h1:p1,h2:p2/chroot");
    ``auth`` holds (scheme, credential) pairs for ``add_auth``.
    """

    hosts: str
    timeout: float = 10.0
    auth: tuple[tuple[str, str], ...] = ()
    read_only: bool = False


def _parse_port(text: str, entry: str) -> int:
    if not text:
        raise ValueError(f'"{entry}" has an empty port; write HOST:PORT or leave out ":PORT".')
    if not text.isascii() or not text.isdigit():
        raise ValueError(f'"{entry}" has an invalid port "{text}"; a port is a number.')
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(f'"{entry}" has port {port}; a port must be between 1 and 65535.')
    return port


def _check_hostname(host: str, entry: str) -> None:
    if len(host) > 253:
        raise ValueError(f'The host name in "{entry}" is too long (over 253 characters).')
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    for label in labels:
        if not label:
            raise ValueError(f'"{entry}" is not a valid host name (it has an empty part).')
        if not label.isascii() or not _LABEL.match(label):
            raise ValueError(
                f'"{entry}" is not a valid host name; use letters, digits, "-" and ".".'
            )
    if all(label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            raise ValueError(f'"{host}" is not a valid IPv4 address.') from None


def _parse_entry(entry: str) -> tuple[str, int]:
    """Parse one HOST[:PORT] or [IPV6][:PORT] entry."""
    if entry.startswith("["):
        close = entry.find("]")
        if close < 0:
            raise ValueError(f'"{entry}" has "[" without a closing "]".')
        host = entry[1:close]
        rest = entry[close + 1 :]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ValueError(f'"{host}" in "{entry}" is not a valid IPv6 address.') from None
        if not rest:
            return host, DEFAULT_PORT
        if not rest.startswith(":"):
            raise ValueError(f'"{entry}": only ":PORT" may follow the "]" of an IPv6 address.')
        return host, _parse_port(rest[1:], entry)
    if entry.count(":") > 1:
        raise ValueError(f'Write IPv6 addresses in brackets, e.g. "[{entry}]:{DEFAULT_PORT}".')
    host, colon, port_text = entry.partition(":")
    if not host:
        raise ValueError(f'"{entry}" has no host name before the port.')
    _check_hostname(host, entry)
    port = _parse_port(port_text, entry) if colon else DEFAULT_PORT
    return host, port


def parse_connect_string(s: str) -> tuple[list[tuple[str, int]], str | None]:
    """Parse "HOST[:PORT][,...][/chroot]" into ([(host, port), ...], chroot or None).

    The port defaults to 2181; spaces around entries are ignored; a chroot of "/" means
    none. Raises ValueError with a sentence for the user when the string is malformed.
    """
    text = s.strip()
    if not text:
        raise ValueError("Enter a server, e.g. localhost:2181.")
    slash = text.find("/")
    if slash >= 0:
        host_part, chroot = text[:slash], text[slash:]
    else:
        host_part, chroot = text, None
    if not host_part.strip():
        raise ValueError("Enter at least one server before the chroot, e.g. localhost:2181/app.")
    hosts: list[tuple[str, int]] = []
    for raw in host_part.split(","):
        entry = raw.strip()
        if not entry:
            raise ValueError('The server list has an empty entry (two commas, or a stray ",").')
        if any(ch.isspace() for ch in entry):
            raise ValueError(f'"{entry}" contains a space; separate servers with ",".')
        hosts.append(_parse_entry(entry))
    if chroot is not None:
        if chroot == "/":
            chroot = None
        else:
            try:
                validate_path(chroot)
            except InvalidPath as exc:
                raise ValueError(f"Invalid chroot: {exc}") from None
    return hosts, chroot


def format_host(host: str, port: int) -> str:
    """One "host:port" entry, with IPv6 addresses in brackets."""
    if ":" in host:
        return f"[{host}]:{port}"
    return f"{host}:{port}"


def format_connect_string(hosts: Iterable[tuple[str, int]], chroot: str | None = None) -> str:
    """The connect string kazoo takes: "h1:p1,h2:p2/chroot"."""
    text = ",".join(format_host(host, port) for host, port in hosts)
    if chroot and chroot != "/":
        text += chroot
    return text


def parse_auth(s: str) -> tuple[str, str]:
    """Split "scheme:credential" at the first colon: "digest:user:pass" -> ("digest", "user:pass").

    Raises ValueError when the scheme or the credential is missing.
    """
    text = s.strip()
    scheme, colon, credential = text.partition(":")
    if not colon:
        raise ValueError('Write the credential as SCHEME:CREDENTIAL, e.g. "digest:user:password".')
    if not scheme:
        raise ValueError('The authentication scheme is missing before ":" (e.g. "digest").')
    if not _SCHEME.match(scheme):
        raise ValueError(f'"{scheme}" is not a valid authentication scheme.')
    if not credential:
        raise ValueError(f'The credential after "{scheme}:" is empty.')
    if scheme == "digest" and ":" not in credential:
        raise ValueError('A digest credential is "user:password", e.g. "digest:alice:secret".')
    return scheme, credential


def build_params(
    server: str,
    *,
    timeout: float = 10.0,
    auth: Iterable[str] = (),
    read_only: bool = False,
) -> ConnectParams:
    """Check a connect string and "scheme:credential" strings and build ConnectParams.

    Raises ValueError (with a sentence for the user) for a malformed server or credential,
    or a timeout that is not positive.
    """
    hosts, chroot = parse_connect_string(server)
    if not timeout > 0:
        raise ValueError("The session timeout must be more than 0 seconds.")
    pairs = tuple(parse_auth(item) for item in auth if item.strip())
    return ConnectParams(
        hosts=format_connect_string(hosts, chroot),
        timeout=float(timeout),
        auth=pairs,
        read_only=read_only,
    )
