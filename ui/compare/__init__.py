"""The Compare tab: variants side by side in numbers, charts and answers; presentation mode; exports."""

from ui.compare.panel import ComparePanel

__all__ = ["ComparePanel"]
