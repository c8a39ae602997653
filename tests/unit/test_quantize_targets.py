"""Targets for an already-quantized source, and where outputs go by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.paths import HOME_ENV
from workbench.quantize.plan import (
    default_targets,
    inside_installed_package,
    plan_quantization,
    quantized_source_note,
    target_options,
)
from workbench.quantize.source import read_source
from workbench.starter import starter_model_path

STARTER = starter_model_path()
needs_starter = pytest.mark.skipif(STARTER is None, reason="the starter model package is not installed")


@needs_starter
def test_a_quantized_source_offers_the_smaller_types_first_and_says_why_not_the_others() -> None:
    assert STARTER is not None
    source = read_source(STARTER)
    options = target_options(source, has_imatrix=True)
    smaller = [o for o in options if o.advice is None and o.prediction is not None]
    bigger = [o for o in options if o.advice is not None]
    impossible = [o for o in options if o.prediction is None]  # e.g. Q1_0: rows of 576 do not fit its blocks
    assert options == smaller + bigger + impossible  # the smaller ones first
    assert {"F16", "Q8_0"} <= {o.qtype.name for o in bigger}
    assert {"Q4_0", "Q3_K_M", "Q2_K", "IQ2_XS"} <= {o.qtype.name for o in smaller}
    for o in smaller:
        assert o.prediction is not None and o.prediction.file_bytes < source.file_size
    f16 = next(o for o in bigger if o.qtype.name == "F16")
    assert f16.advice is not None and "Bigger than the Q4_1 source and no better" in f16.advice
    assert "already Q4_1" in quantized_source_note(source)
    defaults = default_targets(options)
    assert len(defaults) == 2 and all(name in {o.qtype.name for o in smaller} for name in defaults)


def test_an_unquantized_source_keeps_the_usual_order(tiny_gguf: Path) -> None:
    source = read_source(tiny_gguf)
    options = target_options(source, has_imatrix=False)
    assert all(o.advice is None for o in options)
    assert quantized_source_note(source) == ""
    assert default_targets(options) == ["Q8_0", "Q4_K_M"]


@needs_starter
def test_outputs_never_go_into_an_installed_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert STARTER is not None
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    assert inside_installed_package(STARTER)
    assert not inside_installed_package(tmp_path)
    plan = plan_quantization(STARTER, ["q4_0"], None, allow_requantize=True)
    assert plan.outputs[0].path.parent == tmp_path / "home" / "models"
