"""The Qt side of :class:`~workbench.live_settings.LiveSettings`: a signal per change, for widgets to connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.live_settings import LiveSettings
from workbench.settings import Settings


class SettingsSignals(QObject):
    """Re-emits the changes of a :class:`LiveSettings` as a signal.

    Signals:
        changed(object, object): the new :class:`Settings` and the frozenset of changed field names; emitted on
            the thread that made the change (the GUI thread: settings are changed from widgets).
    """

    changed = Signal(object, object)
    """The new Settings and the names of the fields that changed."""

    def __init__(self, settings: LiveSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._unsubscribe = settings.subscribe(self._on_settings_changed)
        self.destroyed.connect(lambda _obj=None, off=self._unsubscribe: off())

    def _on_settings_changed(self, value: Settings, changed: frozenset[str]) -> None:
        self.changed.emit(value, changed)
