"""File-name parsing, grouping by quantization, the fit approximation, the hint and the catalog."""

from __future__ import annotations

import pytest

from workbench.hub.catalog import load_catalog
from workbench.hub.client import first_paragraph
from workbench.hub.quant import (
    HubFile,
    estimate_from_size,
    group_by_quantization,
    judge_groups,
    parse_parameters,
    parse_quantization,
    pick_hint,
    split_part,
)

# File names as they appear in real repositories (Qwen, bartowski, unsloth, ggml-org, microsoft).
NAMES = {
    "Qwen3-1.7B-Q8_0.gguf": "Q8_0",
    "Qwen3-4B-Q4_K_M.gguf": "Q4_K_M",
    "SmolLM2-1.7B-Instruct-Q4_K_M.gguf": "Q4_K_M",
    "smollm2-135m-instruct-f16.gguf": "F16",
    "Llama-3.2-3B-Instruct-IQ4_XS.gguf": "IQ4_XS",
    "Llama-3.2-1B-Instruct-Q3_K_L.gguf": "Q3_K_L",
    "Phi-4-mini-instruct-BF16.gguf": "BF16",
    "Phi-4-mini-instruct.Q5_K_M.gguf": "Q5_K_M",
    "gemma-3-4b-it-Q4_0.gguf": "Q4_0",
    "ggml-model-i2_s.gguf": "I2_S",
    "Qwen3-30B-A3B-UD-Q2_K_XL.gguf": "Q2_K_XL",
    "Q4_K_M/Big-Model-Q4_K_M-00001-of-00002.gguf": "Q4_K_M",
    "model.gguf": None,
}


@pytest.mark.parametrize(("name", "expected"), NAMES.items())
def test_parse_quantization(name: str, expected: str | None) -> None:
    assert parse_quantization(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Qwen3-0.6B-GGUF", 600_000_000), ("SmolLM2-135M-Instruct", 135_000_000), ("Llama-3.2-3B-Instruct", 3 * 10**9),
    ("bitnet-b1.58-2B-4T-gguf", 2 * 10**9), ("Mixtral-8x7B-v0.1", 56 * 10**9), ("gpt2", None),
])
def test_parse_parameters(name: str, expected: int | None) -> None:
    assert parse_parameters(name) == expected


def test_grouping_keeps_split_parts_together_and_drops_projectors() -> None:
    files = [
        HubFile("M-Q4_K_M-00001-of-00002.gguf", 3_000), HubFile("M-Q4_K_M-00002-of-00002.gguf", 2_000),
        HubFile("M-Q8_0.gguf", 9_000), HubFile("mmproj-M-f16.gguf", 800), HubFile("README.md", 10),
        HubFile("M-F16.gguf", 16_000),
    ]
    groups = group_by_quantization(files)
    assert [(g.quantization, g.size, len(g.files)) for g in groups] == [
        ("F16", 16_000, 1), ("Q8_0", 9_000, 1), ("Q4_K_M", 5_000, 2)
    ]
    assert split_part("M-Q4_K_M-00002-of-00002.gguf") == (2, 2)


def test_size_approximation_and_hint() -> None:
    est = estimate_from_size(1_100_000_000, 1_700_000_000, 4096)
    assert est.weights == 1_100_000_000 and est.kv_cache == 425_000_000
    assert estimate_from_size(1_000, None, 8192, "Q8_0").kv_cache == 32_000_000
    files = [HubFile(f"X-{q}.gguf", int(size)) for q, size in
             (("F16", 8 * 10**9), ("Q8_0", 4 * 10**9), ("Q4_K_M", 2.4 * 10**9), ("Q2_K", 1.6 * 10**9))]
    groups = group_by_quantization(files)
    roomy = judge_groups(groups, 4 * 10**9, memory=(32 * 10**9, 32 * 10**9))
    assert pick_hint(roomy).startswith("Pick Q4_K_M")
    cramped = judge_groups(groups, 4 * 10**9, memory=(3_200_000_000, 8 * 10**9))
    verdicts = {g.quantization: g.fit.verdict for g in cramped if g.fit}
    assert verdicts["F16"] == "does not fit" and verdicts["Q2_K"] in ("fits", "tight")
    assert "Q2_K" in pick_hint(cramped)
    assert "None of these files fits" in pick_hint(judge_groups(groups, 4 * 10**9, memory=(10**9, 8 * 10**9)))
    assert "no GGUF files" in pick_hint([])


def test_first_paragraph_of_a_model_card() -> None:
    card = (
        "---\nlicense: mit\n---\n\n# Title\n\n![logo](x.png)\n\n<p>html</p>\n\n"
        "The model is small.\nIt is fast.\n\nMore."
    )
    assert first_paragraph(card) == "The model is small. It is fast."
    assert first_paragraph("word " * 300).endswith("…")


def test_catalog_is_complete_and_offline() -> None:
    catalog = load_catalog()
    ids = {m.repo_id for m in catalog}
    for expected in ("Qwen/Qwen3-0.6B-GGUF", "Qwen/Qwen3-1.7B-GGUF", "Qwen/Qwen3-4B-GGUF",
                     "microsoft/bitnet-b1.58-2B-4T-gguf"):
        assert expected in ids
    families = {m.family for m in catalog}
    assert {"SmolLM2", "Qwen3", "Phi-4", "Gemma 3", "Llama 3.2", "BitNet"} <= families
    assert all(m.parameters > 0 and m.license and m.size_class in ("Micro", "Small") for m in catalog)
    assert next(m for m in catalog if "135M" in m.repo_id).size_class == "Micro"


def test_a_split_model_is_one_row_and_missing_parts_are_named() -> None:
    from workbench.hub.quant import split_stem

    files = [
        HubFile("Big-Q8_0-00001-of-00003.gguf", 4_000), HubFile("Big-Q8_0-00003-of-00003.gguf", 1_000),
        HubFile("Big-Q4_K_M-00001-of-00002.gguf", 2_000), HubFile("Big-Q4_K_M-00002-of-00002.gguf", 1_500),
        HubFile("Big-Q4_K_M-imat.gguf", 3_400),  # another model of the same quantization: its own row
    ]
    groups = group_by_quantization(files)
    assert [(g.quantization, g.label, g.size, g.problem) for g in groups] == [
        ("Q8_0", "Big-Q8_0.gguf (3 parts)", 5_000, "incomplete: part 2 of 3 missing"),
        ("Q4_K_M", "Big-Q4_K_M.gguf (2 parts)", 3_500, None),
        ("Q4_K_M", "Big-Q4_K_M-imat.gguf", 3_400, None),
    ]
    assert groups[1].part_count == 2 and groups[1].complete and not groups[0].complete
    assert split_stem("dir/Big-Q8_0-00002-of-00003.gguf") == "Big-Q8_0"
    judged = judge_groups(groups, 7 * 10**9, memory=(64 * 10**9, 64 * 10**9))
    assert "Q4_K_M" in pick_hint(judged)  # never the incomplete one
    assert "missing parts" in pick_hint(judge_groups(groups[:1], 7 * 10**9, memory=(64 * 10**9, 64 * 10**9)))
