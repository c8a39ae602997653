"""What the local server did: one :class:`RequestRecord` per request (the window's live log), and the totals and
histograms ``GET /metrics`` shows in Prometheus's text format."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

TTFT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
"""Seconds: time from a request's arrival to its first token."""
RATE_BUCKETS = (1.0, 5.0, 10.0, 25.0, 50.0, 100.0, 200.0, 400.0, 800.0)
"""Tokens per second of generation."""
LOG_LENGTH = 500
"""The most recent requests kept for the window's log."""


@dataclass(frozen=True)
class RequestRecord:
    """One finished request, as the log shows it."""

    number: int
    started: float
    """Wall-clock time (seconds since the epoch) the request arrived."""
    method: str
    path: str
    status: int
    client: str
    model: str = ""
    stream: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    time_to_first_token: float | None = None
    tokens_per_second: float = 0.0
    seconds: float = 0.0
    outcome: str = ""
    """How it ended, in a few words: ``stop``, ``length``, ``client went away``, or the error's message."""


class _Histogram:
    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)
        self.total = 0.0
        self.count = 0

    def observe(self, value: float) -> None:
        for i, bound in enumerate(self.bounds):
            if value <= bound:
                self.counts[i] += 1
                break
        else:
            self.counts[-1] += 1
        self.total += value
        self.count += 1

    def lines(self, name: str) -> list[str]:
        out, running = [], 0
        for bound, count in zip(self.bounds, self.counts[:-1], strict=True):
            running += count
            out.append(f'{name}_bucket{{le="{bound:g}"}} {running}')
        out.append(f'{name}_bucket{{le="+Inf"}} {self.count}')
        out.append(f"{name}_sum {self.total:.6f}")
        out.append(f"{name}_count {self.count}")
        return out


class ServerMetrics:
    """Thread-safe totals of the server's requests, and the recent ones for the log.

    ``queue_length`` and ``engine_memory`` are read when the metrics are shown. Listeners hear of each finished
    request on the server's thread (they must not block).
    """

    def __init__(self, queue_length: Callable[[], int] = lambda: 0,
                 engine_memory: Callable[[], int | None] = lambda: None) -> None:
        self._lock = threading.Lock()
        self._queue_length = queue_length
        self._engine_memory = engine_memory
        self._numbers = 0
        self.recent: deque[RequestRecord] = deque(maxlen=LOG_LENGTH)
        self._requests: dict[tuple[str, int], int] = {}
        self._prompt_tokens = 0
        self._completion_tokens = 0
        self._ttft = _Histogram(TTFT_BUCKETS)
        self._rate = _Histogram(RATE_BUCKETS)
        self._listeners: list[Callable[[RequestRecord], None]] = []
        self.in_flight = 0

    def listen(self, listener: Callable[[RequestRecord], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def next_number(self) -> int:
        with self._lock:
            self._numbers += 1
            return self._numbers

    def record(self, record: RequestRecord) -> None:
        with self._lock:
            self.recent.append(record)
            key = (record.path, record.status)
            self._requests[key] = self._requests.get(key, 0) + 1
            self._prompt_tokens += record.prompt_tokens
            self._completion_tokens += record.completion_tokens
            if record.time_to_first_token is not None:
                self._ttft.observe(record.time_to_first_token)
            if record.tokens_per_second > 0:
                self._rate.observe(record.tokens_per_second)
        for listener in list(self._listeners):
            listener(record)

    def render(self) -> str:
        """The Prometheus text exposition (format 0.0.4)."""
        lines = [
            "# HELP slm_requests_total Requests answered, by path and HTTP status.",
            "# TYPE slm_requests_total counter",
        ]
        with self._lock:
            for (path, status), count in sorted(self._requests.items()):
                lines.append(f'slm_requests_total{{path="{_label(path)}",status="{status}"}} {count}')
            lines += [
                "# HELP slm_prompt_tokens_total Prompt tokens read.",
                "# TYPE slm_prompt_tokens_total counter",
                f"slm_prompt_tokens_total {self._prompt_tokens}",
                "# HELP slm_completion_tokens_total Tokens generated.",
                "# TYPE slm_completion_tokens_total counter",
                f"slm_completion_tokens_total {self._completion_tokens}",
                "# HELP slm_time_to_first_token_seconds Time from a request's arrival to its first token.",
                "# TYPE slm_time_to_first_token_seconds histogram",
                *self._ttft.lines("slm_time_to_first_token_seconds"),
                "# HELP slm_generation_tokens_per_second Generation speed of each reply.",
                "# TYPE slm_generation_tokens_per_second histogram",
                *self._rate.lines("slm_generation_tokens_per_second"),
            ]
            in_flight = self.in_flight
        memory = self._engine_memory()
        lines += [
            "# HELP slm_requests_in_flight Requests being answered or waiting for the model.",
            "# TYPE slm_requests_in_flight gauge",
            f"slm_requests_in_flight {in_flight}",
            "# HELP slm_queue_length Replies waiting for the model (the chat's included).",
            "# TYPE slm_queue_length gauge",
            f"slm_queue_length {self._queue_length()}",
            "# HELP slm_engine_memory_bytes Resident memory of the engine process (0: no model loaded).",
            "# TYPE slm_engine_memory_bytes gauge",
            f"slm_engine_memory_bytes {memory or 0}",
        ]
        return "\n".join(lines) + "\n"

    def change_in_flight(self, delta: int) -> None:
        with self._lock:
            self.in_flight += delta


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")[:200]

