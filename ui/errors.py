"""One line for an error, the way every panel shows it: plain words, never an exception's type name.

The core's own errors (:class:`~workbench.errors.WorkbenchError`) already carry a reason a person can read. A
file error says what went wrong with which file. Anything else is a bug or a library's surprise: its message is
kept (first line, bounded) and the person is pointed at the log, where :mod:`ui.jobs` (or the caller, through
:func:`report`) has written the traceback.
"""

from __future__ import annotations

import logging

from workbench.errors import WorkbenchError
from workbench.i18n import tr  # Qt-free: the display check imports this module before Qt may load

MAX_LENGTH = 300
"""An error's line is cut at this many characters (a library can put a whole document in its message)."""

log = logging.getLogger(__name__)


def error_line(exc: BaseException) -> str:
    """The one line to show for ``exc``."""
    if isinstance(exc, WorkbenchError):
        return _bounded(str(exc)) or tr("Errors", "Something went wrong.")
    if isinstance(exc, OSError) and exc.strerror:
        where = exc.filename if exc.filename is not None else ""
        return _bounded(f"{exc.strerror}: {where}" if where else exc.strerror)
    text = _bounded(str(exc))
    if isinstance(exc, KeyError | IndexError | AttributeError | TypeError | AssertionError) or not text:
        # their messages ("'name'", "list index out of range") mean nothing without the type and the code
        return tr("Errors", "Something unexpected went wrong; the details are in the log (Help ▸ Open log folder).")
    return tr("Errors", "Something unexpected went wrong: {text} (details in the log: Help ▸ Open log folder)").format(
        text=text
    )


def report(exc: BaseException, doing: str) -> str:
    """Log ``exc`` with its traceback (``doing`` says what failed) and return its :func:`error_line`.

    For errors caught in the GUI thread; failures of jobs are logged by :mod:`ui.jobs` already.
    """
    log_failure(exc, doing)
    return error_line(exc)


def log_failure(exc: BaseException, doing: str) -> None:
    """Write ``exc`` and its traceback to the log: a warning for the core's own errors, an error otherwise."""
    level = logging.WARNING if isinstance(exc, WorkbenchError | OSError) else logging.ERROR
    log.log(level, "%s failed: %s", doing, error_line(exc), exc_info=(type(exc), exc, exc.__traceback__))


def _bounded(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_LENGTH else line[: MAX_LENGTH - 1] + "…"
