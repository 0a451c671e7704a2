"""Profiles in the tests: a way to leave no profile behind for the next test (they share
the settings). The keyring in memory is tests/keyring_fixtures.py."""

from __future__ import annotations

from zkinspector.models.profiles import ProfileStore
from zkinspector.settings import Settings

__all__ = ["forget_profiles"]


def forget_profiles(settings: Settings) -> None:
    """Delete every profile (a test that saved some leaves the settings as it found them)."""
    store = ProfileStore(settings)
    for profile in store.profiles():
        store.delete(profile.id)
