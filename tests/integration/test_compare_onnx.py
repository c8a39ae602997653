"""Compare with ONNX variants next to their GGUF: the same weights as GGUF (llama.cpp), ONNX F32 and ONNX int4
(ONNX Runtime GenAI) in one run, measured the same way, KL divergence against the GGUF baseline."""

from __future__ import annotations

import math
import pathlib
from dataclasses import replace

import pytest

from tests.support.tiny_onnx import write_tiny_onnx_model
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.compare.suite import run_suite
from workbench.jobs import CancelToken

pytest.importorskip("onnxruntime_genai")
pytest.importorskip("onnx")

SMALL = CompareSettings(
    n_prompt=32,
    n_gen=8,
    repetitions=1,
    chunk_tokens=64,
    max_chunks=2,
    threads=1,
    prompts=["Say hello."],
    answer_tokens=8,
)


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory, tiny_gguf_f32: pathlib.Path) -> list[str]:
    root = tmp_path_factory.mktemp("compare_onnx") / "Tiny-Llama-onnx"
    f32 = write_tiny_onnx_model(root / "cpu-fp32", tiny_gguf_f32, precision="f32")
    int4 = write_tiny_onnx_model(root / "cpu-int4-rtn-block-32", tiny_gguf_f32, precision="int4")
    return [str(tiny_gguf_f32), str(f32), str(int4)]


def _run(paths: list[str], settings: CompareSettings) -> CompareRun:
    reports: list[SuiteProgress] = []
    return run_suite(paths, settings, reports.append, CancelToken())


def test_onnx_variants_stand_next_to_their_gguf(variants: list[str]) -> None:
    run = _run(variants, replace(SMALL, baseline=variants[0]))
    assert [v.status for v in run.variants] == ["done", "done", "done"], [v.error for v in run.variants]
    gguf, f32, int4 = run.variants
    assert [v.backend for v in run.variants] == ["llama.cpp", "ONNX Runtime GenAI", "ONNX Runtime GenAI"]
    assert [v.quantization for v in run.variants] == ["F32", "F32", "INT4 (RTN, blocks of 32)"]
    assert gguf.parameters == f32.parameters == int4.parameters
    for v in (f32, int4):
        assert v.load_seconds is not None and v.prompt_speed and v.generation_speed
        assert v.prompt_speed.mean > 0 and v.generation_speed.mean > 0
        assert v.bytes_per_token and 0 < v.bytes_per_token < v.file_bytes
        assert v.answers and all(a.tokens == SMALL.answer_tokens and a.text for a in v.answers)
        q = v.quality
        assert q is not None and math.isfinite(q.perplexity) and q.tokens_scored == 2 * 31 and q.kl_note is None
    assert gguf.quality and f32.quality and int4.quality
    assert f32.quality.perplexity == pytest.approx(gguf.quality.perplexity, rel=1e-3)
    assert f32.quality.kl_mean is not None and abs(f32.quality.kl_mean) < 1e-5 and f32.quality.top1_agreement == 1.0
    assert int4.quality.kl_mean is not None and int4.quality.kl_mean > 100 * max(abs(f32.quality.kl_mean), 1e-9)
    assert int4.file_bytes < f32.file_bytes / 2 and int4.bits_per_weight is not None
    assert f32.bits_per_weight == pytest.approx(32.0, abs=0.01)
