"""Preferences: typed values back from an INI file, defaults for what is absent or bad."""

from __future__ import annotations

from pathlib import Path

from zkinspector.settings import RECENT_MAX, RECENT_SERVERS, SERVER_PROFILES, Key, Settings

FLAG = Key("test/flag", False)
COUNT = Key("test/count", 3)
ZOOM = Key("test/zoom", 1.0)
NAME = Key("test/name", "")
BLOB = Key("test/blob", b"")


def reopened(settings: Settings) -> Settings:
    settings.sync()
    return Settings.from_file(settings.file_name())


def test_values_come_back_with_their_types(tmp_path: Path) -> None:
    s = Settings.from_file(str(tmp_path / "s.ini"))
    s.set(FLAG, True)
    s.set(COUNT, 7)
    s.set(ZOOM, 1.25)
    s.set(NAME, "kafka-prod")
    s.set(BLOB, b"\x00\x01\xff geometry")
    s.set(RECENT_SERVERS, ["only-one:2181"])  # one item: INI files give back a string
    s.set(SERVER_PROFILES, {"zk:2181": {"timeout": 5.0}})
    again = reopened(s)
    assert again.get(FLAG) is True
    assert again.get(COUNT) == 7
    assert again.get(ZOOM) == 1.25
    assert again.get(NAME) == "kafka-prod"
    assert again.get(BLOB) == b"\x00\x01\xff geometry"
    assert again.get(RECENT_SERVERS) == ["only-one:2181"]
    assert again.get(SERVER_PROFILES) == {"zk:2181": {"timeout": 5.0}}


def test_absent_or_unreadable_values_give_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[test]\ncount=not a number\n[connections]\nprofiles=[1, 2]\n")
    s = Settings.from_file(str(path))
    assert s.get(COUNT) == 3
    assert s.get(SERVER_PROFILES) == {}
    assert s.get(FLAG) is False
    defaults = s.get(RECENT_SERVERS)
    defaults.append("changed")  # a caller's copy: the default itself stays empty
    assert s.get(RECENT_SERVERS) == []
    s.set(COUNT, 9)
    s.remove(COUNT)
    assert s.get(COUNT) == 3


def test_recent_servers_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    s = Settings.from_file(str(tmp_path / "s.ini"))
    for i in range(RECENT_MAX + 3):
        s.remember_server(f"zk{i}:2181")
    s.remember_server("zk5:2181")
    s.remember_server("   ")
    recent = reopened(s).recent_servers()
    assert recent[0] == "zk5:2181"
    assert len(recent) == RECENT_MAX
    assert len(set(recent)) == RECENT_MAX
