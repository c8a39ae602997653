"""Quantization for real: the tiny model to several types, the starter round trip, cancel, a full disk, MLX."""

from __future__ import annotations

import contextlib
import pathlib
import subprocess
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from workbench.cli import main as cli_main
from workbench.jobs import CancelToken, JobCancelled
from workbench.quantize import NotEnoughDiskSpace, QuantizationFailed, QuantizationJob, plan_quantization
from workbench.quantize import job as job_module
from workbench.quantize.job import QuantizeProgress, QuantizeResult
from workbench.starter import starter_model_path

needs_starter = pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")


def _run(plan, cancel: CancelToken | None = None, on_progress=None) -> list[QuantizeResult]:
    return QuantizationJob(plan)(on_progress or (lambda _: None), cancel or CancelToken())


def _generate(path: str, n: int = 4) -> str:
    import llama_cpp

    llm = llama_cpp.Llama(path, n_ctx=128, n_threads=2, verbose=False, seed=1)
    try:
        out = llm.create_completion("The", max_tokens=n, temperature=0.0)
        assert out["usage"]["completion_tokens"] > 0
        return str(out["choices"][0]["text"])
    finally:
        llm.close()


def test_tiny_model_to_several_types_loads_and_generates(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    plan = plan_quantization(tiny_gguf, ["q8_0", "q4_0", "q4_k_m", "q5_1"], tmp_path, threads=2)
    reports: list[QuantizeProgress] = []
    results = _run(plan, on_progress=reports.append)
    assert [r.quant for r in results] == ["Q8_0", "Q4_0", "Q4_K_M", "Q5_1"]
    for r in results:
        assert abs(r.predicted_bytes / r.file_bytes - 1) < 0.05, r
        assert r.file_bytes < r.source_bytes and r.seconds >= 0
        _generate(r.path)
    tensor_reports = [p for p in reports if p.tensor is not None]
    assert len(tensor_reports) == 4 * 21 and tensor_reports[-1].fraction == 1.0
    fractions = [p.fraction for p in reports if p.fraction is not None]
    assert fractions == sorted(fractions)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(pathlib.Path(r.path).name for r in results)


@needs_starter
def test_starter_round_trip_q4_1_to_f16_to_q8_0_and_q4_k_m(tmp_path: pathlib.Path) -> None:
    source = str(starter_model_path())
    before = pathlib.Path(source).stat()
    (f16,) = _run(plan_quantization(source, ["f16"], tmp_path, allow_requantize=True, threads=2))
    assert f16.path.endswith("SmolLM2-135M-Instruct-F16.gguf")
    results = _run(plan_quantization(f16.path, ["q8_0", "q4_k_m"], tmp_path, threads=2))
    for r in [f16, *results]:
        ratio = r.predicted_bytes / r.file_bytes
        print(f"{r.quant}: predicted {r.predicted_bytes} real {r.file_bytes} ratio {ratio:.5f}")
        assert abs(ratio - 1) < 0.05
    assert 8.4 < results[0].bits_per_weight < 8.6
    assert _generate(results[1].path, 8)
    after = pathlib.Path(source).stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)  # the source is untouched


@needs_starter
def test_cancel_mid_run_leaves_nothing_behind(tmp_path: pathlib.Path) -> None:
    plan = plan_quantization(starter_model_path(), ["f16", "q8_0"], tmp_path, allow_requantize=True, threads=2)
    token = CancelToken()
    seen: list[QuantizeProgress] = []

    def on_progress(report: object) -> None:
        if isinstance(report, QuantizeProgress) and report.tensor is not None:
            seen.append(report)
            if len(seen) == 5:
                token.cancel()

    with pytest.raises(JobCancelled):
        _run(plan, token, on_progress)
    assert len(seen) >= 5
    assert list(tmp_path.iterdir()) == []  # and the autouse fixture checks that no child process is left


@contextlib.contextmanager
def _small_tmpfs(folder: pathlib.Path, size: str) -> Iterator[pathlib.Path]:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_during_the_write_keeps_nothing(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    with _small_tmpfs(tmp_path / "small", "1m") as small:
        # Pretend the free-space check passed, so that the write itself runs out of space.
        plan = plan_quantization(tiny_gguf, ["q8_0"], small, disk_usage=lambda _: SimpleNamespace(free=10**9))
        with pytest.raises(NotEnoughDiskSpace, match="disk is full"):
            _run(plan)
        assert list(small.iterdir()) == []


def test_a_failing_write_keeps_nothing(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, monkeypatch) -> None:
    blocked = tmp_path / "blocked"
    blocked.mkdir()  # the temporary output path is a folder: llama.cpp cannot open it for writing
    monkeypatch.setattr(job_module, "partial_path", lambda final: blocked)
    plan = plan_quantization(tiny_gguf, ["q4_0"], tmp_path)
    with pytest.raises((QuantizationFailed, NotEnoughDiskSpace)):
        _run(plan)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]


