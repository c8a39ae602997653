"""The MLX backend in the engine process, on the tiny random-weight MLX model with mlx-lm[cpu]."""

from __future__ import annotations

import json
import pathlib
import shutil
import threading

import psutil
import pytest

from tests.support.tiny_mlx import write_tiny_mlx_model
from workbench import errors
from workbench.backends import PlatformFacts
from workbench.engine.client import EngineClient
from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.mlx_backend import MlxBackend, mlx_device_name, sampling_kwargs
from workbench.engine.options import LoadOptions
from workbench.engine.process import backend_for
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.formats.mlx import check_mlx_folder
from workbench.sampling import SamplingParams

pytest.importorskip("mlx_lm")

PARAMS = SamplingParams(seed=7, max_tokens=24)
OPTIONS = LoadOptions(context_length=512, threads=1)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello, who are you?"}]


@pytest.fixture(scope="module")
def tiny_mlx(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return write_tiny_mlx_model(tmp_path_factory.mktemp("tiny_mlx") / "Tiny-MLX")


@pytest.fixture
def client() -> EngineClient:
    with EngineClient() as engine:
        yield engine  # type: ignore[misc]


def test_load_stream_and_stats(client: EngineClient, tiny_mlx: pathlib.Path) -> None:
    loaded = client.load(str(tiny_mlx), OPTIONS)
    assert (loaded.backend, loaded.device, loaded.context_length) == ("MLX", "CPU", 512)
    assert loaded.description == "MLX · CPU" and loaded.has_chat_template
    assert client.model_info is not None and client.model_info.architecture == "llama"
    assert client.fit is not None and client.fit.verdict == "fits"

    events = list(client.generate(HELLO, PARAMS))
    tokens = [e for e in events if isinstance(e, TokenEvent)]
    done = events[-1]
    assert isinstance(done, ReplyDone) and all(isinstance(e, TokenEvent) for e in events[:-1])
    assert done.text == "".join(t.text for t in tokens) and done.text
    stats = done.stats
    assert stats.stop_reason == "length" and stats.generated_tokens == PARAMS.max_tokens
    assert stats.prompt_tokens == client.count_tokens(HELLO) > 5
    assert stats.prompt_seconds > 0 and stats.time_to_first_token > 0
    assert stats.tokens_per_second > 0 and stats.peak_memory > 0
    assert [t.index for t in tokens] == list(range(len(tokens)))

    again = list(client.generate(HELLO, PARAMS))[-1]
    assert isinstance(again, ReplyDone) and again.text == done.text  # a fixed seed repeats the reply


def test_cancel_mid_reply_and_unload_ends_the_process(client: EngineClient, tiny_mlx: pathlib.Path) -> None:
    client.load(str(tiny_mlx), OPTIONS)
    pid = client.pid
    assert pid is not None and psutil.pid_exists(pid)
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
    after = list(client.generate(HELLO, PARAMS))[-1]  # the next reply is not cancelled
    assert isinstance(after, ReplyDone) and after.stats.stop_reason == "length"

    client.unload()
    assert client.pid is None and client.loaded is None
    with pytest.raises(psutil.NoSuchProcess):
        psutil.Process(pid).status()
    with pytest.raises(errors.EngineNotLoaded):
        list(client.generate(HELLO, PARAMS))


def test_bench_and_context_overflow(client: EngineClient, tiny_mlx: pathlib.Path) -> None:
    client.load(str(tiny_mlx), OPTIONS.with_changes(context_length=128))
    result = client.bench(n_prompt=32, n_gen=8, repetitions=2)
    assert (result.n_prompt, result.n_gen) == (32, 8)
    assert len(result.prompt_seconds) == len(result.generation_seconds) == 2
    assert all(t > 0 for t in result.prompt_seconds + result.generation_seconds)
    with pytest.raises(errors.ContextOverflow, match="exceed the context of 128"):
        client.bench(n_prompt=120, n_gen=16, repetitions=1)
    long: list[ChatMessage] = [{"role": "user", "content": "word " * 400}]
    with pytest.raises(errors.ContextOverflow, match="context holds 128"):
        list(client.generate(long, PARAMS))
    assert client.is_alive()  # a refused request leaves the model loaded


def test_evaluation_for_comparisons(client: EngineClient, tiny_mlx: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    """Perplexity and KL divergence need text as tokens, the vocabulary, and per-position predictions."""
    text = "The quick brown fox jumps over the lazy dog. " * 6
    client.load(str(tiny_gguf), OPTIONS)
    gguf_vocab, gguf_tokens = client.vocabulary(), client.tokenize_text(text)
    client.load(str(tiny_mlx), OPTIONS)
    vocab, tokens = client.vocabulary(), client.tokenize_text(text)
    # the tiny models share a tokenizer: the same model as GGUF and as MLX can be compared token by token
    assert vocab == gguf_vocab and tokens == gguf_tokens and vocab.size == 1024
    result = client.evaluate(tokens, first_scored=4, distributions=True)
    rows = len(tokens) - 1 - 4
    assert result.token_logprobs.shape == (rows,) and result.top1.shape == (rows,)
    assert result.logprobs is not None and result.logprobs.shape == (rows, 1024)
    assert (result.token_logprobs <= 0).all()
    assert abs(float(result.logprobs[0].max()) - float(result.logprobs[0][result.top1[0]])) < 1e-6


def test_a_missing_mlx_lm_is_explained_before_any_process_starts(tiny_mlx: pathlib.Path) -> None:
    facts = PlatformFacts("linux", "x86_64", has_mlx_lm=False, has_llama_cpp=True, llama_gpu="CPU")
    expected = r'mlx-lm is not installed\. Install it with: pip install "mlx-lm\[cpu\]"'
    with EngineClient(facts) as engine:
        with pytest.raises(errors.EngineError, match=expected):
            engine.load(str(tiny_mlx), OPTIONS)
        assert engine.pid is None


def _copy(tiny_mlx: pathlib.Path, tmp_path: pathlib.Path) -> pathlib.Path:
    return pathlib.Path(shutil.copytree(tiny_mlx, tmp_path / "Broken-MLX"))


def _no_config(folder: pathlib.Path) -> None:
    (folder / "config.json").unlink()


def _bad_config(folder: pathlib.Path) -> None:
    (folder / "config.json").write_text("{ not json")


def _no_tokenizer(folder: pathlib.Path) -> None:
    (folder / "tokenizer.json").unlink()


def _truncated(folder: pathlib.Path) -> None:
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])


