"""Container and TTL nodes from the create dialog, and what the app says about who owns
a node, in the real window against real servers."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QDockWidget, QLabel, QLineEdit

from tests.helpers import WAIT, select, visible, wait_visible
from zkinspector.models.tree import PathRole
from zkinspector.ui.create_dialog import CreateNodeDialog
from zkinspector.zk.stat import session_id_hex


def create(qtbot, window, name: str, **fields) -> CreateNodeDialog:
    """Open the create dialog on the selected node and fill it in (not accepted)."""
    action = window.actions.actionCreateNode
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    action.trigger()
    dialog = wait_visible(qtbot, window, CreateNodeDialog, "createNodeDialog")
    dialog.findChild(QLineEdit, "nodeNameEdit").setText(name)
    for check in ("ephemeralCheck", "sequentialCheck", "containerCheck"):
        if check in fields:
            dialog.findChild(QCheckBox, check).setChecked(fields[check])
    if "ttl" in fields:
        dialog.findChild(QLineEdit, "ttlEdit").setText(fields["ttl"])
    return dialog


def ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def owner_text(window) -> str:
    return window.page.statView.value("ephemeralOwner") or ""


@pytest.fixture
def extended_window(open_window, zk_extended_chroot):
    return open_window("--server", zk_extended_chroot)


def test_container_and_ttl_nodes_are_made_and_marked_as_made_here(
    qtbot, extended_window, kazoo_client, zk_extended_chroot
) -> None:
    window = extended_window
    other = kazoo_client(zk_extended_chroot)
    select(qtbot, window, "/")
    dialog = create(qtbot, window, "jobs", containerCheck=True)
    # A container is neither ephemeral nor sequential nor TTL: those are turned off.
    for name in ("ephemeralCheck", "sequentialCheck"):
        assert not dialog.findChild(QCheckBox, name).isEnabled()
    assert not dialog.findChild(QLineEdit, "ttlEdit").isEnabled()
    assert "container" in dialog.findChild(QLabel, "createNoteLabel").text()
    ok(dialog).click()
    qtbot.waitUntil(lambda: window.page.current_path() == "/jobs", timeout=WAIT)
    qtbot.waitUntil(lambda: "created here as a container" in owner_text(window), timeout=WAIT)
    assert owner_text(window) == "0 — created here as a container"
    # The server really made a container: it goes once its last child goes.
    other.create("/jobs/one")
    other.delete("/jobs/one")
    qtbot.waitUntil(lambda: other.exists("/jobs") is None, timeout=WAIT)

    select(qtbot, window, "/")
    dialog = create(qtbot, window, "lease", ttl="60000")
    assert not dialog.findChild(QCheckBox, "ephemeralCheck").isEnabled()
    ok(dialog).click()
    qtbot.waitUntil(lambda: window.page.current_path() == "/lease", timeout=WAIT)
    qtbot.waitUntil(lambda: "TTL" in owner_text(window), timeout=WAIT)
    assert owner_text(window) == "0 — created here as a TTL node (60000 ms)"
    # A node of the same name made by someone else is not called one.
    other.delete("/lease")
    other.create("/lease")
    qtbot.waitUntil(lambda: owner_text(window) == "0 (persistent, container or TTL)", timeout=WAIT)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"ttl": "soon"}, "whole number of milliseconds"),
        ({"ttl": "0"}, "between 1 and"),
        ({"ttl": "5", "ephemeralCheck": True}, "ephemeral node cannot have a TTL"),
        ({"containerCheck": True, "sequentialCheck": True}, "container node cannot"),
    ],
)
def test_impossible_types_are_refused_before_sending(
    qtbot, window, zk_client, fields, error
) -> None:
    select(qtbot, window, "/")
    dialog = create(qtbot, window, "x", **fields)
    assert not ok(dialog).isEnabled()
    assert error in dialog.findChild(QLabel, "createErrorLabel").text()
    dialog.accept()
    dialog.reject()
    assert zk_client.get_children("/") == []


def test_a_server_without_ttl_nodes_is_named_in_one_sentence(
    qtbot, window, zk_client: KazooClient
) -> None:
    select(qtbot, window, "/")
    ok(create(qtbot, window, "t", ttl="1000")).click()
    box = wait_visible(qtbot, window, object, "errorBox")
    assert "extendedTypesEnabled=true" in box.text()
    assert zk_client.exists("/t") is None
    box.close()
    dialog = create(qtbot, window, "t", ttl="1000")  # next time, the dialog says so
    assert "refused a TTL node before" in dialog.findChild(QLabel, "createNoteLabel").text()
    dialog.reject()


def test_own_ephemerals_are_marked_and_an_owner_leads_to_its_nodes(
    qtbot, window, kazoo_client, zk_chroot
) -> None:
    other = kazoo_client(zk_chroot)
    other.create("/grp/theirs-1", ephemeral=True, makepath=True)
    other.create("/grp/theirs-2", ephemeral=True)
    select(qtbot, window, "/grp")
    ok(create(qtbot, window, "mine", ephemeralCheck=True)).click()
    qtbot.waitUntil(lambda: window.page.current_path() == "/grp/mine", timeout=WAIT)
    qtbot.waitUntil(lambda: "owner: this connection" in owner_text(window), timeout=WAIT)
    mine = window.page.session.session_id
    assert owner_text(window) == f"{session_id_hex(mine)} — owner: this connection"
    model = window.page.model
    index = model.index_of_path("/grp/mine")
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "(this connection)" in index.data(Qt.ItemDataRole.ToolTipRole)

    select(qtbot, window, "/grp/theirs-1")
    theirs = other.client_id[0]
    assert owner_text(window) == session_id_hex(theirs)
    assert model.index_of_path("/grp/theirs-1").data(Qt.ItemDataRole.FontRole) is None
    # The owner's session leads to the other nodes it owns (a search of the tree).
    window.page.statView.findOwnedAction.trigger()
    assert window.findChild(QDockWidget, "searchDock").isVisible()
    panel = window.page.searchPanel
    qtbot.waitUntil(lambda: not panel.is_running() and len(panel.model) == 2, timeout=WAIT)
    assert panel.model.paths() == ["/grp/theirs-1", "/grp/theirs-2"]
    assert session_id_hex(theirs) in panel.statusLabel.text()
    assert visible(window, CreateNodeDialog, "createNodeDialog") is None
    assert panel.results.model().index(0, 0).data(PathRole) == "/grp/theirs-1"
