"""A child-process entry point for the translation tests (importable by a spawned child)."""

from __future__ import annotations

from multiprocessing.connection import Connection

from workbench.childproc import announce_ready
from workbench.i18n import format_decimal, language, tr


def say(conn: Connection) -> None:
    """Say ready, then answer every (context, text) with its translation and the language numbers are in."""
    announce_ready(conn)
    while (message := conn.recv()) is not None:
        context, text = message
        conn.send((tr(context, text), language(), format_decimal(1.5, 1)))
