"""One reply's accounting, the same for every backend: pieces of text become :class:`TokenEvent` s, and the end of
the reply a :class:`ReplyDone` whose :class:`ReplyStats` are timed the same way everywhere.

Times are seconds since the request arrived. The time to the first token stands for prompt processing unless the
backend measured that itself (MLX reports it; an endpoint's includes the network's round trip).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from workbench.engine.protocol import ReplyDone, ReplyStats, StopReason, TokenEvent


def stats_of(
    *,
    prompt_tokens: int,
    generated_tokens: int,
    first: float | None,
    last: float,
    elapsed: float,
    stop_reason: StopReason,
    prompt_seconds: float | None = None,
    peak_memory: int = 0,
) -> ReplyStats:
    """A reply's stats from when its first and last token came (``first`` None: none came) and how long it took."""
    ttft = first if first is not None else elapsed
    return ReplyStats(
        prompt_tokens=prompt_tokens,
        prompt_seconds=ttft if prompt_seconds is None else prompt_seconds,
        generated_tokens=generated_tokens,
        generation_seconds=max(0.0, last - first) if first is not None else 0.0,
        time_to_first_token=ttft,
        stop_reason=stop_reason,
        peak_memory=peak_memory,
    )


class ReplyTally:
    """Counts a reply as it streams. :meth:`token` for each generated token's text, :meth:`text` for text that is
    no token of its own (a decoder's last bytes, what an end-of-text carries), then :meth:`done` once."""

    def __init__(self, prompt_tokens: int, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self.started = clock()
        self.prompt_tokens = prompt_tokens
        self.pieces: list[str] = []
        self.count = 0
        """Generated tokens so far."""
        self.first_at: float | None = None
        self.last_at = 0.0

    def elapsed(self) -> float:
        return self._clock() - self.started

    def token(self, text: str) -> TokenEvent:
        """A generated token's text (possibly empty while a character's bytes are incomplete)."""
        now = self.elapsed()
        if self.first_at is None:
            self.first_at = now
        self.last_at = now
        event = TokenEvent(text=text, index=self.count, time=now)
        self.pieces.append(text)
        self.count += 1
        return event

    def text(self, text: str) -> TokenEvent:
        """Text that belongs to the reply but is not a generated token of its own."""
        self.pieces.append(text)
        return TokenEvent(text=text, index=self.count, time=self.elapsed())

    @property
    def reply_text(self) -> str:
        return "".join(self.pieces)

    def done(
        self,
        stop_reason: StopReason,
        *,
        prompt_seconds: float | None = None,
        prompt_tokens: int | None = None,
        generated_tokens: int | None = None,
        peak_memory: int = 0,
    ) -> ReplyDone:
        """The reply's end. ``prompt_seconds``, ``prompt_tokens`` and ``generated_tokens`` override what was
        counted here when the backend knows better (a server's usage figures)."""
        stats = stats_of(
            prompt_tokens=self.prompt_tokens if prompt_tokens is None else prompt_tokens,
            generated_tokens=self.count if generated_tokens is None else generated_tokens,
            first=self.first_at,
            last=self.last_at,
            elapsed=self.elapsed(),
            stop_reason=stop_reason,
            prompt_seconds=prompt_seconds,
            peak_memory=peak_memory,
        )
        return ReplyDone(text=self.reply_text, stats=stats)
