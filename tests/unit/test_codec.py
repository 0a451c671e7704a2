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


# -- charsets ---------------------------------------------------------------------------


@pytest.mark.parametrize("charset", codec.CHARSETS)
@given(data=st.binary(max_size=200))
def test_decode_exact_is_exact_or_refuses(charset, data):
    decoded = codec.decode_exact(data, charset)
    if decoded is not None:
        text, bom = decoded
        assert codec.encode_exact(text, charset, bom) == data


@pytest.mark.parametrize("charset", codec.CHARSETS)
@given(text=st.text(max_size=60))
def test_text_in_any_charset_round_trips(charset, text):
    try:
        data = codec.encode_exact(text, charset)
    except ValueError:
        return  # the charset cannot hold some character
    assert codec.decode_exact(data, charset) == (text, b"") or charset == "UTF-16"


def test_encode_exact_refuses_characters_that_read_back_changed():
    assert codec.decode_exact(b"\\", "Shift_JIS") == ("\\", b"")
    with pytest.raises(ValueError, match='"¥"'):
        codec.encode_exact("¥100", "Shift_JIS")  # Python writes it as 0x5C, read as "\\"


def test_decode_exact_examples():
    assert codec.decode_exact("é".encode("latin-1"), "ISO-8859-1") == ("é", b"")
    assert codec.decode_exact("é".encode("latin-1"), "UTF-8") is None
    assert codec.decode_exact(b"\x81", "Windows-1252") is None  # undefined in cp1252
    assert codec.decode_exact("ab".encode("utf-16-le"), "UTF-16LE") == ("ab", b"")
    assert codec.decode_exact(b"a", "UTF-16LE") is None  # odd length
    assert codec.decode_exact(b"\x00\xd8", "UTF-16LE") is None  # a lone surrogate
    with pytest.raises(ValueError, match="Unknown charset"):
        codec.decode_exact(b"", "EBCDIC-FR")


def test_utf16_keeps_its_byte_order_mark():
    for data in (b"\xfe\xff\x00h\x00i", b"\xff\xfeh\x00i\x00", b"\x00h\x00i"):
        text, bom = codec.decode_exact(data, "UTF-16")
        assert text == "hi"
        assert codec.encode_exact(text, "UTF-16", bom) == data
        assert codec.encode_exact("hi!", "UTF-16", bom).startswith(bom)


def test_encode_exact_names_the_character():
    with pytest.raises(ValueError) as info:
        codec.encode_exact("price: 5 €", "ISO-8859-1")
    assert str(info.value) == 'The text holds "€" (U+20AC), which ISO-8859-1 cannot hold.'
    with pytest.raises(ValueError) as info:
        codec.encode_exact("\ud800", "UTF-8")
    assert str(info.value) == "The text holds (U+D800), which UTF-8 cannot hold."


def test_has_control_chars():
    assert not codec.has_control_chars("tab\tlf\ncr\r é ☃")
    assert codec.has_control_chars("nul\x00")
    assert codec.has_control_chars("c1\x85")


# -- base64 -----------------------------------------------------------------------------


@given(st.binary(max_size=500), st.integers(4, 100))
def test_base64_round_trip(data, width):
    text = codec.to_base64(data, width)
    assert all(len(line) <= width for line in text.split("\n"))
    assert codec.parse_base64(text) == data


def test_base64_examples():
    assert codec.to_base64(b"") == ""
    assert codec.to_base64(b"hello") == "aGVsbG8="
    assert codec.parse_base64(" aGVs\nbG8=\n") == b"hello"
    assert codec.parse_base64("-_8=") == b"\xfb\xff"  # URL-safe alphabet
    with pytest.raises(ValueError, match='"!" is not a base64 character'):
        codec.parse_base64("aGV!")
    with pytest.raises(ValueError, match="groups of 4"):
        codec.parse_base64("aGVsb")
    with pytest.raises(ValueError, match="padding"):
        codec.parse_base64("a=Vs")


# -- JSON, XML, YAML --------------------------------------------------------------------

_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)


@given(_json_values, st.sampled_from([None, 0, 1, 4]), st.booleans())
def test_pretty_and_compact_json_keep_every_token(value, indent, ascii_only):
    import json

    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    pretty = codec.pretty_json(text)
    assert codec.json_error(pretty) is None
    assert json.loads(pretty) == json.loads(text)
    assert codec.compact_json(pretty) == codec.compact_json(text)
    assert codec.pretty_json(pretty) == pretty  # idempotent


