"""Connections that Cancel ends at once in every state: while connecting, before the answer, mid-body.

A blocked read on a socket wakes only when the socket is shut down (closing a response from another thread does
not wake it), and a blocking ``connect`` to a host that never answers waits out its whole timeout whatever
another thread does. So an HTTP client given to :meth:`CancellableSockets.attach` makes its connections through
this module: each socket is known the moment it exists, the connect itself waits in short slices and gives up as
soon as the cancel flag is set, and :meth:`CancellableSockets.shut` shuts an open connection down, which wakes a
read blocked on it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

# How often a connect that has not finished yet looks at the cancel flag.
CONNECT_SLICE_SECONDS = 0.1

_IN_PROGRESS = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, getattr(errno, "WSAEWOULDBLOCK", errno.EAGAIN)}


class CancellableSockets:
    """The sockets of one HTTP client's connections, ended by ``cancelled()`` or :meth:`shut` from any thread."""

    def __init__(self, cancelled: Callable[[], bool]) -> None:
        self._cancelled = cancelled
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None

    def attach(self, client: Any) -> None:
        """Make every connection of ``client`` (an ``httpx2.Client``, proxies included) through this object."""
        backend = _backend_for(self)
        for transport in [client._transport, *client._mounts.values()]:
            pool = getattr(transport, "_pool", None)
            if pool is not None and hasattr(pool, "_network_backend"):
                pool._network_backend = backend

    @property
    def cancelled(self) -> bool:
        return self._cancelled()

    def adopt(self, sock: socket.socket | None) -> None:
        """Note the socket of the connection being made (``None`` to forget it); shut it if already cancelled."""
        with self._lock:
            self._socket = sock
        if sock is not None and self._cancelled():
            _shut(sock)

    def shut(self) -> None:
        """Shut the open connection down (any thread): a read blocked on it wakes with an error at once."""
        with self._lock:
            sock = self._socket
        if sock is not None:
            _shut(sock)


def connect(
    watch: CancellableSockets, host: str, port: int, timeout: float | None,
    source_address: tuple[str, int] | None = None,
) -> socket.socket:
    """A connected blocking socket to ``host:port``; raises ``TimeoutError`` after ``timeout`` seconds,
    ``InterruptedError`` within :data:`CONNECT_SLICE_SECONDS` of cancel, ``OSError`` when refused or unreachable."""
    deadline = None if timeout is None else time.monotonic() + timeout
    last: OSError = OSError(errno.EHOSTUNREACH, f"no address found for {host}")
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            watch.adopt(sock)
            if source_address is not None:
                sock.bind(source_address)
            _wait_connected(watch, sock, address, deadline)
        except OSError as exc:
            with contextlib.suppress(OSError):
                sock.close()
            if isinstance(exc, (TimeoutError, InterruptedError)):
                raise
            last = exc
            continue
        sock.setblocking(True)
        return sock
    raise last


def _wait_connected(watch: CancellableSockets, sock: socket.socket, address: Any, deadline: float | None) -> None:
    sock.setblocking(False)
    code = sock.connect_ex(address)
    if code == 0:
        return
    if code not in _IN_PROGRESS:
        raise OSError(code, os.strerror(code))
    with selectors.DefaultSelector() as selector:
        selector.register(sock, selectors.EVENT_WRITE)
        while True:
            if watch.cancelled:
                raise InterruptedError("the connection was cancelled")
            wait = CONNECT_SLICE_SECONDS
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the server did not answer the connection in time")
                wait = min(wait, left)
            if selector.select(wait):
                code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code:
                    raise OSError(code, os.strerror(code))
                return


def _backend_for(watch: CancellableSockets) -> Any:
    """An ``httpcore2`` network backend whose TCP connections are made by :func:`connect`."""
    import httpcore2
    from httpcore2._backends.sync import SyncStream

    class CancellableBackend(httpcore2.SyncBackend):
        def connect_tcp(
            self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> Any:
            source = None if local_address is None else (local_address, 0)
            try:
                sock = connect(watch, host, port, timeout, source)
            except TimeoutError as exc:
                raise httpcore2.ConnectTimeout(str(exc)) from exc
            except OSError as exc:
                raise httpcore2.ConnectError(str(exc)) from exc
            for option in socket_options or ():
                sock.setsockopt(*option)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return SyncStream(sock)

    return CancellableBackend()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
