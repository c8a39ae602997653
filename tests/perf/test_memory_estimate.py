"""The memory estimate against the engine's measured resident memory, for the starter model.

Not part of the default run (``pytest tests/perf -s``). For two context lengths: load the starter
model in the engine process, run one reply so the buffers are touched, then print the measured
engine RSS next to the estimate and their ratio. The estimate is meant as an upper bound.
"""

from __future__ import annotations

from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage
from workbench.memory import MiB, estimate_memory
from workbench.model_info import read_model_info
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

CONTEXTS = (2048, 8192)
PROMPT: list[ChatMessage] = [{"role": "user", "content": "Name three rivers."}]


def test_estimate_against_measured_rss() -> None:
    path = str(starter_model_path())
    info = read_model_info(path)
    lines = []
    for n_ctx in CONTEXTS:
        params = SamplingParams(max_tokens=32, temperature=0.0)
        with EngineClient() as client:
            client.load(path, LoadOptions(context_length=n_ctx, threads=2))
            for _ in client.generate(PROMPT, params):
                pass
            measured = client.rss()
        assert measured is not None
        estimate = estimate_memory(info, n_ctx)
        lines.append(
            f"context {n_ctx:>5}: estimate {estimate.total / MiB:6.1f} MiB "
            f"(weights {estimate.weights / MiB:.1f}, KV {estimate.kv_cache / MiB:.1f}, "
            f"compute {estimate.compute / MiB:.1f}, runtime {estimate.runtime / MiB:.1f}); "
            f"measured engine RSS {measured / MiB:6.1f} MiB; measured/estimate {measured / estimate.total:.2f}"
        )
    print("\n" + "\n".join(lines))
