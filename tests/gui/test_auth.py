"""Authentication, ACL editing and secure connections, end to end on real servers.

A ZooKeeper with digest ACLs (the session's server), one with a TLS client port (keystores
made here with openssl and keytool) and one with SASL DIGEST-MD5 (a JAAS file). What the
user sees is checked in the window; what the server holds with a separate kazoo client.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from kazoo.client import KazooClient
from kazoo.security import ACL, Id, Permissions
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from tests.helpers import (
    WAIT,
    expand,
    select,
    shown_children,
    visible,
    wait_connected,
    wait_visible,
)
from tests.profile_helpers import forget_profiles
from zkinspector.app import SASL_PASSWORD_ENV, create_main_window, log_dir
from zkinspector.models.tree import KindRole
from zkinspector.settings import Settings
from zkinspector.ui.auth_dialog import AddAuthDialog
from zkinspector.ui.connect_dialog import ConnectDialog
from zkinspector.ui.create_dialog import CreateNodeDialog
from zkinspector.ui.digest_dialog import DigestDialog
from zkinspector.zk.acl import digest_id
from zkinspector.zk.acl_ops import apply_acl_tree
from zkinspector.zk.server import ZooKeeperServer, free_port

R, A, ALL = Permissions.READ, Permissions.ADMIN, Permissions.ALL
OPEN = [ACL(ALL, Id("world", "anyone"))]
ALICE_PW = "alice-pw-4711"
ALICE = [ACL(ALL, Id("digest", digest_id("alice", ALICE_PW)))]


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def alice(kazoo_client, zk_chroot: str) -> Iterator[KazooClient]:
    """A client holding alice's digest credentials; opens every ACL again at the end."""
    client = kazoo_client(zk_chroot, auth_data=[("digest", f"alice:{ALICE_PW}")])
    yield client
    with contextlib.suppress(Exception):
        apply_acl_tree(client, "/", OPEN)  # so the chroot can be deleted


# -- helpers -------------------------------------------------------------------------------


def error_boxes(win) -> list[QMessageBox]:
    return [b for b in win.findChildren(QMessageBox) if b.isVisible()]


def button(win, name: str) -> QPushButton:
    found = win.findChild(QPushButton, name)
    assert found is not None, name
    return found


def acl_of(client: KazooClient, path: str) -> tuple[list, int]:
    acls, stat = client.get_acls(path)
    return acls, stat.aversion


# -- digest ACLs ---------------------------------------------------------------------------


def test_locked_nodes_then_add_credentials(qtbot, open_window, zk_chroot, alice) -> None:
    alice.create("/public", b"open data")
    alice.create("/secret", b"hidden", acl=ALICE)
    alice.create("/secret/inner", b"", acl=ALICE)
    win = open_window("--server", zk_chroot)
    expand(qtbot, win.page.model, "/", ["public", "secret"])

    select(qtbot, win, "/secret")
    assert not win.page.selected.snapshot.readable
    index = win.page.model.index_of_path("/secret")
    qtbot.waitUntil(lambda: index.data(KindRole) == "locked", timeout=WAIT)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Locked" in win.page.aclEditor.view.placeholder()
    win.page.model.fetchMore(index)  # expanding it: refused, no error box, no children
    qtbot.waitUntil(lambda: shown_children(win.page.model, "/secret") == [], timeout=WAIT)
    assert error_boxes(win) == []
    select(qtbot, win, "/public")  # the rest of the tree works
    assert win.page.dataPane.current_bytes() == b"open data"

    select(qtbot, win, "/secret")
    add = win.findChild(type(win.actions.actionSave), "actionAddAuth")
    assert add.isEnabled()
    add.trigger()
    dialog = wait_visible(qtbot, win, AddAuthDialog, "addAuthDialog")
    assert dialog.findChild(QComboBox, "addAuthSchemeCombo").currentText() == "digest"
    qtbot.keyClicks(dialog.findChild(QLineEdit, "addAuthUserEdit"), "alice")
    password = dialog.findChild(QLineEdit, "addAuthPasswordEdit")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(password, ALICE_PW)
    dialog.findChild(QPushButton, "addAuthOkButton").click()

    qtbot.waitUntil(
        lambda: win.page.selected.snapshot is not None and win.page.selected.snapshot.readable,
        timeout=WAIT,
    )
    assert win.page.dataPane.current_bytes() == b"hidden"
    qtbot.waitUntil(lambda: shown_children(win.page.model, "/secret") == ["inner"], timeout=WAIT)
    qtbot.waitUntil(lambda: index.data(KindRole) != "locked", timeout=WAIT)
    assert win.page.aclEditor.view.rows()[0][:2] == ("digest", digest_id("alice", ALICE_PW))
    assert error_boxes(win) == []


