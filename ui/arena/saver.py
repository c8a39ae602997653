"""Saving Arena sessions off the window's thread: a database write can take tens of milliseconds (more on a busy
disk), and while four columns stream the window has none to spare.

The window hands over a copy of the session (:meth:`SessionSaver.save`, cheap); a writer thread of this class's
own turns it into JSON and writes it with its own connection to the database. What waits is bounded: at most one
copy per session (a newer copy replaces one not yet written: only the latest state matters), and the writer ends
by itself when nothing is left, so no thread lingers between saves. :meth:`SessionSaver.flush` waits for what was
handed over, with a deadline (when closing, and before reading the saved sessions back).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workbench.arena.session import ArenaSession
from workbench.arena.store import ArenaStore, ArenaStoreError

FLUSH_SECONDS = 5.0
"""How long closing waits for the last save at most (a database held by another program gives up before)."""


class SessionSaver(QObject):
    """Writes Arena sessions to the database file ``path`` on a thread of its own.

    Signals (emitted on the writer thread, delivered queued to receivers on the GUI thread):
        failed(str): a save failed; the reason in one line (the next save tries again).
    """

    failed = Signal(str)
    """A session could not be written: the reason, for the person."""

    def __init__(self, path: str | os.PathLike[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._lock = threading.Condition()
        self._pending: dict[int, dict[str, Any]] = {}
        """Session key -> the latest copy not yet written."""
        self._ids: dict[int, int] = {}
        """Session key -> its row in the database, once written."""
        self._thread: threading.Thread | None = None
        """The writer while it runs."""
        self._last: threading.Thread | None = None
        """The writer started last (flush waits for it to end)."""
        self._writing = False
        self.writes = 0
        """Copies written so far (a newer copy can replace an older one before it is written)."""

    def save(self, key: int, session: ArenaSession) -> None:
        """Save a copy of ``session`` as it is now (``key`` names the session in the window: the same key, the same
        row). Returns at once; the copy is written on the writer thread."""
        data = session.to_dict()
        with self._lock:
            if data.get("id") is None:
                data["id"] = self._ids.get(key)
            self._pending[key] = data
            if self._thread is None:
                self._thread = threading.Thread(target=self._write_all, name="arena-session-saver", daemon=True)
                self._last = self._thread
                self._thread.start()

    def session_id(self, key: int) -> int | None:
        """The database row of the session ``key``, once its first copy is written."""
        with self._lock:
            return self._ids.get(key)

    def flush(self, timeout: float = FLUSH_SECONDS) -> bool:
        """Wait at most ``timeout`` seconds for every copy handed over to be written (and the writer to end);
        False when the deadline passed first."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending or self._writing:
                left = deadline - time.monotonic()
                if left <= 0 or not self._lock.wait(left):
                    return False
            thread = self._last
        if thread is not None:
            thread.join(max(0.0, deadline - time.monotonic()))
            return not thread.is_alive()
        return True

    def _write_all(self) -> None:
        store: ArenaStore | None = None
        try:
            while True:
                with self._lock:
                    if not self._pending:
                        self._thread = None
                        self._lock.notify_all()
                        return
                    key = next(iter(self._pending))
                    data = self._pending.pop(key)
                    if data.get("id") is None:
                        data["id"] = self._ids.get(key)
                    self._writing = True
                try:
                    if store is None:
                        store = ArenaStore(self._path)
                    session_id = store.save_dict(data)
                except ArenaStoreError as exc:
                    self.failed.emit(str(exc))
                else:
                    with self._lock:
                        self._ids[key] = session_id
                        self.writes += 1
                finally:
                    with self._lock:
                        self._writing = False
                        self._lock.notify_all()
        finally:
            if store is not None:
                store.close()
