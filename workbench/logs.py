"""The app's log: one file in the data folder, rotated, where every error the app reports leaves its traceback.

A person sees one plain line for an error; whoever helps them (or a bug report) needs the traceback. The window
sets this up at start (:func:`setup_logging`) and takes it down at exit (:func:`stop_logging`); modules log
through ``logging.getLogger(__name__)``. Without the setup (tests, the headless commands) records go wherever
the caller's logging sends them.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from workbench.paths import AppPaths

LOG_FILE_NAME = "slm-workbench.log"
MAX_BYTES = 1_000_000
"""The file is rotated at about this size ..."""
BACKUP_COUNT = 3
"""... keeping this many older files (``slm-workbench.log.1`` … ``.3``): at most about 4 MB in all."""
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger(__name__)

_installed: dict[str, Any] = {}
"""While set up: the file handler, the logger levels and the exception hooks it replaced."""


def log_file(paths: AppPaths) -> Path:
    """Where the current log is written."""
    return paths.log_dir / LOG_FILE_NAME


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> Path:
    """Send the app's records (``workbench.*``, ``ui.*``, other libraries' warnings, uncaught exceptions) to
    the rotated file under ``paths``; returns its path. Calling it again while set up changes nothing."""
    path = log_file(paths)
    if _installed:
        return Path(_installed["handler"].baseFilename)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    logging.getLogger().addHandler(handler)
    _installed["handler"] = handler
    _installed["levels"] = {name: logging.getLogger(name).level for name in ("workbench", "ui")}
    for name in _installed["levels"]:
        logging.getLogger(name).setLevel(level)
    _installed["hooks"] = (sys.excepthook, threading.excepthook)
    sys.excepthook, threading.excepthook = _log_uncaught, _log_uncaught_in_thread
    logging.captureWarnings(True)
    log.info("log started")
    return path


def stop_logging() -> None:
    """Undo :func:`setup_logging`: close the file, restore the levels and hooks it changed."""
    if not _installed:
        return
    log.info("log ended")
    handler = _installed.pop("handler")
    logging.getLogger().removeHandler(handler)
    handler.close()
    for name, level in _installed.pop("levels").items():
        logging.getLogger(name).setLevel(level)
    sys.excepthook, threading.excepthook = _installed.pop("hooks")
    logging.captureWarnings(False)


def _log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An exception nothing caught (in a Qt slot it does not end the app): logged, then Python's own report."""
    if not issubclass(kind, KeyboardInterrupt):
        log.critical("uncaught exception", exc_info=(kind, value, tb))
    previous = _installed.get("hooks", (sys.__excepthook__, None))[0]
    previous(kind, value, tb)


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit and args.exc_value is not None:
        where = args.thread.name if args.thread is not None else "a thread"
        log.critical("uncaught exception in %s", where, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    previous = _installed.get("hooks", (None, threading.__excepthook__))[1]
    previous(args)
