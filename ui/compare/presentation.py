"""Presentation mode for a classroom: one chart at a time, full screen, large type, a caption under it.

Keys: → ↓ Space PageDown next; ← ↑ Backspace PageUp previous; Home/End first/last; Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.compare.charts import ChartView
from workbench.compare.present import ChartSpec

SCALE = 2.4
"""Fonts on the projected charts, relative to the window's."""
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp}


class PresentationWindow(QWidget):
    """Shows ``specs`` one by one. Signals (GUI thread): ``closed()`` when the person leaves."""

    closed = Signal()
    """The presentation ended (Esc or closing the window)."""

    def __init__(self, specs: list[ChartSpec], title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"{title} — presentation" if title else "Presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.specs = [s for s in specs if s.has_data] or specs
        self.index = 0
        self.heading = self._text_label(3.2, bold=True)
        self.view = ChartView(scale=SCALE, show_title=False)
        self.caption = self._text_label(2.4)
        self.footer = self._text_label(1.4)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 20)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_slide(0)

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
        self.view.show_spec(spec)
        self.caption.setText(spec.caption)
        self.footer.setText(f"{self.index + 1} / {len(self.specs)}     ← → to move  ·  Esc to leave")

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
