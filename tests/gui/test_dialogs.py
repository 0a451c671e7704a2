"""The create, delete, conflict and connect dialogs, driven as a user would (no server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
)

from zkinspector.models.creating import CreateRequest
from zkinspector.settings import RECENT_SERVERS, Settings
from zkinspector.ui.conflict_dialog import ConflictDialog
from zkinspector.ui.connect_dialog import ConnectDialog
from zkinspector.ui.create_dialog import CreateNodeDialog
from zkinspector.ui.delete_dialog import DeleteNodeDialog
from zkinspector.zk.connstr import ConnectParams

# -- create ---------------------------------------------------------------------------------


@pytest.fixture
def create(qtbot) -> CreateNodeDialog:
    dialog = CreateNodeDialog("/app1")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _label(dialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def _name(dialog) -> QLineEdit:
    return dialog.findChild(QLineEdit, "nodeNameEdit")


def test_create_widgets_by_name(create: CreateNodeDialog) -> None:
    assert create.objectName() == "createNodeDialog"
    assert create.findChild(QPlainTextEdit, "nodeDataEdit") is not None
    for name in ("ephemeralCheck", "sequentialCheck", "makeParentsCheck"):
        assert create.findChild(QCheckBox, name) is not None
    check = create.findChild(QCheckBox, "makeParentsCheck")
    assert check.text().replace("&", "") == "Create missing parents"


def test_create_valid_name(qtbot, create: CreateNodeDialog) -> None:
    assert not _ok(create).isEnabled()
    assert "Enter a name" in _label(create, "createErrorLabel")
    qtbot.keyClicks(_name(create), "config")
    data_edit = create.findChild(QPlainTextEdit, "nodeDataEdit")
    qtbot.keyClicks(data_edit, "h")
    data_edit.insertPlainText("éllo\u00a0!")
    assert _ok(create).isEnabled()
    assert _label(create, "createErrorLabel") == ""
    assert create.findChild(QLabel, "createPathLabel").full_text() == "/app1/config"
    assert create.request() == CreateRequest(
        path="/app1/config",
        data="héllo\u00a0!".encode(),
        ephemeral=False,
        sequential=False,
        makepath=False,
    )
    with qtbot.waitSignal(create.accepted):
        _ok(create).click()
    assert create.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "Enter a name"),
        (".", 'cannot be "."'),
        ("..", 'cannot be ".."'),
        ("a/b", 'cannot contain "/"'),
        ("bad\x01name", "control character"),
        ("emoji\U0001f600", "Basic Multilingual Plane"),
    ],
)
def test_create_invalid_names(create: CreateNodeDialog, name: str, reason: str) -> None:
    _name(create).setText(name)
    assert not _ok(create).isEnabled()
    assert reason in _label(create, "createErrorLabel")
    with pytest.raises(ValueError):
        create.request()
    create.accept()  # Enter or a direct accept() does nothing while invalid
    assert create.isVisible()


def test_create_under_zookeeper_is_refused(qtbot) -> None:
    for parent, name in (("/", "zookeeper"), ("/zookeeper", "x"), ("/zookeeper/quota", "y")):
        dialog = CreateNodeDialog(parent)
        qtbot.addWidget(dialog)
        _name(dialog).setText(name)
        assert not _ok(dialog).isEnabled()
        assert "reserved" in _label(dialog, "createErrorLabel")
    dialog = CreateNodeDialog("/")
    qtbot.addWidget(dialog)
    _name(dialog).setText("zookeeperish")
    assert _ok(dialog).isEnabled()


def test_create_with_parents(create: CreateNodeDialog) -> None:
    _name(create).setText("a/b/c")
    assert not _ok(create).isEnabled()
    assert "Create missing parents" in _label(create, "createErrorLabel")
    create.findChild(QCheckBox, "makeParentsCheck").setChecked(True)
    assert _ok(create).isEnabled()
    assert create.request().path == "/app1/a/b/c"
    assert create.request().makepath
    for bad, reason in (
        ("a//b", "empty node name"),
        ("a/", 'cannot end with "/"'),
        ("a/../b", ".."),
    ):
        _name(create).setText(bad)
        assert not _ok(create).isEnabled()
        assert reason in _label(create, "createErrorLabel")


def test_create_ephemeral_and_sequential_notes(create: CreateNodeDialog) -> None:
    note = create.findChild(QLabel, "createNoteLabel")
    _name(create).setText("p_")
    assert not note.isVisible()
    create.findChild(QCheckBox, "ephemeralCheck").setChecked(True)
    assert note.isVisible()
    assert "only as long as this connection" in note.text()
    assert "cannot have children" in note.text()
    create.findChild(QCheckBox, "sequentialCheck").setChecked(True)
    assert "0000000001" in note.text()
    assert create.findChild(QLabel, "createPathLabel").full_text() == "/app1/p_0000000001"
    request = create.request()
    assert request.path == "/app1/p_"  # the server appends the counter
    assert request.ephemeral and request.sequential


def test_create_data_too_large(create: CreateNodeDialog) -> None:
    _name(create).setText("big")
    create.findChild(QPlainTextEdit, "nodeDataEdit").setPlainText(("x" * 1023 + "\n") * 1025)
    assert not _ok(create).isEnabled()
    assert "server accepts at most" in _label(create, "createErrorLabel")


def test_create_under_root(qtbot) -> None:
    dialog = CreateNodeDialog("/")
    qtbot.addWidget(dialog)
    _name(dialog).setText("top")
    assert dialog.request().path == "/top"


# -- delete ---------------------------------------------------------------------------------


def _delete_button(dialog: DeleteNodeDialog) -> QPushButton:
    return dialog.findChild(QPushButton, "deleteOkButton")


def test_delete_counts_then_enables(qtbot) -> None:
    dialog = DeleteNodeDialog(["/a"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.objectName() == "deleteNodeDialog"
    assert _label(dialog, "deleteCountLabel") == "Counting…"
    assert not _delete_button(dialog).isEnabled()
    dialog.set_count(3)
    assert _label(dialog, "deleteCountLabel") == (
        "3 nodes will be deleted: /a and its 2 descendants."
    )
    assert _delete_button(dialog).isEnabled()
    assert _delete_button(dialog).text().replace("&", "") == "Delete"
    with qtbot.waitSignal(dialog.deleteRequested), qtbot.waitSignal(dialog.accepted):
        _delete_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("paths", "count", "text"),
    [
        (["/a"], 1, "1 node will be deleted: /a."),
        (["/a"], 2, "2 nodes will be deleted: /a and its 1 descendant."),
        (["/a", "/b"], 2, "2 nodes will be deleted: the 2 selected nodes."),
        (["/a", "/b"], 7, "7 nodes will be deleted: the 2 selected nodes and their 5 descendants."),
    ],
)
def test_delete_count_wording(qtbot, paths: list[str], count: int, text: str) -> None:
    dialog = DeleteNodeDialog(paths)
    qtbot.addWidget(dialog)
    dialog.set_count(count)
    assert dialog.message() == text


@pytest.mark.parametrize("path", ["/", "/zookeeper", "/zookeeper/quota"])
def test_delete_refuses_root_and_zookeeper(qtbot, path: str) -> None:
    dialog = DeleteNodeDialog(["/fine", path])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_refused()
    assert "cannot be deleted" in _label(dialog, "deleteCountLabel")
    dialog.set_count(5)
    assert not _delete_button(dialog).isEnabled()
    with qtbot.assertNotEmitted(dialog.deleteRequested):
        dialog.accept()
    assert dialog.isVisible()


def test_delete_count_failed(qtbot) -> None:
    dialog = DeleteNodeDialog(["/a"])
    qtbot.addWidget(dialog)
    dialog.set_count_failed("You are not allowed to read /a.")
    assert "Could not count" in dialog.message()
    assert "not allowed" in dialog.message()
    assert not _delete_button(dialog).isEnabled()


def test_delete_progress_cancel_and_finish(qtbot) -> None:
    dialog = DeleteNodeDialog(["/a"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_count(4)
    # The main window starts deleting as soon as Delete is clicked: the dialog stays open.
    dialog.deleteRequested.connect(lambda: dialog.start_progress(4))
    _delete_button(dialog).click()
    assert dialog.isVisible()
    bar = dialog.findChild(QProgressBar, "deleteProgress")
    assert bar.isVisible()
    assert not _delete_button(dialog).isVisible()
    dialog.set_progress(2, 4)
    assert bar.value() == 2
    assert dialog.message() == "Deleting… 2 of 4"
    cancel = dialog.findChild(QPushButton, "deleteCancelButton")
    with qtbot.waitSignal(dialog.cancelRequested):
        cancel.click()
    assert dialog.isVisible()  # stays until the main window reports the end
    assert "Cancelling" in dialog.message()
    assert not cancel.isEnabled()
    dialog.finish("2 nodes deleted. Cancelled before the end.", ok=False)
    close = dialog.findChild(QPushButton, "deleteCloseButton")
    assert close.isVisible()
    assert not cancel.isVisible()
    assert "Cancelled" in dialog.message()
    with qtbot.waitSignal(dialog.accepted):
        close.click()
    assert not dialog.isVisible()


def test_delete_progress_after_accept_reshows(qtbot) -> None:
    dialog = DeleteNodeDialog(["/a", "/b"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_count(2)
    dialog.accept()
    assert not dialog.isVisible()
    dialog.start_progress(None)  # total unknown: a busy bar
    assert dialog.isVisible()
    dialog.set_progress(1, None)
    assert dialog.findChild(QProgressBar, "deleteProgress").value() == 1
    dialog.finish("2 nodes deleted.")
    assert dialog.message() == "2 nodes deleted."


def test_delete_escape_during_progress_requests_cancel(qtbot) -> None:
    dialog = DeleteNodeDialog(["/a"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_count(1)
    dialog.start_progress(1)
    with qtbot.waitSignal(dialog.cancelRequested):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()


# -- conflict -------------------------------------------------------------------------------


def _run_conflict(qtbot, button_name: str | None) -> ConflictDialog:
    dialog = ConflictDialog("/app1/config", 3, 5)
    qtbot.addWidget(dialog)

    def press() -> None:
        if button_name is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, press)
    dialog.exec()
    return dialog


def test_conflict_texts(qtbot) -> None:
    dialog = ConflictDialog("/app1/config", 3, 5)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "conflictDialog"
    assert "/app1/config" in dialog.text()
    assert "version 3" in dialog.text()
    assert "version 5" in dialog.text()
    for name in ("conflictReloadButton", "conflictOverwriteButton", "conflictCancelButton"):
        assert dialog.findChild(QPushButton, name) is not None
    assert dialog.defaultButton() is dialog.findChild(QPushButton, "conflictCancelButton")
    assert dialog.choice() == "cancel"  # nothing clicked yet


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("conflictReloadButton", "reload"),
        ("conflictOverwriteButton", "overwrite"),
        ("conflictCancelButton", "cancel"),
        (None, "cancel"),
    ],
)
def test_conflict_choice(qtbot, button: str | None, choice: str) -> None:
    assert _run_conflict(qtbot, button).choice() == choice


def test_conflict_unknown_server_version(qtbot) -> None:
    dialog = ConflictDialog("/x", 1, None)
    qtbot.addWidget(dialog)
    assert "version 1" in dialog.text()
    assert isinstance(dialog, QMessageBox)


# -- connect --------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.from_file(str(tmp_path / "settings.ini"))


def _connect_widgets(dialog: ConnectDialog):
    return (
        dialog.findChild(QComboBox, "serverCombo"),
        dialog.findChild(QDoubleSpinBox, "timeoutSpin"),
        dialog.findChild(QLineEdit, "authEdit"),
        dialog.findChild(QCheckBox, "readOnlyCheck"),
    )


def test_connect_defaults_and_params(qtbot, settings: Settings) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    combo, timeout, auth, read_only = _connect_widgets(dialog)
    assert dialog.objectName() == "connectDialog"
    assert combo.isEditable()
    assert combo.currentText() == "localhost:2181"
    assert timeout.value() == 10
    assert auth.text() == ""
    assert not read_only.isChecked()
    assert _ok(dialog).isEnabled()
    combo.setEditText("zk1, zk2:2182/kafka")
    timeout.setValue(30)
    auth.setText("digest:alice:secret")
    read_only.setChecked(True)
    assert dialog.params() == ConnectParams(
        hosts="zk1:2181,zk2:2182/kafka",
        timeout=30.0,
        auth=(("digest", "alice:secret"),),
        read_only=True,
    )


@pytest.mark.parametrize(
    ("server", "reason"),
    [
        ("", "Enter a server"),
        ("localhost:99999", "between 1 and 65535"),
        ("::1", "brackets"),
        ("zk1/chroot/", "cannot end with"),
    ],
)
def test_connect_invalid_server(qtbot, settings: Settings, server: str, reason: str) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox, "serverCombo")
    combo.setEditText(server)
    assert not _ok(dialog).isEnabled()
    label = dialog.findChild(QLabel, "connectErrorLabel")
    assert label.isVisible()
    assert reason in label.text()
    dialog.accept()
    assert dialog.isVisible()


def test_connect_invalid_auth(qtbot, settings: Settings) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    auth = dialog.findChild(QLineEdit, "authEdit")
    auth.setText("nocolon")
    assert not _ok(dialog).isEnabled()
    assert "SCHEME:CREDENTIAL" in _label(dialog, "connectErrorLabel")
    auth.setText("")
    assert _ok(dialog).isEnabled()


def test_connect_recent_servers(qtbot, settings: Settings) -> None:
    for i in range(12):
        settings.remember_server(f"zk{i}:2181")
    settings.remember_server("zk5:2181")  # moves to the front, no duplicate
    recent = settings.recent_servers()
    assert recent[0] == "zk5:2181"
    assert len(recent) == 10
    assert len(set(recent)) == 10
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "serverCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == recent
    assert combo.currentText() == "zk5:2181"


def test_connect_accept_remembers_server_not_credentials(qtbot, settings: Settings) -> None:
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    combo, _, auth, _ = _connect_widgets(dialog)
    combo.setEditText("zkA")
    auth.setText("digest:alice:topsecret")
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog).click()
    assert settings.recent_servers()[0] == "zkA:2181"
    settings.sync()
    assert "topsecret" not in Path(settings.file_name()).read_text()
    assert settings.get(RECENT_SERVERS) == ["zkA:2181"]
