"""The backend protocol: what every backend (in-process or behind the engine process) offers.

A reply is a stream of :class:`TokenEvent` ending with one :class:`ReplyDone` that carries
its :class:`ReplyStats`. The same types cross the pipe between the window and the engine
process, so they are small, picklable dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any, Literal, Protocol, TypedDict

from workbench.engine.options import LoadOptions
from workbench.engine.thread_sweep import ThreadsInForce
from workbench.i18n import tr
from workbench.sampling import SamplingParams

StopReason = Literal["eos", "length", "context", "cancelled", "error"]
"""Why a reply ended: the model finished, max tokens, context full, the user stopped it, or an error."""


class ChatMessage(TypedDict):
    """One turn of a conversation, in the OpenAI/Jinja template shape."""

    role: str
    content: str


@dataclass(frozen=True)
class LoadedModel:
    """What the backend reports once a model is loaded."""

    path: str
    backend: str
    """Backend name shown to the user, e.g. ``llama.cpp``."""
    device: str
    """Where it runs, e.g. ``CPU``, ``Metal``, ``CUDA``."""
    threads: int
    context_length: int
    load_seconds: float
    has_chat_template: bool
    options: LoadOptions | None = None
    """The load options in force (after any fallback); None where they do not apply (an endpoint's model)."""
    notes: tuple[str, ...] = ()
    """What the backend changed from what was asked, each in one line (a KV-cache type it cannot use, …)."""
    threads_in_force: ThreadsInForce | None = None
    """The threads for prompts and for generation and how they were chosen (None where the backend does not
    choose threads)."""
    huge_pages: bool = False
    """The weights were read into memory in 2 MB pages (:mod:`workbench.engine.pages`)."""

    @property
    def threads_detail(self) -> str:
        """:attr:`threads_in_force` in words, in the language of the moment, for the status bar's tooltip:
        ``2 for prompts, 1 for generation (measured 2026-11-30)`` (empty where the backend does not choose
        threads)."""
        return self.threads_in_force.in_words() if self.threads_in_force is not None else ""

    @property
    def description(self) -> str:
        """``llama.cpp · CPU · 2 threads``: the status-bar phrase (``MLX · Metal`` where threads are not set)."""
        if self.threads <= 0:
            return f"{self.backend} · {self.device}"
        if self.threads == 1:
            return tr("Engine", "{backend} · {device} · 1 thread").format(backend=self.backend, device=self.device)
        return tr("Engine", "{backend} · {device} · {threads} threads").format(
            backend=self.backend, device=self.device, threads=self.threads
        )


@dataclass(frozen=True)
class TokenEvent:
    """A piece of reply text. ``text`` may be empty while a multi-byte character is incomplete."""

    text: str
    index: int
    """0-based index of this generated token in the reply."""
    time: float
    """Seconds since the request was received by the backend."""


@dataclass(frozen=True)
class ReplyStats:
    """Measured figures of one reply, kept with the message."""

    prompt_tokens: int
    prompt_seconds: float
    generated_tokens: int
    generation_seconds: float
    time_to_first_token: float
    stop_reason: StopReason
    peak_memory: int = 0
    """Peak memory of the reply in bytes as the backend reports it (MLX does); 0 when it does not."""
    threads: int = 0
    """The threads that computed the reply (llama.cpp; automatic threads may differ from reply to reply);
    0 when the backend does not say."""

    @property
    def tokens_per_second(self) -> float:
        """Generation speed, llama.cpp's way: tokens after the first over the time after the first."""
        if self.generated_tokens < 2 or self.generation_seconds <= 0:
            return 0.0
        return (self.generated_tokens - 1) / self.generation_seconds

    @property
    def prompt_tokens_per_second(self) -> float:
        return self.prompt_tokens / self.prompt_seconds if self.prompt_seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tokens_per_second"] = self.tokens_per_second
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReplyStats:
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in fields})


@dataclass(frozen=True)
class ReplyDone:
    """The end of a reply: the whole text and its stats."""

    text: str
    stats: ReplyStats
    notes: tuple[str, ...] = ()
    """What the person should know about this reply, one line each (a chat template that failed and was
    replaced by a plain prompt)."""


ReplyEvent = TokenEvent | ReplyDone


