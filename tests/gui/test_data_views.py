"""The data pane's views (text with charsets, JSON, XML, YAML, hex, base64), driven as a user
would, and end to end against a real server: bytes are sacred, sizes are checked before
sending, invalid JSON asks first, the changed-on-server banner shows differences."""

from __future__ import annotations

import json
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from tests.helpers import WAIT, select, visible
from zkinspector.ui.data_pane import (
    MODE_BASE64,
    MODE_HEX,
    MODE_JSON,
    MODE_TEXT,
    MODE_XML,
    MODE_YAML,
    MODES,
    TEXT_MODES,
    DataPane,
    plain_text,
)
from zkinspector.ui.diff_dialog import DiffDialog, side_by_side, unified_diff
from zkinspector.zk.codec import JUTE_MAXBUFFER_DEFAULT, decode_exact, hex_dump, to_base64

CONFIG_JSON = b'{"cluster":"kafka-prod","brokers":[1,2,3],"tls":true,"ratio":1.10}'


@pytest.fixture(autouse=True)
def _never_block_on_exec(monkeypatch):
    """A modal exec() would hang the test run: answer Cancel if any code calls one."""
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)


def editor(pane: DataPane) -> QPlainTextEdit:
    found = pane.findChild(QPlainTextEdit, "dataEditor")
    assert found is not None
    return found


def view_combo(pane: DataPane) -> QComboBox:
    return pane.findChild(QComboBox, "dataViewCombo")


def charset_combo(pane: DataPane) -> QComboBox:
    return pane.findChild(QComboBox, "dataCharsetCombo")


def item_enabled(pane: DataPane, mode: str) -> bool:
    combo = view_combo(pane)
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return model.item(combo.findData(mode)).isEnabled()


def retype(pane: DataPane, text: str) -> None:
    """Replace the editor's text as an edit (undoable, marks the data modified)."""
    ed = editor(pane)
    ed.selectAll()
    ed.insertPlainText(text)


def expected_view_text(mode: str, data: bytes, charset: str = "UTF-8") -> str:
    if mode == MODE_HEX:
        return hex_dump(data)
    if mode == MODE_BASE64:
        return to_base64(data)
    decoded = decode_exact(data, charset)
    assert decoded is not None
    return decoded[0].replace("\r\n", "\n")


# -- automatic choice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mode"),
    [
        (CONFIG_JSON, MODE_JSON),
        (b"  [1, 2]\n", MODE_JSON),
        (b"42", MODE_TEXT),  # a bare JSON scalar is plain text
        (b'<?xml version="1.0"?>\n<conf><a x="1"/></conf>\n', MODE_XML),
        (b"service: orders\nreplicas: 3\nhosts:\n  - a\n  - b\n", MODE_YAML),
        (b"server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n", MODE_TEXT),
        (b"", MODE_TEXT),
        (b"\x00\x01\x02\xff", MODE_HEX),
        (b'{"a": 1}\x00', MODE_HEX),  # JSON-ish with a NUL: only hex keeps it
    ],
)
def test_view_is_chosen_for_the_data(pane: DataPane, data: bytes, mode: str) -> None:
    pane.load("/n", data)
    assert pane.mode() == mode
    assert view_combo(pane).currentData() == mode
    assert pane.current_bytes() == data
    assert not pane.is_modified()
    # Loading never reformats: the editor holds the data as it is.
    assert editor(pane).toPlainText() == expected_view_text(mode, data)


def test_json_is_highlighted_by_pygments(pane: DataPane) -> None:
    pane.load("/j", CONFIG_JSON)
    highlighter = pane.highlighter()
    assert highlighter.language() == "json" and highlighter.is_active()
    key = highlighter.format_at(CONFIG_JSON.index(b'"cluster"') + 1)
    value = highlighter.format_at(CONFIG_JSON.index(b'"kafka-prod"') + 1)
    assert key is not None and value is not None
    assert key.foreground().color() != value.foreground().color()
    # The highlighted block really carries the formats (what the user sees).
    layout = editor(pane).document().firstBlock().layout()
    assert any(r.format.foreground().color() == key.foreground().color() for r in layout.formats())
    pane.set_mode(MODE_TEXT)
    assert highlighter.language() is None
    assert editor(pane).document().firstBlock().layout().formats() == []


