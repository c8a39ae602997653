"""The small typed messages that cross the pipe between the window and the engine process.

Requests go parent → engine; replies go engine → parent. Cancel does not travel on the pipe:
it is a shared event, so it reaches the engine while it is busy generating.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.engine.options import LoadOptions
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    Evaluation,
    LoadedModel,
    PromptScores,
    ReplyEvent,
    Vocabulary,
)
from workbench.engine.thread_sweep import ThreadSweep
from workbench.sampling import SamplingParams


@dataclass(frozen=True)
class LoadRequest:
    path: str
    options: LoadOptions
    backend: str
    """The id of the backend that loads it (see :mod:`workbench.engine.registry`)."""
    threads_cache: str | None = None
    """The file where thread sweeps are kept (:mod:`workbench.engine.thread_sweep`); None: none is kept, and no
    sweep runs at load."""


@dataclass(frozen=True)
class MeasureThreadsRequest:
    """Run a thread sweep on the loaded model now, keep it, and use it."""


@dataclass(frozen=True)
class GenerateRequest:
    messages: list[ChatMessage]
    params: SamplingParams
    thinking: bool | None = None
    """The chat template's ``enable_thinking`` switch (None: the template's default)."""


@dataclass(frozen=True)
class TokenizeRequest:
    """Count the tokens a conversation takes with the loaded model's chat template."""

    messages: list[ChatMessage]
    thinking: bool | None = None
    """The chat template's ``enable_thinking`` switch (None: the template's default)."""


@dataclass(frozen=True)
class BenchRequest:
    n_prompt: int
    n_gen: int
    repetitions: int


@dataclass(frozen=True)
class TokenizeTextRequest:
    """Plain text as token ids (no chat template, no beginning-of-text token)."""

    text: str


@dataclass(frozen=True)
class VocabularyRequest:
    """The loaded model's vocabulary size and digest."""


@dataclass(frozen=True)
class EvaluateRequest:
    """Evaluate one chunk of tokens fresh; see :meth:`workbench.engine.protocol.Backend.evaluate`."""

    tokens: list[int]
    first_scored: int
    distributions: bool


@dataclass(frozen=True)
class EvaluateChunksRequest:
    """Evaluate several chunks of the same length fresh; see
    :meth:`workbench.engine.protocol.EngineBackend.evaluate_chunks`."""

    chunks: list[list[int]]
    first_scored: int
    distributions: bool


@dataclass(frozen=True)
class GenerateTextRequest:
    """Continue a plain text (no chat template): the OpenAI completions API."""

    text: str
    params: SamplingParams


@dataclass(frozen=True)
class ScoreTextRequest:
    """Score each token of a plain text, with the ``top`` most likely tokens at each position."""

    text: str
    top: int


@dataclass(frozen=True)
class ShutdownRequest:
    """Unload and exit; the process's memory returns to the system."""


Request = (
    LoadRequest | GenerateRequest | TokenizeRequest | BenchRequest | ShutdownRequest
    | TokenizeTextRequest | VocabularyRequest | EvaluateRequest | EvaluateChunksRequest | MeasureThreadsRequest
    | GenerateTextRequest | ScoreTextRequest
)


@dataclass(frozen=True)
class Failed:
    """A request failed on purpose. ``kind`` names the :mod:`workbench.errors` class."""

    kind: str
    message: str


@dataclass(frozen=True)
class Events:
    """Events of a streaming reply, in order. The engine sends them in small batches (see
    :data:`workbench.engine.process.FLUSH_SECONDS`) so the receiving side wakes up a few dozen
    times a second rather than once per token."""

    events: tuple[ReplyEvent, ...]


@dataclass(frozen=True)
class Result:
    """The answer to a non-streaming request."""

    value: (
        LoadedModel | BenchResult | int | None | list[int] | Vocabulary | Evaluation | tuple[Evaluation, ...]
        | ThreadSweep | PromptScores
    )


Reply = Failed | Events | Result
