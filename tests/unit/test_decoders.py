"""Decoders of stored data: recognised by magic, decoded whole, encoded the same way."""

from __future__ import annotations

import gzip
import struct
import sys
import textwrap
import zlib
from importlib import metadata
from pathlib import Path

import cramjam
import lz4.frame
import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from zkinspector.zk import decoders
from zkinspector.zk.decoders import decode_as, detect

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "zkinspector-hexframe-decoder"
PAYLOAD = b'{"brokers": [1, 2, 3], "note": "' + b"replicated " * 40 + b'"}'


def snappy_java(payload: bytes, block: int = 32 * 1024) -> bytes:
    """A snappy-java stream as SnappyOutputStream writes it: header, then length + block."""
    out = b"\x82SNAPPY\x00" + struct.pack(">ii", 1, 1)
    for i in range(0, len(payload), block):
        raw = bytes(cramjam.snappy.compress_raw(payload[i : i + block]))
        out += struct.pack(">I", len(raw)) + raw
    return out


STORED = {
    "gzip": gzip.compress(PAYLOAD, compresslevel=9, mtime=1234567),
    "zlib": zlib.compress(PAYLOAD, 1),
    "zstd": zstandard.ZstdCompressor(level=7, write_checksum=True).compress(PAYLOAD),
    "lz4": lz4.frame.compress(
        PAYLOAD, block_size=lz4.frame.BLOCKSIZE_MAX1MB, content_checksum=True
    ),
    "snappy": bytes(cramjam.snappy.compress(PAYLOAD)),
    "snappy-java": snappy_java(PAYLOAD),
}


@pytest.mark.parametrize("name", sorted(STORED))
def test_compressed_data_is_recognised_decoded_and_encoded_back(name):
    stored = STORED[name]
    found = detect(stored)
    assert found is not None and found.decoder.name == name
    assert found.payload == PAYLOAD
    assert found.encode(PAYLOAD) == stored  # unchanged: the stored bytes, untouched
    edited = PAYLOAD.replace(b"1, 2, 3", b"4, 5")
    again = detect(found.encode(edited))
    assert again.decoder.name == name and again.payload == edited


def test_gzip_keeps_its_header_and_level():
    stored = gzip.compress(PAYLOAD, compresslevel=9, mtime=1234567)
    named = b"\x1f\x8b\x08\x08" + stored[4:10] + b"config.json\x00" + stored[10:]
    for original in (stored, named):
        encoded = detect(original).encode(b"new")
        length, header = decoders._gzip_header(original)
        assert encoded[:length] == header  # name, mtime, XFL (level 9) and OS kept
        assert gzip.decompress(encoded) == b"new"


def test_zlib_keeps_its_level_bits_and_lz4_its_frame_flags():
    for level in (1, 5, 6, 9):
        stored = zlib.compress(PAYLOAD, level)
        assert detect(stored).encode(b"other")[:2] == stored[:2]
    stored = STORED["lz4"]
    assert detect(stored).encode(b"other")[4:6] == stored[4:6]
    frame = zstandard.get_frame_parameters(detect(STORED["zstd"]).encode(b"other"))
    assert frame.has_checksum


def test_text_and_binary_that_only_look_compressed_stay_as_they_are():
    assert detect(b"") is None
    assert detect(PAYLOAD) is None
    assert detect(b"x^2 + y^2 = r^2") is None  # "x^" is a valid zlib header
    assert detect(STORED["gzip"][:-5]) is None  # cut short
    assert detect(STORED["zstd"] + b"junk") is None


def test_raw_snappy_has_no_magic_so_it_is_only_decoded_when_chosen():
    raw = bytes(cramjam.snappy.compress_raw(PAYLOAD))
    assert detect(raw) is None
    decoded = decode_as(decoders.find("snappy-raw"), raw)
    assert decoded.payload == PAYLOAD
    assert decode_as(decoders.find("snappy-raw"), decoded.encode(b"edit")).payload == b"edit"
    with pytest.raises(ValueError):
        decode_as(decoders.find("snappy-raw"), b"\x05abc")


def test_a_compressed_bomb_is_not_decoded():
    bomb = zlib.compress(bytes(decoders.MAX_DECODED + 1), 9)
    assert detect(bomb) is None
    with pytest.raises(ValueError, match="MiB"):
        decode_as(decoders.find("zlib"), bomb)


@given(st.binary(max_size=3000), st.sampled_from(sorted(STORED)))
def test_any_payload_round_trips_through_every_decoder(payload, name):
    decoded = detect(STORED[name])
    assert (
        detect(decoded.encode(payload)) is None
        or decode_as(decoded.decoder, decoded.encode(payload)).payload == payload
    )


# -- plugins through the zkinspector.decoders entry points ------------------------------


@pytest.fixture
def installed_example(tmp_path, monkeypatch):
    """The example package installed in tmp_path as a real distribution (a .dist-info
    with its entry points), found by importlib.metadata on sys.path."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "zkinspector_hexframe").symlink_to(EXAMPLE / "src" / "zkinspector_hexframe")
    info = site / "zkinspector_hexframe_decoder-1.0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: zkinspector-hexframe-decoder\nVersion: 1.0.0\n"
    )
    entry_points = (
        (EXAMPLE / "pyproject.toml")
        .read_text()
        .split('[project.entry-points."zkinspector.decoders"]')[1]
    )
    line = next(x for x in entry_points.splitlines() if x.startswith("hexframe"))
    unquoted = line.replace('"', "")
    (info / "entry_points.txt").write_text(f"[zkinspector.decoders]\n{unquoted}\n")
    monkeypatch.syspath_prepend(str(site))
    yield
    monkeypatch.undo()
    sys.modules.pop("zkinspector_hexframe", None)
    decoders.available(refresh=True)


def test_a_plugin_decoder_is_found_through_its_entry_point(installed_example):
    assert "hexframe" in [d.name for d in decoders.available(refresh=True)]
    found = detect(b"hex:" + PAYLOAD.hex().upper().encode())
    assert found.decoder.name == "hexframe" and found.payload == PAYLOAD
    assert found.encode(b"{}") == b"hex:7B7D"  # upper case, as stored
    assert detect(STORED["gzip"]).decoder.name == "gzip"  # the built-ins come first


def test_broken_plugins_are_left_out_with_a_reason(tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "bad_dec-1.0.dist-info").mkdir(parents=True)
    (site / "bad_dec-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: bad-dec\nVersion: 1.0\n"
    )
    (site / "bad_dec.py").write_text(
        textwrap.dedent(
            """
            class NoEncode:
                name = label = "half"
                def matches(self, data): return True
                def decode(self, data): return data
            """
        )
    )
    (site / "bad_dec-1.0.dist-info" / "entry_points.txt").write_text(
        "[zkinspector.decoders]\nhalf = bad_dec:NoEncode\nmissing = bad_dec:Nothing\n"
        "gzip = bad_dec:NoEncode\n"
    )
    monkeypatch.syspath_prepend(str(site))
    plugins, problems = decoders.load_plugins(metadata.entry_points)
    assert plugins == []
    assert any("'half' lacks encode" in p for p in problems)
    assert any("'missing' could not be loaded" in p for p in problems)
    sys.modules.pop("bad_dec", None)


@pytest.mark.parametrize("name", sorted(STORED))
@pytest.mark.parametrize("keep", [4, -1])
def test_a_cut_short_payload_is_shown_as_it_is(name, keep):
    """The magic bytes alone, or a payload missing its last byte, are not taken for
    compressed data: they could not be written back as they are."""
    cut = STORED[name][:keep]
    assert detect(cut) is None
