"""Test session set-up: offscreen Qt, isolated settings, a real ZooKeeper (zk_fixtures)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# Settings and logs of the tests never touch the user's.
_home = tempfile.mkdtemp(prefix="zkinspector-test-home-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")

import pytest  # noqa: E402

from tests import hypothesis_profiles  # noqa: E402,F401
from tests.gui_fixtures import *  # noqa: E402,F401,F403
from tests.keyring_fixtures import *  # noqa: E402,F401,F403
from tests.sample_trees import sample_tree  # noqa: E402,F401
from tests.server_panel_helpers import admin_server, default_server, silent_port  # noqa: E402,F401
from tests.ssh_fixtures import *  # noqa: E402,F401,F403
from tests.zk_fixtures import *  # noqa: E402,F401,F403


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """The English catalogue (plural forms) as the app installs it under LANG=C."""
    from zkinspector.i18n import install_translations
    from zkinspector.ui.assets import resource_path

    install_translations(qapp, "en", resource_path("translations"))


@pytest.fixture(autouse=True)
def _fresh_look_preferences(qapp):
    """A test starts with the default theme, zoom, language, data view and docks."""
    qapp.setOrganizationName("zkinspector")
    qapp.setApplicationName("zkinspector")
    from zkinspector import settings

    store = settings.Settings()
    for key in (
        settings.THEME,
        settings.FONT_ZOOM,
        settings.LANGUAGE,
        settings.DATA_MODE,
        settings.DATA_CHARSET,
        settings.WINDOW_STATE,  # docks left open by another test stay closed
    ):
        store.remove(key)
