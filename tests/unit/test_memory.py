"""Memory estimates: the KV cache arithmetic, the buffers, and the verdict against a machine."""

from __future__ import annotations

from workbench.memory import MiB, estimate_memory, judge_fit
from workbench.model_info import read_model_info
from workbench.starter import starter_model_path


def starter_info():  # type: ignore[no-untyped-def]
    path = starter_model_path()
    assert path is not None
    return read_model_info(path)


def test_kv_cache_matches_llama_cpp() -> None:
    # llama.cpp reports "KV buffer size = 11.25 MiB" at 512 and 45.00 MiB at 2048 for this model (f16 cache).
    info = starter_info()
    assert estimate_memory(info, 512).kv_cache == int(11.25 * MiB)
    assert estimate_memory(info, 2048).kv_cache == 45 * MiB
    assert estimate_memory(info, 2048, cache_type="q8_0").kv_cache < 45 * MiB


def test_compute_buffer_close_to_llama_cpp() -> None:
    # llama.cpp reports compute buffers of 98.25 MiB (512), 99.38 MiB (2048) and 166.38 MiB (8192).
    info = starter_info()
    for n_ctx, reported in ((512, 98.25), (2048, 99.38), (8192, 166.38)):
        estimated = estimate_memory(info, n_ctx).compute / MiB
        assert abs(estimated - reported) / reported < 0.03, (n_ctx, estimated, reported)


def test_estimate_grows_with_context() -> None:
    info = starter_info()
    small, large = estimate_memory(info, 1024), estimate_memory(info, 8192)
    assert small.weights == large.weights == info.tensor_bytes
    assert small.total < large.total
    assert small.total == small.weights + small.kv_cache + small.compute + small.runtime


def test_default_context_is_the_models() -> None:
    info = starter_info()
    assert estimate_memory(info).context_length == info.context_length


def test_verdicts() -> None:
    estimate = estimate_memory(starter_info(), 2048)
    gb = 1_000_000_000
    assert judge_fit(estimate, available=8 * gb, total_memory=16 * gb).verdict == "fits"
    assert judge_fit(estimate, available=int(estimate.total / 0.9), total_memory=16 * gb).verdict == "tight"
    refused = judge_fit(estimate, available=estimate.total // 2, total_memory=16 * gb)
    assert refused.verdict == "does not fit"
    assert refused.explanation.startswith("Does not fit")
    assert "KV cache" in refused.explanation and "2,048 tokens" in refused.explanation


def test_judges_this_machine_by_default() -> None:
    fit = judge_fit(estimate_memory(starter_info(), 2048))
    assert 0 < fit.available <= fit.total_memory
    assert fit.verdict == "fits"  # a 98 MB model fits any machine that runs the tests


def test_repacked_matrices_are_counted_by_each_tensors_type() -> None:
    """llama.cpp repacks Q4_0, Q4_K, IQ4_NL and MXFP4 matrices with a row count divisible by 8 on x86 with
    AVX2 — per tensor, so a Q3_K_M file's Q4_K tensors count, and never the token embeddings."""
    from dataclasses import dataclass

    from workbench.model_info import repackable_bytes

    @dataclass
    class Tensor:
        name: str
        shape: tuple[int, ...]

    tensors = [
        Tensor("token_embd.weight", (576, 49152)),  # looked up, not multiplied: never repacked
        Tensor("blk.0.attn_q.weight", (576, 576)),
        Tensor("blk.0.ffn_down.weight", (1536, 576)),
        Tensor("blk.0.attn_k.weight", (576, 196)),  # 196 rows: not a multiple of 8
        Tensor("blk.0.ffn_up.weight", (576, 1536)),
        Tensor("output_norm.weight", (576,)),
    ]
    types = ["Q4_0", "Q4_0", "Q4_K", "Q4_0", "Q3_K", "F32"]
    sizes = [1000, 10, 20, 40, 80, 160]
    assert repackable_bytes(tensors, types, sizes) == 10 + 20


def test_repacked_weights_count_twice_only_when_the_file_is_mapped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Mapped, a repacked matrix is held as llama.cpp's copy and as the file's pages it was read from; read into
    memory, once. ``auto`` follows what the engine would do here (tests/integration/test_weights_in_memory.py)."""
    import dataclasses

    from workbench import memory

    monkeypatch.setattr(memory, "cpu_repacks", lambda: True)
    info = dataclasses.replace(starter_info(), repackable_bytes=30 * MiB)
    mapped, read = estimate_memory(info, 2048, weights="map"), estimate_memory(info, 2048, weights="read")
    assert mapped.repacked == 30 * MiB and read.repacked == 0
    assert mapped.expected - read.expected == 30 * MiB and mapped.total - read.total == 30 * MiB
    auto = estimate_memory(info, 2048)
    assert auto.repacked == (0 if memory.reads_weights("auto", info.tensor_bytes) else 30 * MiB)


def test_auto_reads_weights_with_huge_pages_while_they_take_at_most_half_the_free_memory() -> None:
    from workbench.memory import reads_weights

    gib = 1024**3
    assert reads_weights("auto", 4 * gib, available=8 * gib, huge_pages=True)
    assert not reads_weights("auto", 5 * gib, available=8 * gib, huge_pages=True)
    assert not reads_weights("auto", 1 * gib, available=8 * gib, huge_pages=False)
    assert reads_weights("read", 9 * gib, available=8 * gib, huge_pages=False)
    assert not reads_weights("map", 1, available=8 * gib, huge_pages=True)
