"""A model's chat template, rendered in the engine under a time limit, an output limit and Stop.

A chat template is a Jinja program written by whoever made the model file. Jinja's sandbox keeps it
from touching the computer, but not from running forever (``{% for i in range(99999) %}`` nested a few
times), from building a gigabyte string (``{{ "x" * 10**9 }}``) or from failing. Here:

- rendering stops after :data:`RENDER_SECONDS`, when its output passes :data:`MAX_OUTPUT_CHARS` (or a
  multiple of the conversation's own length), or when ``cancelled()`` says so — checked on every line
  the template executes, so a loop with no output stops too;
- repetition (``*``) and powers (``**``) are checked before they build anything large;
- a template that does not compile, is too long, or fails while rendering raises
  :class:`TemplateFailed` with one line a non-programmer reads; the backend then falls back to a plain
  prompt and says so.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from types import FrameType
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from workbench.engine.protocol import ChatMessage
from workbench.i18n import format_compact, format_integer, tr

RENDER_SECONDS = 2.0
"""A real chat template renders in milliseconds; one still running after this is looping."""
MAX_TEMPLATE_CHARS = 256_000
"""Longer than any real chat template (the longest tool-calling ones are a few tens of kilobytes)."""
MAX_OUTPUT_CHARS = 2_000_000
"""The rendered prompt may be at most this long, or 8× the conversation plus 64 KB if that is more."""
MAX_REPEAT = 1_000_000
"""The largest string or list a template may make with ``*``, and the largest power it may compute."""


class TemplateFailed(Exception):
    """The template could not be used; ``notice`` (also ``str(err)``) is the whole sentence shown to the person:
    why, and that messages are sent as plain text instead."""

    def __init__(self, notice: str) -> None:
        super().__init__(notice)
        self.notice = notice


class _Stopped(BaseException):
    """Raised inside the template to unwind it; a BaseException so the template cannot catch it. ``notice`` is
    the sentence :class:`TemplateFailed` carries."""

    def __init__(self, notice: str) -> None:
        super().__init__(notice)
        self.notice = notice


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` checked before they run."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int) and len(seq) * count > MAX_REPEAT:
                    raise _Stopped(tr(
                        "Chat template",
                        "This model's chat template builds a piece of text far larger than any prompt, so messages "
                        "are sent to it as plain text instead.",
                    ))
        if operator == "**" and isinstance(right, int) and abs(right) > 64 and not isinstance(left, float):
            raise _Stopped(tr(
                "Chat template",
                "This model's chat template computes a number far larger than any prompt needs, so messages are "
                "sent to it as plain text instead.",
            ))
        return super().call_binop(context, operator, left, right)


class _IgnoreGenerationTags(jinja2.ext.Extension):
    """Hugging Face's ``{% generation %}`` tag, which only marks text for training: rendered as-is."""

    tags = {"generation"}

    def parse(self, parser: Any) -> Any:
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


def _tojson(x: Any, ensure_ascii: bool = False, indent: int | None = None,
            separators: tuple[str, str] | None = None, sort_keys: bool = False) -> str:
    """Transformers' ``tojson`` (non-ASCII kept as is), which chat templates expect."""
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _raise_exception(message: str) -> None:
    raise _Stopped(tr(
        "Chat template",
        "This model's chat template refused the conversation ({said}), so messages are sent to it as plain text "
        "instead.",
    ).format(said=str(message)[:200]))


