"""Thinking sections in the chat: folded while they stream, timed, split from the answer in the stats, kept out of
the history, and a section cut off at the token limit shown as such — on a real tiny model whose template opens one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from tests.support.tiny_gguf import CHATML_TEMPLATE, write_tiny_llama_gguf
from workbench.chat.thinking import ThoughtTally
from workbench.engine.protocol import ReplyStats

TIMEOUT = 60_000
THINKING_TEMPLATE = CHATML_TEMPLATE.replace(
    "{{ '<|im_start|>assistant\\n' }}", "{{ '<|im_start|>assistant\\n<think>\\n' }}"
)
"""ChatML whose generation prompt opens a thinking section, as the DeepSeek-R1 distills' templates do."""
SAMPLES = json.loads(
    (Path(__file__).parents[1] / "unit" / "data" / "thinking" / "replies.json").read_text(encoding="utf-8")
)


def test_a_real_model_thinks_in_a_fold_until_the_token_limit_cuts_it_off(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    model = write_tiny_llama_gguf(tmp_path / "tiny-thinker.gguf", chat_template=THINKING_TEMPLATE)
    window = make_window(max_tokens=40, temperature=0.0)
    chat = window.chat
    with (
        qtbot.waitSignal(chat.template_thinking_read, timeout=TIMEOUT) as read,
        qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT),
    ):
        chat.open_model(model)
    assert read.args[0].opens and chat.reply.template is not None and chat.reply.template.opens

    summaries: list[str] = []
    folded_renders: list[int] = []

    def look(*_args: object) -> None:
        reply = chat.messages.widgets()[-1]
        summaries.append(reply.thinking.summary)
        folded_renders.append(reply.thinking.body.renders)

    chat.tokens_received.connect(look)
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.send("What is 2 + 2?")
    stats: ReplyStats = finished.args[0]
    assert stats.stop_reason == "length"
    reply = chat.messages.widgets()[-1]
    # While it streamed: a folded "Thinking…" line, the section not rendered at all.
    assert summaries and all(s == "Thinking…" for s in summaries)
    assert folded_renders and max(folded_renders) == 0
    # Ended at the token limit while thinking: shown as thinking, marked cut off, nothing lost.
    assert reply.thinking.isVisibleTo(window) and not reply.body.isVisibleTo(window)
    assert reply.thinking.summary.startswith("Thinking cut off after")
    assert f"({stats.generated_tokens} tokens)" in reply.thinking.summary
    assert f"{stats.generated_tokens} thinking + 0 answer tokens" in reply.stats_label.text()
    stored = window._store.message(reply.message_id)
    assert stored.thinking == ThoughtTally(stats.generated_tokens, stored.thinking.seconds, opened=True, cut_off=True)
    assert stored.content == reply.text and reply.thinking.text == reply.text.strip()

    reply.thinking.toggle.click()  # unfold: now it is rendered
    assert reply.thinking.body.isVisibleTo(window) and reply.thinking.body.renders > 0
    assert reply.thinking.body.toPlainText().split() == reply.text.split()

    # Reopened later, the saved reply is split the same way.
    chat.set_conversation(None)
    chat.set_conversation(stored.conversation_id)
    again = chat.messages.widgets()[-1]
    assert again.thinking.summary == reply.thinking.summary and not again.body.isVisibleTo(window)


def test_a_saved_thinking_reply_is_folded_timed_and_kept_out_of_the_history(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    store, chat = window._store, window.chat
    sample = SAMPLES["qwen3"]
    cid = store.create().id
    store.add_message(cid, "user", "What is 17 times 3?")
    reply = store.add_message(cid, "assistant", sample["reply"], model="Qwen3-1.7B",
                              stats=ReplyStats(prompt_tokens=14, prompt_seconds=0.2, generated_tokens=52,
                                               generation_seconds=1.7, time_to_first_token=0.2, stop_reason="eos"))
    store.set_thinking(reply.id, ThoughtTally(41, 1.3))
    window.conversations.refresh(select=cid)
    widget = chat.messages.widget_for(reply.id)
    assert widget is not None
    assert widget.thinking.summary == "Thought for 1.3 s (41 tokens)"
    assert "41 thinking + 11 answer tokens" in widget.stats_label.text()
    assert widget.body.toPlainText() == "17 × 3 = 51."
    assert not widget.thinking.body.isVisibleTo(window)
    widget.copy_button.click()
    assert QGuiApplication.clipboard().text() == sample["answer"]

    history = [m.to_chat() for m in store.messages(cid)]
    assert history[-1]["content"] == sample["answer"]  # the thinking is not sent back
    widget.thinking.toggle.click()
    assert widget.thinking.body.toPlainText().startswith("Okay, the user is asking")
