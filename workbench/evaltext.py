"""The evaluation text: English prose that ships with Python, so nothing is ever downloaded.

Perplexity, KL divergence and importance matrices are all measured on text. The bundled text is
the prose of Python's own help topics (``pydoc_data.topics``) with its code examples and grammar
blocks left out, so what is scored is ordinary explanatory English.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from workbench.errors import WorkbenchError

BUNDLED = "bundled"
"""The name under which settings and the CLI refer to the bundled text."""


class EvaluationTextError(WorkbenchError):
    """The evaluation text cannot be used: unreadable, empty, or too short for the task."""


@functools.lru_cache(maxsize=1)
def bundled_evaluation_text() -> str:
    """About 190 kB (some 45,000 tokens) of prose, the same on every machine with the same Python version."""
    from pydoc_data.topics import topics

    paragraphs: list[str] = []
    for key in sorted(topics):
        for block in topics[key].split("\n\n"):
            lines = [line for line in block.splitlines() if line.strip()]
            # Keep flowing prose: unindented lines, mostly words, not grammar rules or code.
            if not lines or any(line.startswith((" ", "\t")) for line in lines):
                continue
            text = " ".join(line.strip() for line in lines)
            letters = sum(ch.isalpha() or ch == " " for ch in text)
            if len(text) >= 80 and letters / len(text) > 0.85:
                paragraphs.append(text)
    return "\n\n".join(paragraphs)


def evaluation_text(source: str | os.PathLike[str] = BUNDLED) -> str:
    """The bundled text, or the text of a UTF-8 file; :class:`EvaluationTextError` with the reason."""
    if str(source) == BUNDLED:
        return bundled_evaluation_text()
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise EvaluationTextError(f"{path.name} is not UTF-8 text: {exc.reason} at byte {exc.start}.") from exc
    except OSError as exc:
        raise EvaluationTextError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if not text.strip():
        raise EvaluationTextError(f"{path.name} is empty.")
    return text
