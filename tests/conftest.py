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

from tests import hypothesis_profiles  # noqa: E402,F401
from tests.gui_fixtures import *  # noqa: E402,F401,F403
from tests.profile_helpers import memory_keyring  # noqa: E402,F401
from tests.sample_trees import sample_tree  # noqa: E402,F401
from tests.server_panel_helpers import admin_server, default_server, silent_port  # noqa: E402,F401
from tests.zk_fixtures import *  # noqa: E402,F401,F403
