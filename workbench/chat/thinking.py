"""A reply's thinking section: what reasoning models write before their answer, told apart from the answer.

Reasoning models (Qwen3, the DeepSeek-R1 distills, Phi-4-mini-reasoning, QwQ, Magistral) write their reasoning
first, between markers: ``<think>`` … ``</think>`` for most, ``[THINK]`` … ``[/THINK]`` or
``<|begin_of_thought|>`` … ``<|end_of_thought|>`` for some. Many chat templates open the section themselves, at
the end of the prompt (the DeepSeek-R1 distills, Qwen3's thinking editions): the reply then starts inside it and
only its end marker appears. :func:`template_thinking` reads that from the template's prompt;
:func:`split_thinking` splits a reply (whole or still streaming) into the two parts.

Pure functions, no Qt: the chat window shows the parts, the tests check them on saved replies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

MARKERS: tuple[tuple[str, str], ...] = (
    ("<think>", "</think>"),
    ("<thinking>", "</thinking>"),
    ("[THINK]", "[/THINK]"),
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
)
"""Opening and closing markers of a thinking section, as the common templates write them."""

ThinkingState = Literal["none", "open", "closed"]


@dataclass(frozen=True)
class ThinkingSplit:
    """A reply split into its thinking section and its answer.

    ``state``: "none" (no thinking section), "open" (thinking still being written — or cut off, when the reply
    has ended), "closed" (the section ended; the answer follows). ``answer_start`` is where the answer begins in
    the reply's text (0 when there is no thinking section; the text's length while thinking is open).
    """

    thinking: str
    answer: str
    state: ThinkingState
    answer_start: int

    @property
    def has_thinking(self) -> bool:
        return self.state != "none"


@dataclass(frozen=True)
class TemplateThinking:
    """What a chat template does about thinking.

    ``opens``: the prompt ends inside an opened thinking section (the reply starts in it), with these markers.
    ``switchable``: the template reads an ``enable_thinking`` switch (Qwen3 and its kin). Where the switch was tried
    (:func:`model_template_thinking`): ``thinks_by_default``, whether the template lets the model think when the
    switch is not given, and ``opens_when`` — whether the prompt opens the section with the switch off, and on.
    """

    opens: bool = False
    markers: tuple[str, str] = MARKERS[0]
    switchable: bool = False
    thinks_by_default: bool = True
    opens_when: tuple[bool, bool] | None = None

    def switched(self, thinking: bool | None) -> TemplateThinking:
        """What the template does with its switch set so (None: not given). Switched off, no thinking section is
        expected: a reply is all answer unless it writes the markers itself."""
        if thinking is None or not self.switchable:
            return self
        opens = self.opens_when[int(thinking)] if self.opens_when is not None else (self.opens and thinking)
        return replace(self, opens=opens)


def template_thinking(template_source: str, prompt: str) -> TemplateThinking:
    """What the template does about thinking, given its source and the prompt it wrote for a conversation (with
    the generation prompt added): whether that prompt leaves a thinking section open."""
    switchable = "enable_thinking" in template_source
    tail = prompt.rstrip()
    for opening, closing in MARKERS:
        last_open, last_close = tail.rfind(opening), tail.rfind(closing)
        if last_open >= 0 and last_open > last_close and not tail[last_open + len(opening):].strip():
            return TemplateThinking(True, (opening, closing), switchable)
    return TemplateThinking(False, MARKERS[0], switchable)


def _partial_suffix(text: str, marker: str) -> int:
    """How many characters at the end of ``text`` begin ``marker`` (a marker still arriving), 0 if none."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


