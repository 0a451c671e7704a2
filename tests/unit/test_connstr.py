"""Connect strings and credentials: zkinspector.zk.connstr (pure, no server)."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kazoo.hosts import collect_hosts

from zkinspector.zk.connstr import (
    DEFAULT_PORT,
    ConnectParams,
    build_params,
    format_connect_string,
    parse_auth,
    parse_connect_string,
)


@pytest.mark.parametrize(
    ("text", "hosts", "chroot"),
    [
        ("localhost", [("localhost", 2181)], ""),
        ("localhost:2182", [("localhost", 2182)], ""),
        ("zk1:2181,zk2:2182,zk3", [("zk1", 2181), ("zk2", 2182), ("zk3", 2181)], ""),
        ("zk1:2181/kafka", [("zk1", 2181)], "/kafka"),
        ("zk1,zk2/a/b", [("zk1", 2181), ("zk2", 2181)], "/a/b"),
        ("zk1:2181/", [("zk1", 2181)], ""),
        ("  zk1:2181  ", [("zk1", 2181)], ""),
        ("zk1:2181, zk2:2182", [("zk1", 2181), ("zk2", 2182)], ""),
        ("10.0.0.1:2181", [("10.0.0.1", 2181)], ""),
        ("[::1]:2181", [("::1", 2181)], ""),
        ("[::1]", [("::1", 2181)], ""),
        ("[2001:db8::7]:3000,10.0.0.2/x", [("2001:db8::7", 3000), ("10.0.0.2", 2181)], "/x"),
        ("my_host.example.com:1", [("my_host.example.com", 1)], ""),
        ("zk1:65535", [("zk1", 65535)], ""),
    ],
)
def test_parse_valid(text: str, hosts: list[tuple[str, int]], chroot: str) -> None:
    assert parse_connect_string(text) == (hosts, chroot)
    params = build_params(text)
    assert (params.servers, params.chroot) == (hosts, chroot)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Enter a server"),
        ("   ", "Enter a server"),
        ("zk1:0", "between 1 and 65535"),
        ("zk1:65536", "between 1 and 65535"),
        ("zk1:99999", "between 1 and 65535"),
        ("zk1:port", "a port is a number"),
        ("zk1:", "empty port"),
        (":2181", "no host name"),
        ("zk1,,zk2", "empty entry"),
        ("zk1,", "empty entry"),
        ("::1", "brackets"),
        ("fe80::1:2181", "brackets"),
        ("[::1", 'without a closing "]"'),
        ("[nothost]:2181", "not a valid IPv6 address"),
        ("[::1]x", 'only ":PORT"'),
        ("bad host:2181", "contains a space"),
        ("bad!host", "not a valid host name"),
        ("a..b", "empty part"),
        ("999.1.1.1", "not a valid IPv4 address"),
        ("/chroot", "at least one server"),
        ("zk1/a/", "cannot end with"),
        ("zk1/a//b", "empty node name"),
        ("zk1/a/../b", '".."'),
    ],
)
def test_parse_invalid(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=None) as info:
        parse_connect_string(text)
    assert words in str(info.value)
    assert str(info.value).endswith(".")  # a full sentence for the user


def test_auth() -> None:
    assert parse_auth("digest:user:pass") == ("digest", "user:pass")
    assert parse_auth("digest:alice:p:a:ss") == ("digest", "alice:p:a:ss")
    assert parse_auth(" ip:10.0.0.1 ") == ("ip", "10.0.0.1")
    for bad, words in [
        ("digest", "SCHEME:CREDENTIAL"),
        (":user:pass", "scheme is missing"),
        ("digest:", "is empty"),
        ("digest:alice", "user:password"),
        ("di gest:x:y", "not a valid authentication scheme"),
    ]:
        with pytest.raises(ValueError) as info:
            parse_auth(bad)
        assert words in str(info.value)


def test_build_params() -> None:
    params = build_params("zk1, zk2:2182/kafka", timeout=5, auth=["digest:u:p", ""], read_only=True)
    assert params == ConnectParams(
        hosts="zk1:2181,zk2:2182/kafka",
        timeout=5.0,
        auth=(("digest", "u:p"),),
        read_only=True,
    )
    assert build_params("[::1]").hosts == "[::1]:2181"
    assert ConnectParams("h:1").timeout == 10.0
    with pytest.raises(ValueError, match="more than 0 seconds"):
        build_params("zk1", timeout=0)
    with pytest.raises(ValueError):
        build_params("zk1", auth=["nocolon"])


# -- properties ---------------------------------------------------------------------------

_label = st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True)
_hostname = st.lists(_label, min_size=1, max_size=3).map(".".join)
_ipv4 = st.ip_addresses(v=4).map(str)
_ipv6 = st.ip_addresses(v=6).map(lambda a: str(ipaddress.IPv6Address(a)))
_host = st.one_of(_hostname, _ipv4, _ipv6)
_port = st.integers(min_value=1, max_value=65535)
_name = st.from_regex(r"[A-Za-z0-9_.-]{1,12}", fullmatch=True).filter(
    lambda n: n not in (".", "..")
)
_chroot = st.one_of(
    st.just(""), st.lists(_name, min_size=1, max_size=3).map(lambda p: "/" + "/".join(p))
)


@given(st.lists(st.tuples(_host, _port), min_size=1, max_size=5), _chroot)
def test_format_parse_round_trip(hosts: list[tuple[str, int]], chroot: str) -> None:
    text = format_connect_string(hosts, chroot)
    assert parse_connect_string(text) == (hosts, chroot)
    assert (ConnectParams(text).servers, ConnectParams(text).chroot) == (hosts, chroot)
    # kazoo reads our normalised string the same way (its host names are lower-case).
    kazoo_hosts, kazoo_chroot = collect_hosts(text)
    assert kazoo_hosts == [(h.lower(), p) for h, p in hosts]
    assert kazoo_chroot == (chroot or None)


@given(st.lists(st.tuples(_hostname, st.one_of(st.none(), _port)), min_size=1, max_size=4))
def test_default_port(entries: list[tuple[str, int | None]]) -> None:
    text = ",".join(h if p is None else f"{h}:{p}" for h, p in entries)
    hosts, chroot = parse_connect_string(text)
    assert chroot == ""
    assert hosts == [(h, DEFAULT_PORT if p is None else p) for h, p in entries]


@given(st.text(max_size=40))
def test_parse_never_crashes(text: str) -> None:
    """Any input either parses or raises ValueError with a message; nothing else."""
    try:
        hosts, chroot = parse_connect_string(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert hosts
        assert all(1 <= port <= 65535 for _, port in hosts)
        assert chroot == "" or (chroot.startswith("/") and chroot != "/")


def test_build_params_tls_and_sasl() -> None:
    from zkinspector.zk.connstr import build_params

    params = build_params(
        "zk1:2281",
        use_ssl=True,
        ca="/ca.pem",
        certfile="/both.pem",
        check_hostname=True,
        sasl_mechanism="digest-md5",
        sasl_username="bob",
        sasl_password="pw-in-params",
        auth=["digest:alice:pw-in-params"],
    )
    assert params.keyfile == "/both.pem"  # one PEM holding certificate and key
    assert params.sasl_options() == {
        "mechanism": "DIGEST-MD5",
        "username": "bob",
        "password": "pw-in-params",
    }
    assert params.sasl_options() is not params.sasl_options()  # kazoo changes its copy
    assert params.has_credentials
    assert "pw-in-params" not in repr(params)  # a params object never leaks a secret
    gss = build_params(
        "zk1", sasl_mechanism="GSSAPI", sasl_extra={"service": "zk", "principal": "me@EX"}
    )
    assert gss.sasl_options() == {"mechanism": "GSSAPI", "service": "zk", "principal": "me@EX"}
    plain = build_params("zk1", ca="/ignored.pem")
    assert not plain.use_ssl and plain.ca == "" and not plain.has_credentials
    for kwargs, fragment in (
        ({"use_ssl": True, "keyfile": "/k.pem"}, "certificate too"),
        ({"use_ssl": True, "verify_certs": False, "check_hostname": True}, "verified"),
        ({"sasl_mechanism": "DIGEST-MD5", "sasl_username": "bob"}, "password"),
        ({"sasl_mechanism": "DIGEST-MD5", "sasl_password": "x"}, "user name"),
        ({"sasl_mechanism": "PLAIN"}, "not a supported SASL mechanism"),
    ):
        with pytest.raises(ValueError, match=fragment):
            build_params("zk1", **kwargs)
