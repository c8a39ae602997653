"""The endpoints the person set up, with their keys: the one place the window, the library and the chat ask."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from workbench.endpoints.backend import EndpointBackend
from workbench.endpoints.config import CONNECT_TIMEOUT, EndpointConfig
from workbench.endpoints.errors import EndpointConfigError
from workbench.endpoints.keys import EndpointKeyStore
from workbench.i18n import tr


class EndpointDirectory:
    """Endpoints by name and the store of their keys; makes an :class:`EndpointBackend` for one. Thread-safe.

    Looking a key up may touch the OS keyring, so :meth:`backend` belongs on a worker thread.
    """

    def __init__(self, endpoints: Iterable[EndpointConfig] = (), keys: EndpointKeyStore | None = None, *,
                 connect_timeout: float = CONNECT_TIMEOUT) -> None:
        self._lock = threading.Lock()
        self._endpoints: tuple[EndpointConfig, ...] = tuple(endpoints)
        self.keys = keys if keys is not None else EndpointKeyStore()
        self.connect_timeout = connect_timeout

    def endpoints(self) -> tuple[EndpointConfig, ...]:
        with self._lock:
            return self._endpoints

    def names(self) -> list[str]:
        return [e.name for e in self.endpoints()]

    def replace(self, endpoints: Iterable[EndpointConfig]) -> None:
        with self._lock:
            self._endpoints = tuple(endpoints)

    def get(self, name: str) -> EndpointConfig:
        """The endpoint called ``name``; raises :class:`EndpointConfigError` when there is none."""
        for endpoint in self.endpoints():
            if endpoint.name == name:
                return endpoint
        raise EndpointConfigError(
            tr("Endpoint", "There is no endpoint called “{name}” any more: it was removed or renamed.").format(
                name=name
            )
        )

    def backend(self, name: str) -> EndpointBackend:
        """A backend for endpoint ``name`` with its saved key (worker thread: the keyring may be slow)."""
        return self.backend_for(self.get(name), self.keys.get(name))

    def backend_for(self, config: EndpointConfig, api_key: str | None) -> EndpointBackend:
        """A backend for settings not saved yet (the dialog's "Test connection")."""
        return EndpointBackend(config, api_key, connect_timeout=self.connect_timeout)
