"""The conversation as a column of message widgets; only the streaming one is re-rendered, and of it only the
growing tail (the blocks it finished stay as they are)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.chat.markdown import COPY_SCHEME, MarkdownRenderer, code_blocks
from ui.chat.thinking_block import ThinkingBlock
from ui.i18n import tr, tr_noop
from ui.untrusted import ElidedLabel, LinkConfirmation, ask_to_open, one_line
from workbench.chat.blocks import finished_cut
from workbench.chat.thinking import TemplateThinking, ThinkingSplit, ThoughtTally, split_thinking
from workbench.conversations import StoredMessage, describe_stats
from workbench.engine.protocol import ReplyStats

ROLE_NAMES = {
    "user": tr_noop("Chat", "You"),
    "assistant": tr_noop("Chat", "Assistant"),
    "system": tr_noop("Chat", "System"),
}
_BLANK_PIXEL = QImage(1, 1, QImage.Format.Format_ARGB32)
_BLANK_PIXEL.fill(QColor(0, 0, 0, 0))


class MessageBody(QTextBrowser):
    """A message's rendered text: as tall as its content, no scroll bars, transparent.

    A text browser lays the document out once per update; a rich-text QLabel re-lays it out several
    times per frame, which is 5x slower on long replies.

    A reply is untrusted: the browser never follows a link by itself (it would replace the text with
    whatever the link points at, a local file included) and never loads a resource (an image, local or
    remote). A web link opens only after a :class:`~ui.untrusted.LinkConfirmation`; others do nothing.

    Signals (GUI thread):
        link_confirmation_shown(object): a web link was clicked; the confirmation (LinkConfirmation) now asks.
        code_copy_requested(str): a code block's Copy link was clicked: the block's key.
    """

    link_confirmation_shown = Signal(object)
    """A web link was clicked; this LinkConfirmation now asks whether to open it."""
    code_copy_requested = Signal(str)
    """A code block's Copy link was clicked (the block's key, see ``ui.chat.markdown.code_key``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        self._finished_source = ""
        """The Markdown source of the finished blocks shown (they are not rendered again)."""
        self._tail_position = 0
        """Where in the document the tail (rendered again with each update) begins."""
        self._soft = False
        """Whether the tail continues the last finished block's paragraph (a soft cut)."""
        self.renders = 0
        """Characters of Markdown rendered so far (tests check that streaming renders about each once)."""

    def set_html(self, html: str) -> None:
        """Show ``html`` as a whole (forgetting any Markdown shown piece by piece)."""
        self._forget_pieces()
        self.setHtml(html)
        self._fit_height()

    def show_markdown(self, text: str, render: Callable[[str], str]) -> None:
        """Show the Markdown ``text``. When it extends the text shown before (a streaming reply), the finished
        blocks stay as they are: only the new ones and the tail are rendered, so an update costs the same at any
        length. ``render`` turns Markdown into the HTML subset Qt reads."""
        if not text.startswith(self._finished_source):  # another text: start again
            self.clear()
            self._forget_pieces()
        while True:
            start = len(self._finished_source)
            cut = finished_cut(text, start)
            if cut.end <= start:
                break
            self._replace_tail(render(text[start : cut.end]))
            self.renders += cut.end - start
            self._finish_piece(cut.soft)
            self._finished_source = text[: cut.end]
        tail = text[len(self._finished_source) :]
        self._replace_tail(render(tail) if tail else "")
        self.renders += len(tail)
        self._fit_height()

    def _forget_pieces(self) -> None:
        self._finished_source = ""
        self._tail_position = 0
        self._soft = False

    def _replace_tail(self, html: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._tail_position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if html.strip():
            cursor.insertHtml(html.strip())
        if self._soft:  # the paragraph goes on: no gap where it was cut
            cursor.setPosition(self._tail_position)
            _set_margins(cursor, top=0)

    def _finish_piece(self, soft: bool) -> None:
        """The piece just put at the tail's place is finished; a new, empty tail begins after it.

        After a soft cut the tail is a block of its own too (a long block is laid out and drawn whole at every
        change), with no gap between them."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if soft:
            _set_margins(cursor, bottom=0)
        if cursor.block().length() > 1:  # a new block of no list or style; a table after a frame needs none
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self._tail_position = cursor.position()
        self._soft = soft

    def _fit_height(self) -> None:
        document = self.document()
        width = self.viewport().width()
        if document.textWidth() != width:  # setting it, even unchanged, lays the whole document out again
            document.setTextWidth(width)
        height = int(document.size().height()) + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002, N802 - Qt override
        """Nothing is ever loaded into a reply: no image, no style sheet, local or remote.

        An empty answer is not enough: the document then reads a local file itself. So every resource is a
        placeholder — a transparent pixel for an image, a blank for anything else.
        """
        if type == QTextDocument.ResourceType.ImageResource.value:
            return _BLANK_PIXEL
        return " "

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:  # the renderer's own link: never one a reply wrote (those are web links)
            self.code_copy_requested.emit(url.path())
            return
        dialog: LinkConfirmation | None = ask_to_open(self, url)
        if dialog is not None:
            self.link_confirmation_shown.emit(dialog)


class MessageWidget(QFrame):
    """One message: who wrote it, its text rendered as Markdown, its state and its stats.

    Signals (GUI thread):
        edit_requested(int): the person wants to edit and resend this (user) message.
        regenerate_requested(int): the person wants a new reply in place of this one.
        alternative_requested(int, int): show another version of this reply: its id and the step (-1 or +1).
    """

    edit_requested = Signal(int)
    """Edit-and-resend this message (its id)."""
    regenerate_requested = Signal(int)
    """Draw a new reply in place of this one (its id)."""
    alternative_requested = Signal(int, int)
    """Show the previous (-1) or next (+1) version of this reply (its id)."""

    def __init__(self, message: StoredMessage, renderer: MarkdownRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_id = message.id
        self.role = message.role
        self._renderer = renderer
        self._text = ""
        self.state: str = message.state
        self.thought: ThoughtTally | None = message.thinking
        """How long the reply thought (None while it is not known)."""
        self.template: TemplateThinking | None = message.thinking.template if message.thinking else None
        """How the reply is split into thinking and answer (whether its template opened a thinking section)."""
        self.split = ThinkingSplit("", "", "none", 0)
        """The reply's thinking and answer as last shown."""
        self._stats: ReplyStats | None = None
        self.setObjectName(f"message-{message.role}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        if message.role == "user":  # the person's messages on a tint, the model's on the plain base
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase)

        name = tr("Chat", ROLE_NAMES[message.role]) if message.role in ROLE_NAMES else message.role
        if message.role == "assistant" and message.model:  # stored as the model's own name; shown as plain text
            name += f" · {one_line(message.model)}"
        self.who = ElidedLabel(name)  # cut to the header's width: a long name never widens the chat
        font = self.who.font()
        font.setBold(True)
        self.who.setFont(font)
        self.who.set_full_text(name)  # measured again in bold
        self.state_label = QLabel()
        self.copy_button = _tool_button(
            tr("Chat", "Copy"), tr("Chat", "Copy this message's whole text (each code block has its own Copy)")
        )
        self.edit_button = _tool_button(
            tr("Chat", "Edit"), tr("Chat", "Put this message back in the box below to change and send it again")
        )
        self.regenerate_button = _tool_button(
            tr("Chat", "Regenerate"),
            tr("Chat", "Draw a new reply; this one is kept, and ‹ › switch between the versions"),
        )
        self.edit_button.setVisible(False)
        self.regenerate_button.setVisible(False)
        if message.role == "user":  # an edited message: each version keeps the conversation that followed it
            self.previous_button = _tool_button(
                "‹", tr("Chat", "The previous version of this message, with the conversation that followed it")
            )
            self.next_button = _tool_button(
                "›", tr("Chat", "The next version of this message, with the conversation that followed it")
            )
        else:
            self.previous_button = _tool_button("‹", tr("Chat", "The previous version of this reply"))
            self.next_button = _tool_button("›", tr("Chat", "The next version of this reply"))
        self.variant_label = QLabel()
        index, count = message.variant
        self.variant = message.variant
        self.variant_label.setText(f"{index}/{count}")
        for widget in (self.previous_button, self.variant_label, self.next_button):
            widget.setVisible(count > 1)
        self.previous_button.setEnabled(index > 1)
        self.next_button.setEnabled(index < count)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.who)
        header.addWidget(self.state_label)
        header.addStretch(1)
        for button in (
            self.previous_button,
            self.variant_label,
            self.next_button,
            self.edit_button,
            self.regenerate_button,
            self.copy_button,
        ):
            header.addWidget(button)

        self.thinking = ThinkingBlock(MessageBody(), renderer.render)
        self.thinking.hide()
        self.body = MessageBody()
        self.stats_label = QLabel()
        self.stats_label.setObjectName("message-stats")
        self.stats_label.setEnabled(False)  # drawn in the palette's muted text color

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.thinking)
        layout.addWidget(self.body)
        layout.addWidget(self.stats_label)

        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.body.code_copy_requested.connect(self._on_body_code_copy_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.regenerate_button.clicked.connect(self._on_regenerate_button_clicked)
        self.previous_button.clicked.connect(lambda: self.alternative_requested.emit(self.message_id, -1))
        self.next_button.clicked.connect(lambda: self.alternative_requested.emit(self.message_id, 1))
        self.set_text(message.content)
        self.set_state(message.state)
        self.set_stats(message.stats)
        if self.thought is not None:
            self._show_summary()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Show ``text``; a reply that grows is rendered piece by piece (see :meth:`MessageBody.show_markdown`).

        A reply's thinking section goes to the fold above the answer."""
        self._text = text
        split = ThinkingSplit("", text, "none", 0)
        if self.role == "assistant":
            split = split_thinking(text, self.template, streaming=self.state == "streaming")
        self.split = split
        if split.has_thinking:
            self.thinking.show()
            self.thinking.set_thinking(split.thinking)
            self._show_summary()
        else:
            self.thinking.hide()
        if split.answer:
            self.body.show()
            self.body.show_markdown(split.answer, self._renderer.render)
        elif split.has_thinking and self.state != "streaming":
            self.body.hide()  # the reply ended while thinking: the fold says so
        else:
            self.body.show()
            self.body.set_html("<i>…</i>")

    def set_template(self, template: TemplateThinking | None) -> None:
        """How this reply's thinking section is recognised (the loaded model's template); shown again."""
        self.template = template
        self.set_text(self._text)

    def set_thought(self, tally: ThoughtTally) -> None:
        """How long the reply thought: the fold's summary, and the stats' split of tokens."""
        self.thought = tally
        self._show_summary()
        self.set_stats(self._stats)

    def _show_summary(self) -> None:
        if self.thought is not None:
            summary = self.thought.describe()
        elif self.split.state == "open":
            streaming = self.state == "streaming"
            summary = (
                tr("Chat", "Thinking…")
                if streaming
                else tr("Chat", "Thinking cut off: the reply ended before its answer")
            )
        else:
            #: Header of the model's thinking once it is finished (a noun: its thoughts).
            summary = tr("Chat", "Thought")
        self.thinking.set_summary(summary)

    def set_renderer(self, renderer: MarkdownRenderer) -> None:
        self._renderer = renderer
        self.thinking.set_render(renderer.render)
        self.body.set_html("")
        self.set_text(self._text)

    def set_state(self, state: str) -> None:
        labels = {
            "interrupted": '<span style="color:#c62828"><b>interrupted</b></span>',
            "streaming": tr("Chat", "<i>writing…</i>"),
        }
        changed = state != self.state
        self.state = state
        self.state_label.setText(labels.get(state, ""))
        if changed and self.split.has_thinking:
            self.set_text(self._text)  # a section still open when the reply ends is cut off

    def retranslate_texts(self) -> None:
        """After a language switch: who wrote it (the model's name after it stays) and the stats line anew."""
        if self.role in ROLE_NAMES:
            _, dot, model = self.who.full_text.partition(" · ")
            name = tr("Chat", ROLE_NAMES[self.role])
            self.who.set_full_text(f"{name} · {model}" if dot else name)
        if self._stats is not None:
            self.set_stats(self._stats)

    def set_stats(self, stats: ReplyStats | None) -> None:
        self._stats = stats
        thinking = self.thought.tokens if self.thought is not None else 0
        self.stats_label.setText(describe_stats(stats, thinking) if stats is not None else "")
        self.stats_label.setVisible(stats is not None)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        """Copies the answer (a reply's thinking section stays behind; unfold it to select from it)."""
        QGuiApplication.clipboard().setText(self.split.answer if self.split.state == "closed" else self._text)

    @Slot(str)
    def _on_body_code_copy_requested(self, key: str) -> None:
        code = code_blocks(self.split.answer).get(key)
        if code is not None:
            QGuiApplication.clipboard().setText(code)
            self.state_label.setText(tr("Chat", "<i>code copied</i>"))

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        self.edit_requested.emit(self.message_id)

    @Slot()
    def _on_regenerate_button_clicked(self) -> None:
        self.regenerate_requested.emit(self.message_id)


def _tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class MessageList(QScrollArea):
    """The messages of one conversation, newest at the bottom; follows the stream while at the bottom.

    Signals (GUI thread):
        edit_requested(int): edit-and-resend the message with this id.
        regenerate_requested(int): regenerate the reply with this id.
    """

    edit_requested = Signal(int)
    """Edit-and-resend the message with this id."""
    regenerate_requested = Signal(int)
    """Regenerate the reply with this id."""
    alternative_requested = Signal(int, int)
    """Show another version of the reply with this id: step -1 or +1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._renderer = MarkdownRenderer()
        self._container = QWidget()
        self._layout = QVBoxLayout(self._container)
        self._layout.addStretch(1)
        self.setWidget(self._container)
        self._widgets: dict[int, MessageWidget] = {}
        self._follow = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrollbar_value_changed)
        bar.rangeChanged.connect(self._on_scrollbar_range_changed)
        self.busy = False
        """While a reply streams, the edit and regenerate buttons are hidden."""

    def widgets(self) -> list[MessageWidget]:
        return list(self._widgets.values())

    def widget_for(self, message_id: int) -> MessageWidget | None:
        return self._widgets.get(message_id)

    def set_renderer(self, renderer: MarkdownRenderer) -> None:
        self._renderer = renderer
        for widget in self._widgets.values():
            widget.set_renderer(renderer)

    def set_messages(self, messages: list[StoredMessage]) -> None:
        """Show these messages instead of the current ones."""
        for widget in self._widgets.values():
            widget.deleteLater()
        self._widgets.clear()
        for message in messages:
            self._add(message)
        self._follow = True
        self.update_actions()

    def add(self, message: StoredMessage) -> MessageWidget:
        widget = self._add(message)
        self._follow = True
        self.update_actions()
        return widget

    def _add(self, message: StoredMessage) -> MessageWidget:
        widget = MessageWidget(message, self._renderer)
        widget.edit_requested.connect(self.edit_requested)
        widget.regenerate_requested.connect(self.regenerate_requested)
        widget.alternative_requested.connect(self.alternative_requested)
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self._widgets[message.id] = widget
        return widget

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.update_actions()

    def update_actions(self) -> None:
        """Offer Edit on every user message (an earlier one branches the conversation) and Regenerate on the last
        reply, when idle."""
        widgets = list(self._widgets.values())
        last_reply = widgets[-1] if widgets and widgets[-1].role == "assistant" else None
        for widget in widgets:
            widget.edit_button.setVisible(not self.busy and widget.role == "user")
            widget.regenerate_button.setVisible(not self.busy and widget is last_reply)
            widget.previous_button.setEnabled(not self.busy and widget.variant[0] > 1)
            widget.next_button.setEnabled(not self.busy and widget.variant[0] < widget.variant[1])

    @Slot(int)
    def _on_scrollbar_value_changed(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 4

    @Slot(int, int)
    def _on_scrollbar_range_changed(self, minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)


def _set_margins(cursor: QTextCursor, top: float | None = None, bottom: float | None = None) -> None:
    """Set the top or bottom margin of the block at ``cursor``."""
    block = cursor.blockFormat()
    if top is not None:
        block.setTopMargin(top)
    if bottom is not None:
        block.setBottomMargin(bottom)
    cursor.setBlockFormat(block)
