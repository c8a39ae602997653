"""The connect that Cancel ends at once: against a host that never answers, one that refuses, and one that answers."""

from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlsplit

import pytest

from tests.support.unanswering import unanswering_url
from workbench.sockets import CONNECT_SLICE_SECONDS, CancellableSockets, connect


def _address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def test_cancel_ends_a_connect_the_host_never_answers() -> None:
    flag = threading.Event()
    watch = CancellableSockets(flag.is_set)
    with unanswering_url() as url:
        threading.Timer(0.3, flag.set).start()
        started = time.monotonic()
        with pytest.raises(InterruptedError):
            connect(watch, *_address(url), timeout=60)
        took = time.monotonic() - started
    assert 0.25 <= took < 0.3 + 5 * CONNECT_SLICE_SECONDS


def test_a_connect_the_host_never_answers_times_out() -> None:
    watch = CancellableSockets(lambda: False)
    with unanswering_url() as url, pytest.raises(TimeoutError):
        connect(watch, *_address(url), timeout=0.3)


def test_a_refused_connect_is_an_error_at_once() -> None:
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()  # nothing listens there now
    with pytest.raises(ConnectionRefusedError):
        connect(CancellableSockets(lambda: False), "127.0.0.1", port, timeout=5)


def test_an_answered_connect_gives_a_blocking_socket_that_shut_wakes() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    watch = CancellableSockets(lambda: False)
    try:
        sock = connect(watch, "127.0.0.1", listener.getsockname()[1], timeout=5)
        peer, _ = listener.accept()
        assert sock.getblocking()
        threading.Timer(0.2, watch.shut).start()
        assert sock.recv(10) == b""  # a read blocked on the socket wakes when it is shut down
        sock.close()
        peer.close()
    finally:
        listener.close()


def test_a_socket_adopted_after_cancel_is_shut_at_once() -> None:
    watch = CancellableSockets(lambda: True)
    with unanswering_url() as url, pytest.raises(InterruptedError):
        connect(watch, *_address(url), timeout=60)
