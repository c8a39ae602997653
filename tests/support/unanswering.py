"""A loopback address whose connects are never answered: a host that is down or drops packets.

A listening socket with a backlog of zero that never accepts: once one connection fills its queue, the system
drops every further SYN, so a client's ``connect`` waits (retransmitting) until its own timeout, exactly as with
a host that does not answer. Use as a context manager; it yields the URL.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator


@contextlib.contextmanager
def unanswering_url() -> Iterator[str]:
    listener = socket.socket()
    filler = socket.socket()
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        filler.connect(("127.0.0.1", port))  # fills the queue: the next connects hang
        yield f"http://127.0.0.1:{port}"
    finally:
        filler.close()
        listener.close()