@dataclass(frozen=True)
class BenchResult:
    """Raw timings of a llama-bench-style run: one entry per repetition."""

    n_prompt: int
    n_gen: int
    prompt_seconds: list[float]
    generation_seconds: list[float]
    threads: int = 0
    """The threads the benchmark ran on (0 when the backend does not say)."""


@dataclass(frozen=True)
class Vocabulary:
    """A model's vocabulary, compactly: two models can share a KL divergence baseline only when
    their vocabularies are equal (same size and same token texts in the same order)."""

    size: int
    digest: str
    """SHA-256 (hex) of the token texts in id order, each followed by a NUL byte."""


@dataclass(frozen=True)
class Evaluation:
    """What the model predicts over one chunk of text, for perplexity and KL divergence.

    Row ``i`` is the prediction made at position ``first_scored + i`` of the chunk, for the token
    at ``first_scored + i + 1``: a chunk of ``n`` tokens gives ``n - 1 - first_scored`` rows.
    Arrays are numpy arrays (pickled across the engine pipe).
    """

    token_logprobs: Any
    """float32 ``(rows,)``: natural log-probability of the token that actually came next."""
    top1: Any
    """int32 ``(rows,)``: the most likely token id at each scored position."""
    logprobs: Any | None = None
    """float32 ``(rows, vocabulary)``: the full log-softmax, only when asked (KL divergence)."""


@dataclass(frozen=True)
class PromptScores:
    """How likely the model finds each token of a text, given the tokens before it (OpenAI's ``echo`` with
    ``logprobs``: prompt scoring, which evaluation harnesses use)."""

    pieces: list[str]
    """Each token's text (a character split across tokens shows as U+FFFD in each part)."""
    logprobs: list[float | None]
    """Natural log-probability of each token; None for a first token with nothing before it."""
    top: list[list[tuple[str, float]]]
    """The most likely tokens at each position, as many as asked (none for a first token without context)."""


class EngineBackend(Protocol):
    """What a backend run in the engine process offers (see :mod:`workbench.engine.registry`). The parent's view
    of it, :class:`workbench.engine.client.EngineClient`, offers the same over the pipe.

    ``backend_id`` is the id of its registry entry; the constructor takes the cancel event shared with the parent.
    """

    backend_id: str

    def load(self, path: str, options: LoadOptions) -> LoadedModel:
        """Load a model; raises a :class:`workbench.errors.WorkbenchError` with the reason."""
        ...

    def prompt_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> list[int]:
        """The conversation rendered with the model's chat template, as tokens. ``thinking`` True or False is the
        template's ``enable_thinking`` switch (None: the template's default); a template without it ignores it."""
        ...

    def generate(
        self, messages: list[ChatMessage], params: SamplingParams, thinking: bool | None = None
    ) -> Iterator[ReplyEvent]:
        """Stream a reply to ``messages``: token events, then exactly one :class:`ReplyDone`. ``thinking``: as for
        :meth:`prompt_tokens`."""
        ...

    def cancel(self) -> None:
        """Stop the reply being generated; safe to call from any thread, any time."""
        ...

    def unload(self) -> None:
        """Free the model and its memory."""
        ...

    def bench(self, n_prompt: int, n_gen: int, repetitions: int) -> BenchResult:
        """Time prompt processing of ``n_prompt`` tokens and generation of ``n_gen`` tokens."""
        ...

    def tokenize_text(self, text: str) -> list[int]:
        """Plain text (no chat template, no beginning-of-text token) as token ids."""
        ...

    def vocabulary(self) -> Vocabulary:
        """The loaded model's vocabulary size and digest."""
        ...

    def evaluate(self, tokens: list[int], first_scored: int, distributions: bool) -> Evaluation:
        """Evaluate ``tokens`` as one fresh sequence (an empty cache) with logits at every position,
        and return the predictions from position ``first_scored`` on (see :class:`Evaluation`).

        A model that starts texts with a beginning-of-text token gets that token in place of
        ``tokens[0]``, as llama.cpp's perplexity tool does. ``distributions`` asks for the full
        log-softmax of each scored row as well. Stops with an error when cancelled."""
        ...

    def evaluate_chunks(self, chunks: list[list[int]], first_scored: int, distributions: bool) -> list[Evaluation]:
        """:meth:`evaluate` for each of several chunks of the same length, in order; a backend may run them side
        by side (llama.cpp runs as many at once as llama-perplexity does)."""
        ...
