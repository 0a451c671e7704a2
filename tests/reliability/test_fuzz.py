"""Fuzzed input in the connect and create dialogs: never a crash, and nothing written to the
server for input that is not valid.

Hypothesis runs the "ci" profile here (tests/hypothesis_profiles.py); HYPOTHESIS_PROFILE=long
runs 10,000 examples. An exception in a Qt slot fails the test (pytest-qt catches it).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kazoo.client import KazooClient
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from tests.helpers import WAIT
from zkinspector.zk.connstr import parse_connect_string
from zkinspector.zk.paths import InvalidPath, is_reserved, validate_name, validate_relative

FIXTURES_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text a user could type or paste: any character but lone surrogates (which no keyboard
# or clipboard gives), plus the cases that matter to ZooKeeper.
_typed = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)
_special = st.sampled_from(
    [".", "..", "zookeeper", "a/b", "/", "/a", "a/", " ", "\t", "x\x00y", "x\x7fy", "名前"]
    + ["\ue000", "\ufffe", "\U0001f600", "a" * 300, "ok-name", "p_0000000001", "-", "__"]
)
names = st.one_of(_special, _typed, st.from_regex(r"[A-Za-z0-9._-]{1,12}", fullmatch=True))

_host = st.one_of(
    st.sampled_from(["localhost", "127.0.0.1", "zk-1.example.org", "[::1]", "::1", "[::1"]),
    st.from_regex(r"[a-z0-9.-]{0,12}", fullmatch=True),
    _typed,
)
_port = st.one_of(
    st.just(""), st.integers(-5, 70000).map(lambda p: f":{p}"), _typed.map(":".__add__)
)
_chroot = st.one_of(
    st.just(""), st.sampled_from(["/", "/app", "/a//b", "/a/", "/zookeeper"]), _typed
)
servers = st.one_of(
    _typed,
    st.lists(st.tuples(_host, _port).map("".join), min_size=1, max_size=3)
    .map(",".join)
    .flatmap(lambda hosts: _chroot.map(lambda c: hosts + c)),
)
auths = st.one_of(
    st.just(""), _typed, st.sampled_from(["digest:u:p", "digest:u", "ip:127.0.0.1", ":x", "x:"])
)


@pytest.fixture(scope="module")
def connect_dialog(qapp) -> Iterator:
    from zkinspector.ui.connect_dialog import ConnectDialog

    dialog = ConnectDialog(None)
    dialog.show()
    yield dialog
    dialog.close()
    dialog.deleteLater()


def _set_text(dialog, name: str, value: str) -> None:
    widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QComboBox, name)
    if isinstance(widget, QComboBox):
        widget.setEditText(value)
    elif widget is not None:
        widget.setText(value)


@FIXTURES_OK
@given(
    server=servers,
    auth=auths,
    tls=st.booleans(),
    sasl=st.sampled_from(["", "DIGEST-MD5", "GSSAPI"]),
    sasl_user=_typed,
    sasl_options=st.one_of(_typed, st.sampled_from(["a=b", "a", "=b", "a=b,c=d", ""])),
)
def test_connect_dialog_never_crashes_and_only_valid_input_connects(
    qtbot, connect_dialog, server, auth, tls, sasl, sasl_user, sasl_options
) -> None:
    dialog = connect_dialog
    if not dialog.isVisible():
        dialog.show()
    dialog.setResult(0)
    tls_group = dialog.findChild(QGroupBox, "tlsGroup")
    if tls_group is not None:
        tls_group.setChecked(tls)
    sasl_group = dialog.findChild(QGroupBox, "saslGroup")
    if sasl_group is not None:
        sasl_group.setChecked(bool(sasl))
        combo = dialog.findChild(QComboBox, "saslMechanismCombo")
        if sasl and combo is not None and combo.findText(sasl) >= 0:
            combo.setCurrentIndex(combo.findText(sasl))
        _set_text(dialog, "saslUserEdit", sasl_user)
        _set_text(dialog, "saslOptionsEdit", sasl_options)
    _set_text(dialog, "serverCombo", server)
    _set_text(dialog, "authEdit", auth)

    ok = dialog.findChild(QDialogButtonBox, "connectButtonBox").button(
        QDialogButtonBox.StandardButton.Ok
    )
    assert ok.isEnabled() == dialog.is_valid()
    if dialog.is_valid():
        params = dialog.params()
        parse_connect_string(params.hosts)  # what is sent parses again
        assert dialog.error_text() == ""
        ok.click()
        assert dialog.result() == 1 and not dialog.isVisible()
    else:
        assert dialog.error_text().strip(), "it says what is wrong"
        with pytest.raises(ValueError):
            dialog.params()
        dialog.accept()  # Enter pressed anyway
        assert dialog.isVisible() and dialog.result() == 0


# -- the create dialog, in the real window, against the server ---------------------------


def _expected_valid(name: str, makepath: bool) -> bool:
    """The oracle: ZooKeeper's path rules, and never under /zookeeper."""
    try:
        if makepath:
            parts = validate_relative(name)
        else:
            validate_name(name)
            parts = [name]
    except InvalidPath:
        return False
    return not is_reserved("/" + "/".join(parts))


