"""MLX quantization (mlx-lm): a Hugging Face / MLX safetensors folder to a 2–8-bit MLX folder.

Same safety rules as GGUF: a child process (cancel terminates it), written to a hidden temporary folder that
is renamed only once complete and read back; the source is only read.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
import logging
import os
import shutil
import signal
import struct
import time
import traceback
import uuid
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from workbench import formats
from workbench.childproc import ChildDied, ChildProcess, describe_exit
from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.jobs import CancelToken, JobCancelled, ProgressCallback
from workbench.model_info import format_bytes
from workbench.quantize.errors import (
    NotEnoughDiskSpace,
    OutputExists,
    QuantizationFailed,
    QuantizeError,
    SourceNotUsable,
)
from workbench.quantize.job import QuantizeProgress, QuantizeResult
from workbench.quantize.plan import DISK_MARGIN_BYTES, DiskUsage, OnExists, check_output_folder, keep_both_path

MLX_BITS = (2, 3, 4, 6, 8)
MLX_GROUP_SIZES = (32, 64, 128)
MLX_MODES = ("affine", "mxfp4")
_MLX_DONE = "done"
log = logging.getLogger(__name__)
_DTYPE_BYTES = {"F32": 4, "F16": 2, "BF16": 2, "U32": 4, "I32": 4, "U8": 1, "I8": 1, "F64": 8, "I64": 8}


@functools.lru_cache(maxsize=1)
def mlx_available() -> bool:
    """True where mlx-lm is installed (Apple Silicon; Linux with ``mlx-lm[cpu]``)."""
    return importlib.util.find_spec("mlx_lm") is not None


def is_mlx_model_folder(path: str | os.PathLike[str]) -> bool:
    """A folder with config.json and safetensors weights (what :mod:`workbench.formats` detects as MLX)."""
    return formats.MLX.detect_path(str(path))


@dataclass(frozen=True)
class MlxQuantizeOptions:
    bits: int = 4
    group_size: int = 64
    mode: str = "affine"

    @property
    def label(self) -> str:
        return f"{self.bits}bit" if self.mode == "affine" else self.mode


MLX_BITS_HINTS = {
    2: QT_TRANSLATE_NOOP("Quantize", "Smallest; quality drops a lot, mostly for experiments"),
    3: QT_TRANSLATE_NOOP("Quantize", "Very small; noticeable quality loss"),
    4: QT_TRANSLATE_NOOP("Quantize", "The usual choice: a quarter of the 16-bit size, good quality"),
    6: QT_TRANSLATE_NOOP("Quantize", "Close to the original; larger"),
    8: QT_TRANSLATE_NOOP("Quantize", "Practically lossless; half the 16-bit size"),
}
"""Plain-words hint per bit width of MLX's affine quantization (in English; shown as ``tr("Quantize", hint)``)."""


@dataclass(frozen=True)
class MlxSource:
    """A Hugging Face / MLX safetensors model folder as the MLX quantizer sees it."""

    path: str
    name: str
    parameters: int
    file_bytes: int
    dtype: str
    """The most common tensor dtype (``BF16``, ``F16``, ``F32``)."""
    quantized: bool


def _not_a_model_folder(src: Path) -> str:
    return tr("Quantize", "{path}: is not a Hugging Face / MLX model folder (config.json and *.safetensors)").format(
        path=src
    )


def read_mlx_source(path: str | os.PathLike[str]) -> MlxSource:
    """Read a model folder's config and tensor tables (no weights); :class:`SourceNotUsable` with the reason."""
    src = Path(path)
    if not is_mlx_model_folder(src):
        raise SourceNotUsable(_not_a_model_folder(src))
    try:
        config = json.loads((src / "config.json").read_text(encoding="utf-8"))
        tensors = [t for f in sorted(src.glob("*.safetensors")) for t in _safetensors_tensors(f).values()]
    except (OSError, ValueError, KeyError, struct.error) as exc:
        raise SourceNotUsable(tr("Quantize", "{path}: cannot be read ({detail})").format(path=src, detail=exc)) from exc
    dtypes: dict[str, int] = {}
    for t in tensors:
        dtypes[t["dtype"]] = dtypes.get(t["dtype"], 0) + _count(t["shape"])
    return MlxSource(
        path=str(src),
        name=src.name,
        parameters=sum(_count(t["shape"]) for t in tensors),
        file_bytes=_folder_bytes(src),
        dtype=max(dtypes, key=lambda k: dtypes[k]) if dtypes else "?",
        quantized="quantization" in config or "quantization_config" in config,
    )


