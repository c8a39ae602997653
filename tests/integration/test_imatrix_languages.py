"""An importance matrix computed from the Danish evaluation text: through the job, the plan and the command line."""

from __future__ import annotations

import pathlib

import numpy as np
import pytest

from workbench.cli import main as cli_main
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization
from workbench.quantize.imatrix import load_imatrix
from workbench.quantize.imatrix_job import ImatrixJob, ImatrixSpec


def test_a_danish_matrix_records_its_text_and_differs_from_the_english_one(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    english, danish = (
        load_imatrix(ImatrixJob(tiny_gguf, ImatrixSpec(text, tmp_path / f"{text}.gguf", max_chunks=1), threads=1)(
            lambda _: None, CancelToken()).path)
        for text in ("bundled", "da")
    )
    assert english.datasets == ("bundled",) and danish.datasets == ("da",)
    assert sorted(danish.entries) == sorted(english.entries)
    name = "blk.0.attn_q.weight"  # what enters the first layer: the embeddings of different tokens
    assert danish.entries[name].shape == english.entries[name].shape
    assert not np.allclose(danish.entries[name], english.entries[name], rtol=1e-3)


@pytest.mark.parametrize("given", ["da", "en"])
def test_the_command_line_takes_a_language(
    given: str, tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli_main(["quantize", str(tiny_gguf), "--to", "iq2_xs", "--imatrix-text", given, "--imatrix-chunks", "1",
                     "--out", str(tmp_path), "-t", "1"])
    assert code == 0, capsys.readouterr().err
    expected = {"da": "da", "en": "bundled"}[given]
    assert load_imatrix(tmp_path / "tiny.imatrix.gguf").datasets == (expected,)
    assert (tmp_path / "tiny-IQ2_XS.gguf").is_file()


def test_a_plan_from_the_swedish_text_makes_an_iq_type(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    plan = plan_quantization(tiny_gguf, ["iq3_xxs"], tmp_path, imatrix_text="sv", imatrix_chunks=1, threads=1)
    assert plan.imatrix_compute is not None and plan.imatrix_compute.text == "sv"
    (made,) = QuantizationJob(plan)(lambda _: None, CancelToken())
    assert made.quant == "IQ3_XXS" and load_imatrix(tmp_path / "tiny.imatrix.gguf").datasets == ("sv",)
