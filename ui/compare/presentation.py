"""Presentation mode for a classroom: one chart at a time, full screen, large type, a caption under it;
then the answers, every variant's side by side.

Keys: → ↓ Space PageDown next; ← ↑ Backspace PageUp previous; Home/End first/last; Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.compare.charts import ChartView, variant_color
from ui.i18n import tr
from workbench.compare.present import AnswersSlide, ChartSpec, Slide

SCALE = 2.4
"""Fonts on the projected charts, relative to the window's."""
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp}


class AnswersBoard(QWidget):
    """One prompt and every variant's answer in its own column, in large type (plain text: answers are untrusted)."""

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(self._grid, 1)
        self.headers: list[QLabel] = []
        self.notes: list[QLabel] = []
        self.texts: list[QLabel] = []

    def _font(self, factor: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * factor)
        font.setBold(bold)
        return font

    def show_slide(self, slide: AnswersSlide) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.headers, self.notes, self.texts = [], [], []
        columns = len(slide.columns) or 1
        # Fewer, wider columns read better than many thin ones: smaller type as the columns grow in number.
        body = self.scale * (1.0 if columns <= 3 else 0.8 if columns <= 5 else 0.65)
        self.prompt.setFont(self._font(self.scale * 0.9, bold=True))
        self.prompt.setText(tr("Present", "Prompt: {prompt}").format(prompt=slide.prompt))
        dark = self.palette().window().color().lightness() < 128
        for i, column in enumerate(slide.columns):
            header = QLabel()
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setFont(self._font(body * 1.1, bold=True))
            header.setText(column.label)
            header.setWordWrap(True)
            note = QLabel()  # "75 tokens in 4.2 s": smaller, and wrapped, so five columns never cut it off
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setFont(self._font(body * 0.7))
            note.setWordWrap(True)
            note.setText(column.note)
            color = variant_color(column.variant, dark).name()
            header.setStyleSheet(f"border-bottom: 4px solid {color}; padding-bottom: 4px;")
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setFont(self._font(body * 0.75))
            text.setText(column.text or "—")
            text.setFrameShape(QFrame.Shape.NoFrame)
            self._grid.addWidget(header, 0, i)
            self._grid.addWidget(note, 1, i)
            self._grid.addWidget(text, 2, i)
            self._grid.setColumnStretch(i, 1)
            self.headers.append(header)
            self.notes.append(note)
            self.texts.append(text)
        self._grid.setRowStretch(2, 1)


class PresentationWindow(QWidget):
    """Shows ``specs`` (charts, then answers) one by one. Signals (GUI thread): ``closed()`` when the person leaves."""

    closed = Signal()
    """The presentation ended (Esc or closing the window)."""

    def __init__(self, specs: list[Slide] | list[ChartSpec], title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.specs: list[Slide] = []
        self.index = 0
        self.heading = self._text_label(3.2, bold=True)
        self.view = ChartView(scale=SCALE, show_title=False)
        self.answers = AnswersBoard(SCALE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.answers)
        self.caption = self._text_label(2.4)
        self.footer = self._text_label(1.4)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 20)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_slides(specs, title)

    def set_slides(self, specs: list[Slide] | list[ChartSpec], title: str = "", index: int | None = None) -> None:
        """Show ``specs`` (the same slides written anew, after a language switch, keep the slide shown)."""
        self.setWindowTitle(
            tr("Present", "{title} — presentation").format(title=title) if title else tr("Present", "Presentation")
        )
        slides: list[Slide] = list(specs)
        self.specs = [s for s in slides if s.has_data] or slides
        self.show_slide(self.index if index is None else index)

    def show_full_screen(self) -> None:
        """Cover the screen the window is on (sized to it too, for desktops without a window manager)."""
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def _text_label(self, scale: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names come from model files
        font = QFont(self.font())
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * scale)
        font.setBold(bold)
        label.setFont(font)
        return label

    def show_slide(self, index: int) -> None:
        """Show chart ``index`` (clamped to the first and last)."""
        if not self.specs:
            return
        self.index = max(0, min(index, len(self.specs) - 1))
        spec = self.specs[self.index]
        self.heading.setText(spec.title)
        if isinstance(spec, AnswersSlide):
            self.answers.show_slide(spec)
            self.stack.setCurrentWidget(self.answers)
        else:
            self.view.show_spec(spec)
            self.stack.setCurrentWidget(self.view)
        self.caption.setText(spec.caption)
        self.footer.setText(
            tr("Present", "{number} / {count}     ← → to move  ·  Esc to leave").format(
                number=self.index + 1, count=len(self.specs)
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in NEXT_KEYS:
            self.show_slide(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_slide(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.specs) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)
