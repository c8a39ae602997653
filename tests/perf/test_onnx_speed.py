"""Generation speed of ONNX Runtime GenAI against llama.cpp on the same weights and threads, printed as ratios.

Not part of the default run: ``python -m pytest tests/perf/test_onnx_speed.py -s``. For the tiny test model and a
wider one (both F32, written from the same GGUF), on 1 and 2 threads, it prints llama-bench-style tg and pp of each
backend and a chat reply's tokens per second, each as ONNX ÷ llama.cpp (above 1: ONNX Runtime GenAI is faster).
"""

from __future__ import annotations

import pathlib

import pytest

from tests.support.tiny_gguf import write_tiny_llama_gguf
from tests.support.tiny_onnx import write_tiny_onnx_model
from workbench.bench import summarize
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone
from workbench.sampling import SamplingParams

pytest.importorskip("onnxruntime_genai")
pytest.importorskip("onnx")

HELLO: list[ChatMessage] = [{"role": "user", "content": "Tell me about the quick brown fox."}]
REPLY = SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=128)
SHAPES = {"tiny (256 wide, 2 layers)": {}, "wider (512 wide, 4 layers)": {"n_embd": 512, "n_layer": 4, "n_ff": 1536,
                                                                          "n_head": 8, "n_head_kv": 4}}


def _measure(path: str, threads: int) -> tuple[float, float, float]:
    """(pp128, tg64, chat reply) tokens per second on ``threads`` threads."""
    with EngineClient() as engine:
        engine.load(path, LoadOptions(context_length=512, threads=threads))
        pp, tg = summarize(engine.bench(n_prompt=128, n_gen=64, repetitions=5))
        replies = [list(engine.generate(HELLO, REPLY))[-1] for _ in range(3)]
    speeds = [r.stats.tokens_per_second for r in replies if isinstance(r, ReplyDone)]
    return pp.mean, tg.mean, max(speeds)


@pytest.mark.timeout(900)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_onnx_generation_speed_against_llama_cpp(shape: str, tmp_path: pathlib.Path) -> None:
    gguf = write_tiny_llama_gguf(tmp_path / "model-f32.gguf", dtype="f32", **SHAPES[shape])  # type: ignore[arg-type]
    onnx = write_tiny_onnx_model(tmp_path / "model-onnx", gguf)
    for threads in (1, 2):
        llama = _measure(str(gguf), threads)
        ort = _measure(str(onnx), threads)
        print(f"\n{shape}, {threads} thread(s): tokens/s llama.cpp | ONNX Runtime GenAI | ratio ONNX ÷ llama.cpp")
        for name, a, b in zip(("pp128", "tg64", "chat reply"), llama, ort, strict=True):
            print(f"  {name:<10} {a:9.1f} | {b:9.1f} | {b / a:5.2f}")
        assert all(v > 0 for v in llama + ort)
