"""The quantize child process: runs ``llama_model_quantize`` and streams llama.cpp's log lines to the parent.

llama.cpp has no cancel hook for quantization, so cancelling means terminating this process; the parent then
removes the partial output. The child imports llama_cpp once at start, so a worker started early (while a
person still reads the options page) adds almost nothing to the run's wall time.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from workbench.childproc import ChildDied, ChildNotReady, ChildProcess, announce_ready, describe_exit
from workbench.quantize.errors import QuantizationFailed

STOP_GRACE_SECONDS = 5.0
READY_TIMEOUT_SECONDS = 120.0
"""Importing llama.cpp takes about a second; a child not ready after this long is stuck."""


@dataclass(frozen=True)
class QuantizeRequest:
    """One target: quantize ``source`` into ``output`` (a temporary name) as file type ``ftype``."""

    source: str
    output: str
    ftype: int
    threads: int
    allow_requantize: bool
    imatrix: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    """String metadata written into the output (its provenance), see :mod:`workbench.quantize.overrides`."""


@dataclass(frozen=True)
class LogLine:
    """A whole line llama.cpp logged."""

    text: str


@dataclass(frozen=True)
class RequestDone:
    """``llama_model_quantize`` returned ``code`` (0 is success)."""

    code: int


def worker_main(conn: Connection) -> None:
    """Child entry point: import llama_cpp, say ready, then serve requests until told to stop.

    A :class:`QuantizeRequest` answers with log lines and a :class:`RequestDone`; an
    :class:`~workbench.quantize.imatrix_compute.ImatrixRequest` with chunk reports and its outcome.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the group; the parent decides
    import ctypes

    import llama_cpp

    from workbench.quantize.imatrix_compute import ImatrixRequest, compute_imatrix_in_child
    from workbench.quantize.logparse import LineAssembler
    from workbench.quantize.overrides import string_overrides

    assembler = LineAssembler()

    @llama_cpp.llama_log_callback
    def on_log(level: int, text: bytes, user_data: Any) -> None:
        for line in assembler.feed(text.decode("utf-8", "replace")):
            conn.send(LogLine(line))

    llama_cpp.llama_log_set(on_log, ctypes.c_void_p(0))
    announce_ready(conn)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if isinstance(request, ImatrixRequest):
            compute_imatrix_in_child(request, conn.send)
            continue
        if not isinstance(request, QuantizeRequest):
            return
        params = llama_cpp.llama_model_quantize_default_params()
        params.nthread = request.threads
        params.ftype = request.ftype
        params.allow_requantize = request.allow_requantize
        keep_alive = None
        if request.imatrix:
            keep_alive = _imatrix_param(request.imatrix, llama_cpp, ctypes)
            params.imatrix = keep_alive[0]
        overrides = string_overrides(request.metadata, llama_cpp, ctypes) if request.metadata else None
        params.kv_overrides = overrides
        code = llama_cpp.llama_model_quantize(request.source.encode(), request.output.encode(), ctypes.byref(params))
        for line in assembler.flush():
            conn.send(LogLine(line))
        conn.send(RequestDone(int(code)))
        del keep_alive, overrides


def _imatrix_param(path: str, llama_cpp: Any, ctypes: Any) -> tuple[Any, list[Any]]:
    """A NULL-terminated ``llama_model_imatrix_data`` array, and the buffers it points into."""
    import numpy as np

    from workbench.quantize.imatrix import load_imatrix

    entries = load_imatrix(path).entries
    array = (llama_cpp.llama_model_imatrix_data * (len(entries) + 1))()
    buffers: list[Any] = [array]
    for i, (name, values) in enumerate(entries.items()):
        data = np.ascontiguousarray(values, dtype=np.float32)
        buffers.append(data)
        array[i].name = name.encode()
        array[i].data = data.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
        array[i].size = data.size
    array[len(entries)].name = None
    return ctypes.cast(array, ctypes.POINTER(llama_cpp.llama_model_imatrix_data)), buffers


class QuantizeWorker:
    """The parent's handle on one quantize child process (a :class:`~workbench.childproc.ChildProcess`)."""

    def __init__(self) -> None:
        self._child = ChildProcess(worker_main, name="slm-quantize")

    @property
    def pid(self) -> int | None:
        return self._child.pid

    def is_alive(self) -> bool:
        return self._child.is_alive()

    def poll(self, timeout: float) -> Any | None:
        """The child's next message within ``timeout`` seconds, or None. :class:`QuantizationFailed` if it died."""
        try:
            return self._child.poll(timeout)
        except ChildDied as exc:
            raise _died(exc) from exc

    def wait_ready(self, poll_seconds: float, cancelled: Callable[[], bool]) -> bool:
        """Wait for the child to finish importing llama.cpp; False if ``cancelled()`` turned true first."""
        try:
            return self._child.wait_ready(READY_TIMEOUT_SECONDS, cancelled, poll_seconds)
        except ChildDied as exc:
            raise _died(exc) from exc
        except ChildNotReady as exc:
            raise QuantizationFailed(f"{exc} Try again; if it keeps happening, restart the app.") from exc

    def send(self, request: Any) -> None:
        try:
            self._child.send(request)
        except ChildDied as exc:
            raise _died(exc) from exc

    def terminate(self) -> None:
        """End the child now (llama.cpp cannot be interrupted any other way) and reap it."""
        self._child.terminate(STOP_GRACE_SECONDS)

    def stop(self) -> None:
        """Ask the idle child to exit, then make sure it did."""
        self._child.stop(None, STOP_GRACE_SECONDS)


def _died(exc: ChildDied) -> QuantizationFailed:
    return QuantizationFailed(f"the quantize process stopped unexpectedly ({describe_exit(exc.exit_code)})")
