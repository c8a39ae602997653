"""Compare on several evaluation texts in one run, for real: the tiny ladder scored in English and Danish, in the
core, in the store and from the command line."""

from __future__ import annotations

import csv
import io
import math
import pathlib
import tempfile
from dataclasses import replace

import pytest

from workbench.cli import main
from workbench.compare.captions import summary_sentences
from workbench.compare.export import from_json
from workbench.compare.figures import short_names
from workbench.compare.languages import languages_caption, losses
from workbench.compare.present import chart_specs, presentation_slides
from workbench.compare.results import CompareSettings, SuiteProgress
from workbench.compare.store import CompareStore
from workbench.compare.suite import run_suite
from workbench.evaltext import EvaluationTextError
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization

SMALL = CompareSettings(
    n_prompt=32, n_gen=8, repetitions=1, max_repetitions=1, chunk_tokens=128, max_chunks=2, threads=1,
    prompts=["Say hello."], answer_tokens=8,
)


@pytest.fixture(scope="module")
def tiny_ladder(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The tiny F16 model and its Q8_0 and Q4_0 variants, largest first."""
    plan = plan_quantization(tiny_gguf, ["q8_0", "q4_0"], tmp_path_factory.mktemp("tiny_ladder"), threads=1)
    return [str(tiny_gguf), *(r.path for r in QuantizationJob(plan)(lambda _: None, CancelToken()))]


def _leftover_baselines() -> list[pathlib.Path]:
    return list(pathlib.Path(tempfile.gettempdir()).glob("slm-workbench-kl-base-*"))


def test_two_texts_give_figures_per_text_and_a_caption_naming_both(
    tiny_ladder: list[str], tmp_path: pathlib.Path
) -> None:
    before = _leftover_baselines()
    settings = replace(SMALL, baseline=tiny_ladder[0], evaluation_text="bundled", evaluation_texts=["bundled", "da"])
    reports: list[SuiteProgress] = []
    run = run_suite(tiny_ladder, settings, reports.append, CancelToken())
    assert [v.status for v in run.variants] == ["done"] * 3, [v.error for v in run.variants]
    for v in run.variants:
        assert set(v.text_quality) == {"bundled", "da"}
        english, danish = v.text_quality["bundled"], v.text_quality["da"]
        for q in (english, danish):
            assert math.isfinite(q.perplexity) and q.perplexity > 1 and q.perplexity_stderr > 0
            assert (q.chunks, q.tokens_scored) == (2, 2 * 63)
            assert q.kl_mean is not None and q.top1_agreement is not None
        assert english.perplexity != danish.perplexity  # two different texts, scored apart
        assert v.quality is not None and v.quality.perplexity == english.perplexity  # the first is the main one
        assert v.quality.token_kl and danish.token_kl is None  # the divergence map is the main text's
    f16, q8, q4 = run.variants
    assert f16.text_quality["da"].kl_mean < 1e-6 and f16.text_quality["da"].top1_agreement == 1.0
    assert 0 < q8.text_quality["da"].kl_mean < q4.text_quality["da"].kl_mean  # type: ignore[operator]
    for v in (q8, q4):  # each perplexity is also paired with the baseline's on the same tokens
        for text in ("bundled", "da"):
            q, base = v.text_quality[text], f16.text_quality[text]
            assert q.paired_with == f16.path and q.log_ratio is not None and q.log_ratio_stderr is not None
            assert math.isclose(q.log_ratio, math.log(q.perplexity / base.perplexity), rel_tol=1e-6, abs_tol=1e-9)
            assert 0 < q.log_ratio_stderr < q.perplexity_stderr / q.perplexity
    assert f16.text_quality["da"].log_ratio is None  # the baseline is not paired with itself
    assert any("Danish" in r.message for r in reports if r.step == "perplexity")
    assert _leftover_baselines() == before  # one temporary file per text, each removed

    names = short_names(run.variants)
    caption = languages_caption(run, names)
    assert "English" in caption and "Danish" in caption and names[0] in caption, caption
    found = dict(losses(run))
    assert set(found) == {1, 2} and all(len(per_text) == 2 for per_text in found.values())
    for per_text in found.values():  # the caption states a loss as a number only when the spreads support it
        for loss in per_text:
            assert (f"{loss.language}" in caption) and (loss.clear or "about the same" in caption)
    sentences = summary_sentences(run)
    assert any("English" in s and "Danish" in s for s in sentences), sentences
    chart = next(s for s in chart_specs(run) if s.key == "languages")
    assert len(chart.bars) == 4 and chart.has_data  # two variants × two texts, grouped by text
    assert [b.label for b in chart.bars] == ["", "English", "", "Danish"]  # the language once per group
    assert any(s.key == "languages" for s in presentation_slides(run) if hasattr(s, "key"))

    store = CompareStore(tmp_path / "app.sqlite3")
    try:
        again = store.load(store.save(run))
    finally:
        store.close()
    assert again.settings.texts() == ["bundled", "da"]
    assert again.variants[2].text_quality["da"].perplexity == q4.text_quality["da"].perplexity


def test_a_text_too_short_for_the_chunks_is_named(tiny_ladder: list[str], tmp_path: pathlib.Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("Kort tekst. " * 10, encoding="utf-8")
    settings = replace(SMALL, evaluation_texts=["bundled", str(short)])
    with pytest.raises(EvaluationTextError, match="short.txt is too short"):
        run_suite(tiny_ladder[:2], settings, lambda _r: None, CancelToken())


def test_the_command_line_scores_texts_given_comma_separated(
    tiny_ladder: list[str], tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json, out_csv = tmp_path / "run.json", tmp_path / "run.csv"
    args = ["compare", tiny_ladder[2], tiny_ladder[0], "-p", "16", "-n", "4", "-r", "1", "--chunks", "2",
            "--chunk-tokens", "128", "-t", "1", "--answer-tokens", "4", "--prompt", "Hi.", "--text", "en,sv",
            "--json", str(out_json), "--csv", str(out_csv)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "Perplexity per evaluation text" in printed
    assert "| variant" in printed and "English" in printed and "Swedish" in printed
    run = from_json(out_json.read_text(encoding="utf-8"))
    assert run.settings.texts() == ["bundled", "sv"] and run.settings.evaluation_text == "bundled"
    assert set(run.variants[0].text_quality) == {"bundled", "sv"}
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert float(rows[0]["perplexity[sv]"]) > 1 and float(rows[0]["perplexity[bundled]"]) > 1
