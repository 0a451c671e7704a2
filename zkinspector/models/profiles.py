"""Named connection profiles: where and how to connect, by a name the user chose.

A :class:`Profile` holds everything but secrets (name, connect string, chroot, timeout,
read-only, a colour, TLS and SASL settings, an SSH jump host for tunnels); its secrets
(:class:`ProfileSecrets`) live only in the system keyring (``zk/secrets.py``), under the
profile's id, so a rename keeps them. :class:`ProfileStore` keeps the list in the
settings (``settings.PROFILES``), moves the per-server profiles of earlier versions into
it once, and exports / imports the list as a JSON file without secrets.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..settings import PROFILES, SERVER_PROFILES, Settings
from ..zk import secrets
from ..zk.connstr import (
    DEFAULT_SSH_PORT,
    ConnectParams,
    build_params,
    format_connect_string,
    format_ssh_target,
    parse_connect_string,
    parse_key_values,
    parse_ssh_target,
)
from ..zk.paths import natural_key

__all__ = [
    "FILE_FORMAT",
    "ImportResult",
    "Profile",
    "ProfileSecrets",
    "ProfileStore",
    "forget_secrets",
    "read_secrets",
    "write_secrets",
]

FILE_FORMAT = "zkinspector-profiles"
FILE_VERSION = 1
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class ProfileSecrets:
    """A profile's secrets; kept in the system keyring only."""

    auth: str = ""  # "scheme:credential" added to the session
    sasl_password: str = ""
    key_password: str = ""  # of an encrypted TLS client key
    ssh_password: str = ""  # password or key passphrase of the SSH jump host

    def by_kind(self) -> dict[str, str]:
        return {
            secrets.AUTH: self.auth,
            secrets.SASL: self.sasl_password,
            secrets.TLS_KEY: self.key_password,
            secrets.SSH: self.ssh_password,
        }


@dataclass(frozen=True)
class Profile:
    """A named way to connect. ``hosts`` is the server list without the chroot."""

    name: str
    hosts: str = "localhost:2181"
    chroot: str = ""
    timeout: float = 10.0
    read_only: bool = True  # a profile is read-only until the user says otherwise
    colour: str = ""  # "#rrggbb" marking its tabs, or ""
    use_ssl: bool = False
    ca: str = ""
    certfile: str = ""
    keyfile: str = ""
    verify_certs: bool = True
    check_hostname: bool = False
    sasl_mechanism: str = ""
    sasl_username: str = ""
    sasl_service: str = ""
    sasl_principal: str = ""
    sasl_options: str = ""  # more pure-sasl options, "name=value, ..."
    ssh: str = ""  # [USER@]HOST[:PORT] of an SSH jump host (for tunnels)
    ssh_key: str = ""  # private key file for it ("" : the agent)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def connect_string(self) -> str:
        """The connect string with the chroot, as kazoo takes it."""
        return format_connect_string(parse_connect_string(self.hosts)[0], self.chroot)

    @property
    def secret_key(self) -> str:
        """The name its secrets are stored under in the keyring."""
        return f"profile:{self.id}"

    def check(self) -> None:
        """Raise ValueError with a sentence if the profile cannot be used."""
        if not self.name.strip():
            raise ValueError(QCoreApplication.translate("Profiles", "A profile needs a name."))
        if parse_connect_string(self.hosts)[1]:
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles", "Give the chroot in its own field, not in the connect string."
                )
            )
        if self.chroot and not self.chroot.startswith("/"):
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles", 'The chroot "{0}" must start with "/".'
                ).format(self.chroot)
            )
        if self.chroot:
            parse_connect_string("localhost" + self.chroot)  # checks the path
        if not self.timeout > 0:
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles", "The session timeout must be more than 0 seconds."
                )
            )
        if self.colour and not _COLOUR.match(self.colour):
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles", '"{0}" is not a colour; write #rrggbb.'
                ).format(self.colour)
            )

    def ssh_values(self) -> dict[str, Any]:
        """The jump host as build_params takes it (ssh_host "" without one)."""
        if not self.ssh:
            return {"ssh_host": "", "ssh_port": DEFAULT_SSH_PORT, "ssh_user": "", "ssh_key": ""}
        user, host, port = parse_ssh_target(self.ssh)
        return {"ssh_host": host, "ssh_port": port, "ssh_user": user, "ssh_key": self.ssh_key}

    def params(self, keys: ProfileSecrets | None = None) -> ConnectParams:
        """The ConnectParams to open a session. Raises ValueError (with a sentence) when
        something is missing, e.g. a SASL password that is not in the keyring."""
        keys = keys or ProfileSecrets()
        extra: dict[str, str] = {}
        if self.sasl_mechanism == "GSSAPI":
            extra = parse_key_values(self.sasl_options)
            extra.update(service=self.sasl_service, principal=self.sasl_principal)
        return build_params(
            self.connect_string,
            timeout=self.timeout,
            auth=[keys.auth] if keys.auth else [],
            read_only=self.read_only,
            use_ssl=self.use_ssl,
            ca=self.ca,
            certfile=self.certfile,
            keyfile=self.keyfile,
            keyfile_password=keys.key_password,
            verify_certs=self.verify_certs,
            check_hostname=self.check_hostname,
            sasl_mechanism=self.sasl_mechanism,
            sasl_username=self.sasl_username,
            sasl_password=keys.sasl_password,
            **self.ssh_values(),
            sasl_extra=extra,
        )

    def to_dict(self, *, with_id: bool = True) -> dict[str, Any]:
        """Plain values for the settings or a file (never a secret)."""
        data = asdict(self)
        if not with_id:
            del data["id"]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, new_id: bool = False) -> Profile:
        """A profile from plain values; unknown keys are ignored, values of the wrong type
        fall back to the default. Raises ValueError when it cannot be used."""
        if not isinstance(data, Mapping):
            raise ValueError(
                QCoreApplication.translate("Profiles", "A profile is not a JSON object.")
            )
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data or (f.name == "id" and new_id):
                continue
            value = data[f.name]
            default = f.default if f.name != "id" else ""
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = isinstance(value, int | float) and not isinstance(value, bool)
                value = float(value) if ok else value
            else:
                ok = isinstance(value, str)
            if ok:
                values[f.name] = value
        if "name" not in values:
            raise ValueError(QCoreApplication.translate("Profiles", "A profile has no name."))
        profile = cls(**values)
        profile.check()
        return profile


