"""Conversations, their replies' stats and the settings survive closing and reopening the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.paths import AppPaths

TIMEOUT = 60_000


def test_conversation_survives_a_restart(make_window: Any, qtbot: Any, home: AppPaths, tiny_gguf: Path) -> None:
    window = make_window(max_tokens=12)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    chat.composer.set_text("Remember me.")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.composer.send_button.click()
    stats = finished.args[0]
    window.set_theme("dark")
    window.parameters.fields["temperature"].setValue(0.3)
    before = [(w.role, w.text, w.stats_label.text()) for w in chat.messages.widgets()]
    window.close()
    assert not window.session.engine.is_alive()

    again = make_window(home)
    assert again.settings.theme == "dark"
    assert again.parameters.params().temperature == 0.3
    assert again.conversations.model.rowCount() == 1
    assert again.conversations.current_id is not None
    assert again.chat.conversation_id == again.conversations.current_id
    after = [(w.role, w.text, w.stats_label.text()) for w in again.chat.messages.widgets()]
    assert after == before
    assert str(stats.generated_tokens) in after[1][2]
    # The conversation is shown, not the welcome page; the last model is being reopened (see test_chat_keys).
    assert again.chat.stack.currentWidget() is again.chat.messages
    with qtbot.waitSignal(again.session.loaded, timeout=TIMEOUT):
        pass


def test_conversations_new_rename_delete_export(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = make_window()
    panel = window.conversations
    first = panel.new_conversation()
    window._store.add_message(first, "user", "first question")
    second = panel.new_conversation()
    assert panel.current_id == second
    assert window.chat.conversation_id == second
    assert window.chat.messages.widgets() == []

    panel.select(first)
    assert window.chat.conversation_id == first
    assert [w.text for w in window.chat.messages.widgets()] == ["first question"]

    index = panel.model.index(panel.model.row_of(first) or 0, 0)
    assert panel.model.setData(index, "Renamed")
    assert window._store.get(first).title == "Renamed"

    target = tmp_path / "out.md"
    panel.export(first, target)
    assert target.read_text().startswith("# Renamed")

    panel.delete(first)
    assert [c.id for c in window._store.conversations()] == [second]
    assert panel.current_id == second
