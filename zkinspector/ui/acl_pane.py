"""The ACL pane: a node's ACL entries (scheme, id, permissions), and an editor for them.

``AclView`` is the list of entries (objectName ``aclView``). ``AclEditor`` puts it
together with add/remove buttons, presets, a form for the selected entry (scheme, id,
permission check boxes, the digest helper) and the Apply buttons. Applying carries the
ACL version that was loaded, so a change made meanwhile by someone else opens the
conflict dialog instead of being overwritten; "Apply to Subtree" sets the ACL on every
node below, pipelined, with progress and cancel.
"""

from __future__ import annotations

import logging
import ssl

from kazoo.exceptions import BadVersionError, NoNodeError
from kazoo.security import ACL, Id, Permissions
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zkinspector.ui.assets import message_color, style_message_label
from zkinspector.ui.conflict_dialog import ask_conflict
from zkinspector.ui.stat_pane import paint_placeholder
from zkinspector.zk.acl import (
    PERMISSIONS,
    PRESETS,
    SCHEMES,
    check_entry,
    digest_id,
    format_acl_text,
    identities_from_auth,
    lost_rights,
    perms_short,
    perms_to_names,
)
from zkinspector.zk.acl_ops import AclTreeResult, apply_acl_tree, set_acl_once
from zkinspector.zk.errors import describe

__all__ = ["AclEditor", "AclView", "DigestDialog", "certificate_subject"]

log = logging.getLogger(__name__)

EntryRole = Qt.ItemDataRole.UserRole + 1  # (scheme, id, perms) of a row

Entry = tuple[str, str, int]


