"""The teaching ladder: four smaller versions of the starter model, made to be compared with it.

"Show how shrinking a model trades size for quality" makes Q4_0, Q3_K_M, Q2_K and IQ2_XS from the bundled
starter (SmolLM2-135M, Q4_1) into the app's models folder; Compare then measures them against the Q4_1 they
were made from. Every step goes down: nothing is rebuilt into more bits than its source had.

IQ2_XS needs an importance matrix. It is computed from the second half of the bundled text, while
perplexity and KL divergence are scored on its beginning, so no variant is tuned on the text it is
judged by. The matrix is used for every type of the ladder (llama.cpp improves the k-quants with it too).

Files already made from this very starter (their recorded source SHA-256 matches) are reused, so a second
run goes straight to the comparison.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.i18n import tr
from workbench.jobs import CancelToken, JobCancelled, Progress, ProgressCallback
from workbench.provenance import provenance_of, sha256_of
from workbench.quantize.catalog import quant_type
from workbench.quantize.job import QuantizationJob
from workbench.quantize.plan import default_output_folder, output_name, plan_quantization

LADDER_TYPES = ("Q4_0", "Q3_K_M", "Q2_K", "IQ2_XS")
"""Down from the starter's Q4_1: every one smaller than it, IQ2_XS the smallest. (The starter's rows of 576
weights do not divide into the k-quants' 256-weight blocks, so most of Q3_K_M falls back to Q4_0/Q5_0 and it
comes out a little bigger than Q4_0; Compare lists variants by their real size.)"""
IMATRIX_CHUNKS = 4
"""Chunks of 512 tokens of calibration text. Reading the activations costs many times a plain forward pass
(every weight multiplication is observed), so the ladder takes four, the least that keeps it short."""


class LadderError(WorkbenchError):
    """The ladder cannot be made (no starter model installed, nowhere to write)."""


@dataclass(frozen=True)
class LadderResult:
    """The original and its smaller versions, largest first: what Compare is given."""

    original: str
    outputs: tuple[str, ...]
    made: tuple[str, ...] = ()
    """Types quantized in this run."""
    reused: tuple[str, ...] = ()
    """Types already there from an earlier run (made from this same original)."""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def paths(self) -> list[str]:
        return [self.original, *self.outputs]


def calibration_text() -> str:
    """The second half of the bundled evaluation text (perplexity is scored on the first part)."""
    from workbench.evaltext import bundled_evaluation_text

    text = bundled_evaluation_text()
    cut = text.find("\n\n", len(text) // 2)
    return text[cut + 2 :] if cut >= 0 else text[len(text) // 2 :]


class TeachingLadder:
    """A core job (``job(progress, cancel) -> LadderResult``) making the ladder of ``source`` in ``folder``.

    ``source`` defaults to the bundled starter and ``folder`` to the app's models folder.
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | None = None,
        folder: str | os.PathLike[str] | None = None,
        types: tuple[str, ...] = LADDER_TYPES,
        imatrix_chunks: int = IMATRIX_CHUNKS,
        threads: int | None = None,
    ) -> None:
        self.source = source
        self.folder = folder
        self.types = types
        self.imatrix_chunks = imatrix_chunks
        self.threads = threads

    def _source(self) -> Path:
        if self.source is not None:
            return Path(self.source)
        from workbench.starter import starter_model_path

        found = starter_model_path()
        if found is None:
            raise LadderError(tr("Quantize", "The starter model is not installed, so there is nothing to shrink."))
        return found

    def __call__(self, progress: ProgressCallback, cancel: CancelToken) -> LadderResult:
        started = time.monotonic()
        source = self._source()
        folder = Path(self.folder) if self.folder is not None else default_output_folder(source)
        progress(Progress(0.0, tr("Quantize", "Reading {name}…").format(name=source.name)))
        digest = sha256_of(source, cancelled=lambda: cancel.cancelled)
        if digest is None:
            raise JobCancelled()
        outputs = {t: folder / output_name(source, quant_type(t)) for t in self.types}
        reused = tuple(t for t, path in outputs.items() if _made_from(path, digest))
        missing = [t for t in self.types if t not in reused]
        if missing:
            self._make(source, folder, missing, progress, cancel)
        progress(Progress(1.0, tr("Quantize", "The smaller versions are ready")))
        return LadderResult(
            original=str(source),
            outputs=tuple(str(outputs[t]) for t in self.types),
            made=tuple(missing),
            reused=reused,
            seconds=time.monotonic() - started,
        )

    def _make(
        self, source: Path, folder: Path, types: list[str], progress: ProgressCallback, cancel: CancelToken
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        handle, calibration = tempfile.mkstemp(prefix=".teaching-ladder-", suffix=".txt", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as f:
                f.write(calibration_text())
            plan = plan_quantization(
                source,
                types,
                folder,
                imatrix_text=calibration,
                imatrix_chunks=self.imatrix_chunks,
                allow_requantize=True,
                on_exists="replace",
                threads=self.threads,
            )
            QuantizationJob(plan)(progress, cancel)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(calibration)


def _made_from(path: Path, digest: str) -> bool:
    """Whether ``path`` is a complete file that records ``digest`` as its source."""
    if not path.is_file():
        return False
    provenance = provenance_of(path)
    return provenance is not None and provenance.source.sha256 == digest
