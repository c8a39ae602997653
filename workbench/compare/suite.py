"""The measurement suite: each variant (a GGUF file, or an MLX folder) in its own engine process, one after another.

For each variant, in order: **load** (file facts, the memory estimate, load time), **bench**
(llama-bench's prompt processing and generation, repetitions after a warm-up), **perplexity** (on
the evaluation text, llama.cpp's way), **kl** (against the baseline variant, computed in the same
pass), **answers** (the prompts, greedy). The baseline runs first so that its distributions are
stored before any other variant needs them; results keep the user's order.

A variant that fails to load or crashes is marked ``failed`` with the reason and the suite goes
on; one estimated not to fit is ``skipped``; cancel stops the running request, ends the engine
and marks what did not finish ``cancelled``, keeping every figure already measured.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from workbench import formats
from workbench.bench import steady_speeds
from workbench.compare.baseline import BaselineDistributions
from workbench.compare.machine import measure_machine, watch_other_load
from workbench.compare.prompts import default_prompts
from workbench.compare.quality import QualityTally, kl_divergence
from workbench.compare.remote import RemoteOpener, RemoteRun, RemoteSource, TokenTexts
from workbench.compare.results import (
    Answer,
    CompareRun,
    CompareSettings,
    Measurement,
    Quality,
    Step,
    SuiteProgress,
    VariantResult,
)
from workbench.engine.client import EngineClient
from workbench.engine.inspect import inspect_model
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import Evaluation, ReplyDone, Vocabulary
from workbench.errors import ContextOverflow, EngineNotLoaded, WorkbenchError
from workbench.evaltext import EvaluationTextError, evaluation_text
from workbench.formats import ModelDescription
from workbench.jobs import CancelToken, JobCancelled
from workbench.sampling import SamplingParams

__all__ = ["CompareError", "measure_machine", "run_suite", "suite_context_length"]

RSS_INTERVAL_SECONDS = 0.05
CANCEL_GRACE_SECONDS = 1.0
"""After a cancel, the running request has this long to stop on its own before the engine is ended."""
ANSWER_SEED = 0
CHUNKS_PER_REQUEST = 4
"""Perplexity chunks asked of the engine at once: llama-perplexity's four per pass (c = 512, a batch of 2048)."""


class CompareError(WorkbenchError):
    """A comparison cannot start: no variants, or a baseline that is not one of them."""


def suite_context_length(settings: CompareSettings) -> int:
    """The context every variant is loaded with: room for a perplexity chunk, the benchmark and an answer."""
    return max(settings.chunk_tokens, settings.n_prompt + settings.n_gen + 8, settings.answer_tokens + 256)


def check_settings(paths: list[str], settings: CompareSettings, text: str) -> int | None:
    """Refuse what cannot run, before any engine starts; returns the baseline's index (None: no KL).

    A text of fewer bytes than two chunks of tokens is certainly too short (a token is at least a byte)."""
    if not paths:
        raise CompareError("Choose at least one model to compare.")
    for name in ("n_prompt", "n_gen", "answer_tokens"):
        if getattr(settings, name) < 0:
            raise CompareError(f"{name} must not be negative.")
    if settings.repetitions < 1:
        raise CompareError("Repetitions must be at least 1.")
    if settings.chunk_tokens < 16 or settings.max_chunks < 2:
        raise CompareError("Perplexity needs chunks of at least 16 tokens and at least two chunks.")
    needed = 2 * settings.chunk_tokens
    if len(text.encode("utf-8")) < needed:
        raise EvaluationTextError(
            f"The evaluation text is too short: perplexity needs at least two chunks of {settings.chunk_tokens} "
            f"tokens ({needed:,}), and the text has only {len(text.encode('utf-8')):,} bytes."
        )
    if settings.baseline is None:
        return None
    wanted = os.path.realpath(settings.baseline)
    for index, path in enumerate(paths):
        if os.path.realpath(path) == wanted:
            return index
    raise CompareError(f"The baseline {Path(settings.baseline).name} is not one of the variants compared.")


