"""The ACL tab: a node's ACL entries, an editor for them, and the Apply buttons.

``AclEditor`` puts the entry list (``AclView``) together with add/remove buttons,
presets, a form for the selected entry (scheme, id, permission check boxes, the digest
helper) and Apply / Apply to Subtree. It checks the entries and warns before a lock-out;
the writes go through an ``AclWriter`` (models/acl_writes.py), whose answers it shows:
the conflict dialog, the progress of a subtree, the outcome.
"""

from __future__ import annotations

from kazoo.security import ACL, Id, Permissions
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models.acl_writes import AclWriter, SubtreeReport
from ..models.selected import SelectedNode
from ..zk.acl import (
    PERMISSIONS,
    PRESETS,
    SCHEMES,
    check_entry,
    format_acl_text,
    lost_rights,
    perms_to_names,
)
from ..zk.session import ZkSession
from .acl_view import AclView, Entry
from .assets import style_message_label
from .conflict_dialog import ask_conflict
from .digest_dialog import DigestDialog
from .widgets import hbox, vbox

__all__ = ["AclEditor", "make_acl_editor"]


def make_acl_editor(
    session: ZkSession, selected: SelectedNode, parent: QWidget | None = None
) -> AclEditor:
    """An ACL editor writing through ``session`` and reloading ``selected`` after a write."""
    return AclEditor(AclWriter(session, selected), parent)


