"""What a comparison run produces: plain dataclasses the suite fills in, the panel shows, the
database stores and the exports write. Every figure is optional until the step that measures it
has finished, so a cancelled or failed variant keeps what it already has."""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

VariantStatus = Literal["pending", "running", "done", "failed", "skipped", "cancelled"]
"""pending: not started; running; done; failed: did not load or crashed (``error`` says why);
skipped: not attempted (too large to run: ``error`` gives the estimate); cancelled: the suite stopped."""

Step = Literal["load", "bench", "perplexity", "kl", "answers", "done"]
"""The steps of one variant, in order."""


@dataclass
class Measurement:
    """A mean with its uncertainty over repeated samples (tokens per second, seconds …)."""

    samples: list[float] = field(default_factory=list)
    rounds: list[int] = field(default_factory=list)
    """The speed round each sample was timed in (see :class:`workbench.bench.SpeedRounds`), one per sample: in one
    run, two variants' samples of the same round were taken seconds apart, so a slow minute of the machine reaches
    both. Empty when the samples were not timed in rounds (a server's, or a run saved before rounds were kept)."""

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples) if self.samples else math.nan

    @property
    def stdev(self) -> float:
        return statistics.stdev(self.samples) if len(self.samples) > 1 else 0.0


@dataclass
class MachineLoad:
    """How busy the computer was with other programs around one step of one variant.

    Measured as the processor time of every process on the machine minus this app's own processes
    (the window and its engine), per second of wall time: ``1.0`` is one core kept fully busy.
    """

    step: str
    """The step measured: ``bench`` (the speed test)."""
    before_cores: float | None = None
    """Cores' worth of other programs' work just before the step started."""
    during_cores: float | None = None
    """Cores' worth of other programs' work while the step ran."""
    cores: int = 0
    """Logical processors of the machine."""

    @property
    def busiest(self) -> float:
        """The larger of the two readings (0 when neither was taken)."""
        return max(self.before_cores or 0.0, self.during_cores or 0.0)


@dataclass
class Quality:
    """Perplexity on the evaluation text, and divergence from the baseline variant."""

    perplexity: float
    perplexity_stderr: float
    """Standard error of the perplexity, the llama.cpp way (from the per-token log-likelihoods)."""
    tokens_scored: int
    chunks: int
    chunk_tokens: int
    """Tokens per chunk (the context length used); the second half of each chunk is scored."""
    kl_mean: float | None = None
    """Mean KL divergence of this variant's token distributions from the baseline's (nats)."""
    kl_stderr: float | None = None
    top1_agreement: float | None = None
    """Share of scored tokens where this variant's most likely token equals the baseline's (0–1)."""
    top1_stderr: float | None = None
    kl_note: str | None = None
    """Why KL divergence is missing, in plain words (e.g. a different tokenizer than the baseline)."""
    kl_method: str = ""
    """How the KL divergence was computed when not from whole distributions (a server's top log-probabilities:
    approximate); empty for the exact figure."""
    log_ratio: float | None = None
    """Paired with the baseline on the same tokens: the mean of ln p(baseline) − ln p(this variant) over the scored
    tokens, which is ln(perplexity ÷ the baseline's perplexity) exactly; None without a baseline to pair with."""
    log_ratio_stderr: float | None = None
    """The standard error of :attr:`log_ratio` from the per-token differences (llama-perplexity's "Mean ln(PPL(Q)/
    PPL(base))"): far smaller than the two perplexities' own errors, which mostly share the text's hard tokens."""
    paired_with: str = ""
    """The path of the baseline :attr:`log_ratio` is paired with (empty: not paired)."""
    token_kl: list[float] | None = None
    """Per scored position, the KL divergence from the baseline (nats, 5 decimals): what a divergence map shows."""
    kl_tokens: list[int] | None = None
    """The token each ``token_kl`` value is about (the one that came next), in the baseline's vocabulary."""


@dataclass
class Answer:
    """One prompt answered with greedy decoding."""

    prompt: str
    text: str
    tokens: int = 0
    seconds: float = 0.0


