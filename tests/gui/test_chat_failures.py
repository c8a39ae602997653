"""What the window does when things go wrong: bad files, no model, the engine dying mid-reply."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.chat.panel import NO_MODEL_HINT
from workbench.engine.client import STOP_DEADLINE_SECONDS

TIMEOUT = 60_000


def _load(window: Any, qtbot: Any, path: Path) -> None:
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        window.chat.open_model(path)


def test_send_without_a_model_explains_and_keeps_the_message(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    chat = window.chat
    qtbot.keyClicks(chat.composer.editor, "Hello?")
    qtbot.mouseClick(chat.composer.send_button, Qt.MouseButton.LeftButton)
    assert chat.banner.isVisible()
    assert chat.banner.text == NO_MODEL_HINT
    assert chat.composer.text == "Hello?"
    assert window._store.conversations() == [] or all(
        not window._store.messages(c.id) for c in window._store.conversations()
    )


@pytest.mark.parametrize("kind", ["text file", "folder", "truncated"])
def test_unusable_file_shows_the_reason_and_the_window_survives(
    make_window: Any, qtbot: Any, tmp_path: Path, tiny_gguf: Path, kind: str
) -> None:
    window = make_window()
    chat = window.chat
    conversation = window.conversations.new_conversation()
    window._store.add_message(conversation, "user", "keep me")
    if kind == "text file":
        bad = tmp_path / "notes.gguf"
        bad.write_text("just some notes\n" * 100)
        expected = "is not a GGUF model file"
    elif kind == "folder":
        bad = tmp_path / "a-folder"
        bad.mkdir()
        expected = "is a folder"
    else:
        bad = tmp_path / "half.gguf"
        bad.write_bytes(tiny_gguf.read_bytes()[: tiny_gguf.stat().st_size // 2])
        expected = "incomplete"
    with qtbot.waitSignal(window.session.load_failed, timeout=TIMEOUT) as failed:
        chat.open_model(bad)
    assert expected in failed.args[0]
    assert chat.banner.isVisible() and chat.banner.kind == "error"
    assert expected in chat.banner.text
    assert window.isVisible()
    assert window.status.model_label.text() == "No model loaded"
    assert not window.session.is_busy
    assert [m.content for m in window._store.messages(conversation)] == ["keep me"]


def test_engine_killed_mid_reply_keeps_the_partial_reply_and_reloads(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    window = make_window(max_tokens=4000, context_length=4096)
    chat = window.chat
    _load(window, qtbot, tiny_gguf)
    chat.composer.set_text("Tell me everything.")
    with qtbot.waitSignal(chat.tokens_received, timeout=TIMEOUT):
        chat.composer.send_button.click()
    with qtbot.waitSignal(chat.reply_failed, timeout=TIMEOUT) as failed:
        window.session.engine.kill()
    assert "engine stopped" in failed.args[0]

    assert chat.banner.isVisible() and chat.banner.kind == "error"
    assert chat.banner.action_button.isVisible() and chat.banner.action_button.text() == "Reload model"
    reply = chat.messages.widgets()[-1]
    assert reply.state == "interrupted" and "interrupted" in reply.state_label.text()
    stored = window._store.messages(chat.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[1].state == "interrupted"
    assert stored[1].content and stored[1].content == reply.text
    assert window.status.model_label.text() == "No model loaded"
    assert not chat.composer.stop_button.isEnabled()

    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(chat.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.session.is_loaded
    window.parameters.fields["max_tokens"].setValue(8)
    chat.composer.set_text("Again, shorter.")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.composer.send_button.click()
    assert finished.args[0].generated_tokens == 8
    assert [m.state for m in window._store.messages(chat.conversation_id)] == [
        "complete",
        "interrupted",
        "complete",
        "complete",
    ]


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP to make an engine hang")
def test_a_hung_engine_is_ended_by_stop_and_closing_never_blocks(make_window: Any, qtbot: Any, tiny_gguf: Path) -> None:
    window = make_window(max_tokens=100_000, context_length=4096)
    chat = window.chat
    _load(window, qtbot, tiny_gguf)
    chat.composer.set_text("Tell me everything.")
    # Some text, not just a token: the tiny model's first tokens can be bytes of a character not yet complete.
    with qtbot.waitSignal(chat.reply.text_updated, timeout=TIMEOUT, check_params_cb=_some_text):
        chat.composer.send_button.click()
    pid = window.session.engine.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # the engine stops answering, as a native call that never returns would
    started = time.monotonic()
    with qtbot.waitSignal(chat.reply_failed, timeout=TIMEOUT) as failed:
        chat.composer.stop_button.click()
    recovered = time.monotonic() - started
    assert recovered < STOP_DEADLINE_SECONDS + 3
    assert "did not answer" in failed.args[0] and "text so far is kept" in failed.args[0]
    stored = window._store.messages(chat.conversation_id)
    assert stored[-1].state == "interrupted" and stored[-1].content
    assert window.status.model_label.text() == "No model loaded"

    # Again, and this time close the window while the engine hangs: closing returns within the deadline.
    _load(window, qtbot, tiny_gguf)
    chat.composer.set_text("And again.")
    with qtbot.waitSignal(chat.reply.text_updated, timeout=TIMEOUT, check_params_cb=_some_text):
        chat.composer.send_button.click()
    pid = window.session.engine.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2 * STOP_DEADLINE_SECONDS + 3
    assert not window.session.engine.is_alive()
    assert window._store.messages(chat.conversation_id)[-1].content


def _some_text(message_id: int, text: str) -> bool:
    return bool(text)
