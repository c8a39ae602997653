"""What a core job is: a plain callable taking a progress callback and a cancel token.

The core never starts threads for the UI's sake. A job looks like::

    def job(progress: ProgressCallback, cancel: CancelToken) -> Result: ...

and the UI (``ui/jobs.py``) runs it on a worker thread, turning ``progress`` calls into signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ProgressCallback = Callable[[Any], None]
"""Called by a job, on the job's thread, with a progress report (a :class:`Progress` or a job-specific event)."""


@dataclass(frozen=True)
class Progress:
    """A plain progress report: how far along (0..1, or None when unknown) and what is happening."""

    fraction: float | None
    message: str = ""


class JobCancelled(Exception):
    """Raised by a job that noticed its cancel token; the runner reports it as cancelled, not failed."""


class CancelToken:
    """Asks a job to stop. Thread-safe: cancel from any thread, check from the job's thread.

    Callbacks added with :meth:`on_cancel` run once, on the thread that cancels; use them to
    interrupt blocking work (e.g. ``EngineClient.cancel``).
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        """Ask the job to stop; runs the cancel callbacks the first time."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when cancelled (at once if already cancelled)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`JobCancelled` if cancel was asked."""
        if self._event.is_set():
            raise JobCancelled()

    def wait(self, timeout: float | None = None) -> bool:
        """Block up to ``timeout`` seconds for a cancel; True if cancelled."""
        return self._event.wait(timeout)


Job = Callable[[ProgressCallback, CancelToken], Any]
"""The shape of a core job."""
