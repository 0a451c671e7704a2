"""Four-letter words and AdminServer commands against real members (zk/servers.py).

Every parser is checked against what a real ZooKeeper 3.8 answers: a server allowing every
word, one with the default whitelist (``srvr`` only), one whose AdminServer answers instead,
a three-member ensemble; and against ports that refuse, stay silent or speak other HTTP.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import pytest
from kazoo.client import KazooClient

from zkinspector.zk import servers
from zkinspector.zk.server import Ensemble, ZooKeeperServer, free_port
from zkinspector.zk.servers import WORDS, WordFailed, ask_admin, ask_word, probe_member


def test_every_word_answered_in_full_by_a_server_allowing_them(
    zk_server: ZooKeeperServer, zk_client: KazooClient
) -> None:
    zk_client.create("/w", b"12345")
    zk_client.get("/w", watch=lambda _event: None)
    own_session = zk_client.client_id[0]

    report = probe_member(zk_server.host, zk_server.port, admin_port=0)

    assert report.reachable and not report.not_serving
    assert report.peer == zk_server.connect_string
    assert [a.word for a in report.answers] == list(WORDS)
    for answer in report.answers:
        assert answer.source == "4lw" and answer.failure is None, answer
    # mntr is longer than the 8 KiB kazoo's command() reads: it came whole, to its last line.
    mntr = report.answer("mntr")
    assert len(mntr.text.encode()) > 8192
    assert mntr.text.rstrip().splitlines()[-1].startswith("zk_")
    stats = report.stats
    assert stats.mode == "standalone"
    assert stats.version.startswith("3.") and "," not in stats.version
    srvr = servers.parse_srvr(report.answer("srvr").text)
    assert stats.zxid == srvr["zxid"] and stats.zxid > 0
    assert servers.zxid_parts(stats.zxid) == (stats.zxid >> 32, stats.zxid & 0xFFFFFFFF)
    assert stats.latency is not None and stats.latency[0] <= stats.latency[1] <= stats.latency[2]
    assert stats.connections >= 1 and stats.outstanding == 0
    assert stats.znodes >= 2 and stats.watches >= 1
    assert stats.data_size > 0 and 0 < stats.open_fds <= stats.max_fds
    assert stats.read_only is False and stats.uptime_ms > 0
    assert stats.latency_count >= 1
    # conf names the client port; envi the version; wchs the watches.
    assert report.answer("conf").fields["clientPort"] == str(zk_server.port)
    assert report.answer("envi").fields["zookeeper.version"].startswith(stats.version)
    assert report.answer("wchs").fields["num_total_watches"] >= 1
    # cons lists our client with its session id, as kazoo knows it.
    mine = [c for c in report.clients if c.session_id == own_session]
    assert len(mine) == 1
    assert mine[0].address.startswith("127.0.0.1:") and mine[0].received >= 1
    assert mine[0].timeout_ms == 10000 and mine[0].latency is not None


def test_default_whitelist_answers_srvr_only(default_server) -> None:
    nothing = free_port()  # no AdminServer there
    report = probe_member(default_server.host, default_server.port, admin_port=nothing)

    assert report.reachable
    srvr = report.answer("srvr")
    assert srvr.source == "4lw" and "Mode: standalone" in srvr.text
    for word in WORDS[1:]:
        answer = report.answer(word)
        assert answer.source == "" and answer.failure.kind == servers.NOT_ALLOWED, answer
        assert answer.admin_failure.kind == servers.REFUSED
    # What srvr tells is there; what only mntr tells is not.
    stats = report.stats
    assert stats.mode == "standalone" and stats.zxid is not None and stats.znodes >= 1
    assert stats.latency is not None and stats.connections >= 1
    assert stats.watches is None and stats.data_size is None and stats.open_fds is None
    assert report.clients is None
    with pytest.raises(WordFailed) as refused:
        ask_word(default_server.host, default_server.port, "mntr")
    assert refused.value.failure.kind == servers.NOT_ALLOWED


def test_admin_server_answers_the_refused_words(admin_server, kazoo_client) -> None:
    server, admin_port = admin_server
    client = kazoo_client(server.connect_string)
    client.ensure_path("/admin-test")
    client.get("/admin-test", watch=lambda _event: None)

    report = probe_member(server.host, server.port, admin_port=admin_port)

    assert report.answer("srvr").source == "4lw"
    for word in WORDS[1:]:
        answer = report.answer(word)
        assert answer.source == "admin", answer
        assert '"command"' in answer.text  # the AdminServer's JSON, shown whole
    stats = report.stats
    assert stats.mode == "standalone"
    assert stats.watches >= 1 and stats.data_size > 0 and stats.open_fds > 0
    assert stats.read_only is False
    assert client.client_id[0] in {c.session_id for c in report.clients}
    monitor = ask_admin(server.host, admin_port, "mntr")
    assert monitor["server_state"] == "standalone"
    with pytest.raises(WordFailed) as unknown:
        ask_admin(server.host, admin_port, "nosuchword")
    assert unknown.value.failure.kind == servers.ERROR
    assert "Unknown command" in unknown.value.failure.detail


def test_ensemble_has_one_leader_and_two_followers(zk_ensemble: Ensemble) -> None:
    reports = [probe_member(m.host, m.port, admin_port=0) for m in zk_ensemble.members]
    modes = sorted(r.stats.mode for r in reports)
    assert modes == ["follower", "follower", "leader"]
    leader = next(r for r in reports if r.stats.mode == "leader")
    assert leader.port == zk_ensemble.members[zk_ensemble.leader()].port
    assert leader.stats.synced_followers == 2
    epoch, _counter = servers.zxid_parts(leader.stats.zxid)
    assert epoch >= 1


def test_a_refused_port_is_down() -> None:
    port = free_port()
    report = probe_member("127.0.0.1", port, timeout=1.0)
    assert not report.reachable and report.failure.kind == servers.REFUSED
    assert report.answers == ()


def test_a_silent_port_is_down_within_the_timeout(silent_port: int) -> None:
    start = time.monotonic()
    report = probe_member("127.0.0.1", silent_port, timeout=0.5)
    elapsed = time.monotonic() - start
    assert not report.reachable and report.failure.kind == servers.TIMEOUT
    assert elapsed < 5  # one timeout, not one per word


class _OtherHttp(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = b"<html>not ZooKeeper</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def other_http() -> Iterator[int]:
    """A web server on a free port that is not ZooKeeper's AdminServer."""
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _OtherHttp)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_another_web_server_is_not_taken_for_the_admin_server(default_server, other_http) -> None:
    report = probe_member(default_server.host, default_server.port, admin_port=other_http)
    mntr = report.answer("mntr")
    assert mntr.source == "" and mntr.admin_failure.kind == servers.NOT_ADMIN
    assert mntr.admin_failure.detail == "HTTP 200"
