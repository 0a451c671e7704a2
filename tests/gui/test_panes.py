"""The data, stat and ACL panes, driven as a user would (pytest-qt, no server needed)."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL, Id, Permissions
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit

from zkinspector.ui.acl_view import AclView
from zkinspector.ui.assets import icon, resource_path
from zkinspector.ui.data_pane import MODE_HEX, MODE_TEXT, MODES, DataPane
from zkinspector.ui.stat_pane import StatView
from zkinspector.zk.codec import hex_dump
from zkinspector.zk.decoders import detect
from zkinspector.zk.stat import STAT_FIELDS

ICONS = [
    "app",
    "node",
    "node-ephemeral",
    "node-sequential",
    "node-ephemeral-sequential",
    "locked",
    "root",
    "connect",
    "disconnect",
    "refresh",
    "create",
    "delete",
    "save",
    "search",
]


def _editor(pane: DataPane) -> QPlainTextEdit:
    editor = pane.findChild(QPlainTextEdit, "dataEditor")
    assert editor is not None
    return editor


def _combo(pane: DataPane) -> QComboBox:
    combo = pane.findChild(QComboBox, "dataViewCombo")
    assert combo is not None
    return combo


def _text_item_enabled(pane: DataPane) -> bool:
    combo = _combo(pane)
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return model.item(combo.findData(MODE_TEXT)).isEnabled()


def _type(qtbot, pane: DataPane, text: str) -> None:
    editor = _editor(pane)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


# -- assets --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ICONS)
def test_icons_exist_and_render(qapp, name: str) -> None:
    path = resource_path("icons", f"{name}.svg")
    assert path.is_file()
    text = path.read_text()
    assert 'viewBox="0 0 16 16"' in text
    pixmap = icon(name).pixmap(32, 32)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert any(  # something visible was drawn
        image.pixelColor(x, y).alpha() > 0 for x in range(0, 32, 2) for y in range(0, 32, 2)
    )


def test_icon_is_cached_and_missing_icon_is_empty(qapp) -> None:
    assert icon("node") is icon("node")
    assert icon("no-such-icon").isNull()


def test_resources_found_in_a_pyinstaller_bundle(tmp_path, monkeypatch) -> None:
    from zkinspector.ui import assets

    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assets.resources_dir.cache_clear()
    try:
        assert resource_path("icons", "x.svg") == tmp_path / "resources" / "icons" / "x.svg"
    finally:
        monkeypatch.undo()
        assets.resources_dir.cache_clear()
    assert resource_path("icons", "node.svg").is_file()


def test_desktop_file_and_metainfo_exist() -> None:
    desktop = resource_path("zkinspector.desktop").read_text()
    assert "Exec=zkinspector" in desktop
    assert "Type=Application" in desktop
    metainfo = resource_path("io.github.zkinspector.metainfo.xml")
    root = ElementTree.parse(metainfo).getroot()
    assert root.findtext("id") == "io.github.zkinspector"
    assert root.findtext("launchable") == "zkinspector.desktop"


# -- data pane ------------------------------------------------------------------------------


def test_text_is_shown_and_round_trips(pane: DataPane) -> None:
    data = "server.1=zk1:2888:3888\nhéllo\tworld ☃\n".encode()
    pane.load("/conf", data)
    assert _editor(pane).toPlainText() == data.decode()
    assert _combo(pane).currentText() == "Text"
    assert _editor(pane).font().fixedPitch() or _editor(pane).font().styleHint() is not None
    assert pane.current_bytes() == data
    assert not pane.is_modified()
    assert "bytes" in pane.findChild(QLabel, "dataSizeLabel").text()


def test_binary_is_shown_as_hex_and_text_is_refused(pane: DataPane) -> None:
    data = bytes([0, 1, 2, 0xFF, 0xFE, 0x41])
    pane.load("/bin", data)
    assert pane.mode() == MODE_HEX
    assert _combo(pane).currentText() == "Hex"
    assert _editor(pane).toPlainText() == hex_dump(data)
    assert "00 01 02 ff fe 41" in _editor(pane).toPlainText()
    assert pane.current_bytes() == data
    # Text is disabled, with the reason as tooltip; choosing it anyway is refused.
    assert not _text_item_enabled(pane)
    combo = _combo(pane)
    assert "UTF-8" in combo.itemData(combo.findData(MODE_TEXT), Qt.ItemDataRole.ToolTipRole)
    assert pane.set_mode(MODE_TEXT) is False
    assert combo.currentText() == "Hex"
    assert _editor(pane).toPlainText() == hex_dump(data)
    message = pane.findChild(QLabel, "dataMessageLabel")
    assert "not valid UTF-8" in message.text()
    assert pane.current_bytes() == data


@pytest.mark.parametrize(
    "data",
    [
        b"line1\rline2",  # a lone carriage return the editor would turn into a line feed
        b"a\r\nb\nc",  # mixed line endings
        "para\u2029graph".encode(),  # a paragraph separator
        b"nul\x00inside",
        b"\x1b[31mred\x1b[0m",
    ],
)
def test_text_the_editor_would_change_is_shown_as_hex(pane: DataPane, data: bytes) -> None:
    pane.load("/odd", data)
    assert pane.mode() == MODE_HEX
    assert not _text_item_enabled(pane)
    assert pane.current_bytes() == data


def test_crlf_text_keeps_its_line_endings(qtbot, pane: DataPane) -> None:
    data = b"a=1\r\nb=2\r\n"
    pane.load("/win", data)
    assert pane.mode() == MODE_TEXT
    assert _editor(pane).toPlainText() == "a=1\nb=2\n"
    assert pane.current_bytes() == data
    _type(qtbot, pane, "c=3")
    qtbot.keyClick(_editor(pane), Qt.Key.Key_Return)
    assert pane.current_bytes() == b"a=1\r\nb=2\r\nc=3\r\n"


def test_non_breaking_space_survives(pane: DataPane) -> None:
    data = "a\u00a0b".encode()
    pane.load("/nbsp", data)
    assert pane.mode() == MODE_TEXT
    pane.set_mode(MODE_HEX)
    pane.set_mode(MODE_TEXT)
    assert pane.current_bytes() == data


def test_switching_views_keeps_bytes(pane: DataPane) -> None:
    data = b'{"a": 1}'
    pane.load("/j", data)
    assert pane.set_mode(MODE_HEX)
    assert _editor(pane).toPlainText() == hex_dump(data)
    assert pane.current_bytes() == data
    assert not pane.is_modified()
    assert pane.set_mode(MODE_TEXT)
    assert _editor(pane).toPlainText() == '{"a": 1}'
    # The chosen view sticks for the next text node.
    pane.set_mode(MODE_HEX)
    pane.load("/k", b"xyz")
    assert pane.mode() == MODE_HEX
    assert pane.current_bytes() == b"xyz"


def test_edit_marks_modified_and_signals(qtbot, pane: DataPane) -> None:
    pane.load("/n", b"abc")
    label = pane.findChild(QLabel, "dataModifiedLabel")
    assert not label.isVisible()
    with qtbot.waitSignal(pane.modifiedChanged) as blocker:
        _type(qtbot, pane, "d")
    assert blocker.args == [True]
    assert pane.is_modified()
    assert label.isVisible()
    assert pane.current_bytes() == b"abcd"
    # The size label follows the edit.
    size = pane.findChild(QLabel, "dataSizeLabel")
    qtbot.waitUntil(lambda: size.text() == "4 bytes")
    # Undo brings back the loaded state.
    with qtbot.waitSignal(pane.modifiedChanged) as blocker:
        _editor(pane).undo()
    assert blocker.args == [False]
    assert not label.isVisible()
    # Loading another node drops the edit.
    _type(qtbot, pane, "zz")
    with qtbot.waitSignal(pane.modifiedChanged) as blocker:
        pane.load("/m", b"new")
    assert blocker.args == [False]
    assert pane.current_bytes() == b"new"


def test_edit_survives_view_switch(qtbot, pane: DataPane) -> None:
    pane.load("/n", b"ab")
    _type(qtbot, pane, "c")
    with qtbot.assertNotEmitted(pane.modifiedChanged):
        assert pane.set_mode(MODE_HEX)
    assert pane.is_modified()
    assert "61 62 63" in _editor(pane).toPlainText()
    assert pane.current_bytes() == b"abc"


def test_hex_edit_and_malformed_hex(qtbot, pane: DataPane) -> None:
    pane.load("/h", b"\x00\x01")
    editor = _editor(pane)
    editor.selectAll()
    editor.insertPlainText("de ad be ef")
    assert pane.is_modified()
    assert pane.current_bytes() == b"\xde\xad\xbe\xef"
    editor.selectAll()
    editor.insertPlainText("de ad zz")
    with pytest.raises(ValueError, match="hex data is malformed"):
        pane.current_bytes()
    message = pane.findChild(QLabel, "dataMessageLabel")
    qtbot.waitUntil(lambda: "not a hex digit" in message.text())
    assert message.isVisible()
    # Switching to text is refused while the hex is malformed.
    assert pane.set_mode(MODE_TEXT) is False
    assert editor.toPlainText() == "de ad zz"


def test_too_large_data_is_flagged(qtbot, pane: DataPane) -> None:
    pane.load("/big", b"")
    _editor(pane).insertPlainText(("x" * 99 + "\n") * 10_500)
    message = pane.findChild(QLabel, "dataMessageLabel")
    qtbot.waitUntil(lambda: "server accepts at most" in message.text())


def test_long_single_line_data(qtbot, pane: DataPane) -> None:
    """A 1 MB base64-like line loads and round-trips (wrapped anywhere, to stay fast)."""
    data = b"QUJD" * 250_000
    pane.load("/blob", data)
    assert pane.mode() == MODE_TEXT
    assert pane.current_bytes() == data
    assert _editor(pane).toPlainText()[-8:] == "QUJDQUJD"


def test_null_empty_unreadable_and_cleared(pane: DataPane) -> None:
    editor = _editor(pane)
    pane.load("/null", None)
    assert pane.current_bytes() == b""
    assert "null" in editor.placeholderText()
    assert pane.findChild(QLabel, "dataSizeLabel").text() == "No data (null)"
    pane.load("/empty", b"")
    assert pane.current_bytes() == b""
    assert "empty" in editor.placeholderText()
    assert not editor.isReadOnly()
    pane.load("/secret", None, readable=False)
    assert editor.isReadOnly()
    assert "no permission" in editor.placeholderText()
    assert not _combo(pane).isEnabled()
    pane.clear("Select a node")
    assert editor.toPlainText() == ""
    assert editor.placeholderText() == "Select a node"
    assert editor.isReadOnly()
    assert pane.path() is None


def test_view_cannot_change_without_data(pane: DataPane) -> None:
    pane.clear()
    assert pane.set_mode(MODE_HEX) is False
    assert _combo(pane).currentData() == pane.mode()


def test_read_only(pane: DataPane) -> None:
    pane.load("/a", b"x")
    pane.set_read_only(True)
    assert _editor(pane).isReadOnly()
    pane.load("/b", b"y")
    assert _editor(pane).isReadOnly()  # stays locked across loads
    assert pane.set_mode(MODE_HEX)  # viewing is still allowed
    pane.set_read_only(False)
    assert not _editor(pane).isReadOnly()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=200).map(str.encode)))
@example(data=b"\xff\x06\x00\x00sNaPpY")  # an empty snappy stream: shown decoded
def test_round_trip_any_bytes(pane: DataPane, data: bytes) -> None:
    """Whatever the bytes, loading then reading back gives them exactly, in every view."""
    pane.load("/p", data)
    assert pane.current_bytes() == data
    for mode in (*MODES, MODE_HEX):
        pane.set_mode(mode)
        assert pane.current_bytes() == data
        assert not pane.is_modified()
    if pane.mode() == MODE_HEX and detect(data) is None:
        # The hex text itself parses back to the data (as if the user had edited it).
        # (Compressed data shows its payload: typing the stored bytes there is an edit.)
        _editor(pane).selectAll()
        _editor(pane).insertPlainText(hex_dump(data))
        assert pane.current_bytes() == data


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=120))
def test_text_view_gives_back_exact_text(pane: DataPane, text: str) -> None:
    """Text shown in the text view, re-read after a switch, is the same bytes."""
    data = text.encode("utf-8", "surrogatepass")
    pane.load("/t", data)
    if pane.mode() == MODE_TEXT:
        assert _editor(pane).toPlainText().replace("\u00a0", " ") == text.replace(
            "\r\n", "\n"
        ).replace("\u00a0", " ")
        pane.set_mode(MODE_HEX)
        assert pane.set_mode(MODE_TEXT)
    assert pane.current_bytes() == data


# -- stat and ACL views ---------------------------------------------------------------------


def _stat(**changes) -> ZnodeStat:
    values = dict(
        czxid=0x100000002,
        mzxid=0x100000005,
        ctime=1_700_000_000_123,
        mtime=1_700_000_100_456,
        version=3,
        cversion=2,
        aversion=1,
        ephemeralOwner=0,
        dataLength=44,
        numChildren=2,
        pzxid=0x100000007,
    )
    values.update(changes)
    return ZnodeStat(**values)


def test_stat_view(qtbot) -> None:
    view = StatView()
    qtbot.addWidget(view)
    assert view.objectName() == "statView"
    view.show_stat(_stat())
    fields = [view.topLevelItem(i).text(0) for i in range(view.topLevelItemCount())]
    assert fields == list(STAT_FIELDS)
    assert view.headerItem().text(0) == "Field"
    assert view.headerItem().text(1) == "Value"
    assert view.value("version") == "3"
    assert view.value("czxid") == "0x100000002"
    assert view.value("numChildren") == "2"
    assert "persistent" in view.value("ephemeralOwner")
    assert view.topLevelItem(0).toolTip(1)  # every row explains itself
    view.show_stat(_stat(ephemeralOwner=0x100007F2A3B0000))
    assert view.value("ephemeralOwner") == "0x100007f2a3b0000"
    view.show_stat(None, "No node selected")
    assert view.topLevelItemCount() == 0
    assert view.placeholder() == "No node selected"


def test_stat_view_copy(qtbot) -> None:
    view = StatView()
    qtbot.addWidget(view)
    view.show_stat(_stat())
    view.setCurrentItem(view.topLevelItem(5))
    view.copy_selection()
    assert QApplication.clipboard().text() == "3"


def test_acl_view(qtbot) -> None:
    view = AclView()
    qtbot.addWidget(view)
    assert view.objectName() == "aclView"
    assert [view.headerItem().text(i) for i in range(3)] == ["Scheme", "Id", "Permissions"]
    view.show_acl(
        [
            ACL(Permissions.ALL, Id("world", "anyone")),
            ACL(Permissions.READ | Permissions.ADMIN, Id("digest", "alice:abc=")),
            ACL(0, Id("ip", "10.0.0.0/8")),
        ]
    )
    assert view.rows() == [
        ("world", "anyone", "read, write, create, delete, admin"),
        ("digest", "alice:abc=", "read, admin"),
        ("ip", "10.0.0.0/8", "none"),
    ]
    assert view.topLevelItem(0).toolTip(0) == "world:anyone:cdrwa"
    view.show_acl(None, "You have no permission to read the ACL.")
    assert view.topLevelItemCount() == 0
    assert view.placeholder() == "You have no permission to read the ACL."
