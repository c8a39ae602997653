"""Generation speed through the engine process against llama-cpp-python called in-process.

Not part of the default run (run it with ``pytest tests/perf -s``). Both paths run the
starter model with the same threads, prompt, seed and greedy sampling, interleaved in one
process so that machine noise hits both alike; it prints the ratio of medians.
Target: the engine-process path keeps at least 97% of the in-process throughput.
"""

from __future__ import annotations

import statistics
import time

import llama_cpp

from workbench.engine.client import EngineClient
from workbench.engine.llama_backend import LlamaBackend
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

ROUNDS = 9
PARAMS = SamplingParams(temperature=0.0, repeat_penalty=1.0, max_tokens=128, seed=42)
OPTIONS = LoadOptions(context_length=2048, threads=2, flash_attention="off")
"""Flash attention off on both paths: this measures the engine process's overhead, not a default."""
PROMPT: list[ChatMessage] = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


def in_process_tokens_per_second(llm: llama_cpp.Llama, tokens: list[int]) -> float:
    """llama-cpp-python's own generate loop, timed from the first token to the last."""
    llm.reset()
    llm.set_seed(PARAMS.seed)
    stamps: list[float] = []
    for _token in llm.generate(tokens, temp=PARAMS.temperature, repeat_penalty=PARAMS.repeat_penalty, reset=True):
        stamps.append(time.perf_counter())
        if len(stamps) >= PARAMS.max_tokens:
            break
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def engine_tokens_per_second(client: EngineClient) -> float:
    for event in client.generate(PROMPT, PARAMS):
        if isinstance(event, ReplyDone):
            assert event.stats.generated_tokens == PARAMS.max_tokens, event.stats
            return event.stats.tokens_per_second
    raise AssertionError("no ReplyDone")


def test_engine_process_overhead() -> None:
    path = str(starter_model_path())
    tokenizer = LlamaBackend()
    tokenizer.load(path, OPTIONS)
    tokens = tokenizer.prompt_tokens(PROMPT)
    tokenizer.unload()

    llm = llama_cpp.Llama(path, n_ctx=OPTIONS.context_length, n_threads=OPTIONS.threads, verbose=False)
    in_process: list[float] = []
    through_engine: list[float] = []
    with EngineClient() as client:
        client.load(path, OPTIONS)
        in_process_tokens_per_second(llm, tokens)  # warm-up, both sides
        engine_tokens_per_second(client)
        for _ in range(ROUNDS):
            in_process.append(in_process_tokens_per_second(llm, tokens))
            through_engine.append(engine_tokens_per_second(client))
    llm.close()

    baseline, measured = statistics.median(in_process), statistics.median(through_engine)
    ratio = measured / baseline
    print(
        f"\nengine-process generation: {measured:.1f} tokens/s; in-process llama-cpp-python: {baseline:.1f} tokens/s; "
        f"ratio {ratio:.3f} (target >= 0.97; medians of {ROUNDS} interleaved runs of {PARAMS.max_tokens} tokens)"
    )
    assert ratio > 0
