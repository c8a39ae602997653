"""How a reply is drawn from the model: reply-time only (how it is loaded is ``workbench.engine.options``)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace
from typing import Any


def default_threads() -> int:
    """Physical-ish core count, at least 1: llama.cpp is fastest on physical cores."""
    try:
        import psutil

        physical = psutil.cpu_count(logical=False)
    except Exception:  # noqa: BLE001 - psutil can fail in some sandboxes; fall back to logical count
        physical = None
    return max(1, physical or os.cpu_count() or 1)


@dataclass(frozen=True)
class SamplingParams:
    """How a reply is drawn from the model; each reply may use other values.

    ``seed`` -1 means a new random seed per reply. ``temperature`` 0 means greedy decoding.
    """

    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int = 512
    seed: int = -1

    def with_changes(self, **changes: Any) -> SamplingParams:
        """A copy with the given fields changed."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SamplingParams:
        """Build from a dict, ignoring unknown keys (settings written by another version)."""
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


PRESETS: dict[str, SamplingParams] = {
    "Precise": SamplingParams(temperature=0.2, top_p=0.9, top_k=20, min_p=0.1, repeat_penalty=1.1),
    "Balanced": SamplingParams(),
    "Creative": SamplingParams(temperature=1.0, top_p=0.98, top_k=100, min_p=0.02, repeat_penalty=1.05),
}
"""Named sampling presets offered in the chat panel (a preset keeps the reply length and seed as they are)."""
