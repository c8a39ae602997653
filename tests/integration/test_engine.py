"""The engine process with the llama.cpp backend, on the tiny generated model and the starter model."""

from __future__ import annotations

import pathlib
import threading
from collections.abc import Iterator

import gguf
import numpy as np
import psutil
import pytest

from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone, ReplyEvent, TokenEvent
from workbench.errors import ContextOverflow, EngineCrashed, EngineError, EngineNotLoaded, ModelDoesNotFit
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

GREEDY = SamplingParams(temperature=0.0, max_tokens=24, seed=1)
OPTIONS = LoadOptions(context_length=512, threads=2)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello, how are you?"}]


@pytest.fixture
def client() -> Iterator[EngineClient]:
    with EngineClient() as engine:
        yield engine


def collect(events: Iterator[ReplyEvent]) -> tuple[list[TokenEvent], ReplyDone]:
    tokens: list[TokenEvent] = []
    for event in events:
        if isinstance(event, TokenEvent):
            tokens.append(event)
        else:
            return tokens, event
    raise AssertionError("the reply ended without ReplyDone")


def test_stream_and_stats(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    loaded = client.load(str(tiny_gguf), OPTIONS)
    assert loaded.backend == "llama.cpp" and loaded.device == "CPU" and loaded.threads == 2
    assert loaded.description == "llama.cpp · CPU · 2 threads"
    assert loaded.has_chat_template
    tokens, done = collect(client.generate(HELLO, GREEDY))
    assert done.text == "".join(t.text for t in tokens)
    stats = done.stats
    assert stats.stop_reason == "length"
    assert stats.generated_tokens == GREEDY.max_tokens == len([t for t in tokens if t.index < GREEDY.max_tokens])
    assert stats.prompt_tokens == client.count_tokens(HELLO) > 5
    assert stats.time_to_first_token > 0 and stats.generation_seconds > 0 and stats.tokens_per_second > 0
    times = [t.time for t in tokens]
    assert times == sorted(times)


def test_greedy_is_repeatable(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    first = collect(client.generate(HELLO, GREEDY))[1].text
    second = collect(client.generate(HELLO, GREEDY))[1].text
    assert first and first == second


def test_cancel_stops_within_a_few_tokens(client: EngineClient) -> None:
    """On the starter model (about 100 tokens/s here), a tenth of a second is about 10 tokens."""
    path = starter_model_path()
    assert path is not None
    client.load(str(path), OPTIONS.with_changes(context_length=2048))
    story: list[ChatMessage] = [{"role": "user", "content": "Write a long story about a dragon."}]
    cancelled_at = -1
    for event in client.generate(story, GREEDY.with_changes(max_tokens=1000)):
        if isinstance(event, TokenEvent) and event.index == 5:
            client.cancel()
            cancelled_at = event.index
        if isinstance(event, ReplyDone):
            done = event
    assert done.stats.stop_reason == "cancelled"
    # Tokens already in the pipe still arrive; the engine checks the flag before each new one.
    assert cancelled_at + 1 <= done.stats.generated_tokens <= cancelled_at + 10
    # The engine is ready for the next request at once.
    assert collect(client.generate(HELLO, GREEDY))[1].stats.stop_reason in ("length", "eos")


def test_cancel_from_another_thread(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    first_token = threading.Event()
    timer = threading.Thread(target=lambda: (first_token.wait(10), client.cancel()))
    timer.start()
    for event in client.generate(HELLO, GREEDY.with_changes(max_tokens=400)):
        first_token.set()
        if isinstance(event, ReplyDone):
            done = event
    timer.join()
    assert done.stats.stop_reason == "cancelled" and done.stats.generated_tokens < 400


def test_abandoned_stream_leaves_engine_usable(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    stream = client.generate(HELLO, GREEDY.with_changes(max_tokens=400))
    next(stream)
    stream.close()  # the caller walks away mid-reply
    assert collect(client.generate(HELLO, GREEDY))[1].stats.generated_tokens == GREEDY.max_tokens


def test_unload_ends_the_process(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    pid = client.pid
    assert pid is not None and (client.rss() or 0) > 10_000_000
    client.unload()
    assert client.pid is None and client.rss() is None and client.loaded is None
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    with pytest.raises(EngineNotLoaded):
        next(client.generate(HELLO, GREEDY))


def test_engine_killed_mid_reply_keeps_the_text(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    received: list[str] = []
    with pytest.raises(EngineCrashed) as crashed:
        for event in client.generate(HELLO, GREEDY.with_changes(max_tokens=400)):
            assert isinstance(event, TokenEvent)
            received.append(event.text)
            if event.index == 3:
                client.kill()
    assert crashed.value.partial_text == "".join(received)
    assert len(received) >= 4
    assert "stopped in the middle of the reply" in str(crashed.value)
    assert client.loaded is None
    # The parent is fine and loads again.
    client.load(str(tiny_gguf), OPTIONS)
    assert collect(client.generate(HELLO, GREEDY))[1].text


def test_model_llama_cpp_refuses(client: EngineClient, tmp_path: pathlib.Path) -> None:
    """A well-formed GGUF with a supported architecture but missing tensors."""
    path = tmp_path / "hollow.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_block_count(1)
    writer.add_embedding_length(8)
    writer.add_context_length(64)
    writer.add_feed_forward_length(8)
    writer.add_head_count(1)
    writer.add_tensor("token_embd.weight", np.zeros((8, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(EngineError) as refused:
        client.load(str(path), OPTIONS)
    assert "\n" not in str(refused.value)
    assert str(path) in str(refused.value) or "hollow" in str(refused.value)
    assert client.pid is None


def test_does_not_fit_is_refused_unless_forced(client: EngineClient) -> None:
    path = starter_model_path()
    assert path is not None
    with pytest.raises(ModelDoesNotFit, match="does not fit"):
        client.load(str(path), OPTIONS.with_changes(context_length=50_000_000))
    assert client.pid is None


def test_conversation_longer_than_context(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    loaded = client.load(str(tiny_gguf), OPTIONS.with_changes(context_length=64))
    assert loaded.context_length >= 64  # llama.cpp rounds the context up to its minimum
    long_message: list[ChatMessage] = [{"role": "user", "content": "word " * loaded.context_length}]
    with pytest.raises(ContextOverflow, match=f"context holds {loaded.context_length}"):
        next(client.generate(long_message, GREEDY))
    assert collect(client.generate(HELLO, GREEDY.with_changes(max_tokens=4)))[1].text


def test_bench(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    client.load(str(tiny_gguf), OPTIONS)
    result = client.bench(n_prompt=64, n_gen=16, repetitions=2)
    assert len(result.prompt_seconds) == len(result.generation_seconds) == 2
    assert all(s > 0 for s in result.prompt_seconds + result.generation_seconds)


def test_bench_leaves_the_model_as_it_found_it(client: EngineClient, tiny_gguf: pathlib.Path) -> None:
    """The benchmark decodes straight into llama.cpp's cache, its prompts in several batches (the batch here is
    smaller than the prompt): a reply after it is the reply before it, word for word."""
    client.load(str(tiny_gguf), OPTIONS.with_changes(batch_size=32, ubatch_size=32))
    before = collect(client.generate(HELLO, GREEDY))[1].text
    assert before
    result = client.bench(n_prompt=80, n_gen=8, repetitions=1)
    assert len(result.prompt_seconds) == len(result.generation_seconds) == 1
    assert collect(client.generate(HELLO, GREEDY))[1].text == before


def test_starter_model_answers(client: EngineClient) -> None:
    path = starter_model_path()
    assert path is not None
    client.load(str(path), OPTIONS.with_changes(context_length=2048))
    question: list[ChatMessage] = [{"role": "user", "content": "What is the capital of France? Answer in one word."}]
    tokens, done = collect(client.generate(question, GREEDY.with_changes(max_tokens=48, repeat_penalty=1.0)))
    assert "Paris" in done.text
    assert done.stats.stop_reason in ("eos", "length")
    assert done.stats.prompt_tokens > 10
    # The chat template comes from the GGUF: SmolLM2's ChatML with its default system prompt.
    assert done.stats.prompt_tokens == client.count_tokens(question)
