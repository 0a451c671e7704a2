"""The data pane: shows and edits one znode's data as text or as a hex dump.

The pane never talks to ZooKeeper: the main window hands it bytes with ``load`` and reads
the edited bytes back with ``current_bytes``. Data that the text editor cannot hold exactly
(invalid UTF-8, control characters, a lone carriage return...) is shown as hex only, so
no byte is ever changed by looking at it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QMimeData, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QStandardItemModel, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from zkinspector.zk.codec import (
    check_size,
    decode_utf8,
    format_size,
    hex_dump,
    is_binary,
    parse_hex,
)

__all__ = ["DataEditor", "DataPane", "MODE_HEX", "MODE_TEXT", "plain_text"]

MODE_TEXT = "text"
MODE_HEX = "hex"

# Lines longer than this are wrapped anywhere rather than at word boundaries (speed).
LONG_LINE = 4096

# Characters QTextDocument turns into something else (paragraph separator, non-characters).
_UNSTABLE = re.compile("[\u2029\ufdd0-\ufdef\ufffe\uffff]")


def plain_text(editor: QPlainTextEdit) -> str:
    """The editor's text exactly as typed.

    ``toPlainText`` turns non-breaking spaces into spaces; the raw text keeps them and only
    its paragraph separators need turning back into line feeds.
    """
    return editor.document().toRawText().replace("\u2029", "\n")


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
    """Shows one node's data as UTF-8 text or hex, tracks edits, hands the bytes back."""

    modifiedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPane")
        self._path: str | None = None
        self._original = b""
        self._is_null = False
        self._readable = False
        self._read_only = False
        self._mode = MODE_TEXT
        self._preferred_mode = MODE_TEXT
        self._eol = "\n"
        self._text_refusal = ""
        self._last_modified = False
        self._quiet = False

        self._combo = QComboBox(self)
        self._combo.setObjectName("dataViewCombo")
        self._combo.addItem(self.tr("Text"), MODE_TEXT)
        self._combo.addItem(self.tr("Hex"), MODE_HEX)
        self._combo.setToolTip(self.tr("Show the data as UTF-8 text or as a hex dump"))
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        view_label = QLabel(self.tr("View:"), self)
        view_label.setBuddy(self._combo)

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

        self._message_label = QLabel(self)
        self._message_label.setObjectName("dataMessageLabel")
        self._message_label.setWordWrap(True)
        self._message_label.setTextFormat(Qt.TextFormat.PlainText)
        self._message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_label.hide()

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(6)
        header.addWidget(view_label)
        header.addWidget(self._combo)
        header.addSpacing(12)
        header.addWidget(self._size_label)
        header.addStretch(1)
        header.addWidget(self._modified_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._editor, 1)
        layout.addWidget(self._message_label)

        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(150)
        self._update_timer.timeout.connect(self._update_size)

        self._combo.currentIndexChanged.connect(self._on_mode_chosen)
        self._editor.document().modificationChanged.connect(self._on_modification_changed)
        self._editor.textChanged.connect(self._on_text_changed)
        self.clear()

    # ----------------------------------------------------------------- public API

    def load(self, path: str, data: bytes | None, *, readable: bool = True) -> None:
        """Show a node's data; discards any unsaved edits.

        ``data`` None means the node holds no data at all (null). ``readable`` False means
        the data could not be read (no READ permission): the editor stays empty and locked.
        """
        self._path = path
        self._readable = readable
        if not readable:
            self._reset(b"", is_null=False)
            self._editor.setPlaceholderText(
                self.tr("You have no permission to read the data of this node.")
            )
            self._size_label.setText("")
            self._set_combo_enabled(False)
            self._apply_read_only()
            self._emit_modified()
            return
        self._reset(bytes(data) if data is not None else b"", is_null=data is None)
        self._editor.setPlaceholderText(
            self.tr("This node has no data (null).")
            if self._is_null
            else self.tr("This node's data is empty.")
        )
        self._set_combo_enabled(True)
        self._refresh_text_item(self._original)
        mode = self._preferred_mode if not self._text_refusal else MODE_HEX
        self._show_bytes(self._original, mode)
        self._apply_read_only()
        self._update_size()
        self._emit_modified()

    def clear(self, message: str = "") -> None:
        """Show nothing (no node selected), with an optional message in the empty editor."""
        self._path = None
        self._readable = False
        self._reset(b"", is_null=False)
        self._editor.setPlaceholderText(message)
        self._size_label.setText("")
        self._set_combo_enabled(False)
        self._apply_read_only()
        self._emit_modified()

    def path(self) -> str | None:
        """The path of the loaded node, or None when cleared."""
        return self._path

    def original_bytes(self) -> bytes:
        """The bytes given to the last ``load`` (b"" for null or unreadable data)."""
        return self._original

    def mode(self) -> str:
        """The current view: ``MODE_TEXT`` ("text") or ``MODE_HEX`` ("hex")."""
        return self._mode

    def set_mode(self, mode: str) -> bool:
        """Switch view as the combo would; returns False if the switch was refused."""
        index = self._combo.findData(mode)
        if index < 0:
            raise ValueError(f"Unknown data view mode: {mode!r}")
        self._combo.setCurrentIndex(index)
        return self._mode == mode

    def current_bytes(self) -> bytes:
        """The data as it is now in the editor (exactly the loaded bytes if not edited).

        Raises ValueError with a sentence for the user when the hex text is malformed or
        the text cannot be encoded.
        """
        if not self.is_modified():
            return self._original
        return self._editor_bytes()

    def is_modified(self) -> bool:
        """True if the user changed the data since it was loaded."""
        return self._editor.document().isModified()

    def set_read_only(self, read_only: bool) -> None:
        """Forbid (or allow again) editing; the view mode can still be switched."""
        self._read_only = read_only
        self._apply_read_only()

    def is_read_only(self) -> bool:
        """True if the editor does not accept edits now (locked, unreadable or cleared)."""
        return self._editor.isReadOnly()

    def editor(self) -> DataEditor:
        """The text editor (objectName ``dataEditor``)."""
        return self._editor

    # ----------------------------------------------------------------- internals

    def _reset(self, data: bytes, *, is_null: bool) -> None:
        self._update_timer.stop()
        self._original = data
        self._is_null = is_null
        self._text_refusal = ""
        self._eol = "\n"
        self._quiet = True
        try:
            self._editor.setPlainText("")
            self._editor.document().setModified(False)
        finally:
            self._quiet = False
        self._message_label.hide()

    def _apply_read_only(self) -> None:
        locked = self._read_only or not self._readable or self._path is None
        self._editor.setReadOnly(locked)

    def _set_combo_enabled(self, enabled: bool) -> None:
        self._combo.setEnabled(enabled)

    def _text_form(self, data: bytes) -> tuple[str, str] | str:
        """(display text, line ending) if the text editor can hold data exactly, else why not."""
        text = decode_utf8(data)
        if text is None:
            return self.tr("This data is not valid UTF-8 text, so it is shown as hex.")
        if is_binary(data):
            return self.tr(
                "This data holds control characters, so it is shown as hex to keep every byte."
            )
        eol = "\n"
        if "\r" in text:
            crlf = text.count("\r\n")
            if crlf != text.count("\r") or crlf != text.count("\n"):
                return self.tr(
                    "This data mixes line endings (carriage returns), so it is shown as hex "
                    "to keep every byte."
                )
            text = text.replace("\r\n", "\n")
            eol = "\r\n"
        if _UNSTABLE.search(text):
            return self.tr(
                "This data holds characters the text editor would change, so it is shown "
                "as hex to keep every byte."
            )
        return text, eol

    def _refresh_text_item(self, data: bytes) -> None:
        """Enable or disable the "Text" choice for this data."""
        form = self._text_form(data)
        self._set_text_refusal(form if isinstance(form, str) else "")

    def _set_text_refusal(self, reason: str) -> None:
        """Disable the "Text" choice with the reason as its tooltip ("" enables it)."""
        self._text_refusal = reason
        index = self._combo.findData(MODE_TEXT)
        model = self._combo.model()
        if isinstance(model, QStandardItemModel):
            model.item(index).setEnabled(not reason)
        self._combo.setItemData(index, reason or None, Qt.ItemDataRole.ToolTipRole)
        self._combo.setToolTip(reason or self.tr("Show the data as UTF-8 text or as a hex dump"))

    def _show_bytes(self, data: bytes, mode: str) -> None:
        """Put data into the editor in the given mode (which must be possible)."""
        if mode == MODE_TEXT:
            form = self._text_form(data)
            assert not isinstance(form, str)
            text, self._eol = form
            wrap = QPlainTextEdit.LineWrapMode.WidgetWidth
            self._editor.set_word_wrap_for(text)
        else:
            text = hex_dump(data)
            wrap = QPlainTextEdit.LineWrapMode.NoWrap
        self._quiet = True
        try:
            self._editor.setLineWrapMode(wrap)
            self._editor.setPlainText(text)
            self._editor.document().setModified(False)
        finally:
            self._quiet = False
        if mode == MODE_TEXT and plain_text(self._editor) != text:
            # Last line of defence: the editor changed something; show hex instead.
            self._set_text_refusal(
                self.tr(
                    "This data holds characters the text editor would change, so it is "
                    "shown as hex to keep every byte."
                )
            )
            self._show_bytes(data, MODE_HEX)
            return
        self._mode = mode
        with QSignalBlocker(self._combo):
            self._combo.setCurrentIndex(self._combo.findData(mode))

    def _editor_bytes(self) -> bytes:
        text = plain_text(self._editor)
        if self._mode == MODE_HEX:
            try:
                return parse_hex(text)
            except ValueError as exc:
                raise ValueError(self.tr("The hex data is malformed: {0}").format(exc)) from None
        if self._eol != "\n":
            text = text.replace("\n", self._eol)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(
                self.tr("The text holds a character that cannot be written as UTF-8.")
            ) from None

    def _on_mode_chosen(self, index: int) -> None:
        mode = self._combo.itemData(index)
        if mode == self._mode:
            return
        if self._path is None or not self._readable:
            with QSignalBlocker(self._combo):
                self._combo.setCurrentIndex(self._combo.findData(self._mode))
            return
        try:
            data = self.current_bytes()
        except ValueError as exc:
            self._refuse_switch(str(exc))
            return
        if mode == MODE_TEXT:
            form = self._text_form(data)
            if isinstance(form, str):
                self._refuse_switch(form)
                return
        modified = self.is_modified()
        self._preferred_mode = mode
        self._quiet = True
        try:
            self._show_bytes(data, mode)
            self._editor.document().setModified(modified)
        finally:
            self._quiet = False
        self._message_label.hide()
        self._update_size()
        self._emit_modified()

    def _refuse_switch(self, reason: str) -> None:
        with QSignalBlocker(self._combo):
            self._combo.setCurrentIndex(self._combo.findData(self._mode))
        self._show_message(reason)

    def _show_message(self, text: str) -> None:
        self._message_label.setText(text)
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

    def _update_size(self) -> None:
        """Show the size of the current data and any problem with it."""
        self._update_timer.stop()
        if self._path is None or not self._readable:
            return
        try:
            data = self.current_bytes()
        except ValueError as exc:
            self._size_label.setText(self.tr("Invalid data"))
            self._show_message(str(exc))
            return
        text = self._size_text(len(data))
        if self._is_null and not self.is_modified():
            text = self.tr("No data (null)")
        self._size_label.setText(text)
        tips = []
        if self._mode == MODE_TEXT and self._eol == "\r\n":
            tips.append(self.tr("Windows line endings (CRLF) are kept when saving."))
        self._size_label.setToolTip(" ".join(tips))
        try:
            check_size(data)
        except ValueError as exc:
            self._show_message(str(exc))
            return
        self._show_message("")
