"""The live charts: tokens per second and memory, scrolling over the last minute.

What a redraw costs the window's thread, kept small so a streaming reply stays smooth beside the charts, and so the
charts take little from the model they measure (:data:`REFRESH_HZ`): solid curves
are drawn as line segments (a thick antialiased path costs many times more to draw, and more the noisier the curve);
the axes, which also draw the grid across the plot, are cached as pictures and drawn again only when their range
changes; the time axis scrolls by whole seconds, so the axes and the memory chart are not drawn again with every rate
sample; a rate curve whose value stays the same (between replies) is given its new points once a second; the
legend's figures change at most ``LEGEND_HZ`` times a second (a label with new text lays the legend out again). The
charts are redrawn only while they can be seen, and catch up when shown.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPen, QShowEvent
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.chart_theme import ChartTheme, translate_chart_menu
from ui.i18n import format_decimal, tr, tr_noop
from workbench.engine.protocol import ReplyStats
from workbench.model_info import format_bytes
from workbench.telemetry import MemorySampler, SampleRing, TokenRateTracker

WINDOW_SECONDS = 60.0
"""The x axis shows this many seconds, scrolling once the panel has run that long."""
HISTORY_SECONDS = 120.0
"""Samples kept in the rings (more than the window, so a resize or pause loses nothing)."""
REFRESH_HZ = 5
"""Rate sampling and repaint frequency, independent of how fast tokens arrive. Every millisecond the window's thread
spends drawing is taken from the model on a computer whose cores all run it: redrawn 15 times a second, the charts
and the chat's text (every 40 ms then) slowed replies in the window to about 0.87 of the same replies without a
window (2 cores, 2 threads); at 5, with the text every 66 ms (:data:`ui.chat.reply.BATCH_MS`), to about 0.93
(``tests/perf/test_window_cost.py``)."""
LEGEND_HZ = 4
"""How often, at most, the legend's figures change while rates are sampled (a readout changing faster cannot be read,
and each new text lays the legend out again)."""
SCROLL_STEP_SECONDS = 1.0
"""Once the charts have run longer than their window, the time axis moves on by this many seconds at a time."""
MEMORY_HZ = 4
"""Memory sampling frequency."""

_EXPLAIN = {
    "instant": tr_noop("Charts", "Instant: tokens the model wrote in the last half second, per second."),
    "average": tr_noop("Charts", "Average: tokens per second over the last 5 seconds of the current reply."),
    "engine": tr_noop("Charts", "Engine memory: what the model process uses right now (RSS)."),
    "app": tr_noop("Charts", "This app: the memory of the workbench window itself (RSS)."),
    "available": tr_noop("Charts", "Available: memory the computer can still hand out without slowing down."),
    "total": tr_noop("Charts", "Total: all the memory (RAM) in this computer, the ceiling for everything."),
}


COLUMN_WINDOW_SECONDS = 1.0
"""An Arena column's rate: tokens that arrived in the last second, per second."""


