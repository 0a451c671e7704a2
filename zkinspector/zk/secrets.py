"""Passwords of saved connection profiles, kept only in the system keyring.

The ``keyring`` package picks the platform's store (Secret Service, KWallet, macOS
Keychain, Windows Credential Locker). When it finds none that works, nothing is saved:
a password is never written anywhere else, and the user types it again next time.
Every function here swallows keyring errors (a locked or absent store) and logs them
without the secret.
"""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

__all__ = [
    "AUTH",
    "KINDS",
    "SASL",
    "SERVICE",
    "SSH",
    "TLS_KEY",
    "account",
    "copy_secrets",
    "delete_secret",
    "keyring_available",
    "kazoo_logger",
    "load_secret",
    "save_secret",
]

SERVICE = "zkinspector"
"""The keyring service name the secrets are stored under."""

# The kinds of secret a profile may hold.
AUTH = "auth"  # "scheme:credential" added to the session
SASL = "sasl"  # the SASL password
TLS_KEY = "tls-key"  # the password of an encrypted TLS client key
SSH = "ssh"  # the password or key passphrase for an SSH jump host
KINDS: tuple[str, ...] = (AUTH, SASL, TLS_KEY, SSH)


def _backend():
    """The keyring backend, or None when the package or a usable store is missing."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except Exception:  # noqa: BLE001 - no keyring package: no store
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken configuration: no store
        log.info("keyring unavailable", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    name = type(backend).__module__
    if name.startswith("keyring.backends.null"):
        return None
    try:
        if getattr(backend, "priority", 1) <= 0:
            return None
    except Exception:  # noqa: BLE001 - priority raises when the store cannot work here
        return None
    return backend


def keyring_available() -> bool:
    """True if a system keyring that can store passwords is there."""
    return _backend() is not None


def account(profile: str, kind: str) -> str:
    """The keyring user name for one secret of a profile: "<server>|<kind>"."""
    return f"{profile}|{kind}"


def save_secret(profile: str, kind: str, secret: str) -> bool:
    """Store a secret (e.g. kind "sasl") for a profile; False when there is no usable keyring.

    An empty secret removes the stored one.
    """
    backend = _backend()
    if backend is None:
        return False
    if not secret:
        delete_secret(profile, kind)
        return True
    try:
        backend.set_password(SERVICE, account(profile, kind), secret)
        return True
    except Exception as exc:  # noqa: BLE001 - a locked or failing store: not saved
        log.warning("could not store a password in the keyring: %s", type(exc).__name__)
        return False


def load_secret(profile: str, kind: str) -> str | None:
    """The stored secret, or None when there is none (or no keyring)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, account(profile, kind))
    except Exception as exc:  # noqa: BLE001
        log.warning("could not read a password from the keyring: %s", type(exc).__name__)
        return None


def delete_secret(profile: str, kind: str) -> None:
    """Forget a stored secret; nothing happens when there is none."""
    backend = _backend()
    if backend is None:
        return
    # PasswordDeleteError when none was stored
    with contextlib.suppress(Exception):
        backend.delete_password(SERVICE, account(profile, kind))


def copy_secrets(source: str, target: str, *, move: bool = False) -> None:
    """Copy (or move) every kind of secret stored for profile ``source`` to ``target``."""
    for kind in KINDS:
        value = load_secret(source, kind)
        if value:
            save_secret(target, kind, value)
            if move:
                delete_secret(source, kind)


# -- logs -------------------------------------------------------------------------------


def _redact(value: object) -> object:
    from kazoo.protocol.serialization import SASL, Auth

    if isinstance(value, Auth):
        return f"Auth(auth_type={value.auth_type}, scheme={value.scheme!r}, auth='***')"
    if isinstance(value, SASL):
        return "SASL(***)"
    return value


class _RedactCredentials(logging.Filter):
    """Replaces kazoo's auth and SASL requests in log records by a masked text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(_redact(arg) for arg in record.args)
        return True


def kazoo_logger() -> logging.Logger:
    """kazoo's client logger, with a filter that keeps credentials out of its records.

    At DEBUG level kazoo logs every request it sends, an addauth one with the
    credential in clear text; the filter masks it.
    """
    logger = logging.getLogger("kazoo.client")
    if not any(isinstance(f, _RedactCredentials) for f in logger.filters):
        logger.addFilter(_RedactCredentials())
    return logger
