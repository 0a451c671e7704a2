"""What each member of an ensemble says about itself: four-letter words and AdminServer.

Every word goes to one member over a socket of its own and is read to the end (kazoo's
``command()`` speaks only to the connected server and reads 8 KiB). ZooKeeper 3.5+
answers only the words in ``4lw.commands.whitelist`` (``srvr`` alone by default); for a
refused word the member's AdminServer is asked instead (``GET /commands/<word>``, JSON).
Every call here blocks on the network: run it on a worker (a :class:`jobs.JobRunner`).

Nothing here is shown as is: failures are :class:`Failure` values (a kind and a detail)
that the caller puts into sentences. No Qt.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import socket
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .connstr import format_host

__all__ = [
    "ADMIN_PORT",
    "CLOSED",
    "ERROR",
    "NOT_ADMIN",
    "NOT_ALLOWED",
    "NOT_SERVING",
    "REFUSED",
    "TIMEOUT",
    "UNRESOLVED",
    "WORDS",
    "Answer",
    "Client",
    "Failure",
    "MemberReport",
    "MemberStats",
    "WordFailed",
    "ask_admin",
    "ask_word",
    "parse_cons",
    "parse_key_values",
    "parse_mntr",
    "parse_srvr",
    "parse_wchs",
    "probe_member",
    "zxid_parts",
]

WORDS: tuple[str, ...] = ("srvr", "stat", "mntr", "conf", "cons", "wchs", "envi", "isro")
"""The words asked of every member, in this order (``srvr`` first: allowed everywhere)."""

ADMIN_PORT = 8080
"""The AdminServer's port unless ``admin.serverPort`` says otherwise."""

TIMEOUT_SECONDS = 2.0
MAX_ANSWER = 16 * 1024 * 1024  # bytes read of one answer at most (cons of a busy server)

# Failure kinds
REFUSED = "refused"  # connection refused: nothing listens there
TIMEOUT = "timeout"  # no answer within the time allowed (a silent port, a hung server)
UNRESOLVED = "unresolved"  # the host name does not resolve
CLOSED = "closed"  # the connection closed without an answer (not ZooKeeper?)
NOT_ALLOWED = "not-allowed"  # the word is not in 4lw.commands.whitelist
NOT_ADMIN = "not-admin"  # something answers HTTP there, but not ZooKeeper's AdminServer
NOT_SERVING = "not-serving"  # up, but not serving (no quorum, an election under way)
ERROR = "error"  # any other error (the detail says which)

_NOT_WHITELISTED = "is not executed because it is not in the whitelist"
_NOT_SERVING_TEXT = "This ZooKeeper instance is not currently serving requests"


@dataclass(frozen=True)
class Failure:
    """Why a member or a word gave no answer: ``kind`` (REFUSED, ...) and a ``detail``
    (an OS error text, an HTTP status, the AdminServer's error)."""

    kind: str
    detail: str = ""


class WordFailed(Exception):
    """A word or an AdminServer command got no usable answer; ``failure`` says why."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(f"{failure.kind}: {failure.detail}" if failure.detail else failure.kind)
        self.failure = failure


# ---------------------------------------------------------------------------------------
# Asking


def _deadline_left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise WordFailed(Failure(TIMEOUT))
    return left


def _os_failure(exc: OSError) -> Failure:
    if isinstance(exc, socket.gaierror):
        return Failure(UNRESOLVED, exc.strerror or str(exc))
    if isinstance(exc, ConnectionRefusedError):
        return Failure(REFUSED)
    if isinstance(exc, TimeoutError):
        return Failure(TIMEOUT)
    return Failure(ERROR, exc.strerror or str(exc))


def ask_word(host: str, port: int, word: str, timeout: float = TIMEOUT_SECONDS) -> str:
    """Send a four-letter word over a new socket and return the whole answer.

    ``timeout`` bounds the whole exchange (connect, send, read). Raises WordFailed: REFUSED,
    TIMEOUT, UNRESOLVED, CLOSED (no answer at all), NOT_ALLOWED (not in the whitelist) or
    ERROR.
    """
    return _exchange(host, port, word, timeout)[0]


def _exchange(host: str, port: int, word: str, timeout: float) -> tuple[str, str]:
    """ask_word's answer and the "ip:port" the socket reached."""
    deadline = time.monotonic() + timeout
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        raise WordFailed(_os_failure(exc)) from None
    chunks: list[bytes] = []
    size = 0
    with sock:
        try:
            peer = format_host(*sock.getpeername()[:2])
            sock.sendall(word.encode("ascii"))
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_WR)
            while size < MAX_ANSWER:
                sock.settimeout(_deadline_left(deadline))
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except ConnectionResetError:
            pass  # some servers reset after answering: keep what came
        except OSError as exc:
            raise WordFailed(_os_failure(exc)) from None
    if not chunks:
        raise WordFailed(Failure(CLOSED))
    text = b"".join(chunks).decode("utf-8", "replace")
    if _NOT_WHITELISTED in text:
        raise WordFailed(Failure(NOT_ALLOWED))
    return text, peer


