"""A streaming reply is rendered piece by piece: each character about once, and it reads as the whole would."""

from __future__ import annotations

from typing import Any

from ui.chat.markdown import MarkdownRenderer
from ui.chat.message_view import MessageList
from workbench.chat.blocks import SOFT_LIMIT
from workbench.conversations import StoredMessage

REPLY = (
    "# A story\n\nOnce upon a time *a keeper* lived by the sea.\nHe kept [a log](https://example.org).\n\n"
    "- wind\n- rain\n\n```python\nprint('storm')\n\nprint('calm')\n```\n\n| day | waves |\n|---|---|\n| 1 | 3 |\n\n"
    + "\n".join(f"Line {i}: the light turned and the sea went on." for i in range(80))
    + "\n\n" + " ".join(f"word{i}" for i in range(600))
    + "\n\nThe end."
)


def _stream(widget: Any, text: str, step: int) -> None:
    for n in range(step, len(text) + step, step):
        widget.set_text(text[:n])


def test_a_streaming_reply_renders_each_character_about_once_and_reads_as_the_whole(qtbot: Any) -> None:
    view = MessageList()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    streaming = view.add(StoredMessage(1, 1, "assistant", "", 0.0, "streaming", "m", None))
    _stream(streaming, REPLY, 7)
    streaming.set_state("complete")
    # What is rendered per update does not grow with the length: finished blocks stay, the tail is short.
    per_batch = streaming.body.renders / (len(REPLY) / 7)
    assert len(REPLY) / 2 > 3 * SOFT_LIMIT  # rendering the whole reply each time would average this per update
    assert per_batch < SOFT_LIMIT, per_batch

    whole = view.add(StoredMessage(2, 1, "assistant", REPLY, 0.0, "complete", "m", None))
    assert streaming.body.toPlainText().split() == whole.body.toPlainText().split()
    # Links stay web links only, and the code block stays one block.
    assert 'href="https://example.org"' in streaming.body.toHtml()
    assert streaming.body.toPlainText().count("print('storm')") == 1


def test_a_changed_text_is_shown_afresh(qtbot: Any) -> None:
    view = MessageList()
    qtbot.addWidget(view)
    widget = view.add(StoredMessage(1, 1, "assistant", "", 0.0, "streaming", "m", None))
    widget.set_text("First paragraph.\n\nSecond")
    widget.set_text("Something else entirely.")
    assert widget.body.toPlainText().strip() == "Something else entirely."
    widget.set_renderer(MarkdownRenderer(dark=True))
    assert widget.body.toPlainText().strip() == "Something else entirely."


def test_code_blocks_are_highlighted_and_each_has_its_own_copy(qtbot: Any) -> None:
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication

    view = MessageList()
    qtbot.addWidget(view)
    text = (
        "Two ways:\n\n```python\ndef area(r):\n    return 3.14 * r * r  # <b>not bold</b>\n```\n\n"
        "```\nplain text block\n```\n\nA [fake copy](copy-code:0123456789abcdef) link a reply wrote."
    )
    widget = view.add(StoredMessage(1, 1, "assistant", text, 0.0, "complete", "m", None))
    page = widget.body.toHtml()
    assert re.search(r'font-weight:700; color:#008000;">def', page)  # the Python keyword, highlighted
    assert "<b>not bold</b>" in widget.body.toPlainText()  # the reply's markup is text, highlighted or not
    links = re.findall(r'href="(copy-code:[0-9a-f]{16})"', page)
    assert len(links) == 2  # one per code block; the reply's own "copy-code:" link is shown as text
    assert "(copy-code:0123456789abcdef)" in widget.body.toPlainText()
    widget.body.anchorClicked.emit(QUrl(links[0]))
    assert QGuiApplication.clipboard().text() == "def area(r):\n    return 3.14 * r * r  # <b>not bold</b>"
    widget.body.anchorClicked.emit(QUrl(links[1]))
    assert QGuiApplication.clipboard().text() == "plain text block"
