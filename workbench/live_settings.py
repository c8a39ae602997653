"""The settings in force, observable: features read them when they act and subscribe to hear of changes.

One :class:`LiveSettings` is made at start-up from the saved :class:`~workbench.settings.Settings` and passed to every
feature that needs a setting (the chat, the model session, Compare, the parameters panel). A feature that changes a
setting calls :meth:`LiveSettings.update`; every subscriber is called with the new settings and the names of the
fields that changed. Qt-free: the window adapts the callback to a signal (``ui/params/live.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from workbench.settings import Settings, SettingsStore

SettingsListener = Callable[[Settings, frozenset[str]], None]
"""Called with the new settings and the names of the fields that changed."""


class LiveSettings:
    """Holds the current :class:`Settings`; thread-safe to read and update. Listeners are called on the thread
    that updates (the GUI thread in the app), after the new value is in place."""

    def __init__(self, settings: Settings | None = None, store: SettingsStore | None = None) -> None:
        self._value = settings if settings is not None else Settings()
        self._store = store
        self._lock = threading.Lock()
        self._listeners: list[SettingsListener] = []

    @property
    def value(self) -> Settings:
        """The settings now."""
        return self._value

    def update(self, **changes: Any) -> frozenset[str]:
        """Change fields of the settings; tells the listeners when anything actually changed. Returns the names
        of the changed fields."""
        with self._lock:
            old = self._value
            new = old.with_changes(**changes)
            changed = frozenset(name for name in changes if getattr(old, name) != getattr(new, name))
            self._value = new
            listeners = list(self._listeners)
        if changed:
            for listener in listeners:
                listener(new, changed)
        return changed

    def subscribe(self, listener: SettingsListener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def save(self) -> bool:
        """Write the settings to the store (if there is one); False when they could only be kept in memory
        (the store says why)."""
        return self._store.save(self._value) if self._store is not None else True
