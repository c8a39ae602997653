"""The comparison suite over MLX folders: the tiny MLX model and its 4-bit quantization, MLX against GGUF,
and ``slm-workbench compare`` with MLX folders."""

from __future__ import annotations

import json
import math
import pathlib
import shutil
import subprocess
from dataclasses import replace

import pytest

from tests.support.tiny_mlx import write_tiny_mlx_model
from workbench.bench import MAX_REPETITIONS
from workbench.compare.export import from_json
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.compare.suite import run_suite
from workbench.formats.mlx import mlx_bytes_read_per_token
from workbench.jobs import CancelToken

pytest.importorskip("mlx_lm")

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
STEPS = ["bench", "load", "perplexity", "kl", "answers", "done"]
"""A variant's steps as reported: its speed rounds (the first load among them), then its own turn."""
COMMAND = shutil.which("slm-workbench") or "slm-workbench"


@pytest.fixture(scope="module")
def mlx_variants(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The tiny MLX model (float16) and its MLX 4-bit quantization (groups of 64)."""
    from workbench.quantize.mlx import MlxQuantizationJob, MlxQuantizeOptions, plan_mlx_quantization

    root = tmp_path_factory.mktemp("compare_mlx")
    source = write_tiny_mlx_model(root / "Tiny-MLX")
    plan = plan_mlx_quantization(source, MlxQuantizeOptions(bits=4, group_size=64), root)
    (result,) = MlxQuantizationJob(plan)(lambda _: None, CancelToken())
    return [str(source), result.path]


def _run(paths: list[str], settings: CompareSettings) -> tuple[CompareRun, list[SuiteProgress]]:
    reports: list[SuiteProgress] = []
    return run_suite(paths, settings, reports.append, CancelToken()), reports


def _steps(reports: list[SuiteProgress], index: int) -> list[str]:
    seen: list[str] = []
    for r in reports:
        if r.variant_index == index and (not seen or seen[-1] != r.step):
            seen.append(r.step)
    return seen


def test_every_figure_on_mlx_variants(mlx_variants: list[str]) -> None:
    run, reports = _run(mlx_variants, replace(SMALL, baseline=mlx_variants[0]))
    assert run.title == "Tiny-MLX F16 vs Tiny-MLX-4bit-g64 4-bit"
    assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
    f16, q4 = run.variants
    assert [v.quantization for v in run.variants] == ["F16", "4-bit"]
    assert f16.file_bytes > 3 * q4.file_bytes > 0
    # measured like a GGUF's: every tensor's bits over the weights, so 4-bit in groups of 64 counts its scales
    assert f16.bits_per_weight == pytest.approx(16.0, abs=0.01)
    assert q4.bits_per_weight is not None and 4.4 < q4.bits_per_weight < 4.7
    bandwidth = run.machine.bandwidth_bytes_per_second
    assert bandwidth and bandwidth > 1e8
    for v in run.variants:
        assert v.backend == "MLX" and v.parameters == f16.parameters and v.parameters
        assert v.load_seconds is not None and 0 < v.load_seconds < 60
        assert v.estimated_bytes and v.peak_rss_bytes and v.evaluation_peak_rss_bytes
        assert 0.3 < v.peak_rss_bytes / v.estimated_bytes < 3, (v.peak_rss_bytes, v.estimated_bytes)
        # at least the repetitions asked for, more until the mean is known within 3%, at most the cap
        assert v.prompt_speed and 1 <= len(v.prompt_speed.samples) <= MAX_REPETITIONS and v.prompt_speed.mean > 0
        assert v.generation_speed and 1 <= len(v.generation_speed.samples) <= MAX_REPETITIONS
        assert v.generation_speed.mean > 0
        assert v.bytes_per_token == mlx_bytes_read_per_token(v.path) and 0 < v.bytes_per_token < v.file_bytes
        assert v.ceiling_tokens_per_second == pytest.approx(bandwidth / v.bytes_per_token)
        q = v.quality
        assert q is not None and math.isfinite(q.perplexity) and q.perplexity > 1 and q.perplexity_stderr > 0
        assert (q.chunks, q.chunk_tokens, q.tokens_scored) == (2, 64, 2 * 31)
        assert q.kl_note is None and q.kl_mean is not None and q.kl_stderr is not None
        assert [a.prompt for a in v.answers] == SMALL.prompts
        assert all(a.tokens == SMALL.answer_tokens and a.text for a in v.answers)
        assert _steps(reports[1:], run.variants.index(v)) == STEPS  # after the bandwidth measurement
    assert q4.bytes_per_token < f16.bytes_per_token  # type: ignore[operator]
    assert f16.quality and q4.quality and q4.quality.kl_mean is not None
    assert f16.quality.kl_mean is not None and f16.quality.kl_mean < 1e-6 and f16.quality.top1_agreement == 1.0
    assert q4.quality.kl_mean > 100 * f16.quality.kl_mean and q4.quality.kl_mean > 1e-5
    assert q4.quality.top1_agreement is not None and q4.quality.top1_agreement < 1.0


def test_mlx_against_a_gguf_baseline_with_the_same_vocabulary(
    tiny_gguf: pathlib.Path, mlx_variants: list[str]
) -> None:
    """The tiny GGUF and the tiny MLX model share a tokenizer: KL divergence is measured across backends."""
    paths = [str(tiny_gguf), mlx_variants[0]]
    run, _ = _run(paths, replace(SMALL, baseline=paths[0], n_prompt=0, n_gen=0))
    assert [v.status for v in run.variants] == ["done", "done"], [v.error for v in run.variants]
    gguf, mlx = run.variants
    assert (gguf.backend, mlx.backend) == ("llama.cpp", "MLX")
    assert gguf.quality and mlx.quality
    assert gguf.quality.tokens_scored == mlx.quality.tokens_scored == 2 * 31  # the same tokens
    assert gguf.quality.kl_mean is not None and gguf.quality.kl_mean < 1e-6 and gguf.quality.top1_agreement == 1.0
    assert mlx.quality.kl_note is None
    # different random weights (the GGUF is twice as wide): a real divergence, finite
    assert mlx.quality.kl_mean is not None and 1e-5 < mlx.quality.kl_mean < 10
    assert mlx.quality.kl_stderr is not None and mlx.quality.top1_agreement is not None
    assert 0 <= mlx.quality.top1_agreement < 1.0


def test_cli_compares_mlx_folders(mlx_variants: list[str], tmp_path: pathlib.Path) -> None:
    out_json = tmp_path / "run.json"
    small = ["-p", "32", "-n", "8", "-r", "1", "--chunks", "2", "--chunk-tokens", "64", "-t", "1",
             "--answer-tokens", "8", "--prompt", "Say hello."]
    done = subprocess.run(
        [COMMAND, "compare", mlx_variants[1], mlx_variants[0], *small, "--json", str(out_json)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("| variant") and "KL divergence" in lines[0]
    assert any("Tiny-MLX-4bit-g64 4-bit" in line and "done" in line for line in lines)
    assert "against Tiny-MLX F16" in done.stdout  # the default baseline: most bits per weight
    assert "[2/2]" in done.stderr and "Token indices sequence length" not in done.stderr
    run = from_json(out_json.read_text(encoding="utf-8"))
    assert [v.quantization for v in run.variants] == ["4-bit", "F16"]  # the user's order
    assert [v.backend for v in run.variants] == ["MLX", "MLX"] and run.settings.baseline == mlx_variants[0]
    q4, f16 = run.variants
    assert f16.quality and f16.quality.top1_agreement == 1.0 and f16.quality.tokens_scored == 2 * 31
    assert q4.quality and q4.quality.kl_mean and q4.quality.kl_mean > 0
    assert q4.generation_speed and q4.generation_speed.mean > 0 and q4.answers
    assert json.loads(out_json.read_text())["format"] == "slm-workbench-compare"
