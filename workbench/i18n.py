"""Translation and locale-aware numbers for the core's user-visible text, without Qt.

The core writes every sentence a person reads as ``tr("Context", "Whole sentence with {placeholders}")`` and
formats it after translation. ``tr`` is English (the identity) until someone installs a translator: the window
installs Qt's ``QCoreApplication.translate``; the command line installs a catalog read from the same ``.ts``
files (:func:`use_language`). Both calls must stay two string literals so ``pyside6-lupdate`` finds them.

Numbers, sizes and percentages in that text follow the active language (``1,5 GB`` in Danish, ``1.5 GB`` in
English) through :func:`format_decimal`, :func:`format_integer` and :func:`format_percent`; the window sets
the language with :func:`set_language`. Machine-readable output (JSON, CSV, the server's API) never goes
through them.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

Translator = Callable[[str, str], str]
"""``(context, source text) -> translated text``; returns the source text when it has no translation."""


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def tr(context: str, text: str) -> str:
    """``text`` in the active language (``text`` itself when no translator is installed or it has none)."""
    try:
        translated = _translator(context, text)
    except Exception:  # noqa: BLE001 - a broken catalog must never hide a message; English is the fallback
        return text
    return translated or text


def install(func: Translator | None) -> None:
    """Translate the core's text with ``func`` from now on (``None``: back to English)."""
    global _translator
    _translator = func or _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation where it is defined (a table of texts) and translate it where it is shown
    (:class:`TranslatedTexts` or ``tr(context, text)``)."""
    return text


class TranslatedTexts(Mapping[str, str]):
    """A table of English texts (each marked with :func:`QT_TRANSLATE_NOOP`) that reads them in the active
    language, at the time they are looked up."""

    def __init__(self, context: str, texts: Mapping[str, str]) -> None:
        self._context = context
        self._texts = dict(texts)

    def __getitem__(self, key: str) -> str:
        return tr(self._context, self._texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


# --- numbers ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberStyle:
    """How one language writes numbers (CLDR's conventions)."""

    decimal: str
    group: str
    percent: str
    """The percent pattern, ``{}`` standing for the number."""


NBSP = "\u00a0"

NUMBER_STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle(decimal=".", group=",", percent="{}%"),
    "da": NumberStyle(decimal=",", group=".", percent="{}" + NBSP + "%"),
    "nb": NumberStyle(decimal=",", group=NBSP, percent="{}" + NBSP + "%"),
    "sv": NumberStyle(decimal=",", group=NBSP, percent="{}" + NBSP + "%"),
}
"""The languages the app speaks; any other falls back to English."""

LANGUAGES = tuple(NUMBER_STYLES)

_ALIASES = {"no": "nb", "nn": "nb"}
"""Norwegian without a written standard, and Nynorsk, read Bokmål best of what the app has."""

_language = "en"


def normalize_language(tag: str | None) -> str:
    """``da_DK.UTF-8`` → ``da``, ``nb-NO`` → ``nb``, ``no`` → ``nb``; ``C``, empty or unknown → ``en``."""
    if not tag:
        return "en"
    base = tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in NUMBER_STYLES else "en"


def set_language(tag: str | None) -> str:
    """Write numbers the way ``tag``'s language does from now on; returns the language used (``en`` when the
    app does not speak ``tag``)."""
    global _language
    _language = normalize_language(tag)
    return _language


def language() -> str:
    """The language numbers are written in (``en``, ``da``, ``nb`` or ``sv``)."""
    return _language


def _style() -> NumberStyle:
    return NUMBER_STYLES[_language]


def _localize(formatted: str) -> str:
    """A number Python formatted in English (``1,234.5``) in the active language's separators."""
    style = _style()
    if style.decimal == "." and style.group == ",":
        return formatted
    separators: dict[str, str | int | None] = {",": style.group, ".": style.decimal}
    return formatted.translate(str.maketrans(separators))


def format_decimal(value: float, decimals: int = 1, grouping: bool = False) -> str:
    """``1.5`` (``1,5`` in Danish) with ``decimals`` decimals; thousands separated when ``grouping``."""
    return _localize(f"{value:,.{max(0, decimals)}f}" if grouping else f"{value:.{max(0, decimals)}f}")


def format_compact(value: float) -> str:
    """``30``, ``2.5`` or ``0.25`` (``0,25`` in Danish): as few digits as the value needs (Python's ``g``), for
    settings and limits a person typed or reads as given."""
    return _localize(f"{value:g}")


def format_integer(value: int, grouping: bool = True) -> str:
    """``8,192`` (``8.192`` in Danish, ``8 192`` in Swedish and Norwegian)."""
    return _localize(f"{int(value):,}" if grouping else str(int(value)))


def format_percent(percent: float, decimals: int = 0) -> str:
    """``38%`` (``38 %`` in Danish, Norwegian and Swedish) for ``percent`` = 38.0."""
    return _style().percent.format(format_decimal(percent, decimals))


# --- a Qt-free catalog for the command line ----------------------------------------------------------------

TRANSLATION_PREFIX = "slm_workbench_"
"""Translation files are ``resources/i18n/slm_workbench_<language>.ts``."""

SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})
"""Entries ``lupdate`` marks as not (or no longer) translated: English shows instead."""


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations in a Qt Linguist ``.ts`` file, keyed by (context, source text)."""
    root = ET.parse(path).getroot()
    catalog: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in SKIPPED_TYPES:
                continue
            text = translation.text or ""
            if text:
                catalog[(name, source)] = text
    return catalog


def catalog_translator(catalog: Mapping[tuple[str, str], str]) -> Translator:
    """A :data:`Translator` looking text up in ``catalog`` (English when it is not there)."""

    def translate(context: str, text: str) -> str:
        return catalog.get((context, text), text)

    return translate


def translations_dir() -> Path | None:
    """``resources/i18n`` if the app's resources have it."""
    from workbench.resources import resource_path

    return resource_path("i18n")


LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where the system names its language, the first set one winning (POSIX's order)."""


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` names (the first that is set), as
    :func:`normalize_language` reads it."""
    env = os.environ if environ is None else environ
    for name in LANGUAGE_VARIABLES:
        value = env.get(name)
        if value:
            return normalize_language(value)
    return "en"


def use_language(tag: str | None, directory: Path | None = None) -> str:
    """Speak ``tag``'s language without Qt (the command line): install the finished translations of
    ``<directory>/slm_workbench_<language>.ts`` (the app's ``resources/i18n`` by default) and write numbers that
    language's way. Returns the language used; a language without a readable file keeps English words but
    still its own numbers. ``None`` or ``en``: English."""
    chosen = set_language(tag)
    folder = directory if directory is not None else translations_dir()
    catalog: dict[tuple[str, str], str] = {}
    if chosen != "en" and folder is not None:
        path = folder / f"{TRANSLATION_PREFIX}{chosen}.ts"
        try:
            catalog = read_ts(path)
        except (OSError, ET.ParseError):
            catalog = {}
    install(catalog_translator(catalog) if catalog else None)
    return chosen


@contextmanager
def speaking(tag: str | None, directory: Path | None = None) -> Iterator[str]:
    """:func:`use_language` for a while (one command), then the translator and number style that were in force
    before. Yields the language used."""
    translator, numbers = _translator, _language
    try:
        yield use_language(tag, directory)
    finally:
        install(translator)
        set_language(numbers)