@pytest.mark.parametrize(
    ("mode", "data", "token"),
    [
        (MODE_XML, b"<conf><a x='1'>t</a></conf>", b"conf"),
        (MODE_YAML, b"key: value\nlist:\n  - 1\n", b"key"),
    ],
)
def test_xml_and_yaml_are_highlighted(pane: DataPane, mode, data, token) -> None:
    pane.load("/m", data)
    assert pane.set_mode(mode)
    assert pane.highlighter().format_at(data.index(token)) is not None


def test_long_text_is_not_highlighted(pane: DataPane) -> None:
    data = json.dumps([{"k": i} for i in range(40_000)]).encode()
    pane.load("/long", data)
    assert pane.mode() == MODE_JSON
    assert not pane.highlighter().is_active()
    assert pane.current_bytes() == data


# -- every view keeps every byte --------------------------------------------------------

_any_data = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.builds(
        lambda v: json.dumps(v).encode(), st.dictionaries(st.text(max_size=5), st.integers())
    ),
    st.lists(st.sampled_from([b"\x00", b"\xff", b"\r", b"\r\n", b"\n", b"a", "é".encode()])).map(
        b"".join
    ),
)


def _through_every_view(pane: DataPane, data: bytes, *, retype_text: bool) -> None:
    pane.load("/p", data)
    if pane.decoder_name():  # compressed by chance (tests/gui/test_data_decoders.py)
        assert pane.set_decoder("")  # the stored bytes themselves, in every view
    assert pane.current_bytes() == data
    for mode in MODES:
        before = pane.mode()
        accepted = pane.set_mode(mode)
        if accepted:
            assert view_combo(pane).currentData() == mode
            assert plain_text(editor(pane)) == expected_view_text(mode, data, pane.charset())
        else:
            # Refused: the view stays, the reason is on the item and under the editor.
            assert mode in TEXT_MODES
            assert pane.mode() == before
            assert view_combo(pane).currentData() == before
            assert not item_enabled(pane, mode)
            assert pane.refusal(mode)
            assert pane.message() == pane.refusal(mode)
        assert pane.current_bytes() == data
        assert not pane.is_modified()
        if accepted and retype_text:
            # The view's text, typed back in, is the same bytes.
            text = plain_text(editor(pane))  # (toPlainText turns NBSP into spaces)
            retype(pane, text)
            assert pane.is_modified() or not text
            assert pane.current_bytes() == data
            pane.load("/p", data)
            pane.set_mode(mode)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_any_data)
def test_any_bytes_through_every_view(pane: DataPane, data: bytes) -> None:
    _through_every_view(pane, data, retype_text=True)


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(1 << 20),  # 1 MiB of noise: hex and base64 only
        bytes(range(256)) * 4096,  # every byte value, 1 MiB
        b"\x00" * (1 << 20),
        ("é€☃𝄞\r\n" * 40_000).encode(),  # CRLF text with astral characters, ~0.6 MiB
        json.dumps({f"k{i}": "v" * 50 for i in range(15_000)}).encode(),  # ~1 MiB of JSON
    ],
    ids=["random-1MiB", "all-bytes-1MiB", "nul-1MiB", "crlf-text", "json-1MiB"],
)
def test_big_data_through_every_view(pane: DataPane, data: bytes) -> None:
    _through_every_view(pane, data, retype_text=False)


def test_edit_in_one_view_is_kept_by_the_others(qtbot, pane: DataPane) -> None:
    data = b"\x00\xffhead"
    pane.load("/b", data)
    assert pane.mode() == MODE_HEX
    assert pane.set_mode(MODE_BASE64)
    retype(pane, to_base64(b"\x01\x02tail"))
    assert pane.set_mode(MODE_HEX)
    assert pane.is_modified()
    assert pane.findChild(QLabel, "dataModifiedLabel").isVisible()
    assert pane.current_bytes() == b"\x01\x02tail"
    retype(pane, hex_dump(b"plain text"))
    assert pane.set_mode(MODE_TEXT)  # the edited bytes are text now
    assert editor(pane).toPlainText() == "plain text"
    assert pane.is_modified()
    assert pane.current_bytes() == b"plain text"


def test_switching_between_text_views_keeps_the_edit_and_undo(qtbot, pane: DataPane) -> None:
    pane.load("/t", b'{"a": 1}')
    retype(pane, '{"a": 2}')
    for mode in (MODE_TEXT, MODE_YAML, MODE_XML, MODE_JSON):
        assert pane.set_mode(mode)
        assert editor(pane).toPlainText() == '{"a": 2}'
        assert pane.is_modified()
    editor(pane).undo()
    assert not pane.is_modified()
    assert pane.current_bytes() == b'{"a": 1}'