class AclEditor(QWidget):
    """The ACL tab: the entries of the selected node's ACL, editable, and Apply buttons.

    Apply emits ``applyRequested`` and Apply to Subtree ``subtreeRequested`` once the
    entries are valid and the user confirmed; with a ``writer`` (which the editor then
    owns) these go to it and its answers are shown. Without one (the widget alone)
    nothing else happens.
    """

    applyRequested = Signal(str, list, int)  # path, ACL, aversion loaded (-1: any)
    subtreeRequested = Signal(str, list)  # path, ACL
    statusMessage = Signal(str)  # a sentence for the status bar

    def __init__(self, writer: AclWriter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aclEditor")
        self._writer = writer
        self._path: str | None = None
        self._loaded: list[ACL] | None = None
        self._aversion: int | None = None
        self._modified = False
        self._writable = True
        self._updating = False
        self._note_sticky = False  # the message reports an outcome: a reload keeps it
        self._last_scheme = ""
        self._progress: QProgressDialog | None = None
        self._id_hints = {
            "world": "anyone",
            "auth": self.tr("(your own credentials)"),
            "digest": self.tr("user:base64-sha1 — use Digest…"),
            "ip": self.tr("10.0.0.0/8 or 2001:db8::1"),
            "sasl": self.tr("user name or Kerberos principal"),
            "x509": "CN=client,O=Example",
        }

        self.view = AclView(self)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 4)
        self._make_side_buttons()
        self._make_form()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("aclMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        self.revert_button = self._button(
            self.tr("Re&vert"), "aclRevertButton", self.tr("Drop the edits and show the ACL loaded")
        )
        self.subtree_button = self._button(
            self.tr("Apply to &Subtree…"),
            "aclApplySubtreeButton",
            self.tr("Set this ACL on the node and on every node below it"),
        )
        self.apply_button = self._button(
            self.tr("A&pply"), "aclApplyButton", self.tr("Write this ACL to the node")
        )

        top = hbox(self.view, vbox(self.add_button, self.remove_button, self.preset_button, 1))
        top.setStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top, 1)
        layout.addLayout(self._form)
        layout.addWidget(self.message_label)
        layout.addLayout(hbox(self.revert_button, 1, self.subtree_button, self.apply_button))

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
        if writer is not None:
            self._attach(writer)
        self._scheme_changed(self.scheme_combo.currentText())
        self._update_controls()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _make_side_buttons(self) -> None:
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

    def _make_form(self) -> None:
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("aclSchemeCombo")
        self.scheme_combo.addItems(list(SCHEMES))
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("aclIdEdit")
        self.id_edit.setClearButtonEnabled(True)
        self.digest_button = self._button(
            self.tr("&Digest…"),
            "aclDigestButton",
            self.tr("Compute a digest id from a user and a password"),
        )
        self.perm_checks: dict[str, QCheckBox] = {}
        for name, _bit in PERMISSIONS:
            check = QCheckBox(self.view.perm_name(name), self)
            check.setObjectName(f"aclPerm{name.title()}")
            self.perm_checks[name] = check
        scheme_label = QLabel(self.tr("S&cheme:"), self)
        scheme_label.setBuddy(self.scheme_combo)
        id_label = QLabel(self.tr("&Id:"), self)
        id_label.setBuddy(self.id_edit)
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(scheme_label, 0, 0)
        form.addWidget(self.scheme_combo, 0, 1)
        form.addWidget(id_label, 0, 2)
        form.addWidget(self.id_edit, 0, 3)
        form.addWidget(self.digest_button, 0, 4)
        form.addWidget(QLabel(self.tr("Rights:"), self), 1, 0)
        form.addLayout(hbox(*self.perm_checks.values(), 1), 1, 1, 1, 4)
        form.setColumnStretch(3, 1)
        self._form = form

    def _attach(self, writer: AclWriter) -> None:
        if writer.parent() is None:
            writer.setParent(self)
        self.applyRequested.connect(writer.apply)
        self.subtreeRequested.connect(writer.apply_subtree)
        writer.applied.connect(self._applied)
        writer.failed.connect(self._failed)
        writer.conflict.connect(self._conflict)
        writer.subtreeProgress.connect(self._subtree_progress)
        writer.subtreeDone.connect(self._subtree_done)
        writer.busyChanged.connect(lambda _busy: self._update_controls())

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
        self.id_edit.setPlaceholderText(self._id_hints.get(scheme, ""))
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
        return self._writer is not None and self._writer.has_credentials()

    def identities(self) -> list[Id]:
        """Who this connection is to the server, as far as the client can tell."""
        if self._writer is None:
            return [Id("world", "anyone")]
        return self._writer.identities()

    def _lost_text(self, acls: list[ACL]) -> str:
        lost = lost_rights(self._loaded, acls, self.identities())
        names = [self.view.perm_name(n) for n in perms_to_names(lost)]
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
        path = self._path
        version = -1 if self._aversion is None else self._aversion
        lost = self._lost_text(acls)
        if lost:
            self._confirm(
                "aclLossDialog",
                self.tr("Apply ACL"),
                lost,
                self.tr("Apply Anyway"),
                lambda: self._send(path, acls, version),
            )
        else:
            self._send(path, acls, version)

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

    def _send(self, path: str, acls: list[ACL], version: int) -> None:
        if self._writer is not None:
            self._show_message(self.tr("Applying the ACL of {0}…").format(path))
        self.applyRequested.emit(path, acls, version)

    def _applied(self, path: str, stat) -> None:
        text = self.tr("ACL of {0} applied (ACL version {1}).").format(path, stat.aversion)
        if path == self._path:
            self._set_modified(False)
            self._aversion = stat.aversion
            self._show_message(text, "normal", sticky=True)
        self.statusMessage.emit(text)
        self._update_controls()

    def _failed(self, _path: str, text: str) -> None:
        self._close_progress()
        self._show_message(text, "error", sticky=True)
        self.statusMessage.emit(text)

    def _conflict(self, path: str, acls: list[ACL], version: int, stat) -> None:
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
            self._send(path, acls, aversion)  # overwrite what the user was told about only
        elif choice == "reload" and self._writer is not None and path == self._path:
            self._set_modified(False)
            self._show_message("")
            self._writer.reload(path)

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
        if self._writer is not None:
            progress = QProgressDialog(
                self.tr("Setting the ACL below {0}…").format(path), self.tr("Cancel"), 0, 0, self
            )
            progress.setObjectName("aclSubtreeProgress")
            progress.setWindowTitle(self.tr("Apply ACL to Subtree"))
            progress.setMinimumDuration(0)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.canceled.connect(self._stop_subtree)
            self._progress = progress
            progress.open()
        self.subtreeRequested.emit(path, acls)

    def _stop_subtree(self) -> None:
        if self._writer is not None:
            self._writer.stop_subtree()  # it stops after the requests in flight, and reports
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Cancelling…"))

    def _subtree_progress(self, done: int, total: int | None) -> None:
        progress = self._progress
        if progress is None:
            return
        if total:
            progress.setMaximum(total)
            progress.setValue(min(done, total))
        progress.setLabelText(self.tr("ACL set on %Ln node(s)…", "", done))

    def _close_progress(self) -> None:
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.canceled.disconnect(self._stop_subtree)
            progress.close()
            progress.deleteLater()

    def _subtree_done(self, report: SubtreeReport) -> None:
        self._close_progress()
        if report.path == self._path:
            self._set_modified(False)
        text = report.text()
        self._show_message(text, "normal" if report.complete else "warning", sticky=True)
        self.statusMessage.emit(text)
        self._update_controls()

    # -- state --------------------------------------------------------------------------

    def _show_message(self, text: str, kind: str = "normal", *, sticky: bool = False) -> None:
        self._note_sticky = sticky and bool(text)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        style_message_label(self.message_label, kind)

    def _update_controls(self) -> None:
        busy = self._writer is not None and self._writer.busy
        can_edit = self._writable and self._path is not None and self._loaded is not None
        can_edit = can_edit and not busy
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
