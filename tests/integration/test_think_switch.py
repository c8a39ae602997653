"""The Think switch reaches the chat template as ``enable_thinking`` in every backend that renders one: the prompt the
model reads differs (an empty, closed thinking section when off), through the engine process, on real tiny models."""

from __future__ import annotations

import json
import pathlib

import pytest

from tests.support.think_switch import THINK_SWITCH_TEMPLATE
from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.chat.thinking import model_template_thinking, split_thinking
from workbench.engine.chat_template import ChatTemplate
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone
from workbench.sampling import SamplingParams

HELLO: list[ChatMessage] = [{"role": "user", "content": "Hello, who are you?"}]
OPTIONS = LoadOptions(context_length=512, threads=1)
CLOSED = "<think>\n\n</think>\n\n"


def test_the_template_renders_the_switch_and_the_model_file_says_it_has_one(tmp_path: pathlib.Path) -> None:
    template = ChatTemplate(THINK_SWITCH_TEMPLATE, bos_token="", eos_token="")
    default, on, off = (template.render(HELLO, thinking=value) for value in (None, True, False))
    assert default == on and on.endswith("assistant\n<think>\n") and off.endswith("assistant\n" + CLOSED)
    model = write_tiny_llama_gguf(tmp_path / "m.gguf", chat_template=THINK_SWITCH_TEMPLATE)
    found = model_template_thinking(str(model))
    assert found.switchable and found.thinks_by_default and found.opens and found.opens_when == (False, True)
    assert not found.switched(False).opens and found.switched(True).opens and found.switched(None).opens
    # Off, a reply is all answer: nothing is taken for thinking.
    assert split_thinking("Hi there.", found.switched(False)).state == "none"
    assert split_thinking("Hi there.", found.switched(True)).state == "open"


def _gguf(tmp: pathlib.Path) -> pathlib.Path:
    return write_tiny_llama_gguf(tmp / "tiny-switch.gguf", chat_template=THINK_SWITCH_TEMPLATE)


def _onnx(tmp: pathlib.Path) -> pathlib.Path:
    pytest.importorskip("onnxruntime_genai")
    pytest.importorskip("onnx")
    from tests.support.tiny_onnx import write_tiny_onnx_model

    gguf = write_tiny_llama_gguf(tmp / "f32.gguf", dtype="f32")
    return write_tiny_onnx_model(tmp / "Tiny-ONNX", gguf, chat_template=THINK_SWITCH_TEMPLATE)


def _mlx(tmp: pathlib.Path) -> pathlib.Path:
    pytest.importorskip("mlx_lm")
    from tests.support.tiny_mlx import write_tiny_mlx_model

    folder = write_tiny_mlx_model(tmp / "Tiny-MLX")
    config_file = folder / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    config["chat_template"] = THINK_SWITCH_TEMPLATE
    config_file.write_text(json.dumps(config))
    return folder


@pytest.mark.parametrize("make", [_gguf, _onnx, _mlx], ids=["llama.cpp", "onnx", "mlx"])
def test_every_backend_gives_the_switch_to_the_template(make, tmp_path: pathlib.Path) -> None:  # type: ignore[no-untyped-def]
    model = make(tmp_path)
    assert model_template_thinking(str(model)).switchable  # read from the file or the folder, as the chat does
    with EngineClient() as engine:
        engine.load(str(model), OPTIONS)
        default, on, off = (engine.count_tokens(HELLO, thinking) for thinking in (None, True, False))
        assert off > on  # off: the closed, empty section is in the prompt
        # Not given, the template decides (mlx-lm gives it "on" only when the vocabulary has a thinking token):
        # the chat therefore always sends the switch where the template has one.
        assert default in (on, off)
        replies = {}
        for thinking in (True, False):
            events = list(engine.generate(HELLO, SamplingParams(temperature=0.0, seed=1, max_tokens=4), thinking))
            done = events[-1]
            assert isinstance(done, ReplyDone) and not done.notes  # the template was used, not a plain prompt
            replies[thinking] = done.stats.prompt_tokens
        assert replies[False] > replies[True]
