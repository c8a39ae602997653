"""The command line's progress: redrawn in place on a terminal, one line per stage in a pipe or a log."""

from __future__ import annotations

import io

from workbench.terminal import ProgressLine


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_log_each_stage_leaves_its_last_line_and_no_carriage_return() -> None:
    log = io.StringIO()
    line = ProgressLine(log)
    assert not line.live
    for step, fraction in [("load", 0), ("load", 50), ("load", 100), ("bench", 0), ("bench", 100)]:
        line.show(f"{step} {fraction}%", step)
    line.end()
    assert log.getvalue() == "load 100%\nbench 100%\n"
    line.end()  # nothing more to finish
    assert log.getvalue() == "load 100%\nbench 100%\n"


def test_on_a_terminal_the_line_is_redrawn_and_a_kept_line_stays() -> None:
    screen = Terminal()
    line = ProgressLine(screen)
    assert line.live
    line.show("[1/2] load 10%", 1)
    line.show("[1/2] done", 1)
    line.show("[2/2] load", 2, keep_previous=True)
    line.end()
    assert screen.getvalue() == "\r[1/2] load 10%\r[1/2] done    \n\r[2/2] load\n"


def test_an_empty_run_writes_nothing() -> None:
    for stream in (io.StringIO(), Terminal()):
        ProgressLine(stream).end()
        assert stream.getvalue() == ""
