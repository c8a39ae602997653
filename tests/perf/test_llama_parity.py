"""The app's figures against llama.cpp's own tools, on the same files, threads and sizes, in one run.

Not part of the default run. It needs llama.cpp's ``llama-bench`` and ``llama-perplexity`` built from the
llama.cpp sources of the installed llama-cpp-python (see the README's "Measuring against llama.cpp"); give their
paths in ``SLM_LLAMA_BENCH`` and ``SLM_LLAMA_PERPLEXITY``, then run ``pytest tests/perf/test_llama_parity.py -s``.
Without them it is skipped.

Prints, for the starter's ladder (its Q4_1, and F16 / Q8_0 / Q4_0 made from it):
- ``bench`` pp512 and tg128 ÷ llama-bench's (target ≥ 0.98), the median of rounds and their range: one engine
  stays loaded, and each round runs llama-bench, then ours, then llama-bench with the weights held alike (every
  other round the two anchors the other way round, so that neither is always the one next after ours);
- a chat reply's tokens per second ÷ llama-bench's tg128 (target ≥ 0.95), in rounds that alternate the two on one
  loaded model. A reply is generated after its prompt, so the like-for-like anchor is tg128 at the prompt's depth
  (``llama-bench -d``); the ratio against tg128 from an empty context is printed beside it. Each line gives the median
  of the rounds' ratios and their range: on a shared machine a single pair can be 10% off either way;
- beside each of those, the ratio against llama-bench given the weights as the engine holds them here (read into
  memory in 2 MB pages, ``-lm none`` with the same environment: :mod:`workbench.hugepages`), where llama-bench's own
  default maps the file: the app's default is faster, and this line says how much of a figure is that. The anchor
  as llama.cpp ships runs without the 2 MB-page offer the tests make to the engines (:func:`anchor_environment`);
- where a chat reply's time goes, on the fastest file (Q4_0), where a fixed cost per token weighs most: decoding
  token by token in this process ÷ llama-bench's tg128 at the same depth; a reply in this process (sampling,
  detokenizing, the reply's accounting) ÷ that decoding; and a reply through the engine process (the events sent
  to the window) ÷ the one in this process;
- perplexity: value within 0.5% of llama-perplexity's, speed ÷ its speed (target ≥ 0.9), four chunks side by side
  as the Compare suite asks for them, in rounds of llama-perplexity, ours, llama-perplexity; its speed is its own
  timing of a pass (decoding only), ours the whole request;
- the thread sweep on the quiet machine, then with one core kept busy by another process: automatic threads (starting
  from the sweep, kept in a cache file as the app keeps it) ÷ the best fixed thread count, for prompts and for
  generation (target ≥ 0.9), in rounds that time each fixed count and the automatic choice in turn.

Beside the medians, each speed line gives the fastest run of ours ÷ the fastest run of theirs over all the rounds:
noise on a shared machine only ever slows a run down, so the fastest run is the nearest each came to its own speed.
Each line gives the machine's 1-minute load average (ours included): the machine may be shared, and a ratio measured
while it was busy says little.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from statistics import fmean as mean

import numpy as np
import pytest

from tests.support import busy_core
from workbench.bench import summarize
from workbench.compare.quality import perplexity
from workbench.compare.suite import CHUNKS_PER_REQUEST
from workbench.engine.client import EngineClient
from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone
from workbench.engine.thread_sweep import ThreadSweep
from workbench.evaltext import bundled_evaluation_text
from workbench.hugepages import huge_pages_for_children, without_huge_pages_offer
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

LLAMA_BENCH = os.environ.get("SLM_LLAMA_BENCH", "")
LLAMA_PERPLEXITY = os.environ.get("SLM_LLAMA_PERPLEXITY", "")
THREADS = int(os.environ.get("SLM_WORKBENCH_PERF_THREADS", "2"))
CHUNK, CHUNKS = 512, 8

pytestmark = pytest.mark.skipif(
    not (os.access(LLAMA_BENCH, os.X_OK) and os.access(LLAMA_PERPLEXITY, os.X_OK)),
    reason="set SLM_LLAMA_BENCH and SLM_LLAMA_PERPLEXITY to llama.cpp's tools",
)


@pytest.fixture(scope="module")
def ladder(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    starter = starter_model_path()
    assert starter is not None
    out = tmp_path_factory.mktemp("ladder")
    (f16,) = QuantizationJob(plan_quantization(starter, ["f16"], out, allow_requantize=True, threads=THREADS))(
        lambda _: None, CancelToken()
    )
    made = QuantizationJob(plan_quantization(f16.path, ["q8_0", "q4_0"], out, threads=THREADS))(
        lambda _: None, CancelToken()
    )
    named = {Path(r.path).stem.rsplit("-", 1)[-1].upper(): r.path for r in made}
    return {"Q4_1": str(starter), "F16": f16.path, **named}


def machine_load() -> str:
    """The 1-minute load average and the cores, for the lines printed (a busy machine makes every ratio noisy)."""
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def llama_bench(
    path: str, threads: int, n_prompt: int = 512, n_gen: int = 128, reps: int = 3, as_ours: bool = False
) -> tuple[list[float], list[float]]:
    """llama-bench's pp and tg tokens per second, each repetition's."""
    rows = llama_bench_rows(path, threads, ["-p", str(n_prompt), "-n", str(n_gen), "-r", str(reps)], as_ours)
    pp = next(r["samples_ts"] for r in rows if r["n_prompt"] and not r["n_gen"])
    tg = next(r["samples_ts"] for r in rows if r["n_gen"] and not r["n_prompt"])
    return pp, tg


def llama_bench_rows(path: str, threads: int, arguments: list[str], as_ours: bool = False) -> list[dict]:
    """llama-bench's result rows. ``as_ours``: with the weights held as the app's engine holds them here, read
    into memory (``-lm none``) in 2 MB pages where the system offers them (the environment the tests give the
    engine, tests/conftest.py) — the like-for-like anchor beside llama-bench's own default (the file mapped)."""
    held = ["-lm", "none"] if as_ours and huge_pages_for_children() else []
    out = subprocess.run(
        [LLAMA_BENCH, "-m", path, "-t", str(threads), *arguments, *held, "-o", "json"],
        capture_output=True, text=True, timeout=600, check=True, env=anchor_environment(as_ours),
    ).stdout
    return list(json.loads(out))


