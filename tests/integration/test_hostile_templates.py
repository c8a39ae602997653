"""A model's chat template is a stranger's program: one that loops, fails or does not compile never hangs the
engine or refuses the model; the reply falls back to a plain prompt and says so in plain words."""

from __future__ import annotations

import pathlib
import threading
import time

import pytest

from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.sampling import SamplingParams

OPTIONS = LoadOptions(context_length=512, threads=1)
SHORT = SamplingParams(temperature=0.0, max_tokens=8, seed=1)
HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello"}]
LOOPING = "{% for a in range(99999) %}{% for b in range(99999) %}{% set x = a %}{% endfor %}{% endfor %}"
BROKEN = "{% for m in messages %}{{ m['content'] }"


def _model(tmp_path: pathlib.Path, template: str) -> pathlib.Path:
    return write_tiny_llama_gguf(tmp_path / "hostile-template.gguf", chat_template=template)


def _reply(client: EngineClient, params: SamplingParams = SHORT) -> ReplyDone:
    for event in client.generate(HELLO, params):
        if isinstance(event, ReplyDone):
            return event
    raise AssertionError("no ReplyDone")


def test_a_looping_template_falls_back_to_a_plain_prompt(tmp_path: pathlib.Path) -> None:
    with EngineClient() as client:
        client.load(str(_model(tmp_path, LOOPING)), OPTIONS)
        started = time.monotonic()
        done = _reply(client)
        assert time.monotonic() - started < 30
        assert done.stats.generated_tokens > 0
        [note] = done.notes
        assert note.startswith("This model's chat template was still running after")
        assert note.endswith("so messages are sent to it as plain text instead.")


def test_stop_ends_a_looping_template_at_once(tmp_path: pathlib.Path) -> None:
    with EngineClient() as client:
        client.load(str(_model(tmp_path, LOOPING)), OPTIONS)
        threading.Timer(0.3, client.cancel).start()
        started = time.monotonic()
        events = list(client.generate(HELLO, SamplingParams(max_tokens=10_000)))
        assert time.monotonic() - started < 1.9  # before the template's own deadline
        done = events[-1]
        assert isinstance(done, ReplyDone) and done.stats.stop_reason == "cancelled"
        assert not [e for e in events if isinstance(e, TokenEvent) and e.index > 2]


@pytest.mark.parametrize("template", [BROKEN, "{{ raise_exception('no system role') }}"])
def test_a_broken_template_never_refuses_the_model(tmp_path: pathlib.Path, template: str) -> None:
    with EngineClient() as client:
        loaded = client.load(str(_model(tmp_path, template)), OPTIONS)
        done = _reply(client)
        assert done.stats.generated_tokens > 0
        notes = loaded.notes + done.notes
        assert len(notes) == 1 and "plain text instead" in notes[0]
        assert "Error" not in notes[0] and "jinja" not in notes[0].lower()
