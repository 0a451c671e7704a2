"""Decoders: znode data stored compressed (or otherwise encoded), shown as what it holds.

A decoder turns the bytes stored on the server into the bytes the data views show (its
*payload*) and back. The built-in ones recognise compressed data by its magic bytes:

- gzip (``1f 8b``), zlib (RFC 1950: a deflate header whose check bits hold), zstd
  (``28 b5 2f fd``), lz4 frames (``04 22 4d 18``), snappy's framing format (a stream
  identifier chunk, ``ff 06 00 00 sNaPpY``) and snappy-java's stream format (``82 SNAPPY
  00``, as Kafka and Hadoop clients write it). Each is taken only when the whole data
  decodes: a text that happens to start like a zlib header stays text.
- Raw snappy blocks carry no magic at all (they start with the payload's length), so they
  are never recognised on their own: the user can pick "raw snappy" for a node. Neither
  are lz4 blocks (without the frame) nor deflate streams without the zlib header.

Saving an edit encodes the new payload the way the stored data was encoded (gzip's
header fields and level, zlib's window and level, zstd's checksum and content-size flags,
lz4's block size and checksums, snappy-java's header). Data that was not edited is never
re-encoded: the stored bytes are written back as they were.

More decoders come from other distributions through the ``zkinspector.decoders``
entry-point group (docs/decoders.md): each entry point names a :class:`Decoder` subclass,
an instance, or any object with the same attributes.
"""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "ENTRY_POINT_GROUP",
    "MAX_DECODED",
    "Decoded",
    "Decoder",
    "available",
    "builtin_decoders",
    "decode_as",
    "detect",
    "find",
    "load_plugins",
]

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "zkinspector.decoders"
MAX_DECODED = 16 * 1024 * 1024
"""The most bytes a decoder may produce: more is refused (a compressed bomb, or data too
large to edit as text)."""


class Decoder:
    """One way data can be encoded. Subclass it, or give an object these attributes.

    ``name`` identifies it (a short ASCII word, unique); ``label`` is what the user sees
    ("gzip"); ``detectable`` False keeps it from being chosen by ``matches`` alone (the
    user picks it for a node); ``compression`` says it is a compression format. Every method takes and returns ``bytes`` and raises
    ``ValueError`` with a sentence when the data is not of its kind.
    """

    name = ""
    label = ""
    detectable = True
    compression = False  # True: the note says "<label>-compressed"

    def matches(self, data: bytes) -> bool:
        """Whether ``data`` looks encoded this way (cheap: magic bytes, a header)."""
        return False

    def decode(self, data: bytes) -> bytes:
        """The payload held by ``data``."""
        raise NotImplementedError

    def encode(self, payload: bytes, original: bytes) -> bytes:
        """``payload`` encoded as ``original`` (the stored data it was decoded from) is."""
        raise NotImplementedError


@dataclass(frozen=True)
class Decoded:
    """Stored data and what a decoder made of it."""

    decoder: Decoder
    stored: bytes
    payload: bytes

    def encode(self, payload: bytes) -> bytes:
        """``payload`` stored as this data was: the stored bytes themselves when it is the
        same payload. Raises ValueError with a sentence when it cannot be encoded, or
        when the decoder would not read it back as ``payload``."""
        if payload == self.payload:
            return self.stored
        label = self.decoder.label
        try:
            encoded = bytes(self.decoder.encode(payload, self.stored))
            back = bytes(self.decoder.decode(encoded))
        except ValueError as exc:
            raise ValueError(f"The data cannot be encoded as {label}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - a plugin's bug is told, never written
            raise ValueError(f"The {label} decoder failed: {exc}") from None
        if back != payload:
            raise ValueError(f"The {label} decoder does not read its own output back.")
        return encoded


def _check_size(size: int) -> None:
    if size > MAX_DECODED:
        raise ValueError(f"it holds more than {MAX_DECODED // (1024 * 1024)} MiB")


# ---------------------------------------------------------------------------------------
# gzip and zlib (standard library)

_GZIP_MAGIC = b"\x1f\x8b\x08"
_FTEXT, _FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 1, 2, 4, 8, 16


def _inflate_all(data: bytes, wbits: int) -> bytes:
    """Inflate one or more whole streams (gzip members) filling ``data`` exactly."""
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits)
        try:
            out += inflater.decompress(rest, MAX_DECODED + 1 - len(out))
        except zlib.error as exc:
            raise ValueError(str(exc)) from None
        _check_size(len(out))
        if not inflater.eof:
            raise ValueError("the compressed data is cut short")
        rest = inflater.unused_data
        if wbits < 16:  # zlib: one stream only
            if rest:
                raise ValueError("bytes follow the compressed data")
            break
    return bytes(out)


