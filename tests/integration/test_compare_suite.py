"""The comparison suite for real: tiny random-weight variants, a broken file, a killed engine, cancel,
a different tokenizer, a too-short text, and the starter model's quantization ladder."""

from __future__ import annotations

import math
import pathlib
import struct
import tempfile
from dataclasses import replace

import psutil
import pytest

from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.compare import suite as suite_module
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.compare.suite import CompareError, run_suite
from workbench.evaltext import EvaluationTextError
from workbench.jobs import CancelToken
from workbench.memory import estimate_memory, judge_fit
from workbench.quantize import QuantizationJob, plan_quantization
from workbench.starter import starter_model_path

needs_starter = pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")

SMALL = CompareSettings(
    n_prompt=32,
    n_gen=8,
    repetitions=2,
    chunk_tokens=128,
    max_chunks=3,
    threads=1,
    prompts=["Say hello.", "Name a colour."],
    answer_tokens=8,
)
STEPS = ["bench", "load", "perplexity", "kl", "answers", "done"]
"""A variant's steps as reported: its speed rounds (the first load among them), then its own turn."""


def _quantize(source: pathlib.Path | str, types: list[str], out: pathlib.Path, **kw: object) -> list[str]:
    plan = plan_quantization(source, types, out, threads=1, **kw)  # type: ignore[arg-type]
    return [r.path for r in QuantizationJob(plan)(lambda _: None, CancelToken())]


