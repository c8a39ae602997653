"""The Think switch, end to end on a real tiny model whose chat template reads ``enable_thinking``: offered only for
such a template, kept per conversation, and switched off the model reads another prompt and no thinking section is
expected or shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.think_switch import THINK_SWITCH_TEMPLATE
from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.engine.protocol import ReplyStats

TIMEOUT = 60_000


def test_think_switch_changes_the_prompt_and_the_reply_and_is_kept_per_conversation(
    make_window: Any, qtbot: Any, tmp_path: Path, tiny_gguf: Path
) -> None:
    model = write_tiny_llama_gguf(tmp_path / "tiny-switch.gguf", chat_template=THINK_SWITCH_TEMPLATE)
    window = make_window(max_tokens=12, temperature=0.0)
    chat, store = window.chat, window._store
    box = chat.composer.think_box
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)  # plain ChatML: no switch to offer
    qtbot.waitUntil(lambda: chat.reply.template is not None, timeout=TIMEOUT)
    assert not box.isVisibleTo(window)

    with (
        qtbot.waitSignal(chat.template_thinking_read, timeout=TIMEOUT),
        qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT),
    ):
        chat.open_model(model)
    assert box.isVisibleTo(window) and box.isChecked()  # this template thinks unless told not to
    assert "think" in box.toolTip() and "conversation" in box.toolTip()

    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.send("What is 2 + 2?")
    thinking: ReplyStats = finished.args[0]
    reply = chat.messages.widgets()[-1]
    assert reply.thinking.isVisibleTo(window)  # the prompt opened a thinking section: the reply is in it
    cid = chat.conversation_id
    assert store.message(reply.message_id).thinking is not None

    box.click()  # off, for this conversation
    assert store.think(cid) is False
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.regenerate()  # the same conversation, asked again
    answering: ReplyStats = finished.args[0]
    reply = chat.messages.widgets()[-1]
    # Another prompt (its thinking section closed and empty) ...
    assert answering.prompt_tokens > thinking.prompt_tokens
    # ... and the reply is all answer: no fold, no thinking tokens, nothing saved as thinking.
    assert not reply.thinking.isVisibleTo(window) and reply.body.isVisibleTo(window)
    assert "thinking" not in reply.stats_label.text()
    stored = store.message(reply.message_id)
    assert stored.thinking is None and reply.split.state == "none"
    assert reply.variant_label.text() == "2/2"

    # A new conversation starts as the template does; the first one keeps its choice when opened again.
    chat.set_conversation(None)
    assert box.isChecked()
    chat.set_conversation(cid)
    assert not box.isChecked()
    assert not chat.messages.widgets()[-1].thinking.isVisibleTo(window)
