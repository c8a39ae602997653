"""Importance matrices computed for real: the tiny model (checked against a hand computation), IQ types made
with them load, the wizard-less paths (job, plan, CLI), cancel, bad texts, and the starter model."""

from __future__ import annotations

import pathlib

import numpy as np
import pytest

from workbench.cli import main as cli_main
from workbench.evaltext import EvaluationTextError, bundled_evaluation_text
from workbench.jobs import CancelToken, JobCancelled
from workbench.quantize import QuantizationJob, plan_quantization, read_source
from workbench.quantize.imatrix import check_imatrix, load_imatrix
from workbench.quantize.imatrix_job import ImatrixJob, ImatrixSpec
from workbench.quantize.job import IMATRIX_INDEX, QuantizeProgress
from workbench.starter import starter_model_path

LAYER_MATRICES = ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")


def _generate(path: str) -> str:
    import llama_cpp

    llm = llama_cpp.Llama(path, n_ctx=128, n_threads=1, verbose=False, seed=1)
    try:
        out = llm.create_completion("The", max_tokens=4, temperature=0.0)
        assert out["usage"]["completion_tokens"] > 0
        return str(out["choices"][0]["text"])
    finally:
        llm.close()


def _expected_layer0_input_importance(model: pathlib.Path, chunk_tokens: int) -> np.ndarray:
    """By hand: the mean square of what enters blk.0.attn_q (the RMS-normed token embeddings) over chunk 1."""
    import gguf
    import llama_cpp

    vocab = llama_cpp.Llama(str(model), vocab_only=True, verbose=False)
    try:
        tokens = vocab.tokenize(bundled_evaluation_text().encode(), add_bos=False, special=False)[:chunk_tokens]
    finally:
        vocab.close()
    reader = gguf.GGUFReader(model)
    tensors = {t.name: t for t in reader.tensors}
    embd = np.asarray(tensors["token_embd.weight"].data, dtype=np.float64)
    norm = np.asarray(tensors["blk.0.attn_norm.weight"].data, dtype=np.float64)
    eps = float(reader.fields["llama.attention.layer_norm_rms_epsilon"].contents())
    x = embd[tokens]
    x = x / np.sqrt(np.mean(x * x, axis=1, keepdims=True) + eps) * norm
    return np.mean(x * x, axis=0)


def test_computed_imatrix_matches_a_hand_computation_and_makes_iq2_xs(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    reports = []
    out = tmp_path / "tiny.imatrix.gguf"
    result = ImatrixJob(tiny_gguf, ImatrixSpec("bundled", out, max_chunks=1), threads=1)(reports.append, CancelToken())
    assert result.path == str(out) and result.chunks == 1 and result.chunk_tokens == 512
    assert [r.fraction for r in reports][-1] == 1.0
    imatrix = load_imatrix(out)
    check_imatrix(imatrix, read_source(tiny_gguf))  # names and widths match the model's tensors
    assert sorted(imatrix.entries) == sorted(f"blk.{i}.{m}.weight" for i in range(2) for m in LAYER_MATRICES)
    assert imatrix.chunks == 1 and imatrix.datasets == ("bundled",)
    # the tiny model does not add a beginning-of-text token, so chunk 1 is the text's first 512 tokens
    expected = _expected_layer0_input_importance(tiny_gguf, 512)
    np.testing.assert_allclose(imatrix.entries["blk.0.attn_q.weight"], expected, rtol=2e-3)
    np.testing.assert_array_equal(imatrix.entries["blk.0.attn_k.weight"], imatrix.entries["blk.0.attn_q.weight"])
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left

    (iq2,) = QuantizationJob(plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix=out, threads=1))(
        lambda _: None, CancelToken())
    assert iq2.quant == "IQ2_XS" and iq2.file_bytes < iq2.source_bytes / 4
    _generate(iq2.path)


