"""Translation hook for the core: Qt-free; the window installs Qt's translator here at start.

Every user-visible core message is written ``tr("Context", "Whole sentence with {name}").format(name=...)``.
Until a translate function is installed (the CLI, tests), ``tr`` returns the English text unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None


def install(func: Callable[[str, str], str] | None) -> None:
    """Route ``tr`` through ``func(context, text)``; ``None`` restores the English text."""
    global _translate
    _translate = func


def tr(context: str, text: str) -> str:
    """``text`` in the installed language (English when nothing is installed or the lookup fails)."""
    func = _translate
    if func is None:
        return text
    try:
        result = func(context, text)
    except Exception:  # noqa: BLE001 - a broken catalog must never hide a message; English is the fallback
        return text
    return result or text
