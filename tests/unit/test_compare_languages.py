"""Several evaluation texts in one comparison: the settings, the loss per language and its captions (never a
difference the spreads do not support), the chart, the exports, runs saved before, and the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from workbench.compare.captions import summary_sentences
from workbench.compare.cli import texts_from_args, write_table
from workbench.compare.export import from_json, to_csv, to_json
from workbench.compare.languages import (
    language_sentence,
    languages_caption,
    losses,
    run_texts,
    spread_sentence,
    text_loss,
)
from workbench.compare.present import CHART_KEYS, chart_specs, presentation_slides
from workbench.compare.results import CompareRun, CompareSettings, Quality, VariantResult
from workbench.compare.store import CompareStore
from workbench.errors import WorkbenchError

TEXTS = ["bundled", "da"]


def variant(quant: str, size: int, per_text: dict[str, tuple[float, float]]) -> VariantResult:
    """A finished variant with a perplexity ± standard error per text (the first text is also its main quality)."""
    qualities = {t: Quality(ppl, err, 1024, 8, 512, kl_mean=0.01, kl_stderr=0.001, top1_agreement=0.9)
                 for t, (ppl, err) in per_text.items()}
    first = next(iter(qualities.values()))
    return VariantResult(
        path=f"/models/m-{quant}.gguf", label=f"m {quant}", status="done", quantization=quant, file_bytes=size,
        quality=first, text_quality=qualities,
    )


def two_text_run(q40: dict[str, tuple[float, float]] | None = None) -> CompareRun:
    base = variant("Q4_1", 100, {"bundled": (20.0, 0.1), "da": (60.0, 0.6)})
    small = variant("Q4_0", 90, q40 or {"bundled": (20.6, 0.1), "da": (65.4, 0.6)})  # +3% and +9%
    settings = CompareSettings(baseline=base.path, evaluation_text="bundled", evaluation_texts=list(TEXTS))
    return CompareRun([base, small], settings, title="m")


def test_settings_list_their_texts_in_order_without_repeats() -> None:
    assert CompareSettings().texts() == ["bundled"]
    assert CompareSettings(evaluation_text="da").texts() == ["da"]  # a run of one text, as saved before
    assert CompareSettings(evaluation_texts=["bundled", "da", "bundled", "sv"]).texts() == ["bundled", "da", "sv"]


def test_the_loss_caption_names_each_language_with_its_figure() -> None:
    run = two_text_run()
    names = ["Q4_1", "Q4_0"]
    (index, per_text), = losses(run)
    assert index == 1 and [t.language for t in per_text] == ["English", "Danish"]
    assert per_text[0].loss == pytest.approx(0.03) and per_text[1].loss == pytest.approx(0.09)
    assert language_sentence("Q4_0", per_text) == "Q4_0 loses 3% in English and 9% in Danish."
    caption = languages_caption(run, names)
    assert caption.startswith("How much higher each perplexity is than Q4_1's on the same text")
    assert "Q4_0 loses 3% in English and 9% in Danish." in caption
    assert "Q4_0 loses clearly more in Danish than in English." in caption  # 9 ± 1.5 against 3 ± 0.7 (twice each)
    assert "Q4_0 loses 3% in English and 9% in Danish." in summary_sentences(run)


def test_a_loss_inside_the_spreads_is_about_the_same_and_no_language_is_said_to_lose_more() -> None:
    run = two_text_run({"bundled": (20.3, 0.5), "da": (63.0, 0.3)})  # English: +1.5%, the spreads 0.5 and 0.1
    (_i, per_text), = losses(run)
    english, danish = per_text
    assert not english.clear and danish.clear
    assert language_sentence("Q4_0", per_text) == "Q4_0 loses 5% in Danish, and scores about the same in English."
    assert spread_sentence("Q4_0", per_text) == ""  # only one clear loss: nothing to rank
    noisy = two_text_run({"bundled": (20.3, 0.5), "da": (61.0, 3.0)})
    caption = languages_caption(noisy, ["Q4_1", "Q4_0"])
    assert "scores about the same in English and Danish" in caption
    assert "Every difference here is within the measurements' spread." in caption
    assert "%" not in caption.split("Q4_0", 1)[1]  # no number is given for a difference the data do not support


def test_two_clear_losses_whose_spreads_overlap_are_not_ranked() -> None:
    run = two_text_run({"bundled": (21.0, 0.1), "da": (63.3, 0.3)})  # +5% ± 0.6, +5.5% ± 0.6
    (_i, per_text), = losses(run)
    assert all(t.clear for t in per_text)
    assert spread_sentence("Q4_0", per_text) == ""


def test_a_better_score_is_said_as_such() -> None:
    run = two_text_run({"bundled": (19.0, 0.1), "da": (66.0, 0.3)})
    (_i, per_text), = losses(run)
    assert language_sentence("Q4_0", per_text) == "Q4_0 loses 10% in Danish, and scores 5% better in English."


def test_a_variant_missing_a_text_is_left_out_of_that_text_only() -> None:
    run = two_text_run()
    del run.variants[1].text_quality["da"]
    (_i, per_text), = losses(run)
    assert [t.text for t in per_text] == ["bundled"]
    assert text_loss(run.variants[1], run.variants[0], "da") is None


def test_the_languages_chart_groups_bars_by_text_and_shows_only_with_several_texts() -> None:
    run = two_text_run()
    specs = {s.key: s for s in chart_specs(run)}
    assert tuple(specs) == CHART_KEYS
    chart = specs["languages"]
    assert [b.label for b in chart.bars] == ["English", "Danish"]  # the language under its group
    assert [round(b.value or 0, 3) for b in chart.bars] == [3.0, 9.0]
    assert chart.bars[0].text == "Q4_0: +3.0%" and chart.bars[0].variant == 1  # the variant over its bar
    assert "languages" in [getattr(s, "key", "") for s in presentation_slides(run)]
    one = CompareRun(run.variants[:1] + run.variants[1:], CompareSettings(baseline=run.variants[0].path))
    for v in one.variants:
        v.text_quality = {}
    assert not {s.key: s for s in chart_specs(one)}["languages"].has_data
    assert "languages" not in [getattr(s, "key", "") for s in presentation_slides(one)]
    assert languages_caption(one, ["Q4_1", "Q4_0"]).startswith("Choose two or more evaluation texts")
    assert run_texts(one) == []


def test_several_texts_survive_json_csv_and_the_store(tmp_path: Path) -> None:
    run = two_text_run()
    back = from_json(to_json(run))
    assert back.settings.texts() == TEXTS
    assert back.variants[1].text_quality["da"] == run.variants[1].text_quality["da"]
    rows = list(csv.DictReader(io.StringIO(to_csv(run))))
    assert float(rows[1]["perplexity[da]"]) == 65.4 and float(rows[1]["top1_agreement[bundled]"]) == 0.9
    store = CompareStore(tmp_path / "db.sqlite3")
    try:
        assert store.load(store.save(run)).variants[1].text_quality["bundled"].perplexity == 20.6
    finally:
        store.close()


def test_a_run_saved_before_several_texts_still_reads() -> None:
    data = json.loads(to_json(two_text_run()))
    del data["settings"]["evaluation_texts"]
    for raw in data["variants"]:
        del raw["text_quality"]
    old = from_json(json.dumps(data))
    assert old.settings.texts() == ["bundled"] and all(v.text_quality == {} for v in old.variants)
    assert old.variants[1].quality is not None and run_texts(old) == []
    assert "Perplexity per evaluation text" not in _table(old)
    data["variants"][1]["text_quality"] = {"da": {**data["variants"][1]["quality"], "perplexity": None}}
    assert from_json(json.dumps(data)).variants[1].text_quality["da"].perplexity != 0  # null: NaN, not a crash


def _table(run: CompareRun) -> str:
    out = io.StringIO()
    write_table(run, out)
    return out.getvalue()


def test_the_terminal_table_lists_the_texts() -> None:
    table = _table(two_text_run())
    assert "Perplexity per evaluation text" in table
    header = next(line for line in table.splitlines() if line.startswith("| variant") and "English" in line)
    assert [cell.strip() for cell in header.split("|")[1:-1]] == ["variant", "English", "Danish"]
    assert "(+9.0%)" in table
    assert "Q4_0 loses 3% in English and 9% in Danish." in table


@pytest.mark.parametrize(
    ("given", "texts"),
    [
        (None, ["bundled"]),
        (["en,da"], ["bundled", "da"]),
        (["da", "sv", "da"], ["da", "sv"]),
        (["English, nb"], ["bundled", "nb"]),
    ],
)
def test_text_names_on_the_command_line(given: list[str] | None, texts: list[str]) -> None:
    assert texts_from_args(given) == texts


def test_a_text_file_with_a_comma_in_its_name_is_one_text(tmp_path: Path) -> None:
    own = tmp_path / "notes, week 1.txt"
    own.write_text("words", encoding="utf-8")
    assert texts_from_args([str(own), "da"]) == [str(own), "da"]
    with pytest.raises(WorkbenchError, match="--text needs"):
        texts_from_args([" , "])
