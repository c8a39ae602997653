"""Edit-and-resend the last message, copy a message, clear the conversation (tiny model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

TIMEOUT = 60_000


def test_edit_resend_copy_and_clear(make_window: Any, qtbot: Any, tiny_gguf: Path) -> None:
    window = make_window(max_tokens=6)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    chat.composer.set_text("first try")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.composer.send_button.click()
    user = chat.messages.widgets()[0]
    assert user.edit_button.isVisibleTo(window)

    qtbot.mouseClick(user.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "first try"

    qtbot.mouseClick(user.edit_button, Qt.MouseButton.LeftButton)
    assert chat.composer.text == "first try"
    assert chat.composer.edit_label.isVisibleTo(window)
    chat.composer.set_text("second try")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.composer.send_button.click()
    stored = window._store.messages(chat.conversation_id)
    assert [(m.role, m.content) for m in stored][:1] == [("user", "second try")]
    assert [m.role for m in stored] == ["user", "assistant"]
    assert [w.text for w in chat.messages.widgets()][0] == "second try"
    assert not chat.composer.edit_label.isVisibleTo(window)

    chat.clear_conversation()
    assert window._store.messages(chat.conversation_id) == []
    assert chat.messages.widgets() == []
