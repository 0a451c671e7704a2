"""The server's size limit for one request (``jute.maxbuffer``), read where the server tells.

ZooKeeper closes the connection on a request larger than ``jute.maxbuffer``, so the app
checks the size before sending. The figure is the one given (``--jute-maxbuffer``: a
server started with ``-Djute.maxbuffer`` does not say so in 3.8), else read from the
server's ``conf`` or ``envi`` four-letter words when they report it (and the commands are
allowed); otherwise the default is assumed. Answers are not limited: kazoo reads a
listing of any size (a million children: ~18 MB).
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


def read_server_limit(client: KazooClient, given: int = 0) -> int:
    """``given`` when positive; else the connected server's ``jute.maxbuffer`` from
    ``conf`` or ``envi``, else the default (1 MB).

    Blocks on the network (run it on a worker). Never raises for a refused or failed
    command: ZooKeeper 3.5+ answers only whitelisted four-letter words.
    """
    if given > 0:
        return given
    for word in (b"conf", b"envi"):
        try:
            answer = client.command(word)
        except Exception as exc:  # noqa: BLE001 - any failure means "not told"
            log.info("%s four-letter word failed (%s)", word.decode(), exc)
            break  # (another would fail, or wait as long, the same way)
        limit = parse_server_limit(answer)
        if limit is not None:
            return limit
    return JUTE_MAXBUFFER_DEFAULT