def _gzip_header(data: bytes) -> tuple[int, bytes]:
    """(length, bytes) of a gzip member's header. Raises ValueError if it is cut short."""
    if len(data) < 10 or not data.startswith(_GZIP_MAGIC):
        raise ValueError("not a gzip header")
    flags, end = data[3], 10
    if flags & _FEXTRA:
        if len(data) < 12:
            raise ValueError("the gzip header is cut short")
        end += 2 + struct.unpack_from("<H", data, 10)[0]
    for flag in (_FNAME, _FCOMMENT):
        if flags & flag:
            zero = data.find(b"\0", end)
            if zero < 0:
                raise ValueError("the gzip header is cut short")
            end = zero + 1
    if flags & _FHCRC:
        end += 2
    if end > len(data):
        raise ValueError("the gzip header is cut short")
    return end, data[:end]


class GzipDecoder(Decoder):
    name, label = "gzip", "gzip"
    compression = True

    def matches(self, data: bytes) -> bool:
        return data.startswith(_GZIP_MAGIC)

    def decode(self, data: bytes) -> bytes:
        return _inflate_all(data, 16 + zlib.MAX_WBITS)

    def encode(self, payload: bytes, original: bytes) -> bytes:
        length, header = _gzip_header(original)
        xfl = header[8]
        level = 9 if xfl == 2 else 1 if xfl == 4 else 6
        if header[3] & _FHCRC:  # the header's own CRC16 is kept with it (same header)
            header = header[: length - 2] + struct.pack("<H", zlib.crc32(header[:-2]) & 0xFFFF)
        deflater = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        body = deflater.compress(payload) + deflater.flush()
        trailer = struct.pack("<II", zlib.crc32(payload), len(payload) & 0xFFFFFFFF)
        return header + body + trailer


# zlib's FLEVEL (two bits of its header) back to a level that writes the same bits.
_ZLIB_LEVELS = (1, 5, 6, 9)


class ZlibDecoder(Decoder):
    name, label = "zlib", "zlib"
    compression = True

    def matches(self, data: bytes) -> bool:
        if len(data) < 6:
            return False
        cmf, flg = data[0], data[1]
        return (
            cmf & 0x0F == 8
            and cmf >> 4 <= 7
            and not flg & 0x20  # no preset dictionary
            and (cmf << 8 | flg) % 31 == 0
        )

    def decode(self, data: bytes) -> bytes:
        if not self.matches(data):
            raise ValueError("not a zlib header")
        return _inflate_all(data, zlib.MAX_WBITS)

    def encode(self, payload: bytes, original: bytes) -> bytes:
        if not self.matches(original):
            raise ValueError("the stored data has no zlib header")
        level = _ZLIB_LEVELS[original[1] >> 6]
        deflater = zlib.compressobj(level, zlib.DEFLATED, (original[0] >> 4) + 8)
        return deflater.compress(payload) + deflater.flush()


# ---------------------------------------------------------------------------------------
# zstd and lz4 (zstandard, lz4)

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class ZstdDecoder(Decoder):
    name, label = "zstd", "zstd"
    compression = True

    def matches(self, data: bytes) -> bool:
        return data.startswith(_ZSTD_MAGIC)

    def decode(self, data: bytes) -> bytes:
        import zstandard

        decompressor = zstandard.ZstdDecompressor()
        out = bytearray()
        rest = data
        try:
            while rest:  # frame after frame; each must be whole
                frame = decompressor.decompressobj()
                out += frame.decompress(rest)
                _check_size(len(out))
                if not frame.eof:
                    raise ValueError("the zstd frame is cut short")
                rest = frame.unused_data
        except zstandard.ZstdError as exc:
            raise ValueError(str(exc)) from None
        return bytes(out)

    def encode(self, payload: bytes, original: bytes) -> bytes:
        import zstandard

        try:
            frame = zstandard.get_frame_parameters(original)
        except zstandard.ZstdError as exc:
            raise ValueError(str(exc)) from None
        compressor = zstandard.ZstdCompressor(
            write_checksum=frame.has_checksum,
            write_content_size=frame.content_size != zstandard.CONTENTSIZE_UNKNOWN,
        )
        return compressor.compress(payload)


