"""The server's size limit for one request (``jute.maxbuffer``), read where the server tells.

ZooKeeper closes the connection on a request larger than ``jute.maxbuffer``, so the app
checks the size before sending. The figure is read from the server's ``conf`` four-letter
word when it reports it (and the command is allowed); otherwise the default is assumed.
"""

from __future__ import annotations

import logging
import re

from kazoo.client import KazooClient

from .codec import JUTE_MAXBUFFER_DEFAULT

__all__ = ["parse_server_limit", "read_server_limit"]

log = logging.getLogger(__name__)

_LIMIT_LINE = re.compile(
    r"^\s*(?:zookeeper\.)?jute\.maxbuffer\s*[=:]\s*(\S+)\s*$", re.IGNORECASE | re.MULTILINE
)


def _java_int(text: str) -> int | None:
    """Parse an integer as Java's Integer.decode does (decimal, 0x/#/0X hex, 0 octal)."""
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    try:
        if body[:2].lower() == "0x":
            return sign * int(body[2:], 16)
        if body.startswith("#"):
            return sign * int(body[1:], 16)
        if len(body) > 1 and body.startswith("0"):
            return sign * int(body[1:], 8)
        return sign * int(body, 10)
    except ValueError:
        return None


def parse_server_limit(conf: str) -> int | None:
    """The ``jute.maxbuffer`` value in a ``conf`` (or ``envi``) answer, None if absent or bad."""
    match = _LIMIT_LINE.search(conf)
    if match is None:
        return None
    value = _java_int(match.group(1))
    return value if value is not None and value > 0 else None


def read_server_limit(client: KazooClient) -> int:
    """The connected server's ``jute.maxbuffer`` from ``conf``, else the default (1 MB).

    Blocks on the network (run it on a worker). Never raises for a refused or failed
    command: ZooKeeper 3.5+ answers only whitelisted four-letter words.
    """
    try:
        answer = client.command(b"conf")
    except Exception as exc:  # noqa: BLE001 - any failure means "not told"
        log.info("conf four-letter word failed (%s); assuming jute.maxbuffer default", exc)
        return JUTE_MAXBUFFER_DEFAULT
    return parse_server_limit(answer) or JUTE_MAXBUFFER_DEFAULT
