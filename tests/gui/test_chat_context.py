"""The context meter under the message box, its warning, and what happens when the context fills: the oldest
messages are left out (said so), or nothing is sent and the message stays in the box; and Regenerate keeping every
version of a reply — on a real tiny model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

TIMEOUT = 60_000


def test_the_meter_counts_warns_and_the_full_context_is_handled_as_chosen(
    make_window: Any, qtbot: Any, tiny_gguf: Path
) -> None:
    window = make_window(max_tokens=16, context_length=512)
    chat = window.chat
    assert not chat.composer.context_label.isVisibleTo(window)  # no model, no context
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    assert chat.context_length == 512
    assert chat.composer.context_label.isVisibleTo(window)
    meter = chat.composer.context_label.text()  # the system prompt, estimated until the engine counts
    assert meter.startswith("about ") and meter.endswith(" of 512 tokens")

    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.send("Hello there.")
    stats = finished.args[0]
    exact = stats.prompt_tokens + stats.generated_tokens
    assert chat.composer.context_label.text() == f"{exact:,} of 512 tokens"  # the engine's own count
    assert chat.composer.context_bar.value() == exact

    chat.composer.set_text("word " * 300)  # typing counts too, as an estimate, and warns
    assert chat.composer.context_label.text().startswith("about ")
    assert chat.composer.context_label.text().endswith(("nearly full", "the context is full"))

    # The conversation outgrows the context: the oldest messages are left out of the request, and it says so.
    cid = chat.conversation_id
    for i in range(12):
        window._store.add_message(cid, "user" if i % 2 == 0 else "assistant", f"Earlier message {i}. " * 12)
    chat._reload_messages()
    assert chat.composer.context_label.text().endswith("the context is full")
    chat.composer.set_text("")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.send("And now?")
    assert "left out of what the model reads now" in chat.banner.text
    assert len(window._store.messages(cid)) == 2 + 12 + 2  # nothing was deleted

    # Or stop: nothing is sent, the message stays in the box.
    chat.composer.when_full_combo.setCurrentIndex(chat.composer.when_full_combo.findData("stop"))
    before = len(window._store.messages(cid))
    chat.composer.set_text("One more question that will not fit.")
    chat.composer.send_button.click()
    assert "would not fit" in chat.banner.text
    assert chat.composer.text == "One more question that will not fit."
    assert len(window._store.messages(cid)) == before and not chat.reply.running


def test_regenerate_keeps_every_version_to_switch_between(make_window: Any, qtbot: Any, tiny_gguf: Path) -> None:
    window = make_window(max_tokens=8, temperature=1.0, seed=-1)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.send("Tell me something.")
    first = chat.messages.widgets()[-1]
    first_text = first.text
    assert not first.variant_label.isVisibleTo(window)  # one version: no switcher
    for _ in range(2):
        with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
            chat.messages.widgets()[-1].regenerate_button.click()
    cid = chat.conversation_id
    shown = chat.messages.widgets()
    assert len(shown) == 2 and [m.role for m in window._store.messages(cid)] == ["user", "assistant"]
    latest = shown[-1]
    assert latest.variant_label.text() == "3/3" and latest.variant_label.isVisibleTo(window)
    assert latest.previous_button.isEnabled() and not latest.next_button.isEnabled()
    versions = window._store.alternatives(latest.message_id)
    assert len(versions) == 3 and versions[0] == first.message_id

    latest.previous_button.click()
    middle = chat.messages.widgets()[-1]
    assert middle.variant_label.text() == "2/3" and middle.message_id == versions[1]
    middle.previous_button.click()
    oldest = chat.messages.widgets()[-1]
    assert oldest.variant_label.text() == "1/3" and oldest.text == first_text
    assert window._store.messages(cid)[-1].content == first_text  # the history now uses the version shown

    # The version shown is stored: it is the one shown when the conversation is opened again.
    oldest.next_button.click()
    assert chat.messages.widgets()[-1].variant_label.text() == "2/3"
    chat.set_conversation(None)
    chat.set_conversation(cid)
    assert chat.messages.widgets()[-1].message_id == versions[1]


def test_attached_text_files_count_in_the_meter_and_go_with_the_message(
    make_window: Any, qtbot: Any, tiny_gguf: Path, tmp_path: Path
) -> None:
    window = make_window(max_tokens=8, context_length=512)
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        chat.open_model(tiny_gguf)
    code = tmp_path / "area.py"
    code.write_text("def area(r):\n    return 3.14 * r * r\n", encoding="utf-8")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    big = tmp_path / "book.txt"
    big.write_text("Call me Ishmael. " * 400, encoding="utf-8")

    assert not chat.composer.attach(str(binary))
    assert chat.banner.text == "photo.png is not a text file (it looks like a program, picture or archive)."
    assert chat.composer.attachments == []
    before = chat.composer.context_label.text()
    assert chat.composer.attach(str(code))
    assert "area.py (about" in chat.composer.attachments_label.text()
    assert chat.composer.context_label.text() != before  # the file counts
    assert chat.composer.attach(str(big))
    assert "book.txt (about" in chat.composer.attachments_label.text()
    assert "it will not fit in the context" in chat.composer.attachments_label.text()
    chat.composer.remove_attachments_button.click()
    assert chat.composer.attachments == [] and not chat.composer.attachments_label.isVisibleTo(window)

    chat.composer.attach(str(code))
    chat.composer.set_text("What does this do?")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.composer.send_button.click()
    sent = window._store.messages(chat.conversation_id)[0].content
    assert sent.startswith("What does this do?\n\nFile area.py:\n```python\ndef area(r):")
    assert chat.composer.attachments == [] and chat.composer.text == ""