def run_suite(
    paths: list[str],
    settings: CompareSettings,
    progress: Callable[[SuiteProgress], None],
    cancel: CancelToken,
    remote: RemoteOpener | None = None,
    token_texts: Callable[[str], TokenTexts | None] | None = None,
) -> CompareRun:
    """Measure every variant in ``paths`` (see the module docstring); a core job.

    ``remote`` opens the variants that are models on a server (see :mod:`workbench.compare.remote`);
    ``token_texts`` reads a local baseline's token texts, which lets a server's figures line up with it.
    Raises :class:`CompareError` or :class:`~workbench.evaltext.EvaluationTextError` up front for
    settings that cannot run; otherwise returns the run, whatever happened to single variants."""
    text = evaluation_text(settings.evaluation_text)
    baseline_index = check_settings(paths, settings, text)
    sources, problems = _open_remote(paths, remote)
    if baseline_index is not None and (sources[baseline_index] is not None or problems[baseline_index]):
        raise CompareError(
            "A model on a server cannot be the baseline: KL divergence needs the baseline's whole token "
            "distributions, which a server does not send. Choose a model on this computer as the baseline."
        )
    described = [
        _describe(str(p)) if sources[i] is None and not problems[i] else _describe_remote(str(p), sources[i])
        for i, p in enumerate(paths)
    ]
    run = CompareRun(
        variants=[result for result, _info in described],
        settings=settings,
        created=datetime.now().astimezone().isoformat(timespec="seconds"),
    )
    run.title = _title(run.variants)
    if not cancel.cancelled:
        measuring = "Measuring this machine's memory bandwidth"
        progress(SuiteProgress(0, len(paths), "load", 0.0, measuring, run.variants[0]))
        run.machine = measure_machine()
    suite = _Suite(run, text, baseline_index, progress, cancel, [info for _result, info in described])
    suite.remote_sources, suite.remote_problems = sources, problems
    if token_texts is not None and baseline_index is not None:
        suite.token_texts = lambda: token_texts(str(paths[baseline_index]))
    try:
        suite.run()
    finally:
        for source in sources:
            if source is not None:
                source.close()
    return run


def _open_remote(paths: list[str], remote: RemoteOpener | None) -> tuple[list[RemoteSource | None], list[str]]:
    """Each variant's server model (None: a file on this computer), and why one could not be opened ("")."""
    sources: list[RemoteSource | None] = []
    problems: list[str] = []
    for path in paths:
        try:
            sources.append(remote(str(path)) if remote is not None else None)
            problems.append("")
        except WorkbenchError as exc:
            sources.append(None)
            problems.append(str(exc))
    return sources, problems


def _describe_remote(path: str, source: RemoteSource | None) -> tuple[VariantResult, None]:
    """A pending result for a model on a server: its name and where it runs; no file facts."""
    label = source.label if source is not None else path
    return VariantResult(path=path, label=label, remote=source.where if source is not None else ""), None


def _describe(path: str) -> tuple[VariantResult, ModelDescription | None]:
    """A pending result with the model's facts, and its description (None: it cannot be read, and it fails with
    the reason when its turn comes)."""
    result = VariantResult(path=path, label=Path(path).name)
    try:
        info = formats.read_info(path)
    except WorkbenchError:
        return result, None
    result.label = f"{info.name} {info.file_type}"
    result.quantization = info.file_type
    result.file_bytes = info.file_size
    result.parameters = info.parameters
    result.bits_per_weight = formats.bits_per_weight(info)
    return result, info


def _title(variants: list[VariantResult]) -> str:
    """``SmolLM2-135M-Instruct: F16, Q8_0, Q4_0`` for one model's variants, else the labels."""
    names = {v.label.removesuffix(f" {v.quantization}") for v in variants if v.quantization}
    if len(names) == 1 and all(v.quantization for v in variants):
        return f"{names.pop()}: {', '.join(v.quantization for v in variants)}"
    return " vs ".join(v.label for v in variants)


