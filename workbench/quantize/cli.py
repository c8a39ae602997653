"""``slm-workbench quantize SRC --to q4_k_m q8_0 …``: quantize from the terminal with a progress bar.

GGUF sources go through llama.cpp (``--to``, optionally ``--imatrix FILE`` or ``--imatrix-text FILE|en|da|nb|sv``);
Hugging Face / MLX safetensors folders through mlx-lm (``--mlx-bits``).
"""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Any, TextIO

from workbench.evaltext import BUNDLED
from workbench.i18n import format_decimal, tr
from workbench.jobs import CancelToken, JobCancelled
from workbench.model_info import format_bytes
from workbench.quantize.catalog import quant_catalog
from workbench.quantize.errors import QuantizeError
from workbench.quantize.job import IMATRIX_INDEX, QuantizationJob, QuantizeProgress, QuantizeResult
from workbench.quantize.plan import DEFAULT_IMATRIX_CHUNKS, plan_quantization
from workbench.terminal import ProgressLine

BAR_WIDTH = 30
IMATRIX_TEXT_ALIASES = {"en": BUNDLED, "english": BUNDLED}
"""What ``--imatrix-text`` also accepts for the bundled English text."""


def add_quantize_parser(commands: Any) -> None:
    """Add the ``quantize`` subcommand to ``commands`` (an argparse sub-parsers object)."""
    names = " ".join(q.cli_name for q in quant_catalog())
    p = commands.add_parser(
        "quantize",
        help="make smaller variants of a model (GGUF with llama.cpp, MLX with mlx-lm)",
        description=f"Quantize a GGUF model (--to) or a Hugging Face / MLX safetensors folder (--mlx-bits). "
                    f"GGUF types: {names}",
    )
    p.add_argument("source", metavar="SRC",
                   help="the GGUF model (F16/BF16/F32 preferred) or a safetensors model folder")
    p.add_argument("--to", nargs="+", metavar="TYPE", help="one or more GGUF types, e.g. q4_k_m q8_0")
    p.add_argument("--out", metavar="DIR", help="output folder (default: the source's folder)")
    p.add_argument("--imatrix", metavar="FILE", help="an importance matrix file (llama-imatrix .gguf or .dat)")
    p.add_argument("--imatrix-text", metavar="FILE|en|da|nb|sv",
                   help="compute an importance matrix from this UTF-8 text first (en or bundled: the bundled "
                        "English evaluation text; da, nb, sv: the Danish, Norwegian or Swedish text that ships with "
                        "the app); it is saved next to the outputs as NAME.imatrix.gguf")
    p.add_argument("--imatrix-chunks", type=int, default=DEFAULT_IMATRIX_CHUNKS, metavar="N",
                   help=f"use at most N chunks of 512 tokens of that text (default {DEFAULT_IMATRIX_CHUNKS})")
    p.add_argument("--mlx-bits", type=int, metavar="BITS", help="MLX quantization with mlx-lm: 2, 3, 4, 6 or 8 bits")
    p.add_argument("--group-size", type=int, default=64, metavar="N", help="MLX: weights per scale (32, 64, 128)")
    p.add_argument("--mlx-mode", default="affine", metavar="MODE", help="MLX: affine (default) or mxfp4")
    p.add_argument("--allow-requantize", action="store_true", help="quantize an already-quantized source (lossy)")
    p.add_argument("--on-exists", choices=("ask", "replace", "keep-both"), default="ask",
                   help="when an output name is taken (default: stop and ask)")
    p.add_argument("-t", "--threads", type=int, default=None, help="CPU threads")


def _bar(fraction: float) -> str:
    filled = int(round(fraction * BAR_WIDTH))
    return "█" * filled + "·" * (BAR_WIDTH - filled)


