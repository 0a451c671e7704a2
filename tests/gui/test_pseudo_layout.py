"""Under the pseudo-language (every text ~40 % longer), no window cuts a text off.

``--lang pseudo`` wraps every translated text (zkinspector's and Qt's own) so that it is
longer, as Portuguese or German texts are. Every dialog of the app is opened as a user
opens it, and each visible label and button must be as wide as its text needs (a word-
wrapped label as tall as its lines need). Texts that elide by design (a long path, the
search status line, whose tooltip holds the whole text) are left out.
"""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from tests.helpers import WAIT, select, wait_visible
from zkinspector.i18n import install_translations, pseudo_text
from zkinspector.ui.assets import resource_path
from zkinspector.ui.conflict_dialog import ask_conflict
from zkinspector.ui.create_dialog import ElidedLabel
from zkinspector.ui.diff_dialog import DiffDialog
from zkinspector.ui.widgets import show_message


@pytest.fixture
def pseudo_window(qtbot, open_window, zk_chroot, zk_client, qapp):
    zk_client.create("/app/config", b'{"service": "x"}', makepath=True)
    win = open_window("--server", zk_chroot, "--lang", "pseudo", connected=False)
    win.resize(1280, 800)
    qtbot.waitUntil(lambda: win.page.session.is_connected, timeout=WAIT)
    qtbot.waitUntil(lambda: win.page.current_path() == "/", timeout=WAIT)
    yield win
    install_translations(qapp, "en", resource_path("translations"))


def cut_off(window: QWidget) -> list[str]:
    """Visible labels and buttons of ``window`` narrower (or shorter) than their text."""
    problems = []
    widgets = window.findChildren(QLabel) + window.findChildren(QAbstractButton)
    for w in widgets:
        if not w.isVisibleTo(window) or not w.text() or isinstance(w, ElidedLabel):
            continue
        if w.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            continue  # elides by design, the whole text in its tooltip
        name = f"{type(w).__name__} {w.objectName() or ''} {w.text()[:50]!r}"
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() + 1 < w.heightForWidth(w.width()):
                problems.append(
                    f"{name}: {w.height()} px tall, needs {w.heightForWidth(w.width())}"
                )
        elif w.width() + 1 < w.sizeHint().width():
            problems.append(f"{name}: {w.width()} px wide, needs {w.sizeHint().width()}")
    return problems


def check(qtbot, window: QWidget) -> list[str]:
    """What ``window`` cuts off once its layout has settled (a text set just now is laid
    out by a posted event: give it up to a second, then take what is still cut off)."""
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    QApplication.processEvents()
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not cut_off(window), timeout=1000)
    return [f"{window.objectName()}: {p}" for p in cut_off(window)]


def test_pseudo_texts_are_longer_and_keep_placeholders():
    text = pseudo_text("Delete %n node(s) under {0} with &Save <b>now</b>")
    assert len(text) >= 1.4 * len("Delete node(s) under with Save now")
    for kept in ("%n", "{0}", "&S", "<b>", "</b>"):
        assert kept in text


def test_no_dialog_cuts_a_text_off(qtbot, pseudo_window):
    win = pseudo_window
    assert "~·" in win.actions.actionSave.text()  # the pseudo-language is on
    problems = check(qtbot, win)

    win.actions.actionSearch.trigger()
    problems += check(qtbot, win.searchDock)
    win.searchDock.hide()

    win.actions.actionConnect.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "connectDialog")
    dialog.form.tls_group.setChecked(True)
    dialog.form.sasl_group.setChecked(True)
    dialog.form.ssh_group.setChecked(True)
    problems += check(qtbot, dialog)
    dialog.reject()

    select(qtbot, win, "/app")
    win.actions.actionCreateNode.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "createNodeDialog")
    dialog.sequential_check.setChecked(True)
    dialog.ephemeral_check.setChecked(True)
    problems += check(qtbot, dialog)
    dialog.reject()

    win.actions.actionDeleteNode.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "deleteNodeDialog")
    qtbot.waitUntil(lambda: dialog.count() is not None, timeout=WAIT)
    problems += check(qtbot, dialog)
    dialog.reject()

    win.actions.actionAddAuth.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "addAuthDialog")
    problems += check(qtbot, dialog)
    dialog.reject()

    dialog = win.page.aclEditor.open_digest_dialog()
    problems += check(qtbot, dialog)
    dialog.reject()

    dialog = ask_conflict(win.page, "/app/config", 1, 2, lambda _choice: None)
    problems += check(qtbot, dialog)
    dialog.reject()

    dialog = DiffDialog("/app/config", "a\nb\n", "a\nc\n", win.page)
    dialog.open()
    problems += check(qtbot, dialog)
    dialog.reject()

    win.actions.actionAbout.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "aboutDialog")
    problems += check(qtbot, dialog)
    dialog.reject()

    win.actions.actionLog.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "logWindow")
    problems += check(qtbot, dialog)
    dialog.close()

    win.actions.actionShortcuts.trigger()
    box = wait_visible(qtbot, win, QMessageBox, "shortcutsBox")
    problems += check(qtbot, box)
    box.close()

    box = show_message(win, "Title", pseudo_text("A warning with a long enough sentence."))
    problems += check(qtbot, box)
    box.close()

    assert not problems, "texts cut off under the pseudo-language:\n" + "\n".join(problems)
