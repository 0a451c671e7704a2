"""The "Connect" dialog: a profile to start from, how to connect, and saving it as a profile.

Picking a profile (``profileCombo``) fills the fields from it and its secrets from the
system keyring; typing a connect string a profile has picks that profile. Ticking
"Save as profile" (``saveProfileCheck``, name in ``profileNameEdit``) keeps the settings
as a named profile on Connect, its passwords in the keyring when "Remember passwords"
(``rememberPasswordCheck``) is ticked and there is a keyring; never in the settings file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..models.profile_secrets import SecretKeeper
from ..models.profiles import Profile, ProfileSecrets, ProfileStore
from ..settings import Settings
from ..zk.connstr import ConnectParams, build_params
from .assets import icon, style_message_label
from .connection_form import DEFAULT_SERVER, ConnectionForm
from .profile_marks import swatch_icon
from .widgets import hbox

__all__ = ["ConnectDialog"]


class ConnectDialog(QDialog):
    """Asks where and how to connect; ``params()`` gives the checked ConnectParams and
    ``profile()`` the profile the connection goes through (None for none).

    Recent servers come from ``settings`` (most recent first); accepting the dialog
    remembers the server there.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        server: str = "",
        timeout: float = 10.0,
        read_only: bool = False,
        profile: Profile | None = None,
        keeper: SecretKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        # The keyring answers on a worker: a profile's secrets fill the form when they come.
        self._keeper = keeper if keeper is not None else SecretKeeper(self)
        self._keeper.availabilityKnown.connect(self._show_keyring)
        self._keeper.loaded.connect(self._secrets_loaded)
        self.setWindowTitle(self.tr("Connect to ZooKeeper"))
        self.setWindowIcon(icon("connect"))
        self._settings = settings
        self._store = ProfileStore(settings) if settings is not None else None
        self._profile: Profile | None = None  # the one picked (or saved)
        self._filling = False

        recent = settings.recent_servers() if settings is not None else []
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setToolTip(self.tr("Start from a saved profile"))
        self.form = ConnectionForm(recent, self)
        self.form.timeout_spin.setValue(timeout)
        self.form.read_only_check.setChecked(read_only)
        self.form.set_server(server or (recent[0] if recent else DEFAULT_SERVER))

        self.save_check = QCheckBox(self.tr("Save as &profile:"), self)
        self.save_check.setObjectName("saveProfileCheck")
        self.save_check.setToolTip(
            self.tr("Keep these settings under a name (Connection > Profiles to edit them)")
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Kafka production"))
        self.remember_check = QCheckBox(self.tr("Remember its &passwords in the system keyring"))
        self.remember_check.setObjectName("rememberPasswordCheck")
        self._keyring = self._keeper.available is not False  # (unknown yet: assume one)
        self.remember_check.setChecked(self._keyring)
        self._show_keyring(self._keyring)
        self._waiting_for: int | None = None  # the ticket of the secrets on their way

        self._error_label = QLabel(self)
        self._error_label.setObjectName("connectErrorLabel")
        self._error_label.setWordWrap(True)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        style_message_label(self._error_label, "error")

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.setObjectName("connectButtonBox")
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        ok.setObjectName("connectOkButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        profile_label = QLabel(self.tr("Pro&file:"), self)
        profile_label.setBuddy(self.profile_combo)
        top.addRow(profile_label, self.profile_combo)
        layout = QVBoxLayout(self)
        # Grow the window when a message appears rather than squeezing it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addLayout(hbox(self.save_check, self.name_edit))
        layout.addWidget(self.remember_check)
        layout.addWidget(self._error_label)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

        self._fill_profiles()
        self.form.changed.connect(self._validate)
        self.form.server_combo.activated.connect(lambda _i: self.load_profile(self.server_text()))
        self.profile_combo.activated.connect(self._profile_picked)
        self.save_check.toggled.connect(self._validate)
        self.name_edit.textChanged.connect(self._validate)
        if profile is not None:
            self.pick_profile(profile)
        elif not server:
            self.load_profile(self.server_text())
        self._validate()
        self.form.server_combo.setFocus()
        self.form.server_combo.lineEdit().selectAll()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    # ----------------------------------------------------------------- public API

    def server_text(self) -> str:
        """The connect string as typed."""
        return self.form.server_text()

    def is_valid(self) -> bool:
        """True if the input can be used (the Connect button is enabled)."""
        return not self.error_text()

    def error_text(self) -> str:
        """Why the input is refused ("" when it is valid)."""
        return self._error_label.text()

    def params(self) -> ConnectParams:
        """The checked parameters. Raises ValueError with the reason if the input is invalid."""
        return self.form.params()

    def profile(self) -> Profile | None:
        """The profile this connection goes through: the one picked, as long as the
        connect string is still its own, or the one saved on Connect."""
        profile = self._profile
        if profile is None:
            return None
        try:
            same = build_params(self.server_text()).hosts == profile.connect_string
        except ValueError:
            same = False
        return profile if same else None

    def accept(self) -> None:
        """Close with Accepted if the input is valid, remembering the server (and saving
        the profile when asked)."""
        self._validate()
        if self.error_text():
            return
        if self._settings is not None:
            self._settings.remember_server(self.params().hosts)
            if self.save_check.isChecked() and not self._save_profile():
                return
        super().accept()

    def pick_profile(self, profile: Profile) -> None:
        """Fill the fields from a profile; its secrets follow when the keyring answers."""
        self._profile = profile
        # (OK waits for them: a connect needs them)
        self._waiting_for = self._keeper.load(profile)
        self._filling = True
        try:
            self.form.show_profile(profile)
            index = self.profile_combo.findData(profile.id)
            self.profile_combo.setCurrentIndex(max(0, index))
            self.name_edit.setText(profile.name)
            self.save_check.setChecked(False)
        finally:
            self._filling = False
        self._validate()

    def load_profile(self, server: str) -> bool:
        """Pick the profile whose connect string is ``server``; False if there is none."""
        if self._store is None:
            return False
        profile = self._store.for_connect_string(server)
        if profile is None:
            return False
        self.pick_profile(profile)
        return True

    # ----------------------------------------------------------------- internals

    def _fill_profiles(self) -> None:
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(none)"), "")
        if self._store is None:
            self.profile_combo.setEnabled(False)
            return
        for profile in self._store.profiles():
            self.profile_combo.addItem(swatch_icon(profile.colour), profile.name, profile.id)

    def _profile_picked(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        profile = self._store.get(profile_id) if self._store and profile_id else None
        if profile is None:
            self._profile = None
            self._waiting_for = None
            self.name_edit.clear()
            self._validate()
        else:
            self.pick_profile(profile)

    def _save_profile(self) -> bool:
        """Save the fields as the named profile (updating the one of that name)."""
        assert self._store is not None
        name = self.name_edit.text().strip()
        existing = self._store.find(name)  # saved again under its name: updated
        values = {**self.form.profile_values(), "name": name}
        if existing is not None:
            profile = Profile(**values, colour=existing.colour, id=existing.id)
        else:
            profile = Profile(**values)
        remember = self._keyring and self.remember_check.isChecked()
        try:
            self._keeper.save(
                self._store, profile, self.form.secrets() if remember else ProfileSecrets()
            )
        except ValueError as exc:
            self._show_error(str(exc))
            return False
        self._profile = profile
        return True

    def _show_keyring(self, available: bool) -> None:
        self._keyring = available
        if not available:
            self.remember_check.setChecked(False)
        self.remember_check.setEnabled(available and self.save_check.isChecked())
        self.remember_check.setToolTip(
            self.tr(
                "Passwords and credentials go to the system keyring, never to the settings file"
            )
            if available
            else self.tr(
                "No system keyring was found: passwords are not saved and are asked "
                "for again next time"
            )
        )

    def _secrets_loaded(self, ticket: int, keys: ProfileSecrets) -> None:
        """The keyring answered: fill the secrets of the profile still picked."""
        if self._waiting_for != ticket:
            return
        self._waiting_for = None
        if self._profile is not None:
            self._filling = True
            try:
                self.form.set_secrets(keys)
            finally:
                self._filling = False
        self._validate()

    def _validate(self) -> None:
        if self._filling:
            return
        error = self.form.error_text()
        saving = self.save_check.isChecked()
        self.name_edit.setEnabled(saving)
        self.remember_check.setEnabled(saving and self._keyring)
        if not error and saving and not self.name_edit.text().strip():
            error = self.tr("Give the profile a name.")
        if not error and self._store is None and saving:
            error = self.tr("Profiles cannot be saved here.")
        self._show_error(error)

    def _show_error(self, error: str) -> None:
        self._error_label.setText(error)
        self._error_label.setVisible(bool(error))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not error and self._waiting_for is None
        )
