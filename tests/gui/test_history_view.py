"""Node history in the real window: values seen while the app is open, and their diff."""

from __future__ import annotations

from kazoo.client import KazooClient
from PySide6.QtWidgets import QDockWidget, QPlainTextEdit, QPushButton

from tests.gui.test_event_log import watch
from tests.helpers import WAIT, select, visible
from zkinspector.ui.diff_dialog import DiffDialog


def shown(window) -> list[tuple[str, str]]:
    """(version, size) of the history rows, newest first."""
    model = window.page.historyView.table.model()
    return [(model.index(r, 1).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def test_the_selected_node_s_values_are_listed_and_compared(
    qtbot, window, zk_client: KazooClient
) -> None:
    zk_client.create("/conf", b"level=INFO\nport=1\n")
    select(qtbot, window, "/conf")
    window.actions.actionNodeHistory.trigger()
    assert window.findChild(QDockWidget, "historyDock").isVisible()
    view = window.page.historyView
    assert view.objectName() == "historyView"
    qtbot.waitUntil(lambda: [v for v, _ in shown(window)] == ["0"], timeout=WAIT)
    for version, text in enumerate((b"level=DEBUG\nport=1\n", b"level=DEBUG\nport=2\n"), 1):
        zk_client.set("/conf", text)
        qtbot.waitUntil(lambda v=version: shown(window)[0][0] == str(v), timeout=WAIT)
    assert [v for v, _ in shown(window)] == ["2", "1", "0"]
    assert "3 values" in view.titleLabel.text()

    view.table.selectRow(2)
    selection = view.table.selectionModel()
    selection.select(  # and the newest as well: the oldest against the newest
        view.table.model().index(0, 0),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    button = view.findChild(QPushButton, "historyCompareButton")
    assert button.isEnabled()
    button.click()
    dialog = visible(window, DiffDialog, "diffDialog")
    assert dialog is not None
    diff = dialog.findChild(QPlainTextEdit, "diffUnifiedView").toPlainText()
    assert "-level=INFO" in diff and "+level=DEBUG" in diff and "+port=2" in diff
    assert "version 0 at" in diff.splitlines()[0]
    dialog.close()

    zk_client.delete("/conf")
    qtbot.waitUntil(lambda: shown(window)[:1] == [("—", "deleted")], timeout=WAIT)


def test_a_watched_subtree_records_nodes_never_selected(
    qtbot, window, zk_client: KazooClient
) -> None:
    zk_client.create("/app/job", b"queued", makepath=True)
    watch(qtbot, window, "/app")
    history = window.page.history
    for state in (b"running", b"done"):
        zk_client.set("/app/job", state)
        qtbot.waitUntil(
            lambda s=state: (
                history.entries("/app/job")[-1:] != []
                and (history.entries("/app/job")[-1].data == s)
            ),
            timeout=WAIT,
        )
    select(qtbot, window, "/app/job")
    assert shown(window) == [("2", "4 B"), ("1", "7 B")]
