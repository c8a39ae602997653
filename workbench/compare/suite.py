"""The measurement suite: each variant (a GGUF file, or an MLX folder) in its own engine process, one after another.

First the **speed rounds**: in each round every variant on this computer is loaded in turn and timed (llama-bench's
prompt processing and generation after a warm-up: one repetition, or for a tiny model as many as fit in a
second), round after round until each figure is steady or the cap is reached (see :mod:`workbench.bench`). Taking
the repetitions in turns means a minute in which the machine runs slow costs every variant a repetition, and shows
in their spreads, instead of making the one variant timed in that minute look slow. Then, for each variant in order:
**load** (file facts, the memory estimate, load time), **perplexity** (on each evaluation text, llama.cpp's way),
**kl** (against the baseline variant on the same text, computed in the same pass), **answers** (the prompts,
greedy). A model on a server is timed in its own turn (**bench**). A run of several texts (English, Danish …) scores
every variant on each in turn and keeps the baseline's distributions per text (a temporary file each). The baseline
runs first so that its distributions are stored before any other variant needs them; results keep the user's order.

A variant that fails to load or crashes is marked ``failed`` with the reason and the suite goes
on; one estimated not to fit is ``skipped``; cancel stops the running request, ends the engine
and marks what did not finish ``cancelled``, keeping every figure already measured.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import numpy as np

from workbench import formats
from workbench.bench import SpeedRounds
from workbench.compare.baseline import BaselineDistributions
from workbench.compare.machine import (
    end_watch,
    keep_busiest_reading,
    measure_machine,
    start_watch,
    watch_other_load,
)
from workbench.compare.prompts import default_prompts
from workbench.compare.quality import QualityTally, kl_from_compressed, paired_log_ratio
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
from workbench.engine.inspect import Inspection, inspect_model
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import Evaluation, ReplyDone, Vocabulary
from workbench.errors import ContextOverflow, EngineNotLoaded, WorkbenchError
from workbench.evaltext import EvaluationTextError, evaluation_text, text_label
from workbench.formats import ModelDescription
from workbench.i18n import format_decimal, format_integer, format_percent, tr
from workbench.jobs import CancelToken, JobCancelled
from workbench.sampling import SamplingParams

__all__ = ["CompareError", "measure_machine", "run_suite", "suite_context_length"]

RSS_INTERVAL_SECONDS = 0.05
CANCEL_GRACE_SECONDS = 1.0
"""After a cancel, the running request has this long to stop on its own before the engine is ended."""
ANSWER_SEED = 0
CHUNKS_PER_REQUEST = 4
"""Perplexity chunks asked of the engine at once: llama-perplexity's four per pass (c = 512, a batch of 2048)."""
SPEED_SHARE = 0.5
"""The speed rounds' share of the whole run, for the overall progress."""
STEP_SHARE: dict[str, tuple[float, float]] = {
    "load": (0.0, 0.05),
    "bench": (0.05, 0.3),  # a model on a server, timed in its own turn
    "perplexity": (0.35, 0.35),
    "kl": (0.35, 0.35),
    "answers": (0.7, 0.3),
    "done": (1.0, 0.0),
}
"""Where each step starts within a variant's turn and how much of it it takes (0–1), for the overall progress."""


class CompareError(WorkbenchError):
    """A comparison cannot start: no variants, or a baseline that is not one of them."""


def suite_context_length(settings: CompareSettings) -> int:
    """The context every variant is loaded with: room for a perplexity chunk, the benchmark and an answer."""
    return max(settings.chunk_tokens, settings.n_prompt + settings.n_gen + 8, settings.answer_tokens + 256)


