"""Command-line options for reaching a server, shared by the window and the subcommands.

``--timeout``, ``--auth`` (repeatable), ``--jute-maxbuffer``, the TLS, SSH and SASL options, and the
ConnectParams they make. Secrets never go on the command line (other users can read it):
a TLS key's password and a SASL password come from environment variables. No Qt here:
``zkinspector export`` and friends import this without a display.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

from .zk.connstr import ConnectParams, build_params, parse_ssh_target

__all__ = [
    "KEY_PASSWORD_ENV",
    "SASL_PASSWORD_ENV",
    "add_connection_options",
    "connect_params",
    "wants_tls",
]

SASL_PASSWORD_ENV = "ZKINSPECTOR_SASL_PASSWORD"
KEY_PASSWORD_ENV = "ZKINSPECTOR_TLS_KEY_PASSWORD"


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    """Add --timeout, --auth, the TLS group and the SASL group to ``parser``."""
    parser.add_argument(
        "--timeout", type=float, default=10.0, metavar="SECONDS", help="session timeout (10)"
    )
    parser.add_argument(
        "--auth",
        action="append",
        default=[],
        metavar="SCHEME:CREDENTIAL",
        help="add credentials, e.g. digest:user:password (repeatable)",
    )
    parser.add_argument(
        "--jute-maxbuffer",
        type=_byte_count,
        default=0,
        metavar="BYTES",
        help="the servers' jute.maxbuffer (-Djute.maxbuffer), when raised: the largest "
        "request and node data the app sends (default: what the server reports, else 1 MB)",
    )
    tls = parser.add_argument_group("TLS (a server's secureClientPort)")
    tls.add_argument("--tls", action="store_true", help="connect with TLS")
    tls.add_argument("--tls-ca", metavar="FILE", default="", help="CA certificates (PEM)")
    tls.add_argument(
        "--tls-cert", metavar="FILE", default="", help="client certificate (PEM), for x509 ACLs"
    )
    tls.add_argument(
        "--tls-key",
        metavar="FILE",
        default="",
        help=f"client key (PEM), if not in the certificate file; its password from ${KEY_PASSWORD_ENV}",
    )
    tls.add_argument(
        "--tls-check-hostname",
        action="store_true",
        help="check the server's name in its certificate",
    )
    tls.add_argument(
        "--tls-no-verify", action="store_true", help="do not verify the server's certificate"
    )
    ssh = parser.add_argument_group("SSH tunnel (every server reached through a jump host)")
    ssh.add_argument(
        "--ssh",
        metavar="[USER@]HOST[:PORT]",
        default="",
        help="the jump host; its key is checked against ~/.ssh/known_hosts (unknown: asked)",
    )
    ssh.add_argument(
        "--ssh-key",
        metavar="FILE",
        default="",
        help="private key (default: the SSH agent, then ~/.ssh/id_*); a passphrase is "
        "asked for, or read from the system keyring",
    )
    sasl = parser.add_argument_group("SASL")
    sasl.add_argument("--sasl", metavar="MECHANISM", default="", help="DIGEST-MD5 or GSSAPI")
    sasl.add_argument(
        "--sasl-user",
        metavar="NAME",
        default="",
        help=f"DIGEST-MD5 user; password from ${SASL_PASSWORD_ENV}",
    )


def _byte_count(text: str) -> int:
    """A positive number of bytes, for argparse (with a K or M suffix: KiB, MiB)."""
    units = {"k": 1024, "m": 1024 * 1024}
    scale = units.get(text[-1:].lower(), 1)
    try:
        value = int(text[:-1] if scale > 1 else text) * scale
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {text!r}")
    return value


def wants_tls(options: argparse.Namespace) -> bool:
    """Whether --tls or any --tls-* option (each implies --tls) was given."""
    return bool(
        options.tls
        or options.tls_ca
        or options.tls_cert
        or options.tls_key
        or options.tls_check_hostname
        or options.tls_no_verify
    )


def connect_params(
    server: str, options: argparse.Namespace, *, read_only: bool = False
) -> ConnectParams:
    """The ConnectParams for ``server`` with these options (secrets from the environment).

    Raises ValueError with a sentence for the user (see ``connstr.build_params``), and
    for --sasl-user without --sasl.
    """
    if options.sasl_user and not options.sasl:
        raise ValueError("--sasl-user needs --sasl MECHANISM.")
    if options.ssh_key and not options.ssh:
        raise ValueError("--ssh-key needs --ssh [USER@]HOST[:PORT].")
    ssh: dict = {}
    if options.ssh:
        user, host, port = parse_ssh_target(options.ssh)
        ssh = {"ssh_host": host, "ssh_port": port, "ssh_user": user, "ssh_key": options.ssh_key}
    params = build_params(
        server,
        timeout=options.timeout,
        auth=options.auth,
        read_only=read_only,
        use_ssl=wants_tls(options),
        ca=options.tls_ca,
        certfile=options.tls_cert,
        keyfile=options.tls_key,
        keyfile_password=os.environ.get(KEY_PASSWORD_ENV, ""),
        verify_certs=not options.tls_no_verify,
        check_hostname=options.tls_check_hostname,
        sasl_mechanism=options.sasl,
        sasl_username=options.sasl_user,
        sasl_password=os.environ.get(SASL_PASSWORD_ENV, ""),
        **ssh,
    )
    limit = getattr(options, "jute_maxbuffer", 0)
    return replace(params, jute_maxbuffer=limit) if limit else params