def _missing_shard(folder: pathlib.Path) -> None:
    index = {"weight_map": {"lm_head.weight": "model-00002-of-00002.safetensors",
                            "model.norm.weight": "model.safetensors"}}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))


def _several(folder: pathlib.Path) -> None:
    _no_config(folder)
    _no_tokenizer(folder)


@pytest.mark.parametrize(
    ("damage", "error", "words"),
    [
        (_no_config, errors.NotAModelFile, ["no config.json"]),
        (_bad_config, errors.NotAModelFile, ["config.json cannot be read"]),
        (_no_tokenizer, errors.NotAModelFile, ["no tokenizer (tokenizer.json or tokenizer.model)"]),
        (_truncated, errors.TruncatedModel, ["model.safetensors is incomplete", "interrupted download"]),
        (_missing_shard, errors.NotAModelFile, ["missing weight file model-00002-of-00002.safetensors"]),
        (_several, errors.NotAModelFile, ["no config.json; no tokenizer"]),
    ],
)
def test_a_broken_folder_gets_one_clear_line(
    tiny_mlx: pathlib.Path, tmp_path: pathlib.Path, damage: object, error: type, words: list[str]
) -> None:
    folder = _copy(tiny_mlx, tmp_path)
    damage(folder)  # type: ignore[operator]
    with EngineClient() as engine:
        with pytest.raises(error) as caught:
            engine.load(str(folder), OPTIONS)
        assert engine.pid is None  # refused before any engine process started
    message = str(caught.value)
    assert message.startswith(f"{folder}: is not a complete MLX model folder: ") and "\n" not in message
    for word in words:
        assert word in message
    with pytest.raises(error):
        check_mlx_folder(folder)


def test_missing_folder_and_a_file_are_refused(tmp_path: pathlib.Path) -> None:
    with pytest.raises(errors.ModelNotFound, match="no such folder"):
        check_mlx_folder(tmp_path / "nowhere")
    (tmp_path / "weights.safetensors").write_bytes(b"12345678")
    with pytest.raises(errors.NotAModelFile, match="is a file, not an MLX model folder"):
        check_mlx_folder(tmp_path / "weights.safetensors")
    (tmp_path / "notes").mkdir()
    with pytest.raises(errors.NotAModelFile, match=r"is a folder, but not an MLX model folder \(no config.json"):
        check_mlx_folder(tmp_path / "notes")


def test_a_folder_mlx_lm_refuses_is_reported_by_the_engine(
    client: EngineClient, tiny_mlx: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """Complete files, but an architecture mlx-lm does not know: the engine's one-line reason, no crash."""
    folder = _copy(tiny_mlx, tmp_path)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "model_type": "no-such-architecture"}))
    with pytest.raises(errors.EngineError, match="MLX could not load .*no-such-architecture"):
        client.load(str(folder), OPTIONS)
    assert client.pid is None


def test_backend_switch_in_one_engine_process() -> None:
    """The engine looks each load request's backend up in the registry; switching unloads the other one (no
    native import); an id no backend has gives no backend (the load then fails with a reason)."""
    event = threading.Event()
    llama = backend_for("llama.cpp", None, event)
    assert isinstance(llama, LlamaBackend)
    mlx = backend_for("mlx", llama, event)
    assert isinstance(mlx, MlxBackend) and backend_for("mlx", mlx, event) is mlx
    assert isinstance(backend_for("llama.cpp", mlx, event), LlamaBackend)
    assert backend_for("no-such-backend", mlx, event) is None


def test_device_names_and_sampler_arguments() -> None:
    assert mlx_device_name("DeviceType.gpu", "darwin") == "Metal"
    assert mlx_device_name("DeviceType.gpu", "linux") == "CUDA"
    assert mlx_device_name("DeviceType.cpu", "darwin") == "CPU"
    assert sampling_kwargs(SamplingParams(temperature=0.7, top_p=0.95, top_k=40, min_p=0.05)) == {
        "temp": 0.7, "top_p": 0.95, "min_p": 0.05, "top_k": 40,
    }
    assert sampling_kwargs(SamplingParams(temperature=0.0, top_p=1.0, top_k=0, min_p=0.0)) == {
        "temp": 0.0, "top_p": 0.0, "min_p": 0.0, "top_k": 0,
    }


def test_bytes_read_per_token_leave_out_the_embedding_lookup(tiny_mlx: pathlib.Path) -> None:
    from workbench.formats.mlx import mlx_bytes_read_per_token

    weights = (tiny_mlx / "model.safetensors").stat().st_size
    embedding = 1024 * 128 * 2  # vocabulary × hidden size, float16: a lookup of one row per token
    read = mlx_bytes_read_per_token(tiny_mlx)
    assert 0 < read < weights - embedding
    assert weights - embedding - read < 10_000  # the rest is the safetensors header
