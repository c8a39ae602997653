"""Live charts: tokens per second and memory, for the main window to place."""

from ui.charts.panel import LiveChartsPanel

__all__ = ["LiveChartsPanel"]
