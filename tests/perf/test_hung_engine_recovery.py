"""How long each way out of a hung engine takes: Stop, Unload and loading another model, on a stopped engine.

Not part of the default run (``pytest tests/perf/test_hung_engine_recovery.py -s``). The engine is stopped
(SIGSTOP) in the middle of a reply, as a native call that never returns would leave it; each way out is timed
five times, and the worst case is printed next to the deadline (2 s) it is held to.
"""

from __future__ import annotations

import os
import signal
import statistics
import threading
import time
from pathlib import Path

import pytest

from workbench.engine.client import STOP_DEADLINE_SECONDS, EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, TokenEvent
from workbench.errors import EngineHung
from workbench.sampling import SamplingParams

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")

OPTIONS = LoadOptions(context_length=2048, threads=1)
LONG = SamplingParams(temperature=0.0, max_tokens=100_000, seed=1)
STORY: list[ChatMessage] = [{"role": "user", "content": "Tell me a long story."}]
RUNS = 5


def _hang(client: EngineClient, model: Path) -> threading.Thread:
    client.load(str(model), OPTIONS)
    first = threading.Event()

    def reply() -> None:
        try:
            for event in client.generate(STORY, LONG):
                if isinstance(event, TokenEvent):
                    first.set()
        except EngineHung:
            pass
        first.set()

    thread = threading.Thread(target=reply)
    thread.start()
    assert first.wait(60)
    pid = client.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    return thread


def test_recovery_from_a_hung_engine(tiny_gguf: Path) -> None:
    times: dict[str, list[float]] = {"Stop": [], "Unload": [], "Load another": []}
    for _ in range(RUNS):
        for way in times:
            with EngineClient() as client:
                thread = _hang(client, tiny_gguf)
                started = time.monotonic()
                if way == "Stop":
                    client.cancel()
                    thread.join(30)
                elif way == "Unload":
                    client.unload()
                else:
                    client.load(str(tiny_gguf), OPTIONS)
                    # the new model's own load time is part of this figure
                times[way].append(time.monotonic() - started)
                thread.join(30)
                assert not thread.is_alive()
    print(f"\nrecovery from a stopped engine, {RUNS} runs each (deadline {STOP_DEADLINE_SECONDS:g} s):")
    for way, seconds in times.items():
        print(f"  {way:13}: median {statistics.median(seconds):.2f} s, worst {max(seconds):.2f} s")
