"""The ONNX Runtime GenAI backend in the engine process, on a tiny ONNX GenAI model written from the tiny GGUF's
own weights: it loads and generates for real, its greedy tokens equal llama.cpp's on the same weights, and Compare
can measure it against the GGUF (the same vocabulary, KL divergence about 0)."""

from __future__ import annotations

import json
import pathlib
import shutil
import threading

import numpy as np
import pytest

from tests.support.tiny_onnx import write_tiny_onnx_model
from workbench import errors
from workbench.backends import PlatformFacts
from workbench.engine.client import EngineClient
from workbench.engine.onnx_backend import search_options, unapplied_note
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.sampling import SamplingParams

pytest.importorskip("onnxruntime_genai")
pytest.importorskip("onnx")

PARAMS = SamplingParams(seed=7, max_tokens=24)
GREEDY = SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=16)
OPTIONS = LoadOptions(context_length=512, threads=1)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello, who are you?"}]
TEXT = "The quick brown fox jumps over the lazy dog. " * 6


@pytest.fixture(scope="module")
def tiny_onnx(tmp_path_factory: pytest.TempPathFactory, tiny_gguf_f32: pathlib.Path) -> pathlib.Path:
    return write_tiny_onnx_model(tmp_path_factory.mktemp("tiny_onnx") / "Tiny-ONNX", tiny_gguf_f32)


@pytest.fixture
def client() -> EngineClient:
    with EngineClient() as engine:
        yield engine  # type: ignore[misc]


def _reply(client: EngineClient, params: SamplingParams) -> tuple[list[TokenEvent], ReplyDone]:
    events = list(client.generate(HELLO, params))
    done = events[-1]
    assert isinstance(done, ReplyDone) and all(isinstance(e, TokenEvent) for e in events[:-1])
    return [e for e in events if isinstance(e, TokenEvent)], done


def test_load_stream_and_stats(client: EngineClient, tiny_onnx: pathlib.Path) -> None:
    loaded = client.load(str(tiny_onnx), OPTIONS)
    assert (loaded.backend, loaded.device, loaded.threads, loaded.context_length) == (
        "ONNX Runtime GenAI", "CPU", 1, 512)
    assert loaded.description == "ONNX Runtime GenAI · CPU · 1 thread" and loaded.has_chat_template
    assert loaded.notes == ()
    assert client.model_info is not None and client.model_info.architecture == "llama"
    assert client.fit is not None and client.fit.verdict == "fits"

    tokens, done = _reply(client, PARAMS)
    assert done.text == "".join(t.text for t in tokens) and done.text
    stats = done.stats
    assert stats.stop_reason == "length" and stats.generated_tokens == PARAMS.max_tokens
    assert stats.prompt_tokens == client.count_tokens(HELLO) > 5
    assert stats.prompt_seconds > 0 and stats.time_to_first_token >= stats.prompt_seconds
    assert stats.tokens_per_second > 0 and stats.threads == 1
    assert [t.index for t in tokens] == list(range(len(tokens)))
    assert _reply(client, PARAMS)[1].text == done.text  # a fixed seed repeats the reply


def test_a_setting_the_runtime_cannot_apply_is_noted_on_the_reply(
    client: EngineClient, tiny_onnx: pathlib.Path
) -> None:
    client.load(str(tiny_onnx), OPTIONS)
    _, done = _reply(client, PARAMS.with_changes(min_p=0.1, max_tokens=4))
    assert done.notes == (
        "ONNX Runtime GenAI has no min-p setting, so min-p 0.1 is not applied to this model's replies.",
    )
    # Everything else it applies: no min-p, or a greedy reply (which uses no filter anywhere), has no note.
    applied = PARAMS.with_changes(min_p=0.0, top_k=5, top_p=0.8, repeat_penalty=1.3, seed=11, max_tokens=4)
    assert _reply(client, applied)[1].notes == ()
    assert _reply(client, GREEDY.with_changes(min_p=0.2, max_tokens=4))[1].notes == ()


