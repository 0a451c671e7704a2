"""Named profiles in the real window: the manager, the Open Profile menu, coloured tabs,
the Connect dialog's picker, export and import; secrets only in the keyring."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
)

from tests.helpers import WAIT, wait_visible
from tests.keyring_fixtures import MemoryKeyring
from tests.profile_helpers import forget_profiles
from zkinspector.models.profiles import Profile, ProfileSecrets
from zkinspector.settings import Settings
from zkinspector.ui.connect_dialog import ConnectDialog
from zkinspector.zk.session import CONNECTED

RED, BLUE = "#d32f2f", "#1976d2"


@pytest.fixture(autouse=True)
def _no_profiles_left(open_window) -> Iterator[None]:
    """Each test starts and ends without profiles (the tests share the settings)."""
    yield
    forget_profiles(Settings())


def open_manager(qtbot, win) -> QDialog:
    win.actions.actionProfiles.trigger()
    return wait_visible(qtbot, win, QDialog, "profilesDialog")


def names(dialog: QDialog) -> list[str]:
    listing = dialog.findChild(QListWidget, "profileList")
    return [listing.item(r).text() for r in range(listing.count())]


def click(dialog, name: str) -> None:
    dialog.findChild(QPushButton, name).click()


def settings_text(win) -> str:
    win.settings.sync()
    return Path(win.settings.file_name()).read_text(errors="replace")


def test_manager_adds_edits_duplicates_and_deletes(
    qtbot, open_window, zk_server, memory_keyring: MemoryKeyring
) -> None:
    win = open_window(connected=False)
    dialog = open_manager(qtbot, win)
    assert names(dialog) == []

    click(dialog, "addProfileButton")
    assert names(dialog) == ["New profile"]
    assert dialog.findChild(QCheckBox, "readOnlyCheck").isChecked()  # read-only by default
    dialog.findChild(QLineEdit, "profileNameEdit").setText("Production")
    dialog.findChild(QComboBox, "serverCombo").setEditText(zk_server.connect_string)
    dialog.findChild(QLineEdit, "chrootEdit").setText("/prod")
    colours = dialog.findChild(QComboBox, "profileColourCombo")
    colours.setCurrentIndex(colours.findData(RED))
    colours.activated.emit(colours.currentIndex())
    dialog.findChild(QLineEdit, "authEdit").setText("digest:ops:prod-secret-42")
    assert dialog.findChild(QPushButton, "saveProfileButton").isEnabled()
    click(dialog, "saveProfileButton")

    saved = win.profiles.find("Production")
    assert saved.connect_string == zk_server.connect_string + "/prod"
    assert saved.colour == RED and saved.read_only
    # (the keyring is written off the GUI thread)
    qtbot.waitUntil(
        lambda: win.profiles.load_secrets(saved).auth == "digest:ops:prod-secret-42", timeout=WAIT
    )
    text = settings_text(win)
    assert "Production" in text and "prod-secret-42" not in text
    assert "digest:ops:prod-secret-42" in memory_keyring.store.values()

    # A bad edit is refused with a sentence and saves nothing.
    dialog.findChild(QLineEdit, "chrootEdit").setText("prod")
    assert not dialog.findChild(QPushButton, "saveProfileButton").isEnabled()
    assert "must start with" in dialog.findChild(QLabel, "profileErrorLabel").text()
    click(dialog, "revertProfileButton")
    assert dialog.findChild(QLineEdit, "chrootEdit").text() == "/prod"

    click(dialog, "duplicateProfileButton")
    assert names(dialog) == ["Production", "Production (2)"]
    copy = win.profiles.find("Production (2)")
    assert copy.colour == RED
    qtbot.waitUntil(lambda: win.profiles.load_secrets(copy).auth.endswith("42"), timeout=WAIT)

    click(dialog, "deleteProfileButton")  # the copy is selected
    box = wait_visible(qtbot, win, QMessageBox, "deleteProfileBox")
    assert "Production (2)" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert names(dialog) == ["Production"]
    qtbot.waitUntil(lambda: win.profiles.load_secrets(copy) == ProfileSecrets(), timeout=WAIT)
    # The Open Profile menu lists what is there.
    win.openProfileMenu.aboutToShow.emit()
    listed = [
        a.text() for a in win.openProfileMenu.actions() if a.objectName() == "openProfileAction"
    ]
    assert listed == ["Production"]


def test_profiles_open_coloured_tabs(qtbot, open_window, zk_chroot, memory_keyring) -> None:
    server, chroot = zk_chroot.split("/", 1)
    win = open_window(connected=False)
    prod = Profile("Kafka production", server, "/" + chroot, colour=RED)
    test = Profile("Test", server, "/" + chroot, colour=BLUE, read_only=False)
    for profile in (prod, test):
        win.profiles.save(profile)
    win.openProfileMenu.aboutToShow.emit()
    for name in ("Kafka production", "Test"):
        action = next(a for a in win.openProfileMenu.actions() if a.text() == name)
        action.trigger()  # (the tab opens once the keyring answered)
        qtbot.waitUntil(lambda n=name: win.page.title() == n, timeout=WAIT)
        page = win.page
        qtbot.waitUntil(lambda p=page: p.session.state == CONNECTED, timeout=WAIT)

    tabs = win.connectionTabs
    bar = tabs.tabBar()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Kafka production", "Test"]
    assert [bar.tab_colour(i) for i in range(tabs.count())] == [RED, BLUE]
    badge = win.findChild(QLabel, "profileBadge")
    assert badge.text() == "Test" and BLUE in badge.styleSheet()
    status = win.findChild(QLabel, "connectionStatus")
    assert status.text().startswith("Connected") and "read-only" not in status.text()
    tabs.setCurrentIndex(0)
    assert badge.text() == "Kafka production" and RED in badge.styleSheet()
    assert "read-only" in status.text()  # a profile is read-only unless said otherwise
    assert not win.actions.actionCreateNode.isEnabled()


def test_profile_without_its_password_asks_for_it(
    qtbot, open_window, zk_server, memory_keyring
) -> None:
    win = open_window(connected=False)
    profile = Profile(
        "sasl-no-pw", zk_server.connect_string, sasl_mechanism="DIGEST-MD5", sasl_username="bob"
    )
    win.profiles.save(profile)
    win.open_profile(profile)
    dialog = wait_visible(qtbot, win, ConnectDialog, "connectDialog")
    assert dialog.findChild(QComboBox, "profileCombo").currentText() == "sasl-no-pw"
    assert dialog.findChild(QLineEdit, "saslUserEdit").text() == "bob"
    assert "needs a password" in dialog.findChild(QLabel, "connectErrorLabel").text()
    assert not dialog.findChild(QPushButton, "connectOkButton").isEnabled()
    dialog.reject()


def test_connect_dialog_picks_and_saves_profiles(
    qtbot, open_window, zk_chroot, memory_keyring
) -> None:
    server, chroot = zk_chroot.split("/", 1)
    win = open_window(connected=False)
    win.profiles.save(Profile("Staging", server, "/" + chroot, timeout=7.0, colour=BLUE))
    win.actions.actionConnect.trigger()
    dialog = wait_visible(qtbot, win, ConnectDialog, "connectDialog")
    combo = dialog.findChild(QComboBox, "profileCombo")
    combo.setCurrentIndex(combo.findText("Staging"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.findChild(QComboBox, "serverCombo").currentText() == zk_chroot
    assert dialog.findChild(QCheckBox, "readOnlyCheck").isChecked()
    ok = dialog.findChild(QPushButton, "connectOkButton")
    qtbot.waitUntil(ok.isEnabled, timeout=WAIT)  # (once the profile's secrets are read)
    ok.click()
    qtbot.waitUntil(lambda: win.page.session.state == CONNECTED, timeout=WAIT)
    assert win.connectionTabs.tabText(0) == "Staging"
    assert win.connectionTabs.tabBar().tab_colour(0) == BLUE

    # Saving as a profile from the dialog; a changed connect string is no longer "Staging".
    win.actions.actionNewConnection.trigger()
    dialog = wait_visible(qtbot, win, ConnectDialog, "connectDialog")
    dialog.findChild(QComboBox, "serverCombo").setEditText(server)
    assert dialog.profile() is None
    dialog.findChild(QCheckBox, "saveProfileCheck").setChecked(True)
    dialog.findChild(QLineEdit, "profileNameEdit").setText("Root of it all")
    dialog.findChild(QCheckBox, "readOnlyCheck").setChecked(False)
    ok = dialog.findChild(QPushButton, "connectOkButton")
    qtbot.waitUntil(ok.isEnabled, timeout=WAIT)
    ok.click()
    qtbot.waitUntil(lambda: win.connectionTabs.count() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: win.page.session.state == CONNECTED, timeout=WAIT)
    assert win.connectionTabs.tabText(1) == "Root of it all"
    saved = win.profiles.find("Root of it all")
    assert saved.hosts == server and saved.chroot == "" and not saved.read_only


def test_export_and_import_through_the_manager(
    qtbot, open_window, tmp_path, memory_keyring
) -> None:
    win = open_window(connected=False)
    win.profiles.save(
        Profile("alpha", "zk1:2181", colour=RED), ProfileSecrets(auth="digest:a:x-pw")
    )
    win.profiles.save(Profile("beta", "zk2:2181"))
    dialog = open_manager(qtbot, win)
    target = tmp_path / "profiles.json"
    click(dialog, "exportProfilesButton")
    assert wait_visible(qtbot, win, QDialog, "exportProfilesFileDialog") is not None
    dialog.findChild(QDialog, "exportProfilesFileDialog").reject()
    dialog.export_to(str(target))  # what the file dialog does with the file chosen
    text = target.read_text()
    assert [p["name"] for p in json.loads(text)["profiles"]] == ["alpha", "beta"]
    assert "x-pw" not in text
    assert "2 profiles written" in dialog.findChild(QLabel, "profilesStatusLabel").text()

    # Importing the same file again: every name is taken, so the user is asked.
    dialog.import_from(str(target))
    box = wait_visible(qtbot, win, QMessageBox, "importClashBox")
    assert "alpha, beta" in box.text()
    box.findChild(QPushButton, "keepBothButton").click()
    assert names(dialog) == ["alpha", "alpha (2)", "beta", "beta (2)"]
    assert win.profiles.find("alpha (2)").colour == RED
    assert win.profiles.load_secrets(win.profiles.find("alpha (2)")).auth == ""

    # A file that is not a profile list: one sentence, nothing changed.
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    dialog.import_from(str(bad))
    box = wait_visible(qtbot, win, QMessageBox, "errorBox")
    assert "not a zkinspector profile list" in box.text()
    assert len(names(dialog)) == 4


class _ThreadNotingKeyring(MemoryKeyring):
    """A memory keyring that notes whether it was called on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.gui_thread_calls: list[str] = []

    def _note(self, what: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.gui_thread_calls.append(what)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._note("set")
        super().set_password(service, username, password)

    def get_password(self, service: str, username: str) -> str | None:
        self._note("get")
        return super().get_password(service, username)

    def delete_password(self, service: str, username: str) -> None:
        self._note("delete")
        super().delete_password(service, username)


def test_the_keyring_is_never_asked_on_the_gui_thread(qtbot, open_window, zk_chroot) -> None:
    ring = _ThreadNotingKeyring()
    old = keyring.get_keyring()
    keyring.set_keyring(ring)
    win = open_window(connected=False)
    try:
        server, chroot = zk_chroot.split("/", 1)
        dialog = open_manager(qtbot, win)
        click(dialog, "addProfileButton")
        dialog.findChild(QComboBox, "serverCombo").setEditText(server)
        dialog.findChild(QLineEdit, "chrootEdit").setText("/" + chroot)
        dialog.findChild(QLineEdit, "authEdit").setText("digest:ops:pw-on-a-worker")
        click(dialog, "saveProfileButton")
        qtbot.waitUntil(lambda: "digest:ops:pw-on-a-worker" in ring.store.values(), timeout=WAIT)
        click(dialog, "duplicateProfileButton")
        click(dialog, "deleteProfileButton")
        wait_visible(qtbot, win, QMessageBox, "deleteProfileBox").button(
            QMessageBox.StandardButton.Yes
        ).click()
        profile = win.profiles.find("New profile")
        dialog.reject()
        win.open_profile(profile)  # connects with the secret read on a worker
        qtbot.waitUntil(lambda: win.page.session.state == CONNECTED, timeout=WAIT)
        assert ("digest", "ops:pw-on-a-worker") in win.page.session.params.auth
        assert ring.gui_thread_calls == []
    finally:
        keyring.set_keyring(old)
        forget_profiles(win.settings)
