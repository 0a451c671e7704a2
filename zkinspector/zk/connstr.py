"""Connect strings and auth credentials: parsing, checking and formatting.

A connect string is ``HOST[:PORT][,HOST[:PORT]...][/chroot]`` as ZooKeeper clients take
it; an IPv6 address is written in brackets (``[::1]:2181``). Pure functions, no I/O, no Qt.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .paths import InvalidPath, validate_path
from .texts import translate

__all__ = [
    "DEFAULT_PORT",
    "SASL_MECHANISMS",
    "ConnectParams",
    "build_params",
    "check_sasl",
    "format_connect_string",
    "format_host",
    "format_ssh_target",
    "parse_auth",
    "parse_connect_string",
    "parse_key_values",
    "parse_ssh_target",
]

DEFAULT_PORT = 2181
DEFAULT_SSH_PORT = 22

# A DNS name (RFC 1123 labels; "_" tolerated, as container names use it) or an IPv4 address.
_LABEL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9_.+-]*$")


SASL_MECHANISMS: tuple[str, ...] = ("DIGEST-MD5", "GSSAPI")
"""SASL mechanisms offered; kazoo hands them to the pure-sasl package."""


@dataclass(frozen=True)
class ConnectParams:
    """Everything needed to open a session.

    ``hosts`` is the normalised connect string kazoo takes ("h1:p1,h2:p2/chroot"); its
    parts are ``servers`` and ``chroot`` (read them there, never split ``hosts``);
    ``auth`` holds (scheme, credential) pairs for ``add_auth``.
    TLS: ``use_ssl`` with an optional CA file (``ca``, PEM), a client certificate and key
    (``certfile``, ``keyfile``, PEM; ``keyfile_password`` if the key is encrypted),
    ``verify_certs`` (check the server's certificate) and ``check_hostname``.
    SASL: ``sasl`` holds the options kazoo passes to pure-sasl as (name, value) pairs,
    e.g. (("mechanism", "DIGEST-MD5"), ("username", "bob"), ("password", "...")).
    SSH: with ``ssh_host`` every member is reached through that jump host (``ssh_port``,
    ``ssh_user``: "" for the local user name; ``ssh_key``: a private key file, "" for the
    agent's keys and the default ones); see ``zk.ssh``. Its secrets are never here.
    Secrets are left out of repr() so a params object never leaks into a log.
    """

    hosts: str
    timeout: float = 10.0
    auth: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    read_only: bool = False
    use_ssl: bool = False
    ca: str = ""
    certfile: str = ""
    keyfile: str = ""
    keyfile_password: str = field(default="", repr=False)
    verify_certs: bool = True
    check_hostname: bool = False
    sasl: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    ssh_host: str = ""
    ssh_port: int = DEFAULT_SSH_PORT
    ssh_user: str = ""
    ssh_key: str = ""
    # The servers' jute.maxbuffer when known beforehand (--jute-maxbuffer); 0: read it
    # from the server, else assume the default (see limits.read_server_limit).
    jute_maxbuffer: int = 0

    @property
    def ssh_target(self) -> str:
        """The jump host as "[USER@]HOST[:PORT]" (the port only when not 22), or ""."""
        return format_ssh_target(self.ssh_user, self.ssh_host, self.ssh_port)

    @property
    def servers(self) -> list[tuple[str, int]]:
        """The (host, port) pairs of the connect string. Raises ValueError if malformed."""
        return parse_connect_string(self.hosts)[0]

    @property
    def chroot(self) -> str:
        """The chroot ("/app"), or "" for none. Raises ValueError if ``hosts`` is malformed."""
        return parse_connect_string(self.hosts)[1]

    def sasl_options(self) -> dict[str, str] | None:
        """A fresh dict for kazoo's ``sasl_options`` (kazoo changes it), or None without SASL."""
        return dict(self.sasl) if self.sasl else None

    @property
    def sasl_mechanism(self) -> str:
        return dict(self.sasl).get("mechanism", "")

    @property
    def sasl_user(self) -> str:
        """The SASL user name (DIGEST-MD5), or ""."""
        return dict(self.sasl).get("username", "")

    @property
    def has_credentials(self) -> bool:
        """True if the session authenticates as someone (digest, SASL or a client certificate).

        The "auth" ACL scheme (creator-all) needs this.
        """
        return bool(
            any(scheme != "ip" for scheme, _ in self.auth)
            or self.sasl
            or (self.use_ssl and self.certfile)
        )


def _parse_port(text: str, entry: str) -> int:
    if not text:
        raise ValueError(
            translate(
                "zk.connstr", '"{0}" has an empty port; write HOST:PORT or leave out ":PORT".'
            ).format(entry)
        )
    if not text.isascii() or not text.isdigit():
        raise ValueError(
            translate("zk.connstr", '"{0}" has an invalid port "{1}"; a port is a number.').format(
                entry, text
            )
        )
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(
            translate(
                "zk.connstr", '"{0}" has port {1}; a port must be between 1 and 65535.'
            ).format(entry, port)
        )
    return port


def _check_hostname(host: str, entry: str) -> None:
    if len(host) > 253:
        raise ValueError(
            translate(
                "zk.connstr", 'The host name in "{0}" is too long (over 253 characters).'
            ).format(entry)
        )
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    for label in labels:
        if not label:
            raise ValueError(
                translate(
                    "zk.connstr", '"{0}" is not a valid host name (it has an empty part).'
                ).format(entry)
            )
        if not label.isascii() or not _LABEL.match(label):
            raise ValueError(
                translate(
                    "zk.connstr",
                    '"{0}" is not a valid host name; use letters, digits, "-" and ".".',
                ).format(entry)
            )
    if all(label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            raise ValueError(
                translate("zk.connstr", '"{0}" is not a valid IPv4 address.').format(host)
            ) from None


def _parse_entry(entry: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """Parse one HOST[:PORT] or [IPV6][:PORT] entry."""
    if entry.startswith("["):
        close = entry.find("]")
        if close < 0:
            raise ValueError(
                translate("zk.connstr", '"{0}" has "[" without a closing "]".').format(entry)
            )
        host = entry[1:close]
        rest = entry[close + 1 :]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ValueError(
                translate("zk.connstr", '"{0}" in "{1}" is not a valid IPv6 address.').format(
                    host, entry
                )
            ) from None
        if not rest:
            return host, default_port
        if not rest.startswith(":"):
            raise ValueError(
                translate(
                    "zk.connstr", '"{0}": only ":PORT" may follow the "]" of an IPv6 address.'
                ).format(entry)
            )
        return host, _parse_port(rest[1:], entry)
    if entry.count(":") > 1:
        raise ValueError(
            translate("zk.connstr", 'Write IPv6 addresses in brackets, e.g. "[{0}]:{1}".').format(
                entry, default_port
            )
        )
    host, colon, port_text = entry.partition(":")
    if not host:
        raise ValueError(
            translate("zk.connstr", '"{0}" has no host name before the port.').format(entry)
        )
    _check_hostname(host, entry)
    port = _parse_port(port_text, entry) if colon else default_port
    return host, port


def parse_connect_string(s: str) -> tuple[list[tuple[str, int]], str]:
    """Parse "HOST[:PORT][,...][/chroot]" into ([(host, port), ...], chroot or "").

    The port defaults to 2181; spaces around entries are ignored; a chroot of "/" means
    none. Raises ValueError with a sentence for the user when the string is malformed.
    """
    text = s.strip()
    if not text:
        raise ValueError(translate("zk.connstr", "Enter a server, e.g. localhost:2181."))
    slash = text.find("/")
    if slash >= 0:
        host_part, chroot = text[:slash], text[slash:]
    else:
        host_part, chroot = text, ""
    if not host_part.strip():
        raise ValueError(
            translate(
                "zk.connstr",
                "Enter at least one server before the chroot, e.g. localhost:2181/app.",
            )
        )
    hosts: list[tuple[str, int]] = []
    for raw in host_part.split(","):
        entry = raw.strip()
        if not entry:
            raise ValueError(
                translate(
                    "zk.connstr", 'The server list has an empty entry (two commas, or a stray ",").'
                )
            )
        if any(ch.isspace() for ch in entry):
            raise ValueError(
                translate(
                    "zk.connstr", '"{0}" contains a space; separate servers with ",".'
                ).format(entry)
            )
        hosts.append(_parse_entry(entry))
    if chroot == "/":
        chroot = ""
    elif chroot:
        try:
            validate_path(chroot)
        except InvalidPath as exc:
            raise ValueError(translate("zk.connstr", "Invalid chroot: {0}").format(exc)) from None
    return hosts, chroot


def format_host(host: str, port: int) -> str:
    """One "host:port" entry, with IPv6 addresses in brackets."""
    if ":" in host:
        return f"[{host}]:{port}"
    return f"{host}:{port}"


def format_connect_string(hosts: Iterable[tuple[str, int]], chroot: str = "") -> str:
    """The connect string kazoo takes: "h1:p1,h2:p2/chroot" (without a chroot: "h1:p1,h2:p2")."""
    text = ",".join(format_host(host, port) for host, port in hosts)
    if chroot and chroot != "/":
        text += chroot
    return text


def _check_ssh_user(user: str) -> str:
    if not user or any(ch.isspace() or not ch.isprintable() or ch in "@:" for ch in user):
        raise ValueError(
            translate(
                "zk.connstr",
                '"{0}" is not a valid SSH user name (no spaces, "@" or ":").',
            ).format(user)
        )
    return user


def format_ssh_target(user: str, host: str, port: int = DEFAULT_SSH_PORT) -> str:
    """A jump host as "[USER@]HOST[:PORT]" (the port only when not 22); "" without a host."""
    if not host:
        return ""
    if port == DEFAULT_SSH_PORT:
        where = f"[{host}]" if ":" in host else host
    else:
        where = format_host(host, port)
    return (f"{user}@" if user else "") + where


def parse_ssh_target(s: str) -> tuple[str, str, int]:
    """Parse a jump host "[USER@]HOST[:PORT]" into (user or "", host, port; 22 by default).

    IPv6 addresses go in brackets ("bob@[::1]:2222"). Raises ValueError with a sentence.
    """
    text = s.strip()
    if not text:
        raise ValueError(translate("zk.connstr", "Enter the SSH jump host, e.g. bob@bastion."))
    user, at, entry = text.rpartition("@")
    if at:
        _check_ssh_user(user)
    if any(ch.isspace() for ch in entry) or not entry:
        raise ValueError(
            translate("zk.connstr", '"{0}" is not a jump host; write [USER@]HOST[:PORT].').format(
                text
            )
        )
    host, port = _parse_entry(entry, DEFAULT_SSH_PORT)
    return user, host, port


def _check_ssh(host: str, port: int, user: str) -> str:
    """Check the jump host fields (host may be an unbracketed IPv6 address); returns the host."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    entry = format_host(host, port) if ":" in host else host
    if ":" in host:
        _parse_entry(entry, DEFAULT_SSH_PORT)
    else:
        _check_hostname(host, host)
    _parse_port(str(port), entry)
    if user:
        _check_ssh_user(user)
    return host


def parse_auth(s: str) -> tuple[str, str]:
    """Split "scheme:credential" at the first colon: "digest:user:pass" -> ("digest", "user:pass").

    Raises ValueError when the scheme or the credential is missing.
    """
    text = s.strip()
    scheme, colon, credential = text.partition(":")
    if not colon:
        raise ValueError(
            translate(
                "zk.connstr",
                'Write the credential as SCHEME:CREDENTIAL, e.g. "digest:user:password".',
            )
        )
    if not scheme:
        raise ValueError(
            translate(
                "zk.connstr", 'The authentication scheme is missing before ":" (e.g. "digest").'
            )
        )
    if not _SCHEME.match(scheme):
        raise ValueError(
            translate("zk.connstr", '"{0}" is not a valid authentication scheme.').format(scheme)
        )
    if not credential:
        raise ValueError(
            translate("zk.connstr", 'The credential after "{0}:" is empty.').format(scheme)
        )
    if scheme == "digest" and ":" not in credential:
        raise ValueError(
            translate(
                "zk.connstr", 'A digest credential is "user:password", e.g. "digest:alice:secret".'
            )
        )
    return scheme, credential


def check_sasl(
    mechanism: str, username: str = "", password: str = "", extra: Mapping[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    """Check SASL settings and return them as ConnectParams.sasl pairs (() for no SASL).

    DIGEST-MD5 needs a user name and a password. GSSAPI takes "service" and "principal"
    (and any other pure-sasl option) through ``extra``. Raises ValueError with a sentence.
    """
    mechanism = mechanism.strip().upper()
    if not mechanism:
        return ()
    if mechanism not in SASL_MECHANISMS:
        raise ValueError(
            translate("zk.connstr", '"{0}" is not a supported SASL mechanism; use {1}.').format(
                mechanism, ", ".join(SASL_MECHANISMS)
            )
        )
    options: dict[str, str] = {"mechanism": mechanism}
    if mechanism == "DIGEST-MD5":
        if not username.strip():
            raise ValueError(translate("zk.connstr", "SASL DIGEST-MD5 needs a user name."))
        if not password:
            raise ValueError(translate("zk.connstr", "SASL DIGEST-MD5 needs a password."))
        options["username"] = username.strip()
        options["password"] = password
    else:
        if username.strip():
            options["username"] = username.strip()
        if password:
            options["password"] = password
    for key, value in (extra or {}).items():
        key = key.strip()
        if not key:
            continue
        if key in ("mechanism",):
            raise ValueError(
                translate(
                    "zk.connstr", "Choose the SASL mechanism in its own field, not as an option."
                )
            )
        if value.strip():
            options[key] = value.strip()
    return tuple(options.items())


def parse_key_values(text: str) -> dict[str, str]:
    """Read "key=value, key=value" (or one a line) into a dict; raises ValueError on a bad item."""
    out: dict[str, str] = {}
    for raw in re.split(r"[,\n]", text):
        item = raw.strip()
        if not item:
            continue
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise ValueError(
                translate(
                    "zk.connstr",
                    '"{0}" is not an option; write name=value, e.g. service=zookeeper.',
                ).format(item)
            )
        out[key.strip()] = value.strip()
    return out


def build_params(
    server: str,
    *,
    timeout: float = 10.0,
    auth: Iterable[str] = (),
    read_only: bool = False,
    use_ssl: bool = False,
    ca: str = "",
    certfile: str = "",
    keyfile: str = "",
    keyfile_password: str = "",
    verify_certs: bool = True,
    check_hostname: bool = False,
    sasl_mechanism: str = "",
    sasl_username: str = "",
    sasl_password: str = "",
    sasl_extra: Mapping[str, str] | None = None,
    ssh_host: str = "",
    ssh_port: int = DEFAULT_SSH_PORT,
    ssh_user: str = "",
    ssh_key: str = "",
) -> ConnectParams:
    """Check a connect string, "scheme:credential" strings, TLS and SASL settings.

    A client certificate file may hold its key too (``keyfile`` empty). Raises ValueError
    (with a sentence for the user) for a malformed server or credential, a timeout that
    is not positive, a key without a certificate, a host name check without certificate
    verification, incomplete SASL settings, or a bad jump host (or an SSH key, user or
    port without one).
    """
    hosts, chroot = parse_connect_string(server)
    if not timeout > 0:
        raise ValueError(
            translate("zk.connstr", "The session timeout must be more than 0 seconds.")
        )
    pairs = tuple(parse_auth(item) for item in auth if item.strip())
    ca, certfile, keyfile = ca.strip(), certfile.strip(), keyfile.strip()
    if use_ssl:
        if keyfile and not certfile:
            raise ValueError(
                translate("zk.connstr", "A client key needs its client certificate too.")
            )
        if certfile and not keyfile:
            keyfile = certfile  # one PEM file holding both
        if check_hostname and not verify_certs:
            raise ValueError(
                translate(
                    "zk.connstr",
                    "Checking the server's host name needs its certificate to be verified too.",
                )
            )
    else:
        ca = certfile = keyfile = keyfile_password = ""
        verify_certs, check_hostname = True, False
    sasl = check_sasl(sasl_mechanism, sasl_username, sasl_password, sasl_extra)
    ssh_user, ssh_key = ssh_user.strip(), ssh_key.strip()
    if ssh_host.strip():
        ssh_host = _check_ssh(ssh_host, ssh_port, ssh_user)
    elif ssh_key or ssh_user:
        raise ValueError(
            translate("zk.connstr", "An SSH key or user needs an SSH jump host (--ssh).")
        )
    else:
        ssh_host, ssh_port = "", DEFAULT_SSH_PORT
    return ConnectParams(
        hosts=format_connect_string(hosts, chroot),
        timeout=float(timeout),
        auth=pairs,
        read_only=read_only,
        use_ssl=use_ssl,
        ca=ca,
        certfile=certfile,
        keyfile=keyfile,
        keyfile_password=keyfile_password if use_ssl else "",
        verify_certs=verify_certs,
        check_hostname=check_hostname,
        sasl=sasl,
        ssh_host=ssh_host,
        ssh_port=int(ssh_port),
        ssh_user=ssh_user,
        ssh_key=ssh_key,
    )