def test_malformed_base64_is_refused_and_kept(qtbot, pane: DataPane) -> None:
    pane.load("/b", b"\xff\x00")
    pane.set_mode(MODE_BASE64)
    retype(pane, "//8A!")
    with pytest.raises(ValueError, match="base64 data is malformed"):
        pane.current_bytes()
    assert not pane.set_mode(MODE_HEX)
    assert "not a base64 character" in pane.message()
    assert editor(pane).toPlainText() == "//8A!"


# -- charsets -----------------------------------------------------------------------------


def test_charset_choice_reads_the_same_bytes_differently(pane: DataPane) -> None:
    data = "café crème\n".encode("latin-1")
    pane.load("/latin", data)
    assert pane.mode() == MODE_HEX  # not UTF-8
    assert not item_enabled(pane, MODE_TEXT)
    assert "UTF-8" in pane.refusal(MODE_TEXT)
    assert pane.set_charset("ISO-8859-1")
    assert pane.mode() == MODE_TEXT
    assert editor(pane).toPlainText() == "café crème\n"
    assert charset_combo(pane).currentText() == "ISO-8859-1"
    assert pane.current_bytes() == data and not pane.is_modified()
    # The choice is remembered for the next node that is not UTF-8 ...
    pane.load("/latin2", "naïve".encode("latin-1"))
    assert (pane.mode(), pane.charset()) == (MODE_TEXT, "ISO-8859-1")
    # ... while UTF-8 data is still read as UTF-8.
    pane.load("/utf8", "naïve".encode())
    assert (pane.charset(), editor(pane).toPlainText()) == ("UTF-8", "naïve")


def test_charset_that_cannot_read_the_data_is_refused(pane: DataPane) -> None:
    data = "naïve ☃".encode()
    pane.load("/u", data)
    assert not pane.set_charset("US-ASCII")
    assert pane.charset() == "UTF-8"
    assert charset_combo(pane).currentText() == "UTF-8"
    assert "not valid US-ASCII" in pane.message()
    assert editor(pane).toPlainText() == "naïve ☃"
    assert pane.current_bytes() == data


def test_utf16_with_bom_is_detected_and_kept(qtbot, pane: DataPane) -> None:
    data = "\ufeffgrüße\r\nline 2".encode("utf-16-le")
    pane.load("/w", data)
    assert (pane.mode(), pane.charset()) == (MODE_TEXT, "UTF-16")
    assert editor(pane).toPlainText() == "grüße\nline 2"
    editor(pane).moveCursor(editor(pane).textCursor().MoveOperation.End)
    qtbot.keyClicks(editor(pane), "!")
    assert pane.current_bytes() == "\ufeffgrüße\r\nline 2!".encode("utf-16-le")


def test_reload_keeps_only_the_charset_the_user_chose(pane: DataPane) -> None:
    pane.load("/n", b"\xff\xfe")  # a UTF-16 byte order mark: read as UTF-16
    assert pane.charset() == "UTF-16"
    pane.load("/n", "naïve".encode())  # the node changed: detected again
    assert (pane.charset(), editor(pane).toPlainText()) == ("UTF-8", "naïve")
    assert pane.set_charset("UTF-16LE")  # the user's choice ...
    text = editor(pane).toPlainText()
    pane.load("/n", "naïve".encode())  # ... survives a reload of the node
    assert (pane.charset(), editor(pane).toPlainText()) == ("UTF-16LE", text)
    pane.load("/other", "naïve".encode())  # another node: UTF-8 first
    assert pane.charset() == "UTF-8"


def test_text_the_charset_cannot_hold_is_not_saved(qtbot, pane: DataPane) -> None:
    pane.load("/l", "prix: 5".encode("latin-1"))
    assert pane.set_charset("ISO-8859-1")
    editor(pane).moveCursor(editor(pane).textCursor().MoveOperation.End)
    editor(pane).insertPlainText(" €")  # (QTest cannot type characters beyond Latin-1)
    with pytest.raises(ValueError, match="ISO-8859-1 cannot hold"):
        pane.current_bytes()
    qtbot.waitUntil(lambda: "€" in pane.message())
    assert not pane.set_charset("UTF-8")  # cannot re-read bytes that cannot be made
    assert editor(pane).toPlainText() == "prix: 5 €"


# -- JSON pretty-printing and checks --------------------------------------------------------