@dataclass(frozen=True)
class ImportResult:
    """What an import did, by profile name."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (name in the file, name given)
    skipped: tuple[str, ...] = ()
    forget: tuple[str, ...] = ()  # secret keys whose secrets must go (not for a new ensemble)


class ProfileStore:
    """The profiles kept in the settings (sorted by name); secrets in the keyring.

    Reads the settings on every call, so several stores (dialogs) never disagree.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    # -- reading ----------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """Every profile, sorted by name (naturally, ignoring case)."""
        raw = self._settings.get(PROFILES)
        if "items" not in raw:
            return self._migrate()
        found = []
        for item in raw.get("items", []):
            try:
                found.append(Profile.from_dict(item))
            except ValueError:
                continue  # a hand-edited entry that cannot be used: left out
        return sorted(found, key=lambda p: natural_key(p.name))

    def names(self) -> list[str]:
        return [p.name for p in self.profiles()]

    def find(self, name: str) -> Profile | None:
        """The profile of that name (case as written), or None."""
        return next((p for p in self.profiles() if p.name == name), None)

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles() if p.id == profile_id), None)

    def for_connect_string(self, connect_string: str) -> Profile | None:
        """The first profile (by name) with this connect string, or None."""
        try:
            hosts, chroot = parse_connect_string(connect_string)
        except ValueError:
            return None
        wanted = format_connect_string(hosts, chroot)
        return next((p for p in self.profiles() if p.connect_string == wanted), None)

    def load_secrets(self, profile: Profile) -> ProfileSecrets:
        """The profile's secrets from the keyring (blocks: not on the GUI thread)."""
        return read_secrets(profile.secret_key)

    def unique_name(self, base: str, taken: Iterable[str] | None = None) -> str:
        """``base``, or "base (2)", "base (3)"... whichever no profile has."""
        names = set(self.names() if taken is None else taken)
        if base not in names:
            return base
        stem = re.sub(r" \(\d+\)$", "", base)
        n = 2
        while f"{stem} ({n})" in names:
            n += 1
        return f"{stem} ({n})"

    # -- changing ---------------------------------------------------------------------

    def save(self, profile: Profile, keys: ProfileSecrets | None = None) -> bool:
        """Add the profile, or replace the one with its id; store ``keys`` in the keyring
        (an empty one removes it; None leaves them as they are). Blocks on the keyring.

        Returns False when secrets were given but there is no keyring to keep them.
        Raises ValueError when the profile cannot be used or another one has its name.
        """
        self.put(profile)
        return True if keys is None else write_secrets(profile.secret_key, keys)

    def put(self, profile: Profile) -> None:
        """Add the profile, or replace the one with its id, in the settings only.
        Raises ValueError when the profile cannot be used or another one has its name."""
        profile.check()
        others = [p for p in self.profiles() if p.id != profile.id]
        if any(p.name == profile.name for p in others):
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles", 'There is already a profile named "{0}".'
                ).format(profile.name)
            )
        self._write([*others, profile])

    def delete(self, profile_id: str) -> None:
        """Remove a profile and its secrets (blocks on the keyring)."""
        removed = self.remove(profile_id)
        if removed is not None:
            forget_secrets(removed.secret_key)

    def remove(self, profile_id: str) -> Profile | None:
        """Remove a profile from the settings; returns it (None if there was none)."""
        profile = self.get(profile_id)
        if profile is not None:
            self._write([p for p in self.profiles() if p.id != profile_id])
        return profile

    def duplicate(self, profile_id: str) -> Profile:
        """Save a copy of a profile (secrets too) as "<name> (2)"; returns the copy.
        Blocks on the keyring."""
        original, copy = self.put_copy(profile_id)
        secrets.copy_secrets(original.secret_key, copy.secret_key)
        return copy

    def put_copy(self, profile_id: str) -> tuple[Profile, Profile]:
        """Save a copy of a profile as "<name> (2)" in the settings only; returns the
        original and the copy. Raises ValueError when the profile is gone."""
        original = self.get(profile_id)
        if original is None:
            raise ValueError(
                QCoreApplication.translate("Profiles", "That profile does not exist any more.")
            )
        copy = replace(original, id=uuid.uuid4().hex, name=self.unique_name(original.name))
        self.put(copy)
        return original, copy

    def _write(self, profiles: Iterable[Profile]) -> None:
        ordered = sorted(profiles, key=lambda p: natural_key(p.name))
        self._settings.set(PROFILES, {"items": [p.to_dict() for p in ordered]})

    # -- files ------------------------------------------------------------------------

    def export_text(self, profile_ids: Iterable[str] | None = None) -> str:
        """The profiles (all, or these) as a JSON file's text, without ids or secrets."""
        wanted = None if profile_ids is None else set(profile_ids)
        chosen = [p for p in self.profiles() if wanted is None or p.id in wanted]
        document = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "profiles": [p.to_dict(with_id=False) for p in chosen],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @staticmethod
    def parse_import(text: str) -> list[Profile]:
        """The profiles of an exported file (new ids). Raises ValueError with a sentence
        when the text is not such a file or one of its profiles cannot be used."""
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise ValueError(
                QCoreApplication.translate("Profiles", "The file is not JSON ({0}).").format(exc)
            ) from None
        if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles", "The file is not a zkinspector profile list."
                )
            )
        if document.get("version") != FILE_VERSION:
            raise ValueError(
                QCoreApplication.translate(
                    "Profiles",
                    "The file is a version {0} profile list; this zkinspector reads version {1}.",
                ).format(document.get("version"), FILE_VERSION)
            )
        items = document.get("profiles")
        if not isinstance(items, list):
            raise ValueError(
                QCoreApplication.translate("Profiles", "The file holds no list of profiles.")
            )
        profiles = []
        for number, item in enumerate(items, 1):
            try:
                profiles.append(Profile.from_dict(item, new_id=True))
            except ValueError as exc:
                raise ValueError(
                    QCoreApplication.translate("Profiles", "Profile {0} in the file: {1}").format(
                        number, exc
                    )
                ) from None
        return profiles

    def clashes(self, incoming: Iterable[Profile]) -> list[str]:
        """Names of incoming profiles that a profile here already has."""
        names = set(self.names())
        return [p.name for p in incoming if p.name in names]

    def merge(self, incoming: Iterable[Profile], on_clash: str = "keep") -> ImportResult:
        """Add imported profiles, as :meth:`put_merged`, and drop the secrets it says go
        (blocks on the keyring)."""
        result = self.put_merged(incoming, on_clash)
        for key in result.forget:
            forget_secrets(key)
        return result

    def put_merged(self, incoming: Iterable[Profile], on_clash: str = "keep") -> ImportResult:
        """Add imported profiles to the settings. A name already taken is handled by
        ``on_clash``: "replace" (the profile here takes the file's settings; its secrets
        stay when its connect string is unchanged, else the result's ``forget`` lists
        them), "keep" (both: the import gets a new name) or "skip".
        """
        if on_clash not in ("replace", "keep", "skip"):
            raise ValueError(f"Unknown clash rule {on_clash!r}.")
        current = {p.name: p for p in self.profiles()}
        added, replaced, renamed, skipped, forget = [], [], [], [], []
        for profile in incoming:
            existing = current.get(profile.name)
            if existing is None:
                added.append(profile.name)
            elif on_clash == "skip":
                skipped.append(profile.name)
                continue
            elif on_clash == "replace":
                replaced.append(profile.name)
                if profile.connect_string != existing.connect_string:
                    forget.append(existing.secret_key)  # not sent to another ensemble
                profile = replace(profile, id=existing.id)
            else:
                new_name = self.unique_name(profile.name, current)
                renamed.append((profile.name, new_name))
                profile = replace(profile, name=new_name)
            current[profile.name] = profile
        self._write(current.values())
        return ImportResult(
            tuple(added), tuple(replaced), tuple(renamed), tuple(skipped), tuple(forget)
        )

    # -- the per-server profiles of earlier versions ------------------------------------

    def _migrate(self) -> list[Profile]:
        """Turn the profiles kept by connect string into named profiles (once)."""
        old = self._settings.get(SERVER_PROFILES)
        migrated = []
        for server, values in old.items():
            if not isinstance(values, dict):
                continue
            try:
                hosts, chroot = parse_connect_string(server)
                profile = Profile.from_dict(
                    {
                        **values,
                        "name": server,
                        "hosts": format_connect_string(hosts),
                        "chroot": chroot,
                    },
                    new_id=True,
                )
            except ValueError:
                continue
            migrated.append(profile)
            if values.get("remember_passwords"):
                secrets.copy_secrets(server, profile.secret_key, move=True)
        self._write(migrated)
        self._settings.remove(SERVER_PROFILES)
        return sorted(migrated, key=lambda p: natural_key(p.name))