def anchor_environment(as_ours: bool) -> dict[str, str]:
    """The environment llama.cpp's tools run in: this process's (where the tests offer the engines 2 MB pages,
    tests/conftest.py) for the like-for-like anchor; for the anchor as llama.cpp ships, without that offer, as a
    person running the tool has it (with it, glibc would give llama-bench's own buffers, among them Q4_0's repacked
    weights, 2 MB pages that its defaults do not)."""
    return dict(os.environ) if as_ours else without_huge_pages_offer(os.environ)


def our_bench(
    path: str, threads: int, n_prompt: int = 512, n_gen: int = 128, reps: int = 3, cache: Path | None = None
) -> tuple[list[float], list[float]]:
    with EngineClient(threads_cache=cache) as client:
        client.load(path, LoadOptions(threads=threads, context_length=1024))
        return engine_bench(client, n_prompt, n_gen, reps)


def engine_bench(
    client: EngineClient, n_prompt: int = 512, n_gen: int = 128, reps: int = 3
) -> tuple[list[float], list[float]]:
    """The loaded engine's ``bench``: pp and tg tokens per second of each of ``reps`` runs after a warm-up."""
    tests = {t.test[:2]: t.samples for t in summarize(client.bench(n_prompt, n_gen, reps))}
    return tests.get("pp", []), tests.get("tg", [])


STORY: list[ChatMessage] = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


def chat_rate(client: EngineClient, seeds: tuple[int, ...] = (1, 2, 3)) -> tuple[list[float], int]:
    """The tokens per second of replies of up to 128 tokens (sampled with the app's defaults), each reply's, and
    the fewest tokens a reply had."""
    rates = []
    for seed in seeds:
        done = [e for e in client.generate(STORY, SamplingParams(max_tokens=128, seed=seed))
                if isinstance(e, ReplyDone)][0]
        rates.append((done.stats.tokens_per_second, done.stats.generated_tokens))
    return [r for r, _ in rates], min(n for _, n in rates)


