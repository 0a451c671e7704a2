"""Znode data: bytes <-> text or hex, binary detection, size formatting and limits.

Pure functions, no I/O, no Qt.
"""

from __future__ import annotations

import re

__all__ = [
    "JUTE_MAXBUFFER_DEFAULT",
    "check_size",
    "decode_utf8",
    "encode_text",
    "format_size",
    "hex_dump",
    "is_binary",
    "parse_hex",
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


def check_size(data: bytes, limit: int = JUTE_MAXBUFFER_DEFAULT) -> None:
    """Raise ValueError with a sentence for the user if the data is larger than limit bytes."""
    size = len(data)
    if size <= limit:
        return
    shown, allowed = format_size(size), format_size(limit)
    if shown == allowed:
        shown, allowed = f"{size} bytes", f"{limit} bytes"
    raise ValueError(f"The data is {shown}; the server accepts at most {allowed} per node.")
