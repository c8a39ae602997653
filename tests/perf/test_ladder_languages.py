"""The starter ladder's quality per language: how much Q4_0, Q3_K_M and Q2_K lose against the original Q4_1 on the
English, Danish, Norwegian (Bokmål) and Swedish evaluation texts, in one Compare run of four texts.

Not part of the default run (``pytest tests/perf/test_ladder_languages.py -s``). Quality, not speed: the figures
do not depend on how busy the machine is, so no speed is measured (no benchmark; one short answer per variant).
Prints, per variant and text, the perplexity ± standard error, its rise over Q4_1's on the same text (and whether
the spreads support it), KL divergence and top-1 agreement against Q4_1, then what the captions say. Asserts
only that every figure was measured. With ``SLM_WORKBENCH_LANGUAGES_RUN`` set to a file name, the run is also
written there as JSON (to open in Compare, or for screenshots).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from workbench.compare.export import to_json
from workbench.compare.figures import format_percent, format_uncertain, short_names
from workbench.compare.languages import language_sentences, text_loss
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress, VariantResult
from workbench.compare.suite import run_suite
from workbench.evaltext import LANGUAGES, text_label
from workbench.jobs import CancelToken
from workbench.quantize.ladder import TeachingLadder
from workbench.starter import starter_model_path

TYPES = ("Q4_0", "Q3_K_M", "Q2_K")
TEXTS = list(LANGUAGES)  # bundled (English), da, nb, sv


CHUNKS = int(os.environ.get("SLM_WORKBENCH_LANGUAGES_CHUNKS", "8"))
"""Perplexity chunks of 512 tokens per text: the window's 8 unless told fewer (a busy machine)."""


def _rows(run: CompareRun, index: int, names: list[str]) -> list[str]:
    """The table's rows of one variant, a row per text."""
    v, reference = run.variants[index], run.variants[0]
    rows = []
    for text in TEXTS:
        tq = v.text_quality.get(text)
        if tq is None:
            continue
        loss = text_loss(v, reference, text) if index != 0 else None
        rise = f"{100 * loss.loss:+.1f}% ± {100 * loss.loss_stderr:.1f}" if loss else "(reference)"
        clear = ("yes" if loss.clear else "no: about the same") if loss else ""
        kl = format_uncertain(tq.kl_mean, tq.kl_stderr) if tq.kl_mean is not None else "—"
        top1 = format_percent(tq.top1_agreement) if tq.top1_agreement is not None else "—"
        rows.append(f"| {names[index]} | {text_label(text)} | {tq.tokens_scored:,} | "
                    f"{format_uncertain(tq.perplexity, tq.perplexity_stderr)} | {rise} | {clear} | {kl} | {top1} |")
    return rows


@pytest.mark.timeout(3600)  # 4 variants × 4 texts × 8 chunks of 512 tokens: minutes, more on a busy machine
def test_starter_ladder_loss_per_language(tmp_path: Path) -> None:
    starter = starter_model_path()
    if starter is None:
        pytest.skip("the starter model package is not installed")
    started = time.monotonic()
    folder = Path(os.environ.get("SLM_WORKBENCH_LADDER_FOLDER") or tmp_path)  # made before: reused, not remade
    ladder = TeachingLadder(starter, folder, types=TYPES)(lambda _p: None, CancelToken())
    made = {Path(p).name.rsplit("-", 1)[-1].removesuffix(".gguf"): p for p in ladder.paths}
    paths = [str(starter), *(made[t] for t in reversed(TYPES))]  # the smallest first: the largest loss soonest
    settings = CompareSettings(
        n_prompt=0, n_gen=0, baseline=str(starter), prompts=["Hello."], answer_tokens=1, max_chunks=CHUNKS,
        evaluation_text=TEXTS[0], evaluation_texts=TEXTS,
    )  # the window's perplexity settings (chunks of 512 tokens); no speed test
    print(f"\nstarter ladder made in {time.monotonic() - started:.0f} s; perplexity over at most {CHUNKS} chunks of "
          "512 tokens per text (the second half of each scored) ± standard error; loss = rise over Q4_1's "
          "perplexity on the same text\n")
    print("| variant | text | tokens scored | perplexity | loss vs Q4_1 | supported by the spreads | KL (nats) "
          "| same top token |")
    print("|---|---|---:|---:|---:|---|---:|---:|", flush=True)
    shown: set[int] = set()
    partial = CompareRun([])

    def on_report(report: SuiteProgress) -> None:  # each variant's rows as soon as it is done
        if report.step == "done" and report.variant_index not in shown:
            shown.add(report.variant_index)
            partial.variants[report.variant_index] = report.result
            names = short_names(partial.variants)
            for row in _rows(partial, report.variant_index, names):
                print(row, flush=True)

    partial.variants = [VariantResult(path=p, label=Path(p).name) for p in paths]
    run = run_suite(paths, settings, on_report, CancelToken())
    assert [v.status for v in run.variants] == ["done"] * len(paths), [v.error for v in run.variants]
    print(f"\n{time.monotonic() - started:.0f} s in all\n")
    for sentence in language_sentences(run, short_names(run.variants)):
        print(sentence)
    for v in run.variants:
        assert set(v.text_quality) == set(TEXTS)
    if os.environ.get("SLM_WORKBENCH_LANGUAGES_RUN"):
        Path(os.environ["SLM_WORKBENCH_LANGUAGES_RUN"]).write_text(to_json(run), encoding="utf-8")
