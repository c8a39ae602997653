"""A hung engine (here: a stopped process) never holds the caller: Stop, Unload and loading another model
end it within the deadline, and a reply keeps the text it had received."""

from __future__ import annotations

import os
import pathlib
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from workbench.engine.client import STOP_DEADLINE_SECONDS, EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, TokenEvent
from workbench.errors import EngineHung
from workbench.sampling import SamplingParams

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP to make an engine hang")

LONG = SamplingParams(temperature=0.0, max_tokens=100_000, seed=1)
OPTIONS = LoadOptions(context_length=2048, threads=1)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Tell me a long story."}]
SLACK = 1.5
"""Seconds allowed above the deadline, for a loaded machine."""


@pytest.fixture
def client() -> Iterator[EngineClient]:
    engine = EngineClient()
    yield engine
    pid = engine.pid
    if pid is not None:
        os.kill(pid, signal.SIGCONT)
    engine.unload()


def _hang_mid_reply(client: EngineClient, model: pathlib.Path) -> tuple[threading.Thread, dict[str, object]]:
    """Start a long reply on a thread, wait for its first tokens, then stop the engine process."""
    client.load(str(model), OPTIONS)
    outcome: dict[str, object] = {"text": ""}
    first = threading.Event()

    def reply() -> None:
        text: list[str] = []
        try:
            for event in client.generate(HELLO, LONG):
                if isinstance(event, TokenEvent):
                    text.append(event.text)
                    first.set()
        except EngineHung as exc:
            outcome["error"], outcome["partial"] = exc, exc.partial_text
        outcome["text"] = "".join(text)
        first.set()

    thread = threading.Thread(target=reply)
    thread.start()
    assert first.wait(60)
    pid = client.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    return thread, outcome


def test_stop_ends_a_stopped_engine_and_keeps_the_partial_reply(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    thread, outcome = _hang_mid_reply(client, tiny_gguf)
    pid = client.pid
    started = time.monotonic()
    client.cancel()
    thread.join(STOP_DEADLINE_SECONDS + SLACK + 2)
    elapsed = time.monotonic() - started
    assert not thread.is_alive()
    assert elapsed < STOP_DEADLINE_SECONDS + SLACK + 1
    error = outcome["error"]
    assert isinstance(error, EngineHung)
    assert "was ended" in str(error) and "text so far is kept" in str(error)
    assert outcome["partial"] and outcome["text"] and str(outcome["text"]).startswith(str(outcome["partial"]))
    assert client.loaded is None and client.pid is None
    assert pid is not None and not _alive(pid)


def test_unload_of_a_stopped_engine_returns_within_the_deadline(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    thread, outcome = _hang_mid_reply(client, tiny_gguf)
    started = time.monotonic()
    client.unload()
    elapsed = time.monotonic() - started
    thread.join(5)
    assert not thread.is_alive()
    assert elapsed < STOP_DEADLINE_SECONDS + SLACK
    assert isinstance(outcome["error"], EngineHung)
    assert client.pid is None


def test_loading_another_model_replaces_a_stopped_engine(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    thread, _ = _hang_mid_reply(client, tiny_gguf)
    started = time.monotonic()
    loaded = client.load(str(tiny_gguf), LoadOptions(context_length=512, threads=1))
    assert time.monotonic() - started < STOP_DEADLINE_SECONDS + SLACK + 10  # includes the new load itself
    thread.join(5)
    assert not thread.is_alive()
    assert loaded.backend == "llama.cpp" and client.is_alive()


def test_unload_of_an_idle_stopped_engine_is_bounded(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    pid = client.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    client.unload()
    assert time.monotonic() - started < STOP_DEADLINE_SECONDS + SLACK
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
