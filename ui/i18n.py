"""The window's languages: ``tr`` for every user-visible string, and loading a language with Qt's translators.

Write every string a person reads as a whole sentence: ``tr("Chat", "Loaded {name}.").format(name=name)``.
``pyside6-lupdate`` extracts these calls into ``resources/i18n/slm_workbench_<lang>.ts`` (``python -m ui.i18n update``).
A string that must exist before any language is loaded (a module-level table) is marked with ``tr_noop`` and
translated where it is shown: ``tr("Library", COLUMNS[i])``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def tr(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the window's language; ``context`` is the panel's name, ``disambiguation`` tells apart two
    meanings of the same short English word ("Load" the verb, "Load" the noun)."""
    return QCoreApplication.translate(context, text, disambiguation)


def tr_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now (for tables made at import time)."""
    del context
    return text


def _locale() -> QLocale:
    """The window's locale (set with its language); English where only the bare "C" locale is set."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_integer(n: int) -> str:
    """``n`` with the digit grouping of the window's language ("4,096" in English, "4.096" in Danish)."""
    return _locale().toString(int(n))


def format_decimal(x: float, decimals: int) -> str:
    """``x`` with ``decimals`` digits after the window language's decimal mark ("1.5" in English, "1,5" in Danish)."""
    return _locale().toString(float(x), "f", decimals)


def format_percent(fraction: float, decimals: int = 0) -> str:
    """``fraction`` (0.38) as a percentage in the window's language: "38%" in English, "38 %" in Danish,
    Norwegian and Swedish (a no-break space before the sign)."""
    locale = _locale()
    number = locale.toString(float(fraction) * 100, "f", decimals)
    english = locale.language() == QLocale.Language.English
    return f"{number}{locale.percent()}" if english else f"{number}\u00a0{locale.percent()}"
