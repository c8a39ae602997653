"""Where the person types: Enter sends, Shift+Enter starts a new line; Send, Stop, Regenerate, Clear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class Composer(QWidget):
    """The message box and the reply buttons.

    Signals (GUI thread):
        send_requested(str): the person sent this text (the box keeps it until the panel clears it).
        stop_requested(): Stop pressed (or Esc).
        regenerate_requested(): Regenerate the last reply.
        clear_requested(): Clear the conversation.
        edit_cancelled(): the person gave up editing an earlier message.
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Type a message. Enter sends, Shift+Enter starts a new line.")
        self.editor.setMaximumHeight(120)
        self.editor.installEventFilter(self)
        self.edit_label = QLabel("Editing your last message: Send replaces it and everything after it.")
        self.cancel_edit_button = QPushButton("Cancel edit")
        self.send_button = QPushButton("Send")
        self.send_button.setToolTip("Send the message (Enter)")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("Stop the reply now (Esc); what was written so far is kept")
        self.regenerate_button = QPushButton("Regenerate")
        self.regenerate_button.setToolTip("Throw the last reply away and draw a new one")
        self.clear_button = QPushButton("Clear conversation")
        self.clear_button.setToolTip("Delete every message of this conversation")

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_label, 1)
        edit_row.addWidget(self.cancel_edit_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.regenerate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(edit_row)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)

        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.stop_button.clicked.connect(self.stop_requested)
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.cancel_edit_button.clicked.connect(self._on_cancel_edit_button_clicked)
        self.set_editing(False)
        self.set_streaming(False)

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def set_streaming(self, streaming: bool) -> None:
        self.stop_button.setEnabled(streaming)
        self.send_button.setEnabled(not streaming)
        self.regenerate_button.setEnabled(not streaming)
        self.clear_button.setEnabled(not streaming)

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
        text = self.text.strip()
        if text:
            self.send_requested.emit(text)

    @Slot()
    def _on_cancel_edit_button_clicked(self) -> None:
        self.set_editing(False)
        self.edit_cancelled.emit()
