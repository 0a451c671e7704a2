"""Profiles and secrets in the tests: a keyring in memory (the test machine has none), and
a way to leave no profile behind for the next test (they share the settings)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from zkinspector.models.profiles import ProfileStore
from zkinspector.settings import Settings

__all__ = ["MemoryKeyring", "forget_profiles", "memory_keyring"]


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring is a MemoryKeyring for the test (zk/secrets.py stores there)."""
    old = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(old)


def forget_profiles(settings: Settings) -> None:
    """Delete every profile (a test that saved some leaves the settings as it found them)."""
    store = ProfileStore(settings)
    for profile in store.profiles():
        store.delete(profile.id)