def ask_admin(
    host: str, port: int, command: str, timeout: float = TIMEOUT_SECONDS
) -> dict[str, Any]:
    """Run an AdminServer command (``GET http://host:port/commands/<command>``); its JSON.

    The AdminServer takes the four-letter words as names of its commands. Raises
    WordFailed: REFUSED, TIMEOUT, UNRESOLVED, NOT_ADMIN (an HTTP answer that is not the
    AdminServer's JSON) or ERROR (the detail holds the AdminServer's error).
    """
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", f"/commands/{command}", headers={"Accept": "application/json"})
        response = conn.getresponse()
        body = response.read(MAX_ANSWER)
        status = response.status
    except OSError as exc:
        raise WordFailed(_os_failure(exc)) from None
    except http.client.HTTPException as exc:
        raise WordFailed(Failure(NOT_ADMIN, type(exc).__name__)) from None
    finally:
        conn.close()
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise WordFailed(Failure(NOT_ADMIN, f"HTTP {status}")) from None
    if not isinstance(data, dict) or "command" not in data:
        raise WordFailed(Failure(NOT_ADMIN, f"HTTP {status}"))
    if data.get("error"):
        raise WordFailed(Failure(ERROR, str(data["error"])))
    if status != 200:
        raise WordFailed(Failure(ERROR, f"HTTP {status}"))
    return data


# ---------------------------------------------------------------------------------------
# Parsing (each against real answers in the tests)


def zxid_parts(zxid: int) -> tuple[int, int]:
    """(epoch, counter) of a zxid: the high and the low 32 bits."""
    return zxid >> 32, zxid & 0xFFFFFFFF


def _number(text: str) -> int | float | None:
    text = text.strip()
    try:
        return int(text, 0) if text.lower().startswith("0x") else int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def parse_key_values(text: str, sep: str = "=") -> dict[str, str]:
    """``key<sep>value`` lines (conf, envi) into a dict; other lines are skipped."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        key, found, value = line.partition(sep)
        if found and key.strip():
            out[key.strip()] = value.strip()
    return out


def parse_srvr(text: str) -> dict[str, Any]:
    """The fields of a ``srvr`` (or ``stat``) answer, named as the AdminServer names them:
    version, min/avg/max_latency, packets_received/sent, num_alive_connections,
    outstanding_requests, zxid, server_state, znode_count."""
    names = {
        "Received": "packets_received",
        "Sent": "packets_sent",
        "Connections": "num_alive_connections",
        "Outstanding": "outstanding_requests",
        "Zxid": "zxid",
        "Node count": "znode_count",
    }
    out: dict[str, Any] = {}
    for line in text.splitlines():
        key, found, value = line.partition(":")
        if not found:
            continue
        key, value = key.strip(), value.strip()
        if key == "Zookeeper version":
            out["version"] = value
        elif key == "Mode":
            out["server_state"] = value
        elif key == "Latency min/avg/max":
            parts = [_number(p) for p in value.split("/")]
            if len(parts) == 3 and None not in parts:
                out["min_latency"], out["avg_latency"], out["max_latency"] = parts
        elif key in names and _number(value) is not None:
            out[names[key]] = _number(value)
    return out


def parse_mntr(text: str) -> dict[str, Any]:
    """``mntr``'s tab-separated lines, keys without their ``zk_`` prefix (as the
    AdminServer's ``monitor`` names them); numbers as numbers."""
    out: dict[str, Any] = {}
    for line in text.splitlines():
        key, found, value = line.partition("\t")
        if not found:
            continue
        key = key.strip().removeprefix("zk_")
        number = _number(value)
        out[key] = number if number is not None else value.strip()
    return out


