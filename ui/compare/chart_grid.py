"""Every chart of a comparison at once, two to a row, each with its plain-words caption."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.compare.charts import ChartView
from workbench.compare.present import CHART_KEYS, ChartKey, ChartSpec, chart_specs
from workbench.compare.results import CompareRun

REDRAW_MS = 150
"""Progress can arrive many times a second; the charts redraw at most this often."""
TWO_COLUMNS_FROM_PX = 1100
"""Below this width the charts go one to a row: two side by side would leave each bar too narrow for its label."""


OPTIONAL_CHARTS: frozenset[ChartKey] = frozenset({"languages"})
"""Charts left off the grid while they have nothing to show (losses by language: a run of one text)."""


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
    """The seven charts of a run, two to a row (one on a narrow window), redrawn (throttled) as results arrive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self.cards: dict[ChartKey, ChartCard] = {key: ChartCard(holder) for key in CHART_KEYS}
        for key in OPTIONAL_CHARTS:
            self.cards[key].setHidden(True)
        self.columns = 0
        self._arrange(2)
        self.setWidget(holder)
        self._run: CompareRun | None = None
        self.held = False
        """While a speed test runs, nothing is drawn (see :meth:`hold`)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pending = False
        """A redraw was due while the charts were out of sight (another tab): it happens when they are shown."""

    def show_run(self, run: CompareRun | None, now: bool = False) -> None:
        """Draw ``run`` (None: empty); soon, or at once with ``now``; while :attr:`held`, once it is released."""
        self._run = run
        if now:  # a run shown whole (finished, reopened): nothing is being timed any more
            self.held = False
            self.redraw()
        elif not self.held and not self._timer.isActive():
            self._timer.start()

    def hold(self, held: bool) -> None:
        """Draw nothing while ``held``; then what came meanwhile. A comparison holds the charts during each speed
        test: redrawing seven charts keeps the window's thread busy for a while, and on a small computer that time is
        taken from the model being timed."""
        if held == self.held:
            return
        self.held = held
        if held:
            self._timer.stop()
        elif self._run is not None and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        """A throttled redraw: now if the charts are in sight, else when they come into sight. While a comparison
        runs, the table is usually what is shown, and redrawing hidden charts after every step was half of the
        window's work."""
        if self.isHidden():
            self._pending = True
        else:
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending:
            self.redraw()

    def redraw(self) -> None:
        self._timer.stop()
        self._pending = False
        if self._run is None:
            return
        shown_before = self._shown()
        for spec in chart_specs(self._run):
            self.cards[spec.key].show_spec(spec)
            if spec.key in OPTIONAL_CHARTS:
                self.cards[spec.key].setHidden(not spec.has_data)
        if self._shown() != shown_before:
            self._arrange(self.columns, force=True)

    def _shown(self) -> list[ChartCard]:
        """The cards on the grid: every chart but an optional one with nothing to show."""
        return [card for key, card in self.cards.items() if key not in OPTIONAL_CHARTS or not card.isHidden()]

    def _arrange(self, columns: int, force: bool = False) -> None:
        if columns == self.columns and not force:
            return
        self.columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for i, card in enumerate(self._shown()):
            self._grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_FROM_PX else 1)
        super().resizeEvent(event)

    def view(self, key: ChartKey) -> ChartView:
        return self.cards[key].view
