"""Plan a quantization before anything runs: check the source, the types, the names and the free disk space."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from workbench.i18n import tr
from workbench.model_info import format_bytes
from workbench.quantize.catalog import QuantType, quant_catalog, quant_type
from workbench.quantize.errors import (
    ImatrixRequired,
    NotEnoughDiskSpace,
    OutputExists,
    OutputNotWritable,
    QuantizeError,
    UnsupportedQuantType,
)
from workbench.quantize.imatrix import check_imatrix, load_imatrix
from workbench.quantize.imatrix_job import ImatrixSpec, imatrix_output_name
from workbench.quantize.predict import SizePrediction, predict
from workbench.quantize.source import UNQUANTIZED_FILE_TYPES, SourceModel, check_requantize, read_source

OnExists = Literal["ask", "replace", "keep-both"]
DiskUsage = Callable[[str], Any]
"""``shutil.disk_usage``-like: returns an object with a ``free`` attribute (bytes)."""

DEFAULT_IMATRIX_CHUNKS = 64
"""Chunks of 512 tokens an importance matrix is computed on unless told otherwise (the bundled text has
about 90)."""

DISK_MARGIN_BYTES = 16 * 1024 * 1024
"""Kept free beyond the predicted outputs: predictions are within a few percent, file systems need room too."""

_QUANT_SUFFIX = re.compile(
    r"[-_.](f32|f16|bf16|q\d(_k)?(_[sml0-9])?|iq\d_[a-z]+|tq\d_0|mxfp4(_moe)?|nvfp4)$", re.IGNORECASE
)


@dataclass(frozen=True)
class TargetOption:
    """A catalog type as offered for one source: its predicted output, or why it cannot be chosen."""

    qtype: QuantType
    prediction: SizePrediction | None
    disabled_reason: str | None
    advice: str | None = None
    """Why choosing it makes little sense though it can be made (bigger than a quantized source, no better)."""

    @property
    def enabled(self) -> bool:
        return self.disabled_reason is None


@dataclass(frozen=True)
class PlannedOutput:
    """One output file to write."""

    qtype: QuantType
    path: Path
    prediction: SizePrediction
    replaces: bool
    """True when a file of that name exists and will be replaced once the new one is complete."""


@dataclass(frozen=True)
class QuantizePlan:
    """Everything checked: run it with :class:`workbench.quantize.job.QuantizationJob`."""

    source: SourceModel
    outputs: tuple[PlannedOutput, ...]
    threads: int
    allow_requantize: bool
    imatrix: str | None
    """The importance matrix file the quantizer uses: given, or the one :attr:`imatrix_compute` writes."""
    imatrix_compute: ImatrixSpec | None = None
    """Compute :attr:`imatrix` from a text before the first target, or None to use a given file (or none)."""

    @property
    def predicted_bytes(self) -> int:
        return sum(o.prediction.file_bytes for o in self.outputs)


def target_options(source: SourceModel, has_imatrix: bool) -> list[TargetOption]:
    """Every catalog type for ``source``, each with its predicted size or the reason it is disabled.

    For an already-quantized source the types that make a smaller file come first; the others follow,
    each with :attr:`TargetOption.advice` saying why it would be bigger and no better."""
    options = []
    for qtype in quant_catalog():
        try:
            prediction: SizePrediction | None = predict(source, qtype, has_imatrix)
        except UnsupportedQuantType as exc:
            options.append(TargetOption(qtype, None, str(exc)))
            continue
        reason = None
        if prediction is not None and prediction.needs_imatrix and not has_imatrix:
            reason = (f"{qtype.name} needs an importance matrix: choose a file above, or compute one from a text")
        options.append(TargetOption(qtype, prediction, reason, upward_advice(source, prediction)))
    if is_quantized(source):
        # Smaller files first, then those that would be bigger, then what cannot be made; catalog order within.
        options.sort(key=lambda o: 2 if o.prediction is None else int(o.advice is not None))
    return options


def is_quantized(source: SourceModel) -> bool:
    """Whether the source has already lost precision (anything but F32, F16, BF16)."""
    return source.file_type not in UNQUANTIZED_FILE_TYPES


def upward_advice(source: SourceModel, prediction: SizePrediction | None) -> str | None:
    """For a quantized source, why a type whose file would not be smaller is no use, else None."""
    if not is_quantized(source) or prediction is None or prediction.file_bytes < source.file_size:
        return None
    kind = source.file_type
    return tr(
        "Quantize",
        "Bigger than the {kind} source and no better: quantizing cannot bring back what {kind} already dropped, so "
        "this file would only hold {kind}'s numbers in more bits.",
    ).format(kind=kind)


def quantized_source_note(source: SourceModel) -> str:
    """A sentence for the targets page when the source is already quantized (empty otherwise)."""
    if not is_quantized(source):
        return ""
    kind = source.file_type
    return tr(
        "Quantize",
        "This model is already {kind}. The types listed first make smaller files; those after them would be bigger "
        "than {kind} and no better, because a file made from {kind} can only keep what {kind} kept.",
    ).format(kind=kind)


def default_targets(options: Sequence[TargetOption]) -> list[str]:
    """What the wizard ticks to begin with: Q8_0 and Q4_K_M from an unquantized source; from a quantized one,
    the two largest enabled types that still make a smaller file."""
    enabled = [o for o in options if o.enabled]
    if any(o.advice is not None for o in options):
        return [o.qtype.name for o in enabled if o.advice is None][:2]
    return [o.qtype.name for o in enabled if o.qtype.name in ("Q8_0", "Q4_K_M")]


def default_output_folder(source_path: str | os.PathLike[str] | None = None) -> Path:
    """Where new files go unless the person says otherwise: the app's models folder (created if needed),
    so that they appear in the library at once and never land inside an installed package."""
    from workbench.paths import app_paths

    return app_paths().ensure().models_dir


def inside_installed_package(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` lies inside the Python installation (site-packages, a frozen bundle): never write there."""
    import sys
    import sysconfig

    roots = {sysconfig.get_paths().get(k, "") for k in ("purelib", "platlib")}
    roots |= {sys.prefix, sys.base_prefix, getattr(sys, "_MEIPASS", "")}
    target = os.path.realpath(path)
    for root in filter(None, roots):
        real = os.path.realpath(root)
        if target == real or target.startswith(real + os.sep):
            return True
    return False


