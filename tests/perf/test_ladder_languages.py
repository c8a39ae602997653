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
from workbench.compare.results import CompareSettings
from workbench.compare.suite import run_suite
from workbench.evaltext import LANGUAGES, text_label
from workbench.jobs import CancelToken
from workbench.quantize.ladder import TeachingLadder
from workbench.starter import starter_model_path

TYPES = ("Q4_0", "Q3_K_M", "Q2_K")
TEXTS = list(LANGUAGES)  # bundled (English), da, nb, sv


@pytest.mark.timeout(3600)  # 4 variants × 4 texts × 8 chunks of 512 tokens: minutes, more on a busy machine
def test_starter_ladder_loss_per_language(tmp_path: Path) -> None:
    starter = starter_model_path()
    if starter is None:
        pytest.skip("the starter model package is not installed")
    started = time.monotonic()
    ladder = TeachingLadder(starter, tmp_path, types=TYPES)(lambda _p: None, CancelToken())
    paths = [str(starter), *(p for p in ladder.paths if Path(p) != Path(starter))]
    settings = CompareSettings(
        n_prompt=0, n_gen=0, baseline=str(starter), prompts=["Hello."], answer_tokens=1,
        evaluation_text=TEXTS[0], evaluation_texts=TEXTS,
    )  # the window's perplexity settings (8 chunks of 512 tokens); no speed test
    run = run_suite(paths, settings, lambda _r: None, CancelToken())
    assert [v.status for v in run.variants] == ["done"] * len(paths), [v.error for v in run.variants]
    names = short_names(run.variants)
    reference = run.variants[0]
    print(f"\nstarter ladder per language, {time.monotonic() - started:.0f} s (quantize and compare)")
    q = reference.text_quality[TEXTS[0]]
    print(f"perplexity over {q.chunks} chunks of {q.chunk_tokens} tokens (the second half of each scored), "
          f"± standard error; loss = rise over {names[0]}'s perplexity on the same text\n")
    print("| variant | text | tokens scored | perplexity | loss vs Q4_1 | supported by the spreads | KL (nats) "
          "| same top token |")
    print("|---|---|---:|---:|---:|---|---:|---:|")
    for v, name in zip(run.variants, names, strict=True):
        for text in TEXTS:
            tq = v.text_quality[text]
            loss = text_loss(v, reference, text) if v is not reference else None
            rise = f"{100 * loss.loss:+.1f}% ± {100 * loss.loss_stderr:.1f}" if loss else "(reference)"
            clear = ("yes" if loss.clear else "no: about the same") if loss else ""
            kl = format_uncertain(tq.kl_mean, tq.kl_stderr) if tq.kl_mean is not None else "—"
            top1 = format_percent(tq.top1_agreement) if tq.top1_agreement is not None else "—"
            print(f"| {name} | {text_label(text)} | {tq.tokens_scored:,} | "
                  f"{format_uncertain(tq.perplexity, tq.perplexity_stderr)} | {rise} | {clear} | {kl} | {top1} |")
    print()
    for sentence in language_sentences(run, names):
        print(sentence)
    for v in run.variants:
        assert set(v.text_quality) == set(TEXTS)
    if os.environ.get("SLM_WORKBENCH_LANGUAGES_RUN"):
        Path(os.environ["SLM_WORKBENCH_LANGUAGES_RUN"]).write_text(to_json(run), encoding="utf-8")
