"""Compressed data from a real server: shown decompressed, edited, saved compressed."""

from __future__ import annotations

import gzip
import struct

import cramjam
import pytest
import zstandard
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel

from tests.helpers import WAIT, editor_text, select, type_text
from zkinspector.zk.decoders import detect

CONFIG = '{\n  "replicas": 3,\n  "zone": "eu-west"\n}'


def snappy_java(payload: bytes) -> bytes:
    raw = bytes(cramjam.snappy.compress_raw(payload))
    return b"\x82SNAPPY\x00" + struct.pack(">iiI", 1, 1, len(raw)) + raw


COMPRESS = {
    "gzip": lambda p: gzip.compress(p, compresslevel=9, mtime=1700000000),
    "zstd": lambda p: zstandard.ZstdCompressor(write_checksum=True).compress(p),
    "snappy-java": snappy_java,
}


@pytest.mark.parametrize("kind", sorted(COMPRESS))
def test_compressed_data_is_edited_and_saved_compressed(qtbot, window, zk_client, kind):
    stored = COMPRESS[kind](CONFIG.encode())
    zk_client.create("/conf", stored)
    select(qtbot, window, "/conf")
    pane = window.page.dataPane
    assert editor_text(window) == CONFIG  # decompressed, and shown as JSON
    assert pane.mode() == "json"
    note = window.findChild(QLabel, "dataDecoderNote")
    assert note.isVisible()
    assert note.text() == f"{kind}-compressed, {len(stored)} bytes on the server"
    combo = window.findChild(QComboBox, "dataDecoderCombo")
    assert combo.currentData() == kind
    assert pane.current_bytes() == stored  # not edited: the server's bytes, untouched

    type_text(window, CONFIG.replace("3", "5"))
    qtbot.waitUntil(lambda: "once saved" in note.text(), timeout=WAIT)
    qtbot.waitUntil(window.actions.actionSave.isEnabled, timeout=WAIT)
    window.actions.actionSave.trigger()
    qtbot.waitUntil(lambda: zk_client.get("/conf")[1].version == 1, timeout=WAIT)

    saved = zk_client.get("/conf")[0]
    found = detect(saved)
    assert found is not None and found.decoder.name == kind
    assert found.payload == CONFIG.replace("3", "5").encode()
    if kind == "gzip":
        assert saved[:10] == stored[:10]  # the same header: mtime, level, OS
    qtbot.waitUntil(lambda: not pane.is_modified() and pane.current_bytes() == saved, timeout=WAIT)
    assert editor_text(window) == CONFIG.replace("3", "5")
    assert note.text() == f"{kind}-compressed, {len(saved)} bytes on the server"


def test_raw_snappy_is_shown_when_chosen_and_none_shows_the_stored_bytes(qtbot, window, zk_client):
    raw = bytes(cramjam.snappy.compress_raw(b"plain words, no magic"))
    zk_client.create("/raw", raw)
    select(qtbot, window, "/raw")
    pane = window.page.dataPane
    assert pane.decoder_name() == "" and pane.mode() == "hex"  # not recognised on its own
    assert pane.set_decoder("snappy-raw")
    assert editor_text(window) == "plain words, no magic"
    assert pane.set_decoder("")
    assert pane.mode() == "hex" and pane.current_bytes() == raw
    assert not pane.set_decoder("gzip")  # not gzip: refused with a reason
    assert "cannot be decoded as gzip" in pane.message()


def test_a_large_decoded_edit_is_encoded_when_saved_not_as_typed(qtbot, pane):
    payload = b"line of a large log\n" * 20_000  # 400 kB, over MAX_LIVE_ENCODE
    stored = gzip.compress(payload)
    pane.load("/log.gz", stored)
    note = pane.findChild(QLabel, "dataDecoderNote")
    size = QLocale().toString(len(stored))
    assert note.text() == f"gzip-compressed, {size} bytes on the server"
    pane.editor().insertPlainText("first line\n")
    qtbot.waitUntil(lambda: "known once saved" in note.text(), timeout=WAIT)
    assert gzip.decompress(pane.current_bytes()) == b"first line\n" + payload