def _all_paths(client: KazooClient, path: str = "/") -> set[str]:
    out: set[str] = set()
    for child in client.get_children(path):
        full = path.rstrip("/") + "/" + child
        out.add(full)
        out |= _all_paths(client, full)
    return out


#: Refusals that depend on what is already on the server, not on the input.
_STATE_REFUSALS = ("already exists", "Ephemeral nodes cannot have children")


def _visible(window, cls, name: str | None = None):
    found = [w for w in window.findChildren(cls) if w.isVisible()]
    if name is not None:
        found = [w for w in found if w.objectName() == name]
    return found[0] if found else None


def test_create_dialog_fuzz_writes_exactly_the_valid_nodes(
    qtbot, window, zk_client: KazooClient
) -> None:
    from zkinspector.ui.create_dialog import CreateNodeDialog

    expected: dict[str, bytes] = {}  # path -> data: what the server must hold at the end
    refused: list[tuple[str, str]] = []  # (name, message) the server refused

    @given(name=names, data=_typed, flags=st.sampled_from(["", "ephemeral", "makepath"]))
    def attempt(name: str, data: str, flags: str) -> None:
        window.page.tree.setCurrentIndex(window.page.model.index(0, 0))  # under the chroot's root
        assert window.page.current_path() == "/"
        window.actions.actionCreateNode.trigger()
        qtbot.waitUntil(lambda: _visible(window, CreateNodeDialog) is not None, timeout=WAIT)
        dialog = _visible(window, CreateNodeDialog)
        dialog.findChild(QCheckBox, "ephemeralCheck").setChecked(flags == "ephemeral")
        dialog.findChild(QCheckBox, "makeParentsCheck").setChecked(flags == "makepath")
        edit = dialog.findChild(QLineEdit, "nodeNameEdit")
        edit.setText(name)
        dialog.findChild(QPlainTextEdit, "nodeDataEdit").setPlainText(data)
        typed = edit.text()
        ok = dialog.findChild(QDialogButtonBox, "createButtonBox").button(
            QDialogButtonBox.StandardButton.Ok
        )
        assert ok.isEnabled() == _expected_valid(typed, flags == "makepath"), (
            typed,
            dialog.error_text(),
        )
        if not ok.isEnabled():
            assert dialog.error_text() or not typed, "it says what is wrong"
            dialog.accept()  # Enter pressed anyway: nothing happens
            assert dialog.isVisible()
            dialog.reject()
            return
        request = dialog.request()
        ok.click()

        def settled() -> bool:
            return (
                request.path in expected
                or zk_client.exists(request.path) is not None
                or (_visible(window, QMessageBox, "errorBox") is not None)
            )

        qtbot.waitUntil(settled, timeout=WAIT)
        if request.path in expected:  # there already: the server refuses, the user is told
            qtbot.waitUntil(lambda: _visible(window, QMessageBox, "errorBox") is not None)
        box = _visible(window, QMessageBox, "errorBox")
        if box is not None:
            refused.append((typed, box.text()))
            box.close()
            return
        parts = request.path.strip("/").split("/")
        for depth in range(1, len(parts)):
            expected.setdefault("/" + "/".join(parts[:depth]), b"")
        expected[request.path] = request.data
        assert zk_client.get(request.path)[0] == request.data

    attempt()
    QApplication.processEvents()
    assert len(expected) >= 5, "the fuzz should create some nodes too"
    unexpected = [(n, m) for n, m in refused if not any(s in m for s in _STATE_REFUSALS)]
    assert unexpected == [], "the dialog let through input the server refuses"
    assert _all_paths(zk_client) == set(expected), "nothing but the valid nodes was written"
    for path, data in expected.items():
        assert zk_client.get(path)[0] == data
