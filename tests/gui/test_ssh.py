"""The window through an SSH jump host (a real sshd, tests/ssh_fixtures.py): command-line
options, the connect dialog's SSH group, and the host key and passphrase questions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from tests.helpers import WAIT, expand, visible, wait_connected, wait_visible
from tests.ssh_fixtures import PASSPHRASE
from zkinspector.app import create_main_window
from zkinspector.settings import RECENT_SERVERS, SERVER_PROFILES, Settings
from zkinspector.ui.connect_dialog import ConnectDialog

pytestmark = pytest.mark.usefixtures("ssh_home")


def ssh_args(sshd, key=None) -> list[str]:
    return ["--ssh", sshd.target, "--ssh-key", str(key or sshd.key)]


def status_text(win) -> str:
    return win.findChild(QLabel, "connectionStatus").text()


def test_window_through_a_jump_host(qtbot, open_window, sshd, zk_chroot, zk_client) -> None:
    zk_client.create("/conf")
    zk_client.create("/servers")
    win = open_window("--server", zk_chroot, *ssh_args(sshd))
    params = win.page.session.params
    assert (params.ssh_host, params.ssh_port, params.ssh_user) == (
        "127.0.0.1",
        sshd.port,
        sshd.user,
    )
    expand(qtbot, win.page.model, "/", ["conf", "servers"])
    assert status_text(win).endswith(f"through {sshd.target}")
    # Disconnecting closes the tunnel and its threads.
    tunnel = win.page.session.tunnel
    win.actions.actionDisconnect.trigger()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in tunnel.threads()), timeout=WAIT)


def test_closing_the_tab_closes_the_tunnel(qtbot, open_window, sshd, zk_chroot) -> None:
    win = open_window("--server", zk_chroot, *ssh_args(sshd))
    tunnel = win.page.session.tunnel
    win.close_page(win.page)
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in tunnel.threads()), timeout=WAIT)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ssh", "bastion"], "the SSH options need --server"),
        (["--server", "127.0.0.1:1", "--ssh-key", "id"], "--ssh-key needs --ssh"),
        (["--server", "127.0.0.1:1", "--ssh", "bob@"], "is not a jump host"),
        (["--server", "127.0.0.1:1", "--ssh", "bob@host:99999"], "between 1 and 65535"),
    ],
)
def test_bad_ssh_options_are_refused(args, message, capsys) -> None:
    with pytest.raises(SystemExit):
        create_main_window(["zkinspector", *args])
    assert message in capsys.readouterr().err


def test_unknown_host_key_trusted_in_the_dialog(
    qtbot, open_window, sshd, zk_chroot, ssh_home
) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()
    win = open_window("--server", zk_chroot, *ssh_args(sshd), connected=False)
    dialog = wait_visible(qtbot, win, QDialog, "sshHostKeyDialog")
    assert dialog.findChild(QLabel, "sshFingerprintLabel").text() == sshd.fingerprint
    assert f"[127.0.0.1]:{sshd.port}" in dialog.findChild(QLabel, "sshHostKeyText").text()
    assert status_text(win).startswith("Connecting")  # the window goes on meanwhile
    dialog.findChild(QPushButton, "sshTrustButton").click()
    wait_connected(qtbot, win)
    assert (ssh_home / ".ssh" / "known_hosts").read_text() == sshd.known_hosts_line


def test_unknown_host_key_refused_in_the_dialog(
    qtbot, open_window, sshd, zk_chroot, ssh_home
) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()
    win = open_window("--server", zk_chroot, *ssh_args(sshd), connected=False)
    dialog = wait_visible(qtbot, win, QDialog, "sshHostKeyDialog")
    dialog.findChild(QPushButton, "sshRefuseButton").click()
    box = wait_visible(qtbot, win, QMessageBox, "connectErrorBox")
    assert "was not accepted" in box.text()
    assert status_text(win) == "Disconnected"
    assert not (ssh_home / ".ssh" / "known_hosts").exists()


def test_disconnect_while_the_host_key_question_is_open(
    qtbot, open_window, sshd, zk_chroot, ssh_home
) -> None:
    (ssh_home / ".ssh" / "known_hosts").unlink()
    win = open_window("--server", zk_chroot, *ssh_args(sshd), connected=False)
    wait_visible(qtbot, win, QDialog, "sshHostKeyDialog")
    job = win.page.session._connect_job
    win.actions.actionDisconnect.trigger()
    qtbot.waitUntil(lambda: visible(win, QDialog, "sshHostKeyDialog") is None, timeout=WAIT)
    assert status_text(win) == "Disconnected"
    assert job.wait(5)  # the worker stopped waiting


def test_passphrase_asked_in_a_dialog(qtbot, open_window, sshd, zk_chroot) -> None:
    win = open_window("--server", zk_chroot, *ssh_args(sshd, sshd.passphrase_key), connected=False)
    dialog = wait_visible(qtbot, win, QDialog, "sshSecretDialog")
    assert str(sshd.passphrase_key) in dialog.findChild(QLabel, "sshSecretText").text()
    dialog.findChild(QLineEdit, "sshSecretEdit").setText(PASSPHRASE)
    dialog.accept()
    wait_connected(qtbot, win)


def test_passphrase_remembered_in_the_keyring(
    qtbot, open_window, sshd, zk_chroot, memory_keyring
) -> None:
    key = sshd.passphrase_key
    win = open_window("--server", zk_chroot, *ssh_args(sshd, key), connected=False)
    dialog = wait_visible(qtbot, win, QDialog, "sshSecretDialog")
    remember = dialog.findChild(QCheckBox, "sshRememberCheck")
    assert remember.isEnabled()
    remember.setChecked(True)
    dialog.findChild(QLineEdit, "sshSecretEdit").setText(PASSPHRASE)
    dialog.accept()
    wait_connected(qtbot, win)
    assert memory_keyring.store == {("zkinspector", f"{key}|ssh-passphrase"): PASSPHRASE}
    # The next connect takes it from the keyring and asks nothing.
    params = win.page.session.params
    win.actions.actionDisconnect.trigger()
    asked: list = []
    win.page.session.sshQuestion.connect(asked.append)
    win.page.connect_to(params)
    wait_connected(qtbot, win)
    assert not asked


def test_wrong_key_is_one_sentence(qtbot, open_window, sshd, zk_chroot) -> None:
    win = open_window("--server", zk_chroot, *ssh_args(sshd, sshd.stranger_key), connected=False)
    box = wait_visible(qtbot, win, QMessageBox, "connectErrorBox")
    assert box.text() == (
        f"The jump host 127.0.0.1:{sshd.port} refused the login as {sshd.user} (tried the key "
        f"{sshd.stranger_key}); check the user name and the key."
    )


def _forget_servers() -> None:
    settings = Settings()
    settings.remove(RECENT_SERVERS)
    settings.remove(SERVER_PROFILES)


@pytest.fixture
def forget_servers():
    """No remembered servers or profiles, before and after: every dialog starts clean."""
    _forget_servers()
    yield
    _forget_servers()


@pytest.mark.usefixtures("forget_servers")
def test_connect_dialog_ssh_group(qtbot, open_window, sshd, zk_chroot, zk_client, tmp_path):
    zk_client.create("/nodes")
    win = open_window(connected=False)
    win.actions.actionConnect.trigger()
    dialog = wait_visible(qtbot, win, ConnectDialog, "connectDialog")
    dialog.findChild(QComboBox, "serverCombo").setEditText(zk_chroot)
    group = dialog.findChild(QGroupBox, "sshGroup")
    host = dialog.findChild(QLineEdit, "sshHostEdit")
    assert not group.isChecked() and not host.isVisible()
    group.setChecked(True)
    assert host.isVisible()
    assert not dialog.is_valid() and "jump host" in dialog.error_text()
    host.setText("127.0.0.1")
    dialog.findChild(QSpinBox, "sshPortSpin").setValue(sshd.port)
    dialog.findChild(QLineEdit, "sshUserEdit").setText(sshd.user)
    key = dialog.findChild(QLineEdit, "sshKeyEdit")
    key.setText(str(tmp_path / "missing"))
    assert not dialog.is_valid() and "does not exist" in dialog.error_text()
    key.setText(str(sshd.key))
    assert dialog.is_valid(), dialog.error_text()
    dialog.findChild(QCheckBox, "saveProfileCheck").setChecked(True)
    dialog.findChild(QLineEdit, "profileNameEdit").setText("through the bastion")
    dialog.findChild(QPushButton, "connectOkButton").click()
    wait_connected(qtbot, win)
    expand(qtbot, win.page.model, "/", ["nodes"])
    assert win.page.session.tunnel is not None
    # The profile keeps the jump host (no secret), and fills the group next time.
    profile = win.profiles.find("through the bastion")
    assert profile.ssh == sshd.target and profile.ssh_key == str(sshd.key)
    again = ConnectDialog(win.settings, win, server=zk_chroot)
    qtbot.addWidget(again)
    assert again.load_profile(zk_chroot)
    assert again.findChild(QGroupBox, "sshGroup").isChecked()
    assert again.findChild(QSpinBox, "sshPortSpin").value() == sshd.port
    assert again.params().ssh_target == sshd.target


def test_server_panel_asks_the_members_through_the_tunnel(
    qtbot, open_window, sshd, zk_chroot, zk_server
) -> None:
    from tests.server_panel_helpers import modes, show_panel

    win = open_window("--server", zk_chroot, *ssh_args(sshd))
    log = sshd.dir / "sshd.log"
    forwarded = f"target 127.0.0.1 port {zk_server.port}"
    before = log.read_text().count(forwarded)
    dock = show_panel(qtbot, win)
    qtbot.waitUntil(lambda: list(modes(dock).values()) == ["standalone"], timeout=WAIT)
    assert log.read_text().count(forwarded) > before  # the words went through the jump host
