"""Profiles' secrets off the GUI thread: the system keyring can take seconds to answer
(a locked wallet, a slow D-Bus), so every keyring call runs on one worker of its own,
in the order asked, and its answer comes back as a signal.

The profile list itself (the settings) changes at once, on the caller's thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..zk import secrets
from ..zk.jobs import JobRunner
from .profiles import (
    ImportResult,
    Profile,
    ProfileSecrets,
    ProfileStore,
    forget_secrets,
    read_secrets,
    write_secrets,
)

__all__ = ["SecretKeeper"]


class SecretKeeper(QObject):
    """Reads and keeps profiles' secrets on a worker; answers by signal.

    ``available`` is None until the keyring was probed, then whether there is one.
    """

    availabilityKnown = Signal(bool)  # there is a system keyring (or not)
    loaded = Signal(int, object)  # the ticket load() gave, ProfileSecrets
    saved = Signal(str, bool)  # profile id, False when secrets given could not be kept

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One worker: a save and the load after it reach the keyring in that order.
        self._runner = JobRunner(self, workers=1, name="keyring")
        self.available: bool | None = None
        self._tickets = itertools.count(1)
        self._run(secrets.keyring_available, self._on_available)

    def load(self, profile: Profile) -> int:
        """Read ``profile``'s secrets; ``loaded`` brings them with the ticket returned
        (an answer to someone else, or to an older question, has another ticket)."""
        ticket = next(self._tickets)
        self._run(lambda: read_secrets(profile.secret_key), lambda k: self.loaded.emit(ticket, k))
        return ticket

    def save(self, store: ProfileStore, profile: Profile, keys: ProfileSecrets | None) -> None:
        """Save ``profile`` in ``store`` now and ``keys`` in the keyring (None: leave them;
        empty: remove them); ``saved`` follows. Raises ValueError as ProfileStore.put."""
        store.put(profile)
        if keys is None:
            self.saved.emit(profile.id, True)
            return
        self._run(
            lambda: write_secrets(profile.secret_key, keys),
            lambda kept: self.saved.emit(profile.id, kept),
        )

    def delete(self, store: ProfileStore, profile_id: str) -> None:
        """Remove the profile now; its secrets go from the keyring on the worker."""
        removed = store.remove(profile_id)
        if removed is not None:
            self._run(lambda: forget_secrets(removed.secret_key))

    def duplicate(self, store: ProfileStore, profile_id: str) -> Profile:
        """Save a copy now (returned); its secrets are copied on the worker.
        Raises ValueError when the profile is gone."""
        original, copy = store.put_copy(profile_id)
        self._run(lambda: secrets.copy_secrets(original.secret_key, copy.secret_key))
        return copy

    def merge(self, store: ProfileStore, incoming: Iterable[Profile], rule: str) -> ImportResult:
        """Add imported profiles now (ProfileStore.put_merged); the secrets they replace
        for another ensemble go on the worker."""
        result = store.put_merged(incoming, rule)
        for key in result.forget:
            self._run(lambda key=key: forget_secrets(key))
        return result

    def shutdown(self) -> None:
        """Stop the worker (what is queued is dropped)."""
        self._runner.shutdown(wait=False)

    def _run(self, call: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        self._runner.start(lambda _job: call(), then)

    def _on_available(self, available: bool) -> None:
        self.available = bool(available)
        self.availabilityKnown.emit(self.available)
