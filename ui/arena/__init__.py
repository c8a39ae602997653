"""The Arena tab: one question to two to four models, side by side, with a blind vote and where replies part ways."""

from ui.arena.panel import ArenaPanel

__all__ = ["ArenaPanel"]