def test_greedy_tokens_match_llama_cpp_on_the_same_weights(
    client: EngineClient, tiny_onnx: pathlib.Path, tiny_gguf_f32: pathlib.Path
) -> None:
    client.load(str(tiny_gguf_f32), OPTIONS)
    gguf_prompt = client.count_tokens(HELLO)
    gguf_reply = _reply(client, GREEDY)[1]
    client.load(str(tiny_onnx), OPTIONS)
    assert client.count_tokens(HELLO) == gguf_prompt  # the same chat template and tokenizer
    onnx_reply = _reply(client, GREEDY)[1]
    assert onnx_reply.text == gguf_reply.text and onnx_reply.stats.generated_tokens == GREEDY.max_tokens


def test_cancel_mid_reply(client: EngineClient, tiny_onnx: pathlib.Path) -> None:
    client.load(str(tiny_onnx), OPTIONS)
    seen = 0
    done: ReplyDone | None = None
    for event in client.generate(HELLO, PARAMS.with_changes(max_tokens=400)):
        if isinstance(event, TokenEvent):
            seen += 1
            if seen == 3:
                threading.Thread(target=client.cancel).start()
        else:
            done = event
    assert done is not None and done.stats.stop_reason == "cancelled"
    assert 3 <= done.stats.generated_tokens < 400
    assert _reply(client, PARAMS)[1].stats.stop_reason == "length"  # the next reply is not cancelled


def test_a_killed_engine_keeps_the_partial_reply(client: EngineClient, tiny_onnx: pathlib.Path) -> None:
    client.load(str(tiny_onnx), OPTIONS)
    received: list[str] = []
    with pytest.raises(errors.EngineCrashed) as crashed:
        for event in client.generate(HELLO, PARAMS.with_changes(max_tokens=400)):
            if isinstance(event, TokenEvent):
                received.append(event.text)
                if len(received) == 3:
                    client.kill()
    assert crashed.value.partial_text.startswith("".join(received[:3]))
    assert not client.is_alive()


def test_bench_and_context_overflow(client: EngineClient, tiny_onnx: pathlib.Path) -> None:
    loaded = client.load(str(tiny_onnx), OPTIONS.with_changes(context_length=128))
    assert loaded.context_length == 128
    result = client.bench(n_prompt=32, n_gen=8, repetitions=2)
    assert (result.n_prompt, result.n_gen, result.threads) == (32, 8, 1)
    assert len(result.prompt_seconds) == len(result.generation_seconds) == 2
    assert all(t > 0 for t in result.prompt_seconds + result.generation_seconds)
    with pytest.raises(errors.ContextOverflow, match="exceed the context of 128"):
        client.bench(n_prompt=120, n_gen=16, repetitions=1)
    long: list[ChatMessage] = [{"role": "user", "content": "word " * 400}]
    with pytest.raises(errors.ContextOverflow, match="context holds 128"):
        list(client.generate(long, PARAMS))
    assert client.is_alive()  # a refused request leaves the model loaded


def test_evaluation_against_the_gguf_baseline(
    client: EngineClient, tiny_onnx: pathlib.Path, tiny_gguf_f32: pathlib.Path
) -> None:
    """The same F32 weights as GGUF and as ONNX: the same vocabulary and tokens, KL divergence about 0, the same
    top-1 tokens."""
    client.load(str(tiny_gguf_f32), OPTIONS)
    gguf_vocab, gguf_tokens = client.vocabulary(), client.tokenize_text(TEXT)
    baseline = client.evaluate(gguf_tokens, first_scored=4, distributions=True)
    client.load(str(tiny_onnx), OPTIONS)
    vocab, tokens = client.vocabulary(), client.tokenize_text(TEXT)
    assert vocab == gguf_vocab and tokens == gguf_tokens and vocab.size == 1024
    result = client.evaluate(tokens, first_scored=4, distributions=True)
    rows = len(tokens) - 1 - 4
    assert result.token_logprobs.shape == (rows,) and result.top1.shape == (rows,)
    assert result.logprobs is not None and result.logprobs.shape == (rows, 1024)
    kl = float((np.exp(baseline.logprobs) * (baseline.logprobs - result.logprobs)).sum(axis=-1).mean())
    assert abs(kl) < 1e-4
    assert (result.top1 == baseline.top1).all()
    assert np.allclose(result.token_logprobs, baseline.token_logprobs, atol=1e-3)


