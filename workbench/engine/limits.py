"""What every backend checks before it generates, benchmarks or evaluates, and how it names a vocabulary:
the same rules and the same messages whichever backend runs the model."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from workbench.engine.protocol import Vocabulary
from workbench.errors import ContextOverflow, EngineError
from workbench.i18n import format_integer, tr


def reply_budget(prompt_tokens: int, context_length: int, max_tokens: int) -> int:
    """How many tokens a reply may have: ``max_tokens``, or what is left of the context if less.
    :class:`ContextOverflow` when the prompt alone fills the context."""
    if prompt_tokens >= context_length:
        raise ContextOverflow(
            tr(
                "Engine",
                "The conversation is {count} tokens long; the context holds {context}. Start a new conversation or "
                "raise the context length.",
            ).format(count=format_integer(prompt_tokens), context=format_integer(context_length))
        )
    return min(max_tokens, context_length - prompt_tokens)


def check_bench_fits(n_prompt: int, n_gen: int, context_length: int) -> None:
    """:class:`ContextOverflow` unless a benchmark's prompt and generated tokens fit in the context."""
    if n_prompt + n_gen > context_length:
        raise ContextOverflow(
            tr(
                "Engine",
                "{n_prompt} prompt + {n_gen} generated tokens exceed the context of {context}; load with a larger "
                "context length.",
            ).format(n_prompt=n_prompt, n_gen=n_gen, context=context_length)
        )


def check_chunk(n: int, first_scored: int, context_length: int) -> None:
    """An evaluation chunk of ``n`` tokens must fit the context and leave a token to score after ``first_scored``."""
    if n > context_length:
        raise ContextOverflow(
            tr("Engine", "A chunk of {count} tokens exceeds the context of {context}.").format(
                count=n, context=context_length
            )
        )
    if not 0 <= first_scored < n - 1:
        raise EngineError(f"Cannot score from position {first_scored} of a {n}-token chunk.")


def vocabulary_of(texts: Iterable[bytes]) -> Vocabulary:
    """The token texts in id order, digested: each text followed by a NUL byte, SHA-256."""
    digest = hashlib.sha256()
    size = 0
    for text in texts:
        digest.update(text + b"\0")
        size += 1
    return Vocabulary(size=size, digest=digest.hexdigest())
