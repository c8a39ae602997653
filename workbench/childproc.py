"""One way to run work in a child process: spawn, ready handshake, pipe, cancel, timed stop, crash detection.

Native code (llama.cpp, MLX) runs in a child process so that an abort ends the child, not the caller, and so
that work with no cancel hook of its own (quantization) can still be stopped: by ending the process.
:class:`ChildProcess` is the parent's handle on one such child. Every wait it does has a deadline.

The parent's side::

    child = ChildProcess(serve, args=(path,), name="slm-quantize")  # spawned now; runs serve(conn, path)
    if not child.wait_ready(timeout=120, cancelled=token_is_set):    # the child called announce_ready(conn)
        ...                                                          # cancelled while it was starting
    child.send(request)                  # ChildDied if the child is gone
    message = child.poll(0.05)           # its next message, or None after 0.05 s; ChildDied if it died
    child.stop(goodbye=None)             # ask it to exit (sends ``goodbye``), then as terminate()
    child.terminate()                    # end it now: SIGTERM, wait, SIGKILL, wait; then release the pipe

The child's side (a module-level function, so that the spawned interpreter can import it)::

    def serve(conn: Connection, path: str) -> None:
        import llama_cpp                 # whatever is slow to import
        announce_ready(conn)
        while (request := conn.recv()) is not None:
            conn.send(answer(request))

Cooperative cancel (a reply that checks between tokens): with ``cancel_event=True`` the child gets a shared
event as its second argument, ``serve(conn, cancel, *args)``; :meth:`ChildProcess.request_cancel` sets it and
:meth:`ChildProcess.clear_cancel` clears it, from any thread.

A crash (a native abort, SIGKILL, a Python error that escaped) is seen as the process ending without an
answer: :meth:`~ChildProcess.poll`, :meth:`~ChildProcess.send` and :meth:`~ChildProcess.wait_ready` raise
:class:`ChildDied` with its exit code; a message the child sent before it died is still delivered first.
Callers turn :class:`ChildDied` into their own error (``QuantizationFailed``, ``EngineCrashed``).

Children are spawned (not forked) on every platform, so they behave the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

from workbench.errors import WorkbenchError
from workbench.hugepages import small_pages_only
from workbench.i18n import language, use_language

READY = "ready"
"""What :func:`announce_ready` sends: the child has imported what it needs and serves requests."""
STOP_GRACE_SECONDS = 5.0
"""How long :meth:`ChildProcess.stop` and :meth:`ChildProcess.terminate` wait at each step before the next."""


class ChildDied(WorkbenchError):
    """The child process ended without an answer (a crash, a kill, an error that escaped it)."""

    def __init__(self, name: str, exit_code: int | None) -> None:
        super().__init__(f"The {name} process stopped unexpectedly ({describe_exit(exit_code)}).")
        self.name = name
        self.exit_code = exit_code


class ChildNotReady(WorkbenchError):
    """The child did not finish starting within its deadline."""


def describe_exit(exit_code: int | None) -> str:
    """``exit code 3``; ``ended by signal 9`` for a negative code (how multiprocessing reports a signal)."""
    if exit_code is None:
        return "exit code unknown"
    return f"ended by signal {-exit_code}" if exit_code < 0 else f"exit code {exit_code}"


def announce_ready(conn: Connection) -> None:
    """Child side: tell the parent that starting is over (see :meth:`ChildProcess.wait_ready`)."""
    conn.send(READY)


class ChildProcess:
    """The parent's handle on one spawned child process and the duplex pipe to it.

    ``target(conn, *args)`` (or ``target(conn, cancel, *args)`` with ``cancel_event=True``) runs in the child.
    The process starts in the constructor. Use from one thread, except :meth:`request_cancel`,
    :meth:`clear_cancel`, :attr:`pid` and :meth:`is_alive`, which any thread may call.
    """

    def __init__(
        self,
        target: Callable[..., None],
        args: tuple[Any, ...] = (),
        *,
        name: str,
        cancel_event: bool = False,
    ) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.name = name
        self._cancel: Any = ctx.Event() if cancel_event else None
        self._conn, child_conn = ctx.Pipe(duplex=True)
        child_args = (child_conn, self._cancel, *args) if cancel_event else (child_conn, *args)
        # The child speaks the window's language: what it says to a person comes back translated.
        self._process: Any = ctx.Process(
            target=_in_language, args=(language(), target, *child_args), name=name, daemon=True
        )
        self._process.start()
        child_conn.close()
        self._ready = False

    # -- state -----------------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs, else None."""
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def is_alive(self) -> bool:
        process = self._process
        return process is not None and process.is_alive()

    @property
    def exit_code(self) -> int | None:
        """The child's exit code once it ended (negative: the signal that ended it), else None."""
        process = self._process
        return process.exitcode if process is not None else None

    # -- talking ---------------------------------------------------------------------------------

    def send(self, message: Any) -> None:
        """Send ``message`` (picklable) to the child; :class:`ChildDied` if it is gone."""
        try:
            self._conn.send(message)
        except (OSError, ValueError) as exc:
            raise self._died() from exc

    def poll(self, timeout: float) -> Any | None:
        """The child's next message within ``timeout`` seconds, or None; :class:`ChildDied` if it ended."""
        if self._process is None:
            raise ChildDied(self.name, None)
        try:
            if self._conn.poll():
                return self._conn.recv()
            ready = wait([self._conn, self._process.sentinel], timeout)
            if not ready:
                return None
            if self._conn in ready:
                return self._conn.recv()
        except (EOFError, OSError) as exc:
            raise self._died() from exc
        raise self._died()

    def wait_ready(self, timeout: float, cancelled: Callable[[], bool] = lambda: False, step: float = 0.05) -> bool:
        """Wait for :func:`announce_ready`; False if ``cancelled()`` turned true first.

        :class:`ChildNotReady` after ``timeout`` seconds, :class:`ChildDied` if the child ended while starting.
        Messages other than the ready signal that arrive first are dropped.
        """
        if self._ready:
            return True
        deadline = time.monotonic() + timeout
        while True:
            if cancelled():
                return False
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ChildNotReady(f"The {self.name} process did not start within {timeout:.0f} s.")
            if self.poll(min(step, remaining)) == READY:
                self._ready = True
                return True

    def request_cancel(self) -> None:
        """Set the shared cancel event (``cancel_event=True``). Any thread."""
        if self._cancel is not None:
            self._cancel.set()

    def clear_cancel(self) -> None:
        """Clear the shared cancel event before the next request. Any thread."""
        if self._cancel is not None:
            self._cancel.clear()

    # -- ending ----------------------------------------------------------------------------------

    def stop(self, goodbye: Any = None, grace: float = STOP_GRACE_SECONDS) -> None:
        """Ask the child to exit by sending ``goodbye``; if it has not within ``grace`` s, :meth:`terminate`."""
        process = self._process
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            self._conn.send(goodbye)
        process.join(grace)
        self.terminate(grace)

    def terminate(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """End the child now: SIGTERM, up to ``grace`` s, then SIGKILL, up to ``grace`` s; release the pipe."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.is_alive():
            process.terminate()
            process.join(grace)
        if process.is_alive():
            process.kill()
            process.join(grace)
        self._conn.close()
        if not process.is_alive():  # a process stuck in the kernel cannot be reaped; leave it to the system
            process.close()

    def kill(self) -> None:
        """End the child abruptly (what a native crash looks like); the next call sees :class:`ChildDied`."""
        process = self._process
        if process is not None and process.is_alive():
            process.kill()

    def __enter__(self) -> ChildProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.terminate()

    def _died(self) -> ChildDied:
        process = self._process
        if process is not None:
            process.join(1.0)
        return ChildDied(self.name, process.exitcode if process is not None else None)


def _in_language(tag: str, target: Callable[..., None], *args: Any) -> None:
    """The child's entry: small memory pages (:func:`workbench.hugepages.small_pages_only`: large ones only where a
    child asks, having measured a gain), speak ``tag``'s language (:func:`workbench.i18n.use_language`), then run
    ``target``."""
    small_pages_only()
    if tag != "en":
        use_language(tag)
    target(*args)
