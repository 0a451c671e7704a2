"""Znode data: bytes <-> text (any charset), JSON, XML, YAML, hex and base64; size limits.

Pure functions, no I/O, no Qt. Every decoder here is exact: it either gives text that
encodes back to the very same bytes, or refuses; nothing is ever replaced.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import re
from collections.abc import Iterable
from xml.parsers import expat

__all__ = [
    "CHARSETS",
    "JUTE_MAXBUFFER_DEFAULT",
    "check_size",
    "compact_json",
    "decode_exact",
    "decode_utf8",
    "encode_exact",
    "encode_text",
    "format_size",
    "has_control_chars",
    "hex_dump",
    "is_binary",
    "is_json_document",
    "json_error",
    "looks_like_xml",
    "looks_like_yaml",
    "max_data_size",
    "parse_base64",
    "parse_hex",
    "pretty_json",
    "request_overhead",
    "to_base64",
    "xml_error",
    "yaml_error",
]

JUTE_MAXBUFFER_DEFAULT = 0xFFFFF
"""The server's default ``jute.maxbuffer`` (1,048,575 bytes): the most data one node holds."""

# Control characters (category Cc) other than tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_PRINTABLE = bytes(b if 0x20 <= b < 0x7F else 0x2E for b in range(256))
_NON_HEX = re.compile("[^0-9a-fA-F]")
_OFFSET_LINE = re.compile(r"[^\S\n]*([0-9a-fA-F]{8,})[^\S\n]{2,}(.*)\Z", re.DOTALL)
_PAIRS = re.compile(r"[0-9a-fA-F]{2}(?:[^\S\n]+[0-9a-fA-F]{2})*[^\S\n]*\Z")
# Whole-text forms of the same rules, for the fast path of parse_hex.
_OFFSET = re.compile(
    r"^[^\S\n]*[0-9a-fA-F]{8,}[^\S\n]{2,}"
    r"(?=[^\n|]*\||[0-9a-fA-F]{2}(?:[^\S\n]+[0-9a-fA-F]{2})*[^\S\n]*$)",
    re.MULTILINE,
)
_COLUMN = re.compile(r"\|[^\n]*")
_PREFIX = re.compile(r"(?<!\S)0[xX]")
_UNITS = ("KiB", "MiB", "GiB", "TiB", "PiB", "EiB")


def decode_utf8(data: bytes) -> str | None:
    """Decode strict UTF-8; None if the bytes are not valid UTF-8 (nothing is replaced)."""
    try:
        return bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return None


def encode_text(text: str) -> bytes:
    """Encode text as UTF-8. Raises UnicodeEncodeError for an unpaired surrogate."""
    return text.encode("utf-8")


def is_binary(data: bytes) -> bool:
    """True if the data is not valid UTF-8 or holds control characters other than tab/CR/LF.

    NUL counts as binary. Empty data is text.
    """
    text = decode_utf8(data)
    return text is None or _CONTROL.search(text) is not None


def hex_dump(data: bytes, width: int = 16) -> str:
    """Format bytes like ``hexdump -C``: "00000000  48 65 6c 6c 6f ...  |Hello|".

    One line per ``width`` bytes, an extra space after every 8 bytes, lines joined with
    "\\n" and no trailing newline; "" for no data. Raises ValueError if width < 1.
    """
    if width < 1:
        raise ValueError("The hex dump width must be at least 1 byte per line.")
    data = bytes(data)

    def hex_column(chunk: bytes) -> str:
        groups = [chunk[i : i + 8].hex(" ") for i in range(0, len(chunk), 8)]
        return "  ".join(groups)

    full_width = len(hex_column(bytes(width)))
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset : offset + width]
        column = hex_column(chunk).ljust(full_width)
        lines.append(f"{offset:08x}  {column}  |{chunk.translate(_PRINTABLE).decode('ascii')}|")
    return "\n".join(lines)


