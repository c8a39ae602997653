"""The memory estimate against the engine's measured resident memory, on the starter's ladder.

Not part of the default run (``pytest tests/perf/test_memory_estimate.py -s``). For the starter model (Q4_1) and
its F16, Q8_0, Q4_0, Q4_K_M, Q3_K_M and Q2_K versions (made in the test; the K-quants hold tensors of other types,
some of which llama.cpp repacks), at 2k and 8k tokens of context, with an F16 and a Q8_0 KV
cache: load in the engine process, run one reply so the buffers are touched, then print the measured engine RSS
against the *expected use* (target within ±10%) and against *reserved at most* (the fit verdict's figure, an upper
bound).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench import formats
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage
from workbench.jobs import CancelToken
from workbench.memory import MiB
from workbench.quantize import QuantizationJob, plan_quantization
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

CONTEXTS = (2048, 8192)
CACHES = ("f16", "q8_0")
PROMPT: list[ChatMessage] = [{"role": "user", "content": "Name three rivers."}]


@pytest.fixture(scope="module")
def ladder(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    starter = starter_model_path()
    assert starter is not None
    out = tmp_path_factory.mktemp("ladder")
    (f16,) = QuantizationJob(plan_quantization(starter, ["f16"], out, allow_requantize=True, threads=2))(
        lambda _: None, CancelToken()
    )
    made = QuantizationJob(plan_quantization(f16.path, ["q8_0", "q4_0", "q4_k_m", "q3_k_m", "q2_k"], out, threads=2))(
        lambda _: None, CancelToken()
    )
    return {
        "Q4_1": str(starter), "F16": f16.path, **{Path(r.path).stem.rsplit("-", 1)[-1].upper(): r.path for r in made}
    }


def test_estimate_against_measured_rss(ladder: dict[str, str]) -> None:
    lines = ["measured engine RSS ÷ expected use (target 0.90–1.10) and ÷ reserved at most"]
    ratios = []
    for name, path in ladder.items():
        info = formats.read_info(path)
        for n_ctx in CONTEXTS:
            for cache in CACHES:
                options = LoadOptions(context_length=n_ctx, threads=2, kv_cache_type=cache)  # type: ignore[arg-type]
                with EngineClient() as client:
                    client.load(path, options)
                    for _ in client.generate(PROMPT, SamplingParams(max_tokens=32, temperature=0.0)):
                        pass
                    measured = client.rss()
                assert measured is not None
                estimate = formats.fit(info, n_ctx, cache_type=cache).estimate
                ratios.append(measured / estimate.expected)
                lines.append(
                    f"{name:6} ctx {n_ctx:>5} cache {cache:5}: measured {measured / MiB:6.1f} MiB; expected "
                    f"{estimate.expected / MiB:6.1f} ({measured / estimate.expected:.3f}); at most "
                    f"{estimate.total / MiB:6.1f} ({measured / estimate.total:.3f})"
                )
    lines.append(f"expected use: worst ratio {min(ratios):.3f} … {max(ratios):.3f}")
    print("\n" + "\n".join(lines))
