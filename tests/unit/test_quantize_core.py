"""Quantization core without Qt: the log parser on saved samples, the catalog, predictions, plan checks."""

from __future__ import annotations

import ctypes
import os
import pathlib
from types import SimpleNamespace

import numpy as np
import pytest

from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.quantize import (
    ImatrixMismatch,
    ImatrixRequired,
    NotEnoughDiskSpace,
    OutputExists,
    OutputNotWritable,
    RequantizeNotConfirmed,
    SourceNotUsable,
    UnsupportedQuantType,
    plan_quantization,
    predict,
    quant_catalog,
    quant_type,
    read_source,
    target_options,
)
from workbench.quantize.catalog import installed_ftypes
from workbench.quantize.ggml_types import all_tensor_types
from workbench.quantize.imatrix import load_imatrix, write_imatrix
from workbench.quantize.logparse import LineAssembler, parse_failure, parse_fallback, parse_tensor_line
from workbench.quantize.plan import output_name
from workbench.starter import starter_model_path

DATA = pathlib.Path(__file__).parent / "data"


# -- the log parser, on real llama.cpp output ---------------------------------------------------------


def _lines(name: str) -> list[str]:
    assembler = LineAssembler()
    text = (DATA / name).read_text()
    lines: list[str] = []
    for i in range(0, len(text), 37):  # llama.cpp logs in fragments: feed it that way
        lines += assembler.feed(text[i : i + 37])
    return lines + assembler.flush()


def test_parser_reads_every_tensor_line_of_the_tiny_sample() -> None:
    tensors = [t for t in map(parse_tensor_line, _lines("quantize_log_tiny_q4_k_m.txt")) if t]
    assert [t.index for t in tensors] == list(range(1, 22)) and {t.total for t in tensors} == {21}
    first = tensors[0]
    assert (first.name, first.shape, first.source_type, first.target_type) == (
        "output.weight", (256, 1024, 1, 1), "f16", "q6_K")
    assert first.source_bytes == round(0.50 * 1024 * 1024)
    norm = next(t for t in tensors if t.name == "output_norm.weight")
    assert norm.source_type == norm.target_type == "f32"  # copied, not converted
    assert tensors[-1].fraction == 1.0


def test_parser_reads_the_starter_sample_with_fallback_warnings() -> None:
    lines = _lines("quantize_log_smollm2_q4_k_m.txt")
    tensors = [t for t in map(parse_tensor_line, lines) if t]
    assert len(tensors) == 272 and tensors[-1].index == 272
    assert {t.target_type for t in tensors} >= {"q4_K", "q5_0", "q6_K", "f32"}
    fallbacks = [n for n in map(parse_fallback, lines) if n]
    assert "blk.0.attn_k.weight" in fallbacks
    assert not any(parse_failure(line) for line in lines)


def test_parser_finds_the_failure_reason() -> None:
    reasons = [r for r in map(parse_failure, _lines("quantize_log_smollm2_q1_0_failure.txt")) if r]
    assert reasons == ["no tensor type fallback is defined for type q1_0"]
    assert parse_tensor_line("llama_model_loader: - type  f32:   61 tensors") is None


# -- catalog -------------------------------------------------------------------------------------------


def test_catalog_lists_the_installed_types_with_plain_words() -> None:
    names = [q.name for q in quant_catalog()]
    for expected in ("Q8_0", "Q6_K", "Q5_K_M", "Q5_K_S", "Q5_1", "Q5_0", "Q4_K_M", "Q4_K_S", "Q4_1", "Q4_0",
                     "Q3_K_L", "Q3_K_M", "Q3_K_S", "Q2_K", "IQ4_XS", "IQ2_XXS", "IQ1_S", "TQ1_0", "TQ2_0", "F16",
                     "BF16"):
        assert expected in names
    import llama_cpp

    for q in quant_catalog():
        assert q.ftype == getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{q.name}")
        assert q.description and q.quality and 1.0 < q.bits_per_weight <= 16.1
    assert quant_type("q4_k_m").bits_per_weight == 4.5
    assert quant_type("IQ2_XS").needs_imatrix and not quant_type("Q4_K_M").needs_imatrix
    assert set(installed_ftypes()) >= set(names)
    with pytest.raises(KeyError, match="choose from"):
        quant_type("q9_9")