def test_a_provider_this_installation_lacks_falls_back_to_the_cpu(
    client: EngineClient, tiny_onnx: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    folder = pathlib.Path(shutil.copytree(tiny_onnx, tmp_path / "Tiny-ONNX-cuda"))
    config = json.loads((folder / "genai_config.json").read_text())
    config["model"]["decoder"]["session_options"]["provider_options"] = [{"cuda": {"enable_cuda_graph": "0"}}]
    (folder / "genai_config.json").write_text(json.dumps(config))
    loaded = client.load(str(folder), OPTIONS)
    assert loaded.device == "CPU"
    assert loaded.notes == ("The model was built for CUDA, which this installation of ONNX Runtime GenAI lacks, so "
                            "it runs on the CPU.",)
    assert _reply(client, PARAMS)[1].stats.generated_tokens == PARAMS.max_tokens


def test_a_graph_the_runtime_refuses_is_one_line(
    client: EngineClient, tiny_onnx: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """Complete files the runtime cannot use (the config names inputs the graph does not have): the engine's one
    line, no crash, no process left."""
    folder = pathlib.Path(shutil.copytree(tiny_onnx, tmp_path / "Tiny-ONNX-mismatch"))
    config = json.loads((folder / "genai_config.json").read_text())
    config["model"]["decoder"]["inputs"]["past_key_names"] = "past.%d.k"
    (folder / "genai_config.json").write_text(json.dumps(config))
    with pytest.raises(errors.EngineError) as caught:
        client.load(str(folder), OPTIONS)
        list(client.generate(HELLO, PARAMS))
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message and len(message) < 500
    assert message.startswith("ONNX Runtime GenAI could not run this model: ")
    assert client.is_alive()  # the model stays loaded; the conversation is the window's


def test_a_graph_that_fails_to_load_is_one_line(tiny_onnx: pathlib.Path, tmp_path: pathlib.Path) -> None:
    import onnx

    folder = pathlib.Path(shutil.copytree(tiny_onnx, tmp_path / "Tiny-ONNX-unknown-op"))
    graph = onnx.load(str(folder / "model.onnx"), load_external_data=False)
    graph.graph.node[0].op_type = "NoSuchOperator"
    onnx.save(graph, str(folder / "model.onnx"))
    with EngineClient() as engine:
        with pytest.raises(errors.EngineError) as caught:
            engine.load(str(folder), OPTIONS)
        assert engine.pid is None  # the engine that refused it is gone
    message = str(caught.value)
    assert message.startswith("ONNX Runtime GenAI could not load Tiny-ONNX-unknown-op: ") and "\n" not in message


def test_a_missing_runtime_is_explained_before_any_process_starts(tiny_onnx: pathlib.Path) -> None:
    facts = PlatformFacts("linux", "x86_64", has_mlx_lm=True, has_llama_cpp=True, llama_gpu="CPU")
    with EngineClient(facts) as engine:
        with pytest.raises(errors.EngineError, match=r"onnxruntime-genai\) is not installed\. Install it with: "):
            engine.load(str(tiny_onnx), OPTIONS)
        assert engine.pid is None


def test_a_damaged_config_is_refused_before_any_process_starts(tiny_onnx: pathlib.Path,
                                                                tmp_path: pathlib.Path) -> None:
    folder = pathlib.Path(shutil.copytree(tiny_onnx, tmp_path / "Tiny-ONNX-damaged"))
    (folder / "genai_config.json").write_text("{ not json")
    with EngineClient() as engine:
        with pytest.raises(errors.NotAModelFile, match="genai_config.json is damaged"):
            engine.load(str(folder), OPTIONS)
        assert engine.pid is None


def test_search_options() -> None:
    greedy = search_options(SamplingParams(temperature=0.0, seed=-1), 100, 1024)
    assert greedy == {"max_length": 100, "do_sample": False, "repetition_penalty": 1.1}
    sampled = search_options(SamplingParams(temperature=0.7, top_k=0, top_p=0.9, seed=3), 50, 1024)
    assert sampled["do_sample"] and sampled["top_k"] == 1024 and sampled["top_p"] == 0.9
    assert sampled["random_seed"] == 3 and sampled["temperature"] == 0.7
    assert "min_p" not in sampled and unapplied_note(SamplingParams(min_p=0.05)).endswith(
        "min-p 0.05 is not applied to this model's replies.")
    assert unapplied_note(SamplingParams(min_p=0.0)) == ""