_LZ4_MAGIC = b"\x04\x22\x4d\x18"


class Lz4FrameDecoder(Decoder):
    name, label = "lz4", "lz4"
    compression = True

    def matches(self, data: bytes) -> bool:
        return data.startswith(_LZ4_MAGIC) and len(data) >= 7

    def decode(self, data: bytes) -> bytes:
        import lz4.frame

        try:
            decompressor = lz4.frame.LZ4FrameDecompressor()
            out = decompressor.decompress(data, max_length=MAX_DECODED + 1)
        except RuntimeError as exc:  # (lz4 reports bad frames as RuntimeError)
            raise ValueError(str(exc)) from None
        _check_size(len(out))
        if not decompressor.eof or decompressor.unused_data:
            raise ValueError("the lz4 frame is cut short or followed by other bytes")
        return out

    def encode(self, payload: bytes, original: bytes) -> bytes:
        import lz4.frame

        if not self.matches(original):
            raise ValueError("the stored data has no lz4 frame header")
        flags, block = original[4], original[5]
        return lz4.frame.compress(
            payload,
            block_size=(block >> 4) & 0x07,
            block_linked=not flags & 0x20,
            block_checksum=bool(flags & 0x10),
            store_size=bool(flags & 0x08),
            content_checksum=bool(flags & 0x04),
        )


# ---------------------------------------------------------------------------------------
# snappy (cramjam)

_SNAPPY_FRAMED = b"\xff\x06\x00\x00sNaPpY"
_SNAPPY_JAVA = b"\x82SNAPPY\x00"
_SNAPPY_JAVA_BLOCK = 32 * 1024  # snappy-java's default block size


def _varint(data: bytes) -> int:
    """The length a raw snappy block starts with. Raises ValueError if there is none."""
    value = shift = 0
    for i, byte in enumerate(data[:5]):
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value
        shift += 7
        if i == 4:
            break
    raise ValueError("no length at the start")


def _snappy_raw(data: bytes) -> bytes:
    import cramjam

    _check_size(_varint(data))
    try:
        return bytes(cramjam.snappy.decompress_raw(data))
    except cramjam.DecompressionError as exc:
        raise ValueError(str(exc)) from None


class SnappyFramedDecoder(Decoder):
    name, label = "snappy", "snappy"
    compression = True

    def matches(self, data: bytes) -> bool:
        return data.startswith(_SNAPPY_FRAMED)

    def decode(self, data: bytes) -> bytes:
        import cramjam

        try:
            out = bytes(cramjam.snappy.decompress(data))
        except cramjam.DecompressionError as exc:
            raise ValueError(str(exc)) from None
        _check_size(len(out))
        return out

    def encode(self, payload: bytes, original: bytes) -> bytes:
        import cramjam

        return bytes(cramjam.snappy.compress(payload))


class SnappyJavaDecoder(Decoder):
    name, label = "snappy-java", "snappy-java"
    compression = True

    def matches(self, data: bytes) -> bool:
        return data.startswith(_SNAPPY_JAVA) and len(data) >= 16

    def decode(self, data: bytes) -> bytes:
        if not self.matches(data):
            raise ValueError("not a snappy-java stream")
        out = bytearray()
        offset = 16
        while offset < len(data):
            if offset + 4 > len(data):
                raise ValueError("a block length is cut short")
            (size,) = struct.unpack_from(">I", data, offset)
            block = data[offset + 4 : offset + 4 + size]
            if len(block) != size:
                raise ValueError("a block is cut short")
            out += _snappy_raw(block)
            _check_size(len(out))
            offset += 4 + size
        return bytes(out)

    def encode(self, payload: bytes, original: bytes) -> bytes:
        import cramjam

        if not self.matches(original):
            raise ValueError("the stored data has no snappy-java header")
        out = bytearray(original[:16])  # magic, version and compatible version, as stored
        for start in range(0, len(payload), _SNAPPY_JAVA_BLOCK):
            block = bytes(cramjam.snappy.compress_raw(payload[start : start + _SNAPPY_JAVA_BLOCK]))
            out += struct.pack(">I", len(block)) + block
        return bytes(out)


