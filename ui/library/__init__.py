"""The Library tab: the models on this machine."""

from ui.library.panel import LibraryPanel

__all__ = ["LibraryPanel"]
