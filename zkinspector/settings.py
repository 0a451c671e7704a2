"""Every preference of zkinspector: its key, its default and its type, in one place.

Nothing else touches QSettings. A preference is a module-level :class:`Key`; read it with
``settings.get(KEY)`` and write it with ``settings.set(KEY, value)``. The value read back
always has the default's type, whatever the QSettings backend stored (an INI file gives
strings, a single-item list comes back as a string, ...). Secrets never go here: they go
to the system keyring (``zk/secrets.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

__all__ = [
    "ADMIN_PORTS",
    "COLUMN_WIDTHS",
    "DATA_CHARSET",
    "DATA_MODE",
    "EVENT_LOG_CAPACITY",
    "FONT_ZOOM",
    "HISTORY_PER_NODE",
    "HISTORY_TOTAL_MB",
    "LANGUAGE",
    "LAST_NODES",
    "LAST_NODES_MAX",
    "PROFILES",
    "RECENT_MAX",
    "RECENT_SERVERS",
    "SERVER_PROFILES",
    "SPLITTER_STATE",
    "THEME",
    "TREE_ORDER",
    "TRANSFER_DIRECTORY",
    "WINDOW_GEOMETRY",
    "WINDOW_STATE",
    "Key",
    "Settings",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    """A preference: where it is stored and what it is when nothing is stored."""

    name: str
    default: T

    def child(self, suffix: str) -> Key[T]:
        """The same kind of preference for one named thing (e.g. one splitter)."""
        return Key(f"{self.name}/{suffix}", self.default)


#: The main window's geometry and dock/toolbar state (QMainWindow.saveGeometry / saveState).
WINDOW_GEOMETRY: Key[bytes] = Key("window/geometry", b"")
WINDOW_STATE: Key[bytes] = Key("window/state", b"")
#: A splitter's sizes (QSplitter.saveState), one per splitter name: SPLITTER_STATE.child(name).
SPLITTER_STATE: Key[bytes] = Key("window/splitters", b"")
#: A view's column widths in pixels (as strings), one list per view name:
#: COLUMN_WIDTHS.child("nodeTree"), .child("statView"), .child("aclView").
COLUMN_WIDTHS: Key[list] = Key("window/columns", [])
#: The interface language ("en", "pt_PT"); "" follows the system's locale.
LANGUAGE: Key[str] = Key("view/language", "")
#: "system", "light" or "dark".
THEME: Key[str] = Key("view/theme", "system")
#: Font zoom, in points over the system's size.
FONT_ZOOM: Key[int] = Key("view/fontZoom", 0)
#: The data view (DataPane.mode()) and charset (DataPane.charset()) the user chose last.
DATA_MODE: Key[str] = Key("data/mode", "")
DATA_CHARSET: Key[str] = Key("data/charset", "")
#: The node selected last per connect string, most recent first, as "SERVER<TAB>PATH".
LAST_NODES: Key[list] = Key("connections/lastNodes", [])
LAST_NODES_MAX = 50
#: The order of children in the tree (one of zk.order.ORDERS).
TREE_ORDER: Key[str] = Key("tree/order", "name")
#: Connect strings used, most recent first.
RECENT_SERVERS: Key[list] = Key("connections/recent", [])
RECENT_MAX = 10
#: How to connect to each server (timeout, TLS files, SASL user...; no secrets), by hosts:
#: the store of earlier versions, moved into PROFILES once (models/profiles.py).
SERVER_PROFILES: Key[dict] = Key("connections/profiles", {})
#: Rows the event log of a connection keeps (the oldest go first).
EVENT_LOG_CAPACITY: Key[int] = Key("events/capacity", 100_000)
#: Values kept per node by the node history, and MiB of data kept in all.
HISTORY_PER_NODE: Key[int] = Key("history/perNode", 100)
HISTORY_TOTAL_MB: Key[int] = Key("history/totalMiB", 64)
#: The folder of the last export or import file.
TRANSFER_DIRECTORY: Key[str] = Key("transfer/directory", "")
#: Named connection profiles, no secrets: {"items": [Profile.to_dict(), ...]} (models/profiles.py).
PROFILES: Key[dict] = Key("connections/namedProfiles", {})
#: The AdminServer port of an ensemble when it is not 8080, by connect string (no chroot).
ADMIN_PORTS: Key[dict] = Key("servers/adminPorts", {})


class Settings:
    """Typed access to the application's QSettings (or to an INI file, for tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @classmethod
    def from_file(cls, path: str) -> Settings:
        """Settings kept in an INI file at ``path``."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def file_name(self) -> str:
        """Where the settings are stored."""
        return self._store.fileName()

    def sync(self) -> None:
        """Write pending changes to storage now."""
        self._store.sync()

    def get(self, key: Key[T]) -> T:
        """The stored value with the default's type; the default if absent or unreadable."""
        raw = self._store.value(key.name)
        if raw is None:
            return _copy(key.default)
        try:
            return _coerce(raw, key.default)
        except (TypeError, ValueError):
            return _copy(key.default)

    def set(self, key: Key[T], value: T) -> None:
        """Store ``value`` under the key."""
        default = key.default
        if isinstance(default, dict):
            self._store.setValue(key.name, json.dumps(value, sort_keys=True))
        elif isinstance(default, bytes):
            self._store.setValue(key.name, QByteArray(bytes(value)))  # type: ignore[arg-type]
        else:
            self._store.setValue(key.name, value)

    def remove(self, key: Key[Any]) -> None:
        """Forget the stored value: the default applies again."""
        self._store.remove(key.name)

    # -- the few preferences with rules of their own ---------------------------------------

    def recent_servers(self) -> list[str]:
        """The remembered connect strings, most recent first."""
        return [s for s in self.get(RECENT_SERVERS) if s][:RECENT_MAX]

    def remember_server(self, server: str) -> None:
        """Put ``server`` first in the recent list (no duplicates, RECENT_MAX kept)."""
        server = server.strip()
        if server:
            others = [s for s in self.recent_servers() if s != server]
            self.set(RECENT_SERVERS, [server, *others][:RECENT_MAX])

    def last_node(self, server: str) -> str:
        """The node selected last on this connect string ("" if none)."""
        for entry in self.get(LAST_NODES):
            key, _, path = entry.partition("\t")
            if key == server:
                return path
        return ""

    def remember_node(self, server: str, path: str) -> None:
        """Remember ``path`` as the node selected last on ``server`` (LAST_NODES_MAX kept)."""
        others = [e for e in self.get(LAST_NODES) if e.partition("\t")[0] != server]
        self.set(LAST_NODES, [f"{server}\t{path}", *others][:LAST_NODES_MAX])


def _copy(value: T) -> T:
    return type(value)(value) if isinstance(value, list | dict) else value  # type: ignore[return-value]


def _coerce(raw: Any, default: T) -> T:
    """Read ``raw`` (as a QSettings backend returns it) as the default's type."""
    if isinstance(default, bool):
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "on")  # type: ignore[return-value]
        return bool(raw)  # type: ignore[return-value]
    if isinstance(default, int | float):
        return type(default)(raw)  # type: ignore[return-value]
    if isinstance(default, str):
        return str(raw)  # type: ignore[return-value]
    if isinstance(default, bytes):
        return bytes(raw.data() if isinstance(raw, QByteArray) else raw)  # type: ignore[return-value]
    if isinstance(default, list):
        if isinstance(raw, str):
            return [raw] if raw else []  # type: ignore[return-value]
        return [str(item) for item in raw]  # type: ignore[return-value]
    if isinstance(default, dict):
        value = json.loads(raw) if isinstance(raw, str) and raw else {}
        if not isinstance(value, dict):
            raise ValueError("not a mapping")
        return value  # type: ignore[return-value]
    return raw
