"""The parent side of computing an importance matrix: a core job with progress per chunk and cancel.

The computation runs in the quantize child process (:mod:`workbench.quantize.worker`); cancelling
terminates it. The file is written under a temporary name and renamed only once complete and read back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.i18n import tr
from workbench.jobs import CancelToken, JobCancelled, Progress, ProgressCallback
from workbench.quantize.errors import QuantizationFailed
from workbench.quantize.imatrix import load_imatrix
from workbench.quantize.imatrix_compute import (
    AUTOMATIC_THREADS,
    CHUNK_TOKENS,
    ImatrixChunk,
    ImatrixFailed,
    ImatrixRequest,
    ImatrixWritten,
)
from workbench.quantize.worker import QuantizeWorker

POLL_SECONDS = 0.05
log = logging.getLogger(__name__)
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True)
class ImatrixSpec:
    """What to compute: from which text (a path, or a text that ships with the app: ``bundled`` for English, ``da``,
    ``nb``, ``sv``), how many chunks at most, into which file."""

    text: str
    output: Path
    max_chunks: int | None = None
    chunk_tokens: int = CHUNK_TOKENS
    threads: int = AUTOMATIC_THREADS
    """0: automatic (see :data:`~workbench.quantize.imatrix_compute.AUTOMATIC_THREADS`)."""


@dataclass(frozen=True)
class ImatrixResult:
    path: str
    entries: int
    chunks: int
    chunk_tokens: int
    seconds: float


def imatrix_output_name(stem: str) -> str:
    """``SmolLM2-135M-Instruct`` → ``SmolLM2-135M-Instruct.imatrix.gguf``."""
    return f"{stem}.imatrix.gguf"


def run_imatrix(
    worker: QuantizeWorker,
    model: str,
    spec: ImatrixSpec,
    threads: int,
    on_chunk: Callable[[int, int], None],
    cancel: CancelToken,
    poll_seconds: float = POLL_SECONDS,
) -> ImatrixResult:
    """Compute ``spec`` with a ready ``worker``; :class:`JobCancelled` (the worker terminated) on cancel."""
    final = spec.output
    temp = final.with_name(f".{final.name}.{os.getpid()}-{time.monotonic_ns() % 10**8}{PARTIAL_SUFFIX}")
    started = time.monotonic()
    try:
        worker.send(ImatrixRequest(model, str(temp), spec.text, threads, spec.max_chunks, spec.chunk_tokens))
        while True:
            if cancel.cancelled:
                worker.terminate()
                raise JobCancelled()
            message = worker.poll(poll_seconds)
            if isinstance(message, ImatrixChunk):
                on_chunk(message.index, message.total)
            elif isinstance(message, ImatrixFailed):
                if message.details:
                    log.error("computing the importance matrix of %s failed:\n%s", model, message.details)
                raise QuantizationFailed(
                    tr("Quantize", "The importance matrix could not be computed: {reason}").format(
                        reason=message.reason
                    )
                )
            elif isinstance(message, ImatrixWritten):
                break
        try:
            load_imatrix(temp)
        except Exception as exc:
            raise QuantizationFailed(
                tr("Quantize", "The importance matrix came out unreadable ({detail}); nothing was kept").format(
                    detail=exc
                )
            ) from exc
        if final.exists():  # one appeared there while we worked (a person's own file): keep both
            from workbench.quantize.plan import keep_both_path

            final = keep_both_path(final)
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return ImatrixResult(str(final), message.entries, message.chunks, message.chunk_tokens,
                         time.monotonic() - started)


class ImatrixJob:
    """A core job (``job(progress, cancel) -> ImatrixResult``): compute one importance matrix on its own."""

    def __init__(self, model: str | os.PathLike[str], spec: ImatrixSpec, threads: int = AUTOMATIC_THREADS,
                 poll_seconds: float = POLL_SECONDS) -> None:
        self.model, self.spec, self.threads = str(model), spec, threads
        self._poll = poll_seconds

    def __call__(self, progress: ProgressCallback, cancel: CancelToken) -> ImatrixResult:
        progress(Progress(0.0, tr("Quantize", "Starting…")))
        worker = QuantizeWorker()
        try:
            if not worker.wait_ready(self._poll, lambda: cancel.cancelled):
                raise JobCancelled()

            def on_chunk(index: int, total: int) -> None:
                progress(Progress(
                    index / total,
                    tr("Quantize", "Importance matrix: chunk {index} of {total}").format(index=index, total=total),
                ))

            return run_imatrix(worker, self.model, self.spec, self.threads, on_chunk, cancel, self._poll)
        finally:
            if worker.is_alive() and not cancel.cancelled:
                worker.stop()
            else:
                worker.terminate()
