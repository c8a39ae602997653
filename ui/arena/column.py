"""One column of the Arena: a model's reply streaming as plain text, its figures, and where it leaves the baseline.

A reply is a stranger's text: it goes into a read-only plain-text view (no HTML, no links, no images), and
headers and notes go through :mod:`ui.untrusted`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from ui.i18n import format_decimal, tr, tr_noop
from ui.untrusted import one_line, set_plain, tooltip
from workbench.arena.divergence import char_offset
from workbench.arena.session import ArenaColumn

STATE_WORDS = {
    "waiting": tr_noop("Arena", "Waiting for its turn"),
    "loading": tr_noop("Arena", "Loading…"),
    "streaming": tr_noop("Arena", "Answering…"),
    "done": tr_noop("Arena", "Done"),
    "failed": tr_noop("Arena", "Failed"),
    "stopped": tr_noop("Arena", "Stopped"),
}
LIVE_FIGURES_SECONDS = 0.5
PRESENT_SCALE = 1.9
"""Type in Present mode, relative to the window's: readable from the back of a room at 1280×720."""
MARK_LIGHT, MARK_DARK = QColor("#FFD8A8"), QColor("#7A4A12")
"""Background of the text from the first token where replies part ways (orange, readable in both themes)."""


class ArenaColumnView(QFrame):
    """Shows one :class:`~workbench.arena.session.ArenaColumn`: a header (the model, or a letter in blind mode), the
    state, the reply and its figures. :meth:`append` adds streamed text without laying the whole reply out again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)  # a long name (or "chosen by the class") wraps instead of widening the column
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.reply = QPlainTextEdit()
        self.reply.setReadOnly(True)
        self.reply.setUndoRedoEnabled(False)
        self.reply.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.reply.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stats = QLabel()
        self.stats.setTextFormat(Qt.TextFormat.PlainText)
        self.stats.setWordWrap(True)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.swatch = QLabel()
        self.swatch.setFixedWidth(8)
        header_row = QHBoxLayout()
        header_row.addWidget(self.swatch)
        header_row.addWidget(self.header, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header_row)
        layout.addWidget(self.state)
        layout.addWidget(self.reply, 1)
        layout.addWidget(self.stats)
        layout.addWidget(self.note)
        self._shown_chars = 0
        self._marked = False
        """Whether part of the reply is coloured (clearing the colour lays the reply out again)."""
        self._figures_at = 0.0
        self._present = False
        self._base_point = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        self._apply_fonts()

    # -- showing --------------------------------------------------------------------------------

    def show_column(self, column: ArenaColumn, title: str, hidden: bool) -> None:
        """Show ``column`` whole under ``title`` (the model's name, or ``Answer A`` when ``hidden`` in blind mode)."""
        self.header.setText(one_line(title))
        self.header.setToolTip("" if hidden else tooltip(column.source))
        if self._shown_chars != len(column.text) or self.reply.toPlainText() != column.text:
            self.reply.setPlainText(column.text)  # lays the whole reply out again: only when it is another text
            self._marked = False
        self._shown_chars = len(column.text)
        self.show_state(column, hidden)
        self.mark(column, hidden)

    def set_color(self, color: QColor) -> None:
        """The column's colour: a bar beside its header, the colour of its curve on the chart."""
        self.swatch.setStyleSheet(f"background: {color.name()}; border-radius: 2px;")

    def append(self, text: str) -> None:
        """Add streamed text at the end, keeping the view at the end if it was there."""
        if not text:
            return
        bar = self.reply.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        cursor = QTextCursor(self.reply.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self._shown_chars += len(text)
        if at_end:
            bar.setValue(bar.maximum())

    def show_state(self, column: ArenaColumn, hidden: bool) -> None:
        words = tr("Arena", STATE_WORDS[column.state])
        if column.error:
            words = f"{words}: {column.error}"
        if column.memory_note and not hidden:
            words = f"{words} — {column.memory_note}"
        set_plain(self.state, words, 400)
        self.state.setStyleSheet("color: #C0392B;" if column.state == "failed" else "")
        stats = column.reply_stats
        if stats is not None:
            self.stats.setText(
                tr(
                    "Arena",
                    "{tokens_per_second} tokens/s · first token after {time_to_first_token} s · "
                    "{generated_tokens} tokens",
                ).format(
                    tokens_per_second=format_decimal(stats.tokens_per_second, 1),
                    time_to_first_token=format_decimal(stats.time_to_first_token, 2),
                    generated_tokens=stats.generated_tokens,
                )
            )
        elif column.state in ("waiting", "loading"):
            self.stats.setText("")

    def show_live_rate(self, tokens: int, seconds: float) -> None:
        """Figures while streaming (the final ones replace them), at most every :data:`LIVE_FIGURES_SECONDS`:
        a label's new text lays the column out again."""
        now = time.monotonic()
        if now - self._figures_at < LIVE_FIGURES_SECONDS:
            return
        self._figures_at = now
        rate = tokens / seconds if seconds > 0 else 0.0
        self.stats.setText(
            tr("Arena", "{tokens} tokens · {rate} tokens/s so far").format(tokens=tokens, rate=format_decimal(rate, 1))
        )

    @property
    def marked(self) -> bool:
        """Whether part of the reply is coloured as where it parts ways with the baseline."""
        return self._marked

    def mark(self, column: ArenaColumn, hidden: bool = False) -> None:
        """Colour the reply from the first token where it parts ways with the baseline, and say so; not while
        ``hidden`` (blind mode before Reveal: which column is marked, and from where, would give the baseline away)."""
        cursor = QTextCursor(self.reply.document())
        if self._marked:
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
            self._marked = False
        set_plain(self.note, "" if hidden else column.divergence_note, 300)
        if column.divergence is None or hidden:
            return
        start = char_offset(column.pieces, column.divergence)
        if start >= self._shown_chars:
            return
        dark = self.palette().base().color().lightness() < 128
        marked = QTextCharFormat()
        marked.setBackground(MARK_DARK if dark else MARK_LIGHT)
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(marked)
        self._marked = True

    # -- Present mode -----------------------------------------------------------------------------

    def set_present(self, present: bool) -> None:
        self._present = present
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        scale = PRESENT_SCALE if self._present else 1.0
        body = QFont(self.font())
        body.setPointSizeF(self._base_point * scale * (1.15 if self._present else 1.05))
        self.reply.setFont(body)
        header = QFont(self.font())
        header.setPointSizeF(self._base_point * scale * 1.35)
        header.setBold(True)
        self.header.setFont(header)
        small = QFont(self.font())
        small.setPointSizeF(self._base_point * (scale * 0.8 if self._present else 1.0))
        for label in (self.state, self.stats, self.note):
            label.setFont(small)
