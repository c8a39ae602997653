"""Thinking sections told apart from answers, on saved replies of the reasoning models people try."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.chat.thinking import TemplateThinking, answer_only, split_thinking, template_thinking

SAMPLES = json.loads((Path(__file__).parent / "data" / "thinking" / "replies.json").read_text(encoding="utf-8"))
OPENED = TemplateThinking(opens=True)

QWEN3_TEMPLATE_TAIL = (
    "{%- if add_generation_prompt %}\n    {{- '<|im_start|>assistant\\n' }}\n"
    "    {%- if enable_thinking is defined and enable_thinking is false %}\n"
    "        {{- '<think>\\n\\n</think>\\n\\n' }}\n    {%- endif %}\n{%- endif %}"
)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_saved_replies_split_into_thinking_and_answer(name: str) -> None:
    sample = SAMPLES[name]
    split = split_thinking(sample["reply"], OPENED if sample["template_opens"] else None)
    assert (split.thinking, split.answer, split.state) == (sample["thinking"], sample["answer"], sample["state"])
    if split.state == "closed":
        assert sample["reply"][split.answer_start:].strip() == sample["answer"]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_prefix_of_a_streaming_reply_splits_without_flashing_a_marker(name: str) -> None:
    sample = SAMPLES[name]
    template = OPENED if sample["template_opens"] else None
    final = split_thinking(sample["reply"], template)
    for length in range(len(sample["reply"]) + 1):
        split = split_thinking(sample["reply"][:length], template, streaming=True)
        for marker in ("<think", "</think", "[THINK", "[/THINK", "</"):
            if marker not in final.thinking:
                assert marker not in split.thinking, (length, split)
        if final.state == "none":
            assert final.answer.startswith(split.answer)
        else:
            assert final.thinking.startswith(split.thinking) or split.state == "closed", (length, split)


def test_what_goes_back_into_the_history() -> None:
    assert answer_only(SAMPLES["qwen3"]["reply"]) == "17 × 3 = **51**."
    assert answer_only(SAMPLES["deepseek_r1_distill"]["reply"], OPENED).startswith("The derivative")
    cut = SAMPLES["cut_off"]["reply"]
    assert answer_only(cut) == cut  # nothing to drop it for: kept as it was
    assert answer_only("Plain answer.") == "Plain answer."


def test_the_template_tells_whether_the_reply_starts_inside_thinking() -> None:
    deepseek = template_thinking("{{'<｜Assistant｜><think>\\n'}}", "<｜User｜>Hi<｜Assistant｜><think>\n")
    assert deepseek.opens and deepseek.markers == ("<think>", "</think>") and not deepseek.switchable
    qwen_on = template_thinking(QWEN3_TEMPLATE_TAIL, "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n")
    assert not qwen_on.opens and qwen_on.switchable
    qwen_off = template_thinking(
        QWEN3_TEMPLATE_TAIL, "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n"
    )
    assert not qwen_off.opens  # an empty, closed section in the prompt: the reply is all answer
    chatml = template_thinking("{{ '<|im_start|>assistant\\n' }}", "<|im_start|>assistant\n")
    assert chatml == TemplateThinking()
