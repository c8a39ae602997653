"""One reply's accounting for every backend: token events with their index and time, then the stats."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.endpoints.backend import reply_stats
from workbench.engine.accounting import ReplyTally, stats_of


def clock(times: list[float]) -> Iterator[float]:
    yield from times


def test_tokens_become_events_then_stats() -> None:
    ticks = clock([8.0, 8.5, 8.75, 9.0, 9.25])
    tally = ReplyTally(prompt_tokens=12, clock=lambda: next(ticks))
    first, second = tally.token("Hel"), tally.token("lo")
    tail = tally.text("!")  # a decoder's last bytes: text, not a token of its own
    assert (first.index, first.time, second.index, second.time) == (0, 0.5, 1, 0.75)
    assert (tail.index, tail.time) == (2, 1.0)
    done = tally.done("eos")
    assert done.text == "Hello!"
    stats = done.stats
    assert (stats.prompt_tokens, stats.generated_tokens, stats.stop_reason) == (12, 2, "eos")
    assert stats.time_to_first_token == stats.prompt_seconds == 0.5
    assert (stats.generation_seconds, stats.tokens_per_second) == (0.25, 4.0)


def test_a_backend_that_knows_better_overrides_the_counts() -> None:
    ticks = clock([0.0, 1.0, 2.0, 3.0])
    tally = ReplyTally(prompt_tokens=0, clock=lambda: next(ticks))
    tally.token("a")
    done = tally.done("length", prompt_seconds=0.25, prompt_tokens=40, generated_tokens=7, peak_memory=123)
    assert (done.stats.prompt_seconds, done.stats.time_to_first_token) == (0.25, 1.0)
    assert (done.stats.prompt_tokens, done.stats.generated_tokens, done.stats.peak_memory) == (40, 7, 123)


def test_nothing_generated_and_the_endpoints_view_agree() -> None:
    empty = stats_of(prompt_tokens=3, generated_tokens=0, first=None, last=0.0, elapsed=0.4, stop_reason="cancelled")
    assert (empty.time_to_first_token, empty.generation_seconds) == (0.4, 0.0)
    same = reply_stats(pieces=0, first=None, last=0.0, elapsed=0.4, usage=None, stop_reason="cancelled")
    assert same == empty.__class__(0, 0.4, 0, 0.0, 0.4, "cancelled")