def cmd_quantize(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    if args.mlx_bits is not None:
        return _cmd_mlx(args, out, err)
    if not args.to:
        raise QuantizeError("say which types to make (--to q4_k_m q8_0 …), or --mlx-bits for an MLX folder")
    imatrix_text = IMATRIX_TEXT_ALIASES.get(args.imatrix_text, args.imatrix_text)
    plan = plan_quantization(
        args.source, args.to, args.out, imatrix=args.imatrix, imatrix_text=imatrix_text,
        imatrix_chunks=args.imatrix_chunks, allow_requantize=args.allow_requantize,
        on_exists=args.on_exists, threads=args.threads,
    )
    job = QuantizationJob(plan)
    job.prestart()
    if plan.imatrix_compute is not None:
        spec = plan.imatrix_compute
        err.write(f"{'imatrix':>8}: from {spec.text} (at most {spec.max_chunks or 'all'} chunks) → {spec.output}\n")
    for o in plan.outputs:
        err.write(f"{o.qtype.name:>8}: about {format_bytes(o.prediction.file_bytes)} → {o.path}\n")
    try:
        results = _run_with_bar(job, err)
    finally:
        job.discard()
    if results is None:
        cancelled = tr("CLI", "Cancelled: no partial file was kept.")
        if job.imatrix_result:
            cancelled += " " + tr("CLI", "The importance matrix is kept: {path}").format(path=job.imatrix_result.path)
        err.write(f"{cancelled}\n")
        return 130
    if job.imatrix_result is not None:
        r = job.imatrix_result
        line = tr("CLI", "Importance matrix: {chunks} chunks of {tokens} tokens, {seconds} s → {path}")
        err.write(line.format(chunks=r.chunks, tokens=r.chunk_tokens, seconds=format_decimal(r.seconds, 1),
                              path=r.path) + "\n")
    write_results(results, out)
    return 0


def _run_with_bar(job: Any, err: TextIO) -> list[QuantizeResult] | None:
    """Run ``job`` drawing a progress bar on ``err`` (:class:`ProgressLine`), ended on a line of its own whatever
    happens; Ctrl-C cancels it (None is returned)."""
    token = CancelToken()
    previous = signal.signal(signal.SIGINT, lambda *_: token.cancel())
    bar = ProgressLine(err)

    def show(report: Any) -> None:
        if not isinstance(report, QuantizeProgress):
            return
        if not report.quant:  # before any output: the source's fingerprint, a stage of its own
            bar.show(f"[source] {report.message}", "source")
            return
        step = "imatrix" if report.target_index == IMATRIX_INDEX else (
            f"{report.target_index + 1}/{report.target_count}")
        overall = f"all {report.fraction * 100:3.0f}%" if report.fraction is not None else report.message
        detail = report.tensor.name if report.tensor else ""
        if report.target_index == IMATRIX_INDEX:
            detail = report.message.removeprefix("Importance matrix: ")
        line = (
            f"[{step}] {report.quant:>8} {_bar(report.target_fraction)} "
            f"{report.target_fraction * 100:3.0f}% · {overall} · {detail}"
        )
        bar.show(line, report.target_index)

    try:
        return list(job(show, token))
    except JobCancelled:
        return None
    finally:
        bar.end()
        signal.signal(signal.SIGINT, previous)


def _cmd_mlx(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from workbench.quantize.mlx import MlxQuantizationJob, MlxQuantizeOptions, mlx_available, plan_mlx_quantization

    if args.to or args.imatrix or args.imatrix_text:
        raise QuantizeError("--mlx-bits makes an MLX model; --to and --imatrix are for GGUF models")
    if not mlx_available():
        raise QuantizeError(tr("CLI", "MLX quantization needs mlx-lm (pip install mlx-lm; on Linux: mlx-lm[cpu])"))
    options = MlxQuantizeOptions(bits=args.mlx_bits, group_size=args.group_size, mode=args.mlx_mode)
    plan = plan_mlx_quantization(args.source, options, args.out, on_exists=args.on_exists)
    planned = tr("CLI", "MLX {label}: about {size} → {output}")
    err.write(planned.format(label=options.label, size=format_bytes(plan.predicted_bytes), output=plan.output) + "\n")
    results = _run_with_bar(MlxQuantizationJob(plan), err)
    if results is None:
        err.write(tr("CLI", "Cancelled: no partial folder was kept.") + "\n")
        return 130
    write_results(results, out)
    return 0


def write_results(results: list[QuantizeResult], out: TextIO) -> None:
    """The results table: size, ratio to the source, bits per weight, time."""
    header = f"| {'type':<8} | {'size':>9} | {'of source':>9} | {'bits/weight':>11} | {'time':>7} | file"
    out.write(header + "\n" + "|" + "|".join("-" * len(c) for c in header.split("|")[1:]) + "\n")
    for r in results:
        out.write(
            f"| {r.quant:<8} | {format_bytes(r.file_bytes):>9} | {r.ratio * 100:8.0f}% | {r.bits_per_weight:11.2f} "
            f"| {r.seconds:6.1f}s | {r.path}\n"
        )