def read_secrets(secret_key: str) -> ProfileSecrets:
    """The secrets kept under ``secret_key`` ("" for each one not stored). Blocks."""
    return ProfileSecrets(
        auth=secrets.load_secret(secret_key, secrets.AUTH) or "",
        sasl_password=secrets.load_secret(secret_key, secrets.SASL) or "",
        key_password=secrets.load_secret(secret_key, secrets.TLS_KEY) or "",
        ssh_password=secrets.load_secret(secret_key, secrets.SSH) or "",
    )


def write_secrets(secret_key: str, keys: ProfileSecrets) -> bool:
    """Keep ``keys`` under ``secret_key`` (an empty one removes it). Blocks. False when
    secrets were given but there is no keyring to keep them."""
    stored = True
    for kind, value in keys.by_kind().items():
        stored = secrets.save_secret(secret_key, kind, value) and stored
    return stored or not any(keys.by_kind().values())


def forget_secrets(secret_key: str) -> None:
    """Remove every secret kept under ``secret_key``. Blocks."""
    for kind in secrets.KINDS:
        secrets.delete_secret(secret_key, kind)


def ssh_profile_fields(values: dict[str, Any]) -> dict[str, str]:
    """A profile's ``ssh`` ("[USER@]HOST[:PORT]") and ``ssh_key`` from build_params' SSH
    arguments (as the connection form gives them)."""
    target = format_ssh_target(
        values.get("ssh_user", ""),
        values.get("ssh_host", ""),
        int(values.get("ssh_port", DEFAULT_SSH_PORT)),
    )
    return {"ssh": target, "ssh_key": values.get("ssh_key", "") if target else ""}
