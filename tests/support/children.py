"""Child-process entry points for the tests of :mod:`workbench.childproc` (importable by a spawned child)."""

from __future__ import annotations

import os
import signal
import time
from multiprocessing.connection import Connection
from typing import Any

from workbench.childproc import announce_ready


def echo(conn: Connection) -> None:
    """Say ready, then send back every message until told ``None``."""
    announce_ready(conn)
    while (message := conn.recv()) is not None:
        conn.send(message)


def count_until_cancelled(conn: Connection, cancel: Any) -> None:
    """Say ready; on each request count up until the shared cancel event is set, then send the count."""
    announce_ready(conn)
    while conn.recv() is not None:
        count = 0
        while not cancel.is_set():
            count += 1
            time.sleep(0.01)
        conn.send(count)


def hang(conn: Connection) -> None:
    """Say ready, then ignore the polite ways to stop and never answer (a native call that never returns)."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    announce_ready(conn)
    while True:
        time.sleep(1)


def never_ready(conn: Connection) -> None:
    """Start, but never say ready."""
    while True:
        time.sleep(1)


def crash_after_reply(conn: Connection, code: int) -> None:
    """Say ready, answer one message, then die the way a native abort does: no cleanup, exit ``code``."""
    announce_ready(conn)
    conn.send(("last words", conn.recv()))
    os._exit(code)
