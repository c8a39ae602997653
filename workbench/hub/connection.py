"""A private HTTP client for one download whose connection Cancel shuts down at once, in every state.

A blocked read on a socket wakes only when the socket is shut down: closing a response from another thread does
not wake it, and before the server has answered there is no response to close at all. So each request opens a
fresh connection (no keep-alive), its socket is noted the moment it connects (httpcore's trace), and the job's
cancel token shuts it down — whether the server is silent before the headers, or in the middle of the body. A
connection made after Cancel is shut down as soon as it is made.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any

from workbench.jobs import CancelToken


class CancellableConnection:
    """An ``httpx2.Client`` (``.http``) whose open connection ``cancel`` shuts down. Use as a context manager."""

    def __init__(self, cancel: CancelToken, timeout: Any) -> None:
        import httpx2

        self._cancel = cancel
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self.http = httpx2.Client(
            follow_redirects=True,
            timeout=timeout,
            limits=httpx2.Limits(max_keepalive_connections=0),
            event_hooks={"request": [self._on_request]},
        )
        cancel.on_cancel(self.shut)

    def _on_request(self, request: Any) -> None:
        request.extensions["trace"] = self._on_trace

    def _on_trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace: keep the socket of the connection just made; shut it at once if already cancelled."""
        if event != "connection.connect_tcp.complete":
            return
        network = info.get("return_value")
        sock = network.get_extra_info("socket") if network is not None else None
        with self._lock:
            self._socket = sock
        if sock is not None and self._cancel.cancelled:
            _shut(sock)

    def shut(self) -> None:
        """Shut the open connection down (any thread): a read blocked on it wakes with an error at once."""
        with self._lock:
            sock = self._socket
        if sock is not None:
            _shut(sock)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.http.close()

    def __enter__(self) -> CancellableConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