def test_tensor_type_table_matches_the_installed_ggml() -> None:
    import llama_cpp

    lib = ctypes.CDLL(os.path.join(os.path.dirname(llama_cpp.__file__), "lib", "libggml-base.so"))
    lib.ggml_type_size.restype = ctypes.c_size_t
    lib.ggml_blck_size.restype = ctypes.c_int64
    lib.ggml_type_name.restype = ctypes.c_char_p
    for t in all_tensor_types():
        assert (lib.ggml_type_name(t.id).decode(), lib.ggml_blck_size(t.id), lib.ggml_type_size(t.id)) == (
            t.name, t.block, t.block_bytes)


# -- size prediction -----------------------------------------------------------------------------------


def test_prediction_of_the_tiny_model_keeps_norms_and_raises_sensitive_tensors(tiny_gguf: pathlib.Path) -> None:
    source = read_source(tiny_gguf)
    q4km = predict(source, quant_type("Q4_K_M"))
    types = {t.name: t.target_type for t in q4km.tensors}
    assert types["blk.0.attn_norm.weight"] == "f32"  # 1-D: never quantized
    assert types["output.weight"] == "q6_K"  # the output keeps more precision
    assert types["blk.1.attn_v.weight"] == "q6_K" and types["blk.0.attn_v.weight"] == "q4_K"
    assert q4km.type_counts == {"q6_K": 3, "f32": 5, "q4_K": 13}
    assert predict(source, quant_type("Q8_0")).type_counts == {"q8_0": 16, "f32": 5}
    assert 4.5 < q4km.bits_per_weight < 5.5


@pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")
def test_prediction_falls_back_where_rows_do_not_fit_the_blocks() -> None:
    source = read_source(starter_model_path())  # rows of 576 weights: not a multiple of 256
    q4km = predict(source, quant_type("Q4_K_M"))
    assert q4km.fallbacks > 0 and "q5_0" in q4km.type_counts
    with pytest.raises(UnsupportedQuantType, match="576"):
        predict(source, quant_type("Q1_0"))  # llama.cpp has no fallback for it either
    options = {o.qtype.name: o for o in target_options(source, has_imatrix=False)}
    assert not options["Q1_0"].enabled and "576" in (options["Q1_0"].disabled_reason or "")
    assert not options["IQ2_XXS"].enabled and options["Q4_K_M"].enabled


# -- source checks and the plan ------------------------------------------------------------------------


def test_unreadable_sources_are_refused_in_one_line(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    with pytest.raises(SourceNotUsable, match="no such file"):
        read_source(tmp_path / "missing.gguf")
    (tmp_path / "notes.gguf").write_text("hello")
    with pytest.raises(SourceNotUsable, match="not a GGUF"):
        read_source(tmp_path / "notes.gguf")
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_gguf.read_bytes()[:500_000])
    with pytest.raises(SourceNotUsable, match="incomplete"):
        read_source(cut)


def test_a_taken_name_is_asked_about(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    plan = plan_quantization(tiny_gguf, ["q4_0"], tmp_path)
    assert plan.outputs[0].path == tmp_path / "tiny-Q4_0.gguf"
    quantized = tmp_path / "tiny-Q4_0.gguf"
    quantized.write_bytes(b"")
    fake = SimpleNamespace(free=10**12)
    with pytest.raises(OutputExists):
        plan_quantization(tiny_gguf, ["q4_0"], tmp_path, disk_usage=lambda _: fake)


def test_already_quantized_source(tmp_path: pathlib.Path) -> None:
    if starter_model_path() is None:
        pytest.skip("the starter model package is not installed")
    with pytest.raises(RequantizeNotConfirmed, match="already quantized \\(Q4_1\\).*worse"):
        plan_quantization(starter_model_path(), ["q8_0"], tmp_path)
    plan = plan_quantization(starter_model_path(), ["q8_0"], tmp_path, allow_requantize=True)
    assert plan.outputs[0].path.name == "SmolLM2-135M-Instruct-Q8_0.gguf"


def test_plan_checks_folder_names_types_and_disk(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    with pytest.raises(OutputNotWritable, match="does not exist"):
        plan_quantization(tiny_gguf, ["q8_0"], tmp_path / "nowhere")
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputNotWritable, match="not a folder"):
        plan_quantization(tiny_gguf, ["q8_0"], tmp_path / "afile")
    with pytest.raises(ImatrixRequired, match="importance matrix"):
        plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path)
    (tmp_path / "tiny-Q8_0.gguf").write_text("old")
    both = plan_quantization(tiny_gguf, ["q8_0"], tmp_path, on_exists="keep-both")
    assert both.outputs[0].path.name == "tiny-Q8_0-2.gguf" and not both.outputs[0].replaces
    replace = plan_quantization(tiny_gguf, ["q8_0"], tmp_path, on_exists="replace")
    assert replace.outputs[0].replaces
    tiny_disk = SimpleNamespace(free=1_000_000)
    with pytest.raises(NotEnoughDiskSpace, match=r"need about .* only 1\.0 MB is free"):
        plan_quantization(tiny_gguf, ["q8_0", "q4_0"], tmp_path, on_exists="replace", disk_usage=lambda _: tiny_disk)
    assert output_name("/m/SmolLM2-135M-Instruct.Q4_1.gguf", quant_type("Q8_0")) == "SmolLM2-135M-Instruct-Q8_0.gguf"


