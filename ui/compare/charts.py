"""One comparison chart drawn with pyqtgraph from a :class:`ChartSpec`: bars with their spread and
reference marks, or the size-versus-quality scatter with its Pareto frontier."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.chart_theme import ChartTheme, translate_chart_menu
from ui.i18n import tr
from workbench.compare.present import Bar, ChartSpec

# Okabe-Ito and Tol hues, colour-blind safe; one per variant, the same on every chart.
LIGHT_VARIANT_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999933", "#882255")
DARK_VARIANT_COLORS = ("#4DA3FF", "#FFB84D", "#3DDC97", "#E58FC4", "#8FD3FF", "#FF8A4C", "#D8D86A", "#D77CA6")


def variant_color(index: int, dark: bool) -> QColor:
    colors = DARK_VARIANT_COLORS if dark else LIGHT_VARIANT_COLORS
    return QColor(colors[index % len(colors)])


MARK_HALF_WIDTH = 0.42
"""A mark spans the bar (0.62 wide) and a little beyond, so it reads on a bar of any height."""


BAR_HEADROOM = 1.32
"""The value axis reaches this far above the tallest bar or mark: room for the label over it."""
LEGEND_ROW_HEADROOM = 0.2
"""And this much more per line of the legend, which sits in the top right corner, so it covers no mark or label."""

MARK_DASHES = [2.5, 1.5]
"""Dash and gap of a limit's line, in line widths (a little shorter than Qt's, so a legend sample shows two)."""


class LineSample(ItemSample):
    """A legend sample long enough to show whether its line is dashed or solid (pyqtgraph's is 20 px)."""

    WIDTH = 56

    def __init__(self, item: pg.GraphicsObject) -> None:
        super().__init__(item)
        self.setFixedWidth(self.WIDTH)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, self.WIDTH, 20)

    def paint(self, painter: QPainter, *args: object) -> None:
        if not isinstance(self.item, pg.PlotDataItem):
            super().paint(painter, *args)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(self.item.opts["pen"]))
        painter.drawLine(QPointF(2, 11), QPointF(self.WIDTH - 4, 11))


def _mark(bar: Bar, k: int) -> float | None:
    """The ``k``-th mark of ``bar`` (None: it has none)."""
    return bar.marks[k] if k < len(bar.marks) else None


def _color_index(variant: int, position: int) -> int:
    """A bar's color follows its variant (the same on every chart), else its position."""
    return variant if variant >= 0 else position


