"""Run a :class:`QuantizePlan`: each target in turn in the quantize child, written under a temporary name.

The output appears under its final name only once complete and read back; a cancel, a crash or a full disk
leave no partial file, and the source is only ever read. Every output records its provenance (the source's
file type and SHA-256, see :mod:`workbench.provenance`) in its metadata.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from workbench.gguf_header import read_gguf_header
from workbench.i18n import format_percent, tr
from workbench.jobs import CancelToken, JobCancelled, Progress, ProgressCallback
from workbench.model_info import format_bytes
from workbench.provenance import FileRef, provenance_metadata, provenance_of, sha256_of
from workbench.quantize.errors import NotEnoughDiskSpace, QuantizationFailed, UnsupportedQuantType
from workbench.quantize.imatrix_job import ImatrixResult, run_imatrix
from workbench.quantize.logparse import TensorProgress, parse_failure, parse_tensor_line
from workbench.quantize.plan import PlannedOutput, QuantizePlan, keep_both_path
from workbench.quantize.source import data_end, tensors_of
from workbench.quantize.worker import LogLine, QuantizeRequest, QuantizeWorker, RequestDone

POLL_SECONDS = 0.05
PARTIAL_SUFFIX = ".partial"
IMATRIX_SHARE = 0.6
"""Share of the overall progress bar given to computing an importance matrix (it takes longer than quantizing)."""
IMATRIX_INDEX = -1
"""``target_index`` of the progress reports about computing the importance matrix."""


@dataclass(frozen=True)
class QuantizeProgress(Progress):
    """Progress of a quantization: ``fraction`` is overall (0..1); the rest says which target and tensor.

    While an importance matrix is computed first, ``target_index`` is :data:`IMATRIX_INDEX` and ``quant`` is
    ``imatrix``; ``target_fraction`` then counts its chunks.
    """

    target_index: int = 0
    target_count: int = 1
    quant: str = ""
    target_fraction: float = 0.0
    tensor: TensorProgress | None = None


@dataclass(frozen=True)
class QuantizeResult:
    """One finished output."""

    quant: str
    path: str
    file_bytes: int
    predicted_bytes: int
    source_bytes: int
    bits_per_weight: float
    seconds: float

    @property
    def ratio(self) -> float:
        """Output size over source size."""
        return self.file_bytes / self.source_bytes if self.source_bytes else 0.0


def partial_path(final: Path) -> Path:
    """Where an output is written until complete: hidden, unique, next to its final name."""
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}")


class QuantizationJob:
    """A core job (``job(progress, cancel) -> list[QuantizeResult]``) running a plan's targets one by one.

    :meth:`prestart` starts the child early so that importing llama.cpp overlaps with the person reading.
    When the plan computes an importance matrix, that runs first in the same child; once written and read
    back it is kept (also after a later cancel) and described by :attr:`imatrix_result`.
    """

    def __init__(self, plan: QuantizePlan, poll_seconds: float = POLL_SECONDS) -> None:
        self.plan = plan
        self._poll = poll_seconds
        self._worker: QuantizeWorker | None = None
        self.imatrix_result: ImatrixResult | None = None
        self._offset, self._scale = 0.0, 1.0
        self._metadata: tuple[tuple[str, str], ...] = ()

    def _overall(self, targets_done: float) -> float:
        """Overall fraction when ``targets_done`` of the targets (0..n) are done."""
        return self._offset + self._scale * targets_done / len(self.plan.outputs)

    def prestart(self) -> None:
        if self._worker is None:
            self._worker = QuantizeWorker()

    def discard(self) -> None:
        """Stop a prestarted child that will not be used."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.terminate()

    def __call__(self, progress: ProgressCallback, cancel: CancelToken) -> list[QuantizeResult]:
        n = len(self.plan.outputs)
        progress(QuantizeProgress(0.0, tr("Quantize", "Starting the quantizer…"), 0, n))
        self.prestart()
        worker = self._worker
        assert worker is not None
        try:
            self._metadata = self._provenance(progress, cancel)
            if not worker.wait_ready(self._poll, lambda: cancel.cancelled):
                raise JobCancelled()
            if self.plan.imatrix_compute is not None:
                self._compute_imatrix(worker, progress, cancel)
            results = []
            for i, output in enumerate(self.plan.outputs):
                results.append(self._run_one(worker, i, output, progress, cancel))
            return results
        finally:
            self._worker = None
            if worker.is_alive() and not cancel.cancelled:
                worker.stop()
            else:
                worker.terminate()

    def _provenance(self, progress: ProgressCallback, cancel: CancelToken) -> tuple[tuple[str, str], ...]:
        """The metadata every output records about its source: file type, SHA-256 (read once here), name, size."""
        source, n = self.plan.source, len(self.plan.outputs)

        def on_read(done: int, total: int) -> None:
            pct = done * 100 // max(total, 1)
            step = tr("Quantize", "Fingerprinting the source (SHA-256): {share}").format(share=format_percent(pct))
            progress(QuantizeProgress(0.0, step, 0, n))

        digest = sha256_of(source.path, on_read, lambda: cancel.cancelled)
        if digest is None:
            raise JobCancelled()
        ref = FileRef(source.file_type, digest, Path(source.path).name, source.file_size)
        return tuple(provenance_metadata(ref, provenance_of(source.path)).items())

    def _compute_imatrix(self, worker: QuantizeWorker, progress: ProgressCallback, cancel: CancelToken) -> None:
        spec, n = self.plan.imatrix_compute, len(self.plan.outputs)
        assert spec is not None
        reading = tr("Quantize", "Importance matrix: reading the model…")
        progress(QuantizeProgress(0.0, reading, IMATRIX_INDEX, n, "imatrix", 0.0))

        def on_chunk(index: int, total: int) -> None:
            frac = index / total
            step = tr("Quantize", "Importance matrix: chunk {index} of {total}").format(index=index, total=total)
            progress(QuantizeProgress(IMATRIX_SHARE * frac, step, IMATRIX_INDEX, n, "imatrix", frac))

        self.imatrix_result = run_imatrix(
            worker, self.plan.source.path, spec, spec.threads, on_chunk, cancel, self._poll
        )
        self._offset, self._scale = IMATRIX_SHARE, 1.0 - IMATRIX_SHARE

    def _run_one(
        self, worker: QuantizeWorker, index: int, output: PlannedOutput, progress: ProgressCallback, cancel: CancelToken
    ) -> QuantizeResult:
        plan, n, name = self.plan, len(self.plan.outputs), output.qtype.name
        temp = partial_path(output.path)
        started = time.monotonic()
        failure: str | None = None
        progress(QuantizeProgress(self._overall(index), f"{name}: starting", index, n, name, 0.0))
        try:
            worker.send(
                QuantizeRequest(
                    plan.source.path, str(temp), output.qtype.ftype, plan.threads, plan.allow_requantize, plan.imatrix,
                    self._metadata,
                )
            )
            while True:
                if cancel.cancelled:
                    worker.terminate()
                    raise JobCancelled()
                message = worker.poll(self._poll)
                if isinstance(message, LogLine):
                    tensor = parse_tensor_line(message.text)
                    if tensor is not None:
                        frac = tensor.fraction
                        text = f"{name}: {tensor.name} ({tensor.index}/{tensor.total})"
                        progress(QuantizeProgress(self._overall(index + frac), text, index, n, name, frac, tensor))
                    failure = parse_failure(message.text) or failure
                elif isinstance(message, RequestDone):
                    if message.code != 0:
                        raise self._failure(output, failure)
                    break
            result = self._finish(output, temp, time.monotonic() - started)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise
        progress(QuantizeProgress(self._overall(index + 1), f"{name}: done", index, n, name, 1.0))
        return result

    def _failure(self, output: PlannedOutput, reason: str | None) -> Exception:
        folder = output.path.parent
        free = shutil.disk_usage(folder).free
        if free < output.prediction.file_bytes or (reason and ("No space" in reason or "iostream" in reason)):
            return NotEnoughDiskSpace(
                tr(
                    "Quantize",
                    "Writing {name} failed: the disk is full or the file could not be written ({free} free in "
                    "{folder}); nothing was kept",
                ).format(name=output.path.name, free=format_bytes(free), folder=folder)
            )
        if reason and ("fallback" in reason or "not divisible" in reason):
            return UnsupportedQuantType(
                tr("Quantize", "{type} cannot be applied to this model: {reason}").format(
                    type=output.qtype.name, reason=reason
                )
            )
        return QuantizationFailed(
            tr("Quantize", "llama.cpp could not make {type}: {reason}").format(
                type=output.qtype.name, reason=reason or tr("Quantize", "unknown error")
            )
        )

    def _finish(self, output: PlannedOutput, temp: Path, seconds: float) -> QuantizeResult:
        bits = verify_output(temp, output)
        final = output.path
        if final.exists() and not output.replaces:
            final = keep_both_path(final)  # a file appeared there while we worked: keep both
        os.replace(temp, final)
        return QuantizeResult(
            quant=output.qtype.name,
            path=str(final),
            file_bytes=final.stat().st_size,
            predicted_bytes=output.prediction.file_bytes,
            source_bytes=self.plan.source.file_size,
            bits_per_weight=bits,
            seconds=seconds,
        )


