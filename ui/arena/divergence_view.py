"""The divergence map: the evaluation text, once per variant, each token shaded by how much less sure that version
is of the same next word than the original (its KL divergence from the baseline), with a legend in plain words.

The text is the model's vocabulary and a stranger's evaluation text: it is inserted as plain text with character
formats, never as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QTextEdit, QVBoxLayout, QWidget

from ui.i18n import format_decimal, format_percent, tr
from ui.untrusted import one_line
from workbench.arena.divergence import CLEARLY, LEGEND, LEVEL_WORDS, DivergenceMap, MapRow

SHADES_LIGHT = ("#FFFFFF", "#F3E5F5", "#E1BEE7", "#BA68C8", "#8E24AA", "#4A148C")
SHADES_DARK = ("#1E1E1E", "#3A2540", "#5A2E66", "#7E3C8F", "#A64DBA", "#D17FE6")
"""Background of each level, lightest = the same as the original; darker (on a light theme) = less sure."""


def _shades(dark: bool) -> tuple[str, ...]:
    return SHADES_DARK if dark else SHADES_LIGHT


def _text_color(level: int, dark: bool) -> QColor:
    if dark:
        return QColor("#000000") if level >= 5 else QColor("#F0F0F0")
    return QColor("#FFFFFF") if level >= 3 else QColor("#111111")


class DivergenceMapView(QWidget):
    """Shows a :class:`~workbench.arena.divergence.DivergenceMap`; :meth:`set_present` makes the type large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.legend_words = QLabel(tr("Arena", LEGEND))
        self.legend_words.setWordWrap(True)
        self.swatches = QHBoxLayout()
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.rows_box = QVBoxLayout()
        rows_widget = QWidget()
        rows_widget.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.legend_words)
        layout.addLayout(self.swatches)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self.row_labels: list[QLabel] = []
        self.row_texts: list[QTextEdit] = []
        self._swatch_labels: list[QLabel] = []
        self._scale = 1.0
        self._map: DivergenceMap | None = None
        self._base_point = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0

    @property
    def dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    def show_map(self, the_map: DivergenceMap) -> None:
        self._map = the_map
        self.title.setText(
            one_line(tr("Arena", "Where the versions part ways with {baseline}").format(baseline=the_map.baseline), 200)
        )
        self.note.setText(the_map.note)
        self.note.setVisible(bool(the_map.note))
        self._build_swatches()
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.row_labels, self.row_texts = [], []
        for row in the_map.rows:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setText(self._summary(row))
            text = QTextEdit()
            text.setReadOnly(True)
            text.setAcceptRichText(False)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fill(text, row)
            self.rows_box.addWidget(label)
            self.rows_box.addWidget(text, 1)
            self.row_labels.append(label)
            self.row_texts.append(text)
        self.rows_box.addStretch(0)
        self._apply_fonts()

    @staticmethod
    def _summary(row: MapRow) -> str:
        share = row.share_above(CLEARLY)
        return tr(
            "Arena",
            "{label}: {share} of the words clearly less sure than the original, from “unsure” on (mean KL "
            "divergence {mean_kl} nats over {count} tokens)",
        ).format(
            label=one_line(row.label, 80),
            share=format_percent(share, 0),
            mean_kl=format_decimal(row.mean_kl, 4),
            count=len(row.kl),
        )

    def _fill(self, view: QTextEdit, row: MapRow) -> None:
        view.clear()
        cursor = QTextCursor(view.document())
        shades = _shades(self.dark)
        fmt = QTextCharFormat()
        for piece, level in zip(row.pieces, row.levels(), strict=True):
            fmt.setBackground(QColor(shades[level]))
            fmt.setForeground(_text_color(level, self.dark))
            cursor.insertText(piece, fmt)
        view.moveCursor(QTextCursor.MoveOperation.Start)

    def retranslate_texts(self) -> None:
        """After a language switch: the shade words (padded, so no catalog string as they stand) anew."""
        self._build_swatches()

    def _build_swatches(self) -> None:
        while self.swatches.count():
            item = self.swatches.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._swatch_labels = []
        shades = _shades(self.dark)
        for level, words in enumerate(LEVEL_WORDS):
            swatch = QLabel(f" {tr('Arena', words)} ")
            color = _text_color(level, self.dark).name()
            swatch.setStyleSheet(f"background: {shades[level]}; color: {color}; border: 1px solid #888; padding: 3px;")
            self.swatches.addWidget(swatch)
            self._swatch_labels.append(swatch)
        self.swatches.addStretch(1)

    def set_present(self, present: bool) -> None:
        self._scale = 1.9 if present else 1.0
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        def font(factor: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPointSizeF(self._base_point * self._scale * factor)
            f.setBold(bold)
            return f

        self.title.setFont(font(1.4, bold=True))
        self.legend_words.setFont(font(1.1))
        for label in (*self.row_labels, self.note, *self._swatch_labels):
            label.setFont(font(1.0))
        for text in self.row_texts:
            text.setFont(font(1.15))