def test_pretty_json_keeps_literals_exactly():
    text = '{"a":1.10,"b":[1e400,-0.0,"\\u00e9\\n"],"a":{},"c":[]}'
    assert codec.pretty_json(text) == (
        '{\n  "a": 1.10,\n  "b": [\n    1e400,\n    -0.0,\n    "\\u00e9\\n"\n  ],\n'
        '  "a": {},\n  "c": []\n}'
    )
    assert codec.compact_json(codec.pretty_json(text)) == text
    assert codec.pretty_json("[ ]") == "[]"
    with pytest.raises(ValueError, match="not valid JSON"):
        codec.pretty_json("{'a': 1}")


def test_json_error_and_documents():
    assert codec.json_error('{"a": [1, 2]}') is None
    assert codec.json_error('{"a": 1,}') == (
        "Expecting property name enclosed in double quotes at line 1, column 9."
    )
    assert "line 2" in codec.json_error('{"a": 1,\n "b" 2}')
    assert codec.json_error("NaN") is not None  # not JSON, though Python accepts it
    assert codec.json_error("[" * 100_000) is not None  # too deep, but no crash
    assert codec.is_json_document(' {"a": 1}\n')
    assert codec.is_json_document("[]")
    assert not codec.is_json_document("42")  # a bare scalar is shown as text
    assert not codec.is_json_document('"quoted"')
    assert not codec.is_json_document("{broken")


def test_xml_checks():
    assert codec.looks_like_xml('<?xml version="1.0"?>\n<a/>')
    assert not codec.looks_like_xml("a < b > c")
    assert codec.xml_error("<a><b/></a>") is None
    error = codec.xml_error("<a>\n<b></a>")
    assert error.startswith("Mismatched tag at line 2")
    # External entities are not fetched.
    doc = '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>'
    assert codec.xml_error(doc) is None


def test_yaml_checks():
    assert codec.looks_like_yaml("service: orders\nreplicas: 3\n")
    assert codec.looks_like_yaml("- a\n- b\n")
    assert not codec.looks_like_yaml("key: value")  # one line: plain text
    assert not codec.looks_like_yaml("a=1\nb=2\n")  # properties are YAML strings
    assert not codec.looks_like_yaml("Dear user,\nhello.\n")
    assert codec.yaml_error("a: 1\nb: [1, 2]\n---\nc: 3\n") is None
    error = codec.yaml_error("a: 1\n b: 2\n")
    assert error is not None and "line 2" in error


# -- size limits ------------------------------------------------------------------------


def test_request_overhead_and_check_size():
    assert codec.request_overhead("/x") == 22
    assert codec.request_overhead("/é") == 23  # bytes, not characters
    assert codec.request_overhead("/x", create=True) == 8 + 4 + 2 + 4 + 4 + 23 + 4 + 8
    limit = codec.JUTE_MAXBUFFER_DEFAULT
    overhead = codec.request_overhead("/x")
    assert codec.max_data_size(limit, overhead) == limit - 22
    codec.check_size(bytes(limit - 22), overhead=overhead)
    with pytest.raises(ValueError) as info:
        codec.check_size(bytes(limit - 21), overhead=overhead)
    assert str(info.value) == (
        "The data is 1048554 bytes; the server accepts at most 1048553 bytes per node."
    )


def test_parse_server_limit():
    from zkinspector.zk.limits import parse_server_limit

    assert parse_server_limit("clientPort=2181\ntickTime=2000\n") is None
    assert parse_server_limit("clientPort=2181\njute.maxbuffer=4194304\n") == 4194304
    assert parse_server_limit("zookeeper.jute.maxbuffer=0x400000") == 4194304
    assert parse_server_limit("jute.maxbuffer=junk") is None
    assert parse_server_limit("conf is not executed because it is not in the whitelist.") is None


def test_read_server_limit_without_conf():
    from zkinspector.zk.limits import read_server_limit

    class NoConf:  # a client whose server refuses the four-letter word
        def command(self, cmd):
            raise ConnectionError("refused")

    assert read_server_limit(NoConf()) == codec.JUTE_MAXBUFFER_DEFAULT