def test_imatrix_files_are_checked_against_the_model(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    source = read_source(tiny_gguf)
    blk = [t for t in source.tensors if t.name.startswith("blk.") and t.n_dims == 2]
    good = write_imatrix(tmp_path / "good.gguf", {t.name: np.ones(t.shape[0]) for t in blk},
                         {t.name: 4 for t in blk}, 1, "test")
    assert load_imatrix(good).entries["blk.0.attn_q.weight"].tolist() == [0.25] * 256
    plan = plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix=good)
    assert plan.imatrix == str(good)
    other = write_tiny_llama_gguf(tmp_path / "wide.gguf", n_embd=512, n_ff=1024)
    wide = [t for t in read_source(other).tensors if t.name.startswith("blk.") and t.n_dims == 2]
    bad = write_imatrix(tmp_path / "bad.gguf", {t.name: np.ones(t.shape[0]) for t in wide},
                        {t.name: 1 for t in wide}, 1, "test")
    with pytest.raises(ImatrixMismatch, match="made for another model"):
        plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix=bad)
    (tmp_path / "junk.dat").write_bytes(b"\x00" * 16)
    with pytest.raises(ImatrixMismatch, match="not an importance matrix"):
        plan_quantization(tiny_gguf, ["q4_0"], tmp_path, imatrix=tmp_path / "junk.dat")


# -- computing an importance matrix: the arithmetic, the file, the plan ---------------------------------


def test_collector_adds_squared_activations_per_column_like_llama_imatrix() -> None:
    from workbench.quantize.activations import ActivationCollector, GgmlTensor, weight_name

    assert ctypes.sizeof(GgmlTensor) == 336  # ggml.h's struct ggml_tensor on 64-bit platforms
    assert weight_name("CUDA0#blk.0.attn_k.weight#0") == "blk.0.attn_k.weight"
    assert weight_name("blk.3.ffn_up.weight") == "blk.3.ffn_up.weight"
    collector = ActivationCollector()
    x = np.arange(12, dtype=np.float32).reshape(1, 1, 3, 4)  # 3 tokens of 4 columns
    collector.add_dense("blk.0.attn_q.weight", x)
    collector.add_dense("blk.0.attn_q.weight", x[:, :, :1])
    stats = collector.stats["blk.0.attn_q.weight"]
    np.testing.assert_array_equal(stats.sums[0], (x[0, 0] ** 2).sum(axis=0) + x[0, 0, 0] ** 2)
    assert stats.counts.tolist() == [4]
    with pytest.raises(ValueError, match="width"):
        collector.add_dense("blk.0.attn_q.weight", np.ones((1, 1, 2, 5), dtype=np.float32))
    # experts: each token's row goes to the experts chosen for it
    acts = np.array([[[1, 1]], [[2, 2]], [[3, 3]]], dtype=np.float32)  # [token, 1 (broadcast), col]
    ids = np.array([[0, 2], [2, 1], [0, 0]], dtype=np.int32)  # [token, slot]
    collector.add_experts("blk.0.ffn_up_exps.weight", acts, ids, n_experts=4)
    experts = collector.stats["blk.0.ffn_up_exps.weight"]
    assert experts.counts.tolist() == [3, 1, 2, 0]
    assert experts.sums[:, 0].tolist() == [1 + 9 + 9, 4, 1 + 4, 0]
    with pytest.raises(ValueError, match="out of range"):
        collector.add_experts("blk.0.ffn_up_exps.weight", acts, ids + 3, n_experts=4)


