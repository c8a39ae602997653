"""Runs core jobs on a private QThreadPool and delivers their progress and results as signals.

A core job is ``job(progress, cancel) -> result`` (see :mod:`workbench.jobs`). The runner calls
it on a worker thread; every ``progress(report)`` call, the result and any exception come back
as signals of a :class:`JobHandle`, delivered on the GUI thread. Every failure is also written to the log
with its traceback (see :mod:`workbench.logs`), so that the one line a panel shows is never all that is left.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ui.errors import log_failure
from workbench.jobs import CancelToken, Job, JobCancelled


class JobHandle(QObject):
    """One running job: its signals and its cancel token.

    Signals (emitted on the worker thread, delivered queued on the GUI thread to GUI-thread receivers):
        progress(object): a progress report the job passed to its callback.
        finished(object): the job's return value.
        failed(object): the exception the job raised (a ``BaseException``).
        cancelled(): the job stopped because it was cancelled.
        done(): after exactly one of finished / failed / cancelled.
    """

    progress = Signal(object)
    """A progress report, in the order the job made them."""
    finished = Signal(object)
    """The job returned this value."""
    failed = Signal(object)
    """The job raised this exception."""
    cancelled = Signal()
    """The job noticed its cancel token and stopped."""
    done = Signal()
    """The job is over, whichever way."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.token = CancelToken()

    def cancel(self) -> None:
        """Ask the job to stop (any thread)."""
        self.token.cancel()


class _JobRunnable(QRunnable):
    def __init__(self, job: Job, handle: JobHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._handle = handle

    def run(self) -> None:
        handle = self._handle
        try:
            result = self._job(handle.progress.emit, handle.token)
        except JobCancelled:
            handle.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, none escapes the pool
            log_failure(exc, f"the job {handle.name!r}")
            handle.failed.emit(exc)
        else:
            handle.finished.emit(result)
        handle.done.emit()


def _report_cancelled(handle: JobHandle) -> None:
    handle.cancelled.emit()
    handle.done.emit()


class JobRunner(QObject):
    """Starts jobs on its own thread pool; :meth:`shutdown` cancels them and waits for every thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._handles: set[JobHandle] = set()
        self._pending: dict[JobHandle, Job] = {}
        self._closed = False

    def start(self, job: Job, name: str = "") -> JobHandle:
        """Run ``job`` on a worker thread, starting on the next turn of the event loop.

        Connect to the returned handle's signals right away (in the same GUI-thread code): the job
        cannot start, and so cannot finish, before control returns to the event loop.
        """
        handle = JobHandle(name or getattr(job, "__name__", "job"), self)
        self._handles.add(handle)
        self._pending[handle] = job
        handle.done.connect(self._on_handle_done)
        QTimer.singleShot(0, self, self._submit_pending)
        return handle

    @Slot()
    def _submit_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for handle, job in pending.items():
            if self._closed or handle.token.cancelled:
                _report_cancelled(handle)
            else:
                self._pool.start(_JobRunnable(job, handle))

    @Slot()
    def _on_handle_done(self) -> None:
        handle = self.sender()
        if isinstance(handle, JobHandle):
            # The handle is not deleted here: deleting it would drop the queued calls its last signals still
            # have for other receivers (a lambda's context is the handle), which then silently never run.
            # Handles are small; they go with the runner.
            self._handles.discard(handle)

    @property
    def active(self) -> list[JobHandle]:
        return list(self._handles)

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Wait for the running jobs to end; True if they all did."""
        return bool(self._pool.waitForDone(timeout_ms))

    def shutdown(self, timeout_ms: int = -1) -> bool:
        """Cancel every job, wait for the pool's threads to end; jobs not yet started never run."""
        self._closed = True
        pending, self._pending = self._pending, {}
        for handle in pending:
            handle.token.cancel()
            _report_cancelled(handle)
            self._handles.discard(handle)
        self.cancel_all()
        ok = self.wait(timeout_ms)
        self._pool.clear()
        return ok
