"""ACL parsing and formatting: unit tests and properties."""

from __future__ import annotations

import base64
import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kazoo.security import ACL, Id, Permissions

import tests.hypothesis_profiles  # noqa: F401
from zkinspector.zk import acl

R, W, C, D, A = (
    Permissions.READ,
    Permissions.WRITE,
    Permissions.CREATE,
    Permissions.DELETE,
    Permissions.ADMIN,
)
BOB_DIGEST = "bob:fyVmFCwVbTJYrznoSu1koqYEYF0="


def test_permissions_table():
    assert acl.PERMISSIONS == [
        ("read", R),
        ("write", W),
        ("create", C),
        ("delete", D),
        ("admin", A),
    ]


def test_perms_text():
    assert acl.perms_to_names(R | A) == ["read", "admin"]
    assert acl.perms_to_text(Permissions.ALL) == "all"
    assert acl.perms_to_text(0) == "none"
    assert acl.perms_to_text(R | W) == "read, write"
    assert acl.perms_to_text(R | W | C | D) == "read, write, create, delete"
    assert acl.perms_short(Permissions.ALL) == "cdrwa"
    assert acl.perms_short(R | W) == "rw"
    assert acl.perms_short(A | C) == "ca"
    assert acl.perms_short(0) == ""


@pytest.mark.parametrize(
    ("text", "perms"),
    [
        ("cdrwa", Permissions.ALL),
        ("rw", R | W),
        ("wr", R | W),
        ("r", R),
        ("all", Permissions.ALL),
        ("ALL", Permissions.ALL),
        ("RW", R | W),
        ("none", 0),
        ("read, write", R | W),
        ("admin", A),
        (" cd ", C | D),
    ],
)
def test_parse_perms(text, perms):
    assert acl.parse_perms(text) == perms


@pytest.mark.parametrize("text", ["", "rx", "read, wrote", "q"])
def test_parse_perms_rejects(text):
    with pytest.raises(ValueError):
        acl.parse_perms(text)


@given(st.integers(0, 31))
def test_perms_round_trips(perms):
    assert acl.parse_perms(acl.perms_short(perms) or "none") == perms
    assert acl.parse_perms(acl.perms_to_text(perms)) == perms


def test_digest_id_known_values():
    # Literals computed once with: printf 'bob:secret' | openssl dgst -sha1 -binary | base64
    assert acl.digest_id("bob", "secret") == BOB_DIGEST
    # The super:admin digest widely published for zookeeper.DigestAuthenticationProvider
    # .superDigest (and checked with openssl the same way).
    assert acl.digest_id("super", "admin") == "super:xQJmxLMiHGwaqBvst5y6rkB6HQs="


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("world:anyone:cdrwa", ACL(Permissions.ALL, Id("world", "anyone"))),
        (f"digest:{BOB_DIGEST}:rw", ACL(R | W, Id("digest", BOB_DIGEST))),
        ("ip:10.0.0.0/8:r", ACL(R, Id("ip", "10.0.0.0/8"))),
        ("ip:10.1.2.3:r", ACL(R, Id("ip", "10.1.2.3"))),
        ("ip:::1:r", ACL(R, Id("ip", "::1"))),
        ("ip:2001:db8::/32:rw", ACL(R | W, Id("ip", "2001:db8::/32"))),
        ("auth::cdrwa", ACL(Permissions.ALL, Id("auth", ""))),
        ("sasl:zk@EXAMPLE.COM:cdr", ACL(C | D | R, Id("sasl", "zk@EXAMPLE.COM"))),
        ("x509:CN=client,O=Example:r", ACL(R, Id("x509", "CN=client,O=Example"))),
        ("  world:anyone:r  ", ACL(R, Id("world", "anyone"))),
        ("world:anyone:all", ACL(Permissions.ALL, Id("world", "anyone"))),
    ],
)
def test_parse_acl(text, expected):
    assert acl.parse_acl(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("world:anyone", "scheme:id:permissions"),
        ("nonsense", "scheme:id:permissions"),
        ("foo:bar:r", '"foo" is not an ACL scheme'),
        ("World:anyone:r", "not an ACL scheme"),
        ("world:everyone:r", '"anyone"'),
        ("world:anyone:", "at least one permission"),
        ("world:anyone:none", "at least one permission"),
        ("world:anyone:rx", '"x" is not a permission letter'),
        ("ip:10.0.0.256:r", "not an IP address"),
        ("ip:10.0.0.0/33:r", "/33 is too long"),
        ("ip:::1/129:r", "/129 is too long"),
        ("ip:10.0.0.0/-1:r", "number of bits"),
        ("ip:10.0.0.0/:r", "number of bits"),
        ("ip::r", "not an IP address"),
        ("ip:host.example.com:r", "not an IP address"),
        ("digest:bob:r", "user:hash"),
        ("digest:bob:secret:r", "user:hash"),
        ("digest::fyVmFCwVbTJYrznoSu1koqYEYF0=:r", "user:hash"),
        ("digest:a:b:fyVmFCwVbTJYrznoSu1koqYEYF0=:r", "user:hash"),
        ("digest:bob:aGVsbG8=:r", "user:hash"),  # valid base64, but not 20 bytes
        ("sasl::r", "needs an id"),
        ("x509::r", "needs an id"),
    ],
)
def test_parse_acl_rejects(text, fragment):
    with pytest.raises(ValueError) as info:
        acl.parse_acl(text)
    message = str(info.value)
    assert fragment in message
    assert message.endswith(".")


