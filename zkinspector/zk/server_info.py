"""What the connected server says about itself (the ``srvr`` four-letter word)."""

from __future__ import annotations

from typing import Any

from .texts import translate

__all__ = ["parse_version", "server_version"]


def parse_version(srvr: str) -> str:
    """The version line of a ``srvr`` answer ("3.8.0-..., built on ...").

    Raises ValueError when the answer has none (e.g. srvr is not in the server's
    4lw.commands.whitelist).
    """
    for line in srvr.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "zookeeper version" and value.strip():
            return value.strip()
    raise ValueError(
        translate("zk.server_info", "The server does not say its version (srvr: {0}).").format(
            srvr.strip()[:120] or "-"
        )
    )


def server_version(client: Any) -> str:
    """Ask the connected server for its version (blocking: run it on a session worker)."""
    return parse_version(client.command(b"srvr"))