class ChatTemplate:
    """A compiled chat template with the model's beginning- and end-of-text tokens."""

    def __init__(self, source: str, *, bos_token: str, eos_token: str) -> None:
        """Compile ``source``; raises :class:`TemplateFailed` when it is too long or not valid Jinja."""
        if len(source) > MAX_TEMPLATE_CHARS:
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template is {count} characters long, far longer than any real one, so messages "
                "are sent to it as plain text instead.",
            ).format(count=format_integer(len(source))))
        environment = _Environment(
            loader=jinja2.BaseLoader(),
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[_IgnoreGenerationTags, jinja2.ext.loopcontrols],
        )
        environment.filters["tojson"] = _tojson
        try:
            self._template = environment.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template has a mistake on its line {line}, so messages are sent to it as plain "
                "text instead.",
            ).format(line=exc.lineno)) from exc
        except (jinja2.TemplateError, RecursionError, MemoryError, ValueError) as exc:
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template cannot be read, so messages are sent to it as plain text instead.",
            )) from exc
        self.bos_token = bos_token
        self.eos_token = eos_token

    def render(self, messages: Iterable[ChatMessage], *, add_generation_prompt: bool = True,
               cancelled: Callable[[], bool] | None = None, seconds: float = RENDER_SECONDS,
               thinking: bool | None = None) -> str:
        """The conversation as the model's prompt. Raises :class:`TemplateFailed`, or
        :class:`TemplateCancelled` when ``cancelled()`` turned true while it ran.

        ``thinking`` True or False is given to the template as ``enable_thinking`` (the switch Qwen3's templates
        and their kin read: False closes the thinking section before the reply begins); None leaves it undefined,
        so the template does what it does by default."""
        switches: dict[str, Any] = {} if thinking is None else {"enable_thinking": thinking}
        turns: list[dict[str, Any]] = [dict(m) for m in messages]
        conversation_chars = sum(len(str(m.get("content", ""))) for m in turns)
        limit = max(MAX_OUTPUT_CHARS, 8 * conversation_chars + 65_536)
        guard = _Guard(seconds, cancelled)
        pieces: list[str] = []
        size = 0
        previous = sys.gettrace()
        sys.settrace(guard.trace)
        try:
            for piece in self._template.generate(
                messages=turns,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                add_generation_prompt=add_generation_prompt,
                raise_exception=_raise_exception,
                strftime_now=lambda f: datetime.now().strftime(str(f)),
                tools=None,
                functions=None,
                **switches,
            ):
                size += len(piece)
                if size > limit:
                    raise _Stopped(tr(
                        "Chat template",
                        "This model's chat template writes a prompt far longer than the conversation, so messages "
                        "are sent to it as plain text instead.",
                    ))
                pieces.append(piece)
        except _Stopped as stop:
            if stop.notice == _CANCELLED:
                raise TemplateCancelled() from None
            raise TemplateFailed(stop.notice) from None
        except RecursionError:
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template calls itself without end, so messages are sent to it as plain text "
                "instead.",
            )) from None
        except MemoryError:
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template needs more memory than this computer has, so messages are sent to it "
                "as plain text instead.",
            )) from None
        except jinja2.exceptions.SecurityError:
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template tried to do something a chat template is not allowed to, so messages "
                "are sent to it as plain text instead.",
            )) from None
        except Exception:  # noqa: BLE001 - whatever else a stranger's program can raise: a mistake in the template
            raise TemplateFailed(tr(
                "Chat template",
                "This model's chat template failed while preparing the conversation, so messages are sent to it as "
                "plain text instead.",
            )) from None
        finally:
            sys.settrace(previous)
        return "".join(pieces)


class TemplateCancelled(Exception):
    """Stop was pressed while the template rendered."""


_CANCELLED = "\0cancelled"


class _Guard:
    """A trace function that ends the template at its deadline or on Stop: it runs on every line the
    compiled template executes (Jinja compiles a template to Python code named ``<template>``)."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool] | None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.cancelled = cancelled
        self.lines = 0

    def trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if event == "call":
            self.check()
            return self.trace if frame.f_code.co_filename == "<template>" else None
        if event == "line":
            self.lines += 1
            if self.lines % 64 == 0:
                self.check()
        return self.trace

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise _Stopped(tr(
                "Chat template",
                "This model's chat template was still running after {seconds} seconds, so messages are sent to it "
                "as plain text instead.",
            ).format(seconds=format_compact(self.seconds)))
        if self.cancelled is not None and self.cancelled():
            raise _Stopped(_CANCELLED)
