"""A ChatML chat template with Qwen3's Think switch: ``enable_thinking`` false closes an empty thinking section before
the reply; otherwise (the default) the prompt opens one, so even a random-weight model's reply is its thinking."""

from __future__ import annotations

from tests.support.tiny_gguf import CHATML_TEMPLATE

THINK_SWITCH_TEMPLATE = CHATML_TEMPLATE.replace(
    "{{ '<|im_start|>assistant\\n' }}",
    "{{ '<|im_start|>assistant\\n' }}"
    "{% if enable_thinking is defined and enable_thinking is false %}{{ '<think>\\n\\n</think>\\n\\n' }}"
    "{% else %}{{ '<think>\\n' }}{% endif %}",
)
