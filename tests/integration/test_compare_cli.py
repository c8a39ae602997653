"""``slm-workbench compare``, run as a user runs it: the table, the exports, and bad input."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import shutil
import subprocess

import pytest

from workbench.cli import main
from workbench.compare.export import from_json
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization

COMMAND = shutil.which("slm-workbench") or "slm-workbench"
SMALL = ["-p", "32", "-n", "8", "-r", "1", "--chunks", "2", "--chunk-tokens", "128", "-t", "1",
         "--answer-tokens", "8", "--prompt", "Say hello."]


@pytest.fixture(scope="module")
def tiny_q4(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    plan = plan_quantization(tiny_gguf, ["q4_0"], tmp_path_factory.mktemp("cli_q4"), threads=1)
    return QuantizationJob(plan)(lambda _: None, CancelToken())[0].path


@pytest.fixture
def imatrix(tmp_path: pathlib.Path) -> pathlib.Path:
    import numpy as np

    from workbench.quantize.imatrix import write_imatrix

    return write_imatrix(tmp_path / "tiny.imatrix.gguf", {"blk.0.attn_q.weight": np.ones(8)},
                         {"blk.0.attn_q.weight": 2}, 1, "test")


def test_compare_writes_a_table_json_and_csv(
    tiny_gguf: pathlib.Path, tiny_q4: str, imatrix: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    out_json, out_csv = tmp_path / "run.json", tmp_path / "run.csv"
    done = subprocess.run(  # with the importance matrix a folder's *.gguf would also name
        [COMMAND, "compare", tiny_q4, str(tiny_gguf), str(imatrix), *SMALL, "--json", str(out_json), "--csv",
         str(out_csv)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"Left out {imatrix}: an importance matrix, not a model." in done.stderr.splitlines()
    lines = done.stdout.splitlines()
    assert lines[0].startswith("| variant") and "perplexity" in lines[0] and "KL divergence" in lines[0]
    assert any("tiny Q4_0" in line and "done" in line for line in lines)
    assert "against tiny F16" in done.stdout  # the default baseline: most bits per weight
    assert "[2/2]" in done.stderr and "perplexity" in done.stderr  # progress goes to stderr
    assert "\r" not in done.stderr and "Answered the prompt" in done.stderr  # a log: each step's last line
    run = from_json(out_json.read_text(encoding="utf-8"))
    assert [v.quantization for v in run.variants] == ["Q4_0", "F16"]  # the user's order
    assert run.settings.baseline == str(tiny_gguf) and run.settings.prompts == ["Say hello."]
    f16 = run.variants[1]
    assert f16.quality is not None and f16.quality.top1_agreement == 1.0 and f16.quality.tokens_scored == 2 * 63
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert [r["quantization"] for r in rows] == ["Q4_0", "F16"]
    assert float(rows[0]["kl_mean"]) > 0 and float(rows[0]["perplexity"]) > 1
    assert float(rows[1]["generation_tokens_per_second"]) > 0
    assert json.loads(out_json.read_text())["format"] == "slm-workbench-compare"


def test_compare_scores_the_danish_text_when_asked(
    tiny_gguf: pathlib.Path, tiny_q4: str, tmp_path: pathlib.Path
) -> None:
    out_json = tmp_path / "run.json"
    assert main(["compare", tiny_q4, str(tiny_gguf), *SMALL, "--text", "da", "--json", str(out_json)]) == 0
    run = from_json(out_json.read_text(encoding="utf-8"))
    assert run.settings.evaluation_text == "da"
    quality = run.variants[0].quality
    assert quality is not None and quality.perplexity > 1 and quality.tokens_scored == 2 * 63


@pytest.mark.parametrize(
    "case", ["one", "missing", "text", "baseline", "evaltext", "negative", "outdir", "imatrix-baseline"]
)
def test_bad_input_is_one_line_and_exit_2(
    case: str,
    tiny_gguf: pathlib.Path,
    tiny_q4: str,
    imatrix: pathlib.Path,
    tmp_path: pathlib.Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "nope.gguf"
    text = tmp_path / "notes.gguf"
    text.write_text("hello")
    good = [str(tiny_gguf), tiny_q4]
    args = {
        "one": [str(tiny_gguf)],
        "missing": [str(tiny_gguf), str(missing)],
        "text": [str(tiny_gguf), str(text)],
        "baseline": [*good, "--baseline", str(missing)],
        "evaltext": [*good, "--text", str(tmp_path / "none.txt")],
        "negative": [*good, "-n", "-1"],
        "outdir": [*good, "--json", str(tmp_path / "no" / "such" / "run.json")],
        "imatrix-baseline": [*good, "--baseline", str(imatrix)],
    }[case]
    assert main(["compare", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: "), err
    expected = {"one": "at least two", "missing": "nope.gguf", "text": "not a GGUF", "baseline": "not one of",
                "evaltext": "none.txt", "negative": "--n-gen", "outdir": "does not exist",
                "imatrix-baseline": "not one of"}[case]
    assert expected in err[0]


def test_an_importance_matrix_is_left_out_and_one_model_is_not_enough(
    tiny_gguf: pathlib.Path, imatrix: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(tiny_gguf), str(imatrix), *SMALL]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == f"Left out {imatrix}: an importance matrix, not a model."
    assert len(err) == 2 and err[1].startswith("error: ") and "at least two" in err[1]