def check_settings(paths: list[str], settings: CompareSettings, text: str, label: str = "") -> int | None:
    """Refuse what cannot run, before any engine starts; returns the baseline's index (None: no KL).

    A text of fewer bytes than two chunks of tokens is certainly too short (a token is at least a byte); ``label``
    is how a person knows the text, said when a run of several texts finds one too short."""
    if not paths:
        raise CompareError(tr("Compare", "Choose at least one model to compare."))
    for name in ("n_prompt", "n_gen", "answer_tokens"):
        if getattr(settings, name) < 0:
            raise CompareError(tr("Compare", "{name} must not be negative.").format(name=name))
    if settings.repetitions < 1:
        raise CompareError(tr("Compare", "Repetitions must be at least 1."))
    if settings.chunk_tokens < 16 or settings.max_chunks < 2:
        raise CompareError(tr("Compare", "Perplexity needs chunks of at least 16 tokens and at least two chunks."))
    needed = 2 * settings.chunk_tokens
    if len(text.encode("utf-8")) < needed:
        if label:
            raise EvaluationTextError(
                tr(
                    "Compare",
                    "The evaluation text {label} is too short: perplexity needs at least two chunks of {tokens} "
                    "tokens ({needed}), and the text has only {size} bytes.",
                ).format(
                    label=label, tokens=settings.chunk_tokens, needed=format_integer(needed),
                    size=format_integer(len(text.encode("utf-8"))),
                )
            )
        raise EvaluationTextError(
            tr(
                "Compare",
                "The evaluation text is too short: perplexity needs at least two chunks of {size} tokens ({needed}), "
                "and the text has only {bytes} bytes.",
            ).format(
                size=settings.chunk_tokens,
                needed=format_integer(needed),
                bytes=format_integer(len(text.encode("utf-8"))),
            )
        )
    if settings.baseline is None:
        return None
    wanted = os.path.realpath(settings.baseline)
    for index, path in enumerate(paths):
        if os.path.realpath(path) == wanted:
            return index
    raise CompareError(
        tr("Compare", "The baseline {name} is not one of the variants compared.").format(
            name=Path(settings.baseline).name
        )
    )


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
    sources = settings.texts()
    texts = {source: evaluation_text(source) for source in sources}
    baseline_index = None
    for source, text in texts.items():
        baseline_index = check_settings(paths, settings, text, text_label(source) if len(texts) > 1 else "")
    servers, problems = _open_remote(paths, remote)
    if baseline_index is not None and (servers[baseline_index] is not None or problems[baseline_index]):
        raise CompareError(
            tr(
                "Compare",
                "A model on a server cannot be the baseline: KL divergence needs the baseline's whole token "
                "distributions, which a server does not send. Choose a model on this computer as the baseline.",
            )
        )
    described = [
        _describe(str(p)) if servers[i] is None and not problems[i] else _describe_remote(str(p), servers[i])
        for i, p in enumerate(paths)
    ]
    run = CompareRun(
        variants=[result for result, _info in described],
        settings=settings,
        created=datetime.now().astimezone().isoformat(timespec="seconds"),
    )
    run.title = _title(run.variants)
    if not cancel.cancelled:
        measuring = tr("Compare", "Measuring this machine's memory bandwidth")
        progress(SuiteProgress(0, len(paths), "load", 0.0, measuring, run.variants[0]))
        run.machine = measure_machine()
    suite = _Suite(run, texts, baseline_index, progress, cancel, [info for _result, info in described])
    suite.remote_sources, suite.remote_problems = servers, problems
    if token_texts is not None and baseline_index is not None:
        suite.token_texts = lambda: token_texts(str(paths[baseline_index]))
    try:
        suite.run()
    finally:
        for server in servers:
            if server is not None:
                server.close()
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
        texts: dict[str, str],
        baseline_index: int | None,
        progress: Callable[[SuiteProgress], None],
        cancel: CancelToken,
        infos: list[ModelDescription | None],
    ) -> None:
        self.run_ = run
        self.infos = infos
        """Each variant's description, read once when the run began (None: it could not be read then)."""
        self.settings = run.settings
        self.texts = texts
        """Each evaluation text by its name (``bundled``, ``da`` … or a path), the first the run's main one."""
        self.main_text = next(iter(texts))
        """The run's main text: the one a model on a server is scored on."""
        self.baseline_index = baseline_index
        self.progress = progress
        self.cancel = cancel
        self.client = EngineClient()
        self.baseline_logprobs: dict[str, np.ndarray] = {}
        """The baseline's log-probability of each scored token, per text: what a variant's perplexity is paired with."""
        self.baselines: dict[str, BaselineDistributions] = {}
        """The baseline's distributions on each text, once it has been evaluated on it."""
        self.attempted = 0
        """Parts of variants' measurements tried (a text too short for the first of them is the text's fault)."""
        self._tokens: dict[str, list[int]] = {}
        self._tokens_of: dict[int, dict[str, list[int]]] = {}
        """Each loaded variant's tokens of every evaluation text (tokenized at its first load)."""
        self._inspections: dict[int, Inspection] = {}
        """Each variant's file facts and fit, read at its first load."""
        self._speed_round = 0
        """The speed round running (1, 2 …), 0 outside them."""
        self._speed_share = 0.0
        self._speed_done = 0.0
        self._round_share: Callable[[int], float] = lambda index: 0.0
        """In the speed rounds: the part of a variant's rounds done, of those it needs as its figures stand."""
        self._turns_done = 0
        """Variants whose own turn (after the speed rounds) has ended."""
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
            self._speed_rounds([i for i in order if not self._remote(i)])
            for index in order:
                if self.cancel.cancelled:
                    break
                if variants[index].status in ("failed", "skipped"):  # in the speed rounds
                    self._turns_done += 1
                    continue
                self._variant(index)
        finally:
            with self._timer_lock:
                self._finished = True
                timer = self._timer
            if timer is not None:
                timer.cancel()
                timer.join()
            self.client.unload()
            for baseline in self.baselines.values():
                baseline.close()
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
        """Report progress; in the speed rounds every report is the variant's speed test (``bench``) at its
        share of the rounds planned for it."""
        if self._speed_round:
            step, fraction = "bench", self._round_share(index)
            overall = self._speed_share * self._speed_done
        else:
            start, share = STEP_SHARE.get(step, (0.0, 0.0))
            within = start + share * min(max(fraction, 0.0), 1.0)
            turns = (self._turns_done + within) / max(1, len(self.run_.variants))
            overall = self._speed_share + (1.0 - self._speed_share) * min(1.0, turns)
        self.progress(
            SuiteProgress(
                variant_index=index,
                variant_count=len(self.run_.variants),
                step=step,
                fraction=min(max(fraction, 0.0), 1.0),
                message=message,
                result=self.run_.variants[index],
                overall=overall,
                speed_round=self._speed_round,
            )
        )

    def _remote(self, index: int) -> bool:
        return self.remote_sources[index] is not None or bool(self.remote_problems[index])

    def _speed_rounds(self, indices: list[int]) -> None:
        """Time every variant on this computer in every round, in turns, until each figure is steady or capped."""
        s = self.settings
        if not indices or not (s.n_prompt or s.n_gen):
            return
        rounds = SpeedRounds(indices, bool(s.n_prompt), bool(s.n_gen), s.repetitions, s.max_repetitions)
        self._speed_share = SPEED_SHARE
        self._round_share = rounds.share
        try:
            while not self.cancel.cancelled:
                turn = rounds.next_round()
                if not turn:
                    break
                self._speed_round = rounds.round
                for index in turn:
                    if self.cancel.cancelled:
                        break
                    self._speed_done = max(self._speed_done, rounds.progress())  # never backwards
                    self._guarded(index, functools.partial(self._time_once, index, rounds))
                    if self.run_.variants[index].status != "pending":  # failed, skipped or cancelled
                        rounds.drop(index)
        finally:
            self._speed_round = 0
            self._speed_done = 1.0

    def _time_once(self, index: int, rounds: SpeedRounds) -> None:
        """One speed round of one variant: load it, time what is still due (:meth:`SpeedRounds.repetitions`), unload
        it."""
        result = self.run_.variants[index]
        result.status = "running"
        self.step = "load"
        loading = tr("Compare", "Speed round {round}: loading {name}")
        self._report(index, "load", 0.0, loading.format(round=self._speed_round, name=result.label))
        before = start_watch()  # other programs' use while this app loads the model: the "just before" reading
        try:
            sampler = self._load(index, result)
        except BaseException:
            end_watch(before)
            raise
        if sampler is None:
            end_watch(before)
            return
        try:
            self.step = "bench"
            prompt_due, generation_due = rounds.due(index)
            n_prompt = self.settings.n_prompt if prompt_due else 0
            n_gen = self.settings.n_gen if generation_due else 0
            timing = tr("Compare", "Speed round {round}: timing {name}").format(
                round=self._speed_round, name=result.label
            )
            self._report(index, "bench", 0.0, timing)
            repetitions = max(1, rounds.repetitions(index))
            with watch_other_load(result, "bench", before=before):
                timed = self.client.bench(n_prompt, n_gen, repetitions)
            keep_busiest_reading(result.machine_load, "bench")
            if timed.threads > 0 and timed.threads not in result.speed_threads:
                result.speed_threads = sorted([*result.speed_threads, timed.threads])
            prompt_speeds = [n_prompt / t for t in timed.prompt_seconds if t > 0]
            generation_speeds = [n_gen / t for t in timed.generation_seconds if t > 0]
            if n_prompt and not prompt_speeds or n_gen and not generation_speeds:  # else it would be due for ever
                raise WorkbenchError(tr("Compare", "The engine returned no timings for the speed test."))
            took = (sum(timed.prompt_seconds) + sum(timed.generation_seconds)) / repetitions
            rounds.add(index, prompt_speeds, generation_speeds, took)
            (prompt, generation), (prompt_rounds, generation_rounds) = rounds.speeds[index], rounds.rounds[index]
            if prompt:
                result.prompt_speed = Measurement(list(prompt), list(prompt_rounds))
            if generation:
                result.generation_speed = Measurement(list(generation), list(generation_rounds))
            peak = sampler.take()
            if peak is not None:
                result.peak_rss_bytes = max(peak, result.peak_rss_bytes or 0)
        finally:
            end_watch(before)  # ended already unless something failed before the speed test began
            sampler.stop()
            self.client.unload()
        result.status = "pending"
        speed = result.generation_speed.mean if result.generation_speed else float("nan")
        generated = tr("Compare", "{name}: generation {speed} tokens/s")
        self._report(index, "bench", 1.0, generated.format(name=result.label, speed=format_decimal(speed, 1)))

    def _variant(self, index: int) -> None:
        """The variant's own turn: a model on a server is measured whole, one on this computer from its load on."""
        if self._remote(index):
            self._guarded(index, lambda: self._remote_variant(index))
        else:
            self._guarded(index, lambda: self._turn(index))
        self._turns_done += 1

    def _turn(self, index: int) -> None:
        result = self.run_.variants[index]
        result.status = "running"
        self.step = "load"
        self._report(index, "load", 0.0, tr("Compare", "Loading {name}").format(name=result.label))
        sampler = self._load(index, result)
        if sampler is None:
            return
        try:
            if result.peak_rss_bytes is None:  # no speed test was asked for: the model as loaded
                result.peak_rss_bytes = sampler.take()
            self._tokens = self._tokens_of[index]
            self._quality(index, result)
            self._answers(index, result)
            result.evaluation_peak_rss_bytes = sampler.take()
            result.status = "done"
            self._report(index, "done", 1.0, tr("Compare", "{name}: done").format(name=result.label))
        finally:
            sampler.stop()
            self.client.unload()

    def _guarded(self, index: int, step: Callable[[], None]) -> None:
        """Run one part of a variant's measurement; what goes wrong ends that variant (failed, cancelled) only."""
        result = self.run_.variants[index]
        try:
            step()
        except JobCancelled:
            result.status = "cancelled"
            self._report(index, self.step, 1.0, tr("Compare", "{name}: cancelled").format(name=result.label))
        except EvaluationTextError as exc:
            if self.attempted == 0:
                raise  # nothing measured yet: the text is the problem, not this variant
            self._failed(index, result, str(exc))
        except WorkbenchError as exc:
            if self.cancel.cancelled:
                result.status = "cancelled"
                self._report(index, self.step, 1.0, tr("Compare", "{name}: cancelled").format(name=result.label))
            elif isinstance(exc, EngineNotLoaded) and result.load_seconds is not None:
                stopped = tr("Compare", "The engine process stopped during the {step} step (a crash?).")
                self._failed(index, result, stopped.format(step=self.step))
            else:
                self._failed(index, result, str(exc))
        except MemoryError:  # e.g. no memory for a chunk's logits: this variant only
            self._failed(index, result, tr("Compare", "This computer ran out of memory while measuring it."))
        except (OSError, ValueError) as exc:
            self._failed(index, result, str(exc) or tr("Compare", "It could not be measured."))
        finally:
            self.attempted += 1

    def _remote_variant(self, index: int) -> None:
        """A model on a server (see :mod:`workbench.compare.remote`); the local engine is not used."""
        result = self.run_.variants[index]
        result.status = "running"
        self.step = "load"
        source = self.remote_sources[index]
        if source is None:
            raise WorkbenchError(self.remote_problems[index])
        measure = RemoteRun(
            source, result, text=self.texts[self.main_text], chunk_tokens=self.settings.chunk_tokens,
            max_chunks=self.settings.max_chunks, prompts=self.settings.prompts or default_prompts(),
            answer_tokens=self.settings.answer_tokens, repetitions=self.settings.repetitions,
            cancel=self.cancel, report=lambda step, fraction, message: self._step(index, step, fraction, message),
        )
        baseline = self.baselines.get(self.main_text)
        if baseline is not None and self.baseline_index is not None:
            measure.baseline = baseline
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
                measure.kl_unavailable = tr(
                    "Compare",
                    "the token texts of the baseline {name} could not be read, so the server's tokens cannot "
                    "be matched with it.",
                ).format(name=measure.baseline_label)
        elif self.baseline_index is not None:
            measure.kl_unavailable = self._kl_note_without_baseline()
        measure.run()

    def _step(self, index: int, step: Step, fraction: float, message: str) -> None:
        self.step = step
        self._report(index, step, fraction, message)

    def _kl_note_without_baseline(self) -> str:
        assert self.baseline_index is not None
        baseline = self.run_.variants[self.baseline_index]
        if baseline.status == "failed":
            text = tr("Compare", "The baseline {name} failed, so there is no KL divergence to measure against it.")
        elif baseline.status == "skipped":
            text = tr("Compare", "The baseline {name} was skipped, so there is no KL divergence to measure against it.")
        else:
            text = tr(
                "Compare",
                "The baseline {name} did not finish its evaluation, so there is no KL divergence to measure "
                "against it.",
            )
        return text.format(name=baseline.label)

    def _failed(self, index: int, result: VariantResult, error: str) -> None:
        result.status = "failed"
        result.error = error
        failed = tr("Compare", "{name} failed: {reason}").format(name=result.label, reason=error)
        self._report(index, self.step, 1.0, failed)

    def _check_cancel(self) -> None:
        self.cancel.raise_if_cancelled()

    # -- the steps -------------------------------------------------------------------------

    def _load(self, index: int, result: VariantResult) -> _RssSampler | None:
        """Load the variant, watching its memory; None when it is skipped. The first time: file facts, the fit and
        the ceiling before the load, its load time and its tokens of the evaluation texts after it."""
        inspection = self._inspections.get(index)
        first = inspection is None
        if inspection is None:
            inspection = inspect_model(result.path, self.options, self.client.facts, info=self.infos[index])
            fit = inspection.fit
            result.estimated_bytes = fit.estimate.total
            result.expected_bytes = fit.estimate.expected
            if fit.verdict == "does not fit":
                result.status = "skipped"
                result.error = tr("Compare", "Not run: {explanation}.").format(explanation=fit.explanation)
                skipped = tr("Compare", "{name} skipped: {explanation}")
                self._report(index, "load", 1.0, skipped.format(name=result.label, explanation=fit.explanation))
                return None
            result.bytes_per_token = inspection.format.bytes_read_per_token(inspection.info)
            bandwidth = self.run_.machine.bandwidth_bytes_per_second
            if bandwidth and result.bytes_per_token:
                result.ceiling_tokens_per_second = bandwidth / result.bytes_per_token
            self._inspections[index] = inspection
        self._check_cancel()
        sampler = _RssSampler(self.client)
        try:
            loaded = self.client.load(result.path, self.options, inspection=inspection)
            if not first:
                return sampler
            result.backend = loaded.backend
            result.load_seconds = loaded.load_seconds  # the first load: the file read from disk, as a user's is
            self._report(index, "load", 0.9, tr("Compare", "Tokenizing the evaluation text"))
            size = self.settings.chunk_tokens
            self._tokens = self._tokens_of[index] = {}
            for source, text in self.texts.items():
                tokens = self.client.tokenize_text(text)
                if len(tokens) < 2 * size and len(self.texts) > 1:
                    raise EvaluationTextError(
                        tr(
                            "Compare",
                            "The evaluation text {text} is {count} tokens for {name}; perplexity needs at least two "
                            "chunks of {size} tokens ({needed}).",
                        ).format(
                            text=text_label(source),
                            count=format_integer(len(tokens)),
                            name=result.label,
                            size=size,
                            needed=format_integer(2 * size),
                        )
                    )
                if len(tokens) < 2 * size:
                    raise EvaluationTextError(
                        tr(
                            "Compare",
                            "The evaluation text is {count} tokens for {name}; perplexity needs at least two chunks of "
                            "{size} tokens ({needed}).",
                        ).format(
                            count=format_integer(len(tokens)),
                            name=result.label,
                            size=size,
                            needed=format_integer(2 * size),
                        )
                    )
                self._tokens[source] = tokens
            done = tr("Compare", "Loaded {name} in {seconds} s · {backend}").format(
                name=result.label, seconds=format_decimal(loaded.load_seconds, 2), backend=loaded.description
            )
            self._report(index, "load", 1.0, done)
            self._check_cancel()
        except BaseException:
            sampler.stop()
            raise
        return sampler

    def _quality(self, index: int, result: VariantResult) -> None:
        """Perplexity (and KL divergence) on every text; the first text's figures are :attr:`VariantResult.quality`,
        and a run of several texts keeps each in :attr:`VariantResult.text_quality`."""
        several = len(self.texts) > 1
        for n, source in enumerate(self.texts):
            quality = self._quality_on(index, result, source, main=n == 0, several=several)
            if several:
                result.text_quality[source] = quality

    def _quality_on(self, index: int, result: VariantResult, source: str, *, main: bool, several: bool) -> Quality:
        s = self.settings
        self.step = "perplexity"
        tokens, size = self._tokens[source], s.chunk_tokens
        chunks = min(s.max_chunks, len(tokens) // size)
        scored = tokens[: chunks * size]
        vocabulary = self.client.vocabulary()
        is_baseline = index == self.baseline_index
        note: str | None = None
        if is_baseline:
            self.baselines[source] = BaselineDistributions(vocabulary, result.label, scored)
            if source == self.main_text:
                self.baseline_tokens = scored
        else:
            note = self._kl_note(vocabulary, scored, source)
        baseline = self.baselines.get(source)
        compare = is_baseline or note is None
        tally = QualityTally()
        language = text_label(source)
        if several and compare:
            what = tr("Compare", "Perplexity and KL divergence on the {language} text").format(language=language)
        elif several:
            what = tr("Compare", "Perplexity on the {language} text").format(language=language)
        else:
            what = tr("Compare", "Perplexity and KL divergence") if compare else tr("Compare", "Perplexity")
        quality: Quality | None = None
        evaluations: list[Evaluation] = []  # the engine runs a few chunks side by side, as llama-perplexity does
        for i in range(chunks):
            if not evaluations:
                self._check_cancel()
                last = min(chunks, i + CHUNKS_PER_REQUEST)
                step = tr("Compare", "{what}: chunks {first}–{last} of {count}")
                self._report(
                    index, "perplexity", i / chunks, step.format(what=what, first=i + 1, last=last, count=chunks)
                )
                group = [tokens[j * size : (j + 1) * size] for j in range(i, last)]
                evaluations = self.client.evaluate_chunks(group, size // 2, compare)
            evaluation = evaluations.pop(0)
            tally.add(evaluation.token_logprobs)
            if compare:
                if evaluation.logprobs is None:
                    raise WorkbenchError(
                        tr("Compare", "The {backend} backend gave no token distributions to compare.").format(
                            backend=result.backend
                        )
                    )
                assert baseline is not None
                if is_baseline:
                    base_logprobs = baseline.store(evaluation.logprobs, evaluation.top1)
                    base_top1 = evaluation.top1
                else:
                    base_logprobs, base_top1 = baseline.stored(i)
                kl = kl_from_compressed(base_logprobs, evaluation.logprobs)
                tally.add_divergence(kl, base_top1, evaluation.top1)
            quality = _quality_of(tally, size, note)
            if main:
                result.quality = quality
            else:
                result.text_quality[source] = quality
            scored_step = tr("Compare", "{what}: {done} of {count} chunks scored").format(
                what=what, done=i + 1, count=chunks
            )
            self._report(index, "perplexity", (i + 1) / chunks, scored_step)
        assert quality is not None
        if is_baseline:
            self.baseline_logprobs[source] = tally.token_logprobs()
        elif compare and source in self.baseline_logprobs and self.baseline_index is not None:
            paired = paired_log_ratio(tally.token_logprobs(), self.baseline_logprobs[source])
            if paired is not None:
                quality.log_ratio, quality.log_ratio_stderr = paired
                quality.paired_with = self.run_.variants[self.baseline_index].path
        if main and compare and tally.kl:  # per position, for the divergence map (of the main text)
            quality.token_kl = [round(float(k), 5) for chunk in tally.kl for k in chunk]
            scored_next = (tokens[i * size + size // 2 + 1 : (i + 1) * size] for i in range(chunks))
            quality.kl_tokens = [int(t) for part in scored_next for t in part]
        self._check_cancel()
        self.step = "kl"
        figures = {
            "language": language,
            "kl": format_decimal(quality.kl_mean or 0.0, 5),
            "error": format_decimal(quality.kl_stderr or 0.0, 5),
            "share": format_percent((quality.top1_agreement or 0) * 100, 1),
            "tokens": format_integer(quality.tokens_scored),
        }
        if quality.kl_mean is not None and several:
            message = tr(
                "Compare",
                "KL divergence on the {language} text {kl} ± {error} nats, top-1 agreement {share} over {tokens} "
                "tokens",
            ).format(**figures)
        elif quality.kl_mean is not None:
            message = tr(
                "Compare", "KL divergence {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens"
            ).format(**figures)
        else:
            message = quality.kl_note or tr("Compare", "No KL divergence")
        self._report(index, "kl", 1.0, message)
        return quality

    def _kl_note(self, vocabulary: Vocabulary, tokens: list[int], source: str) -> str | None:
        """Why this variant gets no KL divergence, or None when it can be compared."""
        if self.baseline_index is None:
            return tr("Compare", "No baseline was chosen.")
        baseline = self.run_.variants[self.baseline_index]
        label = baseline.label
        base = self.baselines.get(source)
        if base is None or base.chunks < len(tokens) // self.settings.chunk_tokens:
            if baseline.status == "failed":
                text = tr("Compare", "The baseline {name} failed, so there is no KL divergence to measure against it.")
            elif baseline.status == "skipped":
                text = tr(
                    "Compare", "The baseline {name} was skipped, so there is no KL divergence to measure against it."
                )
            else:
                text = tr(
                    "Compare",
                    "The baseline {name} did not finish its evaluation, so there is no KL divergence to measure "
                    "against it.",
                )
            return text.format(name=label)
        if vocabulary != base.vocabulary:
            size = vocabulary.size
            if size == base.vocabulary.size:
                text = tr(
                    "Compare",
                    "A different tokenizer than the baseline {name} ({size} tokens vs {base_size}, different tokens): "
                    "KL divergence needs the same vocabulary, so it is left out for this variant.",
                )
            else:
                text = tr(
                    "Compare",
                    "A different tokenizer than the baseline {name} ({size} tokens vs {base_size}): KL divergence "
                    "needs the same vocabulary, so it is left out for this variant.",
                )
            return text.format(name=label, size=format_integer(size), base_size=format_integer(base.vocabulary.size))
        if not base.same_tokens(tokens):
            return tr(
                "Compare",
                "The same vocabulary as the baseline {name}, but the evaluation text is tokenized differently: KL "
                "divergence needs the same tokens, so it is left out for this variant.",
            ).format(name=label)
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
            answering = tr("Compare", "Answering prompt {number} of {count}").format(number=i + 1, count=len(prompts))
            self._report(index, "answers", i / len(prompts), answering)
            try:
                for event in self.client.generate([{"role": "user", "content": prompt}], params):
                    if isinstance(event, ReplyDone):
                        stats = event.stats
                        seconds = stats.prompt_seconds + stats.generation_seconds
                        result.answers.append(Answer(prompt, event.text, stats.generated_tokens, seconds))
            except ContextOverflow as exc:
                result.answers.append(Answer(prompt, tr("Compare", "[not answered: {reason}]").format(reason=exc)))
        self._check_cancel()
        answered = (tr("Compare", "Answered the prompt") if len(prompts) == 1
                    else tr("Compare", "Answered {count} prompts").format(count=len(prompts)))
        self._report(index, "answers", 1.0, answered)


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

