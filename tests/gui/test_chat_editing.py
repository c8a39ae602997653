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


def test_editing_an_earlier_message_branches_and_keeps_the_old_continuation(
    make_window: Any, qtbot: Any, home: Any, tiny_gguf: Path
) -> None:
    window = make_window(max_tokens=6)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    for text in ("Name a fruit.", "And a colour?", "Thanks."):
        with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
            chat.send(text)
    old = [w.text for w in chat.messages.widgets()]
    assert len(old) == 6
    second = chat.messages.widgets()[2]
    assert second.role == "user" and second.edit_button.isVisibleTo(window)  # not only the last message

    qtbot.mouseClick(second.edit_button, Qt.MouseButton.LeftButton)
    assert chat.composer.text == "And a colour?" and chat.composer.edit_label.isVisibleTo(window)
    chat.composer.set_text("And a vegetable?")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.composer.send_button.click()
    shown = chat.messages.widgets()
    assert [w.text for w in shown][:3] == [*old[:2], "And a vegetable?"] and len(shown) == 4
    edited = shown[2]
    assert edited.variant_label.text() == "2/2" and edited.variant_label.isVisibleTo(window)
    assert edited.previous_button.isEnabled() and not edited.next_button.isEnabled()
    assert "conversation that followed" in edited.previous_button.toolTip()
    assert not chat.composer.edit_label.isVisibleTo(window)
    branch = [w.text for w in shown]
    # What the model was asked with: the new version, not the old continuation.
    assert [m["content"] for m in chat._sent if m["role"] != "system"] == branch[:3]

    edited.previous_button.click()  # the old version comes back with everything that followed it
    assert [w.text for w in chat.messages.widgets()] == old
    assert chat.messages.widgets()[2].variant_label.text() == "1/2"
    chat.messages.widgets()[2].next_button.click()
    assert [w.text for w in chat.messages.widgets()] == branch
    chat.messages.widgets()[2].previous_button.click()

    window.close()  # after a restart: the version chosen last, and both still there
    again = make_window(home)
    assert [w.text for w in again.chat.messages.widgets()] == old
    again.chat.messages.widgets()[2].next_button.click()
    assert [w.text for w in again.chat.messages.widgets()] == branch
    with qtbot.waitSignal(again.session.loaded, timeout=TIMEOUT):
        pass  # the last model is reopened
