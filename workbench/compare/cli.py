"""``slm-workbench compare A.gguf B.gguf …``: the measurement suite from the terminal, with a results table."""

from __future__ import annotations

import argparse
import math
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

from workbench import formats
from workbench.compare.baseline import default_baseline
from workbench.compare.export import to_csv, to_json
from workbench.compare.figures import reference_index, short_names
from workbench.compare.languages import language_sentences, run_texts, text_loss, text_quality
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress, VariantResult
from workbench.errors import ImportanceMatrixFile, WorkbenchError
from workbench.evaltext import BUNDLED, text_label
from workbench.formats import ModelDescription
from workbench.i18n import format_decimal, format_integer, tr
from workbench.jobs import CancelToken
from workbench.model_info import format_bytes
from workbench.terminal import ProgressLine

BAR_WIDTH = 20
DEFAULTS = CompareSettings()


def _no_baseline(note: str) -> bool:
    """The KL note of a run without a baseline (nothing to say per variant), in English or the active language."""
    return note in ("No baseline was chosen.", tr("Compare", "No baseline was chosen."))


def add_compare_parser(commands: Any) -> None:
    """Add the ``compare`` subcommand to ``commands`` (an argparse sub-parsers object)."""
    p = commands.add_parser(
        "compare",
        help="measure several models or variants side by side: size, memory, speed, perplexity, KL divergence",
        description="Run each model in turn and compare size, memory, llama-bench-style speed, perplexity on the "
        "evaluation text, KL divergence against a baseline, and greedy answers to the same prompts.",
    )
    p.add_argument("models", nargs="+", metavar="MODEL", help="two or more .gguf files, MLX or ONNX model folders")
    p.add_argument(
        "--baseline", metavar="MODEL",
        help="the variant the others are compared against (default: the original, the file the others were made "
        "from as their recorded provenance says; without a record, the one with the most bits per weight that was "
        "not rebuilt upward from a smaller one)",
    )
    p.add_argument("--json", metavar="FILE", help="write the whole run as JSON")
    p.add_argument("--csv", metavar="FILE", help="write one row per variant as CSV")
    p.add_argument("-p", "--n-prompt", type=int, default=DEFAULTS.n_prompt,
                   help=f"prompt tokens (default {DEFAULTS.n_prompt})")
    p.add_argument("-n", "--n-gen", type=int, default=DEFAULTS.n_gen,
                   help=f"generated tokens (default {DEFAULTS.n_gen})")
    p.add_argument("-r", "--repetitions", type=int, default=DEFAULTS.repetitions,
                   help=f"repetitions (default {DEFAULTS.repetitions})")
    p.add_argument("--chunks", type=int, default=DEFAULTS.max_chunks,
                   help=f"perplexity chunks at most (default {DEFAULTS.max_chunks})")
    p.add_argument("--chunk-tokens", type=int, default=DEFAULTS.chunk_tokens,
                   help=f"tokens per perplexity chunk (default {DEFAULTS.chunk_tokens})")
    p.add_argument(
        "--text", metavar="TEXT", action="append",
        help="evaluation text: a UTF-8 file, or en, da, nb or sv for the English, Danish, Norwegian or Swedish text "
        "that ships with the app (default: en). Several, comma-separated or repeated (--text en,da), score every "
        "variant on each and show its loss per language",
    )
    p.add_argument("--prompt", action="append", metavar="TEXT", help="a prompt to answer (repeatable; default: the "
                   "bundled prompts)")
    p.add_argument("--answer-tokens", type=int, default=DEFAULTS.answer_tokens,
                   help=f"tokens per answer at most (default {DEFAULTS.answer_tokens})")
    p.add_argument("-t", "--threads", type=int, default=0, help="CPU threads (default: automatic)")


TEXT_ALIASES = {"en": BUNDLED, "english": BUNDLED}
"""What the command line also accepts for the bundled English text."""


def texts_from_args(values: list[str] | None) -> list[str]:
    """The evaluation texts named by ``--text`` (repeated, or comma-separated), in order, without repeats."""
    names: list[str] = []
    for value in values or [BUNDLED]:
        for part in value.split(",") if not Path(value).is_file() else [value]:
            name = part.strip()
            if name:
                names.append(TEXT_ALIASES.get(name.lower(), name))
    if not names:
        raise WorkbenchError(
            tr("CLI", "--text needs the name of an evaluation text: en, da, nb, sv or a text file")
        )
    return list(dict.fromkeys(names))


def comparable_models(paths: list[str], err: TextIO) -> list[tuple[str, ModelDescription]]:
    """Each model among ``paths`` with its description, leaving out, with a line on ``err`` each, the importance
    matrices that quantizing writes next to its outputs (so that ``compare folder/*.gguf`` compares the folder's
    models). Any other file that is no model stops here, with its reason."""
    models = []
    for path in paths:
        try:
            models.append((path, formats.read_info(path)))
        except ImportanceMatrixFile:
            err.write(tr("CLI", "Left out {path}: an importance matrix, not a model.").format(path=path) + "\n")
    return models


