"""Find English left in a translated window: every text a person can read, walked widget by widget, and a
judge of which of those texts are English.

A text counts as English when it (or one sentence of it) is

- a catalog source string (or a source with its ``{placeholders}`` filled in) whose translation in the window's
  language differs, and which is no translation of any entry either; or
- an English sentence the catalog lacks: two or more of a short set of English function words ("the", "and",
  "of", "is", "this", "with", "your", "not", "was", "are", "to") as whole words, or one of the unmistakable
  ones ("the", "this", "your", "with", "was", "are"), once names are taken out.

"to" is two in Danish and Norwegian, "is" ice and "and" a duck in Danish: there they prove nothing and are not
counted; in Swedish two of them together count. Names (models, files, formats, programs) are taken out first with
:data:`NAMES`; whatever a model or a person wrote (replies, prompts, conversation titles) is content, not the
window's text, and is skipped by the caller.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import language

STRONG = frozenset({"the", "this", "your", "with", "was", "are", "of", "not"})
WEAK = frozenset({"and", "is", "to"})
"""English function words; a weak one only counts next to a second function word."""

NAMES = (
    r"SmolLM2[-\w.]*",
    r"[\w.-]+\.(?:gguf|json|csv|png|svg|txt|toml|sqlite3|onnx|safetensors|md|log)\b",
    r"\bllama\.cpp\b",
    r"\bllama-[\w-]+",
    r"\bHugging Face\b",
    r"\bmlx-lm\b",
    r"\bQ\d_[\w]+|\bF16\b|\bBF16\b|\bF32\b|\bIQ\d_\w+",
    r"\bOpenAI\b",
    r"\bOllama\b|\bvLLM\b|\bLM Studio\b|\bFoundry Local\b",
    r"\bSLM Workbench\b",
    r"\bThe Tiny Ladder\b",
)
"""Names that stay English in every language (a model called "Of Mice and Men" would be content, not a name)."""
_NAMES = re.compile("|".join(NAMES))
_WORD = re.compile(r"[A-Za-zÀ-ÿ'][\w'-]*")
_TAG = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+|\s+[·—–|]\s+")


@dataclass(frozen=True)
class Shown:
    """One text the window shows, and where."""

    where: str
    text: str


def plain(text: str) -> str:
    """``text`` as a person reads it: tags gone, entities decoded, an action's ``&`` gone."""
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", re.sub(r"<br\s*/?>|</p>|</li>|</tr>", "\n", text, flags=re.I))
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def _plain_part(text: str) -> str:
    """A piece of a source between placeholders as :func:`plain` shows it (its edge spaces kept)."""
    if "<" in text and ">" in text:
        text = _TAG.sub("", re.sub(r"<br\s*/?>|</p>|</li>|</tr>", "\n", text, flags=re.I))
    return html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def sentences(text: str) -> list[str]:
    """The lines of ``text`` and the sentences (and clauses after a colon) in them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines + [s.strip() for s in _SENTENCE.split(text) if s.strip() and s.strip() not in lines]


class EnglishJudge:
    """Tells English apart in the language installed now (build it after installing the language)."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        keys = language.catalog_keys()
        translations: set[str] = set()
        sources: dict[str, str] = {}
        for context, source, comment in keys:
            translated = QCoreApplication.translate(context, source, comment or None)
            translations.add(translated)
            if translated != source:
                sources[source] = translated
        self.translations = translations
        self.english = {s for s in sources if s not in translations}
        patterns = []
        for source in self.english:
            if "{" not in source:
                continue
            parts = [_plain_part(p) for p in re.split(r"\{[^{}]*\}", source)]
            literal = "".join(parts)
            if not any(len(w) >= 4 for w in _WORD.findall(literal)):
                continue  # "{name} GB" says nothing about the language
            patterns.append("".join(re.escape(p) if i % 2 == 0 else ".+?" for i, p in enumerate(_interleave(parts))))
        self._composed = [re.compile(p, re.S) for p in patterns]
        self.allowed = [re.compile(a) for a in allowed]
        self.spared: list[str] = []
        """Texts the allowed patterns let through (to see what an allow-list hides)."""
        self.weak = WEAK if language.current_language() == "sv" else frozenset()

    def why_english(self, text: str) -> str | None:
        """Why ``text`` is English (None when it is not)."""
        text = plain(text)
        if not text or text in self.translations:
            return None
        if any(a.search(text) for a in self.allowed):
            self.spared.append(text)
            return None
        for part in [text, *sentences(text)]:
            if part in self.english and part not in self.translations:
                return f"untranslated catalog string {part!r}"
        for part in [text, *sentences(text)]:
            for pattern in self._composed:
                if pattern.fullmatch(part):
                    return f"untranslated composed string {part!r} ({pattern.pattern[:60]})"
        for part in sentences(text):
            words = [w.lower() for w in _WORD.findall(_NAMES.sub(" ", part))]
            found = {w for w in words if w in STRONG or w in self.weak}
            if found & STRONG or len(found) >= 2:
                return f"English sentence {part!r} (words: {', '.join(sorted(found))})"
        return None

    def english_in(self, shown: Iterable[Shown]) -> list[str]:
        out: dict[str, str] = {}
        for item in shown:
            why = self.why_english(item.text)
            if why is not None:
                out.setdefault(why, item.where)  # one line per text, at the first place it shows
        return sorted(f"{where}: {why}" for why, where in out.items())


