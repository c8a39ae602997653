"""``slm-workbench quantize SRC --to q4_k_m q8_0 …``: quantize from the terminal with a progress bar."""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Any, TextIO

from workbench.jobs import CancelToken, JobCancelled
from workbench.model_info import format_bytes
from workbench.quantize.catalog import quant_catalog
from workbench.quantize.job import QuantizationJob, QuantizeProgress, QuantizeResult
from workbench.quantize.plan import plan_quantization

BAR_WIDTH = 30


def add_quantize_parser(commands: Any) -> None:
    """Add the ``quantize`` subcommand to ``commands`` (an argparse sub-parsers object)."""
    names = " ".join(q.cli_name for q in quant_catalog())
    p = commands.add_parser(
        "quantize",
        help="make smaller variants of a GGUF model (llama.cpp quantization)",
        description=f"Quantize a GGUF model. Types: {names}",
    )
    p.add_argument("source", metavar="SRC", help="the GGUF model to quantize (F16/BF16/F32 preferred)")
    p.add_argument("--to", nargs="+", required=True, metavar="TYPE", help="one or more types, e.g. q4_k_m q8_0")
    p.add_argument("--out", metavar="DIR", help="output folder (default: the source's folder)")
    p.add_argument("--imatrix", metavar="FILE", help="an importance matrix file (llama-imatrix .gguf or .dat)")
    p.add_argument("--allow-requantize", action="store_true", help="quantize an already-quantized source (lossy)")
    p.add_argument("--on-exists", choices=("ask", "replace", "keep-both"), default="ask",
                   help="when an output name is taken (default: stop and ask)")
    p.add_argument("-t", "--threads", type=int, default=None, help="CPU threads")


def _bar(fraction: float) -> str:
    filled = int(round(fraction * BAR_WIDTH))
    return "█" * filled + "·" * (BAR_WIDTH - filled)


def cmd_quantize(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    plan = plan_quantization(
        args.source, args.to, args.out, imatrix=args.imatrix, allow_requantize=args.allow_requantize,
        on_exists=args.on_exists, threads=args.threads,
    )
    job = QuantizationJob(plan)
    job.prestart()
    for o in plan.outputs:
        err.write(f"{o.qtype.name:>8}: about {format_bytes(o.prediction.file_bytes)} → {o.path}\n")
    token = CancelToken()
    previous = signal.signal(signal.SIGINT, lambda *_: token.cancel())
    width = [0]

    def show(report: Any) -> None:
        if not isinstance(report, QuantizeProgress) or report.fraction is None:
            return
        line = (
            f"\r[{report.target_index + 1}/{report.target_count}] {report.quant:>8} {_bar(report.target_fraction)} "
            f"{report.target_fraction * 100:3.0f}% · all {report.fraction * 100:3.0f}% · "
            f"{report.tensor.name if report.tensor else ''}"
        )
        err.write(line.ljust(width[0]))
        width[0] = len(line)
        err.flush()

    try:
        results = job(show, token)
    except JobCancelled:
        err.write("\nCancelled: no partial file was kept.\n")
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
        job.discard()
    err.write("\n")
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