def test_format_acl():
    entry = ACL(R | W, Id("digest", BOB_DIGEST))
    assert acl.format_acl(entry) == ("digest", BOB_DIGEST, "read, write")
    assert acl.format_acl(ACL(31, Id("world", "anyone"))) == ("world", "anyone", "all")
    assert acl.format_acl_text(entry) == f"digest:{BOB_DIGEST}:rw"
    assert acl.format_acl_text(ACL(31, Id("auth", ""))) == "auth::cdrwa"


# ---- properties ----------------------------------------------------------------------

_perms = st.integers(1, 31)
_ident_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs")), min_size=1, max_size=20
).filter(lambda s: s == s.strip())
_ipv4 = st.ip_addresses(v=4).map(str)
_ipv6 = st.ip_addresses(v=6).map(str)


@st.composite
def _ip_ids(draw):
    version = draw(st.sampled_from([4, 6]))
    address = draw(_ipv4 if version == 4 else _ipv6)
    if draw(st.booleans()):
        return address
    bits = 32 if version == 4 else 128
    return f"{address}/{draw(st.integers(0, bits))}"


@st.composite
def _digest_ids(draw):
    user = draw(_ident_text.filter(lambda s: ":" not in s))
    hashed = base64.b64encode(draw(st.binary(min_size=20, max_size=20))).decode()
    return f"{user}:{hashed}"


_acls = st.one_of(
    st.builds(lambda p: ACL(p, Id("world", "anyone")), _perms),
    st.builds(lambda p, i: ACL(p, Id("auth", i)), _perms, st.just("") | _ident_text),
    st.builds(lambda p, i: ACL(p, Id("ip", i)), _perms, _ip_ids()),
    st.builds(lambda p, i: ACL(p, Id("digest", i)), _perms, _digest_ids()),
    st.builds(lambda p, i: ACL(p, Id("sasl", i)), _perms, _ident_text),
    st.builds(lambda p, i: ACL(p, Id("x509", i)), _perms, _ident_text),
)


@given(_acls)
def test_parse_format_round_trip(entry):
    text = acl.format_acl_text(entry)
    assert acl.parse_acl(text) == entry
    assert acl.format_acl_text(acl.parse_acl(text)) == text


@given(st.text(max_size=20), st.text(max_size=20))
def test_digest_id_parses_as_a_digest_acl(user, password):
    ident = acl.digest_id(user, password)
    assert ident.startswith(user + ":")
    assert len(base64.b64decode(ident[len(user) + 1 :])) == 20
    if user and ":" not in user and user == user.strip():
        assert acl.parse_acl(f"digest:{ident}:r") == ACL(R, Id("digest", ident))


@given(_ip_ids())
def test_ip_ids_are_real_networks(ident):
    address, _, mask = ident.partition("/")
    ipaddress.ip_address(address)
    acl.parse_acl(f"ip:{ident}:r")
