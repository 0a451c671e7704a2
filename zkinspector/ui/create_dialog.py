"""The "Create Node" dialog: asks for a name, data and flags; never sends anything itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.creating import CreateRequest
from ..zk.acl import PRESETS, check_entry, format_acl_list, parse_acl_list
from ..zk.codec import JUTE_MAXBUFFER_DEFAULT, check_size, format_size, request_overhead
from ..zk.paths import (
    SEQUENCE_DIGITS,
    InvalidPath,
    is_reserved,
    join,
    validate_name,
    validate_relative,
)
from ..zk.protocol import MAX_TTL_MS
from .assets import icon, style_message_label
from .data_pane import DataEditor, plain_text

__all__ = ["CreateNodeDialog", "ElidedLabel"]


class ElidedLabel(QLabel):
    """A one-line label that elides long text in the middle; the full text is the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Set the text; it is elided to the label's width."""
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.width() if self.width() > 0 else 10_000
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


def _usable_acl(acls: list | None) -> list | None:
    """The ACL if it can be given to a new node as it is; None when empty or when the
    server hid digest hashes in it ("user:x", shown to clients without ADMIN)."""
    if not acls:
        return None
    try:
        for acl in acls:
            check_entry(acl.id.scheme, acl.id.id, acl.perms)
    except ValueError:
        return None
    return list(acls)


#: ACL choices of the create dialog, in the order shown.
ACL_CHOICES = ("open", "creator-all", "read-only", "parent", "custom")


