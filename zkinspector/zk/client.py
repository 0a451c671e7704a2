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
from .texts import translate

__all__ = ["ConnectError", "close_client", "kazoo_options", "start_client"]


class ConnectError(Exception):
    """The connection could not be made; str() is a sentence for the user."""


def check_started(client: KazooClient, params: ConnectParams) -> int:
    """After a client started: check the chroot, probe the server's features once (while
    nothing else is in flight: an old server drops the connection on a request it does not
    know) and read the request size limit; returns the limit. Closes the client and raises
    ConnectError with a sentence when something is wrong."""
    try:
        if params.chroot and client.exists("/") is None:
            raise ConnectError(
                translate("zk.session", "The chroot {0} does not exist on {1}.").format(
                    params.chroot, format_connect_string(params.servers)
                )
            )
        server_features(client)
        return read_server_limit(client, params.jute_maxbuffer)
    except ConnectError:
        close_client(client)
        raise
    except KazooException as exc:
        close_client(client)
        raise ConnectError(describe(exc)) from exc


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
    else is in flight. Raises ConnectError with a sentence (unreachable, bad credentials,
    a chroot that does not exist).
    """
    where = format_connect_string(params.servers)
    tunnel = None
    if params.ssh_host:
        try:
            tunnel = open_tunnel(params, TerminalAsker())
        except SshError as exc:
            raise ConnectError(str(exc)) from None
    client = KazooClient(**kazoo_options(params, tunnel))
    if tunnel is not None:
        _tunnels[client] = tunnel
    try:
        client.start(timeout=max(params.timeout, 1.0))
    except KazooTimeoutError:
        close_client(client)
        raise ConnectError(
            f"Could not connect to {where} within {params.timeout:g} s "
            "(is the server up, and the port its client port?)."
        ) from None
    except KazooException as exc:
        close_client(client)
        raise ConnectError(describe(exc)) from exc
    limit = check_started(client, params)
    return client, limit