def split_thinking(
    text: str, opened_by_template: TemplateThinking | None = None, streaming: bool = False
) -> ThinkingSplit:
    """Split a reply into thinking and answer.

    A thinking section is recognised only at the start of the reply (after blank space), where the models put
    it; markers later in an answer are the answer's own text. With ``opened_by_template`` whose ``opens`` is
    true, the reply starts inside the section (a repeated opening marker is dropped). While ``streaming``, a
    marker that has only partly arrived is held back, so it never flashes as text.
    """
    opened = opened_by_template is not None and opened_by_template.opens
    if opened:
        assert opened_by_template is not None
        opening, closing = opened_by_template.markers
        body_start = len(text) - len(text.lstrip())
        if text.startswith(opening, body_start):
            body_start += len(opening)
        elif streaming and text[body_start:] and opening.startswith(text[body_start:]):
            body_start = len(text)  # the repeated opening marker is still arriving
    else:
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        pair = next(((o, c) for o, c in MARKERS if stripped.startswith(o)), None)
        if pair is None:
            if streaming and stripped and any(o.startswith(stripped) for o, _ in MARKERS):
                return ThinkingSplit("", "", "none", len(text))  # "<thi…": wait for the rest of the marker
            return ThinkingSplit("", text, "none", 0)
        opening, closing = pair
        body_start = lead + len(opening)
    end = text.find(closing, body_start)
    if end < 0:
        body = text[body_start:]
        if streaming:
            body = body[: len(body) - _partial_suffix(body, closing)]
        return ThinkingSplit(body.strip(), "", "open", len(text))
    answer_start = end + len(closing)
    return ThinkingSplit(text[body_start:end].strip(), text[answer_start:].lstrip(), "closed", answer_start)


def answer_only(text: str, template: TemplateThinking | None = None) -> str:
    """What of a finished reply goes back into the conversation's history: its answer, without the thinking
    section (templates of reasoning models drop earlier thinking themselves, and it would fill the context).
    A reply cut off while thinking has no answer: its text goes back as it was (nothing is lost)."""
    split = split_thinking(text, template)
    if split.state == "closed":
        return split.answer
    return text


@dataclass(frozen=True)
class ThoughtTally:
    """How long a reply thought and how many of its tokens were thinking; ``opened`` when the template opened the
    section (the saved reply then starts inside it), ``cut_off`` when the reply ended before the section did."""

    tokens: int
    seconds: float
    opened: bool = False
    cut_off: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"tokens": self.tokens, "seconds": self.seconds, "opened": self.opened, "cut_off": self.cut_off}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ThoughtTally:
        """From a saved dict; missing or odd values read as nothing."""

        def number(key: str) -> float:
            value = data.get(key, 0)
            return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0

        return cls(int(number("tokens")), number("seconds"), data.get("opened") is True, data.get("cut_off") is True)

    @property
    def template(self) -> TemplateThinking | None:
        """How to split the saved reply again."""
        return TemplateThinking(opens=True) if self.opened else None

    def describe(self) -> str:
        """``Thought for 12 s (340 tokens)``, or that it was cut off."""
        seconds = f"{self.seconds:.0f} s" if self.seconds >= 10 else f"{self.seconds:.1f} s"
        tokens = f"{self.tokens:,} token{'s' if self.tokens != 1 else ''}"
        if self.cut_off:
            return f"Thinking cut off after {seconds} ({tokens}): the reply ended before its answer"
        return f"Thought for {seconds} ({tokens})"


def model_template_thinking(path: str) -> TemplateThinking:
    """What the chat template of the model at ``path`` (a GGUF file, or an MLX or ONNX folder with its tokenizer's
    files) does about thinking (rendered for a one-line conversation under the engine's limits). A model without a
    template, or with one that cannot be rendered, has none."""
    from pathlib import Path

    from workbench.engine.chat_template import ChatTemplate, TemplateCancelled, TemplateFailed
    from workbench.engine.onnx_backend import chat_template_source
    from workbench.engine.protocol import ChatMessage
    from workbench.gguf_header import GgufHeaderError, read_gguf_header

    source: object
    try:
        if Path(path).is_dir():
            source = chat_template_source(Path(path))
        else:
            source = read_gguf_header(path).metadata.get("tokenizer.chat_template")
    except (OSError, GgufHeaderError):
        return TemplateThinking()
    if not isinstance(source, str) or not source:
        return TemplateThinking()
    conversation = [ChatMessage(role="user", content="Hi")]
    try:
        template = ChatTemplate(source, bos_token="", eos_token="")
        prompt = template.render(conversation)
    except (TemplateFailed, TemplateCancelled):
        return TemplateThinking(switchable="enable_thinking" in source)
    found = template_thinking(source, prompt)
    if not found.switchable:
        return found
    try:
        off, on = (template.render(conversation, thinking=value) for value in (False, True))
    except (TemplateFailed, TemplateCancelled):
        return replace(found, switchable=False)
    if off == on:  # the name is there, but the switch changes nothing the model reads
        return replace(found, switchable=False)
    return replace(
        found,
        thinks_by_default=prompt != off,
        opens_when=(template_thinking(source, off).opens, template_thinking(source, on).opens),
    )