def test_pretty_print_is_an_undoable_edit(qtbot, pane: DataPane) -> None:
    pane.load("/j", CONFIG_JSON)
    button = pane.findChild(QToolButton, "dataPrettyButton")
    assert button.isVisible() and button.isEnabled()
    assert editor(pane).toPlainText() == CONFIG_JSON.decode()  # never on load
    button.click()
    assert editor(pane).toPlainText().startswith('{\n  "cluster": "kafka-prod",\n')
    assert '"ratio": 1.10' in editor(pane).toPlainText()  # literals kept as written
    assert pane.is_modified()
    assert json.loads(pane.current_bytes()) == json.loads(CONFIG_JSON)
    editor(pane).undo()
    assert not pane.is_modified()
    assert pane.current_bytes() == CONFIG_JSON
    # Compact gives back the original for data written without spaces.
    pane.format_json(pretty=True)
    assert pane.format_json(pretty=False)
    assert pane.current_bytes() == CONFIG_JSON
    # Not shown in other views.
    pane.set_mode(MODE_TEXT)
    assert not button.isVisible()


def test_pretty_print_keeps_crlf_line_endings(pane: DataPane) -> None:
    pane.load("/crlf", b'{"a":[1,2]}\r\n')
    assert pane.format_json()
    assert pane.current_bytes() == b'{\r\n  "a": [\r\n    1,\r\n    2\r\n  ]\r\n}'


def test_invalid_json_is_flagged_but_not_touched(qtbot, pane: DataPane) -> None:
    pane.load("/j", CONFIG_JSON)
    retype(pane, '{"cluster": "kafka-prod",}')
    qtbot.waitUntil(lambda: "Not valid JSON" in pane.message())
    assert "line 1, column 26" in pane.message()
    assert not pane.format_json()
    assert "not valid JSON" in pane.message()
    assert editor(pane).toPlainText() == '{"cluster": "kafka-prod",}'
    assert pane.json_problem(pane.current_bytes()).startswith("The data is not valid JSON")
    # JSON is expected for data that was JSON, even when edited in the text view.
    pane.set_mode(MODE_TEXT)
    assert pane.json_problem(pane.current_bytes())
    pane.load("/t", b"plain")
    assert pane.json_problem(b"not json") == ""


def test_read_only_pane_cannot_pretty_print(pane: DataPane) -> None:
    pane.load("/j", CONFIG_JSON)
    pane.set_read_only(True)
    assert not pane.findChild(QToolButton, "dataPrettyButton").isEnabled()
    assert not pane.format_json()
    assert pane.current_bytes() == CONFIG_JSON


# -- size ---------------------------------------------------------------------------------


def test_size_limit_message_names_size_and_limit(qtbot, pane: DataPane) -> None:
    pane.set_size_limit(1000, "/chroot")
    pane.load("/node", b"x")
    assert pane.max_size() == 1000 - (20 + len("/chroot/node"))
    retype(pane, "y" * 2000)
    qtbot.waitUntil(lambda: "server accepts at most" in pane.message())
    assert pane.message() == "The data is 2.0 KiB; the server accepts at most 968 B per node."
    with pytest.raises(ValueError, match="at most 968 B per node"):
        pane.check_size(pane.current_bytes())
    pane.check_size(b"y" * 968)


# -- diff -----------------------------------------------------------------------------------


def test_unified_and_side_by_side_diffs() -> None:
    theirs, mine = "a\nb\nc", "a\nB\nc\nd"
    assert unified_diff(theirs, mine, theirs_name="server", mine_name="mine").split("\n") == [
        "--- server",
        "+++ mine",
        "@@ -1,3 +1,4 @@",
        " a",
        "-b",
        "+B",
        " c",
        "+d",
    ]
    left, right, kinds, stats = side_by_side(theirs, mine)
    assert left == ["a", "b", "c", ""]
    assert right == ["a", "B", "c", "d"]
    assert kinds == ["equal", "replace", "equal", "insert"]
    assert (stats.removed, stats.added) == (1, 2)
    assert unified_diff("x", "x", theirs_name="s", mine_name="m") == ""


def test_diff_dialog_shows_both_sides(qtbot) -> None:
    dialog = DiffDialog("/conf", "a: 1\nb: 3\n", "a: 1\nb: 2\n")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.objectName() == "diffDialog"
    assert dialog.summary() == "1 line only on the server, 1 line only in your text."
    assert "-b: 2" in dialog.unified_text() and "+b: 3" in dialog.unified_text()
    combo = dialog.findChild(QComboBox, "diffModeCombo")
    combo.setCurrentIndex(1)
    assert dialog.findChild(QPlainTextEdit, "diffServerView").isVisible()
    assert dialog.side_texts() == ("a: 1\nb: 2\n", "a: 1\nb: 3\n")
    same = DiffDialog("/conf", "x", "x")
    qtbot.addWidget(same)
    assert same.summary().startswith("No differences")


