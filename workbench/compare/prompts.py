"""The prompts every variant answers in a comparison: a small set in ``resources/prompts.json``."""

from __future__ import annotations

import json

from workbench.resources import resource_path

PROMPTS_FILE = "prompts.json"

FALLBACK_PROMPTS = (
    "Explain in two sentences why the sky is blue.",
    "Write a short poem about a lighthouse.",
)
"""Used when the resources folder cannot be found or read (an unusual install)."""


def default_prompts() -> list[str]:
    """The bundled prompts, in order; the fallback pair when the file is missing or unreadable."""
    path = resource_path(PROMPTS_FILE)
    if path is None:
        return list(FALLBACK_PROMPTS)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        prompts = [str(p) for p in data["prompts"] if str(p).strip()]
    except (OSError, ValueError, KeyError, TypeError):
        return list(FALLBACK_PROMPTS)
    return prompts or list(FALLBACK_PROMPTS)
