"""Provenance stamped by real quantization of the starter, read back; the teaching ladder made from it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from workbench.compare.baseline import default_baseline
from workbench.gguf_header import read_gguf_header
from workbench.jobs import CancelToken
from workbench.model_info import read_model_info
from workbench.provenance import NOT_RECORDED, provenance_of, provenance_text
from workbench.quantize.job import QuantizationJob, QuantizeResult
from workbench.quantize.ladder import LADDER_TYPES, TeachingLadder, calibration_text
from workbench.quantize.plan import QuantizePlan, plan_quantization
from workbench.starter import starter_model_path

STARTER = starter_model_path()
pytestmark = pytest.mark.skipif(STARTER is None, reason="the starter model package is not installed")


def _run(plan: QuantizePlan) -> list[QuantizeResult]:
    return QuantizationJob(plan)(lambda _p: None, CancelToken())


def test_quantizing_the_starter_records_where_each_file_came_from(tmp_path: Path) -> None:
    assert STARTER is not None
    digest = hashlib.sha256(STARTER.read_bytes()).hexdigest()
    f16, q4 = _run(plan_quantization(STARTER, ["f16", "q4_0"], tmp_path, allow_requantize=True, threads=2))
    record = provenance_of(f16.path)
    assert record is not None
    assert record.source.file_type == "Q4_1" and record.source.sha256 == digest
    assert record.source.name == STARTER.name and record.source.bytes == STARTER.stat().st_size
    assert record.origin == record.source
    # The keys are ordinary GGUF metadata, there for any tool to read.
    assert read_gguf_header(f16.path).metadata["slm_workbench.source.sha256"] == digest
    assert provenance_text("F16", record) == "rebuilt from Q4_1 — not better than its source"
    assert provenance_text("Q4_0", provenance_of(q4.path)).startswith("made from Q4_1 (SmolLM2-135M-Instruct.Q4_1")
    # One more step from the rebuilt F16: its origin is still the Q4_1.
    (q8,) = _run(plan_quantization(f16.path, ["q8_0"], tmp_path, threads=2))
    chained = provenance_of(q8.path)
    assert chained is not None and chained.source.file_type == "F16" and chained.origin.sha256 == digest
    assert provenance_text(read_model_info(q8.path).file_type, chained) == (
        "rebuilt from Q4_1 (via F16) — not better than its source"
    )
    # The default baseline is the original, not the file with the most bits.
    paths = [f16.path, q8.path, str(STARTER), q4.path]
    assert default_baseline(paths) == str(STARTER)
    assert provenance_text("Q4_1", provenance_of(STARTER)) == NOT_RECORDED  # the starter records nothing


def test_the_teaching_ladder_steps_down_from_the_starter_and_is_reused(tmp_path: Path) -> None:
    assert STARTER is not None
    reports: list[str] = []
    ladder = TeachingLadder(STARTER, tmp_path, imatrix_chunks=2, threads=2)
    result = ladder(lambda p: reports.append(p.message), CancelToken())
    assert result.made == LADDER_TYPES and result.reused == ()
    assert [Path(p).name for p in result.outputs] == [f"SmolLM2-135M-Instruct-{t}.gguf" for t in LADDER_TYPES]
    original, *sizes = [Path(p).stat().st_size for p in result.paths]
    # All smaller than the original, IQ2_XS the smallest. (Rows of 576 weights do not fit the k-quants' 256-weight
    # blocks, so Q3_K_M falls back to Q4_0/Q5_0 and is a little bigger than Q4_0: charts list them by size.)
    assert max(sizes) < original and min(sizes) == sizes[-1]
    for path in result.outputs:
        record = provenance_of(path)
        assert record is not None and record.source.name == STARTER.name
    assert default_baseline(result.paths[::-1]) == str(STARTER)
    assert not list(tmp_path.glob(".teaching-ladder-*"))  # the calibration text is gone
    assert any("Importance matrix" in r for r in reports)
    again = ladder(lambda _p: None, CancelToken())
    assert again.reused == LADDER_TYPES and again.made == ()


def test_the_importance_matrix_is_not_computed_on_the_text_perplexity_scores() -> None:
    from workbench.evaltext import bundled_evaluation_text

    text = bundled_evaluation_text()
    calibration = calibration_text()
    assert calibration and calibration in text
    assert text.index(calibration) >= len(text) // 2  # perplexity reads the first 8 × 512 tokens, about 20 kB
