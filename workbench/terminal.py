"""A line of progress for the command line: redrawn in place on a terminal; elsewhere (a pipe, a log file, a CI job)
written once per stage, as the last thing that stage said, so that the log reads as what happened rather than as
thousands of carriage returns on one line."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TextIO


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed stream, or a stand-in without isatty
        return False


class ProgressLine:
    """Progress on ``stream``. ``live`` None: redraw in place only if ``stream`` is a terminal."""

    def __init__(self, stream: TextIO, live: bool | None = None) -> None:
        self._stream = stream
        self.live = is_terminal(stream) if live is None else live
        self._width = 0
        self._stage: Hashable | None = None
        self._last = ""

    def show(self, line: str, stage: Hashable, keep_previous: bool = False) -> None:
        """Show ``line``, the latest of ``stage``. On a terminal it replaces the line shown, or with
        ``keep_previous`` goes below it; elsewhere a stage's last line is written when the next stage begins."""
        if self.live:
            if keep_previous and self._width:
                self._stream.write("\n")
                self._width = 0
            self._stream.write("\r" + line.ljust(self._width))
            self._width = len(line)
            self._stream.flush()
        elif stage != self._stage and self._last:
            self._stream.write(self._last + "\n")
            self._stream.flush()
        self._stage = stage
        self._last = line

    def end(self) -> None:
        """Finish: the line shown stays, and what is written next starts on a line of its own."""
        if self.live and self._width:
            self._stream.write("\n")
        elif not self.live and self._last:
            self._stream.write(self._last + "\n")
        self._stream.flush()
        self._width, self._stage, self._last = 0, None, ""