_WCHS = re.compile(r"(\d+) connections watching (\d+) paths\s*Total watches:\s*(\d+)", re.S)


def parse_wchs(text: str) -> dict[str, int]:
    """``wchs``: num_connections, num_paths, num_total_watches ({} if not understood)."""
    match = _WCHS.search(text)
    if match is None:
        return {}
    a, b, c = (int(g) for g in match.groups())
    return {"num_connections": a, "num_paths": b, "num_total_watches": c}


@dataclass(frozen=True)
class Client:
    """One client connection a member reports (``cons``)."""

    address: str  # "ip:port" of the client as the server sees it
    session_id: int | None = None  # None: no session (e.g. a four-letter-word probe)
    queued: int | None = None
    received: int | None = None
    sent: int | None = None
    last_operation: str = ""
    timeout_ms: int | None = None
    established_ms: int | None = None  # epoch milliseconds
    latency: tuple[float, float, float] | None = None  # min, avg, max (ms)


_CONS_LINE = re.compile(r"^\s*/?(?P<address>[^\[\s]+)\[\d+\]\((?P<fields>[^)]*)\)\s*$")


def parse_cons(text: str) -> tuple[Client, ...]:
    """The client connections of a ``cons`` answer (one line each)."""
    clients = []
    for line in text.splitlines():
        match = _CONS_LINE.match(line)
        if match is None:
            continue
        fields = dict(
            item.split("=", 1) for item in match.group("fields").split(",") if "=" in item
        )
        clients.append(_client(match.group("address"), fields))
    return tuple(clients)


def _int(value: Any) -> int | None:
    number = _number(str(value)) if value is not None else None
    return int(number) if number is not None else None


def _client(address: str, f: Mapping[str, Any]) -> Client:
    latency = None
    lows = [_number(str(f.get(k, ""))) for k in ("minlat", "avglat", "maxlat")]
    if None not in lows:
        latency = tuple(float(x) for x in lows)  # type: ignore[arg-type]
    return Client(
        address=address.lstrip("/"),
        session_id=_int(f.get("sid")),
        queued=_int(f.get("queued")),
        received=_int(f.get("recved")),
        sent=_int(f.get("sent")),
        last_operation=str(f.get("lop", "")),
        timeout_ms=_int(f.get("to")),
        established_ms=_int(f.get("est")),
        latency=latency,  # type: ignore[arg-type]
    )


