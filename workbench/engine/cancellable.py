"""What the engine's backends share: the cancel event, a reply as prompt tokens then generation, the plain prompt."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from typing import Any

from workbench.engine.protocol import ChatMessage, Evaluation, ReplyDone, ReplyEvent
from workbench.sampling import SamplingParams


def plain_prompt(messages: list[ChatMessage]) -> str:
    """A prompt for models without a chat template: each turn on its own labelled line."""
    lines = [f"{m['role'].capitalize()}: {m['content']}" for m in messages]
    return "\n".join(lines) + "\nAssistant:"


class CancellableBackend:
    """``cancel_event`` is shared with the parent process (setting it stops the reply at the next token);
    without one, the backend makes its own (in-process use, tests). Subclasses provide
    :meth:`prompt_tokens` and :meth:`generate_tokens`."""

    def __init__(self, cancel_event: Any | None = None) -> None:
        self._owns_cancel = cancel_event is None
        self._cancel = cancel_event if cancel_event is not None else threading.Event()
        self._reply_notes: list[str] = []
        """Notes :meth:`prompt_tokens` leaves for the reply it prepares; they travel on its ``ReplyDone``."""

    def cancel(self) -> None:
        self._cancel.set()

    def prompt_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> list[int]:
        raise NotImplementedError

    def generate_tokens(self, tokens: list[int], params: SamplingParams) -> Iterator[ReplyEvent]:
        raise NotImplementedError

    def generate(
        self, messages: list[ChatMessage], params: SamplingParams, thinking: bool | None = None
    ) -> Iterator[ReplyEvent]:
        self._reply_notes = []
        tokens = self.prompt_tokens(messages, thinking)
        notes = tuple(self._reply_notes)
        for event in self.generate_tokens(tokens, params):
            if notes and isinstance(event, ReplyDone):
                event = dataclasses.replace(event, notes=event.notes + notes)
            yield event

    def evaluate(self, tokens: list[int], first_scored: int, distributions: bool) -> Evaluation:
        raise NotImplementedError

    def evaluate_chunks(self, chunks: list[list[int]], first_scored: int, distributions: bool) -> list[Evaluation]:
        """Each chunk on its own, in order (a backend that can run chunks side by side does so instead)."""
        return [self.evaluate(chunk, first_scored, distributions) for chunk in chunks]

    def _reset_cancel(self) -> None:
        """A shared event is cleared by the parent before each request, never here: a cancel that
        arrives before the request starts must still count."""
        if self._owns_cancel:
            self._cancel.clear()