def _interleave(parts: list[str]) -> list[str]:
    out: list[str] = []
    for i, p in enumerate(parts):
        if i:
            out.append("")
        out.append(p)
    return out


def _name(obj: QObject) -> str:
    return f"{type(obj).__name__}({obj.objectName()})" if obj.objectName() else type(obj).__name__


def _inside(obj: QObject, skip: tuple[type, ...], skip_objects: set[int]) -> bool:
    while obj is not None:
        if id(obj) in skip_objects or (skip and isinstance(obj, skip)):
            return True
        obj = obj.parent()
    return False


def _put_away(w: QWidget, top: QWidget) -> bool:
    """True when ``w`` cannot show: it or a parent was hidden on purpose (a closed banner, an unused row) — not
    merely a page of a stack (a tab, a wizard page, the chat's welcome page), which shows when chosen."""
    obj: QWidget | None = w
    while obj is not None and obj is not top:
        parent = obj.parentWidget()
        if obj.isHidden() and not isinstance(obj, (QWizardPage, QMenu)) and not isinstance(parent, QStackedWidget):
            return True
        obj = parent
    return False


def window_texts(
    tops: Iterable[QWidget], skip: tuple[type, ...] = (), skip_objects: Iterable[QObject] = (), rows: int = 40
) -> list[Shown]:
    """Every text the windows ``tops`` (and everything in them) show or show on a click (every tab, stack page,
    wizard page, menu), except what was hidden on purpose and what is inside ``skip`` types and ``skip_objects``
    (content: replies, prompts, conversation titles)."""
    ids = {id(o) for o in skip_objects}
    out: list[Shown] = []
    seen_models: set[int] = set()
    for top in tops:
        for w in [top, *top.findChildren(QWidget)]:
            if _inside(w, skip, ids) or _put_away(w, top):
                continue
            out.extend(_widget_texts(w, seen_models, rows))
        for action in {id(a): a for a in [*top.actions(), *top.findChildren(QAction)]}.values():
            if _inside(action, skip, ids):
                continue
            for getter in ("text", "toolTip", "statusTip"):
                text = getattr(action, getter)()
                if getter == "toolTip" and plain(text) == plain(action.text()):
                    continue
                out.append(Shown(f"action {plain(action.text())!r} {getter}", text))
    return [s for s in out if s.text and s.text.strip()]


def _widget_texts(w: QWidget, seen_models: set[int], rows: int) -> Iterator[Shown]:
    where = _name(w)
    yield Shown(f"{where} tooltip", w.toolTip())
    if w.isWindow() or isinstance(w, (QMainWindow,)):
        yield Shown(f"{where} window title", w.windowTitle())
    if isinstance(w, QLabel):
        yield Shown(f"{where} text", w.text())
    if isinstance(w, QAbstractButton):
        yield Shown(f"{where} text", w.text())
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield Shown(f"{where} placeholder", w.placeholderText())
    if isinstance(w, (QGroupBox, QMenu)):
        yield Shown(f"{where} title", w.title())
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield Shown(f"{where} tab {i}", w.tabText(i))
            yield Shown(f"{where} tab {i} tooltip", w.tabToolTip(i))
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield Shown(f"{where} item {i}", w.itemText(i))
            tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield Shown(f"{where} item {i} tooltip", tip)
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        yield Shown(f"{where} suffix", w.suffix())
        yield Shown(f"{where} prefix", w.prefix())
    if isinstance(w, QAbstractSpinBox):
        yield Shown(f"{where} special value", w.specialValueText())
    if isinstance(w, QWizardPage):
        yield Shown(f"{where} title", w.title())
        yield Shown(f"{where} subtitle", w.subTitle())
    if isinstance(w, QWizard):
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            yield Shown(f"{where} button", w.buttonText(button))
    if isinstance(w, QMainWindow) and w.statusBar() is not None:
        yield Shown(f"{where} status bar", w.statusBar().currentMessage())
    if isinstance(w, QAbstractItemView) and w.model() is not None and id(w.model()) not in seen_models:
        seen_models.add(id(w.model()))
        yield from _model_texts(w.model(), where, rows)
    if isinstance(w, pg.GraphicsView):
        yield from _chart_texts(w, where)


def _model_texts(model: QAbstractItemModel, where: str, rows: int) -> Iterator[Shown]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for c in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(f"{where} header {c}", value)
    for r in range(min(rows, model.rowCount(QModelIndex()))):
        for c in range(columns):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Shown(f"{where} cell {r},{c}", value)


def _chart_texts(view: pg.GraphicsView, where: str) -> Iterator[Shown]:
    scene = view.scene()
    for item in scene.items() if scene is not None else ():
        if isinstance(item, pg.PlotItem):
            title = getattr(item.titleLabel, "text", "")
            if isinstance(title, str):
                yield Shown(f"{where} chart title", title)
            for side in ("left", "bottom", "right", "top"):
                text = getattr(item.getAxis(side), "labelText", "")
                if isinstance(text, str):
                    yield Shown(f"{where} chart {side} axis", text)
        elif isinstance(item, pg.TextItem):
            yield Shown(f"{where} chart text", item.textItem.toPlainText())
        elif isinstance(item, pg.LabelItem):
            yield Shown(f"{where} chart label", str(getattr(item, "text", "")))