def parse_hex(text: str) -> bytes:
    """Read bytes back from hex text: hex_dump output or plain hex ("de ad be ef", "deadbeef").

    In a hex_dump line the leading offset and the "|...|" column are ignored; a leading
    8-digit token followed by two spaces and only two-digit groups also counts as an
    offset. A token may carry a "0x" prefix. Raises ValueError, naming the line, on a
    character that is not a hex digit or on an odd number of digits.
    """
    # Fast path for large dumps: whole-text regex passes. The line-by-line reader below
    # applies the same rules and runs only to word an error.
    stripped = _COLUMN.sub("", _OFFSET.sub("", text))
    joined = "".join(_PREFIX.sub("", stripped).split())
    if _NON_HEX.search(joined) is None and len(joined) % 2 == 0:
        return bytes.fromhex(joined)
    return _parse_hex_lines(text)


def _parse_hex_lines(text: str) -> bytes:
    """parse_hex, one line at a time, with error messages naming the line."""
    digits: list[str] = []
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line
        bar = line.find("|")
        has_column = bar >= 0
        if has_column:
            line = line[:bar]
        match = _OFFSET_LINE.match(line)
        if match is not None and (has_column or _PAIRS.match(match.group(2))):
            line = match.group(2)
        tokens = [t[2:] if t[:2] in ("0x", "0X") else t for t in line.split()]
        line_digits = "".join(tokens)
        bad = _NON_HEX.search(line_digits)
        if bad is not None:
            raise ValueError(
                f'Line {number} has "{bad.group()}", which is not a hex digit (0-9, a-f).'
            )
        digits.append(line_digits)
    joined = "".join(digits)
    if len(joined) % 2:
        raise ValueError(
            f"The hex text has an odd number of digits ({len(joined)}); "
            "every byte needs two digits."
        )
    return bytes.fromhex(joined)


def format_size(n: int) -> str:
    """Human-readable size in binary units: "0 B", "512 B", "1.5 KiB", "1.0 MiB".

    Raises ValueError for a negative size.
    """
    if n < 0:
        raise ValueError(f"A size cannot be negative ({n}).")
    if n < 1024:
        return f"{n} B"
    value = n / 1024
    for unit in _UNITS:
        text = f"{value:.1f}"
        if float(text) < 1024 or unit == _UNITS[-1]:
            return f"{text} {unit}"
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def request_overhead(
    path: str, *, create: bool = False, acl: Iterable[tuple[str, str]] = (("world", "anyone"),)
) -> int:
    """Bytes a setData (or, with ``create``, a create) request for ``path`` needs besides the data.

    ``jute.maxbuffer`` bounds the whole request packet, so the data of a node may hold
    that many bytes minus this. ``path`` is the path the server sees (chroot included);
    ``acl`` the (scheme, id) pairs sent with a create.
    """
    size = 8 + 4 + len(path.encode("utf-8")) + 4 + 4  # header, path, data length, version
    if create:  # an ACL vector and flags instead of the version, and room for a TTL
        size += 4 + sum(4 + 4 + len(s.encode()) + 4 + len(i.encode()) for s, i in acl) + 8
    return size


def max_data_size(limit: int, overhead: int = 0) -> int:
    """The most data bytes a request may carry under the server's ``limit``."""
    return max(0, limit - overhead)


def check_size(data: bytes, limit: int = JUTE_MAXBUFFER_DEFAULT, *, overhead: int = 0) -> None:
    """Raise ValueError with a sentence for the user if the data is larger than limit bytes.

    ``overhead`` (see request_overhead) is taken off the limit first.
    """
    size = len(data)
    limit = max_data_size(limit, overhead)
    if size <= limit:
        return
    shown, allowed = format_size(size), format_size(limit)
    if shown == allowed:
        shown, allowed = f"{size} bytes", f"{limit} bytes"
    raise ValueError(f"The data is {shown}; the server accepts at most {allowed} per node.")


# ---------------------------------------------------------------------------------------
# Charsets

CHARSETS: tuple[str, ...] = (
    "UTF-8",
    "UTF-16",
    "UTF-16LE",
    "UTF-16BE",
    "UTF-32LE",
    "UTF-32BE",
    "ISO-8859-1",
    "ISO-8859-15",
    "Windows-1252",
    "Windows-1251",
    "KOI8-R",
    "US-ASCII",
    "Shift_JIS",
    "EUC-JP",
    "GB18030",
    "Big5",
    "EUC-KR",
)
"""Charsets offered for text views. "UTF-16" reads a byte order mark (big-endian without)."""