def verify_output(path: Path, output: PlannedOutput) -> float:
    """Read the written file back: complete, and every tensor in the type planned. Returns its bits per weight.

    Raises :class:`QuantizationFailed` otherwise.
    """
    name = output.path.name
    try:
        header = read_gguf_header(path)
        tensors = tensors_of(header)
    except (OSError, ValueError) as exc:
        raise QuantizationFailed(
            tr("Quantize", "{name} came out unreadable ({detail}); nothing was kept").format(name=name, detail=exc)
        ) from exc
    if data_end(header, tensors) > header.file_size:
        raise QuantizationFailed(tr("Quantize", "{name} came out incomplete; nothing was kept").format(name=name))
    planned = {t.name: t.target_type for t in output.prediction.tensors}
    written = {t.name: t.type_name for t in tensors}
    if set(planned) != set(written):
        raise QuantizationFailed(
            tr("Quantize", "{name} came out with {count} tensors, {expected} expected").format(
                name=name, count=len(written), expected=len(planned)
            )
        )
    weights = sum(t.n_elements for t in tensors)
    return sum(t.n_bytes for t in tensors) * 8 / weights if weights else 0.0


STALE_PARTIAL_SECONDS = 24 * 3600.0
"""A partial output untouched for this long belongs to no running job (a job writes its partial continuously)."""


def remove_stale_partials(
    folder: str | os.PathLike[str], older_than: float = STALE_PARTIAL_SECONDS, now: float | None = None
) -> list[Path]:
    """Delete the ``.*.partial`` files (and MLX's ``.*.partial`` folders) a killed process left in ``folder``
    that have not changed for ``older_than`` seconds; returns what was removed. Younger ones may belong to a
    job running right now (in this or another window) and are kept."""
    limit = (time.time() if now is None else now) - older_than
    removed = []
    with contextlib.suppress(OSError):
        for p in Path(folder).glob(f".*{PARTIAL_SUFFIX}"):
            with contextlib.suppress(OSError):
                if p.lstat().st_mtime > limit:
                    continue
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()
                removed.append(p)
    return removed
