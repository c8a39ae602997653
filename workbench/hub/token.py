"""The Hugging Face access token for gated repositories: kept in the OS keyring when one is available.

Without the ``keyring`` package (or without a working keyring backend) the token is kept for this session only,
and :attr:`HubTokenStore.persistent` says so, so the UI can tell the person.
"""

from __future__ import annotations

import threading
from typing import Any

SERVICE = "slm-workbench"
USERNAME = "huggingface-token"


def _keyring() -> Any | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # noqa: BLE001 - a broken keyring backend is the same as none
        return None
    return keyring


class HubTokenStore:
    """Get, set and clear the token. Thread-safe; ``use_keyring=False`` keeps it in memory only (tests)."""

    def __init__(self, use_keyring: bool = True) -> None:
        self._lock = threading.RLock()
        self._memory: str | None = None
        self._use_keyring = use_keyring
        self._keyring_found: Any | None = None
        self._looked = False

    @property
    def _keyring(self) -> Any | None:
        """The keyring, found on first use: looking costs a fifth of a second, not worth paying at start-up."""
        with self._lock:
            if not self._looked:
                self._looked = True
                self._keyring_found = _keyring() if self._use_keyring else None
            return self._keyring_found

    @_keyring.setter
    def _keyring(self, value: Any | None) -> None:
        self._keyring_found, self._looked = value, True

    @property
    def persistent(self) -> bool:
        """True when the token is saved in the OS keyring and survives a restart."""
        return self._keyring is not None

    def get(self) -> str | None:
        with self._lock:
            if self._memory:
                return self._memory
            if self._keyring is not None:
                try:
                    value = self._keyring.get_password(SERVICE, USERNAME)
                except Exception:  # noqa: BLE001
                    value = None
                self._memory = value or None
            return self._memory

    def set(self, token: str) -> None:
        token = token.strip()
        with self._lock:
            self._memory = token or None
            if self._keyring is not None:
                try:
                    if token:
                        self._keyring.set_password(SERVICE, USERNAME, token)
                    else:
                        self._keyring.delete_password(SERVICE, USERNAME)
                except Exception:  # noqa: BLE001 - keep it for the session at least
                    self._keyring = None

    def clear(self) -> None:
        self.set("")

    __call__ = get