def test_diff_texts_follow_the_view(qtbot, pane: DataPane) -> None:
    pane.load("/n", b"old")
    retype(pane, "mine")
    assert pane.diff_texts(b"server") == ("mine", "server")
    # Server data the text view cannot show: both sides as hex dumps.
    assert pane.diff_texts(b"\xff") == (hex_dump(b"mine"), hex_dump(b"\xff"))
    pane.set_mode(MODE_HEX)
    assert pane.diff_texts(b"\xff") == (hex_dump(b"mine"), hex_dump(b"\xff"))


# -- end to end, against a real server -------------------------------------------------------


def save_and_wait(qtbot, win, zk_client, path: str, expected: bytes) -> None:
    qtbot.waitUntil(win.actions.actionSave.isEnabled, timeout=WAIT)
    win.actions.actionSave.trigger()
    qtbot.waitUntil(lambda: zk_client.get(path)[0] == expected, timeout=WAIT)
    qtbot.waitUntil(lambda: not win.page.dataPane.is_modified(), timeout=WAIT)


def test_views_never_change_the_server_and_edits_save_exactly(qtbot, window, zk_client):
    data = bytes(random.Random(3).randrange(256) for _ in range(3000)) + b"\x00\xff"
    zk_client.create("/bin", data)
    select(qtbot, window, "/bin")
    pane = window.page.dataPane
    assert pane.mode() == MODE_HEX
    for mode in MODES:
        pane.set_mode(mode)
        assert not window.actions.actionSave.isEnabled()
        assert not window.windowTitle().startswith("*")
    # Revert after an edit gives back the loaded bytes.
    pane.set_mode(MODE_BASE64)
    retype(pane, to_base64(b"edited"))
    assert window.windowTitle().startswith("* ")
    window.actions.actionRevert.trigger()
    qtbot.waitUntil(lambda: not pane.is_modified(), timeout=WAIT)
    assert pane.current_bytes() == data
    assert pane.mode() == MODE_BASE64  # a reload of the same node keeps the view
    # An edit in base64 is saved byte for byte.
    new = data[::-1] + b"\r\n\x80"
    retype(pane, to_base64(new))
    save_and_wait(qtbot, window, zk_client, "/bin", new)
    assert zk_client.get("/bin")[1].version == 1
    assert not window.windowTitle().startswith("*")


@pytest.mark.parametrize(
    ("mode", "typed", "saved"),
    [
        (MODE_TEXT, "a: 2\n", b"a: 2\r\n"),  # CRLF line endings kept
        (MODE_YAML, "a: 2\nb: 3\n", b"a: 2\r\nb: 3\r\n"),
        (MODE_JSON, '{"a": 2}\n', b'{"a": 2}\r\n'),
        (MODE_XML, "<a>2</a>\n", b"<a>2</a>\r\n"),
        (MODE_HEX, hex_dump(b"a: 2\n"), b"a: 2\n"),  # hex is exact
        (MODE_BASE64, to_base64(b"\x00"), b"\x00"),
    ],
)
def test_modified_mark_and_save_in_each_view(qtbot, window, zk_client, mode, typed, saved):
    zk_client.create("/cfg", b"a: 1\r\n")
    select(qtbot, window, "/cfg")
    pane = window.page.dataPane
    assert pane.set_mode(mode)
    assert not window.windowTitle().startswith("*")
    retype(pane, typed)
    assert window.windowTitle().startswith("* ")
    assert pane.findChild(QLabel, "dataModifiedLabel").isVisible()
    save_and_wait(qtbot, window, zk_client, "/cfg", saved)
    assert not pane.findChild(QLabel, "dataModifiedLabel").isVisible()


