"""The ACL editor: entries, presets, the digest helper, checks; ACL lists; acl_ops on a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kazoo.exceptions import BadVersionError
from kazoo.protocol.states import ZnodeStat
from kazoo.security import ACL, Id, Permissions
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

import tests.hypothesis_profiles  # noqa: F401
from zkinspector.models.selected import NodeSnapshot
from zkinspector.ui.acl_pane import AclEditor, AclView, DigestDialog
from zkinspector.ui.create_dialog import CreateNodeDialog
from zkinspector.zk import acl
from zkinspector.zk.acl_ops import apply_acl_tree, set_acl_once
from zkinspector.zk.bulk import create_tree

R, W, C, D, A = (
    Permissions.READ,
    Permissions.WRITE,
    Permissions.CREATE,
    Permissions.DELETE,
    Permissions.ADMIN,
)
ALL = Permissions.ALL
OPEN = [ACL(ALL, Id("world", "anyone"))]
BOB_DIGEST = "bob:fyVmFCwVbTJYrznoSu1koqYEYF0="  # digest_id("bob", "secret")


def _stat(aversion: int = 0) -> ZnodeStat:
    return ZnodeStat(1, 2, 0, 0, 0, 0, aversion, 0, 0, 0, 2)


def _snap(path: str = "/app", acls=None, aversion: int = 0) -> NodeSnapshot:
    return NodeSnapshot(path, b"", _stat(aversion), list(OPEN if acls is None else acls))


@pytest.fixture
def editor(qtbot) -> AclEditor:
    widget = AclEditor()
    qtbot.addWidget(widget)
    widget.resize(640, 320)
    widget.show()
    widget.show_snapshot(_snap())
    return widget


def _w(editor: AclEditor, cls, name: str):
    child = editor.findChild(cls, name)
    assert child is not None, name
    return child


def _message(editor: AclEditor) -> str:
    return _w(editor, QLabel, "aclMessageLabel").text()


def _select(editor: AclEditor, row: int) -> None:
    view = editor.view
    view.clearSelection()
    view.setCurrentItem(view.topLevelItem(row))


# -- the widget ----------------------------------------------------------------------------


def test_editor_widgets_by_name(editor: AclEditor) -> None:
    assert editor.findChild(AclView, "aclView") is editor.view
    for name in ("aclApplyButton", "aclApplySubtreeButton", "aclRevertButton", "aclDigestButton"):
        _w(editor, QPushButton, name)
    for name in ("aclAddButton", "aclRemoveButton", "aclPresetButton"):
        _w(editor, QToolButton, name)
    combo = _w(editor, QComboBox, "aclSchemeCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == list(acl.SCHEMES)
    for name in ("Read", "Write", "Create", "Delete", "Admin"):
        _w(editor, QCheckBox, f"aclPerm{name}")
    assert editor.view.rows() == [("world", "anyone", "read, write, create, delete, admin")]
    # Nothing edited yet: nothing to apply.
    assert not _w(editor, QPushButton, "aclApplyButton").isEnabled()


def test_select_entry_fills_form_and_form_edits_entry(qtbot, editor: AclEditor) -> None:
    _select(editor, 0)
    assert _w(editor, QComboBox, "aclSchemeCombo").currentText() == "world"
    assert _w(editor, QLineEdit, "aclIdEdit").text() == "anyone"
    assert all(_w(editor, QCheckBox, f"aclPerm{n}").isChecked() for n in ("Read", "Admin"))
    _w(editor, QCheckBox, "aclPermWrite").click()
    _w(editor, QCheckBox, "aclPermDelete").click()
    assert editor.view.rows() == [("world", "anyone", "read, create, admin")]
    assert editor.is_modified()
    assert _w(editor, QPushButton, "aclApplyButton").isEnabled()
    # Scheme ip: the id is typed.
    _w(editor, QComboBox, "aclSchemeCombo").setCurrentText("ip")
    id_edit = _w(editor, QLineEdit, "aclIdEdit")
    assert id_edit.text() == ""  # "anyone" is no address
    qtbot.keyClicks(id_edit, "10.0.0.0/8")
    assert editor.view.rows() == [("ip", "10.0.0.0/8", "read, create, admin")]
    assert editor.acl() == [ACL(R | C | A, Id("ip", "10.0.0.0/8"))]


def test_add_remove_and_revert(qtbot, editor: AclEditor) -> None:
    _w(editor, QToolButton, "aclAddButton").click()
    assert [r[0] for r in editor.view.rows()] == ["world", "digest"]
    qtbot.keyClicks(_w(editor, QLineEdit, "aclIdEdit"), BOB_DIGEST)
    assert editor.acl() == [*OPEN, ACL(R, Id("digest", BOB_DIGEST))]
    _select(editor, 0)
    _w(editor, QToolButton, "aclRemoveButton").click()
    assert editor.acl() == [ACL(R, Id("digest", BOB_DIGEST))]
    _w(editor, QPushButton, "aclRevertButton").click()
    assert editor.acl() == OPEN
    assert not editor.is_modified()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("open", [ACL(ALL, Id("world", "anyone"))]),
        ("creator-all", [ACL(ALL, Id("auth", ""))]),
        ("read-only", [ACL(R, Id("world", "anyone"))]),
    ],
)
def test_presets(editor: AclEditor, name: str, expected: list) -> None:
    editor.show_snapshot(_snap(acls=[ACL(R, Id("ip", "10.0.0.1"))]))
    button = _w(editor, QToolButton, "aclPresetButton")
    action = editor.preset_actions[name]
    assert action in button.menu().actions()
    action.trigger()
    assert editor.acl() == expected
    assert editor.is_modified()
    if name == "creator-all":  # no session, so no credentials: the user is told
        assert "needs credentials" in _message(editor)


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        (("ip", "300.1.2.3", R), "not an IP address"),
        (("ip", "10.0.0.0/40", R), "/40 is too long"),
        (("digest", "", R), "user:hash"),
        (("sasl", "", R), "needs an id"),
        (("x509", "CN=a", 0), "at least one permission"),
        (("world", "anyone", 0), "at least one permission"),
    ],
)
def test_invalid_entries_are_refused_with_a_message(
    qtbot, editor: AclEditor, entry: tuple, fragment: str
) -> None:
    editor.set_entries([entry])
    assert fragment in _message(editor)
    with qtbot.assertNotEmitted(editor.applyRequested):
        _w(editor, QPushButton, "aclApplyButton").click()
    assert fragment in _message(editor)
    assert _w(editor, QLabel, "aclMessageLabel").isVisible()
    assert fragment in editor.view.topLevelItem(0).toolTip(0)


def test_duplicate_and_empty_acl_refused(editor: AclEditor) -> None:
    editor.set_entries([("world", "anyone", R), ("world", "anyone", W)])
    assert "listed twice" in _message(editor)
    editor.set_entries([])
    assert "at least one entry" in _message(editor)
    with pytest.raises(ValueError):
        editor.acl()


def test_apply_sends_path_acl_and_loaded_aversion(qtbot, editor: AclEditor) -> None:
    editor.show_snapshot(_snap("/conf", aversion=4))
    editor.set_entries([("world", "anyone", R | A)])  # keeps our read and admin rights
    with qtbot.waitSignal(editor.applyRequested) as sig:
        _w(editor, QPushButton, "aclApplyButton").click()
    assert sig.args == ["/conf", [ACL(R | A, Id("world", "anyone"))], 4]


def test_losing_admin_warns_before_applying(qtbot, editor: AclEditor) -> None:
    editor.set_entries([("digest", BOB_DIGEST, ALL)])  # not us: we hold world:anyone only
    with qtbot.assertNotEmitted(editor.applyRequested):
        _w(editor, QPushButton, "aclApplyButton").click()
    qtbot.waitUntil(lambda: editor.findChild(QMessageBox, "aclLossDialog") is not None)
    box = editor.findChild(QMessageBox, "aclLossDialog")
    assert "read and admin" in box.text()
    with qtbot.waitSignal(editor.applyRequested):
        box.findChild(QPushButton, "aclLossDialogOk").click()


def test_snapshot_of_same_node_keeps_edit(editor: AclEditor) -> None:
    editor.preset_actions["read-only"].trigger()
    editor.show_snapshot(_snap(aversion=0))  # e.g. a data watch read the node again
    assert editor.acl() == [ACL(R, Id("world", "anyone"))]
    editor.show_snapshot(_snap("/other"))
    assert editor.acl() == OPEN
    assert not editor.is_modified()


def test_unreadable_node_and_read_only(editor: AclEditor) -> None:
    editor.show_snapshot(NodeSnapshot("/secret", None, _stat(), None, "NoAuth", readable=False))
    assert "Locked" in editor.view.placeholder()
    assert "Add Credentials" in editor.view.placeholder()
    assert not _w(editor, QToolButton, "aclAddButton").isEnabled()
    assert not _w(editor, QPushButton, "aclApplySubtreeButton").isEnabled()
    editor.show_snapshot(_snap())
    assert _w(editor, QPushButton, "aclApplySubtreeButton").isEnabled()
    editor.set_writable(False)
    for name in ("aclApplyButton", "aclApplySubtreeButton", "aclRevertButton"):
        assert not _w(editor, QPushButton, name).isEnabled(), name
    for name in ("aclAddButton", "aclRemoveButton", "aclPresetButton"):
        assert not _w(editor, QToolButton, name).isEnabled(), name


def test_digest_dialog_computes_id_and_forgets_password(qtbot, editor: AclEditor) -> None:
    _w(editor, QComboBox, "aclSchemeCombo")
    editor.set_entries([("digest", "", R)])
    _select(editor, 0)
    button = _w(editor, QPushButton, "aclDigestButton")
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: editor.findChild(DigestDialog, "aclDigestDialog") is not None)
    dialog = editor.findChild(DigestDialog, "aclDigestDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "digestUserEdit"), "bob")
    password = dialog.findChild(QLineEdit, "digestPasswordEdit")
    assert password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(password, "secret")
    assert dialog.findChild(QLabel, "digestResultLabel").text() == BOB_DIGEST
    dialog.accept()
    assert password.text() == ""  # not kept
    assert editor.acl() == [ACL(R, Id("digest", BOB_DIGEST))]


def test_screenshot(qtbot, editor: AclEditor, tmp_path: Path) -> None:
    editor.show_snapshot(
        _snap(
            "/conf",
            [
                ACL(R, Id("world", "anyone")),
                ACL(ALL, Id("digest", BOB_DIGEST)),
                ACL(R | W, Id("ip", "10.0.0.0/8")),
                ACL(R | A, Id("x509", "CN=client,O=Example")),
            ],
        )
    )
    _select(editor, 1)
    editor.resize(680, 330)
    shot = tmp_path / "acl-editor.png"  # docs/screenshots/acl-editor.png is made this way
    assert editor.grab().save(str(shot))
    assert editor.view.columnWidth(1) >= editor.view.sizeHintForColumn(1)  # ids not cut


# -- ACL lists and identities (pure) ----------------------------------------------------------


def test_parse_acl_list() -> None:
    text = "world:anyone:r, ip:10.0.0.0/8:rw\n\n# admins\ndigest:" + BOB_DIGEST + ":cdrwa\n"
    assert acl.parse_acl_list(text) == [
        ACL(R, Id("world", "anyone")),
        ACL(R | W, Id("ip", "10.0.0.0/8")),
        ACL(ALL, Id("digest", BOB_DIGEST)),
    ]
    # x509 ids hold commas: the line stays whole.
    assert acl.parse_acl_list("x509:CN=a,O=b:r") == [ACL(R, Id("x509", "CN=a,O=b"))]
    with pytest.raises(ValueError, match="Line 2"):
        acl.parse_acl_list("world:anyone:r\nip:999.1.1.1:r")
    with pytest.raises(ValueError, match="at least one"):
        acl.parse_acl_list("  \n# nothing\n")


def test_effective_perms_and_lost_rights() -> None:
    me = acl.identities_from_auth([("digest", "bob:secret")], address="127.0.0.1")
    assert Id("digest", BOB_DIGEST) in me
    assert acl.effective_perms([ACL(R, Id("digest", BOB_DIGEST))], me) == R
    assert acl.effective_perms([ACL(W, Id("ip", "127.0.0.0/8"))], me) == W
    assert acl.effective_perms([ACL(W, Id("ip", "10.0.0.0/8"))], me) == 0
    assert acl.effective_perms([ACL(A, Id("auth", ""))], me) == A
    anonymous = acl.identities_from_auth([])
    assert acl.effective_perms([ACL(A, Id("auth", ""))], anonymous) == 0
    assert acl.lost_rights(OPEN, [ACL(R, Id("world", "anyone"))], me) == A
    assert acl.lost_rights(OPEN, [ACL(ALL, Id("digest", BOB_DIGEST))], me) == 0
    assert acl.lost_rights(OPEN, [ACL(ALL, Id("digest", BOB_DIGEST))], anonymous) == R | A
    sasl = acl.identities_from_auth([], sasl_user="bob", x509_subject="CN=c")
    assert acl.effective_perms([ACL(R, Id("sasl", "bob")), ACL(W, Id("x509", "CN=c"))], sasl) == (
        R | W
    )


_perms = st.integers(1, 31)
_ident = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=16,
).filter(lambda s: s == s.strip() and "," not in s and not s.startswith("#"))
_entries = st.one_of(
    st.builds(lambda p: ACL(p, Id("world", "anyone")), _perms),
    st.builds(lambda p: ACL(p, Id("auth", "")), _perms),
    st.builds(lambda p, a: ACL(p, Id("ip", str(a))), _perms, st.ip_addresses()),
    st.builds(lambda p, i: ACL(p, Id("sasl", i)), _perms, _ident),
    st.builds(lambda p, i: ACL(p, Id("x509", i)), _perms, _ident),
    st.builds(
        lambda p, u, pw: ACL(p, Id("digest", acl.digest_id(u, pw))),
        _perms,
        _ident.filter(lambda s: ":" not in s),
        st.text(max_size=12),
    ),
)


@given(st.lists(_entries, min_size=1, max_size=8))
def test_acl_list_round_trip(entries) -> None:
    text = acl.format_acl_list(entries)
    assert acl.parse_acl_list(text) == entries
    assert acl.parse_acl_list(text.replace("\n", ",")) == entries


@given(st.lists(_entries, min_size=1, max_size=6), st.randoms())
def test_same_acl_ignores_order(entries, rnd) -> None:
    shuffled = list(entries)
    rnd.shuffle(shuffled)
    assert acl.same_acl(entries, shuffled)


@given(st.lists(_entries, max_size=6), st.lists(_entries, max_size=6))
def test_lost_rights_only_read_and_admin(old, new) -> None:
    me = acl.identities_from_auth([("digest", "bob:secret")])
    lost = acl.lost_rights(old, new, me)
    assert lost & ~(R | A) == 0
    assert lost & acl.effective_perms(new, me) == 0


# -- acl_ops against a real server ------------------------------------------------------------


def test_set_acl_once_uses_the_aversion(zk_client) -> None:
    zk_client.create("/n", b"x")
    stat = set_acl_once(zk_client, "/n", [ACL(R | A, Id("world", "anyone"))], 0)
    assert stat.aversion == 1
    with pytest.raises(BadVersionError):
        set_acl_once(zk_client, "/n", OPEN, 0)  # loaded before the change: a conflict
    assert zk_client.get_acls("/n")[0] == [ACL(R | A, Id("world", "anyone"))]
    set_acl_once(zk_client, "/n", OPEN, -1)
    assert zk_client.get_acls("/n")[0] == OPEN


def test_apply_acl_tree(zk_client) -> None:
    nodes = ["/t"] + [f"/t/a{i}" for i in range(30)] + [f"/t/a0/b{i}" for i in range(30)]
    create_tree(zk_client, [(p, b"") for p in nodes])
    reached: list[tuple[int, int | None]] = []
    new = [ACL(R | A, Id("world", "anyone"))]
    result = apply_acl_tree(zk_client, "/t", new, progress=lambda d, t: reached.append((d, t)))
    assert result.applied == len(nodes)
    assert not result.errors and not result.cancelled
    assert reached[-1] == (len(nodes), len(nodes))
    for path in nodes:
        assert zk_client.get_acls(path)[0] == new
    # Cancelled after the first batch: it stops, says so, and leaves the rest alone.
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    result = apply_acl_tree(zk_client, "/t", OPEN, cancelled=cancelled, window=2)
    assert result.cancelled
    assert 0 < result.applied < len(nodes)
    changed = sum(zk_client.get_acls(p)[0] == OPEN for p in nodes)
    assert changed == result.applied


# -- the create dialog's ACL choice ---------------------------------------------------------


def _create_dialog(qtbot, **kwargs) -> CreateNodeDialog:
    dialog = CreateNodeDialog("/app", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "nodeNameEdit").setText("n")
    return dialog


def _choices(dialog: CreateNodeDialog) -> list[str]:
    combo = dialog.findChild(QComboBox, "createAclCombo")
    return [combo.itemData(i) for i in range(combo.count())]


def test_create_dialog_acl_choices(qtbot) -> None:
    parent_acl = [ACL(R, Id("world", "anyone")), ACL(ALL, Id("digest", BOB_DIGEST))]
    dialog = _create_dialog(qtbot, parent_acl=parent_acl, has_credentials=False)
    assert _choices(dialog) == ["open", "creator-all", "read-only", "parent", "custom"]
    assert dialog.acl_choice() == "open"
    assert dialog.request().acl is None  # kazoo's default: world:anyone:cdrwa
    dialog.set_acl_choice("read-only")
    assert dialog.request().acl == [ACL(R, Id("world", "anyone"))]
    dialog.set_acl_choice("parent")
    assert dialog.request().acl == parent_acl
    dialog.set_acl_choice("creator-all")
    assert not dialog.is_valid()
    assert "needs credentials" in dialog.error_text()
    dialog.set_acl_choice("custom")
    edit = dialog.findChild(QPlainTextEdit, "createAclEdit")
    assert edit.isVisible()
    assert acl.parse_acl_list(edit.toPlainText()) == parent_acl  # starts from the parent's
    edit.setPlainText("ip:10.0.0.0/8:cdrwa, world:anyone:r")
    assert dialog.request().acl == [ACL(ALL, Id("ip", "10.0.0.0/8")), ACL(R, Id("world", "anyone"))]
    edit.setPlainText("ip:10.0.0.0/99:r")
    assert not dialog.is_valid() and "/99 is too long" in dialog.error_text()


def test_create_dialog_with_credentials_and_hidden_digests(qtbot) -> None:
    hidden = [ACL(ALL, Id("digest", "bob:x"))]  # what a client without ADMIN is shown
    dialog = _create_dialog(qtbot, parent_acl=hidden, has_credentials=True)
    assert "parent" not in _choices(dialog)  # "bob:x" would lock everybody out
    dialog.set_acl_choice("creator-all")
    assert dialog.request().acl == [ACL(ALL, Id("auth", ""))]
