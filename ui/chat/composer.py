"""Where the person types: Enter sends, Shift+Enter starts a new line; Send, Stop, Regenerate, Clear; and the context
meter under it (how full the model's context is, and what happens when it fills)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import format_integer, tr
from ui.untrusted import set_plain
from workbench.chat.attachments import Attachment, AttachmentError, read_attachment, with_attachments
from workbench.chat.context import WHEN_FULL_CHOICES, ContextUse, WhenFull


class Composer(QWidget):
    """The message box and the reply buttons.

    Signals (GUI thread):
        send_requested(str): the person sent this text (the box keeps it until the panel clears it).
        stop_requested(): Stop pressed (or Esc).
        regenerate_requested(): Regenerate the last reply.
        clear_requested(): Clear the conversation.
        edit_cancelled(): the person gave up editing an earlier message.
        attachments_changed(): a file was attached or the attachments removed.
        attachment_refused(str): a file could not be attached: one line saying why.
        think_toggled(bool): the person switched Think on or off (only offered when the model's template can).
    """

    send_requested = Signal(str)
    """Send this text."""
    stop_requested = Signal()
    """Stop the reply being written."""
    regenerate_requested = Signal()
    """Draw the last reply again."""
    clear_requested = Signal()
    """Remove every message of this conversation."""
    edit_cancelled = Signal()
    """Editing an earlier message was abandoned."""
    attachments_changed = Signal()
    """The attached files changed."""
    attachment_refused = Signal(str)
    """Why a file could not be attached (one line)."""
    think_toggled = Signal(bool)
    """Think was switched on (True) or off (False) by the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(tr("Chat", "Type a message. Enter sends, Shift+Enter starts a new line."))
        self.editor.setMaximumHeight(120)
        self.editor.installEventFilter(self)
        self.edit_label = QLabel(
            tr(
                "Chat",
                "Editing an earlier message: Send makes a new version of it and the conversation goes on from there; "
                "what followed it is kept (‹ › on the message switch back).",
            )
        )
        self.edit_label.setWordWrap(True)
        self.cancel_edit_button = QPushButton(tr("Chat", "Cancel edit"))
        self.send_button = QPushButton(tr("Chat", "Send"))
        self.send_button.setToolTip(tr("Chat", "Send the message (Enter)"))
        self.stop_button = QPushButton(tr("Chat", "Stop"))
        self.stop_button.setToolTip(tr("Chat", "Stop the reply now (Esc); what was written so far is kept"))
        self.regenerate_button = QPushButton(tr("Chat", "Regenerate"))
        self.regenerate_button.setToolTip(
            tr("Chat", "Draw a new version of the last reply; the earlier ones are kept (‹ › on the reply)")
        )
        self.clear_button = QPushButton(tr("Chat", "Clear conversation"))
        self.clear_button.setToolTip(tr("Chat", "Delete every message of this conversation"))
        self.attach_button = QPushButton(tr("Chat", "Attach file…"))
        self.attach_button.setToolTip(tr("Chat", "Add a text file (notes, Markdown, CSV, source code) to the message"))
        #: A check box: let the model think (reason) before it answers.
        self.think_box = QCheckBox(tr("Chat", "Think"))
        self.think_box.setToolTip(
            tr(
                "Chat",
                "Let the model think step by step before it answers. Its thinking shows folded above the answer. "
                "Answers to harder questions are often better, but take longer. Switch it off for quick replies. "
                "This choice is kept for this conversation.",
            )
        )
        self.think_box.setVisible(False)
        self.attachments: list[Attachment] = []
        self.attachments_label = QLabel()
        self.attachments_label.setWordWrap(True)
        self.remove_attachments_button = QPushButton(tr("Chat", "Remove files"))
        self._limit: int | None = None
        self.context_label = QLabel()
        self.context_label.setToolTip(
            tr(
                "Chat",
                "How much of the model's context (what it can read at once) this conversation and your message take",
            )
        )
        self.context_bar = QProgressBar()
        self.context_bar.setTextVisible(False)
        self.context_bar.setMaximumHeight(8)
        self.when_full_label = QLabel(tr("Chat", "When it is full:"))
        self.when_full_combo = QComboBox()
        for value, label in WHEN_FULL_CHOICES:
            self.when_full_combo.addItem(tr("Chat", label), value)
        self.when_full_combo.setToolTip(
            tr(
                "Chat",
                "Leave out the oldest messages from what the model reads (they stay in the conversation), or stop and "
                "keep your message in the box",
            )
        )

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_label, 1)
        edit_row.addWidget(self.cancel_edit_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.regenerate_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.think_box)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        meter = QHBoxLayout()
        meter.addWidget(self.context_label)
        meter.addWidget(self.context_bar, 1)
        meter.addWidget(self.when_full_label)
        meter.addWidget(self.when_full_combo)
        self._meter = (self.context_label, self.context_bar, self.when_full_label, self.when_full_combo)
        attached = QHBoxLayout()
        attached.addWidget(self.attachments_label, 1)
        attached.addWidget(self.remove_attachments_button)
        layout.addLayout(edit_row)
        layout.addWidget(self.editor)
        layout.addLayout(attached)
        layout.addLayout(meter)
        layout.addLayout(buttons)

        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.stop_button.clicked.connect(self.stop_requested)
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.cancel_edit_button.clicked.connect(self._on_cancel_edit_button_clicked)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.think_box.clicked.connect(self.think_toggled)
        self.remove_attachments_button.clicked.connect(self.clear_attachments)
        self._show_attachments()
        self.set_editing(False)
        self.set_streaming(False)
        self.show_context(None)

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    # -- attachments -----------------------------------------------------------------------------

    def attach(self, path: str) -> bool:
        """Attach the text file at ``path``; False (and :attr:`attachment_refused`) when it cannot be."""
        try:
            attachment = read_attachment(path)
        except AttachmentError as exc:
            self.attachment_refused.emit(str(exc))
            return False
        self.attachments.append(attachment)
        self._show_attachments()
        self.attachments_changed.emit()
        return True

    def clear_attachments(self) -> None:
        if self.attachments:
            self.attachments = []
            self._show_attachments()
            self.attachments_changed.emit()

    @property
    def attachment_tokens(self) -> int:
        return sum(a.tokens for a in self.attachments)

    def _show_attachments(self) -> None:
        shown = bool(self.attachments)
        self.attachments_label.setVisible(shown)
        self.remove_attachments_button.setVisible(shown)
        parts = []
        for a in self.attachments:
            too_big = self._limit is not None and a.tokens >= self._limit
            if too_big:
                text = tr("Chat", "{name} (about {tokens} tokens: it will not fit in the context)")
            else:
                text = tr("Chat", "{name} (about {tokens} tokens)")
            parts.append(text.format(name=a.name, tokens=format_integer(a.tokens)))
        attached = tr("Chat", "Attached: {files}").format(files=", ".join(parts)) if parts else ""
        set_plain(self.attachments_label, attached)  # file names: plain

    @Slot()
    def _on_attach_button_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Chat", "Attach text files"),
            "",
            tr(
                "Chat",
                "Text files (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs "
                "*.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;All files (*)",
            ),
        )
        for path in paths:
            self.attach(path)

    @property
    def when_full(self) -> WhenFull:
        value = self.when_full_combo.currentData()
        return "stop" if value == "stop" else "drop-oldest"

    def show_context(self, use: ContextUse | None) -> None:
        """Show how full the context is (hidden without a model: there is no context to fill)."""
        for widget in self._meter:
            widget.setVisible(use is not None)
        if use is None:
            return
        if use.limit != self._limit:
            self._limit = use.limit
            self._show_attachments()
        self.context_bar.setRange(0, max(1, use.limit))
        self.context_bar.setValue(min(use.used, use.limit))
        self.context_label.setText(use.describe())
        warn = "color:#c62828;font-weight:bold" if use.full else "color:#b26a00" if use.near_limit else ""
        if warn != self.context_label.styleSheet():  # a new style sheet restyles the label: not with every keystroke
            self.context_label.setStyleSheet(warn)

    def set_streaming(self, streaming: bool) -> None:
        self.stop_button.setEnabled(streaming)
        self.send_button.setEnabled(not streaming)
        self.regenerate_button.setEnabled(not streaming)
        self.clear_button.setEnabled(not streaming)
        self.think_box.setEnabled(not streaming)

    def show_think(self, available: bool, on: bool) -> None:
        """Offer the Think switch (only where the model's chat template has one), set as ``on``."""
        self.think_box.setVisible(available)
        self.think_box.setChecked(on)

    def set_editing(self, editing: bool) -> None:
        self.edit_label.setVisible(editing)
        self.cancel_edit_button.setVisible(editing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if plain_enter:
                if self.send_button.isEnabled():
                    self._on_send_button_clicked()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_send_button_clicked(self) -> None:
        text = with_attachments(self.text, self.attachments)
        if text:
            self.send_requested.emit(text)

    @Slot()
    def _on_cancel_edit_button_clicked(self) -> None:
        self.set_editing(False)
        self.edit_cancelled.emit()
