"""The desktop side: language, plurals, theme, zoom, the log window, About, what the app
remembers between runs, and --exit-after-connect."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QMenu

from tests.helpers import WAIT, select, wait_visible
from zkinspector import settings as prefs
from zkinspector.i18n import install_translations
from zkinspector.ui.assets import resource_path
from zkinspector.ui.theme import apply_theme, font_zoom, is_dark

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english_after(qapp):
    """Put the English catalogue, light theme and default zoom back after the test."""
    yield
    install_translations(qapp, "en", resource_path("translations"))
    apply_theme(qapp, "system")
    font_zoom().set_steps(0)


def _contrast(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_english_plurals_read_right(qapp):
    def deleted(n):
        return QCoreApplication.translate("SubtreeDelete", "%Ln node(s) deleted.", "", n)

    assert deleted(1) == "1 node deleted."
    assert deleted(2) == "2 nodes deleted."


def test_portuguese_window(qtbot, open_window, zk_chroot, zk_client, english_after):
    zk_client.create("/a/b", b"", makepath=True)
    win = open_window("--server", zk_chroot, "--lang", "pt_PT", connected=False)
    status = win.findChild(QLabel, "connectionStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Ligado a "), timeout=WAIT)
    titles = [m.title() for m in win.menuBar().findChildren(QMenu) if m.parent() is win.menuBar()]
    assert titles[:5] == ["&Ligação", "&Nó", "&Transferir", "&Ver", "A&juda"]
    assert win.actions.actionDeleteNode.text() == "&Eliminar…"
    assert win.actions.actionSave.text() == "&Guardar os dados"
    # Plural forms and numbers in Portuguese.
    one = QCoreApplication.translate("SubtreeDelete", "%Ln node(s) deleted.", "", 1)
    many = QCoreApplication.translate("SubtreeDelete", "%Ln node(s) deleted.", "", 1234567)
    assert one == "1 nó eliminado."
    assert many.replace("\u00a0", " ") == "1 234 567 nós eliminados."
    # The delete dialog, as a user opens it.
    select(qtbot, win, "/a")
    win.actions.actionDeleteNode.trigger()
    dialog = wait_visible(qtbot, win, QDialog, "deleteNodeDialog")
    qtbot.waitUntil(lambda: "vão ser eliminados" in dialog.message().lower(), timeout=WAIT)
    assert dialog.message() == "Vão ser eliminados 2 nós: /a e o seu descendente."
    assert dialog.windowTitle() == "Eliminar nó"
    cancel = dialog.findChild(type(dialog._cancel_button), "deleteCancelButton")
    assert cancel.text() == "Cancelar"  # Qt's own button, in Portuguese too
    dialog.reject()


def test_language_menu_remembers_the_choice(window):
    group = window.actions.languageGroup
    assert [a.data() for a in group.actions()] == ["", "en", "pt_PT"]
    window.actions.actionLanguageptPT.trigger()
    assert window.settings.get(prefs.LANGUAGE) == "pt_PT"
    assert window.actions.actionLanguageptPT.isChecked()
    assert "Português" in window.statusBar().currentMessage()
    window.actions.actionLanguageSystem.trigger()
    assert window.settings.get(prefs.LANGUAGE) == ""


def test_dark_theme_keeps_colours_readable(qtbot, window, english_after):
    window.actions.actionThemeDark.trigger()
    app = QApplication.instance()
    assert is_dark(app.palette())
    assert window.settings.get(prefs.THEME) == "dark"
    status = window.connectionStatus
    text = status.palette().color(QPalette.ColorRole.WindowText)
    background = app.palette().color(QPalette.ColorRole.Window)
    assert "Connected" in status.text()
    assert _contrast(text, background) > 4
    window.page.banner.show_for("/x")
    assert "#4a3f1a" in window.page.banner.styleSheet()  # the dark banner
    window.actions.actionThemeLight.trigger()
    assert not is_dark(app.palette())
    text = status.palette().color(QPalette.ColorRole.WindowText)
    assert _contrast(text, app.palette().color(QPalette.ColorRole.Window)) > 4
    assert "#fff3cd" in window.page.banner.styleSheet()


def test_zoom_scales_text_and_the_data_editor_and_is_remembered(
    qtbot, open_window, zk_chroot, english_after
):
    win = open_window("--server", zk_chroot)
    editor = win.page.dataPane.editor()
    app_size = QApplication.font().pointSizeF()
    editor_size = editor.font().pointSizeF()
    win.actions.actionZoomIn.trigger()
    win.actions.actionZoomIn.trigger()
    assert QApplication.font().pointSizeF() == app_size + 2
    assert editor.font().pointSizeF() > editor_size
    assert win.settings.get(prefs.FONT_ZOOM) == 2
    again = open_window("--server", zk_chroot)
    assert again.page.dataPane.editor().font().pointSizeF() > editor_size
    again.actions.actionZoomReset.trigger()
    assert QApplication.font().pointSizeF() == app_size
    assert win.settings.get(prefs.FONT_ZOOM) == 0


def test_log_window_shows_new_lines_live(qtbot, window):
    window.actions.actionLog.trigger()
    log = wait_visible(qtbot, window, QDialog, "logWindow")
    assert "zkinspector.log" in log.fileLabel.text()
    logging.getLogger("zkinspector").warning("a line for the log window")
    qtbot.waitUntil(lambda: "a line for the log window" in log.text(), timeout=WAIT)
    log.close()


def test_about_shows_every_version_and_the_servers(qtbot, window):
    window.actions.actionAbout.trigger()
    about = wait_visible(qtbot, window, QDialog, "aboutDialog")
    qtbot.waitUntil(lambda: about.server_text().startswith("3."), timeout=WAIT)
    text = about.versionsLabel.text()
    for name in ("zkinspector", "Qt", "PySide6", "kazoo", "Python", "ZooKeeper server"):
        assert name in text
    assert about.server_text() in text
    about.close()


def test_last_node_columns_and_data_view_are_remembered(qtbot, open_window, zk_chroot, zk_client):
    zk_client.create("/conf/app", b'{"a": 1}', makepath=True)
    win = open_window("--server", zk_chroot)
    select(qtbot, win, "/conf/app")
    qtbot.waitUntil(lambda: win.page.dataPane.path() == "/conf/app", timeout=WAIT)
    combo = win.page.dataPane.findChild(QComboBox, "dataViewCombo")
    hex_row = combo.findData("hex")
    combo.setCurrentIndex(hex_row)  # as a user's pick does: the index, then activated
    combo.activated.emit(hex_row)
    qtbot.waitUntil(lambda: win.settings.get(prefs.DATA_MODE) == "hex", timeout=WAIT)
    win.page.statView.setColumnWidth(0, 171)
    win.close()

    again = open_window("--server", zk_chroot)
    qtbot.waitUntil(lambda: again.page.current_path() == "/conf/app", timeout=WAIT)
    qtbot.waitUntil(lambda: again.page.dataPane.path() == "/conf/app", timeout=WAIT)
    assert again.page.dataPane.mode() == "hex"
    assert again.page.statView.columnWidth(0) == 171


def test_exit_after_connect_reports_the_listed_root(zk_chroot, zk_client, tmp_path):
    zk_client.create("/listed-child", b"")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "zkinspector", "--server", zk_chroot, "--exit-after-connect"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    assert report["children"] == ["listed-child"]
    assert report["status"].startswith("Connected")
    assert report["listed"] >= report["shown"]