@pytest.fixture(scope="module")
def tiny_variants(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The tiny F16 model and its Q8_0 and Q4_0 variants, largest first."""
    return [str(tiny_gguf), *_quantize(tiny_gguf, ["q8_0", "q4_0"], tmp_path_factory.mktemp("tiny_variants"))]


@pytest.fixture(scope="module")
def broken_gguf(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The tiny model claiming three layers while holding two: its header reads fine, llama.cpp refuses it."""
    data = bytearray(tiny_gguf.read_bytes())
    key = b"llama.block_count"
    at = data.index(key) + len(key)
    assert struct.unpack_from("<II", data, at) == (4, 2)  # uint32, 2 layers
    struct.pack_into("<I", data, at + 4, 3)
    path = tmp_path_factory.mktemp("broken") / "tiny-broken-F16.gguf"
    path.write_bytes(bytes(data))
    return str(path)


def _run(paths: list[str], settings: CompareSettings, cancel: CancelToken | None = None, on_report=None):  # type: ignore[no-untyped-def]
    reports: list[SuiteProgress] = []

    def progress(report: SuiteProgress) -> None:
        reports.append(report)
        if on_report is not None:
            on_report(report)

    run = run_suite(paths, settings, progress, cancel or CancelToken())
    return run, reports


def _steps(reports: list[SuiteProgress], index: int) -> list[str]:
    seen: list[str] = []
    for r in reports:
        if r.variant_index == index and (not seen or seen[-1] != r.step):
            seen.append(r.step)
    return seen


def test_automatic_threads_are_kept_as_asked(tiny_variants: list[str]) -> None:
    settings = replace(SMALL, threads=0, prompts=[], max_chunks=2, repetitions=1, max_repetitions=1)
    run, _reports = _run(tiny_variants[:2], settings)
    assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
    assert run.settings.threads == 0  # automatic: the engine chose before each step; the run says so
    assert all(v.generation_speed and v.quality for v in run.variants)


def _leftover_baselines() -> list[pathlib.Path]:
    return list(pathlib.Path(tempfile.gettempdir()).glob("slm-workbench-kl-base-*"))


def test_every_figure_on_tiny_variants(tiny_variants: list[str]) -> None:
    before = _leftover_baselines()
    settings = replace(SMALL, baseline=tiny_variants[0])
    run, reports = _run(tiny_variants, settings)
    assert isinstance(run, CompareRun) and run.created and run.title == "tiny: F16, Q8_0, Q4_0"
    assert run.machine.cores > 0 and run.machine.memory_bytes > 0 and run.machine.cpu
    assert run.machine.bandwidth_bytes_per_second and run.machine.bandwidth_bytes_per_second > 1e8
    f16, q8, q4 = run.variants
    assert [v.status for v in run.variants] == ["done"] * 3, [v.error for v in run.variants]
    assert [v.quantization for v in run.variants] == ["F16", "Q8_0", "Q4_0"]
    assert f16.file_bytes > q8.file_bytes > q4.file_bytes
    assert f16.bits_per_weight > q8.bits_per_weight > q4.bits_per_weight  # type: ignore[operator]
    for v in run.variants:
        assert v.backend == "llama.cpp" and v.parameters == f16.parameters
        assert v.load_seconds is not None and 0 < v.load_seconds < 60
        assert v.estimated_bytes and v.peak_rss_bytes and v.evaluation_peak_rss_bytes
        assert 0.3 < v.peak_rss_bytes / v.estimated_bytes < 3, (v.peak_rss_bytes, v.estimated_bytes)
        # Both figures of the estimate are recorded: the expected use, and the larger reserved at most.
        assert v.expected_bytes and 0.5 < v.peak_rss_bytes / v.expected_bytes < 2, (v.peak_rss_bytes, v.expected_bytes)
        assert v.expected_bytes <= v.estimated_bytes
        # At least the repetitions asked for, more (up to the cap) while the figure is noisy.
        assert v.prompt_speed and 2 <= len(v.prompt_speed.samples) <= 10 and v.prompt_speed.mean > 0
        assert v.generation_speed and 2 <= len(v.generation_speed.samples) <= 10 and v.generation_speed.mean > 0
        assert [m.step for m in v.machine_load] == ["bench"] and v.machine_load[0].during_cores is not None
        assert v.bytes_per_token and 0 < v.bytes_per_token <= v.file_bytes
        assert v.ceiling_tokens_per_second == pytest.approx(run.machine.bandwidth_bytes_per_second / v.bytes_per_token)
        q = v.quality
        assert q is not None and math.isfinite(q.perplexity) and q.perplexity > 1 and q.perplexity_stderr > 0
        assert (q.chunks, q.chunk_tokens, q.tokens_scored) == (3, 128, 3 * 63)
        assert q.kl_mean is not None and q.kl_stderr is not None and q.top1_agreement is not None
        assert [a.prompt for a in v.answers] == SMALL.prompts and all(a.tokens > 0 for a in v.answers)
        assert _steps(reports[1:], run.variants.index(v)) == STEPS  # after the bandwidth measurement
    assert f16.quality and q8.quality and q4.quality
    assert f16.quality.kl_mean < 1e-6 and f16.quality.top1_agreement == 1.0  # the baseline against itself
    assert 0 < q8.quality.kl_mean < q4.quality.kl_mean  # type: ignore[operator]
    assert q4.quality.top1_agreement < 1.0  # type: ignore[operator]
    assert all(0 <= r.fraction <= 1 and r.variant_count == 3 for r in reports)
    # The speed repetitions are taken in turns, one round of every variant after another, before any other step.
    rounds = list(dict.fromkeys((r.speed_round, r.variant_index) for r in reports if r.speed_round))
    assert rounds[:6] == [(1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)], rounds
    for i, v in enumerate(run.variants):  # each sample says its round, for the captions to compare round by round
        timed_in = sorted({n for n, index in rounds if index == i})
        for measured in (v.prompt_speed, v.generation_speed):
            assert measured and len(measured.rounds) == len(measured.samples)
            assert measured.rounds == sorted(measured.rounds) and set(measured.rounds) <= set(timed_in)
    in_rounds = [r.speed_round > 0 for r in reports[1:]]  # after the machine's bandwidth
    assert in_rounds == sorted(in_rounds, reverse=True) and not all(in_rounds)
    speed_progress = [r.overall for r in reports if r.speed_round]
    assert speed_progress == sorted(speed_progress) and 0 <= speed_progress[0] < speed_progress[-1] < 1
    assert reports[-1].overall == 1.0 and all(0 <= r.overall <= 1 for r in reports)
    assert _leftover_baselines() == before  # the baseline's temporary file is removed


def test_greedy_answers_repeat_exactly(tiny_variants: list[str]) -> None:
    settings = replace(SMALL, n_prompt=0, n_gen=0, max_chunks=2)
    first, _ = _run(tiny_variants[:1], settings)
    second, _ = _run(tiny_variants[:1], settings)
    assert [a.text for a in first.variants[0].answers] == [a.text for a in second.variants[0].answers]
    assert first.variants[0].quality and first.variants[0].quality.kl_note == "No baseline was chosen."


def test_a_file_llama_cpp_refuses_fails_and_the_rest_go_on(tiny_variants: list[str], broken_gguf: str) -> None:
    paths = [tiny_variants[0], broken_gguf, tiny_variants[2]]
    run, reports = _run(paths, replace(SMALL, baseline=paths[0]))
    assert [v.status for v in run.variants] == ["done", "failed", "done"]
    broken = run.variants[1]
    assert broken.error and "could not load" in broken.error and broken.quality is None
    assert broken.file_bytes > 0  # what was known from the header is kept
    assert run.variants[2].quality and run.variants[2].quality.kl_mean is not None
    assert any(r.variant_index == 1 and "failed" in r.message for r in reports)


def test_an_engine_killed_mid_run_fails_that_variant_only(tiny_variants: list[str]) -> None:
    killed: list[int] = []

    def kill_engine_once(report: SuiteProgress) -> None:
        if report.variant_index == 1 and report.step == "perplexity" and not killed:
            for child in psutil.Process().children():
                if not any("resource_tracker" in part for part in child.cmdline()):
                    killed.append(child.pid)
                    child.kill()

    run, _ = _run(tiny_variants, replace(SMALL, baseline=tiny_variants[0]),
                  on_report=kill_engine_once)
    assert killed
    assert [v.status for v in run.variants] == ["done", "failed", "done"]
    crashed = run.variants[1]
    assert crashed.error and "engine" in crashed.error.lower()
    assert crashed.generation_speed is not None and crashed.generation_speed.mean > 0  # measured before the crash
    assert run.variants[2].quality is not None and run.variants[2].quality.kl_mean is not None


def test_cancel_in_the_speed_rounds_keeps_the_speeds_measured(tiny_variants: list[str]) -> None:
    token = CancelToken()

    def cancel_in_second_round(report: SuiteProgress) -> None:
        if report.speed_round == 2 and report.variant_index == 1:
            token.cancel()

    run, reports = _run(tiny_variants, replace(SMALL, baseline=tiny_variants[0]), token, cancel_in_second_round)
    assert [v.status for v in run.variants] == ["cancelled"] * 3
    first, second, third = run.variants
    assert first.generation_speed and first.generation_speed.rounds == [1, 2]  # a sample in round 1, one in 2
    assert second.generation_speed and second.generation_speed.rounds == [1]  # round 2 was cancelled
    assert third.generation_speed and len(third.generation_speed.samples) == 1
    assert all(v.load_seconds is not None and v.quality is None and not v.answers for v in run.variants)
    assert not any(r.speed_round == 3 or r.step == "perplexity" for r in reports)  # nothing started after


def test_a_different_tokenizer_gets_a_note_and_the_rest_compare(
    tiny_variants: list[str], tmp_path: pathlib.Path
) -> None:
    other = str(write_tiny_llama_gguf(tmp_path / "other-vocab-F16.gguf", vocab_size=640, name="Other"))
    paths = [tiny_variants[0], other, tiny_variants[2]]
    run, _ = _run(paths, replace(SMALL, baseline=paths[0], n_prompt=0, n_gen=0))
    assert [v.status for v in run.variants] == ["done"] * 3
    different = run.variants[1].quality
    assert different is not None and different.kl_mean is None and different.top1_agreement is None
    assert different.kl_note and "different tokenizer" in different.kl_note.lower() and "640" in different.kl_note
    assert math.isfinite(different.perplexity)
    assert run.variants[2].quality and run.variants[2].quality.kl_mean is not None


def test_a_variant_that_does_not_fit_is_skipped_with_the_estimate(
    tiny_variants: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    small_machine = tiny_variants[1]

    def fit(info, context_length, **_):  # type: ignore[no-untyped-def]
        available = 1_000_000 if info.path == small_machine else None
        return judge_fit(estimate_memory(info, context_length), available, 1_000_000 if available else None)

    monkeypatch.setattr("workbench.formats.fit", fit)
    settings = replace(SMALL, n_prompt=0, n_gen=0, max_chunks=2)
    run, _ = _run(tiny_variants[:2], settings)
    assert [v.status for v in run.variants] == ["done", "skipped"]
    assert "Does not fit" in (run.variants[1].error or "") and run.variants[1].estimated_bytes


def test_too_short_text_is_refused_up_front(tiny_variants: list[str], tmp_path: pathlib.Path) -> None:
    text = tmp_path / "short.txt"
    text.write_text("A few words of text. " * 10)  # 210 bytes < two chunks of 128 tokens
    settings = replace(SMALL, evaluation_text=str(text))
    reports: list[SuiteProgress] = []
    with pytest.raises(EvaluationTextError, match="too short.*two chunks of 128 tokens"):
        run_suite(tiny_variants, settings, reports.append, CancelToken())
    assert reports == []  # nothing started
    text.write_text("The evaluation text is read as ordinary prose here. " * 12)  # enough bytes, too few tokens
    with pytest.raises(EvaluationTextError, match="tokens .*two chunks"):
        run_suite(tiny_variants, settings, reports.append, CancelToken())


def test_unusable_settings_are_refused(tiny_variants: list[str], tmp_path: pathlib.Path) -> None:
    with pytest.raises(CompareError, match="not one of the variants"):
        run_suite(tiny_variants[:2], CompareSettings(baseline=str(tmp_path / "x.gguf")), print, CancelToken())
    with pytest.raises(CompareError, match="at least one model"):
        run_suite([], CompareSettings(), print, CancelToken())
    with pytest.raises(EvaluationTextError, match="cannot be read"):
        run_suite(tiny_variants, CompareSettings(evaluation_text=str(tmp_path / "none.txt")), print, CancelToken())


@pytest.fixture(scope="module")
def starter_ladder(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """SmolLM2-135M requantized: Q4_1 → F16 → Q8_0, Q4_K_M, Q4_0 (the starter round trip)."""
    out = tmp_path_factory.mktemp("ladder")
    (f16,) = _quantize(str(starter_model_path()), ["f16"], out, allow_requantize=True)
    return [f16, *_quantize(f16, ["q8_0", "q4_k_m", "q4_0"], out)]


@needs_starter
@pytest.mark.timeout(900)  # perplexity and KL of five real variants: about 2.5 minutes on a busy two-core machine
def test_starter_ladder_quality_order(starter_ladder: list[str]) -> None:
    settings = CompareSettings(
        n_prompt=32, n_gen=8, repetitions=1, chunk_tokens=512, max_chunks=3, threads=1,
        baseline=starter_ladder[0], prompts=["Why is the sky blue?"], answer_tokens=16,
    )
    run, _ = _run(starter_ladder, settings)
    assert [v.status for v in run.variants] == ["done"] * 4, [v.error for v in run.variants]
    f16, q8, q4km, q40 = (v.quality for v in run.variants)
    assert f16 and q8 and q4km and q40
    for v in run.variants:
        q = v.quality
        assert q is not None
        print(f"{v.label}: {v.file_bytes / 1e6:.1f} MB, ppl {q.perplexity:.3f} ± {q.perplexity_stderr:.3f}, "
              f"KL {q.kl_mean:.5f}, top-1 {q.top1_agreement:.3f}")
    assert abs(q8.perplexity / f16.perplexity - 1) < 0.02  # F16 ≈ Q8_0
    assert max(f16.perplexity, q8.perplexity) < q4km.perplexity < q40.perplexity
    assert f16.kl_mean is not None and f16.kl_mean < 1e-5 and f16.top1_agreement == 1.0
    assert q8.kl_mean < q4km.kl_mean < q40.kl_mean  # type: ignore[operator]
    assert f16.tokens_scored == 3 * 255
    assert all(v.answers[0].tokens > 0 for v in run.variants)


@pytest.mark.parametrize("grace", [suite_module.CANCEL_GRACE_SECONDS, 0.0])
def test_cancel_during_perplexity_keeps_the_chunks_done(
    tiny_variants: list[str], grace: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a grace period the request stops on its own; with none, the engine is ended at once."""
    monkeypatch.setattr(suite_module, "CANCEL_GRACE_SECONDS", grace)
    token = CancelToken()

    def cancel_after_a_chunk(report: SuiteProgress) -> None:
        if report.variant_index == 1 and report.step == "perplexity" and report.fraction > 0:
            token.cancel()

    run, _ = _run(tiny_variants, replace(SMALL, baseline=tiny_variants[0]), token, cancel_after_a_chunk)
    assert [v.status for v in run.variants] == ["done", "cancelled", "cancelled"]
    cancelled = run.variants[1]
    assert cancelled.error is None and cancelled.generation_speed is not None
    assert cancelled.quality is not None and cancelled.quality.chunks >= 1 and not cancelled.answers


def test_evaluation_matches_llama_cpp_across_batches(tiny_gguf: pathlib.Path) -> None:
    """A chunk longer than one batch gives the same log-probabilities as one llama.cpp pass with all logits."""
    import llama_cpp
    import numpy as np

    from workbench.compare.quality import log_softmax
    from workbench.engine.llama_backend import LlamaBackend
    from workbench.engine.options import LoadOptions
    from workbench.evaltext import bundled_evaluation_text

    backend = LlamaBackend()
    backend.load(str(tiny_gguf), LoadOptions(context_length=1024, threads=1, batch_size=512))
    try:
        tokens = backend.tokenize_text(bundled_evaluation_text())[:1024]
        assert backend._llm.n_batch < len(tokens)  # two batches
        ours = backend.evaluate(tokens, 512, True)
        plain = backend.evaluate(tokens, 512, False)
    finally:
        backend.unload()
    llm = llama_cpp.Llama(str(tiny_gguf), n_ctx=1024, n_batch=1024, n_ubatch=1024, n_threads=1, logits_all=True,
                          verbose=False)
    try:
        llm.eval(tokens)
        reference = log_softmax(llm.scores[512:1023])
    finally:
        llm.close()
    assert ours.logprobs.shape == (511, 1024)
    assert np.abs(ours.logprobs - reference).max() < 1e-3
    targets = np.array(tokens[513:])
    assert np.allclose(plain.token_logprobs, reference[np.arange(511), targets], atol=1e-3)
    assert (plain.top1 == reference.argmax(axis=1)).mean() > 0.99