def settings_from_args(args: argparse.Namespace, err: TextIO) -> tuple[CompareSettings, list[str]]:
    """Check the command line and turn it into settings, with the models to compare; :class:`WorkbenchError` with
    the reason."""
    models = comparable_models(list(args.models), err)
    if len(models) < 2:
        raise WorkbenchError(tr("CLI", "compare needs at least two models: .gguf files, MLX or ONNX model folders."))
    for name in ("n_prompt", "n_gen", "threads", "answer_tokens"):
        if getattr(args, name) < 0:
            raise WorkbenchError(
                tr("CLI", "{option} must not be negative").format(option="--" + name.replace("_", "-"))
            )
    if args.repetitions < 1 or args.chunks < 2:
        raise WorkbenchError(tr("CLI", "--repetitions must be at least 1 and --chunks at least 2"))
    texts = texts_from_args(args.text)
    baseline = args.baseline
    if baseline is None:
        baseline = default_baseline([info.path for _, info in models])  # the original the others were made from
    settings = CompareSettings(
        n_prompt=args.n_prompt,
        n_gen=args.n_gen,
        repetitions=args.repetitions,
        chunk_tokens=args.chunk_tokens,
        max_chunks=args.chunks,
        threads=args.threads,
        baseline=str(baseline),
        prompts=list(args.prompt or []),
        answer_tokens=args.answer_tokens,
        evaluation_text=texts[0],
        evaluation_texts=texts if len(texts) > 1 else [],
    )
    return settings, [path for path, _ in models]