@dataclass
class VariantResult:
    """Everything measured for one model file (or MLX folder) in a run."""

    path: str
    label: str
    """Short display name, e.g. ``SmolLM2-135M-Instruct Q4_K_M``."""
    status: VariantStatus = "pending"
    error: str | None = None
    backend: str = ""
    quantization: str = ""
    """File type as the user knows it: ``Q4_K_M``, ``F16``, ``MLX 4-bit`` …"""
    file_bytes: int = 0
    parameters: int | None = None
    bits_per_weight: float | None = None
    load_seconds: float | None = None
    peak_rss_bytes: int | None = None
    """Peak resident memory of the engine process while this variant loaded and ran the benchmark
    (what running the model costs, batches of up to 512 tokens as in chat; comparable with the estimate)."""
    estimated_bytes: int | None = None
    """The estimate's *reserved at most* at the run's context length (what the fit verdict is judged on: all the
    buffers llama.cpp may reserve), shown next to the measured peak."""
    expected_bytes: int | None = None
    """The estimate's *expected use* at the run's context length (what the engine should hold after a typical
    reply), shown next to the measured peak; None in runs saved before it was recorded."""
    prompt_speed: Measurement | None = None
    """Prompt processing, tokens per second over ``settings.n_prompt`` tokens, per repetition."""
    generation_speed: Measurement | None = None
    """Generation, tokens per second over ``settings.n_gen`` tokens, per repetition."""
    bytes_per_token: int | None = None
    """Bytes of weights read to generate one token (what bandwidth limits)."""
    ceiling_tokens_per_second: float | None = None
    """Generation speed this machine's memory bandwidth allows: bandwidth ÷ bytes per token."""
    quality: Quality | None = None
    answers: list[Answer] = field(default_factory=list)
    evaluation_peak_rss_bytes: int | None = None
    """Peak resident memory during perplexity, KL divergence and the answers, reported apart: the
    evaluation holds the logits of a whole chunk (chunk tokens × vocabulary), which chat never does."""
    machine_load: list[MachineLoad] = field(default_factory=list)
    """How busy other programs kept the computer around the steps that were timed."""
    text_quality: dict[str, Quality] = field(default_factory=dict)
    """Quality on each evaluation text of a run that scored several (by the text's name in
    :attr:`CompareSettings.evaluation_texts`, the first one's also in :attr:`quality`); empty for a run of one text
    and in runs saved before several could be scored."""
    remote: str = ""
    """The server's address for a model on a server (its speeds are the server's, seen over the network); empty
    for a model run on this computer."""
    first_token_seconds: Measurement | None = None
    """A model on a server: seconds from each streamed request to its first piece of text, per reply."""
    notes: list[str] = field(default_factory=list)
    """Plain lines on what could not be measured for this variant and why (a server that scores no text, …)."""
    speed_threads: list[int] = field(default_factory=list)
    """The thread counts its speed tests ran on, smallest first: automatic threads take fewer when other programs
    use the processor, and speeds timed on different counts are not comparable; empty where the backend does not
    say (a server) and in runs saved before it was recorded."""


@dataclass
class CompareSettings:
    """What the suite measures and how much of it."""

    n_prompt: int = 512
    n_gen: int = 128
    repetitions: int = 3
    """Speed repetitions at least; more are run until the figure is steady (see :mod:`workbench.bench`)."""
    max_repetitions: int = 10
    """Speed repetitions at most, however noisy the machine."""
    target_relative_error: float = 0.03
    """Repetitions stop once the mean's standard error is at most this share of the mean."""
    chunk_tokens: int = 512
    max_chunks: int = 8
    """Perplexity chunks scored at most (the text may give fewer; fewer than two is refused)."""
    threads: int = 0
    """CPU threads; 0: automatic, the engine's choice before each step — every core on a quiet computer, one fewer
    for each core other programs are using. llama.cpp's threads wait for each other, so a busy core shared with
    another program slows all of them many times over (generation at 1.7 tokens/s instead of about 100 on 2 cores);
    automatic threads keep the evaluation going, and a speed measured on a busy computer is flagged as unreliable
    whatever the threads."""
    baseline: str | None = None
    """Path of the variant the others are compared against for KL divergence; None: no KL."""
    prompts: list[str] = field(default_factory=list)
    answer_tokens: int = 96
    evaluation_text: str = "bundled"
    """``bundled`` for the text that ships with the app, else a path to a text file (the first of
    :attr:`evaluation_texts` when there are several)."""
    evaluation_texts: list[str] = field(default_factory=list)
    """Every text scored, in order (names as for :attr:`evaluation_text`: ``bundled``, ``da``, ``nb``, ``sv`` or a
    path); empty: just :attr:`evaluation_text`. The first is the one the charts of a single text, the divergence
    map and the size-against-quality chart use."""
    profile: str = ""
    """Empty for a comparison set up in the Compare panel; ``teaching ladder`` for the teaching ladder's quick one
    (see :mod:`workbench.compare.teaching`), which the summary says."""

    def texts(self) -> list[str]:
        """The evaluation texts this run scores, in order, without repeats (at least one)."""
        return list(dict.fromkeys(self.evaluation_texts)) or [self.evaluation_text]


