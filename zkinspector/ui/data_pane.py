"""The data pane: shows and edits one znode's data as text, JSON, XML, YAML, hex or base64.

Compressed data (gzip, zlib, zstd, lz4, snappy; more through plugins, zk/decoders.py) is
shown decompressed, with a note saying so, and an edit is saved compressed the same way.

The pane never talks to ZooKeeper: the main window hands it bytes with ``load`` and reads
the edited bytes back with ``current_bytes``. Bytes are sacred: a view shows the data only
if its text maps back to exactly the same bytes (a charset that cannot decode them, control
characters or a lone carriage return make the text views refuse, with the reason as the
tooltip); switching views never changes a byte the user did not edit; data that is not
edited is handed back as it was loaded, byte for byte.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMimeData, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFontDatabase,
    QKeySequence,
    QStandardItemModel,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..zk import codec, decoders
from ..zk.codec import (
    CHARSETS,
    JUTE_MAXBUFFER_DEFAULT,
    compact_json,
    decode_exact,
    encode_exact,
    format_size,
    has_control_chars,
    hex_dump,
    is_json_document,
    json_error,
    looks_like_xml,
    looks_like_yaml,
    parse_base64,
    parse_hex,
    pretty_json,
    request_overhead,
    to_base64,
    xml_error,
    yaml_error,
)
from .assets import style_message_label
from .highlight import PygmentsHighlighter

__all__ = [
    "DataEditor",
    "DataPane",
    "MODES",
    "MODE_BASE64",
    "MODE_HEX",
    "MODE_JSON",
    "MODE_TEXT",
    "MODE_XML",
    "MODE_YAML",
    "TEXT_MODES",
    "plain_text",
]

MODE_TEXT = "text"
MODE_JSON = "json"
MODE_XML = "xml"
MODE_YAML = "yaml"
MODE_HEX = "hex"
MODE_BASE64 = "base64"
MODES = (MODE_TEXT, MODE_JSON, MODE_XML, MODE_YAML, MODE_HEX, MODE_BASE64)
TEXT_MODES = frozenset({MODE_TEXT, MODE_JSON, MODE_XML, MODE_YAML})
"""Views that show the data decoded with the chosen charset (the same text, highlighted)."""

# Lines longer than this are wrapped anywhere rather than at word boundaries (speed).
LONG_LINE = 4096
# Edits of decoded data up to this size are encoded as they are typed, for the note's size.
MAX_LIVE_ENCODE = 256 * 1024
# Syntax problems (invalid JSON, XML, YAML) are looked for only in texts up to this size.
MAX_CHECK_CHARS = 512 * 1024

# Characters QTextDocument turns into something else (paragraph separator, non-characters).
_UNSTABLE = re.compile("[\u2029\ufdd0-\ufdef\ufffe\uffff]")


def plain_text(editor: QPlainTextEdit) -> str:
    """The editor's text exactly as typed.

    ``toPlainText`` turns non-breaking spaces into spaces; the raw text keeps them and only
    its paragraph separators need turning back into line feeds.
    """
    return editor.document().toRawText().replace("\u2029", "\n")


@dataclass(frozen=True)
class TextForm:
    """Data as the text views show it: the text, its line ending and byte order mark."""

    text: str
    eol: str = "\n"
    bom: bytes = b""


class DataEditor(QPlainTextEdit):
    """A QPlainTextEdit that stays fast with very long lines.

    Qt's word wrapping is very slow on a line with no spaces that is hundreds of
    kilobytes long (a base64 blob): such text is wrapped anywhere instead.
    """

    def set_word_wrap_for(self, text: str) -> None:
        """Wrap at word boundaries, unless text has a line too long for that."""
        long_line = any(len(line) > LONG_LINE for line in text.split("\n"))
        self.setWordWrapMode(
            QTextOption.WrapMode.WrapAnywhere if long_line else QTextOption.WrapMode.WordWrap
        )

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        """Paste; switches to wrapping anywhere first if the pasted text has a long line."""
        if source.hasText() and self.wordWrapMode() != QTextOption.WrapMode.WrapAnywhere:
            text = source.text()
            if any(len(line) > LONG_LINE for line in text.split("\n")):
                self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        super().insertFromMimeData(source)


class DataPane(QWidget):
    """Shows one node's data in a chosen view, tracks edits, hands the bytes back."""

    modifiedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPane")
        self._path: str | None = None
        self._original = b""
        self._original_json = False
        self._is_null = False
        self._readable = False
        self._read_only = False
        self._mode = MODE_TEXT
        self._preferred_mode = MODE_TEXT
        self._charset = "UTF-8"
        self._preferred_charset = "UTF-8"
        self._eol = "\n"
        self._bom = b""
        self._text_refusal = ""
        self._last_modified = False
        self._quiet = False
        self._limit = JUTE_MAXBUFFER_DEFAULT
        self._prefix = ""
        self._stored = b""  # the data as the server holds it
        self._decoded: decoders.Decoded | None = None  # what the views show, if decoded
        self._chosen_decoder: str | None = None  # the user's choice for this node ("": none)

        self._combo = QComboBox(self)
        self._combo.setObjectName("dataViewCombo")
        names = {
            MODE_TEXT: self.tr("Text"),
            MODE_JSON: self.tr("JSON"),
            MODE_XML: self.tr("XML"),
            MODE_YAML: self.tr("YAML"),
            MODE_HEX: self.tr("Hex"),
            MODE_BASE64: self.tr("Base64"),
        }
        for mode in MODES:
            self._combo.addItem(names[mode], mode)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        view_label = QLabel(self.tr("&View:"), self)
        view_label.setBuddy(self._combo)

        self._charset_combo = QComboBox(self)
        self._charset_combo.setObjectName("dataCharsetCombo")
        for name in CHARSETS:
            self._charset_combo.addItem(name, name)
        self._charset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._charset_combo.setToolTip(
            self.tr("The character set the text views read the bytes with")
        )
        charset_label = QLabel(self.tr("C&harset:"), self)
        charset_label.setBuddy(self._charset_combo)

        self._decoder_combo = QComboBox(self)
        self._decoder_combo.setObjectName("dataDecoderCombo")
        self._decoder_combo.addItem(self.tr("None"), "")  # the decoders: at the first load
        self._decoder_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._decoder_combo.setToolTip(
            self.tr(
                "How the stored bytes are decoded before they are shown: compressed data "
                "is recognised by its first bytes (raw snappy has none: choose it here)"
            )
        )
        decoder_label = QLabel(self.tr("&Decode:"), self)
        decoder_label.setBuddy(self._decoder_combo)
        self._decoder_note = QLabel(self)
        self._decoder_note.setObjectName("dataDecoderNote")
        self._decoder_note.setTextFormat(Qt.TextFormat.PlainText)
        self._decoder_note.hide()

        self._pretty_action = QAction(self.tr("&Pretty-print"), self)
        self._pretty_action.setObjectName("actionPrettyJson")
        self._pretty_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self._pretty_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._pretty_action.setToolTip(
            self.tr("Indent the JSON, one member per line (an edit you can undo)")
        )
        self._compact_action = QAction(self.tr("&Compact"), self)
        self._compact_action.setObjectName("actionCompactJson")
        self._compact_action.setToolTip(
            self.tr("Remove the whitespace between JSON tokens (an edit you can undo)")
        )
        self.addAction(self._pretty_action)
        self.addAction(self._compact_action)
        self._format_button = QToolButton(self)
        self._format_button.setObjectName("dataPrettyButton")
        self._format_button.setDefaultAction(self._pretty_action)
        self._format_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        format_menu = QMenu(self._format_button)
        format_menu.addActions([self._pretty_action, self._compact_action])
        self._format_button.setMenu(format_menu)

        self._size_label = QLabel(self)
        self._size_label.setObjectName("dataSizeLabel")
        self._size_label.setTextFormat(Qt.TextFormat.PlainText)
        self._size_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._modified_label = QLabel(self.tr("Modified"), self)
        self._modified_label.setObjectName("dataModifiedLabel")
        self._modified_label.setToolTip(self.tr("The data has unsaved changes"))
        font = self._modified_label.font()
        font.setBold(True)
        self._modified_label.setFont(font)
        policy = self._modified_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._modified_label.setSizePolicy(policy)
        self._modified_label.hide()

        self._editor = DataEditor(self)
        self._editor.setObjectName("dataEditor")
        self._editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._editor.setTabChangesFocus(False)
        self._editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._highlighter = PygmentsHighlighter(self._editor.document())

        self._message_label = QLabel(self)
        self._message_label.setObjectName("dataMessageLabel")
        self._message_label.setWordWrap(True)
        self._message_label.setTextFormat(Qt.TextFormat.PlainText)
        self._message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_label.hide()

        # The combos may get narrower than their longest item (the popup shows it whole):
        # at their full width the row alone would keep the window from a laptop's width.
        longest = max(("UTF-8", self._decoder_combo.itemText(0)), key=len)
        narrow = self.fontMetrics().horizontalAdvance(longest) + 32
        for combo in (self._combo, self._charset_combo, self._decoder_combo):
            combo.setMinimumWidth(narrow)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(6)
        header.addWidget(view_label)
        header.addWidget(self._combo)
        header.addSpacing(6)
        header.addWidget(charset_label)
        header.addWidget(self._charset_combo)
        header.addSpacing(6)
        header.addWidget(decoder_label)
        header.addWidget(self._decoder_combo)
        header.addSpacing(6)
        header.addWidget(self._format_button)
        header.addSpacing(6)
        header.addWidget(self._size_label)
        header.addStretch(1)
        header.addWidget(self._modified_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._decoder_note)
        layout.addWidget(self._editor, 1)
        layout.addWidget(self._message_label)

        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(150)
        self._update_timer.timeout.connect(self._update_size)

        self._combo.currentIndexChanged.connect(self._on_mode_chosen)
        self._charset_combo.currentIndexChanged.connect(self._on_charset_chosen)
        self._decoder_combo.currentIndexChanged.connect(self._on_decoder_chosen)
        self._pretty_action.triggered.connect(lambda: self.format_json(pretty=True))
        self._compact_action.triggered.connect(lambda: self.format_json(pretty=False))
        self._editor.document().modificationChanged.connect(self._on_modification_changed)
        self._editor.textChanged.connect(self._on_text_changed)
        self.clear()

    # ----------------------------------------------------------------- public API

    def load(self, path: str, data: bytes | None, *, readable: bool = True) -> None:
        """Show a node's data; discards any unsaved edits.

        ``data`` None means the node holds no data at all (null). ``readable`` False means
        the data could not be read (no READ permission): the editor stays empty and locked.
        The view is chosen for the data: hex when no text view can hold it exactly, JSON
        for a JSON object or array, XML for markup, else the last view the user chose.
        Loading the node shown already (a reload) keeps the view, and the charset the
        user chose, if they fit. Compressed data is shown decompressed (zk/decoders.py).
        """
        if path != self._path:
            self._chosen_decoder = None
        self._load(path, data, readable, same_node=path == self._path and self._readable)

    def _load(self, path: str, data: bytes | None, readable: bool, *, same_node: bool) -> None:
        self._fill_decoders()
        same_node = same_node and readable
        keep_mode, keep_charset = self._mode, self._charset
        self._path = path
        self._readable = readable
        if not readable:
            self._reset(b"", is_null=False)
            self._stored, self._decoded = b"", None
            self._show_decoder()
            self._editor.setPlaceholderText(
                self.tr("You have no permission to read the data of this node.")
            )
            self._size_label.setText("")
            self._set_combos_enabled(False)
            self._apply_read_only()
            self._emit_modified()
            return
        stored = bytes(data) if data is not None else b""
        self._decoded = self._decode(stored)
        self._reset(self._decoded.payload if self._decoded else stored, is_null=data is None)
        self._stored = stored
        self._show_decoder()
        self._editor.setPlaceholderText(
            self.tr("This node has no data (null).")
            if self._is_null
            else self.tr("This node's data is empty.")
        )
        self._set_combos_enabled(True)
        data = self._original
        # A reload keeps the charset the user chose, if it still reads the data.
        charset = keep_charset if same_node and keep_charset == self._preferred_charset else ""
        form = self._text_form(data, charset) if charset else ""
        if isinstance(form, str):
            charset = self._choose_charset(data)
            form = self._text_form(data, charset)
        self._set_charset(charset)
        self._set_text_refusal(form if isinstance(form, str) else "")
        self._original_json = not isinstance(form, str) and is_json_document(form.text)
        if same_node and (keep_mode not in TEXT_MODES or not self._text_refusal):
            mode = keep_mode
        else:
            mode = self._choose_mode(form)
        self._show_bytes(data, mode)
        self._apply_read_only()
        self._update_size()
        self._emit_modified()

    def clear(self, message: str = "") -> None:
        """Show nothing (no node selected), with an optional message in the empty editor."""
        self._path = None
        self._readable = False
        self._original_json = False
        self._reset(b"", is_null=False)
        self._stored, self._decoded, self._chosen_decoder = b"", None, None
        self._show_decoder()
        self._editor.setPlaceholderText(message)
        self._size_label.setText("")
        self._set_combos_enabled(False)
        self._apply_read_only()
        self._update_format_button()
        self._emit_modified()

    def path(self) -> str | None:
        """The path of the loaded node, or None when cleared."""
        return self._path

    def mode(self) -> str:
        """The current view: one of MODES ("text", "json", "xml", "yaml", "hex", "base64")."""
        return self._mode

    def set_mode(self, mode: str) -> bool:
        """Switch view as the combo would; returns False if the switch was refused."""
        index = self._combo.findData(mode)
        if index < 0:
            raise ValueError(f"Unknown data view mode: {mode!r}")
        self._combo.setCurrentIndex(index)
        return self._mode == mode

    def charset(self) -> str:
        """The charset the text views read the data with (one of codec.CHARSETS)."""
        return self._charset

    def set_charset(self, charset: str) -> bool:
        """Choose the charset as the combo would; returns False if it was refused."""
        index = self._charset_combo.findData(charset)
        if index < 0:
            raise ValueError(f"Unknown charset: {charset!r}")
        self._charset_combo.setCurrentIndex(index)
        return self._charset == charset

    def refusal(self, mode: str) -> str:
        """Why ``mode`` cannot show the current data ("" if it can)."""
        return self._text_refusal if mode in TEXT_MODES else ""

    def current_bytes(self) -> bytes:
        """The data as it is now in the editor (exactly the loaded bytes if not edited).

        Raises ValueError with a sentence for the user when the hex or base64 text is
        malformed or the text cannot be encoded in the charset.
        """
        if not self.is_modified():
            return self._stored
        return self._encode(self._editor_bytes())

    def decoder_name(self) -> str:
        """The decoder the data is shown through ("" when shown as stored)."""
        return self._decoded.decoder.name if self._decoded else ""

    def set_decoder(self, name: str) -> bool:
        """Decode the data with the decoder ``name`` ("" for none), as the Decode combo
        would; returns False if that was refused (an unsaved edit, data not of that kind)."""
        self._fill_decoders()
        index = self._decoder_combo.findData(name)
        if index < 0:
            raise ValueError(f"Unknown decoder: {name!r}")
        self._decoder_combo.setCurrentIndex(index)
        return self.decoder_name() == name

    def decoder_note(self) -> str:
        """The note on how the data is stored ("" when it is shown as stored)."""
        return self._decoder_note.text() if self._decoded else ""

    def is_modified(self) -> bool:
        """True if the user changed the data since it was loaded."""
        return self._editor.document().isModified()

    def set_read_only(self, read_only: bool) -> None:
        """Forbid (or allow again) editing; the view mode can still be switched."""
        self._read_only = read_only
        self._apply_read_only()

    def editor(self) -> DataEditor:
        """The text editor (objectName ``dataEditor``)."""
        return self._editor

    def highlighter(self) -> PygmentsHighlighter:
        """The syntax highlighter of the editor."""
        return self._highlighter

    def message(self) -> str:
        """The message shown under the editor ("" when none is shown)."""
        return self._message_label.text() if self._message_label.isVisibleTo(self) else ""

    # -- size limit

    def set_size_limit(self, limit: int, prefix: str = "") -> None:
        """Use the server's ``jute.maxbuffer`` ``limit``; ``prefix`` is the session's chroot.

        A request must fit in the limit with its path, so the data may hold a little less.
        """
        self._limit = limit
        self._prefix = prefix.rstrip("/")
        self._update_size()

    def size_limit(self) -> int:
        """The server's ``jute.maxbuffer`` in use (1 MB unless the server said otherwise)."""
        return self._limit

    def path_prefix(self) -> str:
        """The chroot prepended to paths on the server ("" for none)."""
        return self._prefix

    def max_size(self) -> int:
        """The most data bytes the loaded node can be given."""
        return codec.max_data_size(self._limit, request_overhead(self._prefix + (self._path or "")))

    def check_size(self, data: bytes) -> None:
        """Raise ValueError with a sentence (size and limit) if data is too large to send."""
        codec.check_size(
            data, self._limit, overhead=request_overhead(self._prefix + (self._path or ""))
        )

    # -- JSON

    def json_problem(self, data: bytes) -> str:
        """Why data is not valid JSON when JSON is expected, else "".

        JSON is expected in the JSON view, and when the loaded data was a JSON document.
        """
        if self._mode != MODE_JSON and not self._original_json:
            return ""
        data = self._as_payload(data)
        form = self._text_form(data, self._charset if self._mode in TEXT_MODES else "UTF-8")
        if isinstance(form, str):
            return self.tr("The data is not text, so it is not valid JSON.")
        error = json_error(form.text)
        if error is None:
            return ""
        return self.tr("The data is not valid JSON: {0}").format(error)

    def format_json(self, *, pretty: bool = True) -> bool:
        """Pretty-print (or compact) the JSON in the editor as one undoable edit.

        Only in the JSON view and when the text is valid JSON (else a message says why);
        returns True if the text was replaced. Never done automatically: it changes bytes.
        """
        if self._mode != MODE_JSON or self._editor.isReadOnly():
            return False
        text = plain_text(self._editor)
        try:
            formatted = pretty_json(text) if pretty else compact_json(text)
        except ValueError as exc:
            self._show_message(str(exc), "error")
            return False
        if formatted == text:
            return False
        cursor = QTextCursor(self._editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(formatted)
        cursor.endEditBlock()
        self._editor.set_word_wrap_for(formatted)
        return True

    # -- differences

    def view_text(self, data: bytes) -> str | None:
        """Data (as stored) as the current view would show it, or None if it cannot."""
        data = self._as_payload(data)
        if self._mode == MODE_HEX:
            return hex_dump(data)
        if self._mode == MODE_BASE64:
            return to_base64(data)
        form = self._text_form(data, self._charset)
        return None if isinstance(form, str) else form.text

    def diff_texts(self, server_data: bytes) -> tuple[str, str]:
        """(the editor's text, server_data in the same view) for a "Show differences".

        When the current view cannot show the server's data, both sides are given as
        hex dumps (the user's side as the bytes of the edit, when it can be encoded).
        """
        mine = plain_text(self._editor)
        theirs = self.view_text(server_data)
        if theirs is not None:
            return mine, theirs
        with contextlib.suppress(ValueError):
            mine = hex_dump(self._payload())
        return mine, hex_dump(self._as_payload(server_data))

    # ----------------------------------------------------------------- internals

    def _reset(self, data: bytes, *, is_null: bool) -> None:
        self._update_timer.stop()
        self._original = data
        self._is_null = is_null
        self._text_refusal = ""
        self._eol = "\n"
        self._bom = b""
        self._quiet = True
        try:
            self._highlighter.set_language(None)
            self._editor.setPlainText("")
            self._editor.document().setModified(False)
        finally:
            self._quiet = False
        self._message_label.hide()

    def _apply_read_only(self) -> None:
        locked = self._read_only or not self._readable or self._path is None
        self._editor.setReadOnly(locked)
        self._update_format_button()

    def _set_combos_enabled(self, enabled: bool) -> None:
        self._combo.setEnabled(enabled)
        self._charset_combo.setEnabled(enabled)
        self._decoder_combo.setEnabled(enabled)

    # -- decoders

    def _decode(self, stored: bytes) -> decoders.Decoded | None:
        """The data decoded as the user chose for this node, else as recognised."""
        chosen = self._chosen_decoder
        if chosen == "":
            return None
        decoder = decoders.find(chosen) if chosen else None
        if decoder is not None:
            with contextlib.suppress(ValueError):
                return decoders.decode_as(decoder, stored)
        self._chosen_decoder = None  # (no longer of that kind: recognised afresh)
        return decoders.detect(stored)

    def _payload(self) -> bytes:
        """The bytes the views show now (the decoded data, with the user's edit)."""
        return self._original if not self.is_modified() else self._editor_bytes()

    def _as_payload(self, data: bytes) -> bytes:
        """Stored data (the server's) as the views show it: decoded like the loaded data,
        when it decodes so."""
        if self._decoded is None:
            return data
        if data == self._stored:
            return self._decoded.payload
        try:
            return decoders.decode_as(self._decoded.decoder, data).payload
        except ValueError:
            return data

    def _encode(self, payload: bytes) -> bytes:
        if self._decoded is None:
            return payload
        try:
            return self._decoded.encode(payload)
        except ValueError as exc:
            raise ValueError(self.tr("The data cannot be saved: {0}").format(exc)) from None

    def _show_decoder(self) -> None:
        """Show which decoder is used (the combo) and the note under the header."""
        with QSignalBlocker(self._decoder_combo):
            self._decoder_combo.setCurrentIndex(
                max(0, self._decoder_combo.findData(self.decoder_name()))
            )
        self._show_decoder_note(len(self._stored))

    def _show_decoder_note(self, stored_size: int | None) -> None:
        """The note on how the data is stored; ``stored_size`` None: not known yet."""
        decoded = self._decoded
        self._decoder_note.setVisible(decoded is not None)
        if decoded is None:
            self._decoder_note.setText("")
            return
        label = self._label(decoded.decoder)
        compressed = getattr(decoded.decoder, "compression", False)
        if stored_size is None:
            text = (
                self.tr("{0}-compressed: its size is known once saved")
                if compressed
                else self.tr("Decoded from {0}: its size is known once saved")
            )
            self._decoder_note.setText(text.format(label))
            return
        size = QLocale().toString(stored_size)
        if self.is_modified():
            text = (
                self.tr("{0}-compressed: {1} bytes once saved")
                if compressed
                else self.tr("Decoded from {0}: {1} bytes once saved")
            )
        else:
            text = (
                self.tr("{0}-compressed, {1} bytes on the server")
                if compressed
                else self.tr("Decoded from {0}, {1} bytes on the server")
            )
        self._decoder_note.setText(text.format(label, size))

    def _fill_decoders(self) -> None:
        """Offer the decoders in the Decode box (plugins are looked for once, not at start)."""
        if self._decoder_combo.count() > 1:
            return
        with QSignalBlocker(self._decoder_combo):
            for decoder in decoders.available():
                self._decoder_combo.addItem(self._label(decoder), decoder.name)

    def _label(self, decoder: decoders.Decoder) -> str:
        """A decoder's name for the user (format names stay as they are)."""
        return self.tr("raw snappy") if decoder.name == "snappy-raw" else decoder.label

    def _on_decoder_chosen(self, index: int) -> None:
        name = self._decoder_combo.itemData(index)
        if name == self.decoder_name():
            return
        if self._path is None or not self._readable or self.is_modified():
            self._show_decoder()
            if self.is_modified():
                self._show_message(
                    self.tr("Save or revert the edit before decoding the data another way."),
                    "warning",
                )
            return
        decoder = decoders.find(name) if name else None
        if decoder is not None:
            try:
                decoders.decode_as(decoder, self._stored)
            except ValueError as exc:
                self._show_decoder()
                self._show_message(
                    self.tr("The data cannot be decoded as {0} ({1}).").format(
                        self._label(decoder), exc
                    ),
                    "warning",
                )
                return
        self._chosen_decoder = name
        # Other bytes to show: the view is chosen for them, as for another node.
        self._load(self._path, None if self._is_null else self._stored, True, same_node=False)

    def _update_format_button(self) -> None:
        json_view = self._mode == MODE_JSON and self._path is not None and self._readable
        self._format_button.setVisible(json_view)
        editable = json_view and not self._editor.isReadOnly()
        self._pretty_action.setEnabled(editable)
        self._compact_action.setEnabled(editable)

    def _text_form(self, data: bytes, charset: str) -> TextForm | str:
        """How the text views show data in charset, or why they cannot (a sentence)."""
        decoded = decode_exact(data, charset)
        if decoded is None:
            return self.tr(
                "This data is not valid {0} text, so the text views cannot show it exactly "
                "(another charset may read it)."
            ).format(charset)
        text, bom = decoded
        if has_control_chars(text):
            return self.tr(
                "This data holds control characters, so only the hex and base64 views "
                "keep every byte."
            )
        eol = "\n"
        if "\r" in text:
            crlf = text.count("\r\n")
            if crlf != text.count("\r") or crlf != text.count("\n"):
                return self.tr(
                    "This data mixes line endings (carriage returns), so only the hex and "
                    "base64 views keep every byte."
                )
            text = text.replace("\r\n", "\n")
            eol = "\r\n"
        if _UNSTABLE.search(text):
            return self.tr(
                "This data holds characters the text editor would change, so only the hex "
                "and base64 views keep every byte."
            )
        return TextForm(text, eol, bom)

    def _choose_charset(self, data: bytes) -> str:
        """UTF-8 if it shows data exactly, else UTF-16 for a byte order mark, else the
        charset the user chose last; UTF-8 when none fits."""
        candidates = ["UTF-8"]
        if data[:2] in (b"\xfe\xff", b"\xff\xfe"):
            candidates.append("UTF-16")
        candidates.append(self._preferred_charset)
        for charset in candidates:
            if not isinstance(self._text_form(data, charset), str):
                return charset
        return "UTF-8"

    def _choose_mode(self, form: TextForm | str) -> str:
        preferred = self._preferred_mode
        if isinstance(form, str):
            return preferred if preferred == MODE_BASE64 else MODE_HEX
        if preferred in (MODE_HEX, MODE_BASE64) and not is_json_document(form.text):
            return preferred
        return self._text_mode_for(form)

    def _set_charset(self, charset: str) -> None:
        self._charset = charset
        with QSignalBlocker(self._charset_combo):
            self._charset_combo.setCurrentIndex(self._charset_combo.findData(charset))

    def _set_text_refusal(self, reason: str) -> None:
        """Disable the text views with the reason as their tooltip ("" enables them)."""
        self._text_refusal = reason
        model = self._combo.model()
        for mode in TEXT_MODES:
            index = self._combo.findData(mode)
            if isinstance(model, QStandardItemModel):
                model.item(index).setEnabled(not reason)
            self._combo.setItemData(index, reason or None, Qt.ItemDataRole.ToolTipRole)
        self._combo.setToolTip(
            reason
            or self.tr("Show the data as text (plain, JSON, XML or YAML), as hex or as base64")
        )

    def _show_bytes(self, data: bytes, mode: str) -> None:
        """Put data into the editor in the given mode (which must be possible)."""
        if mode in TEXT_MODES:
            form = self._text_form(data, self._charset)
            assert isinstance(form, TextForm)
            text, self._eol, self._bom = form.text, form.eol, form.bom
            wrap = QPlainTextEdit.LineWrapMode.WidgetWidth
            self._editor.set_word_wrap_for(text)
        elif mode == MODE_BASE64:
            text = to_base64(data)
            wrap = QPlainTextEdit.LineWrapMode.NoWrap
        else:
            text = hex_dump(data)
            wrap = QPlainTextEdit.LineWrapMode.NoWrap
        self._quiet = True
        try:
            self._highlighter.set_language(None)
            self._editor.setLineWrapMode(wrap)
            self._editor.setPlainText(text)
            self._editor.document().setModified(False)
        finally:
            self._quiet = False
        if mode in TEXT_MODES and plain_text(self._editor) != text:
            # Last line of defence: the editor changed something; show hex instead.
            self._set_text_refusal(
                self.tr(
                    "This data holds characters the text editor would change, so only the "
                    "hex and base64 views keep every byte."
                )
            )
            self._show_bytes(data, MODE_HEX)
            return
        self._set_mode_shown(mode)

    def _set_mode_shown(self, mode: str) -> None:
        self._mode = mode
        with QSignalBlocker(self._combo):
            self._combo.setCurrentIndex(self._combo.findData(mode))
        self._highlighter.set_language(mode if mode in (MODE_JSON, MODE_XML, MODE_YAML) else None)
        self._update_format_button()

    def _editor_bytes(self) -> bytes:
        text = plain_text(self._editor)
        if self._mode == MODE_HEX:
            try:
                return parse_hex(text)
            except ValueError as exc:
                raise ValueError(self.tr("The hex data is malformed: {0}").format(exc)) from None
        if self._mode == MODE_BASE64:
            try:
                return parse_base64(text)
            except ValueError as exc:
                raise ValueError(self.tr("The base64 data is malformed: {0}").format(exc)) from None
        if self._eol != "\n":
            text = text.replace("\n", self._eol)
        try:
            return encode_exact(text, self._charset, self._bom)
        except ValueError as exc:
            raise ValueError(self.tr("The text cannot be saved: {0}").format(exc)) from None

    def _on_mode_chosen(self, index: int) -> None:
        mode = self._combo.itemData(index)
        if mode == self._mode:
            return
        if self._path is None or not self._readable:
            with QSignalBlocker(self._combo):
                self._combo.setCurrentIndex(self._combo.findData(self._mode))
            return
        if mode in TEXT_MODES and self._mode in TEXT_MODES:
            # The same text, highlighted differently: nothing to convert, undo history kept.
            self._preferred_mode = mode
            self._set_mode_shown(mode)
            self._update_size()
            return
        try:
            data = self._payload()
        except ValueError as exc:
            self._refuse_switch(str(exc))
            return
        if mode in TEXT_MODES:
            form = self._text_form(data, self._charset)
            if isinstance(form, str) and self._charset != self._preferred_charset:
                # The user's charset may read it (e.g. hex shown for Latin-1 data).
                alternative = self._text_form(data, self._preferred_charset)
                if not isinstance(alternative, str):
                    self._set_charset(self._preferred_charset)
                    form = alternative
            if isinstance(form, str):
                self._refuse_switch(form)
                return
        self._switch(data, mode)

    def _switch(self, data: bytes, mode: str) -> None:
        """Show data (the current bytes) in mode, keeping the modified state."""
        modified = self.is_modified()
        self._preferred_mode = mode
        self._quiet = True
        try:
            self._show_bytes(data, mode)
            self._editor.document().setModified(modified)
        finally:
            self._quiet = False
        self._set_text_refusal("" if mode in TEXT_MODES else self._refusal_for(data, self._charset))
        self._message_label.hide()
        self._update_size()
        self._emit_modified()

    def _refusal_for(self, data: bytes, charset: str) -> str:
        form = self._text_form(data, charset)
        return form if isinstance(form, str) else ""

    def _on_charset_chosen(self, index: int) -> None:
        charset = self._charset_combo.itemData(index)
        if charset == self._charset:
            return
        if self._path is None or not self._readable:
            self._set_charset(self._charset)
            return
        try:
            data = self._payload()
        except ValueError as exc:
            self._set_charset(self._charset)
            self._show_message(str(exc), "error")
            return
        form = self._text_form(data, charset)
        if isinstance(form, str):
            self._set_charset(self._charset)
            self._show_message(form, "warning")
            return
        self._preferred_charset = charset
        self._charset = charset
        # Reading the bytes with another charset: show them as text.
        self._switch(data, self._mode if self._mode in TEXT_MODES else self._text_mode_for(form))

    def _text_mode_for(self, form: TextForm) -> str:
        """The text view for this text: JSON, XML, YAML when it looks so, else Text."""
        if is_json_document(form.text):
            return MODE_JSON
        if looks_like_xml(form.text):
            return MODE_XML
        if looks_like_yaml(form.text):
            return MODE_YAML
        return MODE_TEXT

    def _refuse_switch(self, reason: str) -> None:
        with QSignalBlocker(self._combo):
            self._combo.setCurrentIndex(self._combo.findData(self._mode))
        self._show_message(reason, "warning")

    def _show_message(self, text: str, kind: str = "error") -> None:
        self._message_label.setText(text)
        style_message_label(self._message_label, kind)
        self._message_label.setVisible(bool(text))

    def _on_modification_changed(self, _modified: bool) -> None:
        if not self._quiet:
            self._emit_modified()

    def _emit_modified(self) -> None:
        modified = self.is_modified()
        self._modified_label.setVisible(modified)
        if modified != self._last_modified:
            self._last_modified = modified
            self.modifiedChanged.emit(modified)

    def _on_text_changed(self) -> None:
        if not self._quiet and self._path is not None:
            self._update_timer.start()

    def _size_text(self, size: int) -> str:
        exact = QLocale().toString(size)
        if size < 1024:
            return self.tr("{0} bytes").format(exact) if size != 1 else self.tr("1 byte")
        return self.tr("{0} ({1} bytes)").format(format_size(size), exact)

    def _syntax_problem(self) -> str:
        """A sentence if the text is not valid in the JSON, XML or YAML view, else ""."""
        if self._mode not in (MODE_JSON, MODE_XML, MODE_YAML):
            return ""
        text = plain_text(self._editor)
        limit = MAX_CHECK_CHARS if self._mode != MODE_YAML else MAX_CHECK_CHARS // 4
        if not text.strip() or len(text) > limit:
            return ""
        if self._mode == MODE_JSON:
            error = json_error(text)
            return self.tr("Not valid JSON: {0}").format(error) if error else ""
        if self._mode == MODE_XML:
            error = xml_error(text)
            return self.tr("Not well-formed XML: {0}").format(error) if error else ""
        error = yaml_error(text)
        return self.tr("Not valid YAML: {0}").format(error) if error else ""

    def _update_size(self) -> None:
        """Show the size of the current data and any problem with it."""
        self._update_timer.stop()
        if self._path is None or not self._readable:
            return
        try:
            data = self._payload()
            # An edit of a large decoded payload is encoded when saved, not as it is typed.
            live = self._decoded is None or not self.is_modified() or len(data) <= MAX_LIVE_ENCODE
            stored = self.current_bytes() if live else None
        except ValueError as exc:
            self._size_label.setText(self.tr("Invalid data"))
            self._show_message(str(exc), "error")
            return
        self._show_decoder_note(len(stored) if stored is not None else None)
        text = self._size_text(len(data))
        if self._is_null and not self.is_modified():
            text = self.tr("No data (null)")
        self._size_label.setText(text)
        tips = []
        if self._mode in TEXT_MODES and self._eol == "\r\n":
            tips.append(self.tr("Windows line endings (CRLF) are kept when saving."))
        if self._mode in TEXT_MODES and self._bom:
            tips.append(self.tr("The byte order mark is kept when saving."))
        if self._highlighter.language() and not self._highlighter.is_active():
            tips.append(self.tr("The text is too long to be highlighted."))
        self._size_label.setToolTip(" ".join(tips))
        try:
            if stored is not None:
                self.check_size(stored)
        except ValueError as exc:
            self._show_message(str(exc), "error")
            return
        self._show_message(self._syntax_problem(), "warning")
