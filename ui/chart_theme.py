"""Chart colors and fonts derived from the widget palette, readable in light and dark themes.

Shared by the live charts (:mod:`ui.charts`) and the comparison charts (:mod:`ui.compare`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QPalette

from ui.i18n import tr

# Okabe-Ito colour-blind-safe hues: a deeper set for light backgrounds, a brighter one for dark.
_LIGHT_SERIES = {
    "average": "#0072B2",
    "engine": "#D55E00",
    "app": "#009E73",
    "available": "#CC79A7",
}
_DARK_SERIES = {
    "average": "#4DA3FF",
    "engine": "#FF9A3C",
    "app": "#3DDC97",
    "available": "#E58FC4",
}


@dataclass(frozen=True)
class ChartTheme:
    """The colors and font sizes one rendering of the charts uses."""

    dark: bool
    background: QColor
    foreground: QColor
    grid_alpha: float
    legend_background: QColor
    series: dict[str, QColor]
    tick_font: QFont
    label_size: str
    """CSS size of axis labels and legend text, e.g. ``"13pt"``."""
    title_size: str

    @classmethod
    def from_palette(cls, palette: QPalette, base_font: QFont) -> ChartTheme:
        """Colors from ``palette`` (its Base and Text roles); sizes scaled up from ``base_font``."""
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        dark = background.lightnessF() < 0.5
        legend_background = QColor(background)
        legend_background.setAlpha(215)
        series = {name: QColor(hex_) for name, hex_ in (_DARK_SERIES if dark else _LIGHT_SERIES).items()}
        # The raw, jumpy instant rate in a quiet grey of the text color; the average carries the color.
        instant = QColor(foreground)
        instant.setAlphaF(0.6)
        series["instant"] = instant
        # A notch above the window's text and never below 10 pt, yet small enough that both charts and
        # their legends fit a side panel a third of a laptop screen wide.
        base = base_font.pointSizeF() if base_font.pointSizeF() > 0 else 10.0
        tick_font = QFont(base_font)
        tick_font.setPointSizeF(max(10.0, base))
        return cls(
            dark=dark,
            background=background,
            foreground=foreground,
            grid_alpha=0.25 if dark else 0.18,
            legend_background=legend_background,
            series=series,
            tick_font=tick_font,
            label_size=f"{max(10.0, base * 1.05):.0f}pt",
            title_size=f"{max(11.0, base * 1.2):.0f}pt",
        )


def translate_chart_menu(view: pg.GraphicsView) -> None:
    """pyqtgraph's own right-click entry on a chart ("Export..."), in the window's language (a language switch
    then finds it as a catalog string)."""
    for action in getattr(view.scene(), "contextMenu", None) or ():
        action.setText(tr("Charts", "Export…"))
