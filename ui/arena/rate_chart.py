"""Live tokens per second of every Arena column on one chart: a curve per column made once, redrawn from its
points at 10 Hz (the data rate and the repaint rate stay apart).

The axes keep their range until a curve outgrows it, and then grow by a round step: an axis whose range changes is
laid out and drawn again whole, which costs the window more than the curves themselves.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.chart_theme import ChartTheme, translate_chart_menu
from ui.i18n import tr

COLUMN_COLORS_LIGHT = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
COLUMN_COLORS_DARK = ("#4DA3FF", "#FF9A3C", "#3DDC97", "#E58FC4")
"""Okabe-Ito hues, one per column, as the app's other charts use them."""
REDRAW_MS = 100
SECONDS_STEP = 10.0
"""The time axis grows by this many seconds at a time."""


def round_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10^k at or above ``value`` (at least 1): an axis range that changes seldom."""
    if value <= 1.0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * magnitude >= value:
            return step * magnitude
    return 10.0 * magnitude


class ColumnRateChart(QWidget):
    """Tokens per second so far of each column against seconds since its reply was asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plot_widget = pg.PlotWidget()
        translate_chart_menu(self._plot_widget)
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("left", tr("Arena", "tokens/s"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.setLabel("bottom", tr("Arena", "seconds"))
        # No grid: a grid is drawn by the axes across the whole plot, so every new point would draw both axes (their
        # text too) again; without it they are drawn only when their range grows.
        self.plot.disableAutoRange()
        for name in ("left", "bottom"):  # ticks outside the plot: a curve near an axis does not draw the axis again
            self.plot.getAxis(name).setStyle(tickLength=5)
        self._x_top, self._y_top = 0.0, 0.0
        self._curves: list[pg.PlotDataItem] = []
        self._points: list[tuple[list[float], list[float]]] = []
        self._dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot_widget)
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.setToolTip(
            tr(
                "Arena",
                "How fast each column answers, in tokens per second so far, in the colour of its column. "
                "All at once, they share the processor: each is slower than alone.",
            )
        )

    def start(self, names: list[str]) -> None:
        """New curves for the columns ``names`` (in the order they are shown)."""
        self.plot.clear()
        theme = ChartTheme.from_palette(self.palette(), self.font())
        self._plot_widget.setBackground(theme.background)
        self._curves, self._points = [], []
        for i, name in enumerate(names):
            pen = pg.mkPen(self.color(i), width=3)
            self._curves.append(self.plot.plot([], [], pen=pen, name=name))
            self._points.append(([], []))
        self._x_top, self._y_top = 0.0, 0.0
        self._set_ranges(SECONDS_STEP, 10.0)
        self._dirty = True

    def color(self, shown_index: int) -> QColor:
        """The colour of the column shown at ``shown_index`` (its curve, and the bar on its header)."""
        dark = self.palette().base().color().lightness() < 128
        colors = COLUMN_COLORS_DARK if dark else COLUMN_COLORS_LIGHT
        return QColor(colors[shown_index % len(colors)])

    def add_point(self, shown_index: int, seconds: float, tokens: int) -> None:
        if 0 <= shown_index < len(self._points) and seconds > 0:
            xs, ys = self._points[shown_index]
            xs.append(seconds)
            ys.append(tokens / seconds)
            self._dirty = True

    def curve_data(self, shown_index: int) -> tuple[list[float], list[float]]:
        return self._points[shown_index]

    def set_present(self, present: bool) -> None:
        """Larger axis text for a room."""
        font = QFont(self.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(base * (1.6 if present else 1.0))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTickFont(font)
            axis.label.setFont(font)

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._dirty or not self.isVisible():
            return
        self._dirty = False
        x_top = y_top = 0.0
        for curve, (xs, ys) in zip(self._curves, self._points, strict=True):
            curve.setData(xs, ys)
            if xs:
                x_top, y_top = max(x_top, xs[-1]), max(y_top, max(ys[-20:]))
        self._set_ranges(math.ceil(x_top / SECONDS_STEP) * SECONDS_STEP, round_ceiling(y_top * 1.1))

    def _set_ranges(self, x_top: float, y_top: float) -> None:
        """Grow the axes to ``x_top`` seconds and ``y_top`` tokens/s (they never shrink within a round)."""
        x_top, y_top = max(x_top, self._x_top), max(y_top, self._y_top)
        if (x_top, y_top) != (self._x_top, self._y_top):
            self._x_top, self._y_top = x_top, y_top
            self.plot.setXRange(0.0, x_top, padding=0.02)
            self.plot.setYRange(-0.05 * y_top, y_top, padding=0.08)  # a curve at 0 stays clear of the axis
            self.plot.getAxis("left").setTickSpacing(y_top / 2, y_top / 2)  # 0, half, top: readable when low