def test_auth_option_at_start_up(qtbot, open_window, zk_chroot, alice) -> None:
    alice.create("/secret", b"hidden", acl=ALICE)
    win = open_window("--server", zk_chroot, "--auth", f"digest:alice:{ALICE_PW}")
    select(qtbot, win, "/secret")
    assert win.page.selected.snapshot.readable
    assert win.page.dataPane.current_bytes() == b"hidden"


def test_apply_acl_built_with_presets_and_digest_helper(
    qtbot, open_window, zk_chroot, alice
) -> None:
    alice.create("/n", b"x")
    win = open_window("--server", zk_chroot, "--auth", f"digest:alice:{ALICE_PW}")
    select(qtbot, win, "/n")
    editor = win.page.aclEditor
    editor.preset_actions["read-only"].trigger()
    editor.findChild(QToolButton, "aclAddButton").click()
    button(win, "aclDigestButton").click()
    helper = wait_visible(qtbot, win, DigestDialog, "aclDigestDialog")
    qtbot.keyClicks(helper.findChild(QLineEdit, "digestUserEdit"), "alice")
    qtbot.keyClicks(helper.findChild(QLineEdit, "digestPasswordEdit"), ALICE_PW)
    helper.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    for name in ("Write", "Create", "Delete", "Admin"):
        editor.findChild(QCheckBox, f"aclPerm{name}").click()
    wanted = [ACL(R, Id("world", "anyone")), *ALICE]
    assert editor.acl() == wanted
    button(win, "aclApplyButton").click()  # alice keeps read and admin: no warning
    qtbot.waitUntil(lambda: acl_of(alice, "/n") == (wanted, 1), timeout=WAIT)
    qtbot.waitUntil(lambda: win.page.selected.snapshot.stat.aversion == 1, timeout=WAIT)
    assert not editor.is_modified()
    assert visible(win, QMessageBox, "aclLossDialog") is None


@pytest.mark.parametrize("choice", ["cancel", "overwrite"])
def test_acl_conflict(qtbot, open_window, zk_chroot, zk_client, choice: str) -> None:
    zk_client.create("/c", b"x")
    win = open_window("--server", zk_chroot)
    select(qtbot, win, "/c")
    mine = [ACL(R | A, Id("world", "anyone"))]
    win.page.aclEditor.set_entries([("world", "anyone", R | A)])
    theirs = [ACL(ALL, Id("world", "anyone")), ACL(R, Id("ip", "10.0.0.1"))]
    zk_client.set_acls("/c", theirs)  # someone else changes the ACL meanwhile
    button(win, "aclApplyButton").click()
    dialog = wait_visible(qtbot, win, QMessageBox, "conflictDialog")
    assert "ACL" in dialog.text()
    assert acl_of(zk_client, "/c") == (theirs, 1)  # nothing written yet
    target = {"cancel": "Cancel", "overwrite": "Overwrite"}[choice]
    clicked = [b for b in dialog.buttons() if target in b.text().replace("&", "")]
    clicked[0].click()
    if choice == "overwrite":
        qtbot.waitUntil(lambda: acl_of(zk_client, "/c") == (mine, 2), timeout=WAIT)
    else:
        qtbot.waitUntil(lambda: visible(win, QMessageBox, "conflictDialog") is None)
        assert acl_of(zk_client, "/c") == (theirs, 1)
        assert win.page.aclEditor.is_modified()  # the edit is kept


