"""A private HTTP client for one download whose connection Cancel ends at once, in every state.

Each request opens a fresh connection (no keep-alive) made through :mod:`workbench.sockets`: the connect itself
gives up within a tenth of a second of Cancel (a host that never answers), and Cancel shuts an open connection
down, which wakes a read blocked on it — whether the server is silent before the headers, or in the middle of the
body.
"""

from __future__ import annotations

import contextlib
from typing import Any

from workbench.jobs import CancelToken
from workbench.sockets import CancellableSockets


class CancellableConnection:
    """An ``httpx2.Client`` (``.http``) whose open connection ``cancel`` shuts down. Use as a context manager."""

    def __init__(self, cancel: CancelToken, timeout: Any) -> None:
        import httpx2

        self._sockets = CancellableSockets(lambda: cancel.cancelled)
        self.http = httpx2.Client(
            follow_redirects=True,
            timeout=timeout,
            limits=httpx2.Limits(max_keepalive_connections=0),
        )
        self._sockets.attach(self.http)
        cancel.on_cancel(self.shut)

    def shut(self) -> None:
        """Shut the open connection down (any thread): a read blocked on it wakes with an error at once."""
        self._sockets.shut()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.http.close()

    def __enter__(self) -> CancellableConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