class SnappyRawDecoder(Decoder):
    """A raw snappy block has no magic: chosen by the user, never recognised."""

    name, label, detectable = "snappy-raw", "raw snappy", False
    compression = True

    def matches(self, data: bytes) -> bool:
        return False

    def decode(self, data: bytes) -> bytes:
        return _snappy_raw(data)

    def encode(self, payload: bytes, original: bytes) -> bytes:
        import cramjam

        return bytes(cramjam.snappy.compress_raw(payload))


# ---------------------------------------------------------------------------------------
# Finding decoders


def builtin_decoders() -> list[Decoder]:
    """The decoders zkinspector ships, in the order they are tried."""
    return [
        GzipDecoder(),
        ZstdDecoder(),
        Lz4FrameDecoder(),
        SnappyFramedDecoder(),
        SnappyJavaDecoder(),
        ZlibDecoder(),
        SnappyRawDecoder(),
    ]


_REQUIRED: tuple[str, ...] = ("name", "label", "matches", "decode", "encode")


def load_plugins(
    entry_points: Callable[..., object] | None = None,
) -> tuple[list[Decoder], list[str]]:
    """The decoders other distributions add through the ``zkinspector.decoders`` group.

    Returns the decoders and one sentence for each entry point that could not be used
    (it failed to load, or lacks what a decoder needs); those are left out.
    """
    if entry_points is None:
        from importlib import metadata  # (not at start-up: it costs tens of milliseconds)

        entry_points = metadata.entry_points
    found = entry_points(group=ENTRY_POINT_GROUP)
    decoders: list[Decoder] = []
    problems: list[str] = []
    for entry in found:  # type: ignore[attr-defined]
        try:
            obj = entry.load()
            decoder = obj() if isinstance(obj, type) else obj
        except Exception as exc:  # noqa: BLE001 - another package's failure is reported
            problems.append(f"The decoder {entry.name!r} could not be loaded: {exc}")
            continue
        missing = [a for a in _REQUIRED if not hasattr(decoder, a)]
        if missing:
            problems.append(f"The decoder {entry.name!r} lacks {', '.join(missing)}.")
            continue
        decoders.append(decoder)
    return decoders, problems


_cache: list[Decoder] | None = None


def available(refresh: bool = False) -> list[Decoder]:
    """The built-in decoders, then those of installed plugins (read once; ``refresh`` reads
    the entry points again). A plugin named like a decoder before it is left out."""
    global _cache
    if _cache is None or refresh:
        decoders = builtin_decoders()
        plugins, problems = load_plugins()
        names = {d.name for d in decoders}
        for plugin in plugins:
            if plugin.name in names:
                problems.append(f"The decoder {plugin.name!r} is already defined; ignored.")
                continue
            names.add(plugin.name)
            decoders.append(plugin)
        for problem in problems:
            log.warning("%s", problem)
        _cache = decoders
    return list(_cache)


def find(name: str) -> Decoder | None:
    """The available decoder named ``name``, or None."""
    return next((d for d in available() if d.name == name), None)


def decode_as(decoder: Decoder, data: bytes) -> Decoded:
    """``data`` decoded by ``decoder``. Raises ValueError with the reason it cannot be."""
    try:
        payload = bytes(decoder.decode(bytes(data)))
    except ValueError as exc:
        raise ValueError(str(exc) or "not of this kind") from None
    except Exception as exc:  # noqa: BLE001 - a plugin's bug must not break the pane
        raise ValueError(f"The {decoder.label} decoder failed: {exc}") from None
    return Decoded(decoder, bytes(data), payload)


def detect(data: bytes, decoders: list[Decoder] | None = None) -> Decoded | None:
    """The first detectable decoder that recognises ``data`` and decodes it whole."""
    data = bytes(data)
    if not data:
        return None
    for decoder in decoders if decoders is not None else available():
        if not getattr(decoder, "detectable", True):
            continue
        try:
            if not decoder.matches(data):
                continue
        except Exception:  # noqa: BLE001, S112 - a plugin's bug means "not mine"
            continue
        try:
            return decode_as(decoder, data)
        except ValueError:
            continue  # looked like it, is not: the next one may know it
    return None