def chat_against_llama_bench(path: str, threads: int, rounds: int = 5) -> str:
    """Three chat replies between two runs of llama-bench's tg128 (at the prompt's depth and from an empty
    context), ``rounds`` times; the medians of the ratios, their ranges, and the rate."""
    with EngineClient() as client:
        client.load(path, LoadOptions(threads=threads, context_length=1024))
        depth = client.count_tokens(STORY)
        at_depth, empty, held_alike, ours, fewest = [], [], [], [], 128
        replies: list[float] = []
        runs: list[float] = []  # llama-bench's tg128 runs at the prompt's depth

        def theirs() -> dict[int, float]:
            rows = llama_bench_rows(path, threads, ["-p", "0", "-n", "128", "-r", "3", "-d", f"{depth},0"])
            alike = llama_bench_rows(path, threads, ["-p", "0", "-n", "128", "-r", "3", "-d", str(depth)], True)
            runs.extend(next(r["samples_ts"] for r in rows if r["n_depth"] == depth))
            return {**{r["n_depth"]: r["avg_ts"] for r in rows}, -1: alike[0]["avg_ts"]}

        for _ in range(rounds):
            before = theirs()
            rates, tokens = chat_rate(client)
            after = theirs()  # noise hits both alike
            tg = {d: (before[d] + after[d]) / 2 for d in before}
            rate = mean(rates)
            replies += rates
            ours.append(rate)
            at_depth.append(rate / tg[depth])
            empty.append(rate / tg[0])
            held_alike.append(rate / tg[-1])
            fewest = min(fewest, tokens)
    return (
        f"chat {np.median(ours):6.1f} tok/s ({fewest}+ tokens after a {depth}-token prompt), {rounds} rounds: "
        f"÷ tg128 at depth {depth} = {np.median(at_depth):.3f} ({min(at_depth):.2f}–{max(at_depth):.2f}); "
        f"÷ tg128 from empty = {np.median(empty):.3f} ({min(empty):.2f}–{max(empty):.2f}); "
        f"÷ tg128 at depth {depth} with the weights held as ours = {np.median(held_alike):.3f} "
        f"({min(held_alike):.2f}–{max(held_alike):.2f}); fastest reply ÷ fastest tg128 run at depth {depth} "
        f"({len(replies)} and {len(runs)}) = {max(replies) / max(runs):.3f}"
    )


def decoding_rate(backend: LlamaBackend, prompt: list[int], n: int = 128) -> float:
    """Tokens per second decoding ``n`` tokens one at a time after ``prompt``, with nothing else between them: what
    llama-bench's tg measures, in this process, through llama-cpp-python's bindings."""
    import llama_cpp

    llm = backend._llm
    assert llm is not None
    ctx = llm._ctx.ctx
    llm.reset()
    llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), True)
    tokens = (llama_cpp.llama_token * len(prompt))(*prompt)
    llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(tokens, len(prompt)))
    one = (llama_cpp.llama_token * 1)()
    batch = llama_cpp.llama_batch_get_one(one, 1)
    started = time.perf_counter()
    for i in range(n):
        one[0] = prompt[i % len(prompt)]
        llama_cpp.llama_decode(ctx, batch)
    rate = n / (time.perf_counter() - started)
    llm.reset()
    llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), True)
    return rate


def reply_rate(events: Iterator[object]) -> float:
    done = [e for e in events if isinstance(e, ReplyDone)][0]
    return done.stats.tokens_per_second


