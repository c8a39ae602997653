"""Every chart of a comparison at once, two to a row, each with its plain-words caption."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.compare.charts import ChartView
from workbench.compare.present import CHART_KEYS, ChartKey, ChartSpec, chart_specs
from workbench.compare.results import CompareRun

REDRAW_MS = 150
"""Progress can arrive many times a second; the charts redraw at most this often."""


class ChartCard(QWidget):
    """A chart and the sentence under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ChartView()
        self.view.setMinimumHeight(320)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.caption.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 12)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

    def show_spec(self, spec: ChartSpec) -> None:
        self.view.show_spec(spec)
        self.caption.setText(spec.caption)
        self.caption.setToolTip(spec.explain)


class ChartGrid(QScrollArea):
    """The seven charts of a run, redrawn (throttled) as results arrive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        holder = QWidget()
        grid = QGridLayout(holder)
        self.cards: dict[ChartKey, ChartCard] = {}
        for i, key in enumerate(CHART_KEYS):
            card = ChartCard()
            self.cards[key] = card
            grid.addWidget(card, i // 2, i % 2)
        self.setWidget(holder)
        self._run: CompareRun | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.redraw)

    def show_run(self, run: CompareRun | None, now: bool = False) -> None:
        """Draw ``run`` (None: empty); soon, or at once with ``now``."""
        self._run = run
        if now:
            self.redraw()
        elif not self._timer.isActive():
            self._timer.start()

    def redraw(self) -> None:
        self._timer.stop()
        if self._run is None:
            return
        for spec in chart_specs(self._run):
            self.cards[spec.key].show_spec(spec)

    def view(self, key: ChartKey) -> ChartView:
        return self.cards[key].view
