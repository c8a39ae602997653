"""How full a conversation makes the model's context, and what to leave out when it no longer fits.

The engine counts a reply's prompt exactly (its stats); what has been added since, and the message being typed,
is estimated from its length, at the characters per token the engine's last count showed for this model (a
cautious 3.5 before any; the meter says "about" then).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from workbench.engine.protocol import ChatMessage
from workbench.i18n import QT_TRANSLATE_NOOP, format_integer, tr

CHARS_PER_TOKEN = 3.5
"""A cautious average for English text and code with the tokenizers of today's small models (3.5–4.5)."""
TEMPLATE_TOKENS_PER_MESSAGE = 6
"""What a chat template adds around each message (role markers, separators)."""
WARN_SHARE = 0.8
"""From this share of the context on, the meter warns."""
SAFETY_SHARE = 0.9
"""A history is fitted into this share of the context: the estimate may be a little short."""

WhenFull = Literal["drop-oldest", "stop"]
WHEN_FULL_CHOICES: tuple[tuple[WhenFull, str], ...] = (
    ("drop-oldest", QT_TRANSLATE_NOOP("Chat", "leave out the oldest messages")),
    ("stop", QT_TRANSLATE_NOOP("Chat", "stop and say so")),
)
"""In English; shown as ``tr("Chat", label)``."""


def estimate_tokens(text: str, chars_per_token: float = CHARS_PER_TOKEN) -> int:
    """About how many tokens ``text`` is."""
    return math.ceil(len(text) / max(0.5, chars_per_token)) if text else 0


def message_tokens(message: ChatMessage, chars_per_token: float = CHARS_PER_TOKEN) -> int:
    return estimate_tokens(message["content"], chars_per_token) + TEMPLATE_TOKENS_PER_MESSAGE


def measured_chars_per_token(prompt: Sequence[ChatMessage], prompt_tokens: int) -> float | None:
    """The characters per token of a prompt the engine counted (template markers aside), or None if too short to
    tell."""
    chars = sum(len(m["content"]) for m in prompt)
    text_tokens = prompt_tokens - TEMPLATE_TOKENS_PER_MESSAGE * len(prompt)
    if chars < 40 or text_tokens < 10:
        return None
    return max(0.5, chars / text_tokens)


@dataclass(frozen=True)
class ContextUse:
    """Tokens of the context in use (``estimated`` when part of it is an estimate) out of ``limit``."""

    used: int
    limit: int
    estimated: bool = False

    @property
    def share(self) -> float:
        return self.used / self.limit if self.limit > 0 else 0.0

    @property
    def near_limit(self) -> bool:
        return self.share >= WARN_SHARE

    @property
    def full(self) -> bool:
        return self.used >= self.limit

    def describe(self) -> str:
        """``1,234 of 4,096 tokens`` (``about 1,234 …`` when estimated), with a warning near the limit."""
        used, limit = format_integer(self.used), format_integer(self.limit)
        if self.estimated:
            text = tr("Chat", "about {used} of {limit} tokens").format(used=used, limit=limit)
        else:
            text = tr("Chat", "{used} of {limit} tokens").format(used=used, limit=limit)
        if self.full:
            return tr("Chat", "{usage}: the context is full").format(usage=text)
        if self.near_limit:
            return tr("Chat", "{usage}: nearly full").format(usage=text)
        return text


@dataclass(frozen=True)
class FittedHistory:
    """The history to send, how many earlier messages were left out of it, and whether it fits at all."""

    messages: list[ChatMessage]
    left_out: int
    fits: bool


def fit_history(
    messages: Sequence[ChatMessage],
    limit: int,
    reply_tokens: int,
    when_full: WhenFull,
    chars_per_token: float = CHARS_PER_TOKEN,
) -> FittedHistory:
    """The messages to send so the prompt and a reply of ``reply_tokens`` fit in ``limit`` tokens.

    ``drop-oldest`` leaves out the oldest messages after the system prompt (never the last one, the person's new
    message); ``stop`` sends nothing when it does not fit. Estimated: the engine still refuses a prompt that is
    really too long, with its own message.
    """
    room = max(1, int(limit * SAFETY_SHARE) - min(reply_tokens, limit // 2))
    history = list(messages)
    total = sum(message_tokens(m, chars_per_token) for m in history)
    if total <= room:
        return FittedHistory(history, 0, True)
    if when_full == "stop":
        return FittedHistory(history, 0, False)
    system = [m for m in history[:1] if m["role"] == "system"]
    rest = history[len(system):]
    left_out = 0
    while len(rest) > 1 and total > room:
        total -= message_tokens(rest.pop(0), chars_per_token)
        left_out += 1
    while rest and rest[0]["role"] == "assistant" and len(rest) > 1:  # a history starts with the person's turn
        total -= message_tokens(rest.pop(0), chars_per_token)
        left_out += 1
    return FittedHistory(system + rest, left_out, total <= room)