def chat_time_split(path: str, threads: int, rounds: int = 8) -> str:
    """Rounds of: llama-bench's tg128 at the prompt's depth; decoding alone in this process; three replies in this
    process; three through the engine. The medians of the rounds' ratios, each step against the one before."""
    options = LoadOptions(threads=threads, context_length=1024)
    backend = LlamaBackend()
    backend.load(path, options)
    prompt = backend.prompt_tokens(STORY)
    seeds = (1, 2, 3)
    # This process started before the tests offered 2 MB pages to the engines they start (tests/conftest.py), so
    # here the weights are mapped, as llama-bench maps them; the engine holds them in 2 MB pages where it can.
    steps: dict[str, list[float]] = {"llama-bench": [], "decoding": [], "reply here": [], "reply via engine": []}
    try:
        with EngineClient() as client:
            client.load(path, options)
            for _ in range(rounds):
                rows = llama_bench_rows(path, threads, ["-p", "0", "-n", "128", "-r", "3", "-d", str(len(prompt))])
                steps["llama-bench"].append(rows[0]["avg_ts"])
                steps["decoding"].append(float(np.mean([decoding_rate(backend, prompt) for _ in seeds])))
                steps["reply here"].append(float(np.mean([
                    reply_rate(backend.generate_tokens(prompt, SamplingParams(max_tokens=128, seed=s))) for s in seeds
                ])))
                steps["reply via engine"].append(float(np.mean([
                    reply_rate(client.generate(STORY, SamplingParams(max_tokens=128, seed=s))) for s in seeds
                ])))
    finally:
        backend.unload()
    names = list(steps)
    ratios = [
        f"{after} ÷ {before} = {np.median(np.array(steps[after]) / np.array(steps[before])):.3f}"
        for before, after in zip(names, names[1:], strict=False)
    ]
    total = np.median(np.array(steps[names[-1]]) / np.array(steps[names[0]]))
    return (
        f"{', '.join(f'{n} {np.median(v):.1f}' for n, v in steps.items())} tok/s (medians of {rounds} rounds); "
        f"{'; '.join(ratios)}; reply via engine ÷ llama-bench = {total:.3f}"
    )


def llama_perplexity(path: str, text_file: Path) -> tuple[float, float]:
    """llama-perplexity's final estimate and its tokens per second (from its own timing of a pass)."""
    out = subprocess.run(
        [LLAMA_PERPLEXITY, "-m", path, "-f", str(text_file), "-c", str(CHUNK), "--chunks", str(CHUNKS), "-t",
         str(THREADS)],
        capture_output=True, text=True, timeout=900, check=True, env=anchor_environment(as_ours=False),
    )
    log = out.stdout + out.stderr
    ppl = float(re.search(r"Final estimate: PPL = ([0-9.]+)", log).group(1))  # type: ignore[union-attr]
    # It evaluates four 512-token chunks per pass (a batch of 2048) and reports the seconds one pass took.
    per_pass = float(re.search(r"([0-9.]+) seconds per pass", log).group(1))  # type: ignore[union-attr]
    return ppl, min(4, CHUNKS) * CHUNK / per_pass