@dataclass
class MachineFacts:
    """The machine the run measured."""

    cpu: str = ""
    cores: int = 0
    memory_bytes: int = 0
    bandwidth_bytes_per_second: float | None = None
    """Measured memory read bandwidth (a large array copy), the ceiling's numerator."""
    system: str = ""


@dataclass
class CompareRun:
    """One comparison: its settings, the machine, and a result per variant (in the user's order)."""

    variants: list[VariantResult]
    settings: CompareSettings = field(default_factory=CompareSettings)
    machine: MachineFacts = field(default_factory=MachineFacts)
    created: str = ""
    """ISO 8601 local time the run started."""
    id: int | None = None
    """Row id once saved in the app's database."""
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for variant, raw in zip(self.variants, data["variants"], strict=True):
            for name in SPEED_FIELDS:
                measured: Measurement | None = getattr(variant, name)
                if measured is not None:
                    raw[name] = {"samples": measured.samples, "rounds": measured.rounds, "mean": _finite(measured.mean),
                                 "stdev": measured.stdev}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompareRun:
        variants = []
        for raw in data.get("variants", []):
            raw = dict(raw)
            for name in SPEED_FIELDS:
                if raw.get(name) is not None:
                    samples = list(raw[name].get("samples", []))
                    rounds = raw[name].get("rounds")
                    fits = (  # one whole number per sample; else the figures stand, compared without their rounds
                        isinstance(rounds, list) and len(rounds) == len(samples)
                        and all(isinstance(r, int) and not isinstance(r, bool) for r in rounds)
                    )
                    raw[name] = Measurement(samples, list(rounds) if fits else [])
            if raw.get("quality") is not None:
                raw["quality"] = Quality(**raw["quality"])
            raw["answers"] = [Answer(**a) for a in raw.get("answers", [])]
            raw["machine_load"] = [MachineLoad(**m) for m in raw.get("machine_load", [])]
            raw["text_quality"] = {str(k): Quality(**q) for k, q in (raw.get("text_quality") or {}).items()}
            variants.append(VariantResult(**raw))
        return cls(
            variants=variants,
            settings=CompareSettings(**data.get("settings", {})),
            machine=MachineFacts(**data.get("machine", {})),
            created=data.get("created", ""),
            id=data.get("id"),
            title=data.get("title", ""),
        )


SPEED_FIELDS = ("prompt_speed", "generation_speed", "first_token_seconds")
"""The :class:`Measurement` fields of a :class:`VariantResult`."""


@dataclass(frozen=True)
class SuiteProgress:
    """What the suite reports while it runs, through its progress callback.

    ``result`` is the variant's :class:`VariantResult` as it stands (a copy is not made: the
    receiver must not keep mutating it), so results fill in as they arrive."""

    variant_index: int
    variant_count: int
    step: Step
    fraction: float
    """0–1 within this step (in the speed rounds: this variant's rounds done of those planned)."""
    message: str
    result: VariantResult
    overall: float = 0.0
    """0–1 of the whole run, as the suite counts it (its speed rounds, then each variant's other steps)."""
    speed_round: int = 0
    """The speed round the report belongs to (1, 2 …), or 0 outside the speed rounds."""


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