def mlx_option_sets() -> list[MlxQuantizeOptions]:
    """Every combination offered: each bit width with each group size (affine), and mxfp4."""
    return [MlxQuantizeOptions(b, g) for b in MLX_BITS for g in MLX_GROUP_SIZES] + [
        MlxQuantizeOptions(4, 32, "mxfp4")
    ]


def predict_mlx_outputs(source: MlxSource) -> dict[MlxQuantizeOptions, int]:
    """The expected size of the output folder for every :func:`mlx_option_sets` combination."""
    folder = Path(source.path)
    others = sum(p.stat().st_size for p in folder.iterdir() if p.is_file() and p.suffix != ".safetensors")
    return {o: predict_mlx_bytes(folder, o) + others for o in mlx_option_sets()}


@dataclass(frozen=True)
class MlxPlan:
    source: Path
    output: Path
    options: MlxQuantizeOptions
    source_bytes: int
    predicted_bytes: int
    replaces: bool


def _safetensors_tensors(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header: dict[str, Any] = json.loads(f.read(length))
    header.pop("__metadata__", None)
    return header


def predict_mlx_bytes(folder: Path, options: MlxQuantizeOptions) -> int:
    """Weights' bytes after quantization: quantized matrices take ``bits`` per weight plus a scale and a bias
    (16 bits each) per group; everything else keeps its size."""
    total = 0
    for file in folder.glob("*.safetensors"):
        for name, t in _safetensors_tensors(file).items():
            shape, n = t["shape"], 1
            for d in shape:
                n *= d
            quantizable = len(shape) == 2 and name.endswith(".weight") and "norm" not in name
            if quantizable and shape[-1] % options.group_size == 0:
                group_bits = 32 if options.mode == "affine" else 8  # affine: fp16 scale + bias; mxfp4: 8-bit scale
                total += n * options.bits // 8 + n // options.group_size * group_bits // 8
            else:
                total += n * _DTYPE_BYTES.get(t["dtype"], 2)
    return total


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def plan_mlx_quantization(
    source: str | os.PathLike[str],
    options: MlxQuantizeOptions,
    out_dir: str | os.PathLike[str] | None = None,
    *,
    on_exists: OnExists = "ask",
    disk_usage: DiskUsage = shutil.disk_usage,
) -> MlxPlan:
    """Check the source folder, the options, the output name and the free disk space."""
    src = Path(source)
    if not is_mlx_model_folder(src):
        raise SourceNotUsable(_not_a_model_folder(src))
    config = json.loads((src / "config.json").read_text())
    if "quantization" in config or "quantization_config" in config:
        raise SourceNotUsable(
            tr("Quantize", "{path}: is already quantized; choose the unquantized model as the source").format(path=src)
        )
    if options.bits not in MLX_BITS or options.group_size not in MLX_GROUP_SIZES or options.mode not in MLX_MODES:
        raise QuantizeError(
            tr("Quantize", "MLX quantization takes bits {bits}, group size {group_sizes} and mode {modes}").format(
                bits=MLX_BITS, group_sizes=MLX_GROUP_SIZES, modes=MLX_MODES
            )
        )
    if options.mode == "mxfp4" and (options.bits, options.group_size) != (4, 32):
        raise QuantizeError(tr("Quantize", "MLX's mxfp4 mode is 4 bits in groups of 32 (--mlx-bits 4 --group-size 32)"))
    folder = Path(out_dir) if out_dir is not None else src.parent
    check_output_folder(folder)
    output = folder / f"{src.name}-{options.label}-g{options.group_size}"
    replaces = False
    if output.exists():
        if on_exists == "ask":
            raise OutputExists(str(output))
        replaces = on_exists == "replace"
        if not replaces:
            n = 2
            while (folder / f"{output.name}-{n}").exists():
                n += 1
            output = folder / f"{output.name}-{n}"
    others = sum(p.stat().st_size for p in src.iterdir() if p.is_file() and p.suffix != ".safetensors")
    predicted = predict_mlx_bytes(src, options) + others
    need = predicted + DISK_MARGIN_BYTES
    free = int(disk_usage(str(folder)).free)
    if free < need:
        raise NotEnoughDiskSpace(
            tr(
                "Quantize",
                "Not enough free disk space in {folder}: the output needs about {need}, only {free} is free",
            ).format(folder=folder, need=format_bytes(need), free=format_bytes(free))
        )
    return MlxPlan(src, output, options, _folder_bytes(src), predicted, replaces)


def _mlx_child(conn: Connection, source: str, output: str, bits: int, group_size: int, mode: str) -> None:
    """Child entry point: convert, then send ``done``, or a :class:`_ChildFailure` with the reason and traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from mlx_lm import convert

        convert(hf_path=source, mlx_path=output, quantize=True, q_bits=bits, q_group_size=group_size, q_mode=mode)
    except BaseException as exc:  # noqa: BLE001 - report every failure to the parent
        conn.send(_ChildFailure(str(exc).strip() or "an unexpected error", traceback.format_exc()))
        return
    conn.send(_MLX_DONE)


@dataclass(frozen=True)
class _ChildFailure:
    """mlx-lm raised: its message (one line for the person) and the traceback (for the log)."""

    reason: str
    traceback: str


class MlxQuantizationJob:
    """A core job: run :class:`MlxPlan` in a child process; returns one :class:`QuantizeResult`."""

    def __init__(self, plan: MlxPlan, poll_seconds: float = 0.05) -> None:
        self.plan = plan
        self._poll = poll_seconds

    def __call__(self, progress: ProgressCallback, cancel: CancelToken) -> list[QuantizeResult]:
        plan, label = self.plan, self.plan.options.label
        temp = plan.output.with_name(f".{plan.output.name}.{uuid.uuid4().hex[:8]}.partial")
        progress(QuantizeProgress(
            None, tr("Quantize", "MLX {label}: quantizing (no per-tensor progress)").format(label=label), 0, 1, label
        ))
        o = plan.options
        started = time.monotonic()
        child = ChildProcess(
            _mlx_child, args=(str(plan.source), str(temp), o.bits, o.group_size, o.mode), name="MLX quantize"
        )
        try:
            while True:
                if cancel.cancelled:
                    raise JobCancelled()
                try:
                    message = child.poll(self._poll)
                except ChildDied as exc:
                    raise QuantizationFailed(
                        tr("Quantize", "the MLX quantize process stopped ({detail})").format(
                            detail=describe_exit(exc.exit_code)
                        )
                    ) from exc
                if isinstance(message, _ChildFailure):
                    log.error("mlx-lm could not quantize %s:\n%s", plan.source, message.traceback)
                    reason = message.reason.splitlines()[0][:300]
                    raise QuantizationFailed(
                        tr("Quantize", "mlx-lm could not quantize {name}: {reason}").format(
                            name=plan.source.name, reason=reason
                        )
                    )
                if message == _MLX_DONE:
                    break
            child.stop()
            config = json.loads((temp / "config.json").read_text())
            if "quantization" not in config or not any(temp.glob("*.safetensors")):
                raise QuantizationFailed(
                    tr("Quantize", "{name} came out incomplete; nothing was kept").format(name=plan.output.name)
                )
            output = _move_into_place(temp, plan.output, plan.replaces)
        finally:
            child.terminate()
            with contextlib.suppress(OSError):
                shutil.rmtree(temp)
        size = _folder_bytes(output)
        weights = sum(
            _count(t["shape"]) for f in plan.source.glob("*.safetensors") for t in _safetensors_tensors(f).values()
        )
        tensor_bytes = sum(p.stat().st_size for p in output.glob("*.safetensors"))
        progress(QuantizeProgress(1.0, f"MLX {label}: done", 0, 1, label, 1.0))
        return [
            QuantizeResult(
                quant=f"MLX {label}",
                path=str(output),
                file_bytes=size,
                predicted_bytes=plan.predicted_bytes,
                source_bytes=plan.source_bytes,
                bits_per_weight=tensor_bytes * 8 / weights if weights else 0.0,
                seconds=time.monotonic() - started,
            )
        ]


def _move_into_place(temp: Path, output: Path, replaces: bool) -> Path:
    """Rename the finished ``temp`` folder to ``output`` and return where it went. Replacing moves the old
    folder aside first and deletes it only once the new one is in place; a folder that appeared at
    ``output`` while we worked, when not replacing, is kept and the new one gets the next free name."""
    if not output.exists():
        os.replace(temp, output)
        return output
    if not replaces:
        output = keep_both_path(output)
        os.replace(temp, output)
        return output
    old = output.with_name(f".{output.name}.{uuid.uuid4().hex[:8]}.old")
    os.replace(output, old)
    try:
        os.replace(temp, output)
    except OSError:
        os.replace(old, output)  # put the old one back: nothing is lost
        raise
    shutil.rmtree(old, ignore_errors=True)
    return output


def _count(shape: list[int]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n