def our_perplexity(path: str, text: str) -> tuple[float, float]:
    """Perplexity as the Compare suite computes it (its chunks asked for four at a time), and tokens per second
    over the whole of it: requests, decoding and the arithmetic on the scored rows."""
    with EngineClient() as client:
        client.load(path, LoadOptions(threads=THREADS, context_length=CHUNK))
        tokens = [0, *client.tokenize_text(text)]  # position 0 becomes the beginning-of-text token, as there
        chunks = [tokens[i * CHUNK : (i + 1) * CHUNK] for i in range(CHUNKS)]
        logprobs = []
        started = time.perf_counter()
        for first in range(0, CHUNKS, CHUNKS_PER_REQUEST):
            group = chunks[first : first + CHUNKS_PER_REQUEST]
            logprobs += [e.token_logprobs for e in client.evaluate_chunks(group, CHUNK // 2)]
        seconds = time.perf_counter() - started
    ppl, _ = perplexity(np.concatenate(logprobs))
    return ppl, CHUNKS * CHUNK / seconds


@pytest.fixture
def one_core_busy() -> Iterator[None]:
    with busy_core.one_core_busy(seconds=600, settle=1.0):
        yield


@pytest.fixture
def measured_threads(ladder: dict[str, str], tmp_path: Path) -> tuple[Path, ThreadSweep]:
    """The thread sweep on Q4_0, on the machine as it is before another process takes a core, kept in a cache
    file as the app keeps it."""
    cache = tmp_path / "threads.json"
    with EngineClient(threads_cache=cache) as client:
        client.load(ladder["Q4_0"], LoadOptions(context_length=1024))
        sweep = client.measure_threads()
    return cache, sweep


@pytest.mark.timeout(3600)  # a shared, busy machine can be ten times slower than a quiet one
def test_speed_against_llama_bench(ladder: dict[str, str], rounds: int = 6) -> None:
    lines = [f"threads {THREADS}; ours ÷ llama-bench (targets pp, tg ≥ 0.98), medians of {rounds} rounds (range); "
             f"{machine_load()}"]
    for name, path in ladder.items():
        ratios: dict[str, list[float]] = {"pp": [], "tg": [], "pp as ours": [], "tg as ours": []}
        ours: dict[str, list[float]] = {"pp": [], "tg": []}
        runs: dict[str, list[float]] = {"pp": [], "tg": [], "their pp": [], "their tg": []}
        # One engine for all the rounds (loading is not what is measured), so that each round's three runs follow
        # each other closely: the machine's speed drifts over tens of seconds, and a ratio is fair only within a round.
        with EngineClient() as client:
            client.load(path, LoadOptions(threads=THREADS, context_length=1024))
            for number in range(rounds):
                # Every other round runs the anchors in the opposite order, so that whichever runs next to ours
                # (the machine drifts within a round too) is not always the same one.
                first, last = (False, True) if number % 2 == 0 else (True, False)
                anchors = {first: llama_bench(path, THREADS, as_ours=first)}
                pp, tg = engine_bench(client)
                anchors[last] = llama_bench(path, THREADS, as_ours=last)
                (their_pp, their_tg), (alike_pp, alike_tg) = anchors[False], anchors[True]
                ours["pp"].append(mean(pp))
                ours["tg"].append(mean(tg))
                ratios["pp"].append(mean(pp) / mean(their_pp))
                ratios["tg"].append(mean(tg) / mean(their_tg))
                ratios["pp as ours"].append(mean(pp) / mean(alike_pp))
                ratios["tg as ours"].append(mean(tg) / mean(alike_tg))
                for key, samples in {"pp": pp, "tg": tg, "their pp": their_pp, "their tg": their_tg}.items():
                    runs[key] += samples

        told = {key: f"{np.median(v):.3f} ({min(v):.2f}–{max(v):.2f})" for key, v in ratios.items()}
        # Noise only ever slows a run down: the fastest run of each is the nearest either came to its own speed.
        fastest = {test: max(runs[test]) / max(runs[f"their {test}"]) for test in ("pp", "tg")}
        lines.append(
            f"{name:5}: pp512 {np.median(ours['pp']):7.1f} ÷ llama-bench = {told['pp']}; tg128 "
            f"{np.median(ours['tg']):6.1f} ÷ llama-bench = {told['tg']}; fastest run ÷ fastest run "
            f"({len(runs['pp'])} each): pp512 {fastest['pp']:.3f}, tg128 {fastest['tg']:.3f}; with the weights "
            f"held as ours: pp512 {told['pp as ours']}, tg128 {told['tg as ours']}; {machine_load()}"
        )
        print(lines[-1], flush=True)
    print("\n" + "\n".join(lines))


@pytest.mark.timeout(3600)  # a shared, busy machine can be ten times slower than a quiet one
def test_chat_against_llama_bench(ladder: dict[str, str]) -> None:
    lines = [f"threads {THREADS}; chat ÷ llama-bench tg128 (target ≥ 0.95); {machine_load()}"]
    for name, path in ladder.items():
        lines.append(f"{name:5}: {chat_against_llama_bench(path, THREADS)}; {machine_load()}")
        print(lines[-1], flush=True)
    print("\n" + "\n".join(lines))


@pytest.mark.timeout(3600)  # a shared, busy machine can be ten times slower than a quiet one
def test_where_a_chat_reply_loses_to_llama_bench(ladder: dict[str, str]) -> None:
    line = f"Q4_0, threads {THREADS}: {chat_time_split(ladder['Q4_0'], THREADS)}; {machine_load()}"
    print("\n" + line)


@pytest.mark.timeout(3600)  # a shared, busy machine can be ten times slower than a quiet one
def test_perplexity_against_llama_perplexity(ladder: dict[str, str], tmp_path: Path, rounds: int = 3) -> None:
    text = bundled_evaluation_text()
    text_file = tmp_path / "eval.txt"
    text_file.write_text(text, encoding="utf-8")
    lines = [f"c = {CHUNK}, {CHUNKS} chunks, threads {THREADS}; value ratio (within 0.5%), speed ratio (≥ 0.9): "
             f"the median of {rounds} rounds (range), and fastest ÷ fastest"]
    for name, path in ladder.items():
        ratios, ours, theirs = [], [], []
        for _ in range(rounds):
            their_ppl, their_speed = llama_perplexity(path, text_file)
            ppl, speed = our_perplexity(path, text)
            _, their_speed2 = llama_perplexity(path, text_file)  # again after ours: noise hits both alike
            ratios.append(speed / ((their_speed + their_speed2) / 2))
            ours.append(speed)
            theirs += [their_speed, their_speed2]
        lines.append(
            f"{name:5}: PPL {ppl:8.4f} vs {their_ppl:8.4f} ({(ppl / their_ppl - 1) * 100:+.3f}%); "
            f"{np.median(ours):7.1f} vs {np.median(theirs):7.1f} tok/s = {np.median(ratios):.3f} "
            f"({min(ratios):.2f}–{max(ratios):.2f}), fastest {max(ours) / max(theirs):.3f}; {machine_load()}"
        )
        print(lines[-1], flush=True)  # as it goes: a run on a busy machine is long
        assert math.isfinite(ppl)
    print("\n" + "\n".join(lines))


@pytest.mark.timeout(3600)  # a shared, busy machine can be ten times slower than a quiet one
def test_automatic_threads_with_one_core_busy(
    ladder: dict[str, str], measured_threads: tuple[Path, ThreadSweep], one_core_busy: None, rounds: int = 3
) -> None:
    """In rounds, each fixed thread count and the automatic choice in turn (the order turning each round, so that
    none is always first after the others): the median of the rounds' automatic ÷ best fixed, and its range."""
    cache, sweep = measured_threads
    path = ladder["Q4_0"]
    cores = os.cpu_count() or 1
    configs: list[int] = [*range(1, cores + 1), 0]  # 0: automatic
    speeds: dict[int, list[tuple[float, float]]] = {n: [] for n in configs}
    for number in range(rounds):
        turn = configs[number % len(configs):] + configs[: number % len(configs)]
        for n in turn:
            pp, tg = our_bench(path, n, n_prompt=128, n_gen=64, reps=3, cache=cache if n == 0 else None)
            speeds[n].append((mean(pp), mean(tg)))
    ratios = [
        tuple(speeds[0][r][k] / max(speeds[n][r][k] for n in configs if n) for k in (0, 1)) for r in range(rounds)
    ]
    pp_ratios, tg_ratios = [r[0] for r in ratios], [r[1] for r in ratios]

    def told(n: int) -> str:
        return f"{np.median([s[0] for s in speeds[n]]):.1f} / {np.median([s[1] for s in speeds[n]]):.1f}"

    print(
        f"\nsweep before the busy core ({sweep.seconds:.1f} s): {sweep.summary()}; {sweep.details()}"
        f"\none core busy, pp128 / tg64 tok/s, medians of {rounds} rounds: "
        + ", ".join(f"{n} thread{'s' if n > 1 else ''} {told(n)}" for n in configs if n)
        + f"; automatic {told(0)}; automatic ÷ the round's best fixed = {np.median(pp_ratios):.3f} "
        f"({min(pp_ratios):.2f}–{max(pp_ratios):.2f}) / {np.median(tg_ratios):.3f} "
        f"({min(tg_ratios):.2f}–{max(tg_ratios):.2f}) (target ≥ 0.9); {machine_load()}"
    )