class CreateNodeDialog(QDialog):
    """Asks for a new node under ``parent_path``; OK is enabled only for valid input.

    ``request()`` gives the CreateRequest once accepted; the main window does the creating.
    ``parent_acl`` (the parent's ACL, when known) adds a "Same as parent" ACL choice;
    ``has_credentials`` False refuses "Creator all", which needs credentials.
    """

    def __init__(
        self,
        parent_path: str,
        parent: QWidget | None = None,
        *,
        parent_acl: list | None = None,
        has_credentials: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createNodeDialog")
        self.setWindowTitle(self.tr("Create Node"))
        self.setWindowIcon(icon("create"))
        self._parent_path = parent_path or "/"
        self._target = ""
        self._data = b""
        self._error = ""
        self._acl: list | None = None
        self._ttl: int | None = None
        self._parent_acl = _usable_acl(parent_acl)
        self._has_credentials = has_credentials
        self._size_limit = JUTE_MAXBUFFER_DEFAULT
        self._path_prefix = ""

        self._parent_label = ElidedLabel(self._parent_path, self)
        self._parent_label.setObjectName("createParentLabel")

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nodeNameEdit")
        self.name_edit.setPlaceholderText(self.tr("Name of the new node"))
        self.name_edit.setClearButtonEnabled(True)

        self.ephemeral_check = QCheckBox(self.tr("&Ephemeral"), self)
        self.ephemeral_check.setObjectName("ephemeralCheck")
        self.ephemeral_check.setToolTip(
            self.tr("Deleted by the server when this connection's session ends")
        )
        self.sequential_check = QCheckBox(self.tr("&Sequential"), self)
        self.sequential_check.setObjectName("sequentialCheck")
        self.sequential_check.setToolTip(
            self.tr("The server appends a unique, increasing 10-digit number to the name")
        )
        self.container_check = QCheckBox(self.tr("C&ontainer"), self)
        self.container_check.setObjectName("containerCheck")
        self.container_check.setToolTip(
            self.tr(
                "Deleted by the server once it has had children and the last one is gone "
                "(the server looks about once a minute)"
            )
        )
        self.ttl_edit = QLineEdit(self)
        self.ttl_edit.setObjectName("ttlEdit")
        self.ttl_edit.setPlaceholderText(self.tr("none"))
        self.ttl_edit.setClearButtonEnabled(True)
        self.ttl_edit.setMaxLength(16)
        self.ttl_edit.setToolTip(
            self.tr(
                "Time to live in milliseconds: the server deletes the node once it has not "
                "changed for this long and has no children. Empty: no TTL."
            )
        )
        self._ttl_refused = False
        self.make_parents_check = QCheckBox(self.tr("Create missing &parents"), self)
        self.make_parents_check.setObjectName("makeParentsCheck")
        self.make_parents_check.setToolTip(
            self.tr('Allow a relative path such as "a/b/c"; missing nodes are created empty')
        )

        self.data_edit = DataEditor(self)  # wraps long lines anywhere: fast on 1 MB
        self.data_edit.setObjectName("nodeDataEdit")
        self.data_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.data_edit.setPlaceholderText(self.tr("Optional data, saved as UTF-8 text"))
        self.data_edit.setTabChangesFocus(True)
        line = self.data_edit.fontMetrics().lineSpacing()
        self.data_edit.setMinimumHeight(line * 5 + 12)

        self.acl_combo = QComboBox(self)
        self.acl_combo.setObjectName("createAclCombo")
        texts = {
            "open": self.tr("Open — anyone may do anything (world:anyone:cdrwa)"),
            "creator-all": self.tr("Creator all — only your credentials (auth::cdrwa)"),
            "read-only": self.tr("Read only — anyone may read (world:anyone:r)"),
            "parent": self.tr("Same as the parent"),
            "custom": self.tr("Custom…"),
        }
        for choice in ACL_CHOICES:
            if choice == "parent" and self._parent_acl is None:
                continue
            self.acl_combo.addItem(texts[choice], choice)
        self.acl_combo.setToolTip(self.tr("Who may read, change and delete the new node"))
        self.acl_edit = QPlainTextEdit(self)
        self.acl_edit.setObjectName("createAclEdit")
        self.acl_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.acl_edit.setPlaceholderText(
            self.tr("One entry a line, scheme:id:permissions, e.g.\nip:10.0.0.0/8:r")
        )
        self.acl_edit.setTabChangesFocus(True)
        self.acl_edit.setFixedHeight(line * 3 + 12)
        self.acl_edit.setPlainText(format_acl_list(self._parent_acl or PRESETS["open"]))
        self.acl_edit.hide()

        self._path_label = ElidedLabel("", self)
        self._path_label.setObjectName("createPathLabel")
        font = self._path_label.font()
        font.setBold(True)
        self._path_label.setFont(font)

        self._note_label = QLabel(self)
        self._note_label.setObjectName("createNoteLabel")
        self._note_label.setWordWrap(True)
        self._note_label.setTextFormat(Qt.TextFormat.PlainText)
        self._note_label.hide()

        self._error_label = QLabel(self)
        self._error_label.setObjectName("createErrorLabel")
        self._error_label.setWordWrap(True)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        style_message_label(self._error_label, "error")

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.setObjectName("createButtonBox")
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("C&reate"))
        ok.setObjectName("createOkButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        flags = QVBoxLayout()
        flags.setSpacing(4)
        flags.addWidget(self.ephemeral_check)
        flags.addWidget(self.sequential_check)
        flags.addWidget(self.container_check)
        flags.addWidget(self.make_parents_check)
        self.ttl_edit.setMaximumWidth(self.ttl_edit.fontMetrics().horizontalAdvance("0" * 14) + 40)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Parent:"), self._parent_label)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", flags)
        ttl_label = QLabel(self.tr("&TTL (ms):"), self)
        ttl_label.setBuddy(self.ttl_edit)
        form.addRow(ttl_label, self.ttl_edit)
        data_label = QLabel(self.tr("&Data:"), self)
        data_label.setBuddy(self.data_edit)
        form.addRow(data_label, self.data_edit)
        acl_label = QLabel(self.tr("&ACL:"), self)
        acl_label.setBuddy(self.acl_combo)
        form.addRow(acl_label, self.acl_combo)
        form.addRow("", self.acl_edit)
        form.addRow(self.tr("Will create:"), self._path_label)

        layout = QVBoxLayout(self)
        # Grow the window when a message appears rather than squeezing it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self._note_label)
        layout.addWidget(self._error_label)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        self.name_edit.textChanged.connect(self._validate)
        self.data_edit.textChanged.connect(self._validate)
        self.acl_combo.currentIndexChanged.connect(self._acl_choice_changed)
        self.acl_edit.textChanged.connect(self._validate)
        for check in (
            self.ephemeral_check,
            self.sequential_check,
            self.container_check,
            self.make_parents_check,
        ):
            check.toggled.connect(self._validate)
        self.ttl_edit.textChanged.connect(self._validate)
        self.resize(460, self.sizeHint().height())
        self.name_edit.setFocus()
        self._validate()

    # ----------------------------------------------------------------- public API

    def parent_path(self) -> str:
        """The node the new node goes under."""
        return self._parent_path

    def is_valid(self) -> bool:
        """True if the input can be sent (the OK button is enabled)."""
        return not self._error

    def error_text(self) -> str:
        """Why the input is refused ("" when it is valid)."""
        return self._error

    def request(self) -> CreateRequest:
        """The node to create. Raises ValueError (with the reason) if the input is invalid."""
        self._validate()
        if self._error:
            raise ValueError(self._error)
        return CreateRequest(
            path=self._target,
            data=self._data,
            ephemeral=self.ephemeral_check.isChecked(),
            sequential=self.sequential_check.isChecked(),
            makepath=self.make_parents_check.isChecked(),
            acl=self._acl,
            container=self.container_check.isChecked(),
            ttl=self._ttl,
        )

    def acl_choice(self) -> str:
        """The ACL chosen: "open", "creator-all", "read-only", "parent" or "custom"."""
        return str(self.acl_combo.currentData())

    def set_acl_choice(self, choice: str) -> None:
        """Choose an ACL (see acl_choice); ValueError for a choice not offered."""
        index = self.acl_combo.findData(choice)
        if index < 0:
            raise ValueError(f"no ACL choice {choice!r}")
        self.acl_combo.setCurrentIndex(index)

    def set_ttl_refused(self, refused: bool) -> None:
        """Say by the TTL field that this server refused a TTL node before."""
        self._ttl_refused = refused
        self._validate()

    def set_size_limit(self, limit: int, prefix: str = "") -> None:
        """Check the data against the server's ``jute.maxbuffer`` (``prefix``: the chroot)."""
        self._size_limit = limit
        self._path_prefix = prefix.rstrip("/")
        self._validate()

    def accept(self) -> None:
        """Close with Accepted, but only when the input is valid."""
        self._validate()
        if not self._error:
            super().accept()

    # ----------------------------------------------------------------- internals

    def _check_name(self, name: str) -> str:
        """The full path for name; raises InvalidPath or ValueError with the reason."""
        if not name:
            raise ValueError(self.tr("Enter a name for the new node."))
        if self.make_parents_check.isChecked():
            names = validate_relative(name)
        else:
            if "/" in name:
                raise ValueError(
                    self.tr(
                        'A node name cannot contain "/". Tick "Create missing parents" to '
                        "create a path such as a/b/c."
                    )
                )
            validate_name(name)
            names = [name]
        path = join(self._parent_path, *names)
        if is_reserved(path):
            raise ValueError(
                self.tr("Nodes under /zookeeper are reserved for the server; choose another place.")
            )
        return path

    def _check_type(self) -> int | None:
        """The TTL asked for (None: none); raises ValueError for a combination or a TTL
        the server would refuse."""
        text = self.ttl_edit.text().strip()
        ttl = None
        if text:
            if not (text.isascii() and text.isdigit()):
                raise ValueError(
                    self.tr("The TTL is a whole number of milliseconds (empty: no TTL).")
                )
            ttl = int(text)
            if not 0 < ttl <= MAX_TTL_MS:
                raise ValueError(
                    self.tr("The TTL must be between 1 and %s milliseconds.") % MAX_TTL_MS
                )
        container = self.container_check.isChecked()
        ephemeral = self.ephemeral_check.isChecked()
        if container and (ttl is not None or ephemeral or self.sequential_check.isChecked()):
            raise ValueError(
                self.tr("A container node cannot be ephemeral, sequential or have a TTL.")
            )
        if ttl is not None and ephemeral:
            raise ValueError(self.tr("An ephemeral node cannot have a TTL."))
        return ttl

    def _sync_types(self) -> None:
        """Turn off the choices that do not go with those made."""
        ephemeral = self.ephemeral_check.isChecked()
        container = self.container_check.isChecked()
        ttl = bool(self.ttl_edit.text().strip())
        self.container_check.setEnabled(
            container or not (ephemeral or ttl or self.sequential_check.isChecked())
        )
        self.ephemeral_check.setEnabled(ephemeral or not (container or ttl))
        self.sequential_check.setEnabled(self.sequential_check.isChecked() or not container)
        self.ttl_edit.setEnabled(ttl or not (ephemeral or container))

    def _acl_choice_changed(self) -> None:
        self.acl_edit.setVisible(self.acl_choice() == "custom")
        self._validate()

    def _check_acl(self) -> list | None:
        """The chosen ACL (None: the default, open); raises ValueError with the reason."""
        choice = self.acl_choice()
        if choice == "open":
            return None
        if choice == "creator-all":
            if not self._has_credentials:
                raise ValueError(
                    self.tr(
                        "Creator all needs credentials on this connection: add them with "
                        "Connection ▸ Add Credentials…, or choose another ACL."
                    )
                )
            return list(PRESETS["creator-all"])
        if choice == "read-only":
            return list(PRESETS["read-only"])
        if choice == "parent":
            return list(self._parent_acl or [])
        try:
            return parse_acl_list(self.acl_edit.toPlainText())
        except ValueError as exc:
            raise ValueError(self.tr("ACL: {0}").format(exc)) from None

    def _validate(self) -> None:
        name = self.name_edit.text()
        error = ""
        target = ""
        data = b""
        acl = None
        ttl = None
        self._sync_types()
        try:
            target = self._check_name(name)
            ttl = self._check_type()
        except (InvalidPath, ValueError) as exc:
            error = str(exc)
        if not error:
            try:
                acl = self._check_acl()
            except ValueError as exc:
                error = str(exc)
        if not error:
            try:
                data = plain_text(self.data_edit).encode("utf-8")
                ids = [(a.id.scheme, a.id.id) for a in acl] if acl else [("world", "anyone")]
                overhead = request_overhead(self._path_prefix + target, create=True, acl=ids)
                check_size(data, self._size_limit, overhead=overhead)
            except UnicodeEncodeError:
                error = self.tr("The data holds a character that cannot be written as UTF-8.")
            except ValueError as exc:
                error = str(exc)
        self._error = error
        self._target = "" if error else target
        self._data = b"" if error else data
        self._acl = None if error else acl
        self._ttl = None if error else ttl

        sequential = self.sequential_check.isChecked()
        if target:
            shown = target + "0" * (SEQUENCE_DIGITS - 1) + "1" if sequential else target
            self._path_label.set_full_text(shown)
        else:
            self._path_label.set_full_text("—")
        notes = []
        if sequential:
            notes.append(
                self.tr(
                    "The server appends the next 10-digit counter to the name "
                    '(such as "0000000001") and picks the number.'
                )
            )
        if self.ephemeral_check.isChecked():
            notes.append(
                self.tr(
                    "An ephemeral node lives only as long as this connection's session "
                    "and cannot have children."
                )
            )
            if self.make_parents_check.isChecked() and "/" in name:
                notes.append(self.tr("Missing parents are created as persistent nodes."))
        if self.container_check.isChecked():
            notes.append(
                self.tr(
                    "The server deletes a container node once it has had children and the "
                    "last one is gone. It shows as persistent: the server does not tell."
                )
            )
        if ttl is not None:
            notes.append(
                self.tr(
                    "The server deletes the node once it has not changed for %s ms and has "
                    "no children. It shows as persistent: the server does not tell."
                )
                % ttl
            )
            if self._ttl_refused:
                notes.append(
                    self.tr(
                        "This server refused a TTL node before: TTL nodes need "
                        "extendedTypesEnabled=true in its configuration."
                    )
                )
        if self._acl is not None and self.make_parents_check.isChecked() and "/" in name:
            notes.append(self.tr("Missing parents get the same ACL as the new node."))
        self._note_label.setText("\n".join(notes))
        self._note_label.setVisible(bool(notes))
        if data and not error:
            self.data_edit.setToolTip(self.tr("{0} of data").format(format_size(len(data))))
        else:
            self.data_edit.setToolTip("")
        self._error_label.setText(error)
        style_message_label(self._error_label, "error" if name else "normal")
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not error)
