"""Named profiles: kept in the settings without secrets, secrets in the keyring, files
exported without either, imports merged, the per-server profiles of earlier versions moved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.keyring_fixtures import MemoryKeyring
from zkinspector.models.profiles import Profile, ProfileSecrets, ProfileStore
from zkinspector.settings import PROFILES, SERVER_PROFILES, Settings
from zkinspector.zk import secrets


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_file(str(tmp_path / "settings.ini"))


@pytest.fixture
def store(settings: Settings) -> ProfileStore:
    return ProfileStore(settings)


def settings_text(settings: Settings) -> str:
    settings.sync()
    return Path(settings.file_name()).read_text()


def test_a_profile_is_read_only_until_said_otherwise() -> None:
    profile = Profile("prod", "zk1:2181,zk2:2181", "/kafka")
    assert profile.read_only
    assert profile.connect_string == "zk1:2181,zk2:2181/kafka"
    params = profile.params(ProfileSecrets(auth="digest:ops:pw"))
    assert params.hosts == "zk1:2181,zk2:2181/kafka" and params.read_only
    assert params.auth == (("digest", "ops:pw"),)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"name": " "}, "needs a name"),
        ({"hosts": "zk1:2181/app"}, "chroot in its own field"),
        ({"chroot": "app"}, 'must start with "/"'),
        ({"chroot": "/app/"}, "cannot end with"),
        ({"colour": "red"}, "not a colour"),
        ({"hosts": "zk1:99999"}, "between 1 and 65535"),
    ],
)
def test_unusable_profiles_are_refused_with_a_sentence(changes: dict, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        Profile.from_dict({"name": "p", **changes})


def test_a_missing_sasl_password_is_said_when_connecting() -> None:
    profile = Profile("sasl", sasl_mechanism="DIGEST-MD5", sasl_username="bob")
    with pytest.raises(ValueError, match="needs a password"):
        profile.params()
    assert profile.params(ProfileSecrets(sasl_password="pw")).sasl_user == "bob"


def test_saved_profiles_keep_their_secrets_in_the_keyring_only(
    settings: Settings, store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    prod = Profile("Production", "zk1:2181", colour="#d32f2f")
    assert store.save(prod, ProfileSecrets(auth="digest:ops:s3cret", sasl_password="sasl-pw"))
    assert store.names() == ["Production"]
    again = ProfileStore(Settings.from_file(settings.file_name()))
    assert again.find("Production") == prod
    assert again.load_secrets(prod).auth == "digest:ops:s3cret"
    text = settings_text(settings)
    assert "Production" in text and "#d32f2f" in text
    assert "s3cret" not in text and "sasl-pw" not in text
    assert set(memory_keyring.store.values()) == {"digest:ops:s3cret", "sasl-pw"}
    # A rename keeps the secrets (they are kept under the profile's id).
    renamed = Profile(**{**prod.to_dict(), "name": "Prod (EU)"})
    store.save(renamed)
    assert store.load_secrets(renamed).sasl_password == "sasl-pw"
    # Another profile may not take its name.
    with pytest.raises(ValueError, match="already a profile named"):
        store.save(Profile("Prod (EU)", "zk9:2181"))


def test_duplicate_and_delete(store: ProfileStore, memory_keyring: MemoryKeyring) -> None:
    original = Profile("test", "zk1:2181", read_only=False)
    store.save(original, ProfileSecrets(auth="digest:a:b"))
    copy = store.duplicate(original.id)
    assert copy.name == "test (2)" and copy.id != original.id and not copy.read_only
    assert store.load_secrets(copy).auth == "digest:a:b"
    assert store.duplicate(original.id).name == "test (3)"
    store.delete(original.id)
    assert store.names() == ["test (2)", "test (3)"]
    assert store.load_secrets(original) == ProfileSecrets()
    assert store.load_secrets(copy).auth == "digest:a:b"


def test_profiles_sort_naturally(store: ProfileStore) -> None:
    for name in ("zk10", "Zk2", "alpha"):
        store.save(Profile(name))
    assert store.names() == ["alpha", "Zk2", "zk10"]


def test_export_has_neither_secrets_nor_ids(store: ProfileStore, memory_keyring) -> None:
    store.save(Profile("a", "zk1:2181", "/x", colour="#388e3c"), ProfileSecrets(auth="digest:u:pw"))
    store.save(Profile("b", "zk2:2181", sasl_mechanism="DIGEST-MD5", sasl_username="bob"))
    text = store.export_text()
    document = json.loads(text)
    assert document["format"] == "zkinspector-profiles" and document["version"] == 1
    assert [p["name"] for p in document["profiles"]] == ["a", "b"]
    assert "pw" not in text and '"id"' not in text
    assert document["profiles"][0]["chroot"] == "/x"
    assert document["profiles"][1]["sasl_username"] == "bob"


def test_import_merges_and_asks_only_about_clashes(
    tmp_path: Path, store: ProfileStore, memory_keyring
) -> None:
    here = Profile("shared", "zk1:2181")
    store.save(here, ProfileSecrets(auth="digest:u:pw"))
    other = ProfileStore(Settings.from_file(str(tmp_path / "other.ini")))
    other.save(Profile("shared", "zk1:2181", read_only=False))
    other.save(Profile("new one", "zk7:2181", colour="#1976d2"))
    incoming = store.parse_import(other.export_text())
    assert store.clashes(incoming) == ["shared"]

    kept = store.merge(incoming, "keep")
    assert kept.added == ("new one",) and kept.renamed == (("shared", "shared (2)"),)
    assert store.names() == ["new one", "shared", "shared (2)"]
    assert store.find("new one").colour == "#1976d2"

    replaced = store.merge(store.parse_import(other.export_text()), "replace")
    assert "shared" in replaced.replaced
    shared = store.find("shared")
    assert shared.id == here.id and not shared.read_only
    assert store.load_secrets(shared).auth == "digest:u:pw"  # same ensemble: kept

    moved = Profile("shared", "zk5:2181")
    store.merge([moved], "replace")
    assert store.load_secrets(store.find("shared")).auth == ""  # not sent elsewhere

    skipped = store.merge(store.parse_import(other.export_text()), "skip")
    assert set(skipped.skipped) == {"shared", "new one"} and not skipped.added


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not json", "not JSON"),
        ('{"profiles": []}', "not a zkinspector profile list"),
        ('{"format": "zkinspector-profiles", "version": 9, "profiles": []}', "version 9"),
        (
            '{"format": "zkinspector-profiles", "version": 1, "profiles": [{"name": "x",'
            ' "hosts": "bad host"}]}',
            "Profile 1 in the file",
        ),
    ],
)
def test_a_bad_file_is_refused_whole(store: ProfileStore, text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        store.parse_import(text)
    assert store.names() == []


def test_profiles_of_earlier_versions_are_moved_with_their_passwords(
    settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    settings.set(
        SERVER_PROFILES,
        {
            "zk1:2181,zk2:2181/kafka": {
                "timeout": 30.0,
                "read_only": False,
                "sasl_mechanism": "DIGEST-MD5",
                "sasl_username": "bob",
                "remember_passwords": True,
            },
            "zk9:2181": {"timeout": 5.0, "read_only": True, "remember_passwords": False},
        },
    )
    secrets.save_secret("zk1:2181,zk2:2181/kafka", secrets.SASL, "bob-pw")
    store = ProfileStore(settings)

    kafka = store.find("zk1:2181,zk2:2181/kafka")
    assert kafka.hosts == "zk1:2181,zk2:2181" and kafka.chroot == "/kafka"
    assert kafka.timeout == 30.0 and not kafka.read_only and kafka.sasl_username == "bob"
    assert store.load_secrets(kafka).sasl_password == "bob-pw"
    assert secrets.load_secret("zk1:2181,zk2:2181/kafka", secrets.SASL) is None  # moved
    assert store.find("zk9:2181").read_only
    assert settings.get(SERVER_PROFILES) == {}
    assert len(settings.get(PROFILES)["items"]) == 2
    # Once: a deleted migrated profile does not come back.
    store.delete(kafka.id)
    assert ProfileStore(settings).names() == ["zk9:2181"]