def output_stem(source_path: str | os.PathLike[str]) -> str:
    """The source's file name without its quantization suffix: ``SmolLM2-135M-Instruct.Q4_1.gguf`` → ``…Instruct``."""
    stem = Path(source_path).stem
    return _QUANT_SUFFIX.sub("", stem) or stem


def output_name(source_path: str | os.PathLike[str], qtype: QuantType) -> str:
    return f"{output_stem(source_path)}-{qtype.name}.gguf"


def keep_both_path(path: Path, taken: set[Path] | None = None) -> Path:
    """``model-Q8_0.gguf`` → ``model-Q8_0-2.gguf`` (or the next number free on disk and not in ``taken``)."""
    taken = taken or set()
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists() and candidate not in taken:
            return candidate
        n += 1


def check_output_folder(folder: Path) -> None:
    """Raise :class:`OutputNotWritable` unless a file can really be created in ``folder``."""
    if not folder.exists():
        raise OutputNotWritable(tr("Quantize", "{folder}: the output folder does not exist").format(folder=folder))
    if not folder.is_dir():
        raise OutputNotWritable(tr("Quantize", "{folder}: is not a folder").format(folder=folder))
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".slm-write-check-"):
            pass
    except OSError as exc:
        raise OutputNotWritable(
            tr("Quantize", "{folder}: the output folder is not writable ({detail})").format(
                folder=folder, detail=exc.strerror or exc
            )
        ) from exc