def test_losing_own_rights_warns_and_cancel_writes_nothing(
    qtbot, open_window, zk_chroot, zk_client
) -> None:
    zk_client.create("/w", b"x")
    win = open_window("--server", zk_chroot)
    select(qtbot, win, "/w")
    win.page.details.tabs.setCurrentWidget(win.page.aclEditor)
    win.page.aclEditor.preset_actions["read-only"].trigger()  # world:anyone:r — no admin any more
    button(win, "aclApplyButton").click()
    box = wait_visible(qtbot, win, QMessageBox, "aclLossDialog")
    assert "admin" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: visible(win, QMessageBox, "aclLossDialog") is None)
    assert acl_of(zk_client, "/w") == (OPEN, 0)
    # Invalid entries are refused with a message and never sent.
    win.page.aclEditor.set_entries([("ip", "10.0.0.300", R | A)])
    button(win, "aclApplyButton").click()
    label = win.findChild(QLabel, "aclMessageLabel")
    assert "not an IP address" in label.text() and label.isVisible()
    assert acl_of(zk_client, "/w") == (OPEN, 0)


def test_apply_to_subtree(qtbot, open_window, zk_chroot, zk_client) -> None:
    tx = zk_client.transaction()
    nodes = ["/tree"] + [f"/tree/n{i}" for i in range(40)] + [f"/tree/n0/m{i}" for i in range(9)]
    for path in nodes:
        tx.create(path, b"")
    tx.commit()
    win = open_window("--server", zk_chroot)
    select(qtbot, win, "/tree")
    win.page.aclEditor.set_entries([("world", "anyone", R | A)])
    button(win, "aclApplySubtreeButton").click()
    box = wait_visible(qtbot, win, QMessageBox, "aclSubtreeConfirm")
    assert "/tree" in box.text()
    box.findChild(QPushButton, "aclSubtreeConfirmOk").click()
    label = win.findChild(QLabel, "aclMessageLabel")
    qtbot.waitUntil(lambda: f"ACL set on {len(nodes)} nodes" in label.text(), timeout=WAIT)
    for path in nodes:
        assert zk_client.get_acls(path)[0] == [ACL(R | A, Id("world", "anyone"))], path


def test_create_dialog_acl_choice(qtbot, open_window, zk_chroot, zk_client) -> None:
    win = open_window("--server", zk_chroot)
    select(qtbot, win, "/")

    def create(name: str, choice: str, custom: str = "") -> CreateNodeDialog:
        select(qtbot, win, "/")  # a created node gets selected: go back to the root
        win.actions.actionCreateNode.trigger()
        dialog = wait_visible(qtbot, win, CreateNodeDialog, "createNodeDialog")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "nodeNameEdit"), name)
        combo = dialog.findChild(QComboBox, "createAclCombo")
        combo.setCurrentIndex(combo.findData(choice))
        if custom:
            edit = dialog.findChild(QPlainTextEdit, "createAclEdit")
            assert edit.isVisible()
            edit.setPlainText(custom)
        return dialog

    def ok(dialog) -> QPushButton:
        return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)

    dialog = create("ro", "read-only")
    ok(dialog).click()
    qtbot.waitUntil(lambda: zk_client.exists("/ro") is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: win.page.current_path() == "/ro", timeout=WAIT)
    assert zk_client.get_acls("/ro")[0] == [ACL(R, Id("world", "anyone"))]

    dialog = create("mine", "creator-all")  # no credentials on this connection
    assert not ok(dialog).isEnabled()
    assert "needs credentials" in dialog.findChild(QLabel, "createErrorLabel").text()
    dialog.reject()
    dialog = create("mine", "custom", "ip:127.0.0.1:cdrwa\nworld:anyone:r")
    assert "needs credentials" not in dialog.findChild(QLabel, "createErrorLabel").text()
    dialog.findChild(QPlainTextEdit, "createAclEdit").setPlainText("ip:1.2.3:r")
    assert not ok(dialog).isEnabled()
    assert "not an IP address" in dialog.findChild(QLabel, "createErrorLabel").text()
    dialog.findChild(QPlainTextEdit, "createAclEdit").setPlainText(
        "ip:127.0.0.1:cdrwa\nworld:anyone:r"
    )
    ok(dialog).click()
    qtbot.waitUntil(lambda: zk_client.exists("/mine") is not None, timeout=WAIT)
    assert zk_client.get_acls("/mine")[0] == [
        ACL(ALL, Id("ip", "127.0.0.1")),
        ACL(R, Id("world", "anyone")),
    ]