class AclView(QTreeWidget):
    """Three columns, Scheme / Id / Permissions, one row per ACL entry.

    Permissions are spelled out ("read, write, create, delete, admin"); the zkCli form
    ("world:anyone:cdrwa") is the row's tooltip. The editor changes rows through
    ``set_entries``, ``add_entry``, ``set_entry`` and ``remove_rows``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aclView")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Scheme"), self.tr("Id"), self.tr("Permissions")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._placeholder = ""
        self._names = {
            "read": self.tr("read"),
            "write": self.tr("write"),
            "create": self.tr("create"),
            "delete": self.tr("delete"),
            "admin": self.tr("admin"),
        }
        copy = QAction(self.tr("&Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def perms_text(self, perms: int) -> str:
        """Permissions spelled out: "read, write, create, delete, admin"; "none" for 0."""
        names = [self._names[name] for name in perms_to_names(perms)]
        text = ", ".join(names) if names else self.tr("none")
        extra = perms & ~Permissions.ALL
        if extra:
            text += self.tr(" (and unknown bits 0x{0:x})").format(extra)
        return text

    def show_acl(self, acls: list | None, message: str = "") -> None:
        """Show kazoo ACL entries; None (or no entries) shows message instead."""
        self.set_entries([(a.id.scheme, a.id.id, a.perms) for a in acls or ()], message)

    def set_entries(self, entries: list[Entry], message: str = "") -> None:
        """Show (scheme, id, perms) entries; with none, message is shown instead."""
        self.clear()
        self._placeholder = message if not entries else ""
        for entry in entries:
            self._fill(QTreeWidgetItem(self), entry)
        if entries:
            self._fit_id_column()
        self.viewport().update()

    def _fill(self, item: QTreeWidgetItem, entry: Entry, error: str = "") -> None:
        scheme, ident, perms = entry
        item.setText(0, scheme)
        item.setText(1, ident)
        item.setText(2, self.perms_text(perms))
        tip = f"{scheme}:{ident}:{perms_short(perms)}"
        item.setData(0, Qt.ItemDataRole.UserRole, tip)
        item.setData(0, EntryRole, entry)
        if error:
            tip = f"{tip}\n{error}"
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        item.setToolTip(2, f"{tip}\n{item.text(2)}")
        colour = self.palette().text().color()
        if error:
            colour = message_color(self.palette(), "error")
        for column in range(3):
            item.setForeground(column, colour)

    def entries(self) -> list[Entry]:
        """The shown entries as (scheme, id, perms), valid or not."""
        return [self.entry(row) for row in range(self.topLevelItemCount())]

    def entry(self, row: int) -> Entry:
        return tuple(self.topLevelItem(row).data(0, EntryRole))  # type: ignore[return-value]

    def add_entry(self, entry: Entry) -> int:
        """Append an entry; returns its row."""
        self._placeholder = ""
        self._fill(QTreeWidgetItem(self), entry)
        return self.topLevelItemCount() - 1

    def set_entry(self, row: int, entry: Entry, error: str = "") -> None:
        """Change one row; a non-empty error marks it invalid (red, reason in the tooltip)."""
        item = self.topLevelItem(row)
        if item is not None:
            self._fill(item, entry, error)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.takeTopLevelItem(row)

    def selected_rows(self) -> list[int]:
        return sorted(self.indexOfTopLevelItem(item) for item in self.selectedItems())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Fit the Id column once the view has its real width (e.g. its tab is shown)."""
        super().showEvent(event)
        if self.topLevelItemCount():
            self._fit_id_column()

    def _fit_id_column(self) -> None:
        """Size the Id column to its contents, but leave room for the permissions."""
        wanted = self.sizeHintForColumn(1) + 16
        perms = self.sizeHintForColumn(2) + 16
        room = max(self.viewport().width() - self.columnWidth(0) - perms, 80)
        self.setColumnWidth(1, min(wanted, room))

    def rows(self) -> list[tuple[str, str, str]]:
        """The shown entries as (scheme, id, permissions text)."""
        return [
            tuple(self.topLevelItem(row).text(c) for c in range(3))  # type: ignore[misc]
            for row in range(self.topLevelItemCount())
        ]

    def placeholder(self) -> str:
        """The message shown while the view is empty ("" for none)."""
        return self._placeholder

    def copy_selection(self) -> None:
        """Copy the selected entries in zkCli form ("world:anyone:cdrwa"), one a line."""
        items = self.selectedItems()
        if items:
            QGuiApplication.clipboard().setText(
                "\n".join(item.data(0, Qt.ItemDataRole.UserRole) for item in items)
            )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Paint the rows, or the placeholder message when there are none."""
        super().paintEvent(event)
        if self._placeholder and self.topLevelItemCount() == 0:
            paint_placeholder(self, self._placeholder)


class DigestDialog(QDialog):
    """User + password -> the digest ACL id "user:base64(sha1(user:password))".

    The password is only used to compute the id: it is cleared when the dialog closes
    and never stored. ``digest()`` gives the id once accepted.
    """

    def __init__(self, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aclDigestDialog")
        self.setWindowTitle(self.tr("Digest ACL Id"))
        self._digest = ""
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("digestUserEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("digestPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("digestResultLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The id is what ZooKeeper stores for this user: the password itself is "
                "neither kept nor sent."
            ),
            self,
        )
        note.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Id:"), self.result_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self._buttons)
        self.user_edit.textChanged.connect(self._update)
        self.password_edit.textChanged.connect(self._update)
        self.finished.connect(lambda _r: self.password_edit.clear())
        self._update()
        self.resize(420, self.sizeHint().height())

    def digest(self) -> str:
        """The digest id computed from what was typed ("" until a user is given)."""
        return self._digest

    def _update(self) -> None:
        user = self.user_edit.text().strip()
        ok = bool(user) and ":" not in user
        self._digest = digest_id(user, self.password_edit.text()) if ok else ""
        if ok:
            self.result_label.setText(self._digest)
        elif ":" in user:
            self.result_label.setText(self.tr('A user name cannot contain ":".'))
        else:
            self.result_label.setText(self.tr("Enter a user name."))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if self._digest:
            super().accept()


_ID_HINTS = {
    "world": "anyone",
    "auth": "(your own credentials)",
    "digest": "user:base64-sha1 — use Digest…",
    "ip": "10.0.0.0/8 or 2001:db8::1",
    "sasl": "user name or Kerberos principal",
    "x509": "CN=client,O=Example",
}


def certificate_subject(path: str) -> str:
    """The subject of a PEM certificate as ZooKeeper's x509 provider names it (RFC 2253,
    e.g. "CN=client,O=Example"); "" when it cannot be read."""
    short = {
        "commonName": "CN",
        "organizationName": "O",
        "organizationalUnitName": "OU",
        "countryName": "C",
        "localityName": "L",
        "stateOrProvinceName": "ST",
        "streetAddress": "STREET",
        "domainComponent": "DC",
        "userId": "UID",
    }
    try:
        decoded = ssl._ssl._test_decode_cert(path)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - best effort: an unknown subject gives no warning
        return ""
    parts = []
    for rdn in reversed(decoded.get("subject", ())):
        parts.append("+".join(f"{short.get(k, k)}={v}" for k, v in rdn))
    return ",".join(parts)


class AclEditor(QWidget):
    """The ACL tab: the entries of the selected node's ACL, editable, and Apply buttons.

    Without a session (tests of the widget alone) Apply only emits ``applyRequested``.
    With one, it writes through the session and reloads ``selected`` afterwards.
    """

    applyRequested = Signal(str, list, int)  # path, ACL, aversion loaded
    applied = Signal(str)  # the ACL of this path was written
    statusMessage = Signal(str)  # a sentence for the status bar

    def __init__(self, session=None, selected=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aclEditor")
        self._session = session
        self._selected = selected
        self._path: str | None = None
        self._loaded: list[ACL] | None = None
        self._aversion: int | None = None
        self._modified = False
        self._busy = False
        self._writable = True
        self._updating = False
        self._note_sticky = False  # the message reports an outcome: a reload keeps it
        self._last_scheme = ""
        self._subtree_job = None
        self._progress: QProgressDialog | None = None

        self.view = AclView(self)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 4)

        self.add_button = QToolButton(self)
        self.add_button.setObjectName("aclAddButton")
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add an entry"))
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("aclRemoveButton")
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected entries"))
        self.preset_button = QToolButton(self)
        self.preset_button.setObjectName("aclPresetButton")
        self.preset_button.setText(self.tr("Prese&ts"))
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.preset_button)
        self.preset_actions: dict[str, QAction] = {}
        for name, text, tip in (
            ("open", self.tr("Open"), self.tr("world:anyone:cdrwa — everybody may do anything")),
            (
                "creator-all",
                self.tr("Creator All"),
                self.tr("auth::cdrwa — only your current credentials (needs credentials)"),
            ),
            ("read-only", self.tr("Read Only"), self.tr("world:anyone:r — everybody may read")),
        ):
            action = menu.addAction(text)
            action.setObjectName("aclPreset" + "".join(p.title() for p in name.split("-")))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False, n=name: self.apply_preset(n))
            self.preset_actions[name] = action
        menu.setToolTipsVisible(True)
        self.preset_button.setMenu(menu)
        for button in (self.add_button, self.remove_button, self.preset_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("aclSchemeCombo")
        self.scheme_combo.addItems(list(SCHEMES))
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("aclIdEdit")
        self.id_edit.setClearButtonEnabled(True)
        self.digest_button = QPushButton(self.tr("&Digest…"), self)
        self.digest_button.setObjectName("aclDigestButton")
        self.digest_button.setToolTip(self.tr("Compute a digest id from a user and a password"))
        self.perm_checks: dict[str, QCheckBox] = {}
        perms_row = QHBoxLayout()
        perms_row.setContentsMargins(0, 0, 0, 0)
        for name, _bit in PERMISSIONS:
            check = QCheckBox(self.view._names[name], self)
            check.setObjectName(f"aclPerm{name.title()}")
            self.perm_checks[name] = check
            perms_row.addWidget(check)
        perms_row.addStretch(1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("aclMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()

        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setObjectName("aclRevertButton")
        self.revert_button.setToolTip(self.tr("Drop the edits and show the ACL loaded"))
        self.subtree_button = QPushButton(self.tr("Apply to &Subtree…"), self)
        self.subtree_button.setObjectName("aclApplySubtreeButton")
        self.subtree_button.setToolTip(
            self.tr("Set this ACL on the node and on every node below it")
        )
        self.apply_button = QPushButton(self.tr("A&pply"), self)
        self.apply_button.setObjectName("aclApplyButton")
        self.apply_button.setToolTip(self.tr("Write this ACL to the node"))

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addWidget(self.preset_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view, 1)
        top.addLayout(side)

        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        scheme_label = QLabel(self.tr("S&cheme:"), self)
        scheme_label.setBuddy(self.scheme_combo)
        id_label = QLabel(self.tr("&Id:"), self)
        id_label.setBuddy(self.id_edit)
        form.addWidget(scheme_label, 0, 0)
        form.addWidget(self.scheme_combo, 0, 1)
        form.addWidget(id_label, 0, 2)
        form.addWidget(self.id_edit, 0, 3)
        form.addWidget(self.digest_button, 0, 4)
        form.addWidget(QLabel(self.tr("Rights:"), self), 1, 0)
        form.addLayout(perms_row, 1, 1, 1, 4)
        form.setColumnStretch(3, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.subtree_button)
        buttons.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.digest_button.clicked.connect(self.open_digest_dialog)
        self.view.itemSelectionChanged.connect(self._selection_changed)
        self.scheme_combo.currentTextChanged.connect(self._scheme_changed)
        self.id_edit.textEdited.connect(lambda _t: self._form_edited())
        for check in self.perm_checks.values():
            check.toggled.connect(lambda _c: self._form_edited())
        self.revert_button.clicked.connect(self.revert)
        self.apply_button.clicked.connect(self.apply)
        self.subtree_button.clicked.connect(self.apply_subtree)
        self._scheme_changed(self.scheme_combo.currentText())
        self._update_controls()

    # -- loading ------------------------------------------------------------------------

    @property
    def path(self) -> str | None:
        return self._path

    def is_modified(self) -> bool:
        """True when the shown entries were edited and not applied."""
        return self._modified

    def show_snapshot(self, snap, message: str = "") -> None:
        """Show a node's ACL (a NodeSnapshot), or message for no node (None).

        An edit not yet applied is kept when the same node is read again.
        """
        if snap is None:
            self._path = None
            self._loaded = None
            self._aversion = None
            self._set_modified(False)
            self.view.show_acl(None, message)
            self._show_message("")
            self._update_controls()
            return
        if self._modified and snap.path == self._path:
            return  # keep the user's edit (and the aversion it was made against)
        keep_note = snap.path == self._path and self._note_sticky
        self._path = snap.path
        self._loaded = list(snap.acl) if snap.acl is not None else None
        self._aversion = snap.stat.aversion if snap.stat is not None else None
        self._set_modified(False)
        if snap.acl is None:
            if not snap.readable:
                text = self.tr(
                    "Locked: you may not read {0} or its ACL with the current credentials. "
                    "Add credentials (Connection ▸ Add Credentials…) to see it."
                ).format(snap.path)
            else:
                text = snap.error or self.tr("The ACL could not be read.")
            self.view.show_acl(None, text)
        else:
            self.view.show_acl(snap.acl, self.tr("This node has no ACL entries."))
        hidden = [a for a in snap.acl or () if a.id.scheme == "digest" and a.id.id.endswith(":x")]
        if not snap.readable and snap.acl is not None:
            self._show_message(
                self.tr("Locked: you may not read this node's data; its ACL is shown."),
                "warning",
            )
        elif hidden:
            self._show_message(
                self.tr(
                    'The server hides the password hashes of digest entries ("user:x") '
                    "from clients without the admin right on the node."
                )
            )
        elif not keep_note:
            self._show_message("")
        self._update_controls()

    def show_acl(self, acls: list | None, message: str = "") -> None:
        """Show ACL entries that belong to no loaded node (nothing can be applied)."""
        self._path = None
        self._loaded = None
        self._set_modified(False)
        self.view.show_acl(acls, message)
        self._update_controls()

    def set_writable(self, writable: bool) -> None:
        """Allow or forbid edits and Apply (read-only connections, disconnected)."""
        self._writable = writable
        self._update_controls()

    # -- editing ------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        return self.view.entries()

    def add_entry(self) -> None:
        """Append an entry (world:anyone:read, or a digest one when world is there)."""
        have_world = any(s == "world" for s, _, _ in self.view.entries())
        entry: Entry = ("digest", "", Permissions.READ) if have_world else ("world", "anyone", 1)
        row = self.view.add_entry(entry)
        self._set_modified(True)
        self.view.setCurrentItem(self.view.topLevelItem(row))
        self._validate_rows()
        self.id_edit.setFocus()

    def remove_selected(self) -> None:
        rows = self.view.selected_rows()
        if not rows:
            return
        self.view.remove_rows(rows)
        self._set_modified(True)
        self._validate_rows()

    def apply_preset(self, name: str) -> None:
        """Replace the entries with a preset: "open", "creator-all" or "read-only"."""
        acls = PRESETS[name]
        self.view.set_entries([(a.id.scheme, a.id.id, a.perms) for a in acls])
        self._set_modified(True)
        self.view.setCurrentItem(self.view.topLevelItem(0))
        self._validate_rows()

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace the shown entries as an edit (scheme, id, perms)."""
        self.view.set_entries(list(entries))
        self._set_modified(True)
        self._validate_rows()

    def open_digest_dialog(self) -> DigestDialog:
        """Open the digest helper; its result goes into the selected entry's id."""
        ident = self.id_edit.text()
        dialog = DigestDialog(ident.partition(":")[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._digest_chosen(dialog.digest()))
        dialog.open()
        return dialog

    def _digest_chosen(self, ident: str) -> None:
        if not ident:
            return
        if not self.view.selected_rows():
            self.add_entry()
        self.scheme_combo.setCurrentText("digest")
        self.id_edit.setText(ident)
        self._form_edited()

    def _selection_changed(self) -> None:
        rows = self.view.selected_rows()
        self._updating = True
        try:
            if not rows:  # an empty form: nothing it shows belongs to another node
                self.id_edit.clear()
                for check in self.perm_checks.values():
                    check.setChecked(False)
            elif len(rows) == 1:
                scheme, ident, perms = self.view.entry(rows[0])
                self.scheme_combo.setCurrentText(scheme)
                self.id_edit.setText(ident)
                for name, bit in PERMISSIONS:
                    self.perm_checks[name].setChecked(bool(perms & bit))
                self._scheme_changed(scheme)
        finally:
            self._updating = False
        self._update_controls()

    def _scheme_changed(self, scheme: str) -> None:
        self.id_edit.setPlaceholderText(self.tr(_ID_HINTS.get(scheme, "")))
        fixed = {"world": "anyone", "auth": ""}
        if not self._updating:
            if scheme in fixed:
                self.id_edit.setText(fixed[scheme])
            elif self._last_scheme in fixed:
                self.id_edit.clear()  # "anyone" is no digest, ip, sasl or x509 id
        self._last_scheme = scheme
        self.id_edit.setReadOnly(scheme in fixed)
        self._form_edited()
        self._update_controls()

    def _form_entry(self) -> Entry:
        perms = 0
        for name, bit in PERMISSIONS:
            if self.perm_checks[name].isChecked():
                perms |= bit
        return (self.scheme_combo.currentText(), self.id_edit.text().strip(), perms)

    def _form_edited(self) -> None:
        if self._updating:
            return
        rows = self.view.selected_rows()
        if len(rows) != 1:
            return
        entry = self._form_entry()
        if entry == self.view.entry(rows[0]):
            return
        self.view.set_entry(rows[0], entry)
        self._set_modified(True)
        self._validate_rows()

    def _set_modified(self, modified: bool) -> None:
        self._modified = modified

    def revert(self) -> None:
        """Drop the edits: show the ACL loaded again."""
        self._set_modified(False)
        if self._loaded is not None:
            self.view.show_acl(self._loaded)
        self._show_message("")
        self._update_controls()

    # -- checking -----------------------------------------------------------------------

    def _validate_rows(self) -> str:
        """Mark invalid rows; return the first problem as a sentence ("" when all is fine)."""
        first = ""
        seen: set[tuple[str, str]] = set()
        for row, (scheme, ident, perms) in enumerate(self.view.entries()):
            error = ""
            try:
                check_entry(scheme, ident, perms)
            except ValueError as exc:
                error = str(exc)
            if not error and (scheme, ident) in seen and scheme != "auth":
                error = self.tr("{0}:{1} is listed twice; keep one entry for it.").format(
                    scheme, ident
                )
            seen.add((scheme, ident))
            self.view.set_entry(row, (scheme, ident, perms), error)
            if error and not first:
                first = self.tr("Entry {0}: {1}").format(row + 1, error)
        if not first and not self.view.entries():
            first = self.tr(
                "An ACL needs at least one entry; a node without any could never be changed again."
            )
        if first:
            self._show_message(first, "error")
        elif any(s == "auth" for s, _, _ in self.view.entries()) and not self._has_credentials():
            self._show_message(
                self.tr(
                    "An auth entry (Creator All) needs credentials on this connection "
                    "(Connection ▸ Add Credentials…); the server refuses it otherwise."
                ),
                "warning",
            )
        elif self._modified:
            self._show_message(self.tr("The ACL was edited; Apply writes it to the server."))
        self._update_controls()
        return first

    def acl(self) -> list[ACL]:
        """The entries as kazoo ACLs; raises ValueError with the first problem."""
        problem = self._validate_rows()
        if problem:
            raise ValueError(problem)
        return [ACL(perms, Id(scheme, ident)) for scheme, ident, perms in self.view.entries()]

    def _has_credentials(self) -> bool:
        params = self._session.params if self._session is not None else None
        return bool(params is not None and params.has_credentials)

    def identities(self) -> list[Id]:
        """Who this connection is to the server, as far as the client can tell."""
        params = self._session.params if self._session is not None else None
        if params is None or self._session is None:
            return [Id("world", "anyone")]
        address = self._session.local_address
        subject = certificate_subject(params.certfile) if params.use_ssl and params.certfile else ""
        return identities_from_auth(
            params.auth, sasl_user=params.sasl_user, x509_subject=subject, address=address
        )

    def _lost_text(self, acls: list[ACL]) -> str:
        lost = lost_rights(self._loaded, acls, self.identities())
        names = [self.view._names[n] for n in perms_to_names(lost)]
        if not names:
            return ""
        return self.tr(
            "With this ACL you lose the {0} right on {1}: you may not be able to {2} "
            "afterwards (as far as zkinspector can tell from your credentials)."
        ).format(
            self.tr(" and ").join(names),
            self._path,
            self.tr("read it or change its ACL back")
            if len(names) == 2
            else (
                self.tr("read it") if lost & Permissions.READ else self.tr("change its ACL back")
            ),
        )

    # -- applying -----------------------------------------------------------------------

    def apply(self) -> None:
        """Write the ACL to the node, with the aversion loaded; warns before a lock-out."""
        if not self.apply_button.isEnabled() or self._path is None:
            return
        try:
            acls = self.acl()
        except ValueError:
            return
        lost = self._lost_text(acls)
        if lost:
            self._confirm(
                "aclLossDialog",
                self.tr("Apply ACL"),
                lost,
                self.tr("Apply Anyway"),
                lambda: self._send(acls, self._aversion),
            )
        else:
            self._send(acls, self._aversion)

    def _confirm(self, name: str, title: str, text: str, yes: str, then) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        ok.setObjectName(f"{name}Ok")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then() if box.clickedButton() is ok else None)
        box.open()
        return box

    def _send(self, acls: list[ACL], aversion: int | None, path: str | None = None) -> None:
        path = path or self._path
        if path is None:
            return
        version = -1 if aversion is None else aversion
        if self._session is None:
            self.applyRequested.emit(path, acls, version)
            return
        self._busy = True
        self._update_controls()
        self._show_message(self.tr("Applying the ACL of {0}…").format(path))
        self._session.submit(
            lambda c: set_acl_once(c, path, acls, version),
            lambda stat: self._sent(path, stat),
            lambda exc: self._send_failed(path, acls, version, exc),
            write=True,
        )

    def _sent(self, path: str, stat) -> None:
        self._busy = False
        text = self.tr("ACL of {0} applied (ACL version {1}).").format(path, stat.aversion)
        if path == self._path:
            self._set_modified(False)
            self._aversion = stat.aversion
            self._show_message(text, "normal", sticky=True)
        self.statusMessage.emit(text)
        self.applied.emit(path)
        if self._selected is not None and self._selected.path == path:
            self._selected.reload()
        self._update_controls()

    def _send_failed(self, path: str, acls: list[ACL], version: int, exc: BaseException) -> None:
        self._busy = False
        self._update_controls()
        if isinstance(exc, BadVersionError | NoNodeError) and self._session is not None:
            self._session.submit(
                lambda c: c.exists(path),
                lambda stat: self._conflict(path, acls, version, stat),
                lambda e: self._failed(describe(e, path)),
            )
            return
        self._failed(describe(exc, path, action="change the ACL of"))

    def _failed(self, text: str) -> None:
        self._show_message(text, "error", sticky=True)
        self.statusMessage.emit(text)

    def _conflict(self, path: str, acls: list[ACL], version: int, stat) -> None:
        if stat is None:
            self._failed(
                self.tr("{0} was deleted on the server; nothing was written.").format(path)
            )
            return
        ask_conflict(
            self,
            path,
            version,
            stat.aversion,
            lambda choice: self._conflict_answered(path, acls, stat.aversion, choice),
            what="acl",
        )
        self._show_message(
            self.tr("The ACL of {0} changed on the server; nothing was written.").format(path),
            "warning",
        )

    def _conflict_answered(self, path: str, acls: list[ACL], aversion: int, choice: str) -> None:
        if choice == "overwrite":
            # Overwrite what the user was told about, nothing newer.
            self._send(acls, aversion, path)
        elif choice == "reload":
            self._set_modified(False)
            self._show_message("")
            if self._selected is not None:
                self._selected.reload()

    def apply_subtree(self) -> None:
        """Ask, then set the ACL on the node and every node below it (progress, cancel)."""
        if not self.subtree_button.isEnabled() or self._path is None:
            return
        try:
            acls = self.acl()
        except ValueError:
            return
        path = self._path
        text = self.tr(
            "Set this ACL on {0} and on every node below it? Their own ACLs are replaced:\n{1}"
        ).format(path, "\n".join(format_acl_text(a) for a in acls))
        lost = self._lost_text(acls)
        if lost:
            text += "\n\n" + lost
        self._confirm(
            "aclSubtreeConfirm",
            self.tr("Apply ACL to Subtree"),
            text,
            self.tr("Apply to Subtree"),
            lambda: self._send_subtree(path, acls),
        )

    def _send_subtree(self, path: str, acls: list[ACL]) -> None:
        if self._session is None:
            return
        progress = QProgressDialog(
            self.tr("Setting the ACL below {0}…").format(path), self.tr("Cancel"), 0, 0, self
        )
        progress.setObjectName("aclSubtreeProgress")
        progress.setWindowTitle(self.tr("Apply ACL to Subtree"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        self._busy = True
        self._update_controls()

        def run(client, job):
            return apply_acl_tree(
                client, path, acls, cancelled=lambda: job.stop_requested, progress=job.report
            )

        self._subtree_job = self._session.submit_long(
            run,
            lambda result: self._subtree_done(path, result),
            lambda exc: self._subtree_failed(path, exc),
            self._subtree_progress,
            write=True,
        )
        progress.canceled.connect(self._cancel_subtree)
        progress.open()

    def _cancel_subtree(self) -> None:
        if self._subtree_job is not None:
            self._subtree_job.stop()  # the walk stops after its batch and still reports
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Cancelling…"))

    def _subtree_progress(self, done: int, total: int | None) -> None:
        progress = self._progress
        if progress is None:
            return
        if total:
            progress.setMaximum(total)
            progress.setValue(min(done, total))
        progress.setLabelText(self.tr("ACL set on {0} nodes…").format(done))

    def _close_progress(self) -> None:
        self._subtree_job = None
        self._busy = False
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel_subtree)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._update_controls()

    def _subtree_done(self, path: str, result: AclTreeResult) -> None:
        self._close_progress()
        lines = [self.tr("ACL set on {0} nodes under {1}.").format(result.applied, path)]
        if result.cancelled:
            lines.append(self.tr("Cancelled before the end."))
        if result.errors:
            lines.append(
                self.tr("{0} nodes could not be changed, e.g. {1}").format(
                    len(result.errors),
                    describe(result.errors[0][1], result.errors[0][0], action="change the ACL of"),
                )
            )
        if result.unlisted:
            lines.append(
                self.tr("Not reached (their children cannot be listed): {0}").format(
                    ", ".join(result.unlisted[:5])
                )
            )
        if result.skipped:
            lines.append(self.tr("/zookeeper, the server's own subtree, was left alone."))
        text = " ".join(lines)
        ok = not (result.cancelled or result.errors or result.unlisted)
        if path == self._path:
            self._set_modified(False)
        self._show_message(text, "normal" if ok else "warning", sticky=True)
        self.statusMessage.emit(text)
        self.applied.emit(path)
        if self._selected is not None and self._selected.path == path:
            self._selected.reload()

    def _subtree_failed(self, path: str, exc: BaseException) -> None:
        self._close_progress()
        self._failed(describe(exc, path))

    # -- state --------------------------------------------------------------------------

    def _show_message(self, text: str, kind: str = "normal", *, sticky: bool = False) -> None:
        self._note_sticky = sticky and bool(text)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        style_message_label(self.message_label, kind)

    def _update_controls(self) -> None:
        can_edit = self._writable and self._path is not None and self._loaded is not None
        can_edit = can_edit and not self._busy
        rows = self.view.selected_rows()
        one = len(rows) == 1
        self.add_button.setEnabled(can_edit)
        self.remove_button.setEnabled(can_edit and bool(rows))
        self.preset_button.setEnabled(can_edit)
        scheme = self.scheme_combo.currentText()
        self.scheme_combo.setEnabled(can_edit and one)
        self.id_edit.setEnabled(can_edit and one)
        self.digest_button.setEnabled(can_edit and one and scheme == "digest")
        for check in self.perm_checks.values():
            check.setEnabled(can_edit and one)
        # Enabled also for invalid entries: Apply then refuses, saying why.
        self.apply_button.setEnabled(can_edit and self._modified)
        self.subtree_button.setEnabled(can_edit and bool(self.view.entries()))
        self.revert_button.setEnabled(can_edit and self._modified)
