"""The comparison suite's throughput against llama.cpp's own, and the cost of its perplexity step.

Not part of the default run (run it with ``pytest tests/perf/test_compare_perf.py -s``). The
baseline is llama.cpp driven directly in this process the way llama-bench does it: random tokens,
an empty cache each run, prompt processing as one batch, generation one token per decode, a
warm-up first; the same model, threads and sizes. Baseline runs are taken before and after the
suite so machine noise hits both alike. Prints ratios (ours ÷ llama.cpp's; 1.0 is parity):
target ≥ 0.95 for both speeds. The perplexity step is timed per scored token, against the bare
llama.cpp decode of the same chunks with logits at every position.
"""

from __future__ import annotations

import os
import statistics
import time

import llama_cpp
import numpy as np

from workbench.compare.results import CompareSettings, SuiteProgress
from workbench.compare.suite import run_suite
from workbench.jobs import CancelToken
from workbench.starter import starter_model_path

THREADS = int(os.environ.get("SLM_WORKBENCH_PERF_THREADS", "2"))
N_PROMPT, N_GEN, REPS = 512, 128, 3
CHUNK, CHUNKS = 512, 4


def _decode(llm: llama_cpp.Llama, tokens: list[int], logits_all: bool) -> None:
    for start in range(0, len(tokens), llm.n_batch):
        batch = tokens[start : start + llm.n_batch]
        llm._batch.set_batch(batch=batch, n_past=start, logits_all=logits_all)
        llm._ctx.decode(llm._batch)


def llama_cpp_speeds(llm: llama_cpp.Llama, reps: int) -> tuple[list[float], list[float]]:
    """Tokens per second of pp and tg, llama-bench's way, on a warmed-up context."""
    rng = np.random.default_rng(1)
    vocab = llm.n_vocab()

    def tokens(n: int) -> list[int]:
        return [int(t) for t in rng.integers(0, vocab, size=n)]

    def pp() -> float:
        llm._ctx.kv_cache_clear()
        batch = tokens(N_PROMPT)
        started = time.perf_counter()
        _decode(llm, batch, False)
        return N_PROMPT / (time.perf_counter() - started)

    def tg() -> float:
        llm._ctx.kv_cache_clear()
        batch = tokens(N_GEN)
        started = time.perf_counter()
        for i, t in enumerate(batch):
            llm._batch.set_batch(batch=[t], n_past=i, logits_all=False)
            llm._ctx.decode(llm._batch)
        return N_GEN / (time.perf_counter() - started)

    pp(), tg()  # warm-up
    return [pp() for _ in range(reps)], [tg() for _ in range(reps)]


def llama_cpp_seconds_per_scored_token(llm: llama_cpp.Llama, text_tokens: list[int]) -> float:
    started = time.perf_counter()
    for i in range(CHUNKS):
        llm._ctx.kv_cache_clear()
        _decode(llm, text_tokens[i * CHUNK : (i + 1) * CHUNK], True)
    return (time.perf_counter() - started) / (CHUNKS * (CHUNK // 2 - 1))


def test_suite_throughput_against_llama_cpp() -> None:
    path = str(starter_model_path())
    llm = llama_cpp.Llama(path, n_ctx=max(N_PROMPT + N_GEN + 8, CHUNK), n_batch=512, n_threads=THREADS,
                          n_threads_batch=THREADS, verbose=False)
    from workbench.evaltext import bundled_evaluation_text

    text_tokens = llm.tokenize(bundled_evaluation_text().encode("utf-8"), add_bos=False)
    pp_before, tg_before = llama_cpp_speeds(llm, REPS)
    ppl_before = llama_cpp_seconds_per_scored_token(llm, text_tokens)

    stamps: dict[str, float] = {}

    def progress(report: SuiteProgress) -> None:
        stamps.setdefault(report.step, time.perf_counter())

    settings = CompareSettings(n_prompt=N_PROMPT, n_gen=N_GEN, repetitions=REPS, chunk_tokens=CHUNK,
                               max_chunks=CHUNKS, threads=THREADS, baseline=path, prompts=["Hi"], answer_tokens=4)
    run = run_suite([path], settings, progress, CancelToken())

    pp_after, tg_after = llama_cpp_speeds(llm, REPS)
    ppl_after = llama_cpp_seconds_per_scored_token(llm, text_tokens)
    llm.close()

    (variant,) = run.variants
    assert variant.status == "done", variant.error
    assert variant.prompt_speed and variant.generation_speed and variant.quality
    base_pp = statistics.median(pp_before + pp_after)
    base_tg = statistics.median(tg_before + tg_after)
    ours_pp, ours_tg = variant.prompt_speed.mean, variant.generation_speed.mean
    ours_ppl = (stamps["kl"] - stamps["perplexity"]) / variant.quality.tokens_scored
    base_ppl = statistics.fmean([ppl_before, ppl_after])
    print(
        f"\n{THREADS} threads, starter model {variant.quantization}:"
        f"\n  pp{N_PROMPT}: ours {ours_pp:.1f} t/s, llama.cpp {base_pp:.1f} t/s, ratio {ours_pp / base_pp:.3f}"
        f"\n  tg{N_GEN}: ours {ours_tg:.1f} t/s, llama.cpp {base_tg:.1f} t/s, ratio {ours_tg / base_tg:.3f}"
        f"\n  perplexity + KL step: {ours_ppl * 1000:.2f} ms per scored token "
        f"({variant.quality.tokens_scored} tokens, baseline stored); bare llama.cpp decode with all logits "
        f"{base_ppl * 1000:.2f} ms; ratio {ours_ppl / base_ppl:.3f}"
        f"\n  ceiling {variant.ceiling_tokens_per_second:.0f} t/s from "
        f"{(run.machine.bandwidth_bytes_per_second or 0) / 1e9:.1f} GB/s"
    )
    assert ours_pp > 0 and ours_tg > 0 and ours_ppl > 0
