"""Connection > Profiles: add, edit, duplicate, delete, import and export named profiles.

The list (``profileList``) on the left, the selected profile's fields on the right: its
name, colour and every connection field (``ConnectionForm``, the chroot in a field of its
own). Edits are saved with Save, or when another profile is picked, or on Close. Secrets
go to the system keyring only. Export writes the list without secrets (JSON); import
merges a file into the list and asks what to do when a name is taken.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from ..models.profile_secrets import SecretKeeper
from ..models.profiles import Profile, ProfileStore
from ..settings import Settings
from .assets import style_message_label
from .connection_form import ConnectionForm
from .profile_marks import PRESET_COLOURS, swatch_icon
from .widgets import hbox, show_message, vbox

__all__ = ["ProfilesDialog"]

_ID = Qt.ItemDataRole.UserRole
_OTHER = "other"  # the colour combo's "Other…" entry


class ProfilesDialog(QDialog):
    """The profile manager. ``connectRequested(profile)`` asks the window for a tab."""

    connectRequested = Signal(object)  # Profile

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, keeper: SecretKeeper | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Connection Profiles"))
        self.store = ProfileStore(settings)
        # The keyring answers on a worker: secrets fill the form when they arrive.
        self.keeper = keeper if keeper is not None else SecretKeeper(self)
        self._current: Profile | None = None
        self._waiting_for: int | None = None  # the ticket of the shown profile's secrets
        self._dirty = False
        self._filling = False
        self._keyring = self.keeper.available is not False  # (unknown yet: assume one)

        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setMinimumWidth(180)
        self.addButton = self._button("addProfileButton", self.tr("&Add"))
        self.duplicateButton = self._button("duplicateProfileButton", self.tr("D&uplicate"))
        self.deleteButton = self._button("deleteProfileButton", self.tr("&Delete…"))
        self.importButton = self._button("importProfilesButton", self.tr("&Import…"))
        self.exportButton = self._button("exportProfilesButton", self.tr("E&xport…"))
        self.importButton.setToolTip(self.tr("Add the profiles of a file to this list"))
        self.exportButton.setToolTip(self.tr("Write the profiles to a file, without passwords"))

        self.nameEdit = QLineEdit()
        self.nameEdit.setObjectName("profileNameEdit")
        self.colourCombo = QComboBox()
        self.colourCombo.setObjectName("profileColourCombo")
        self.colourCombo.setToolTip(
            self.tr("Marks the profile's tabs and the status bar, e.g. red for production")
        )
        self.colourCombo.addItem(self.tr("None"), "")
        preset_names = {
            "Red": self.tr("Red"),
            "Orange": self.tr("Orange"),
            "Yellow": self.tr("Yellow"),
            "Green": self.tr("Green"),
            "Blue": self.tr("Blue"),
            "Purple": self.tr("Purple"),
            "Grey": self.tr("Grey"),
        }
        for colour, name in PRESET_COLOURS:
            self.colourCombo.addItem(swatch_icon(colour), preset_names[name], colour)
        self.colourCombo.addItem(self.tr("Other…"), _OTHER)
        self.form = ConnectionForm(settings.recent_servers(), self, separate_chroot=True)
        self.keyringNote = QLabel(
            self.tr(
                "No system keyring was found: a profile's passwords are not saved; they are "
                "asked for when connecting."
            )
        )
        self.keyringNote.setObjectName("keyringNote")
        self.keyringNote.setWordWrap(True)
        style_message_label(self.keyringNote, "warning")
        self._show_keyring(self._keyring)
        self.keeper.availabilityKnown.connect(self._show_keyring)
        self.keeper.loaded.connect(self._secrets_loaded)
        self.keeper.saved.connect(self._secrets_saved)
        self.errorLabel = QLabel()
        self.errorLabel.setObjectName("profileErrorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("profilesStatusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveButton = self._button("saveProfileButton", self.tr("&Save"))
        self.revertButton = self._button("revertProfileButton", self.tr("&Revert"))

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.nameEdit)
        colour_label = QLabel(self.tr("C&olour:"))
        colour_label.setBuddy(self.colourCombo)
        fields.addRow(name_label, self.nameEdit)
        fields.addRow(colour_label, self.colourCombo)
        self.editor = QWidget()
        self.editor.setLayout(
            vbox(
                fields,
                self.form,
                self.keyringNote,
                self.errorLabel,
                1,
                hbox(1, self.revertButton, self.saveButton),
            )
        )
        left = QWidget()
        left.setLayout(
            vbox(
                self.list,
                hbox(self.addButton, self.duplicateButton, self.deleteButton),
                hbox(self.importButton, self.exportButton),
            )
        )
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connectButton = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connectButton.setObjectName("connectProfileButton")
        self.connectButton.setToolTip(self.tr("Open the selected profile in a new tab"))
        buttons.rejected.connect(self.close_dialog)
        buttons.accepted.connect(self.connect_selected)
        layout = vbox(splitter, self.statusLabel, buttons)
        layout.setStretch(0, 1)  # the list and the fields take the height
        layout.setContentsMargins(8, 8, 8, 8)
        self.setLayout(layout)

        self.list.currentItemChanged.connect(self._selection_changed)
        self.addButton.clicked.connect(self.add_profile)
        self.duplicateButton.clicked.connect(self.duplicate_profile)
        self.deleteButton.clicked.connect(self.ask_delete)
        self.importButton.clicked.connect(self._choose_import_file)
        self.exportButton.clicked.connect(self._choose_export_file)
        self.saveButton.clicked.connect(self.save_current)
        self.revertButton.clicked.connect(lambda: self._show(self._current))
        self.nameEdit.textChanged.connect(self._edited)
        self.colourCombo.activated.connect(self._colour_activated)
        self.form.changed.connect(self._edited)
        self._fill_list()
        self.resize(860, 620)

    # -- what tests and the window use ----------------------------------------------------

    def current_profile(self) -> Profile | None:
        """The profile selected (as saved)."""
        return self._current

    def select(self, name: str) -> None:
        """Select the profile of that name."""
        for row in range(self.list.count()):
            if self.list.item(row).text() == name:
                self.list.setCurrentRow(row)
                return

    def edited_profile(self) -> Profile:
        """The profile as the fields say now. Raises ValueError if they cannot be used."""
        if self._current is None:
            raise ValueError(self.tr("No profile is selected."))
        error = self.form.error_text()
        if error:
            raise ValueError(error)
        colour = self.colourCombo.currentData()
        profile = Profile(
            name=self.nameEdit.text().strip(),
            colour=colour if colour != _OTHER else "",
            id=self._current.id,
            **self.form.profile_values(),
        )
        profile.check()
        return profile

    def save_current(self) -> bool:
        """Save the edits of the selected profile; False (and the reason shown) if not."""
        if self._current is None or not self._dirty:
            return True
        try:
            profile = self.edited_profile()
            keys = self.form.secrets() if self._keyring else None
            self.keeper.save(self.store, profile, keys)
        except ValueError as exc:
            self._error(str(exc))
            return False
        self._current = profile
        self._dirty = False
        self._status(self.tr("Saved %s.") % profile.name)
        self._fill_list(select_id=profile.id)
        return True

    def _secrets_saved(self, _profile_id: str, kept: bool) -> None:
        if not kept:
            self._status(self.tr("Saved; the passwords could not be stored in the keyring."))

    def _show_keyring(self, available: bool) -> None:
        self._keyring = available
        self.keyringNote.setVisible(not available)
        if not available:
            self.form.set_secrets_enabled(False, self.keyringNote.text())

    def add_profile(self) -> None:
        """Add "New profile" (read-only, localhost) and select it for editing."""
        if not self.save_current():
            return
        profile = Profile(name=self.store.unique_name(self.tr("New profile")))
        self.store.put(profile)
        self._fill_list(select_id=profile.id)
        self.nameEdit.setFocus()
        self.nameEdit.selectAll()

    def duplicate_profile(self) -> None:
        if self._current is None or not self.save_current():
            return
        try:
            copy = self.keeper.duplicate(self.store, self._current.id)
        except ValueError as exc:
            self._error(str(exc))
            return
        self._fill_list(select_id=copy.id)
        self._status(self.tr("Duplicated as %s.") % copy.name)

    def ask_delete(self) -> None:
        """Ask, then delete the selected profile and its stored passwords."""
        profile = self._current
        if profile is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete profile"),
            self.tr("Delete the profile %s?") % profile.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteProfileBox")
        box.setInformativeText(self.tr("Its passwords are removed from the keyring too."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(
            lambda: self.delete_profile(profile.id)
        )
        box.open()

    def delete_profile(self, profile_id: str) -> None:
        row = self.list.currentRow()
        self._dirty = False
        self.keeper.delete(self.store, profile_id)
        self._fill_list()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def export_to(self, path: str) -> None:
        """Write every profile to ``path`` (JSON, no secrets)."""
        if not self.save_current():
            return
        try:
            Path(path).write_text(self.store.export_text(), encoding="utf-8")
        except OSError as exc:
            show_message(
                self, self.tr("Export"), self.tr("Could not write %s: %s") % (path, exc.strerror)
            )
            return
        count = len(self.store.profiles())
        self._status(self.tr("%n profile(s) written to {0}.", "", count).format(path))

    def import_from(self, path: str) -> None:
        """Merge the profiles of ``path``; asks first when one of their names is taken."""
        if not self.save_current():
            return
        try:
            incoming = self.store.parse_import(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else str(exc)
            show_message(self, self.tr("Import"), self.tr("Could not import %s: %s") % (path, why))
            return
        clashes = self.store.clashes(incoming)
        if not clashes:
            self._merge(incoming, "keep")
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import"),
            self.tr("%n profile(s) in the file have the name of one here:", "", len(clashes))
            + "\n"
            + ", ".join(clashes),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("importClashBox")
        box.setInformativeText(
            self.tr(
                "Replace them with the file's, keep both (the imported ones get a new name), "
                "or skip the file's?"
            )
        )
        for rule, text, name in (
            ("replace", self.tr("&Replace"), "replaceButton"),
            ("keep", self.tr("&Keep Both"), "keepBothButton"),
            ("skip", self.tr("&Skip"), "skipButton"),
        ):
            button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, r=rule: self._merge(incoming, r))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def connect_selected(self) -> None:
        """Save, then ask the window to open the selected profile, and close."""
        if self._current is None or not self.save_current():
            return
        self.connectRequested.emit(self._current)
        self.accept()

    def close_dialog(self) -> None:
        """Close, saving the edits (stays open, saying why, when they cannot be saved)."""
        if self.save_current():
            self.reject()

    # -- internals ------------------------------------------------------------------------

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _fill_list(self, select_id: str | None = None) -> None:
        keep = select_id or (self._current.id if self._current else None)
        self._filling = True
        try:
            self.list.clear()
            for profile in self.store.profiles():
                item = QListWidgetItem(swatch_icon(profile.colour), profile.name)
                item.setData(_ID, profile.id)
                self.list.addItem(item)
        finally:
            self._filling = False
        rows = [self.list.item(r).data(_ID) for r in range(self.list.count())]
        if keep in rows:
            self.list.setCurrentRow(rows.index(keep))
        elif rows:
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _selection_changed(self, current: QListWidgetItem | None, previous) -> None:
        if self._filling:
            return
        if self._dirty and not self.save_current():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        profile = self.store.get(current.data(_ID)) if current is not None else None
        self._show(profile)

    def _show(self, profile: Profile | None) -> None:
        self._current = profile
        self._filling = True
        try:
            self.editor.setEnabled(profile is not None)
            for button in (self.duplicateButton, self.deleteButton, self.connectButton):
                button.setEnabled(profile is not None)
            if profile is not None:
                self.nameEdit.setText(profile.name)
                self._set_colour(profile.colour)
                self.form.show_profile(profile)  # (its secrets when the keyring answers)
        finally:
            self._filling = False
        self._dirty = False
        self._update_buttons()
        self._waiting_for = self.keeper.load(profile) if profile is not None else None

    def _secrets_loaded(self, ticket: int, keys) -> None:
        """The keyring answered: fill the secrets, unless the user moved on or typed."""
        current = self._current
        if ticket != self._waiting_for or current is None or self._dirty:
            return
        self._filling = True
        try:
            self.form.show_profile(current, keys)
        finally:
            self._filling = False

    def _set_colour(self, colour: str) -> None:
        index = self.colourCombo.findData(colour)
        if index < 0:
            index = self.colourCombo.count() - 1
            self.colourCombo.insertItem(index, swatch_icon(colour), colour, colour)
        self.colourCombo.setCurrentIndex(index)

    def _colour_activated(self, index: int) -> None:
        if self.colourCombo.itemData(index) != _OTHER:
            self._edited()
            return
        start = QColor(
            self._current.colour if self._current and self._current.colour else "#1976d2"
        )
        dialog = QColorDialog(start, self)
        dialog.setObjectName("profileColourDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(lambda c: (self._set_colour(c.name()), self._edited()))
        dialog.rejected.connect(
            lambda: self._set_colour(self._current.colour if self._current else "")
        )
        dialog.open()

    def _edited(self) -> None:
        if self._filling or self._current is None:
            return
        self._dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        error = ""
        if self._current is not None and self._dirty:
            try:
                self.edited_profile()
            except ValueError as exc:
                error = str(exc)
        self._error(error)
        self.saveButton.setEnabled(self._dirty and not error)
        self.revertButton.setEnabled(self._dirty)

    def _error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.setVisible(bool(text))
        style_message_label(self.errorLabel, "error")

    def _status(self, text: str) -> None:
        self.statusLabel.setText(text)

    def _merge(self, incoming: list[Profile], rule: str) -> None:
        result = self.keeper.merge(self.store, incoming, rule)
        self._fill_list()
        parts = []
        if result.added:
            parts.append(self.tr("%n added", "", len(result.added)))
        if result.replaced:
            parts.append(self.tr("%n replaced", "", len(result.replaced)))
        if result.renamed:
            parts.append(
                self.tr("%n renamed", "", len(result.renamed))
                + " ("
                + ", ".join(f"{old} → {new}" for old, new in result.renamed)
                + ")"
            )
        if result.skipped:
            parts.append(self.tr("%n skipped", "", len(result.skipped)))
        self._status(self.tr("Imported: %s.") % ", ".join(parts))

    def _choose_export_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export Profiles"), "zkinspector-profiles.json")
        dialog.setObjectName("exportProfilesFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Profile lists (*.json)"), self.tr("All (*)")])
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def _choose_import_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import Profiles"))
        dialog.setObjectName("importProfilesFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Profile lists (*.json)"), self.tr("All (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_from)
        dialog.open()