def test_plan_computes_the_imatrix_first_then_quantizes(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    plan = plan_quantization(tiny_gguf, ["iq3_xxs", "q4_k_m"], tmp_path, imatrix_text="bundled", imatrix_chunks=2,
                             threads=1)
    assert plan.imatrix == str(tmp_path / "tiny.imatrix.gguf") and plan.imatrix_compute is not None
    reports: list[QuantizeProgress] = []
    job = QuantizationJob(plan)
    results = job(reports.append, CancelToken())
    chunk_reports = [r for r in reports if r.target_index == IMATRIX_INDEX and r.target_fraction > 0]
    assert [r.target_fraction for r in chunk_reports] == [0.5, 1.0]
    fractions = [r.fraction for r in reports if r.fraction is not None]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert job.imatrix_result is not None and job.imatrix_result.chunks == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiny-IQ3_XXS.gguf", "tiny-Q4_K_M.gguf", "tiny.imatrix.gguf"]
    for r in results:
        _generate(r.path)


def test_automatic_threads_give_the_same_matrix(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    plan = plan_quantization(tiny_gguf, ["q4_0"], tmp_path, imatrix_text="bundled", imatrix_chunks=2)
    assert plan.imatrix_compute is not None and plan.imatrix_compute.threads == 0  # automatic unless asked
    asked = plan_quantization(tiny_gguf, ["q4_0"], tmp_path, imatrix_text="bundled", imatrix_chunks=2, threads=1)
    assert asked.imatrix_compute is not None and asked.imatrix_compute.threads == 1
    one = ImatrixJob(tiny_gguf, ImatrixSpec("bundled", tmp_path / "one.gguf", max_chunks=2), threads=1)
    automatic = ImatrixJob(tiny_gguf, ImatrixSpec("bundled", tmp_path / "auto.gguf", max_chunks=2))
    fixed, chosen = (load_imatrix(job(lambda _: None, CancelToken()).path) for job in (one, automatic))
    assert sorted(fixed.entries) == sorted(chosen.entries)
    for name, values in fixed.entries.items():
        np.testing.assert_allclose(chosen.entries[name], values, rtol=1e-4)


def test_cancel_while_computing_keeps_nothing(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    plan = plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix_text="bundled", imatrix_chunks=50, threads=1)
    token = CancelToken()

    def on_progress(report: QuantizeProgress) -> None:
        if report.target_index == IMATRIX_INDEX and report.target_fraction > 0:
            token.cancel()  # after the first chunk

    with pytest.raises(JobCancelled):
        QuantizationJob(plan)(on_progress, token)
    assert list(tmp_path.iterdir()) == []


def test_bad_calibration_texts_are_refused_with_the_reason(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    binary = tmp_path / "notes.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(EvaluationTextError, match="not UTF-8"):
        plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix_text=binary)
    short = tmp_path / "short.txt"
    short.write_text("Only a few words.", encoding="utf-8")
    plan = plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix_text=short, threads=1)
    with pytest.raises(Exception, match="too short"):
        QuantizationJob(plan)(lambda _: None, CancelToken())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "short.txt"]


def test_cli_quantizes_with_an_imatrix_computed_from_a_text_file(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "calibration.txt"
    text.write_text(bundled_evaluation_text()[:20000], encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code = cli_main(["quantize", str(tiny_gguf), "--to", "iq2_xs", "--imatrix-text", str(text),
                     "--imatrix-chunks", "1", "--out", str(out), "-t", "1"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Importance matrix: 1 chunks of 512 tokens" in captured.err and "IQ2_XS" in captured.out
    stages = [line.split("]")[0] + "]" for line in captured.err.splitlines() if line.startswith("[")]
    # In a log each stage is one line, in the order it ran: the source's fingerprint, the matrix, then the output.
    assert stages == ["[source]", "[imatrix]", "[1/1]"], captured.err
    assert load_imatrix(out / "tiny.imatrix.gguf").datasets == ("calibration.txt",)
    assert (out / "tiny-IQ2_XS.gguf").is_file()


@pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")
@pytest.mark.timeout(1800)  # a real 135M-parameter run: 5 to 10 minutes on a busy two-core machine
def test_starter_f16_to_iq2_xs_with_a_computed_imatrix(tmp_path: pathlib.Path) -> None:
    (f16,) = QuantizationJob(plan_quantization(starter_model_path(), ["f16"], tmp_path, allow_requantize=True,
                                               threads=2))(lambda _: None, CancelToken())
    plan = plan_quantization(f16.path, ["iq2_xs"], tmp_path, imatrix_text="bundled", imatrix_chunks=2, threads=2)
    job = QuantizationJob(plan)
    (iq2,) = job(lambda _: None, CancelToken())
    assert job.imatrix_result is not None
    imatrix = load_imatrix(job.imatrix_result.path)
    assert len(imatrix.entries) == 30 * len(LAYER_MATRICES)  # SmolLM2-135M: 30 layers
    assert abs(iq2.predicted_bytes / iq2.file_bytes - 1) < 0.05
    _generate(iq2.path)


def test_the_matrix_is_the_same_whatever_the_batch(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.quantize import imatrix_compute
    from workbench.quantize.imatrix_compute import ImatrixRequest, ImatrixWritten, batch_tokens

    assert batch_tokens(512, 49152) == 512  # the starter: a whole chunk per decode call
    assert batch_tokens(512, 256000) == imatrix_compute.BATCH_TOKENS  # a large vocabulary: logits stay bounded
    assert batch_tokens(64, 1000) == 64
    matrices = []
    for budget in (imatrix_compute.LOGITS_BUDGET_BYTES, 1):  # a whole chunk at once; then 128 tokens at a time
        monkeypatch.setattr(imatrix_compute, "LOGITS_BUDGET_BYTES", budget)
        out = tmp_path / f"batch-{budget}.gguf"
        sent: list[object] = []
        imatrix_compute.compute_imatrix_in_child(ImatrixRequest(str(tiny_gguf), str(out), "bundled", 1, 2), sent.append)
        assert isinstance(sent[-1], ImatrixWritten), sent[-1]
        matrices.append(load_imatrix(out).entries)
    whole, small = matrices
    assert sorted(whole) == sorted(small)
    for name, values in whole.items():
        np.testing.assert_allclose(small[name], values, rtol=1e-5)