def _admin_clients(data: Mapping[str, Any]) -> tuple[Client, ...]:
    """The connections of an AdminServer ``cons`` answer."""
    out = []
    for item in [*data.get("connections", []), *data.get("secure_connections", [])]:
        if not isinstance(item, dict):
            continue
        lat = [item.get(k) for k in ("min_latency", "avg_latency", "max_latency")]
        out.append(
            Client(
                address=str(item.get("remote_socket_address", "")).lstrip("/"),
                session_id=_int(item.get("session_id")),
                queued=_int(item.get("outstanding_requests")),
                received=_int(item.get("packets_received")),
                sent=_int(item.get("packets_sent")),
                last_operation=str(item.get("last_operation", "")),
                timeout_ms=_int(item.get("session_timeout")),
                established_ms=_int(item.get("established")),
                latency=tuple(float(x) for x in lat)  # type: ignore[arg-type]
                if all(isinstance(x, int | float) for x in lat)
                else None,
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------------------
# One member


@dataclass(frozen=True)
class Answer:
    """One word's outcome on one member.

    ``text`` is the full answer: the four-letter word's text (``source`` "4lw") or the
    AdminServer's JSON, indented (``source`` "admin"). Without an answer ``source`` is ""
    and ``failure`` says why the word failed, ``admin_failure`` why the AdminServer did
    not answer instead (None when it was not asked).
    """

    word: str
    text: str = ""
    source: str = ""
    failure: Failure | None = None
    admin_failure: Failure | None = None
    fields: Mapping[str, Any] = field(default_factory=dict, repr=False)  # parsed, by name


@dataclass(frozen=True)
class MemberStats:
    """The figures the panel shows; None where the member did not tell."""

    mode: str = ""  # leader, follower, observer, standalone, read-only ("" unknown)
    version: str = ""
    zxid: int | None = None
    latency: tuple[float, float, float] | None = None  # min, avg, max since reset (ms)
    outstanding: int | None = None
    connections: int | None = None
    znodes: int | None = None
    watches: int | None = None
    data_size: int | None = None  # approximate, bytes
    open_fds: int | None = None
    max_fds: int | None = None
    uptime_ms: int | None = None
    read_only: bool | None = None
    synced_followers: int | None = None
    # Request latency totals (read + update), to compute the latency of an interval
    latency_sum: int | None = None
    latency_count: int | None = None


@dataclass(frozen=True)
class MemberReport:
    """Everything one probe learned of one member.

    ``failure`` is set when the member did not answer ``srvr`` at all (down, silent,
    not ZooKeeper); ``not_serving`` when it answers but serves no clients (no quorum).
    ``peer`` is the "ip:port" reached (what a session's server address reads).
    """

    host: str
    port: int
    taken: float  # time.time() of the probe
    peer: str = ""
    answers: tuple[Answer, ...] = ()
    stats: MemberStats = MemberStats()
    clients: tuple[Client, ...] | None = None
    failure: Failure | None = None
    not_serving: bool = False

    @property
    def address(self) -> str:
        return format_host(self.host, self.port)

    @property
    def reachable(self) -> bool:
        return self.failure is None

    def answer(self, word: str) -> Answer | None:
        return next((a for a in self.answers if a.word == word), None)


def _fields(word: str, text: str = "", admin: Mapping[str, Any] | None = None) -> dict:
    """The named fields of one answer, from its text or from the AdminServer's JSON."""
    if admin is not None:
        if word in ("srvr", "stat"):
            stats = admin.get("server_stats", {}) or {}
            out = {k: v for k, v in stats.items() if not isinstance(v, dict)}
            out["num_alive_connections"] = stats.get("num_alive_client_connections")
            out["zxid"] = stats.get("last_processed_zxid")
            out["znode_count"] = admin.get("node_count")
            out["version"] = admin.get("version", "")
            out["read_only"] = admin.get("read_only")
            return {k: v for k, v in out.items() if v is not None}
        return dict(admin)
    if word in ("srvr", "stat"):
        return parse_srvr(text)
    if word == "mntr":
        return parse_mntr(text)
    if word == "wchs":
        return parse_wchs(text)
    if word == "isro":
        return {"read_only": text.strip() == "ro"}
    if word in ("conf", "envi"):
        return parse_key_values(text)
    return {}


def _stats(answers: Iterable[Answer]) -> MemberStats:
    """Merge what the answers tell, the richer source (mntr) last."""
    merged: dict[str, Any] = {}
    for word in ("srvr", "stat", "wchs", "isro", "mntr"):
        answer = next((a for a in answers if a.word == word), None)
        if answer is not None and answer.fields:
            merged.update(answer.fields)
    get = merged.get
    latency = None
    if all(isinstance(get(k), int | float) for k in ("min_latency", "avg_latency", "max_latency")):
        latency = (float(get("min_latency")), float(get("avg_latency")), float(get("max_latency")))
    total = count = None
    if all(
        isinstance(get(k), int)
        for k in ("sum_readlatency", "cnt_readlatency", "sum_updatelatency", "cnt_updatelatency")
    ):
        total = get("sum_readlatency") + get("sum_updatelatency")
        count = get("cnt_readlatency") + get("cnt_updatelatency")
    version = str(get("version", ""))
    read_only = get("read_only")
    mode = str(get("server_state", ""))
    if read_only is True and mode in ("", "standalone", "follower", "observer"):
        mode = "read-only"
    return MemberStats(
        mode=mode,
        version=version.split(",", 1)[0].strip(),
        zxid=_int(get("zxid")),
        latency=latency,
        outstanding=_int(get("outstanding_requests")),
        connections=_int(get("num_alive_connections")),
        znodes=_int(get("znode_count")),
        watches=_int(get("watch_count", get("num_total_watches"))),
        data_size=_int(get("approximate_data_size")),
        open_fds=_int(get("open_file_descriptor_count")),
        max_fds=_int(get("max_file_descriptor_count")),
        uptime_ms=_int(get("uptime")),
        read_only=read_only if isinstance(read_only, bool) else None,
        synced_followers=_int(get("synced_followers")),
        latency_sum=total,
        latency_count=count,
    )


def probe_member(
    host: str,
    port: int,
    *,
    admin_port: int = ADMIN_PORT,
    timeout: float = TIMEOUT_SECONDS,
    words: Iterable[str] = WORDS,
    stop: Callable[[], bool] | None = None,
) -> MemberReport:
    """Ask one member every word (``srvr`` first) and merge what it tells.

    A member that does not answer ``srvr`` is down: the other words are not asked, so a
    silent member costs one ``timeout``. A refused word is asked of the AdminServer on
    ``admin_port`` (0: never); once that fails, it is not asked again in this probe.
    The whole probe ends within about ``2 * timeout`` (plus one ``timeout`` per word when
    a member stops answering in the middle). ``stop()`` true ends it early. Never raises
    for the network.
    """
    taken = time.time()
    try:
        first, peer = _exchange(host, port, "srvr", timeout)
    except WordFailed as exc:
        if exc.failure.kind != NOT_ALLOWED:
            return MemberReport(host, port, taken, failure=exc.failure)
        first, peer = "", ""
    if first.startswith(_NOT_SERVING_TEXT):
        answer = Answer("srvr", first, "4lw", Failure(NOT_SERVING))
        return MemberReport(host, port, taken, peer, (answer,), not_serving=True)
    answers: list[Answer] = []
    admin_down: Failure | None = None  # why the AdminServer did not answer, once it did not
    deadline = time.monotonic() + 2 * timeout
    for word in words:
        if stop is not None and stop():
            break
        left = max(0.2, min(timeout, deadline - time.monotonic()))
        try:
            text = first if word == "srvr" and first else ask_word(host, port, word, left)
        except WordFailed as exc:
            if exc.failure.kind != NOT_ALLOWED:
                answers.append(Answer(word, failure=exc.failure))
                continue
            if admin_down is not None or not admin_port:
                answers.append(Answer(word, failure=exc.failure, admin_failure=admin_down))
                continue
            try:
                data = ask_admin(host, admin_port, word, left)
            except WordFailed as admin_exc:
                if admin_exc.failure.kind in (REFUSED, TIMEOUT, UNRESOLVED, NOT_ADMIN):
                    admin_down = admin_exc.failure
                answers.append(Answer(word, failure=exc.failure, admin_failure=admin_exc.failure))
                continue
            shown = json.dumps(data, indent=2, sort_keys=True)
            answers.append(Answer(word, shown, "admin", fields=_fields(word, admin=data)))
            continue
        if text.startswith(_NOT_SERVING_TEXT):
            answers.append(Answer(word, text, "4lw", Failure(NOT_SERVING)))
            continue
        answers.append(Answer(word, text, "4lw", fields=_fields(word, text)))
    clients = None
    cons = next((a for a in answers if a.word == "cons" and a.source), None)
    if cons is not None:
        clients = _admin_clients(cons.fields) if cons.source == "admin" else parse_cons(cons.text)
    return MemberReport(host, port, taken, peer, tuple(answers), _stats(answers), clients)