def test_invalid_json_asks_before_saving(qtbot, window, zk_client):
    zk_client.create("/json", CONFIG_JSON)
    select(qtbot, window, "/json")
    pane = window.page.dataPane
    assert pane.mode() == MODE_JSON
    retype(pane, '{"cluster": }')
    window.actions.actionSave.trigger()
    box = visible(window, QMessageBox, "invalidJsonBox")
    assert box is not None
    assert "not valid JSON" in box.text() and "line 1, column 13" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: visible(window, QMessageBox, "invalidJsonBox") is None)
    assert zk_client.get("/json") == (CONFIG_JSON, zk_client.get("/json")[1])
    assert pane.is_modified()
    # On purpose: "Save anyway" writes the text as it is.
    window.actions.actionSave.trigger()
    box = visible(window, QMessageBox, "invalidJsonBox")
    box.findChild(QPushButton, "saveAnywayButton").click()
    qtbot.waitUntil(lambda: zk_client.get("/json")[0] == b'{"cluster": }', timeout=WAIT)


def test_too_large_data_is_refused_before_sending(qtbot, window, zk_client):
    zk_client.create("/big", b"")
    select(qtbot, window, "/big")
    pane = window.page.dataPane
    qtbot.waitUntil(lambda: pane.size_limit() == JUTE_MAXBUFFER_DEFAULT, timeout=WAIT)
    assert pane.path_prefix() == "/" + window.page.session.params.hosts.partition("/")[2]
    most = pane.max_size()
    retype(pane, "x" * (most + 1))
    window.actions.actionSave.trigger()
    box = visible(window, QMessageBox, "errorBox")
    assert box is not None
    assert f"{most + 1} bytes" in box.text() and f"at most {most} bytes" in box.text()
    box.close()
    assert zk_client.get("/big")[0] == b""
    # Exactly the limit is accepted by the server (the chroot counted in).
    editor(pane).textCursor().deletePreviousChar()
    save_and_wait(qtbot, window, zk_client, "/big", b"x" * most)
    assert window.page.session.is_connected


def test_create_dialog_refuses_too_large_data(qtbot, window, zk_client):
    select(qtbot, window, "/")
    qtbot.waitUntil(window.actions.actionCreateNode.isEnabled, timeout=WAIT)
    window.actions.actionCreateNode.trigger()
    dialog = visible(window, QDialog, "createNodeDialog")
    dialog.findChild(object, "nodeNameEdit").setText("huge")
    data_edit = dialog.findChild(QPlainTextEdit, "nodeDataEdit")
    data_edit.setPlainText(("z" * 99 + "\n") * 10_486)  # 1,048,600 bytes
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.error_text() == (
        "The data is 1.0 MiB; the server accepts at most 1023.9 KiB per node."
    )
    dialog.reject()
    assert zk_client.get_children("/") == []


def test_changed_on_server_banner_shows_differences(qtbot, window, zk_client):
    zk_client.create("/conf", b"replicas: 3\nservice: orders\n")
    select(qtbot, window, "/conf")
    pane = window.page.dataPane
    retype(pane, "replicas: 5\nservice: orders\n")
    zk_client.set("/conf", b"replicas: 4\nservice: orders\n")
    banner = window.findChild(type(window.page.banner), "changedBanner")
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert "Show differences" in window.page.banner.label.text()
    diff_button = banner.findChild(QPushButton, "bannerDiffButton")
    assert diff_button.isVisible()
    diff_button.click()
    qtbot.waitUntil(lambda: visible(window, QDialog, "diffDialog") is not None, timeout=WAIT)
    dialog = visible(window, QDialog, "diffDialog")
    assert "-replicas: 4" in dialog.unified_text()
    assert "+replicas: 5" in dialog.unified_text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    # The user's text was never replaced.
    assert editor(pane).toPlainText() == "replicas: 5\nservice: orders\n"
    assert pane.is_modified()
    # Reload drops it and shows the server's data.
    banner.findChild(QPushButton, "bannerReloadButton").click()
    qtbot.waitUntil(
        lambda: editor(pane).toPlainText() == "replicas: 4\nservice: orders\n", timeout=WAIT
    )
    assert not pane.is_modified() and not banner.isVisible()


def test_differences_with_a_deleted_node(qtbot, window, zk_client):
    zk_client.create("/gone", b"v1")
    select(qtbot, window, "/gone")
    retype(window.page.dataPane, "v2")
    zk_client.delete("/gone")
    qtbot.waitUntil(window.page.banner.isVisible, timeout=WAIT)
    window.findChild(QPushButton, "bannerDiffButton").click()
    qtbot.waitUntil(lambda: visible(window, QDialog, "diffDialog") is not None, timeout=WAIT)
    dialog = visible(window, QDialog, "diffDialog")
    assert "deleted on the server" in dialog.summary()
    assert editor(window.page.dataPane).toPlainText() == "v2"
