"""The teaching ladder's quick comparison: smaller amounts of the same measurements, and a summary that says so."""

from __future__ import annotations

from workbench.compare.captions import summary_sentences
from workbench.compare.results import CompareRun, CompareSettings, Quality, VariantResult
from workbench.compare.teaching import TEACHING, profile_sentence, teaching_settings

STANDARD = ["one", "two", "three", "four", "five"]


def test_the_quick_comparison_keeps_the_choices_and_cuts_the_amounts() -> None:
    mine = CompareSettings(
        baseline="/models/original.gguf", threads=1, prompts=[*STANDARD, "my own"], evaluation_texts=["bundled", "da"]
    )
    quick = teaching_settings(mine, STANDARD)
    assert (quick.baseline, quick.threads, quick.texts()) == ("/models/original.gguf", 1, ["bundled", "da"])
    assert quick.prompts == ["one", "two", "three", "my own"]
    assert (quick.n_prompt, quick.n_gen, quick.max_chunks, quick.chunk_tokens) == (256, 64, 4, 512)
    assert (quick.repetitions, quick.max_repetitions, quick.answer_tokens, quick.profile) == (3, 5, 64, TEACHING)
    assert CompareSettings().profile == "" and CompareSettings().max_chunks == 8  # ordinary comparisons unchanged


def test_the_summary_says_first_what_a_quick_comparison_measured() -> None:
    quick = teaching_settings(CompareSettings(baseline="/a.gguf", prompts=STANDARD), STANDARD)
    said = profile_sentence(quick)
    assert said == (
        "A quick comparison for the teaching ladder: speed over 256 prompt tokens and 64 generated tokens, "
        "perplexity and KL divergence on 4 chunks of 512 tokens, 3 prompts answered in up to 64 tokens."
    )
    assert profile_sentence(CompareSettings()) == ""
    variants = [
        VariantResult(path="/a.gguf", label="a Q4_1", status="done", quantization="Q4_1", file_bytes=100,
                      quality=Quality(13.0, 0.8, 1020, 4, 512)),
        VariantResult(path="/b.gguf", label="a Q2_K", status="pending", quantization="Q2_K", file_bytes=80),
    ]
    run = CompareRun(variants=variants, settings=quick)
    assert summary_sentences(run)[0] == said
    assert summary_sentences(CompareRun(variants=[], settings=quick)) == [said]  # before anything is measured
    reopened = CompareRun.from_dict(run.to_dict())
    assert reopened.settings.profile == TEACHING and summary_sentences(reopened)[0] == said
    ordinary = CompareRun(variants=variants, settings=CompareSettings(baseline="/a.gguf"))
    assert not any(s.startswith("A quick comparison") for s in summary_sentences(ordinary))
