"""The teaching ladder's quick comparison: the same measurements as any comparison, in smaller amounts.

"Show how shrinking a model trades size for quality" compares the starter with four smaller versions of it in
front of a class, so it has to finish in a few minutes on a laptop. The lesson is in the figures whose spreads stay
tight in smaller amounts: the file sizes; perplexity paired token by token with the original (on the starter's
ladder, losses of 8 to 30% with standard errors of 1.5 to 3 points at four chunks); KL divergence and top-1
agreement (standard errors about 3% of the figure). So the quick comparison scores four chunks of 512 tokens
instead of eight (half the tokens: spreads √2 wider, every loss still clearly more than its spread), times
speed over 256 prompt tokens and 64 generated instead of llama-bench's 512 and 128 (at most five repetitions),
and has three prompts answered in up to 64 tokens (Present mode shows three). Captions still say only what the
spreads support; the summary says that the run was the quick one and what it measured.

A run keeps its profile in :attr:`CompareSettings.profile`, so a reopened run says so too. The Compare panel's
own defaults are unchanged.
"""

from __future__ import annotations

import dataclasses

from workbench.compare.prompts import default_prompts
from workbench.compare.results import CompareSettings
from workbench.i18n import tr

TEACHING = "teaching ladder"
""":attr:`CompareSettings.profile` of the teaching ladder's quick comparison."""
TEACHING_PROMPT_TOKENS = 256
TEACHING_GENERATED_TOKENS = 64
TEACHING_MAX_REPETITIONS = 5
TEACHING_CHUNKS = 4
TEACHING_PROMPTS = 3
TEACHING_ANSWER_TOKENS = 64


def teaching_settings(settings: CompareSettings, standard_prompts: list[str] | None = None) -> CompareSettings:
    """``settings`` (the Compare panel's: baseline, threads, evaluation texts, prompts) in the quick comparison's
    amounts: the first three of the ``standard_prompts`` (None: the bundled ones) and the person's own."""
    standard = default_prompts() if standard_prompts is None else standard_prompts
    prompts = [p for p in settings.prompts if p in standard][:TEACHING_PROMPTS]
    prompts += [p for p in settings.prompts if p not in standard]
    return dataclasses.replace(
        settings,
        n_prompt=TEACHING_PROMPT_TOKENS,
        n_gen=TEACHING_GENERATED_TOKENS,
        repetitions=min(settings.repetitions, TEACHING_MAX_REPETITIONS),
        max_repetitions=TEACHING_MAX_REPETITIONS,
        max_chunks=TEACHING_CHUNKS,
        chunk_tokens=512,
        prompts=prompts,
        answer_tokens=TEACHING_ANSWER_TOKENS,
        profile=TEACHING,
    )


def profile_sentence(settings: CompareSettings) -> str:
    """What a quick comparison measured, in one sentence (empty for an ordinary comparison)."""
    if settings.profile != TEACHING:
        return ""
    return tr(
        "Compare",
        "A quick comparison for the teaching ladder: speed over {prompt} prompt tokens and {generated} generated "
        "tokens, perplexity and KL divergence on {chunks} chunks of {size} tokens, {answers} prompts answered in up "
        "to {answer_tokens} tokens.",
    ).format(
        prompt=settings.n_prompt,
        generated=settings.n_gen,
        chunks=settings.max_chunks,
        size=settings.chunk_tokens,
        answers=len(settings.prompts),
        answer_tokens=settings.answer_tokens,
    )