def plan_quantization(
    source_path: str | os.PathLike[str] | SourceModel,
    types: Sequence[str | QuantType],
    out_dir: str | os.PathLike[str] | None = None,
    *,
    imatrix: str | os.PathLike[str] | None = None,
    imatrix_text: str | os.PathLike[str] | None = None,
    imatrix_chunks: int | None = DEFAULT_IMATRIX_CHUNKS,
    allow_requantize: bool = False,
    on_exists: OnExists = "ask",
    threads: int | None = None,
    disk_usage: DiskUsage = shutil.disk_usage,
) -> QuantizePlan:
    """Check everything that can be checked before starting; raise a typed one-line error otherwise.

    Checks, in order: the source reads as a GGUF model; requantizing is confirmed; the types exist and suit
    the model; the imatrix matches (or its calibration text reads); the output folder is writable; names are
    free (or ``on_exists`` says ``replace`` / ``keep-both``); the free disk space holds every predicted output.

    ``source_path`` may be a :class:`SourceModel` already read (reading a large model's header takes a while).
    ``imatrix_text`` (a text file, or ``bundled`` for the bundled evaluation text) computes an importance
    matrix on at most ``imatrix_chunks`` chunks of that text first, saved next to the outputs for reuse.
    """
    source = source_path if isinstance(source_path, SourceModel) else read_source(source_path)
    check_requantize(source, allow_requantize)
    qtypes: list[QuantType] = []
    for t in types:
        try:
            qtype = t if isinstance(t, QuantType) else quant_type(t)
        except KeyError as exc:
            raise QuantizeError(str(exc.args[0])) from exc
        if qtype not in qtypes:
            qtypes.append(qtype)
    if not qtypes:
        raise QuantizeError(tr("Quantize", "choose at least one quantization type"))
    imatrix_path = None
    if imatrix is not None and imatrix_text is not None:
        raise QuantizeError(tr("Quantize", "give an importance matrix file or a text to compute one from, not both"))
    if imatrix is not None:
        check_imatrix(load_imatrix(imatrix), source)
        imatrix_path = str(imatrix)
    elif imatrix_text is not None:
        from workbench.evaltext import evaluation_text

        evaluation_text(imatrix_text)  # unreadable, not UTF-8 or empty: say so now, not after the model loads
        if imatrix_chunks is not None and imatrix_chunks < 1:
            raise QuantizeError(tr("Quantize", "the importance matrix needs at least 1 chunk of text"))
    has_imatrix = imatrix is not None or imatrix_text is not None
    predictions = [predict(source, q, has_imatrix) for q in qtypes]
    for q, p in zip(qtypes, predictions, strict=True):
        if p.needs_imatrix and not has_imatrix:
            raise ImatrixRequired(
                tr(
                    "Quantize",
                    "{type} needs an importance matrix (--imatrix FILE, or --imatrix-text bundled to compute one); "
                    "choose another type",
                ).format(type=q.name)
            )

    if out_dir is not None:
        folder = Path(out_dir)
    elif inside_installed_package(source.path):
        folder = default_output_folder(source.path)  # e.g. the bundled starter: never write into a package
    else:
        folder = Path(source.path).parent
    check_output_folder(folder)
    outputs: list[PlannedOutput] = []
    taken: set[Path] = set()
    for q, p in zip(qtypes, predictions, strict=True):
        path = folder / output_name(source.path, q)
        replaces = False
        if path.resolve() == Path(source.path).resolve():
            path = keep_both_path(path, taken)
        elif path.exists():
            if on_exists == "ask":
                raise OutputExists(str(path))
            if on_exists == "replace":
                replaces = True
            else:
                path = keep_both_path(path, taken)
        taken.add(path)
        outputs.append(PlannedOutput(q, path, p, replaces))

    need = sum(p.file_bytes for p in predictions) + DISK_MARGIN_BYTES
    free = int(disk_usage(str(folder)).free)
    if free < need:
        raise NotEnoughDiskSpace(
            tr(
                "Quantize", "Not enough free disk space in {folder}: the outputs need about {need}, only {free} is free"
            ).format(folder=folder, need=format_bytes(need), free=format_bytes(free))
        )
    spec = None
    if imatrix_text is not None:
        target = folder / imatrix_output_name(output_stem(source.path))
        if target.exists():
            target = keep_both_path(target, taken)
        spec = ImatrixSpec(str(imatrix_text), target, imatrix_chunks, threads=threads or 0)  # 0: automatic
        imatrix_path = str(target)
    return QuantizePlan(
        source, tuple(outputs), threads or _default_threads(), allow_requantize, imatrix_path, spec
    )


def _default_threads() -> int:
    from workbench.sampling import default_threads

    return default_threads()
