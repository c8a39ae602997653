"""Chat templates are strangers' programs: they render under a time limit, an output limit and Stop,
and a failing one falls back with a plain-words notice."""

from __future__ import annotations

import threading
import time

import pytest

from workbench.engine.chat_template import ChatTemplate, TemplateCancelled, TemplateFailed

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
MESSAGES = [{"role": "user", "content": "Hello"}]


def make(source: str) -> ChatTemplate:
    return ChatTemplate(source, bos_token="<s>", eos_token="</s>")


def test_a_real_template_renders_as_transformers_would() -> None:
    prompt = make(CHATML).render(MESSAGES)
    assert prompt == "<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n"


def test_tojson_keeps_non_ascii_and_generation_tags_pass_through() -> None:
    source = "{{ messages[0]['content'] | tojson }}{% generation %}ok{% endgeneration %}"
    assert make(source).render([{"role": "user", "content": "blåbær"}]) == '"blåbær"ok'


def test_nested_loops_with_no_output_stop_at_the_deadline() -> None:
    looping = "{% for a in range(99999) %}{% for b in range(99999) %}{% set x = a %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    with pytest.raises(TemplateFailed) as caught:
        make(looping).render(MESSAGES, seconds=0.3)
    assert time.monotonic() - started < 2.0
    assert "still running" in caught.value.notice
    assert "plain text" in caught.value.notice


def test_stop_ends_a_looping_template() -> None:
    looping = "{% for a in range(99999) %}{% for b in range(99999) %}{{ '' }}{% endfor %}{% endfor %}"
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    with pytest.raises(TemplateCancelled):
        make(looping).render(MESSAGES, cancelled=stop.is_set, seconds=30)
    assert time.monotonic() - started < 5.0


@pytest.mark.parametrize(
    "source, words",
    [
        ("{{ 'x' * 1000000000 }}", "far larger"),
        ("{{ 10 ** 100000000 }}", "far larger"),
        ("{% for a in range(999) %}{{ 'y' * 50000 }}{% endfor %}", "far longer than the conversation"),
        ("{{ raise_exception('Only user and assistant roles are supported!') }}", "refused the conversation"),
        ("{{ messages[0].content.__class__.__mro__ }}", "not allowed"),
        ("{{ 1 / 0 }}", "failed while preparing"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself"),
    ],
)
def test_hostile_or_broken_templates_fail_in_words(source: str, words: str) -> None:
    with pytest.raises(TemplateFailed) as caught:
        make(source).render(MESSAGES)
    assert words in caught.value.notice
    assert "Error" not in caught.value.notice  # no exception type names reach a person


def test_a_syntax_error_is_reported_with_its_line() -> None:
    with pytest.raises(TemplateFailed) as caught:
        make("{% for m in messages %}\n{{ m['content'] }\n{% endfor %}")
    assert caught.value.notice.startswith("This model's chat template has a mistake on its line 2")


def test_an_absurdly_long_template_is_refused_before_compiling() -> None:
    with pytest.raises(TemplateFailed, match="far longer than any real one"):
        make("{{ bos_token }}" * 100_000)


def test_the_trace_function_is_restored() -> None:
    import sys

    before = sys.gettrace()
    make(CHATML).render(MESSAGES)
    assert sys.gettrace() is before
