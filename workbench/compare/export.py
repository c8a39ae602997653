"""A comparison run as JSON (everything, and back) or CSV (one row per variant with every figure)."""

from __future__ import annotations

import csv
import io
import json
import math
from typing import Any

from workbench.compare.results import CompareRun, VariantResult
from workbench.errors import WorkbenchError
from workbench.i18n import tr

FORMAT = "slm-workbench-compare"
FORMAT_VERSION = 1


class CompareFileError(WorkbenchError):
    """A file that should hold a comparison run does not."""


def _clean(value: Any) -> Any:
    """Non-finite floats become null: JSON has no NaN."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def to_json(run: CompareRun) -> str:
    """The whole run: settings, machine, and every variant's figures and answers."""
    data = {"format": FORMAT, "version": FORMAT_VERSION, **_clean(run.to_dict())}
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)


def from_json(text: str) -> CompareRun:
    """A run back from :func:`to_json`'s text; :class:`CompareFileError` with the reason otherwise."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CompareFileError(
            tr("Compare", "Not a comparison file: invalid JSON at line {line} ({detail}).").format(
                line=exc.lineno, detail=exc.msg
            )
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CompareFileError(
            tr("Compare", "Not a comparison file: it has no 'format': 'slm-workbench-compare' field.")
        )
    data = {k: v for k, v in data.items() if k not in ("format", "version")}
    for raw in data.get("variants", []):
        qualities = [raw.get("quality"), *(raw.get("text_quality") or {}).values()]
        for quality in qualities:
            if isinstance(quality, dict):
                for name in ("perplexity", "perplexity_stderr"):
                    if quality.get(name) is None:
                        quality[name] = math.nan
    try:
        return CompareRun.from_dict(data)
    except (TypeError, ValueError, AttributeError) as exc:
        raise CompareFileError(
            tr("Compare", "Not a comparison file this version can read: {detail}.").format(detail=exc)
        ) from exc


CSV_COLUMNS: tuple[str, ...] = (
    "label",
    "path",
    "status",
    "error",
    "backend",
    "quantization",
    "file_bytes",
    "parameters",
    "bits_per_weight",
    "load_seconds",
    "peak_rss_bytes",
    "estimated_bytes",
    "expected_bytes",
    "evaluation_peak_rss_bytes",
    "prompt_tokens",
    "prompt_tokens_per_second",
    "prompt_tokens_per_second_stdev",
    "generated_tokens",
    "generation_tokens_per_second",
    "generation_tokens_per_second_stdev",
    "repetitions",
    "bytes_per_token",
    "ceiling_tokens_per_second",
    "perplexity",
    "perplexity_stderr",
    "tokens_scored",
    "chunks",
    "chunk_tokens",
    "kl_mean",
    "kl_stderr",
    "top1_agreement",
    "top1_stderr",
    "kl_note",
    "answers",
    "prompt_repetitions",
    "generation_repetitions",
    "other_programs_cores_during_speed_test",
)


TEXT_CSV_FIGURES = ("perplexity", "perplexity_stderr", "tokens_scored", "kl_mean", "kl_stderr", "top1_agreement",
                    "top1_stderr")
"""Per evaluation text of a run that scored several, these figures get a column each: ``perplexity[da]`` …"""


def _text_columns(run: CompareRun) -> list[str]:
    texts = run.settings.texts() if any(v.text_quality for v in run.variants) else []
    return [f"{name}[{text}]" for text in texts for name in TEXT_CSV_FIGURES]


def _row(run: CompareRun, v: VariantResult) -> dict[str, Any]:
    q = v.quality
    row: dict[str, Any] = {name: getattr(v, name, None) for name in CSV_COLUMNS if hasattr(v, name)}
    row.update(
        prompt_tokens=run.settings.n_prompt,
        generated_tokens=run.settings.n_gen,
        repetitions=run.settings.repetitions,
        prompt_tokens_per_second=v.prompt_speed.mean if v.prompt_speed else None,
        prompt_tokens_per_second_stdev=v.prompt_speed.stdev if v.prompt_speed else None,
        generation_tokens_per_second=v.generation_speed.mean if v.generation_speed else None,
        generation_tokens_per_second_stdev=v.generation_speed.stdev if v.generation_speed else None,
        answers=len(v.answers),
        prompt_repetitions=len(v.prompt_speed.samples) if v.prompt_speed else None,
        generation_repetitions=len(v.generation_speed.samples) if v.generation_speed else None,
        other_programs_cores_during_speed_test=max(
            (m.during_cores for m in v.machine_load if m.step == "bench" and m.during_cores is not None), default=None
        ),
    )
    if q is not None:
        for name in ("perplexity", "perplexity_stderr", "tokens_scored", "chunks", "chunk_tokens", "kl_mean",
                     "kl_stderr", "top1_agreement", "top1_stderr", "kl_note"):
            row[name] = getattr(q, name)
    for text, per_text in v.text_quality.items():
        for name in TEXT_CSV_FIGURES:
            row[f"{name}[{text}]"] = getattr(per_text, name)
    return {k: ("" if v is None or (isinstance(v, float) and not math.isfinite(v)) else v) for k, v in row.items()}


def to_csv(run: CompareRun) -> str:
    """A header row, then one row per variant (in the run's order) with all its figures; a run that scored several
    evaluation texts adds each text's quality figures (see :data:`TEXT_CSV_FIGURES`)."""
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=[*CSV_COLUMNS, *_text_columns(run)], lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for variant in run.variants:
        writer.writerow(_row(run, variant))
    return out.getvalue()