def test_creator_all_with_credentials(qtbot, open_window, zk_chroot, alice) -> None:
    win = open_window("--server", zk_chroot, "--auth", f"digest:alice:{ALICE_PW}")
    select(qtbot, win, "/")
    win.actions.actionCreateNode.trigger()
    dialog = wait_visible(qtbot, win, CreateNodeDialog, "createNodeDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "nodeNameEdit"), "private")
    dialog.set_acl_choice("creator-all")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: alice.exists("/private") is not None, timeout=WAIT)
    assert alice.get_acls("/private")[0] == ALICE


# -- TLS -----------------------------------------------------------------------------------


def _run(*cmd: str, cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory) -> Iterator[tuple[ZooKeeperServer, int, Path]]:
    """A ZooKeeper with a TLS client port that wants client certificates (need)."""
    if not (shutil.which("openssl") and shutil.which("keytool")):
        pytest.skip("openssl and keytool are needed to make the test certificates")
    d = tmp_path_factory.mktemp("tls")
    subj = ["-days", "2", "-nodes", "-newkey", "rsa:2048"]
    _run("openssl", "req", "-x509", *subj, "-keyout", "ca.key", "-out", "ca.pem",
         "-subj", "/CN=zkinspector test CA", cwd=d)  # fmt: skip
    (d / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    for name, cn in (("server", "localhost"), ("client", "client"), ("other", "other")):
        _run("openssl", "req", *subj[2:], "-keyout", f"{name}.key", "-out", f"{name}.csr",
             "-subj", f"/CN={cn}", cwd=d)  # fmt: skip
        ca = ("ca.pem", "ca.key") if name != "other" else ("other-ca.pem", "other-ca.key")
        if name == "other":  # a second CA the server does not trust
            _run("openssl", "req", "-x509", *subj, "-keyout", ca[1], "-out", ca[0],
                 "-subj", "/CN=unknown CA", cwd=d)  # fmt: skip
        extra = ["-extfile", "san.ext"] if name == "server" else []
        _run("openssl", "x509", "-req", "-in", f"{name}.csr", "-CA", ca[0], "-CAkey", ca[1],
             "-CAcreateserial", "-out", f"{name}.pem", "-days", "2", *extra, cwd=d)  # fmt: skip
    _run("openssl", "pkcs12", "-export", "-in", "server.pem", "-inkey", "server.key",
         "-out", "server.p12", "-passout", "pass:keystorepw", "-name", "server", cwd=d)  # fmt: skip
    _run("keytool", "-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem",
         "-keystore", "trust.p12", "-storetype", "PKCS12", "-storepass", "truststorepw",
         cwd=d)  # fmt: skip
    port = free_port()
    server = ZooKeeperServer(
        extra_config={
            "forceSync": "no",
            "secureClientPort": str(port),
            "secureClientPortAddress": "127.0.0.1",
            "serverCnxnFactory": "org.apache.zookeeper.server.NettyServerCnxnFactory",
            "ssl.keyStore.location": str(d / "server.p12"),
            "ssl.keyStore.password": "keystorepw",
            "ssl.trustStore.location": str(d / "trust.p12"),
            "ssl.trustStore.password": "truststorepw",
            "ssl.clientAuth": "need",
        }
    )
    server.start()
    try:
        yield server, port, d
    finally:
        server.stop()


def _connect_dialog(qtbot, win) -> ConnectDialog:
    win.actions.actionConnect.trigger()
    return wait_visible(qtbot, win, ConnectDialog, "connectDialog")


def _fill_tls(dialog: ConnectDialog, server: str, d: Path, cert: str = "client") -> None:
    dialog.findChild(QComboBox, "serverCombo").setEditText(server)
    dialog.findChild(QDoubleSpinBox, "timeoutSpin").setValue(3)
    dialog.findChild(QGroupBox, "tlsGroup").setChecked(True)
    dialog.findChild(QLineEdit, "tlsCaEdit").setText(str(d / "ca.pem"))
    dialog.findChild(QLineEdit, "tlsCertEdit").setText(str(d / f"{cert}.pem"))
    dialog.findChild(QLineEdit, "tlsKeyEdit").setText(str(d / f"{cert}.key"))
    dialog.findChild(QCheckBox, "tlsHostnameCheck").setChecked(True)


def test_tls_connection(qtbot, open_window, tls_server) -> None:
    server, port, d = tls_server
    admin = KazooClient(
        hosts=f"127.0.0.1:{port}",
        use_ssl=True,
        ca=str(d / "ca.pem"),
        certfile=str(d / "client.pem"),
        keyfile=str(d / "client.key"),
    )
    admin.start(timeout=15)
    try:
        admin.ensure_path("/tls")
        admin.create("/tls/x509only", b"for CN=client", acl=[ACL(ALL, Id("x509", "CN=client"))])
        win = open_window(connected=False)
        dialog = _connect_dialog(qtbot, win)
        _fill_tls(dialog, f"localhost:{port}/tls", d)
        assert dialog.is_valid(), dialog.error_text()
        dialog.findChild(QPushButton, "connectOkButton").click()
        wait_connected(qtbot, win)
        assert win.page.session.params.use_ssl and win.page.session.params.check_hostname
        expand(qtbot, win.page.model, "/", ["x509only"])
        select(qtbot, win, "/x509only")  # readable thanks to the client certificate
        assert win.page.dataPane.current_bytes() == b"for CN=client"
        # The certificate is the session's identity: the editor knows it (no false warning).
        assert Id("x509", "CN=client") in win.page.aclEditor.identities()
        # A certificate from a CA the server does not trust: no session.
        dialog = _connect_dialog(qtbot, win)
        _fill_tls(dialog, f"localhost:{port}/tls", d, cert="other")
        dialog.findChild(QPushButton, "connectOkButton").click()
        status = win.findChild(QLabel, "connectionStatus")
        qtbot.waitUntil(lambda: status.text() == "Disconnected", timeout=WAIT)
    finally:
        admin.stop()
        admin.close()


def test_tls_from_the_command_line(qtbot, open_window, tls_server) -> None:
    server, port, d = tls_server
    win = open_window(
        "--server",
        f"localhost:{port}",
        "--tls-ca",
        str(d / "ca.pem"),
        "--tls-cert",
        str(d / "client.pem"),
        "--tls-key",
        str(d / "client.key"),
        "--tls-check-hostname",
    )
    params = win.page.session.params
    assert params.use_ssl and params.check_hostname and params.certfile.endswith("client.pem")
    assert Id("x509", "CN=client") in win.page.aclEditor.identities()


# -- SASL and secrets ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sasl_server(tmp_path_factory) -> Iterator[ZooKeeperServer]:
    """A ZooKeeper that takes SASL DIGEST-MD5 logins (bob / bob-sasl-pw-0815)."""
    d = tmp_path_factory.mktemp("sasl")
    jaas = d / "jaas.conf"
    jaas.write_text(
        "Server {\n"
        "    org.apache.zookeeper.server.auth.DigestLoginModule required\n"
        '    user_bob="bob-sasl-pw-0815";\n'
        "};\n"
    )
    server = ZooKeeperServer(
        extra_config={
            "forceSync": "no",
            "authProvider.1": "org.apache.zookeeper.server.auth.SASLAuthenticationProvider",
        },
        jvm_args=[f"-Djava.security.auth.login.config={jaas}"],
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_sasl_connection_and_no_secret_in_settings_or_log(
    qtbot, open_window, sasl_server, memory_keyring
) -> None:
    sasl_pw = "bob-sasl-pw-0815"
    digest_pw = "carol-digest-pw-1234"
    admin = KazooClient(
        hosts=sasl_server.connect_string,
        sasl_options={"mechanism": "DIGEST-MD5", "username": "bob", "password": sasl_pw},
    )
    admin.start(timeout=15)
    kazoo_log = logging.getLogger("kazoo")
    old_level = kazoo_log.level
    try:
        admin.ensure_path("/s")
        admin.create("/s/bobs", b"for bob", acl=[ACL(ALL, Id("sasl", "bob"))])
        win = open_window(connected=False)
        kazoo_log.setLevel(logging.DEBUG)  # even kazoo's request log must not show secrets
        dialog = _connect_dialog(qtbot, win)
        dialog.findChild(QComboBox, "serverCombo").setEditText(sasl_server.connect_string + "/s")
        dialog.findChild(QLineEdit, "authEdit").setText(f"digest:carol:{digest_pw}")
        dialog.findChild(QGroupBox, "tlsGroup").setChecked(False)  # a profile may have it on
        dialog.findChild(QGroupBox, "saslGroup").setChecked(True)
        assert dialog.findChild(QComboBox, "saslMechanismCombo").currentText() == "DIGEST-MD5"
        dialog.findChild(QLineEdit, "saslUserEdit").setText("bob")
        dialog.findChild(QLineEdit, "saslPasswordEdit").setText(sasl_pw)
        remember = dialog.findChild(QCheckBox, "rememberPasswordCheck")
        dialog.findChild(QCheckBox, "saveProfileCheck").setChecked(True)
        dialog.findChild(QLineEdit, "profileNameEdit").setText("SASL bob")
        assert remember.isEnabled()
        remember.setChecked(True)
        dialog.findChild(QPushButton, "connectOkButton").click()
        wait_connected(qtbot, win)
        select(qtbot, win, "/bobs")
        assert win.page.dataPane.current_bytes() == b"for bob"
        assert Id("sasl", "bob") in win.page.aclEditor.identities()
        # Add credentials during the session too: they must not reach the log either.
        win.page.add_auth("digest", f"carol:{digest_pw}x")
        qtbot.waitUntil(
            lambda: ("digest", f"carol:{digest_pw}x") in win.page.session.params.auth, timeout=WAIT
        )

        for handler in logging.getLogger().handlers:
            handler.flush()
        win.settings.sync()
        settings_text = Path(win.settings.file_name()).read_text(errors="replace")
        log_text = (log_dir() / "zkinspector.log").read_text(errors="replace")
        assert "SASL bob" in settings_text and sasl_server.connect_string in settings_text
        assert win.connectionTabs.tabText(win.connectionTabs.currentIndex()) == "SASL bob"
        for secret in (sasl_pw, digest_pw):
            assert secret not in settings_text
            assert secret not in log_text
        # The passwords went to the keyring, and come back from it.
        assert sasl_pw in memory_keyring.store.values()
        assert f"digest:carol:{digest_pw}" in memory_keyring.store.values()
        again = ConnectDialog(win.settings, win)
        qtbot.addWidget(again)
        again.findChild(QComboBox, "serverCombo").setEditText(sasl_server.connect_string + "/s")
        assert again.load_profile(again.server_text())
        assert again.findChild(QGroupBox, "saslGroup").isChecked()
        assert again.findChild(QLineEdit, "saslUserEdit").text() == "bob"
        password = again.findChild(QLineEdit, "saslPasswordEdit")
        qtbot.waitUntil(lambda: password.text() == sasl_pw, timeout=WAIT)
    finally:
        forget_profiles(win.settings)
        kazoo_log.setLevel(old_level)
        admin.stop()
        admin.close()


def test_sasl_from_the_command_line_takes_the_password_from_the_environment(
    qtbot, open_window, sasl_server, monkeypatch
) -> None:
    monkeypatch.setenv(SASL_PASSWORD_ENV, "bob-sasl-pw-0815")
    win = open_window(
        "--server", sasl_server.connect_string, "--sasl", "DIGEST-MD5", "--sasl-user", "bob"
    )
    assert Id("sasl", "bob") in win.page.aclEditor.identities()
    assert "bob-sasl-pw-0815" not in " ".join(sys.argv)


def test_sasl_from_the_command_line_without_a_password_is_refused(monkeypatch, capsys) -> None:
    monkeypatch.delenv(SASL_PASSWORD_ENV, raising=False)
    with pytest.raises(SystemExit):
        create_main_window(
            ["zkinspector", "--server", "127.0.0.1:1", "--sasl", "DIGEST-MD5", "--sasl-user", "b"]
        )
    assert "needs a password" in capsys.readouterr().err


def test_without_keyring_passwords_are_not_saved(qtbot, tmp_path) -> None:
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        settings = Settings.from_file(str(tmp_path / "s.ini"))
        dialog = ConnectDialog(settings)
        qtbot.addWidget(dialog)
        remember = dialog.findChild(QCheckBox, "rememberPasswordCheck")
        dialog.findChild(QCheckBox, "saveProfileCheck").setChecked(True)
        dialog.findChild(QLineEdit, "profileNameEdit").setText("zk9")
        qtbot.waitUntil(lambda: not remember.isEnabled(), timeout=WAIT)  # (keyring probed)
        assert "No system keyring" in remember.toolTip()
        dialog.findChild(QComboBox, "serverCombo").setEditText("zk9:2181")
        dialog.findChild(QGroupBox, "saslGroup").setChecked(True)
        dialog.findChild(QLineEdit, "saslUserEdit").setText("bob")
        dialog.findChild(QLineEdit, "saslPasswordEdit").setText("never-saved-pw")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        settings.sync()
        text = (tmp_path / "s.ini").read_text()
        assert "zk9:2181" in text and "never-saved-pw" not in text
        again = ConnectDialog(settings)
        qtbot.addWidget(again)
        assert again.findChild(QLineEdit, "saslUserEdit").text() == "bob"
        assert again.findChild(QLineEdit, "saslPasswordEdit").text() == ""
    finally:
        keyring.set_keyring(old)


def test_connect_dialog_security_fields(qtbot, tmp_path) -> None:
    settings = Settings.from_file(str(tmp_path / "s.ini"))
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    tls = dialog.findChild(QGroupBox, "tlsGroup")
    sasl = dialog.findChild(QGroupBox, "saslGroup")
    assert not tls.isChecked() and not sasl.isChecked()
    assert not dialog.findChild(QLineEdit, "tlsCaEdit").isVisible()  # folded away
    tls.setChecked(True)
    assert dialog.findChild(QLineEdit, "tlsCaEdit").isVisible()
    dialog.findChild(QLineEdit, "tlsCaEdit").setText(str(tmp_path / "missing.pem"))
    assert not dialog.is_valid() and "does not exist" in dialog.error_text()
    (tmp_path / "ca.pem").write_text("not checked here")
    dialog.findChild(QLineEdit, "tlsCaEdit").setText(str(tmp_path / "ca.pem"))
    assert dialog.is_valid(), dialog.error_text()
    sasl.setChecked(True)
    assert not dialog.is_valid() and "user name" in dialog.error_text()
    mechanism = dialog.findChild(QComboBox, "saslMechanismCombo")
    mechanism.setCurrentText("GSSAPI")
    assert not dialog.findChild(QLineEdit, "saslPasswordEdit").isVisible()
    dialog.findChild(QLineEdit, "saslServiceEdit").setText("zk")
    dialog.findChild(QLineEdit, "saslOptionsEdit").setText("qops=auth, max_buffer=65536")
    assert dialog.is_valid(), dialog.error_text()
    assert dialog.params().sasl_options() == {
        "mechanism": "GSSAPI",
        "qops": "auth",
        "max_buffer": "65536",
        "service": "zk",
    }
    dialog.findChild(QLineEdit, "saslOptionsEdit").setText("nonsense")
    assert not dialog.is_valid() and "name=value" in dialog.error_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sandbox", "--tls-ca", "ca.pem"], "need --server"),
        (["--sasl", "DIGEST-MD5", "--sasl-user", "bob"], "need --server"),
        (["--server", "127.0.0.1:1", "--sasl-user", "bob"], "--sasl-user needs --sasl"),
    ],
)
def test_security_options_that_would_be_ignored_are_refused(args, message, capsys) -> None:
    with pytest.raises(SystemExit):
        create_main_window(["zkinspector", *args])
    assert message in capsys.readouterr().err