def cmd_compare(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from workbench.compare.suite import run_suite

    out, err = out or sys.stdout, err or sys.stderr
    settings, models = settings_from_args(args, err)
    for target in (args.json, args.csv):
        if target and not Path(target).resolve().parent.is_dir():
            raise WorkbenchError(tr("CLI", "{path}: the folder to write it in does not exist").format(path=target))
    token = CancelToken()
    previous = signal.signal(signal.SIGINT, lambda *_: token.cancel())
    show = _ProgressLine(err)
    try:
        run = run_suite(models, settings, show, token)
    finally:
        signal.signal(signal.SIGINT, previous)
        show.end()
    if token.cancelled:
        err.write(tr("CLI", "Cancelled: the table shows what finished.") + "\n")
    write_table(run, out)
    if args.json:
        Path(args.json).write_text(to_json(run), encoding="utf-8")
        err.write(tr("CLI", "Wrote {path}").format(path=args.json) + "\n")
    if args.csv:
        Path(args.csv).write_text(to_csv(run), encoding="utf-8")
        err.write(tr("CLI", "Wrote {path}").format(path=args.csv) + "\n")
    if token.cancelled:
        return 130
    return 0 if any(v.status == "done" for v in run.variants) else 1


def write_languages(run: CompareRun, out: TextIO) -> None:
    """In a run of several evaluation texts: each variant's perplexity per text (± standard error) and its loss
    against the reference on the same text, then the sentences the captions say."""
    texts = run_texts(run)
    if not texts:
        return
    ref = reference_index(run)
    reference = run.variants[ref] if ref is not None else None
    rows = [["variant", *(text_label(t) for t in texts)]]
    for v in run.variants:
        cells = [v.label]
        for t in texts:
            q = text_quality(v, t)
            cell = f"{q.perplexity:.3f} ± {q.perplexity_stderr:.3f}" if q else "—"
            loss = text_loss(v, reference, t) if reference is not None and v is not reference else None
            if loss is not None:
                cell += f" ({100 * loss.loss:+.1f}%)"
            cells.append(cell)
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out.write("\n" + tr(
        "CLI",
        "Perplexity per evaluation text ± standard error (change against the reference on the same text):",
    ) + "\n")
    for n, row in enumerate(rows):
        out.write("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                                    enumerate(zip(row, widths, strict=True))) + " |\n")
        if n == 0:
            out.write("|" + "|".join("-" * (w + 2) for w in widths) + "|\n")
    for sentence in language_sentences(run, short_names(run.variants)):
        out.write(sentence + "\n")


class _ProgressLine:
    """One updating line per variant on stderr; a finished variant's line stays (:class:`ProgressLine`)."""

    def __init__(self, err: TextIO) -> None:
        self._line = ProgressLine(err)
        self._part: str | None = None

    def __call__(self, report: SuiteProgress) -> None:
        # the speed rounds take every variant in turn: one line for each round, then one for each variant's turn
        turn = f"{report.variant_index + 1}/{report.variant_count}"
        where = f"round {report.speed_round}" if report.speed_round else turn
        new_part = self._part is not None and where != self._part
        self._part = where
        filled = int(round(report.fraction * BAR_WIDTH))
        line = (
            f"[{where}] {report.result.label[:32]:<32} "
            f"{report.step:<10} {'█' * filled}{'·' * (BAR_WIDTH - filled)} {report.message}"
        )
        self._line.show(line, (where, report.variant_index, report.step), keep_previous=new_part)

    def end(self) -> None:
        self._line.end()
        self._part = None


def _num(value: float | None, fmt: str) -> str:
    return "—" if value is None or not math.isfinite(value) else format(value, fmt)


def _cells(v: VariantResult) -> list[str]:
    q = v.quality
    pp, tg = v.prompt_speed, v.generation_speed
    return [
        v.label,
        format_bytes(v.file_bytes) if v.file_bytes else "—",
        _num(v.bits_per_weight, ".2f"),
        f"{v.load_seconds:.2f} s" if v.load_seconds is not None else "—",
        format_bytes(v.peak_rss_bytes) if v.peak_rss_bytes else "—",
        format_bytes(v.expected_bytes) if v.expected_bytes else "—",
        format_bytes(v.estimated_bytes) if v.estimated_bytes else "—",
        f"{pp.mean:.1f} ± {pp.stdev:.1f}" if pp and pp.samples else "—",
        f"{tg.mean:.1f} ± {tg.stdev:.1f}" if tg and tg.samples else "—",
        _num(v.ceiling_tokens_per_second, ".0f"),
        f"{q.perplexity:.3f} ± {q.perplexity_stderr:.3f}" if q else "—",
        f"{q.kl_mean:.5f} ± {q.kl_stderr or 0:.5f}" if q and q.kl_mean is not None else "—",
        f"{q.top1_agreement * 100:.1f}%" if q and q.top1_agreement is not None else "—",
        v.status,
    ]


HEADERS = ("variant", "size", "bits/w", "load", "peak memory", "expected", "reserved at most", "pp t/s", "tg t/s",
           "ceiling t/s", "perplexity", "KL divergence", "top-1", "status")


def write_table(run: CompareRun, out: TextIO) -> None:
    """The results as a Markdown-style table, then the notes a reader needs to trust it."""
    rows = [list(HEADERS), *(_cells(v) for v in run.variants)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADERS))]
    for n, row in enumerate(rows):
        out.write("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                                    enumerate(zip(row, widths, strict=True))) + " |\n")
        if n == 0:
            out.write("|" + "|".join("-" * (w + 2) for w in widths) + "|\n")
    s, m = run.settings, run.machine
    done = sorted({len(m.samples) for v in run.variants for m in (v.prompt_speed, v.generation_speed)
                   if m is not None and m.samples})
    if not done or done[-1] == 1:
        speed = tr("CLI", "pp{n_prompt} and tg{n_gen}: mean ± standard deviation of 1 repetition after a warm-up.")
    else:  # the count each figure took, which adapts: the setting is only its least
        speed = tr(
            "CLI",
            "pp{n_prompt} and tg{n_gen}: mean ± standard deviation of {count} repetitions after a warm-up (at least "
            "{minimum}, then more until the mean was known within 3%, at most {maximum}).",
        )
    if m.bandwidth_bytes_per_second:
        ceiling = tr("CLI", "Ceiling: memory bandwidth {bandwidth} GB/s ÷ weight bytes read per token.").format(
            bandwidth=format_decimal(m.bandwidth_bytes_per_second / 1e9, 1)
        )
    else:
        ceiling = tr("CLI", "Ceiling: memory bandwidth not measured ÷ weight bytes read per token.")
    count = "–".join(dict.fromkeys(format_integer(n) for n in (done[:1] + done[-1:])))  # "3", or "3–8"
    out.write("\n" + speed.format(n_prompt=s.n_prompt, n_gen=s.n_gen, count=count, minimum=s.repetitions,
                                   maximum=s.max_repetitions) + " " + ceiling + "\n")
    scored = next((v.quality for v in run.variants if v.quality is not None), None)
    if scored is not None:
        baseline = next((v.label for v in run.variants if s.baseline and Path(v.path) == Path(s.baseline)), None)
        if baseline:
            scoring = tr(
                "CLI",
                "Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) "
                "± standard error; KL divergence (nats) and top-1 agreement against {baseline}.",
            )
        else:
            scoring = tr(
                "CLI",
                "Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) "
                "± standard error.",
            )
        out.write(scoring.format(tokens=format_integer(scored.tokens_scored), chunks=scored.chunks,
                                 chunk_tokens=scored.chunk_tokens, baseline=baseline) + "\n")
    write_languages(run, out)
    machine = tr("CLI", "Machine: {cpu}, {cores} cores, {memory} memory, {system}.")
    out.write(machine.format(cpu=m.cpu, cores=m.cores, memory=format_bytes(m.memory_bytes), system=m.system) + "\n")
    for v in run.variants:
        if v.error:
            out.write(f"{v.label}: {v.error}\n")
        elif v.quality is not None and v.quality.kl_note and not _no_baseline(v.quality.kl_note):
            out.write(f"{v.label}: {v.quality.kl_note}\n")