_PY_CODECS = {
    "UTF-8": "utf-8",
    "UTF-16LE": "utf-16-le",
    "UTF-16BE": "utf-16-be",
    "UTF-32LE": "utf-32-le",
    "UTF-32BE": "utf-32-be",
    "ISO-8859-1": "latin-1",
    "ISO-8859-15": "iso8859-15",
    "Windows-1252": "cp1252",
    "Windows-1251": "cp1251",
    "KOI8-R": "koi8-r",
    "US-ASCII": "ascii",
    "Shift_JIS": "shift_jis",
    "EUC-JP": "euc-jp",
    "GB18030": "gb18030",
    "Big5": "big5",
    "EUC-KR": "euc-kr",
}
_BOMS = ((codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"))


def _codec_and_body(data: bytes, charset: str, bom: bytes = b"") -> tuple[str, bytes]:
    if charset == "UTF-16":
        for mark, name in _BOMS:
            if bom == mark or (not bom and data.startswith(mark)):
                return name, data[len(mark) :] if not bom else data
        return "utf-16-be", data
    try:
        return _PY_CODECS[charset], data
    except KeyError:
        raise ValueError(f"Unknown charset {charset!r}.") from None


def decode_exact(data: bytes, charset: str = "UTF-8") -> tuple[str, bytes] | None:
    """Decode data as charset: (text, byte order mark), or None if that is not exact.

    Exact means ``encode_exact(text, charset, bom) == data``: no byte is replaced,
    dropped or normalised. The mark is only split off for "UTF-16" (b"" otherwise).
    Raises ValueError for an unknown charset.
    """
    data = bytes(data)
    name, body = _codec_and_body(data, charset)
    bom = data[: len(data) - len(body)]
    try:
        text = body.decode(name, "strict")
        if text.encode(name, "strict") != body:
            return None
    except (UnicodeError, LookupError):
        return None
    return text, bom


def encode_exact(text: str, charset: str = "UTF-8", bom: bytes = b"") -> bytes:
    """Encode text as charset, after the byte order mark ``bom`` (from decode_exact).

    Raises ValueError with a sentence naming the first character the charset cannot hold.
    """
    name, _ = _codec_and_body(b"", charset, bom)
    try:
        body = text.encode(name, "strict")
    except UnicodeEncodeError as exc:
        raise ValueError(_cannot_hold(exc.object[exc.start], charset)) from None
    if body.decode(name, "strict") != text:
        # A many-to-one mapping (Shift_JIS writes "¥" as "\\"): refuse what reads back changed.
        for char in dict.fromkeys(text):
            if char.encode(name).decode(name) != char:
                raise ValueError(_cannot_hold(char, charset))
        raise ValueError(f"The text cannot be written exactly in {charset}.")
    return bom + body


def _cannot_hold(char: str, charset: str) -> str:
    shown = f'"{char}" ' if char.isprintable() and not 0xD800 <= ord(char) <= 0xDFFF else ""
    return f"The text holds {shown}(U+{ord(char):04X}), which {charset} cannot hold."


def has_control_chars(text: str) -> bool:
    """True if text holds control characters other than tab, line feed and carriage return."""
    return _CONTROL.search(text) is not None


# ---------------------------------------------------------------------------------------
# Base64


def to_base64(data: bytes, width: int = 76) -> str:
    """Standard base64 of data in lines of ``width`` characters ("" for no data)."""
    text = base64.b64encode(bytes(data)).decode("ascii")
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def parse_base64(text: str) -> bytes:
    """Read bytes from base64 text (standard or URL-safe alphabet; whitespace ignored).

    Raises ValueError with a sentence for the user when the text is not base64.
    """
    joined = "".join(text.split())
    if "-" in joined or "_" in joined:
        joined = joined.replace("-", "+").replace("_", "/")
    bad = re.search(r"[^A-Za-z0-9+/=]", joined)
    if bad is not None:
        raise ValueError(f'"{bad.group()}" is not a base64 character (A-Z, a-z, 0-9, +, /, =).')
    if len(joined) % 4:
        raise ValueError(
            f"Base64 text comes in groups of 4 characters; this has {len(joined)} "
            "(a character is missing or extra)."
        )
    try:
        return base64.b64decode(joined, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError('The base64 text is malformed (misplaced "=" padding).') from None


# ---------------------------------------------------------------------------------------
# JSON


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


def _load_json(text: str) -> object:
    return json.loads(text, parse_constant=_no_constant)


def json_error(text: str) -> str | None:
    """None if text is one valid JSON value (RFC 8259), else a sentence saying where it breaks."""
    try:
        _load_json(text)
    except json.JSONDecodeError as exc:
        return f"{exc.msg} at line {exc.lineno}, column {exc.colno}."
    except (ValueError, RecursionError) as exc:
        return f"{exc}."
    return None


def is_json_document(text: str) -> bool:
    """True if text is valid JSON holding an object or an array (not a bare scalar)."""
    stripped = text.lstrip(" \t\r\n")
    return stripped[:1] in ("{", "[") and json_error(text) is None


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _json_tokens(text: str) -> list[str]:
    error = json_error(text)
    if error is not None:
        raise ValueError(f"The text is not valid JSON: {error}")
    return _JSON_TOKEN.findall(text)


def pretty_json(text: str, indent: int = 2) -> str:
    """Re-indent valid JSON, one member per line. Raises ValueError if it is not JSON.

    Every string, number and literal is kept exactly as written (no float rounding, no
    re-escaping, duplicate keys and key order kept): only whitespace between tokens changes.
    """
    tokens = _json_tokens(text)
    out: list[str] = []
    level = 0
    pad = " " * indent
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("{", "["):
            closing = "}" if token == "{" else "]"
            if i + 1 < len(tokens) and tokens[i + 1] == closing:
                out.append(token + closing)
                i += 2
                continue
            level += 1
            out.append(token + "\n" + pad * level)
        elif token in ("}", "]"):
            level -= 1
            out.append("\n" + pad * level + token)
        elif token == ",":
            out.append(",\n" + pad * level)
        elif token == ":":
            out.append(": ")
        else:
            out.append(token)
        i += 1
    return "".join(out)


def compact_json(text: str) -> str:
    """Valid JSON with all whitespace between tokens removed. Raises ValueError if not JSON."""
    return "".join(_json_tokens(text))


# ---------------------------------------------------------------------------------------
# XML and YAML


def looks_like_xml(text: str) -> bool:
    """True if text starts with "<" and ends with ">" (whitespace aside): shown as XML."""
    stripped = text.strip()
    return len(stripped) > 2 and stripped[0] == "<" and stripped[-1] == ">"


def xml_error(text: str) -> str | None:
    """None if text is well-formed XML, else a sentence saying where it breaks.

    External entities are never fetched.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        message = expat.ErrorString(exc.code)
        return f"{message[:1].upper()}{message[1:]} at line {exc.lineno}, column {exc.offset + 1}."
    return None


_YAML_KEY_OR_ITEM = re.compile(r"^(?:[^\s#:][^:\n]*:(?:[ \t]|$)|[ \t]*- )", re.MULTILINE)
MAX_YAML_SNIFF = 128 * 1024


def looks_like_yaml(text: str) -> bool:
    """True if text is several lines of YAML holding a mapping or a list: shown as YAML.

    Plain text ("a=b" properties, prose) is a YAML string, so it does not count.
    """
    stripped = text.strip()
    if "\n" not in stripped or len(text) > MAX_YAML_SNIFF:
        return False
    if _YAML_KEY_OR_ITEM.search(text) is None:
        return False
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        documents = list(yaml.load_all(text, Loader=loader))
    except (yaml.YAMLError, RecursionError, ValueError):
        return False
    return any(isinstance(d, dict | list) for d in documents)


def yaml_error(text: str) -> str | None:
    """None if text is valid YAML (one or more documents), else a sentence saying where."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for _ in yaml.load_all(text, Loader=loader):
            pass
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or "invalid YAML"
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        return f"{problem[:1].upper()}{problem[1:]}{where}."
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return f"{str(exc).strip() or 'Invalid YAML'}."
    return None