class _RssSampler:
    """Samples the engine's resident memory every 50 ms on a thread; :meth:`take` gives the peak
    since the last take."""

    def __init__(self, client: EngineClient) -> None:
        self._client = client
        self._peak = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="compare-rss-sampler", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(RSS_INTERVAL_SECONDS):
            self.sample()

    def sample(self) -> None:
        rss = self._client.rss()
        if rss is not None:
            with self._lock:
                self._peak = max(self._peak, rss)

    def take(self) -> int | None:
        self.sample()
        with self._lock:
            peak, self._peak = self._peak, 0
        return peak or None

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


class _Suite:
    def __init__(
        self,
        run: CompareRun,
        text: str,
        baseline_index: int | None,
        progress: Callable[[SuiteProgress], None],
        cancel: CancelToken,
        infos: list[ModelDescription | None],
    ) -> None:
        self.run_ = run
        self.infos = infos
        """Each variant's description, read once when the run began (None: it could not be read then)."""
        self.settings = run.settings
        self.text = text
        self.baseline_index = baseline_index
        self.progress = progress
        self.cancel = cancel
        self.client = EngineClient()
        self.baseline: BaselineDistributions | None = None
        self.attempted = 0
        self._tokens: list[int] = []
        self.context_length = suite_context_length(self.settings)
        self.options = LoadOptions(context_length=self.context_length, threads=self.settings.threads)
        """llama.cpp's defaults (flash attention auto, its batch sizes) at the suite's context and threads (0: the
        engine's automatic threads, see :attr:`CompareSettings.threads`)."""
        self.step: Step = "load"
        self._timer: threading.Timer | None = None
        self._timer_lock = threading.Lock()
        self._finished = False
        self.remote_sources: list[RemoteSource | None] = [None] * len(run.variants)
        self.remote_problems: list[str] = [""] * len(run.variants)
        self.token_texts: Callable[[], TokenTexts | None] | None = None
        self.baseline_tokens: list[int] = []
        """The baseline's evaluation tokens (what a server's chunks are cut at)."""

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> None:
        variants = self.run_.variants
        order = list(range(len(variants)))
        if self.baseline_index is not None:
            order.remove(self.baseline_index)
            order.insert(0, self.baseline_index)
        self.cancel.on_cancel(self._on_cancel)
        try:
            for index in order:
                if self.cancel.cancelled:
                    break
                self._variant(index)
        finally:
            with self._timer_lock:
                self._finished = True
                timer = self._timer
            if timer is not None:
                timer.cancel()
                timer.join()
            self.client.unload()
            if self.baseline is not None:
                self.baseline.close()
        for variant in variants:
            if variant.status in ("pending", "running"):
                variant.status = "cancelled"

    def _on_cancel(self) -> None:
        """On the cancelling thread: stop the running request at its next check (a token, a batch);
        a request still busy after :data:`CANCEL_GRACE_SECONDS` (one long batch) ends with its engine."""
        self.client.cancel()
        with self._timer_lock:
            if self._finished:
                return
            self._timer = threading.Timer(CANCEL_GRACE_SECONDS, self.client.kill)
            self._timer.daemon = True
            self._timer.start()

    def _report(self, index: int, step: Step, fraction: float, message: str) -> None:
        self.progress(
            SuiteProgress(
                variant_index=index,
                variant_count=len(self.run_.variants),
                step=step,
                fraction=min(max(fraction, 0.0), 1.0),
                message=message,
                result=self.run_.variants[index],
            )
        )

    def _variant(self, index: int) -> None:
        if self.remote_sources[index] is not None or self.remote_problems[index]:
            self._remote_variant(index)
            return
        result = self.run_.variants[index]
        result.status = "running"
        self.step = "load"
        sampler: _RssSampler | None = None
        try:
            self._report(index, "load", 0.0, f"Loading {result.label}")
            sampler = self._load(index, result)
            if sampler is not None:
                with watch_other_load(result, "bench"):
                    self._bench(index, result)
                result.peak_rss_bytes = sampler.take()
                self._quality(index, result)
                self._answers(index, result)
                result.evaluation_peak_rss_bytes = sampler.take()
                result.status = "done"
                self._report(index, "done", 1.0, f"{result.label}: done")
        except JobCancelled:
            result.status = "cancelled"
            self._report(index, self.step, 1.0, f"{result.label}: cancelled")
        except EvaluationTextError as exc:
            if self.attempted == 0:
                raise  # nothing measured yet: the text is the problem, not this variant
            self._failed(index, result, str(exc))
        except WorkbenchError as exc:
            if self.cancel.cancelled:
                result.status = "cancelled"
                self._report(index, self.step, 1.0, f"{result.label}: cancelled")
            elif isinstance(exc, EngineNotLoaded) and result.load_seconds is not None:
                self._failed(index, result, f"The engine process stopped during the {self.step} step (a crash?).")
            else:
                self._failed(index, result, str(exc))
        except (MemoryError, OSError, ValueError) as exc:  # e.g. no memory for a chunk's logits: this variant only
            self._failed(index, result, f"{type(exc).__name__}: {exc}")
        finally:
            if sampler is not None:
                if result.peak_rss_bytes is None:
                    result.peak_rss_bytes = sampler.take()
                sampler.stop()
            self.client.unload()
            self.attempted += 1

    def _remote_variant(self, index: int) -> None:
        """A model on a server (see :mod:`workbench.compare.remote`); the local engine is not used."""
        result = self.run_.variants[index]
        result.status = "running"
        self.step = "load"
        source = self.remote_sources[index]
        try:
            if source is None:
                raise WorkbenchError(self.remote_problems[index])
            measure = RemoteRun(
                source, result, text=self.text, chunk_tokens=self.settings.chunk_tokens,
                max_chunks=self.settings.max_chunks, prompts=self.settings.prompts or default_prompts(),
                answer_tokens=self.settings.answer_tokens, repetitions=self.settings.repetitions,
                cancel=self.cancel, report=lambda step, fraction, message: self._step(index, step, fraction, message),
            )
            if self.baseline is not None and self.baseline_index is not None:
                measure.baseline = self.baseline
                measure.baseline_label = self.run_.variants[self.baseline_index].label
                measure.baseline_tokens = self.baseline_tokens
                pieces = None
                try:
                    pieces = self.token_texts() if self.token_texts is not None else None
                except WorkbenchError:
                    pieces = None
                measure.baseline_pieces = pieces
                if pieces is None:
                    measure.baseline = None
                    measure.kl_unavailable = (
                        f"the token texts of the baseline {measure.baseline_label} could not be read, so the "
                        "server's tokens cannot be matched with it."
                    )
            elif self.baseline_index is not None:
                measure.kl_unavailable = self._kl_note_without_baseline()
            measure.run()
        except JobCancelled:
            result.status = "cancelled"
            self._report(index, self.step, 1.0, f"{result.label}: cancelled")
        except WorkbenchError as exc:
            if self.cancel.cancelled:
                result.status = "cancelled"
                self._report(index, self.step, 1.0, f"{result.label}: cancelled")
            else:
                self._failed(index, result, str(exc))
        finally:
            self.attempted += 1

    def _step(self, index: int, step: Step, fraction: float, message: str) -> None:
        self.step = step
        self._report(index, step, fraction, message)

    def _kl_note_without_baseline(self) -> str:
        assert self.baseline_index is not None
        baseline = self.run_.variants[self.baseline_index]
        what = {"failed": "failed", "skipped": "was skipped"}.get(baseline.status, "did not finish its evaluation")
        return f"The baseline {baseline.label} {what}, so there is no KL divergence to measure against it."

    def _failed(self, index: int, result: VariantResult, error: str) -> None:
        result.status = "failed"
        result.error = error
        self._report(index, self.step, 1.0, f"{result.label} failed: {error}")

    def _check_cancel(self) -> None:
        self.cancel.raise_if_cancelled()

    # -- the steps -------------------------------------------------------------------------

    def _load(self, index: int, result: VariantResult) -> _RssSampler | None:
        """File facts, the fit, the ceiling, then the load; None when the variant is skipped."""
        inspection = inspect_model(result.path, self.options, self.client.facts, info=self.infos[index])
        fit = inspection.fit
        result.estimated_bytes = fit.estimate.total
        result.expected_bytes = fit.estimate.expected
        if fit.verdict == "does not fit":
            result.status = "skipped"
            result.error = f"Not run: {fit.explanation}."
            self._report(index, "load", 1.0, f"{result.label} skipped: {fit.explanation}")
            return None
        result.bytes_per_token = inspection.format.bytes_read_per_token(inspection.info)
        bandwidth = self.run_.machine.bandwidth_bytes_per_second
        if bandwidth and result.bytes_per_token:
            result.ceiling_tokens_per_second = bandwidth / result.bytes_per_token
        self._check_cancel()
        sampler = _RssSampler(self.client)
        try:
            loaded = self.client.load(result.path, self.options, inspection=inspection)
            result.backend = loaded.backend
            result.load_seconds = loaded.load_seconds
            self._report(index, "load", 0.9, "Tokenizing the evaluation text")
            self._tokens = self.client.tokenize_text(self.text)
            size = self.settings.chunk_tokens
            if len(self._tokens) < 2 * size:
                raise EvaluationTextError(
                    f"The evaluation text is {len(self._tokens):,} tokens for {result.label}; perplexity needs at "
                    f"least two chunks of {size} tokens ({2 * size:,})."
                )
            done = f"Loaded {result.label} in {loaded.load_seconds:.2f} s · {loaded.description}"
            self._report(index, "load", 1.0, done)
            self._check_cancel()
        except BaseException:
            sampler.stop()
            raise
        return sampler

    def _bench(self, index: int, result: VariantResult) -> None:
        s = self.settings
        self.step = "bench"
        if s.n_prompt:
            self._report(index, "bench", 0.0, f"Prompt processing: {s.n_prompt} tokens × {s.repetitions}")
            speeds = steady_speeds(self.client.bench, s.n_prompt, 0, s.repetitions, s.max_repetitions)
            result.prompt_speed = Measurement(speeds)
            self._check_cancel()
        if s.n_gen:
            self._report(index, "bench", 0.5, f"Generation: {s.n_gen} tokens × {s.repetitions}")
            speeds = steady_speeds(self.client.bench, 0, s.n_gen, s.repetitions, s.max_repetitions)
            result.generation_speed = Measurement(speeds)
            self._check_cancel()
        speed = result.generation_speed.mean if result.generation_speed else float("nan")
        self._report(index, "bench", 1.0, f"{result.label}: generation {speed:.1f} tokens/s")

    def _quality(self, index: int, result: VariantResult) -> None:
        s = self.settings
        self.step = "perplexity"
        tokens, size = self._tokens, s.chunk_tokens
        chunks = min(s.max_chunks, len(tokens) // size)
        scored = tokens[: chunks * size]
        vocabulary = self.client.vocabulary()
        is_baseline = index == self.baseline_index
        note: str | None = None
        if is_baseline:
            self.baseline = BaselineDistributions(vocabulary, result.label, scored)
            self.baseline_tokens = scored
        else:
            note = self._kl_note(vocabulary, scored)
        compare = is_baseline or note is None
        tally = QualityTally()
        what = "Perplexity and KL divergence" if compare else "Perplexity"
        evaluations: list[Evaluation] = []  # the engine runs a few chunks side by side, as llama-perplexity does
        for i in range(chunks):
            if not evaluations:
                self._check_cancel()
                last = min(chunks, i + CHUNKS_PER_REQUEST)
                self._report(index, "perplexity", i / chunks, f"{what}: chunks {i + 1}–{last} of {chunks}")
                group = [tokens[j * size : (j + 1) * size] for j in range(i, last)]
                evaluations = self.client.evaluate_chunks(group, size // 2, compare)
            evaluation = evaluations.pop(0)
            tally.add(evaluation.token_logprobs)
            if compare:
                if evaluation.logprobs is None:
                    raise WorkbenchError(f"The {result.backend} backend gave no token distributions to compare.")
                if is_baseline:
                    assert self.baseline is not None
                    base_logprobs = self.baseline.append(evaluation.logprobs, evaluation.top1)
                    base_top1 = evaluation.top1
                else:
                    assert self.baseline is not None
                    base_logprobs, base_top1 = self.baseline.chunk(i)
                kl = kl_divergence(base_logprobs, evaluation.logprobs)
                tally.add_divergence(kl, base_top1, evaluation.top1)
            result.quality = _quality_of(tally, size, note)
            self._report(index, "perplexity", (i + 1) / chunks, f"{what}: {i + 1} of {chunks} chunks scored")
        if compare and result.quality is not None and tally.kl:  # per position, for the divergence map
            result.quality.token_kl = [round(float(k), 5) for chunk in tally.kl for k in chunk]
            scored_next = (tokens[i * size + size // 2 + 1 : (i + 1) * size] for i in range(chunks))
            result.quality.kl_tokens = [int(t) for part in scored_next for t in part]
        self._check_cancel()
        self.step = "kl"
        quality = result.quality
        assert quality is not None
        if quality.kl_mean is not None:
            message = (
                f"KL divergence {quality.kl_mean:.5f} ± {quality.kl_stderr:.5f} nats, top-1 agreement "
                f"{(quality.top1_agreement or 0) * 100:.1f}% over {quality.tokens_scored:,} tokens"
            )
        else:
            message = quality.kl_note or "No KL divergence"
        self._report(index, "kl", 1.0, message)

    def _kl_note(self, vocabulary: Vocabulary, tokens: list[int]) -> str | None:
        """Why this variant gets no KL divergence, or None when it can be compared."""
        if self.baseline_index is None:
            return "No baseline was chosen."
        baseline = self.run_.variants[self.baseline_index]
        label = baseline.label
        base = self.baseline
        if base is None or base.chunks < len(tokens) // self.settings.chunk_tokens:
            what = {"failed": "failed", "skipped": "was skipped"}.get(baseline.status, "did not finish its evaluation")
            return f"The baseline {label} {what}, so there is no KL divergence to measure against it."
        if vocabulary != base.vocabulary:
            size = vocabulary.size
            return (
                f"A different tokenizer than the baseline {label} ({size:,} tokens vs {base.vocabulary.size:,}"
                f"{', different tokens' if size == base.vocabulary.size else ''}): KL divergence needs the same "
                "vocabulary, so it is left out for this variant."
            )
        if not base.same_tokens(tokens):
            return (
                f"The same vocabulary as the baseline {label}, but the evaluation text is tokenized differently: "
                "KL divergence needs the same tokens, so it is left out for this variant."
            )
        return None

    def _answers(self, index: int, result: VariantResult) -> None:
        self.step = "answers"
        prompts = self.settings.prompts or default_prompts()
        params = SamplingParams(
            temperature=0.0,
            top_k=1,
            top_p=1.0,
            min_p=0.0,
            repeat_penalty=1.0,
            max_tokens=self.settings.answer_tokens,
            seed=ANSWER_SEED,
        )
        for i, prompt in enumerate(prompts):
            self._check_cancel()
            self._report(index, "answers", i / len(prompts), f"Answering prompt {i + 1} of {len(prompts)}")
            try:
                for event in self.client.generate([{"role": "user", "content": prompt}], params):
                    if isinstance(event, ReplyDone):
                        stats = event.stats
                        seconds = stats.prompt_seconds + stats.generation_seconds
                        result.answers.append(Answer(prompt, event.text, stats.generated_tokens, seconds))
            except ContextOverflow as exc:
                result.answers.append(Answer(prompt, f"[not answered: {exc}]"))
        self._check_cancel()
        self._report(index, "answers", 1.0, f"Answered {len(prompts)} prompts")


def _quality_of(tally: QualityTally, chunk_tokens: int, note: str | None) -> Quality:
    ppl, ppl_err = tally.perplexity()
    quality = Quality(
        perplexity=ppl,
        perplexity_stderr=ppl_err,
        tokens_scored=tally.tokens,
        chunks=tally.chunks,
        chunk_tokens=chunk_tokens,
        kl_note=note,
    )
    if tally.kl:
        quality.kl_mean, quality.kl_stderr, quality.top1_agreement, quality.top1_stderr = tally.divergence()
    return quality