@dataclass
class _ColumnSeries:
    """One Arena column's live rate on the tokens-per-second chart."""

    name: str
    """As the Arena shows the column: its model, or only its letter in blind mode before Reveal."""
    tracker: TokenRateTracker
    ring: SampleRing
    curve: pg.PlotDataItem


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 5, 7.5 × 10^k at or above ``value`` (stable axis ranges)."""
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0):
        if step * magnitude >= value:
            return step * magnitude
    return 10.0 * magnitude


def window_start(elapsed: float) -> float:
    """Where the time axis begins after ``elapsed`` seconds: 0 until the window is full, then the latest whole step
    that keeps ``elapsed`` in view (the axis moves by :data:`SCROLL_STEP_SECONDS`, not with every sample)."""
    return max(0.0, math.ceil((elapsed - WINDOW_SECONDS) / SCROLL_STEP_SECONDS) * SCROLL_STEP_SECONDS)


def _segments_pen(color: QColor | str, width: float) -> QPen:
    """A solid pen for a curve drawn as line segments: round caps, so the segments meet as one smooth line."""
    pen = pg.mkPen(color, width=width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class LiveChartsPanel(QWidget):
    """Two stacked live charts: tokens per second (instant and average) and memory.

    Public API (all on the GUI thread):

    - ``LiveChartsPanel(engine_rss, parent=None)``: ``engine_rss`` returns the engine
      process's resident memory in bytes or None (in the app: ``EngineClient.rss``).
    - Slots ``on_reply_started()``, ``on_tokens(count, when)`` and ``on_reply_finished(stats)``:
      connect them to the chat's reply signals. ``when`` is ``time.monotonic()`` at the
      tokens' arrival on the GUI thread. ``on_tokens`` only appends to a ring buffer.
      ``stats`` is the reply's ``ReplyStats`` (anything else, e.g. a failure's reason, is
      ignored): a reply too short for any rate sample leaves its own measured average on the
      average curve, so it never goes by unseen.
    - ``set_paused(bool)``: freeze the charts (measurement goes on and shows on resume);
      ``clear()``: empty the charts and restart their time axis at 0.
    - ``set_remote(note)``: with a note, hide the engine curve and show the note (the model
      runs elsewhere); with None, show the engine curve again.
    - ``start_columns(names, colors)``, ``on_column_tokens(index, count, when)``,
      ``on_column_finished(index)``, ``rename_columns(names)``: a tokens-per-second curve for each
      column of an Arena round, named as the Arena shows the column (a letter in blind mode: the
      chart never learns a hidden column's model), in the column's colour.
    - ``refresh()``: take a rate sample and redraw now, what the refresh timer does;
      ``curve_data(name)``: what a curve holds (for tests, perf checks and exports).

    The charts run all the time, between replies too, so loading and unloading a model
    shows in the memory chart. Rates are sampled and the curves redrawn at ``REFRESH_HZ``;
    memory is sampled at ``MEMORY_HZ`` by its own timer. Colors follow the palette.

    Signals:
        paused_changed(bool): the charts were paused (True) or resumed (False), by the
            toolbar or ``set_paused``. Emitted on the GUI thread.
    """

    paused_changed = Signal(bool)
    """The charts were paused (True) or resumed (False). Emitted on the GUI thread."""

    def __init__(
        self,
        engine_rss: Callable[[], int | None],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._built = False
        self._clock = clock
        self._origin = clock()
        self._paused = False
        self._remote = False
        self._drawn: dict[str, tuple[object, float]] = {}
        """What each curve was last given, and the largest value it showed: for a memory curve, its ring's length and
        last sample; for a rate curve, its last value and the second it was taken in; with the window's start. A curve
        whose key did not change is not given its data again."""
        self._legend_at: float | None = None
        """When the legend's figures were last brought up to date (clock seconds)."""
        self._tracker = TokenRateTracker(instant_window=0.5, average_window=5.0)
        self._reply_sampled = False
        """A rate above 0 was sampled during the current reply."""
        self._sampler = MemorySampler(engine_rss, clock=clock)
        self._columns: list[_ColumnSeries] = []
        rate_capacity = int(HISTORY_SECONDS * REFRESH_HZ) + 16
        memory_capacity = int(HISTORY_SECONDS * MEMORY_HZ) + 16
        self._rings = {
            "instant": SampleRing(rate_capacity),
            "average": SampleRing(rate_capacity),
            "engine": SampleRing(memory_capacity),
            "app": SampleRing(memory_capacity),
            "available": SampleRing(memory_capacity),
            "total": SampleRing(memory_capacity),
        }
        self._build()
        self._built = True
        self._apply_theme()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(round(1000 / REFRESH_HZ))
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._memory_timer = QTimer(self)
        self._memory_timer.setInterval(round(1000 / MEMORY_HZ))
        self._memory_timer.timeout.connect(self._on_memory_timer_timeout)
        self._on_memory_timer_timeout()
        self._refresh_timer.start()
        self._memory_timer.start()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self._pause_button = self._tool_button(tr("Charts", "Pause"), checkable=True)
        self._pause_button.setToolTip(
            tr("Charts", "Freeze both charts to talk about them. Measuring goes on; Resume shows it.")
        )
        self._pause_button.toggled.connect(self._on_pause_button_toggled)
        #: Button: empty both charts (verb).
        self._clear_button = self._tool_button(tr("Charts", "Clear"), checkable=False)
        self._clear_button.setToolTip(tr("Charts", "Empty both charts and start their time axis again at 0 s."))
        self._clear_button.clicked.connect(self.clear)
        self._zoom_button = self._tool_button(tr("Charts", "Zoom to processes"), checkable=True)
        self._zoom_button.setToolTip(
            tr(
                "Charts",
                "Scale the memory chart to the engine and this app, so small differences show.\n"
                "Off: the whole computer, with its total memory as the ceiling.",
            )
        )
        self._zoom_button.setChecked(True)  # the model's own memory is what people come to see
        self._zoom_button.toggled.connect(self._on_zoom_button_toggled)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.hide()

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.addWidget(self._pause_button)
        toolbar.addWidget(self._clear_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self._zoom_button)

        self._graphics = pg.GraphicsLayoutWidget()
        translate_chart_menu(self._graphics)
        self._graphics.ci.setContentsMargins(4, 4, 12, 4)
        self._rate_plot = self._graphics.addPlot(row=0, col=0)
        self._rate_legend = self._add_legend(row=1)
        self._memory_plot = self._graphics.addPlot(row=2, col=0)
        self._memory_legend = self._add_legend(row=3)
        self._memory_plot.setXLink(self._rate_plot)
        for plot in (self._rate_plot, self._memory_plot):
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.disableAutoRange()
            plot.getAxis("left").setWidth(64)
            for side in ("left", "bottom"):  # drawn from a picture until their range (or look) changes
                plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rate_plot.setToolTip("\n".join(tr("Charts", _EXPLAIN[k]) for k in ("instant", "average")))
        self._memory_plot.setToolTip(
            "\n".join(tr("Charts", _EXPLAIN[k]) for k in ("engine", "app", "available", "total"))
        )

        self._curves: dict[str, pg.PlotDataItem] = {}
        # The thin instant curve is drawn over the thick average so both stay visible.
        for name in ("average", "instant"):
            self._curves[name] = self._rate_plot.plot(antialias=True, skipFiniteCheck=True)  # rates are finite
        for name in ("total", "available", "app", "engine"):
            self._curves[name] = self._memory_plot.plot(antialias=True, connect="finite")
        for name in ("average", "instant", "available", "app", "engine"):  # solid: segments (the dashed stay paths)
            self._curves[name].curve.setSegmentedLineMode("on")
        self._fill_legends()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(toolbar)
        layout.addWidget(self._note)
        layout.addWidget(self._graphics, 1)

    def _tool_button(self, text: str, checkable: bool) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(checkable)
        return button

    def _add_legend(self, row: int) -> pg.LegendItem:
        legend = pg.LegendItem(colCount=2, horSpacing=10, frame=False)
        self._graphics.addItem(legend, row=row, col=0)
        return legend

    def _fill_legends(self) -> None:
        """(Re)build the legend entries, in a fixed order; the engine entry only when shown."""
        self._rate_legend.clear()
        self._memory_legend.clear()
        self._legend_labels: dict[str, pg.LabelItem] = {}
        names = [("instant", self._rate_legend), ("average", self._rate_legend)]
        names += [(n, self._memory_legend) for n in ("engine", "app", "available", "total")]
        for name, legend in names:
            if name == "engine" and self._remote:
                continue
            legend.addItem(self._curves[name], self._legend_text(name))
            sample, label = legend.items[-1]
            label.setToolTip(tr("Charts", _EXPLAIN[name]))
            sample.setToolTip(tr("Charts", _EXPLAIN[name]))
            self._legend_labels[name] = label
        for column in self._columns:
            self._rate_legend.addItem(column.curve, self._column_text(column))

    # -- public slots -------------------------------------------------------------------

    @Slot()
    def on_reply_started(self) -> None:
        """A reply began: rates are measured from its first token."""
        self._tracker.reply_started()
        self._reply_sampled = False

    @Slot(int, float)
    def on_tokens(self, count: int, when: float) -> None:
        """``count`` tokens arrived at ``when`` (monotonic seconds). O(1): one ring append."""
        self._tracker.add(count, when)

    @Slot()
    @Slot(object)
    def on_reply_finished(self, stats: object = None) -> None:
        """The reply ended (done, cancelled or failed): rates drop to 0 until the next one.

        ``stats`` is the reply's ``ReplyStats`` when it has them. A reply that ended before any rate
        sample saw it (a short one, its tokens arriving between two refreshes) leaves one point on the
        average curve now: its own measured speed from ``stats``. Without stats, or with no speed
        measured (one token), nothing is drawn rather than a guess.
        """
        in_reply = self._tracker.in_reply
        self._tracker.reply_finished()
        if not in_reply or self._reply_sampled or not isinstance(stats, ReplyStats):
            return
        rate = stats.tokens_per_second
        if rate <= 0 or not math.isfinite(rate):
            return
        now = self._clock()
        self._rings["average"].append(now, rate)
        self._reply_sampled = True
        if self.isVisible():
            self._redraw()

    def start_columns(self, names: list[str], colors: list[QColor]) -> None:
        """An Arena round began: one curve per column, named ``names`` (as the Arena shows them, in its order) in
        ``colors``; the previous round's curves go."""
        for column in self._columns:
            self._rate_plot.removeItem(column.curve)
        capacity = int(HISTORY_SECONDS * REFRESH_HZ) + 16
        self._columns = []
        for name, color in zip(names, colors, strict=True):
            # Dashed: the columns' colours are the Arena's, and its first is the chat's average blue.
            curve = self._rate_plot.plot(
                antialias=True, skipFiniteCheck=True, pen=pg.mkPen(color, width=3, style=Qt.PenStyle.DashLine)
            )
            tracker = TokenRateTracker(instant_window=COLUMN_WINDOW_SECONDS, average_window=COLUMN_WINDOW_SECONDS)
            tracker.reply_started()
            self._columns.append(_ColumnSeries(name, tracker, SampleRing(capacity), curve))
        self._fill_legends()
        self._redraw(force=True)

    def rename_columns(self, names: list[str]) -> None:
        """The Arena's columns are shown under new names (after Reveal): the same curves, named anew."""
        for column, name in zip(self._columns, names, strict=False):
            column.name = name
        self._fill_legends()

    @Slot(int, int, float)
    def on_column_tokens(self, index: int, count: int, when: float) -> None:
        """``count`` tokens of the Arena column shown at ``index`` arrived at ``when`` (monotonic seconds)."""
        if 0 <= index < len(self._columns):
            self._columns[index].tracker.add(count, when)

    @Slot(int)
    def on_column_finished(self, index: int) -> None:
        """The Arena column at ``index`` ended: its rate drops to 0 (its curve stays)."""
        if 0 <= index < len(self._columns):
            self._columns[index].tracker.reply_finished()

    def column_names(self) -> list[str]:
        """The names of the Arena columns' curves (what the legend shows before the rate)."""
        return [column.name for column in self._columns]

    def column_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """What the curve of the Arena column at ``index`` holds: (seconds since start, tokens per second)."""
        times, values = self._columns[index].ring.snapshot()
        return times - self._origin, values

    def is_paused(self) -> bool:
        return self._paused

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        """Freeze (True) or resume (False) the charts; samples are still taken while frozen."""
        if paused == self._paused:
            return
        self._paused = paused
        self._pause_button.blockSignals(True)
        self._pause_button.setChecked(paused)
        self._pause_button.blockSignals(False)
        self._pause_button.setText(tr("Charts", "Resume") if paused else tr("Charts", "Pause"))
        if not paused:
            self._redraw()
        self.paused_changed.emit(paused)

    @Slot()
    def clear(self) -> None:
        """Empty every chart and restart the time axis at 0 (a paused chart redraws once)."""
        for ring in self._rings.values():
            ring.clear()
        for column in self._columns:
            column.ring.clear()
        self._tracker.clear()
        self._origin = self._clock()
        self._on_memory_timer_timeout()
        self._redraw(force=True)

    def set_remote(self, note: str | None) -> None:
        """Show ``note`` and hide the engine curve (a remote model), or undo that with None."""
        self._remote = note is not None
        self._note.setText(note or "")
        self._note.setVisible(self._remote)
        self._curves["engine"].setVisible(not self._remote)
        self._fill_legends()
        self._redraw(force=True)

    def refresh(self) -> None:
        """Take a rate sample and redraw now (the refresh timer's work), the legend's figures too."""
        self._legend_at = None
        self._on_refresh_timer_timeout()

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """What curve ``name`` holds now: (seconds since start, value), before clipping and downsampling.

        Names: ``instant``, ``average`` (tokens/s); ``engine``, ``app``, ``available``, ``total`` (bytes).
        """
        x, y = self._curves[name].getOriginalDataset()
        if x is None or y is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y)

    # -- sampling and drawing -----------------------------------------------------------

    def _on_refresh_timer_timeout(self) -> None:
        now = self._clock()
        instant, average = self._tracker.rates(now)
        if self._tracker.in_reply and average > 0:
            self._reply_sampled = True
        self._rings["instant"].append(now, instant)
        self._rings["average"].append(now, average)
        for column in self._columns:
            column.ring.append(now, column.tracker.rate(COLUMN_WINDOW_SECONDS, now))
        if self.isVisible() and not self.window().isMinimized():
            self._redraw()

    def _on_memory_timer_timeout(self) -> None:
        sample = self._sampler.sample()
        engine = math.nan if sample.engine_rss is None else float(sample.engine_rss)
        self._rings["engine"].append(sample.when, engine)
        self._rings["app"].append(sample.when, float(sample.app_rss))
        self._rings["available"].append(sample.when, float(sample.available))
        self._rings["total"].append(sample.when, float(sample.total))

    def _redraw(self, force: bool = False) -> None:
        if self._paused and not force:
            return
        now = self._clock()
        x_end = now - self._origin
        x_start = window_start(x_end)
        visible_max: dict[str, float] = {}
        for name, curve in self._curves.items():
            ring = self._rings[name]
            last = ring.last()
            if name in ("instant", "average"):  # a value that stays the same is drawn on once a second
                key: object = (last[1] if last else None, (last[0] - self._origin) // 1.0 if last else None)
            else:
                key = (len(ring), last)
            key = (key, self._origin, x_start)
            drawn = self._drawn.get(name)
            if drawn is not None and drawn[0] == key and not force:
                visible_max[name] = drawn[1]  # nothing new to show: the curve stays
                continue
            times, values = ring.snapshot()
            x = times - self._origin
            curve.setData(x, values)
            shown = values[x >= x_start]
            finite = shown[np.isfinite(shown)]
            visible_max[name] = float(finite.max()) if finite.size else 0.0
            self._drawn[name] = (key, visible_max[name])
        for column in self._columns:
            times, values = column.ring.snapshot()
            x = times - self._origin
            column.curve.setData(x, values)
            shown = values[x >= x_start]
            visible_max["instant"] = max(visible_max["instant"], float(shown.max()) if shown.size else 0.0)
        # A little room below 0 on both axes: the 0 tick shows, and a curve at 0 is not hidden by the axis.
        # (An unchanged range is not set again: the axes and what they cache stay as they are.)
        self._rate_plot.setXRange(x_start - 1.0, x_start + WINDOW_SECONDS, padding=0)
        rate_top = _nice_ceiling(max(10.0, max(visible_max["instant"], visible_max["average"]) * 1.1))
        self._rate_plot.setYRange(-0.08 * rate_top, rate_top, padding=0)
        if self._zoom_button.isChecked():
            processes = max(visible_max["app"], 0.0 if self._remote else visible_max["engine"])
            memory_top = _nice_ceiling(max(50e6, processes * 1.15))
        else:
            memory_top = max(visible_max["total"], visible_max["available"], 1e9) * 1.08
        self._memory_plot.setYRange(-0.08 * memory_top, memory_top, padding=0)
        if force or self._legend_at is None or now - self._legend_at >= 1.0 / LEGEND_HZ or now < self._legend_at:
            self._legend_at = now
            self._update_legend_values()

    def _legend_text(self, name: str) -> str:
        last = self._rings[name].last()
        value = last[1] if last is not None else math.nan
        if name in ("instant", "average"):
            shown = "–" if math.isnan(value) else tr("Charts", "{value} tok/s").format(value=format_decimal(value, 0))
        else:
            shown = "–" if math.isnan(value) else format_bytes(value)
        title = {
            #: Legend: tokens per second right now.
            "instant": tr("Charts", "Instant"),
            "average": tr("Charts", "Average"),
            #: Legend: the memory of the process that runs the model.
            "engine": tr("Charts", "Engine"),
            #: Legend: the memory of this app's window.
            "app": tr("Charts", "App"),
            #: Legend: memory the computer can still hand out.
            "available": tr("Charts", "Available"),
            "total": tr("Charts", "Total"),
        }[name]
        return f"{title}: {shown}"

    def _column_text(self, column: _ColumnSeries) -> str:
        last = column.ring.last()
        if last is None or math.isnan(last[1]):
            shown = "–"
        else:
            shown = tr("Charts", "{value} tok/s").format(value=format_decimal(last[1], 0))
        return f"{column.name}: {shown}"

    def _update_legend_values(self) -> None:
        for name, label in self._legend_labels.items():
            text = self._legend_text(name)
            if label.text != text:
                label.setText(text)
        for column in self._columns:
            for sample, label in self._rate_legend.items:
                if sample.item is column.curve:
                    text = self._column_text(column)
                    if label.text != text:
                        label.setText(text)

    # -- theme --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if self._built and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.FontChange,
        ):
            self._apply_theme()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._redraw()  # catch up on what was measured while hidden (unless paused)

    def _apply_theme(self) -> None:
        theme = ChartTheme.from_palette(self.palette(), self.font())
        self._theme = theme
        fg = theme.foreground
        label_style = {"color": fg.name(), "font-size": theme.label_size}
        self._graphics.setBackground(theme.background)
        for plot, title in (
            (self._rate_plot, tr("Charts", "Tokens per second")),
            (self._memory_plot, tr("Charts", "Memory")),
        ):
            plot.setTitle(title, color=fg.name(), size=theme.title_size, bold=True)
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(pg.mkPen(fg, width=1))
                axis.setTextPen(pg.mkPen(fg))
                axis.setTickFont(theme.tick_font)
                axis.setStyle(hideOverlappingLabels=False)
            plot.showGrid(x=True, y=True, alpha=theme.grid_alpha)
            plot.setLabel("bottom", tr("Charts", "time (s)"), **label_style)
        self._rate_plot.setLabel("left", tr("Charts", "tokens/s"), **label_style)
        self._memory_plot.setLabel("left", tr("Charts", "memory"), units="B", **label_style)

        s = theme.series
        self._curves["instant"].setPen(_segments_pen(s["instant"], 2))
        self._curves["average"].setPen(_segments_pen(s["average"], 4))
        self._curves["engine"].setPen(_segments_pen(s["engine"], 4))
        self._curves["app"].setPen(_segments_pen(s["app"], 3))
        self._curves["available"].setPen(_segments_pen(s["available"], 3))
        self._curves["total"].setPen(pg.mkPen(fg, width=2, style=Qt.PenStyle.DashLine))
        for legend in (self._rate_legend, self._memory_legend):
            legend.setLabelTextSize(theme.label_size)
            legend.setLabelTextColor(fg)
            for _sample, label in legend.items:
                label.setText(label.text)  # re-render with the new color and size
            legend.update()

    # -- toolbar ------------------------------------------------------------------------

    def _on_pause_button_toggled(self, checked: bool) -> None:
        self.set_paused(checked)

    def _on_zoom_button_toggled(self, _checked: bool) -> None:
        self._redraw(force=True)
