"""API keys of endpoints: kept in the OS keyring when one is available, never in a settings file.

Without a working keyring a key is kept for this session only, and :attr:`EndpointKeyStore.persistent` says so,
so the dialog can tell the person.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from workbench.hub.token import SERVICE, _keyring

USERNAME_PREFIX = "endpoint:"


class EndpointKeyStore:
    """Get, set and delete the key of each endpoint by name. Thread-safe; the keyring is found on first use.

    ``use_keyring=False`` keeps keys in memory only (tests, and machines without a keyring).
    """

    def __init__(self, use_keyring: bool = True) -> None:
        self._lock = threading.RLock()
        self._memory: dict[str, str] = {}
        self._use_keyring = use_keyring
        self._found: Any | None = None
        self._looked = False

    def _ring(self) -> Any | None:
        with self._lock:
            if not self._looked:
                self._looked = True
                self._found = _keyring() if self._use_keyring else None
            return self._found

    @property
    def persistent(self) -> bool:
        """True when keys are saved in the OS keyring and survive a restart."""
        return self._ring() is not None

    def get(self, name: str) -> str | None:
        """The key of endpoint ``name``, or None when it has none (or the keyring cannot be read)."""
        with self._lock:
            if name in self._memory:
                return self._memory[name] or None
            ring = self._ring()
            value = None
            if ring is not None:
                try:
                    value = ring.get_password(SERVICE, USERNAME_PREFIX + name)
                except Exception:  # noqa: BLE001 - an unreadable keyring is the same as no key
                    value = None
            self._memory[name] = value or ""
            return value or None

    def set(self, name: str, key: str) -> bool:
        """Keep ``key`` for endpoint ``name`` (an empty key deletes it); True if it was saved in the keyring."""
        key = key.strip()
        with self._lock:
            self._memory[name] = key
            ring = self._ring()
            if ring is None:
                return False
            try:
                if key:
                    ring.set_password(SERVICE, USERNAME_PREFIX + name, key)
                else:
                    with contextlib.suppress(Exception):  # nothing to delete
                        ring.delete_password(SERVICE, USERNAME_PREFIX + name)
                return bool(key)
            except Exception:  # noqa: BLE001 - a failing keyring: keep the key for this session at least
                self._found = None
                return False

    def delete(self, name: str) -> None:
        self.set(name, "")

    def rename(self, old: str, new: str) -> bool:
        """Move the key of ``old`` to ``new``; True if the new one is in the keyring."""
        if old == new:
            return self.persistent and bool(self.get(new))
        key = self.get(old) or ""
        self.delete(old)
        return self.set(new, key) if key else False
