"""Where llama.cpp keeps a model's weights: mapped from the file, or read into the engine's memory.

llama.cpp's own tools map the model file (``mmap``): loading is instant, and the system can drop the pages under
memory pressure and read them again later, but a mapped file lies in 4 KB pages. Read into memory, the weights can
lie in 2 MB pages instead (:mod:`workbench.hugepages`), and generation is faster: side by side with
``llama-bench -n 128`` on SmolLM2-135M, 2 cores, 1.04× (Q4_1) and 1.07× (Q4_0) mapped. So on the processor, where
the system offers such pages, a model that fits comfortably is read in (:func:`read_weights`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from workbench.formats.splits import split_name
from workbench.memory import reads_weights

WeightsMode = Literal["auto", "map", "read"]
WEIGHTS_MODES: tuple[WeightsMode, ...] = ("auto", "map", "read")


def model_bytes(path: str) -> int:
    """The size of a model file, or of all the parts of a split model that are there."""
    name = split_name(path)
    if name is None:
        return os.path.getsize(path)
    folder = Path(path).parent
    total = 0
    for index in range(1, name.count + 1):
        part = folder / f"{name.base}-{index:05d}-of-{name.count:05d}.gguf"
        if part.is_file():
            total += part.stat().st_size
    return total


def read_weights(mode: WeightsMode, device: str, weights_bytes: int, available_bytes: int | None,
                 huge_pages: bool) -> bool:
    """Whether to read the weights into the engine's memory rather than map the file: ``map`` and ``read`` as
    asked; ``auto`` only on the processor (a GPU build maps them to hand them over), with 2 MB pages to gain from,
    and while they take at most :data:`workbench.memory.READ_SHARE` of the memory available
    (:func:`workbench.memory.reads_weights`, which the memory estimate follows)."""
    if mode == "auto" and (device != "CPU" or available_bytes is None):
        return False
    return reads_weights(mode, weights_bytes, available_bytes, huge_pages)