def test_imatrix_with_expert_rows_round_trips(tmp_path: pathlib.Path) -> None:
    sums = {"blk.0.ffn_up_exps.weight": np.array([[4.0, 8.0], [0.0, 0.0], [3.0, 6.0]])}
    path = write_imatrix(tmp_path / "moe.imatrix.gguf", sums, {"blk.0.ffn_up_exps.weight": np.array([2, 0, 3])},
                         5, "bundled", chunk_size=256)
    imatrix = load_imatrix(path)
    # divided by each expert's count; an expert never chosen gets 1 (no information), as llama.cpp reads it
    assert imatrix.entries["blk.0.ffn_up_exps.weight"].tolist() == [2.0, 4.0, 1.0, 1.0, 1.0, 2.0]
    assert imatrix.chunks == 5 and imatrix.datasets == ("bundled",)


def test_plan_with_a_calibration_text_enables_the_types_that_need_an_imatrix(
    tmp_path: pathlib.Path, tiny_gguf: pathlib.Path
) -> None:
    from workbench.quantize import QuantizeError

    plan = plan_quantization(tiny_gguf, ["iq2_xs", "q4_0"], tmp_path, imatrix_text="bundled", imatrix_chunks=8)
    assert plan.imatrix_compute is not None and plan.imatrix_compute.max_chunks == 8
    assert plan.imatrix == str(tmp_path / "tiny.imatrix.gguf")
    (tmp_path / "tiny.imatrix.gguf").write_bytes(b"an earlier one")
    again = plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix_text="bundled")
    assert again.imatrix == str(tmp_path / "tiny.imatrix-2.gguf")  # an existing file is never overwritten
    with pytest.raises(QuantizeError, match="not both"):
        plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix=tmp_path / "x.gguf", imatrix_text="bundled")
    with pytest.raises(QuantizeError, match="at least 1 chunk"):
        plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path, imatrix_text="bundled", imatrix_chunks=0)
    with pytest.raises(ImatrixRequired, match="--imatrix-text"):
        plan_quantization(tiny_gguf, ["iq2_xs"], tmp_path)


def test_a_finished_mlx_folder_moves_into_place_without_losing_any_folder(tmp_path: pathlib.Path) -> None:
    from workbench.quantize.mlx import _move_into_place

    def folder(name: str, text: str) -> pathlib.Path:
        path = tmp_path / name
        path.mkdir()
        (path / "config.json").write_text(text)
        return path

    output = tmp_path / "model-4bit"
    assert _move_into_place(folder(".a.partial", "new 1"), output, replaces=False) == output
    # a folder there and no permission to replace it: both are kept
    kept = _move_into_place(folder(".b.partial", "new 2"), output, replaces=False)
    assert kept == tmp_path / "model-4bit-2" and (output / "config.json").read_text() == "new 1"
    # replacing: the new one is in place and the old one is gone, with nothing left aside
    assert _move_into_place(folder(".c.partial", "new 3"), output, replaces=True) == output
    assert (output / "config.json").read_text() == "new 3"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model-4bit", "model-4bit-2"]


def test_a_weight_broadcast_over_activation_slices_gets_each_slice_ggml_pairs_with_it() -> None:
    from workbench.quantize.activations import ActivationCollector

    collector = ActivationCollector()
    x = np.stack([np.full((1, 3), float(i + 1), dtype=np.float32) for i in range(4)])[None]  # [1, 4, 1, 3]
    collector.add_dense("blk.0.attn_k_b.weight", x, n_mat2=2)  # two matrices, each over two slices
    stats = collector.stats["blk.0.attn_k_b.weight"]
    np.testing.assert_array_equal(stats.sums[:, 0], [1 + 4, 9 + 16])  # slices 0,1 → matrix 0; 2,3 → matrix 1
    assert stats.counts.tolist() == [2, 2]