class ChartView(pg.PlotWidget):
    """Shows one :class:`ChartSpec`; ``scale`` enlarges every font (2 and more for a projector).

    What was drawn stays inspectable: ``bar_item``, ``error_item``, ``mark_item`` (the first marks),
    ``scatter_item``, ``frontier_item`` (None when the chart has none), ``mark_items`` (one line item per kind
    of mark that some bar has: dashed for a limit, then solid) and ``labels`` (the texts over bars or points).
    """

    def __init__(self, scale: float = 1.0, show_title: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate_chart_menu(self)
        self.scale = scale
        self.show_title = show_title
        self.spec: ChartSpec | None = None
        self.bar_item: pg.BarGraphItem | None = None
        self.error_item: pg.ErrorBarItem | None = None
        self.mark_item: pg.PlotDataItem | None = None
        self.scatter_item: pg.ScatterPlotItem | None = None
        self.frontier_item: pg.PlotDataItem | None = None
        self.mark_items: list[pg.PlotDataItem] = []
        self.labels: list[pg.TextItem] = []
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        self._legend = plot.addLegend(offset=(-10, 10), sampleType=LineSample)
        for side in ("left", "bottom"):
            # Once, while the range is the default 0–1: turning it off later freezes whatever scale the
            # last range gave (a KL chart's ×0.001 would carry over to the next chart).
            plot.getAxis(side).enableAutoSIPrefix(False)
        self.setMinimumHeight(int(260 * min(scale, 1.5)))
        self._theme = self._make_theme()

    # -- drawing --------------------------------------------------------------------------------

    def show_spec(self, spec: ChartSpec) -> None:
        """Draw ``spec``, replacing what was shown."""
        self.spec = spec
        plot = self.getPlotItem()
        plot.clear()
        self._legend.clear()
        self.bar_item = self.error_item = self.mark_item = self.scatter_item = self.frontier_item = None
        self.mark_items = []
        self.labels = []
        self._style_axes(spec)
        if spec.points or spec.key == "tradeoff":
            self._draw_scatter(spec)
        else:
            self._draw_bars(spec)
        self.setToolTip(spec.explain)
        self.fit_labels()

    # -- labels that never overlap --------------------------------------------------------------

    LABEL_MIN_SHRINK = 0.45
    """Labels are made at most this much smaller to fit; what still does not fit is left to the tooltip."""

    def _label_font(self) -> QFont:
        font = QFont(self._theme.tick_font)
        font.setPointSizeF(self._theme.tick_font.pointSizeF() * 0.95)
        return font

    def fit_labels(self) -> None:
        """Shrink the texts over bars to the width of a bar's slot, and move scatter labels that would cover
        each other apart; run after drawing and on every resize (the slot's width in pixels changes)."""
        if not self.__dict__.get("labels") or self.spec is None:  # resized while pyqtgraph builds the view
            return
        base = self._label_font()
        for label in self.labels:
            label.setFont(base)
        if self.spec.bars:
            self._fit_bar_labels(base)
        elif self.spec.points:
            self._separate_point_labels()

    def _pixels_per_unit(self) -> tuple[float, float]:
        box = self.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = box.viewRange()
        rect = box.sceneBoundingRect()
        return (rect.width() / (x1 - x0) if x1 > x0 else 0.0, rect.height() / (y1 - y0) if y1 > y0 else 0.0)

    def _fit_bar_labels(self, base: QFont) -> None:
        slot, _ = self._pixels_per_unit()  # one bar per x unit
        if slot <= 0:
            return
        metrics = QFontMetricsF(base)
        widest = max(
            (metrics.horizontalAdvance(line) for label in self.labels for line in label.toPlainText().splitlines()),
            default=0.0,
        )
        room = 0.96 * slot
        if widest > room:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * max(self.LABEL_MIN_SHRINK, room / widest))
            for label in self.labels:
                label.setFont(font)

    def label_rects(self) -> list[QRectF]:
        """Where each label is drawn, in scene pixels (for the overlap check and tests)."""
        return [label.sceneBoundingRect() for label in self.labels]

    def _separate_point_labels(self) -> None:
        """Labels of points close together would cover each other: put the later one below its point instead,
        then to the left, whichever overlaps nothing placed so far."""
        placed: list[QRectF] = []
        for label in self.labels:
            for anchor in ((-0.15, 1.0), (-0.15, 0.0), (1.15, 1.0), (1.15, 0.0)):
                label.setAnchor(anchor)
                label.updateTransform(force=True)
                rect = label.sceneBoundingRect().adjusted(-8, 0, 8, 0)  # a gap, so two names never read as one
                if not any(rect.intersects(other) for other in placed):
                    break
            placed.append(label.sceneBoundingRect().adjusted(-8, 0, 8, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_labels()

    def _draw_bars(self, spec: ChartSpec) -> None:
        t = self._theme
        plot = self.getPlotItem()
        xs = [i for i, bar in enumerate(spec.bars) if bar.value is not None]
        heights = [spec.bars[i].value or 0.0 for i in xs]
        errors = [spec.bars[i].error for i in xs]
        marks = [m for b in spec.bars for m in b.marks if m is not None]
        top = max([h + e for h, e in zip(heights, errors, strict=True)] + marks + [0.0])
        top = top or 1.0
        if xs:
            brushes = [pg.mkBrush(variant_color(_color_index(spec.bars[i].variant, i), t.dark)) for i in xs]
            self.bar_item = pg.BarGraphItem(x=xs, height=heights, width=0.62, brushes=brushes, pen=pg.mkPen(None))
            plot.addItem(self.bar_item)
            if any(errors):
                self.error_item = pg.ErrorBarItem(
                    x=np.array(xs, float),
                    y=np.array(heights),
                    top=np.array(errors),
                    bottom=np.array(errors),
                    beam=0.18,
                    pen=pg.mkPen(t.foreground, width=max(2.0, 2 * self.scale)),
                )
                plot.addItem(self.error_item)
        self.mark_items = []
        for k, name in enumerate(spec.mark_names):
            marked = [(i, m) for i, bar in enumerate(spec.bars) if (m := _mark(bar, k)) is not None]
            if not marked:
                continue
            mx = np.array([x for i, _m in marked for x in (i - MARK_HALF_WIDTH, i + MARK_HALF_WIDTH)])
            my = np.array([m for _i, m in marked for _ in (0, 1)], float)
            pen = pg.mkPen(t.foreground, width=max(3.0, 3 * self.scale))
            if k == 0:  # a limit: dashed, in dashes short enough to show in the legend's small sample
                pen.setDashPattern(MARK_DASHES)
            item = pg.PlotDataItem(mx, my, connect="pairs", pen=pen)
            plot.addItem(item)
            self.mark_items.append(item)
            self._legend.addItem(item, name)
        self.mark_item = self.mark_items[0] if self.mark_items else None
        for i, bar in enumerate(spec.bars):
            if bar.value is not None:
                y = bar.value + bar.error
                label_height = 0.1 * top * (bar.text.count("\n") + 1)
                for mark in sorted(m for m in bar.marks if m is not None):
                    if y - 0.01 * top <= mark <= y + label_height:
                        y = mark + 0.03 * top  # above the mark, not crossed by it
                self._label(bar.text, i, y, t.foreground).setZValue(10)
            else:
                muted = QColor(t.foreground)
                muted.setAlphaF(0.6)
                self._label(bar.note, i, 0.0, muted)
        ticks = [(i, bar.label) for i, bar in enumerate(spec.bars)]
        plot.getAxis("bottom").setTicks([ticks, []])
        plot.setXRange(-0.6, max(len(spec.bars) - 0.4, 0.6), padding=0)
        # Room above the tallest bar for its label, and for the legend's lines over the bars' tops.
        bottom = min([h - e for h, e in zip(heights, errors, strict=True)] + [0.0])  # a loss below 0: a gain
        plot.setYRange(
            bottom * BAR_HEADROOM, top * (BAR_HEADROOM + LEGEND_ROW_HEADROOM * len(self.mark_items)), padding=0
        )

    def _draw_scatter(self, spec: ChartSpec) -> None:
        t = self._theme
        plot = self.getPlotItem()
        plot.getAxis("bottom").setTicks(None)
        if not spec.points:
            return
        xs = np.array([p.x for p in spec.points])
        ys = np.array([p.y for p in spec.points])
        if len(spec.frontier) > 1:
            fx = [spec.points[i].x for i in spec.frontier]
            fy = [spec.points[i].y for i in spec.frontier]
            pen = pg.mkPen(t.foreground, width=max(3.0, 3 * self.scale), style=Qt.PenStyle.DashLine)
            self.frontier_item = pg.PlotDataItem(fx, fy, pen=pen)
            plot.addItem(self.frontier_item)
            self._legend.addItem(self.frontier_item, tr("Compare", "Pareto frontier: nothing beats these"))
        errors = np.array([p.y_error for p in spec.points])
        if errors.any():
            self.error_item = pg.ErrorBarItem(
                x=xs, y=ys, top=errors, bottom=errors, beam=0.0, pen=pg.mkPen(t.foreground, width=2)
            )
            plot.addItem(self.error_item)
        on_frontier = set(spec.frontier)
        spots = [
            {
                "pos": (p.x, p.y),
                "size": 16 * self.scale,
                "brush": pg.mkBrush(variant_color(p.variant, t.dark)),
                "pen": pg.mkPen(t.foreground, width=2 if i in on_frontier else 0.5),
                "symbol": "o" if i in on_frontier else "s",
            }
            for i, p in enumerate(spec.points)
        ]
        self.scatter_item = pg.ScatterPlotItem(spots=spots)
        plot.addItem(self.scatter_item)
        for p in spec.points:
            label = self._label(p.label, p.x, p.y, t.foreground, anchor=(-0.15, 1.0))
            label.setZValue(10)
        x_span = float(xs.max() - xs.min()) or float(xs.max()) or 1.0
        y_low, y_high = float((ys - errors).min()), float((ys + errors).max())
        y_span = (y_high - y_low) or abs(y_high) * 0.1 or 1.0
        plot.setXRange(max(0.0, float(xs.min()) - 0.12 * x_span), float(xs.max()) + 0.3 * x_span, padding=0)
        plot.setYRange(y_low - 0.15 * y_span, y_high + 0.3 * y_span, padding=0)

    def _label(
        self, text: str, x: float, y: float, color: QColor, anchor: tuple[float, float] = (0.5, 1.0)
    ) -> pg.TextItem:
        fill = QColor(self._theme.background)
        fill.setAlpha(190)
        item = pg.TextItem(text, color=color, anchor=anchor, fill=pg.mkBrush(fill))
        item.setFont(self._label_font())
        if not math.isfinite(y):
            y = 0.0
        item.setPos(x, y)
        self.getPlotItem().addItem(item)
        self.labels.append(item)
        return item

    # -- theme ----------------------------------------------------------------------------------

    def _make_theme(self) -> ChartTheme:
        font = QFont(self.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(base * self.scale)
        return ChartTheme.from_palette(self.palette(), font)

    def _style_axes(self, spec: ChartSpec) -> None:
        t = self._theme
        plot = self.getPlotItem()
        fg = t.foreground.name()
        self.setBackground(t.background)
        label_style = {"color": fg, "font-size": t.label_size}
        plot.setTitle(spec.title if self.show_title else None, color=fg, size=t.title_size, bold=True)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(pg.mkPen(t.foreground, width=1))
            axis.setTextPen(pg.mkPen(t.foreground))
            axis.setTickFont(t.tick_font)
            axis.setStyle(hideOverlappingLabels=False, maxTickLevel=0 if spec.key != "tradeoff" else 1)
        plot.getAxis("left").setWidth(int(70 * self.scale))
        lines = max((bar.label.count("\n") + 1 for bar in spec.bars), default=1)  # "Q4_0" over "Danish"
        tick_height = t.tick_font.pointSizeF() * (2.4 + 2.2 * (lines - 1))
        plot.getAxis("bottom").setHeight(int(tick_height + (30 * self.scale if spec.x_label else 0)))
        plot.showGrid(x=spec.key == "tradeoff", y=True, alpha=t.grid_alpha)
        plot.setLabel("left", spec.y_label, **label_style)
        plot.setLabel("bottom", spec.x_label or "", **label_style)
        if not spec.x_label:
            plot.getAxis("bottom").showLabel(False)
        self._legend.setLabelTextSize(t.label_size)
        self._legend.setLabelTextColor(t.foreground)
        self._legend.setBrush(pg.mkBrush(t.legend_background))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if "_theme" in self.__dict__ and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._theme = self._make_theme()
            if self.spec is not None:
                self.show_spec(self.spec)
