"""Bytes <-> display: unit tests and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tests.hypothesis_profiles  # noqa: F401
from zkinspector.zk import codec


def test_decode_utf8():
    assert codec.decode_utf8(b"") == ""
    assert codec.decode_utf8("héllo".encode()) == "héllo"
    assert codec.decode_utf8(b"\xff") is None
    assert codec.decode_utf8(b"\xed\xa0\x80") is None  # an encoded surrogate is not UTF-8
    assert codec.decode_utf8(b"\xc0\x80") is None  # overlong NUL


def test_encode_text():
    assert codec.encode_text("héllo") == "héllo".encode()
    assert codec.encode_text("") == b""


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"", False),
        (b"plain text", False),
        (b"tab\tnewline\ncr\r", False),
        ('{"k": "välue"}'.encode(), False),
        (b"\x00", True),
        (b"a\x00b", True),
        (b"\x1b[0m", True),
        (b"\x7f", True),
        ("\x85".encode(), True),
        (b"\xff\xfe", True),
        (b"\x80", True),
    ],
)
def test_is_binary(data, binary):
    assert codec.is_binary(data) is binary


def test_hex_dump_format():
    assert codec.hex_dump(b"") == ""
    assert codec.hex_dump(b"Hello") == ("00000000  48 65 6c 6c 6f" + " " * 34 + "  |Hello|")
    data = bytes(range(0x41, 0x41 + 18))
    lines = codec.hex_dump(data).split("\n")
    assert lines == [
        "00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  |ABCDEFGHIJKLMNOP|",
        "00000010  51 52" + " " * 43 + "  |QR|",
    ]
    assert codec.hex_dump(b"\x00\xff|") == "00000000  00 ff 7c" + " " * 40 + "  |..||"


def test_hex_dump_width():
    assert codec.hex_dump(b"abcde", width=4) == (
        "00000000  61 62 63 64  |abcd|\n00000004  65           |e|"
    )
    with pytest.raises(ValueError):
        codec.hex_dump(b"a", width=0)


def test_parse_hex_plain():
    assert codec.parse_hex("") == b""
    assert codec.parse_hex("de ad be ef") == b"\xde\xad\xbe\xef"
    assert codec.parse_hex("DEADbeef\n00\r\n  01  ") == b"\xde\xad\xbe\xef\x00\x01"
    assert codec.parse_hex("0xde 0xAD") == b"\xde\xad"
    # an 8-digit first token followed by longer groups is data, not an offset
    assert codec.parse_hex("deadbeef  cafebabe") == bytes.fromhex("deadbeefcafebabe")


def test_parse_hex_dump_ignores_offsets_and_text_column():
    dump = "00000000  48 65 6c 6c 6f  |Hello|\n00000005  21  |!|"
    assert codec.parse_hex(dump) == b"Hello!"
    # an edited dump: offsets are stale, the text column was deleted on one line
    edited = "00000000  48 65 78  |Hel|\n00000010  6c 6f\n"
    assert codec.parse_hex(edited) == b"Hexlo"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("zz", 'Line 1 has "z"'),
        ("00\n0g", 'Line 2 has "g"'),
        ("abc", "odd number of digits (3)"),
        ("00000000  4", "odd number of digits"),
    ],
)
def test_parse_hex_errors(text, fragment):
    with pytest.raises(ValueError) as info:
        codec.parse_hex(text)
    assert fragment in str(info.value)


@given(st.binary(max_size=300), st.integers(1, 40))
def test_parse_hex_round_trip(data, width):
    assert codec.parse_hex(codec.hex_dump(data, width)) == data
    assert codec.parse_hex(data.hex()) == data
    assert codec.parse_hex(data.hex(" ")) == data


@given(st.binary(max_size=300))
def test_parse_hex_round_trip_default_width(data):
    assert codec.parse_hex(codec.hex_dump(data)) == data


@given(st.text(st.sampled_from("0123456789abcdefABxX |\n\r\t."), max_size=80))
def test_parse_hex_fast_path_agrees_with_line_reader(text):
    try:
        slow = codec._parse_hex_lines(text)
    except ValueError:
        slow = None
    try:
        fast = codec.parse_hex(text)
    except ValueError:
        fast = None
    assert fast == slow


@given(st.binary(max_size=200))
def test_decode_never_replaces(data):
    text = codec.decode_utf8(data)
    assert text is None or codec.encode_text(text) == data
    if text is None:
        assert codec.is_binary(data)


@given(st.text())
def test_text_round_trip(text):
    try:
        data = codec.encode_text(text)
    except UnicodeEncodeError:
        return  # unpaired surrogates cannot be stored as UTF-8
    assert codec.decode_utf8(data) == text


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 B"),
        (1, "1 B"),
        (512, "512 B"),
        (1023, "1023 B"),
        (1024, "1.0 KiB"),
        (1536, "1.5 KiB"),
        (1024 * 1024 - 1, "1.0 MiB"),
        (1024 * 1024, "1.0 MiB"),
        (int(1.2 * 1024 * 1024), "1.2 MiB"),
        (5 * 1024**3, "5.0 GiB"),
    ],
)
def test_format_size(n, text):
    assert codec.format_size(n) == text


def test_format_size_negative():
    with pytest.raises(ValueError):
        codec.format_size(-1)


def test_check_size():
    assert codec.JUTE_MAXBUFFER_DEFAULT == 0xFFFFF == 1048575
    codec.check_size(b"")
    codec.check_size(bytes(codec.JUTE_MAXBUFFER_DEFAULT))
    with pytest.raises(ValueError) as info:
        codec.check_size(bytes(int(1.2 * 1024 * 1024)))
    assert str(info.value) == "The data is 1.2 MiB; the server accepts at most 1.0 MiB per node."
    with pytest.raises(ValueError) as info:
        codec.check_size(bytes(codec.JUTE_MAXBUFFER_DEFAULT + 1))
    assert str(info.value) == (
        "The data is 1048576 bytes; the server accepts at most 1048575 bytes per node."
    )
    with pytest.raises(ValueError, match="at most 10 B"):
        codec.check_size(b"x" * 11, limit=10)
