"""A plain kazoo client from ConnectParams, for work without a window (the command line).

The window's connections go through ``session.ZkSession``; this is the same client (the
same ``kazoo_options``), started and checked the same way, on the calling thread, through
an SSH tunnel when the params name a jump host (questions asked on the terminal). No Qt.
"""

from __future__ import annotations

import contextlib
import weakref
from typing import Any

from kazoo.client import KazooClient
from kazoo.exceptions import KazooException
from kazoo.handlers.threading import KazooTimeoutError
from kazoo.retry import KazooRetry

from .connstr import ConnectParams, format_connect_string
from .errors import describe
from .limits import read_server_limit
from .protocol import server_features
from .secrets import kazoo_logger
from .ssh import SshError, TerminalAsker, Tunnel, open_tunnel

__all__ = ["ClientError", "close_client", "kazoo_options", "start_client"]


class ClientError(Exception):
    """The connection could not be made; str() is a sentence for the user."""


#: The SSH tunnel each client of ``start_client`` goes through, closed with it.
_tunnels: weakref.WeakKeyDictionary[KazooClient, Tunnel] = weakref.WeakKeyDictionary()


def kazoo_options(params: ConnectParams, tunnel: Tunnel | None = None) -> dict[str, Any]:
    """The KazooClient arguments for ``params`` (retrying the connection for ever), through
    ``tunnel``'s forwards when there is one."""
    route = tunnel.kazoo_options() if tunnel is not None else {"hosts": params.hosts}
    return {
        **route,
        "timeout": params.timeout,
        "connection_retry": KazooRetry(max_tries=-1, delay=0.2, backoff=2, max_delay=5),
        "auth_data": list(params.auth) or None,
        "read_only": params.read_only or None,
        "use_ssl": params.use_ssl,
        "ca": params.ca or None,
        "certfile": params.certfile or None,
        "keyfile": params.keyfile or None,
        "keyfile_password": params.keyfile_password or None,
        "verify_certs": params.verify_certs,
        "check_hostname": params.check_hostname,
        "sasl_options": params.sasl_options(),
        "logger": kazoo_logger(),  # credentials masked in its debug records
    }


def close_client(client: KazooClient) -> None:
    """Stop and close a client (then its SSH tunnel); errors of a broken connection are
    ignored."""
    with contextlib.suppress(Exception):
        client.stop()
        client.close()
    tunnel = _tunnels.pop(client, None)
    if tunnel is not None:
        tunnel.close()


def start_client(params: ConnectParams) -> tuple[KazooClient, int]:
    """Connect; return the started client and the server's request size limit.

    Waits up to the session timeout. Probes the server's features once, while nothing
    else is in flight. Raises ClientError with a sentence (unreachable, bad credentials,
    a chroot that does not exist).
    """
    where = format_connect_string(params.servers)
    tunnel = None
    if params.ssh_host:
        try:
            tunnel = open_tunnel(params, TerminalAsker())
        except SshError as exc:
            raise ClientError(str(exc)) from None
    client = KazooClient(**kazoo_options(params, tunnel))
    if tunnel is not None:
        _tunnels[client] = tunnel
    try:
        client.start(timeout=max(params.timeout, 1.0))
    except KazooTimeoutError:
        close_client(client)
        raise ClientError(
            f"Could not connect to {where} within {params.timeout:g} s "
            "(is the server up, and the port its client port?)."
        ) from None
    except KazooException as exc:
        close_client(client)
        raise ClientError(describe(exc)) from exc
    try:
        if params.chroot and client.exists("/") is None:
            raise ClientError(f"The chroot {params.chroot} does not exist on {where}.")
        server_features(client)
        limit = read_server_limit(client, params.jute_maxbuffer)
    except ClientError:
        close_client(client)
        raise
    except KazooException as exc:
        close_client(client)
        raise ClientError(describe(exc)) from exc
    return client, limit