def test_cli_quantize_prints_progress_and_a_table(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, capsys) -> None:
    assert cli_main(["quantize", str(tiny_gguf), "--to", "q4_0", "q8_0", "--out", str(tmp_path), "-t", "2"]) == 0
    captured = capsys.readouterr()
    assert "bits/weight" in captured.out and "Q4_0" in captured.out and "Q8_0" in captured.out
    # Not a terminal: each stage's last progress line (the source's fingerprint, then each output), on a line of its
    # own, and no carriage returns.
    progress = [line for line in captured.err.splitlines() if line.startswith("[")]
    stages = [["[source]", "Fingerprinting"], ["[1/2]", "Q4_0"], ["[2/2]", "Q8_0"]]
    assert [line.split()[:2] for line in progress] == stages, captured.err
    assert progress[0].endswith(": 100%") and all(" 100% · " in line for line in progress[1:])
    assert "\r" not in captured.err
    assert cli_main(["quantize", str(tiny_gguf), "--to", "q4_0", "--out", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_mlx_quantization_of_the_tiny_mlx_model(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("mlx_lm")
    from tests.support.tiny_mlx import write_tiny_mlx_model
    from workbench.quantize.mlx import MlxQuantizationJob, MlxQuantizeOptions, plan_mlx_quantization, predict_mlx_bytes

    source = write_tiny_mlx_model(tmp_path / "tiny-mlx")
    out = tmp_path / "out"
    out.mkdir()
    plan = plan_mlx_quantization(source, MlxQuantizeOptions(bits=4, group_size=64), out)
    (result,) = MlxQuantizationJob(plan)(lambda _: None, CancelToken())
    assert result.path == str(out / "tiny-mlx-4bit-g64")
    weights = sum(p.stat().st_size for p in pathlib.Path(result.path).glob("*.safetensors"))
    assert abs(predict_mlx_bytes(source, plan.options) / weights - 1) < 0.05  # the weights: within a few percent
    # the whole folder: mlx-lm rewrites tokenizer.json and adds small files, which weigh a lot on a tiny model
    assert abs(result.predicted_bytes / result.file_bytes - 1) < 0.15, result
    assert result.file_bytes < result.source_bytes
    assert [p.name for p in out.iterdir()] == ["tiny-mlx-4bit-g64"]
    import mlx_lm

    model, tokenizer = mlx_lm.load(result.path)
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "Hello"}], add_generation_prompt=True)
    assert mlx_lm.generate(model, tokenizer, prompt, max_tokens=4) is not None


def test_cli_mlx_quantization_and_its_refusals(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("mlx_lm")
    from tests.support.tiny_mlx import write_tiny_mlx_model
    from workbench.quantize.mlx import read_mlx_source

    source = write_tiny_mlx_model(tmp_path / "tiny-mlx")
    out = tmp_path / "out"
    out.mkdir()
    assert cli_main(["quantize", str(source), "--mlx-bits", "3", "--group-size", "32", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "MLX 3bit" in captured.out and "tiny-mlx-3bit-g32" in captured.out
    made = read_mlx_source(out / "tiny-mlx-3bit-g32")
    assert made.quantized and made.parameters < read_mlx_source(source).parameters  # packed weights
    assert cli_main(["quantize", str(out / "tiny-mlx-3bit-g32"), "--mlx-bits", "4"]) == 2
    assert "already quantized" in capsys.readouterr().err
    assert cli_main(["quantize", str(source), "--mlx-bits", "5"]) == 2
    assert "bits (2, 3, 4, 6, 8)" in capsys.readouterr().err
    assert cli_main(["quantize", str(source), "--mlx-bits", "4", "--mlx-mode", "mxfp4"]) == 2
    assert "groups of 32" in capsys.readouterr().err
    assert cli_main(["quantize", str(source), "--mlx-bits", "4", "--to", "q4_0"]) == 2
    assert "for GGUF models" in capsys.readouterr().err
    assert cli_main(["quantize", str(source)]) == 2
    assert "--to" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["tiny-mlx-3bit-g32"]
