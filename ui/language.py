"""The window's language: load it with Qt's translators, and switch it while the window runs.

:func:`install_language` loads ``resources/i18n/slm_workbench_<lang>.qm`` (and Qt's own ``qtbase_<lang>.qm``
for the buttons of standard dialogs, where PySide6 ships it), sets the locale numbers follow, and hands the
translation to the core (:mod:`workbench.i18n`).

Switching at run time rebuilds nothing, so nothing is lost (a message being typed, the loaded model, a running
job): :func:`retranslate` walks the open windows and replaces every text that is a catalog string in the old
language by the same string in the new one — labels, buttons, menus and actions, tooltips, placeholders, tab
and dock titles, combo-box items, wizard pages, table headers and chart axes. A text made of a sentence and
values ("Loaded {name}.") cannot be found this way; it shows in the new language the next time it changes.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.untrusted import ElidedLabel
from workbench import i18n as core_i18n
from workbench.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("da", "Dansk"),
    ("nb", "Norsk bokmål"),
    ("sv", "Svenska"),
)
"""The languages the window speaks, each named in itself (as language menus do everywhere)."""
CATALOG_STEM = "slm_workbench"
_ALIASES = {"no": "nb", "nn": "nb"}
"""Norwegian without a written standard, and Nynorsk, read Bokmål best of what the app has."""

_installed: list[QTranslator] = []
_current = "en"


def language_code(tag: str | None) -> str:
    """``da_DK`` → ``da``, ``nb-NO`` and ``no`` → ``nb``; empty, ``C`` or a language the app lacks → ``en``."""
    base = (tag or "").split(".", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in dict(LANGUAGES) else "en"


def system_language() -> str:
    """The system's language as the app speaks it (``en`` when the app lacks it)."""
    for tag in QLocale.system().uiLanguages():
        code = language_code(tag)
        if code != "en" or tag.lower().startswith("en"):
            return code
    return "en"


def current_language() -> str:
    """The language the window speaks now."""
    return _current


def translations_folder() -> Path | None:
    return resource_path("i18n")


def _core_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(setting: str, folder: Path | None = None) -> str:
    """Speak ``setting``'s language from now on (empty: the system's); returns the language used. Widgets get
    a ``LanguageChange`` event; call :func:`retranslate` to change the texts they already show."""
    global _current
    app = QCoreApplication.instance()
    code = language_code(setting) if setting else system_language()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if code != "en" and app is not None:
        ours = QTranslator(app)
        where = folder or translations_folder()
        if where is not None and ours.load(f"{CATALOG_STEM}_{code}", str(where)):
            _installed.append(ours)
        else:
            log.warning("no translation file for %s in %s; the window stays in English", code, where)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)  # Qt's own words: OK, Cancel, Yes, No in standard dialogs
        for translator in _installed:
            app.installTranslator(translator)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(QLocale(code) if code != "en" else english)
    core_i18n.install(_core_translate if _installed else None)
    set_numbers = getattr(core_i18n, "set_language", None)
    if callable(set_numbers):
        set_numbers(code)
    _current = code
    return code


# -- switching while the window runs -------------------------------------------------------------------------


Key = tuple[str, str, str]
"""A catalog entry: (context, English source, disambiguation)."""


def catalog_keys(folder: Path | None = None) -> list[Key]:
    """Every string the catalogs hold (all languages' ``.ts`` files list the same ones)."""
    where = folder or translations_folder()
    if where is None:
        return []
    for ts in sorted(where.glob(f"{CATALOG_STEM}_*.ts")):
        try:
            root = ET.parse(ts).getroot()
        except (OSError, ET.ParseError):
            continue
        keys: list[Key] = []
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                keys.append((name, message.findtext("source") or "", message.findtext("comment") or ""))
        return keys
    return []


def _translate(key: Key) -> str:
    context, source, disambiguation = key
    return QCoreApplication.translate(context, source, disambiguation or None)


class TextsShown:
    """The catalog's strings as the window shows them in one language: text → the entries it may stand for."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self.entries: dict[str, list[Key]] = {}
        for key in keys:
            self.entries.setdefault(_translate(key), []).append(key)

    def in_new_language(self, text: str, widget: QObject | None) -> str | None:
        """``text`` (shown in the old language) in the language installed now; None when it is no catalog
        string. Where one English word has two translations, the widget's panel decides."""
        keys = self.entries.get(text)
        if not keys:
            return None
        if len(keys) > 1:
            context = panel_context(widget)
            keys = [k for k in keys if k[0] == context] or keys
        return _translate(keys[0])


PANEL_CONTEXTS = {
    "ui.arena": "Arena",
    "ui.charts": "Charts",
    "ui.chat.welcome": "Welcome",
    "ui.chat": "Chat",
    "ui.compare.presentation": "Present",
    "ui.compare": "Compare",
    "ui.conversations": "Conversations",
    "ui.endpoints": "Endpoints",
    "ui.hub": "Hub",
    "ui.library": "Library",
    "ui.model": "Model",
    "ui.params": "Parameters",
    "ui.quantize": "Quantize",
    "ui.server": "Server",
    "ui.main_window": "MainWindow",
}
"""The translation context of the strings each part of the window writes (its panel's name)."""


def panel_context(obj: QObject | None) -> str:
    """The context of the panel ``obj`` belongs to: the first of it and its parents made by a panel module."""
    while obj is not None:
        module = type(obj).__module__
        for prefix, context in PANEL_CONTEXTS.items():
            if module == prefix or module.startswith(prefix + "."):
                return context
        obj = obj.parent()
    return "MainWindow"


def switch_language(setting: str, windows: Iterable[QWidget] | None = None, folder: Path | None = None) -> str:
    """Speak ``setting``'s language from now on and change the texts the open windows show; returns the
    language used."""
    before = TextsShown(catalog_keys(folder))
    code = install_language(setting, folder)
    retranslate(before, windows)
    return code


def retranslate(before: TextsShown, windows: Iterable[QWidget] | None = None) -> None:
    """Replace, in ``windows`` (every top-level window by default), each text that ``before`` knows by the
    same catalog string in the language installed now."""
    tops = list(windows) if windows is not None else QApplication.topLevelWidgets()
    models: set[int] = set()
    for top in tops:
        # A panel's own sentences are rewritten before the texts of the widgets inside it are swapped (so a text
        # it sets from what it kept is swapped too); a panel may rebuild part of itself (the library's details
        # pane replaces its rows), deleting widgets listed here: those are passed over.
        for widget in _widgets(top):
            if not shiboken6.isValid(widget):
                continue
            _retranslate_widget(before, widget, models)
            rewrite = getattr(widget, "retranslate_texts", None)
            if callable(rewrite):
                rewrite()  # a panel's own sentences with values in them
        for action in (*top.actions(), *top.findChildren(QAction)):
            _retranslate_action(before, action)


def _widgets(top: QWidget) -> Iterator[QWidget]:
    yield top
    yield from top.findChildren(QWidget)


def _swap(before: TextsShown, widget: QObject, text: str) -> str | None:
    if not text:
        return None
    new = before.in_new_language(text, widget)
    return new if new is not None and new != text else None


def _retranslate_action(before: TextsShown, action: QAction) -> None:
    for getter, setter in (("text", "setText"), ("toolTip", "setToolTip"), ("statusTip", "setStatusTip")):
        new = _swap(before, action, getattr(action, getter)())
        if new is not None:
            getattr(action, setter)(new)


def _retranslate_widget(before: TextsShown, w: QWidget, models: set[int]) -> None:
    for getter, setter in (("toolTip", "setToolTip"), ("statusTip", "setStatusTip"), ("windowTitle", "setWindowTitle")):
        new = _swap(before, w, getattr(w, getter)())
        if new is not None:
            getattr(w, setter)(new)
    if isinstance(w, ElidedLabel):
        new = _swap(before, w, w.full_text)  # the whole line; the shown text and tooltip follow from it
        if new is not None:
            w.set_full_text(new)
    elif isinstance(w, (QLabel, QAbstractButton)):
        new = _swap(before, w, w.text())
        if new is not None:
            w.setText(new)
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        new = _swap(before, w, w.placeholderText())
        if new is not None:
            w.setPlaceholderText(new)
    if isinstance(w, QGroupBox):
        new = _swap(before, w, w.title())
        if new is not None:
            w.setTitle(new)
    if isinstance(w, QMenu):
        new = _swap(before, w, w.title())
        if new is not None:
            w.setTitle(new)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            new = _swap(before, w, w.tabText(i))
            if new is not None:
                w.setTabText(i, new)
            new = _swap(before, w, w.tabToolTip(i))
            if new is not None:
                w.setTabToolTip(i, new)
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            new = _swap(before, w, w.itemText(i))
            if new is not None:
                w.setItemText(i, new)
            tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
            new = _swap(before, w, tip) if isinstance(tip, str) else None
            if new is not None:
                w.setItemData(i, new, Qt.ItemDataRole.ToolTipRole)
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        for getter, setter in (("prefix", "setPrefix"), ("suffix", "setSuffix")):
            new = _swap(before, w, getattr(w, getter)())
            if new is not None:
                getattr(w, setter)(new)
    if isinstance(w, QAbstractSpinBox):
        new = _swap(before, w, w.specialValueText())
        if new is not None:
            w.setSpecialValueText(new)
    if isinstance(w, QWizardPage):
        for getter, setter in (("title", "setTitle"), ("subTitle", "setSubTitle")):
            new = _swap(before, w, getattr(w, getter)())
            if new is not None:
                getattr(w, setter)(new)
    if isinstance(w, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.CustomButton3.value:
                new = _swap(before, w, w.buttonText(button))
                if new is not None:
                    w.setButtonText(button, new)
    if isinstance(w, QTableWidget):
        for i in range(w.columnCount()):
            item = w.horizontalHeaderItem(i)
            new = _swap(before, w, item.text()) if item is not None else None
            if item is not None and new is not None:
                item.setText(new)
            new = _swap(before, w, item.toolTip()) if item is not None else None
            if item is not None and new is not None:
                item.setToolTip(new)
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            entry = w.item(i)
            new = _swap(before, w, entry.text())
            if new is not None:
                entry.setText(new)
    if isinstance(w, QAbstractItemView):
        _refresh_model(w.model(), models)
    _retranslate_chart(before, w)


def _refresh_model(model: QAbstractItemModel | None, seen: set[int]) -> None:
    """Ask the window's own table models (behind any proxies) for their headers and cells again: they translate
    them as they are asked for. Qt's internal models (of list and table widgets) are handled item by item."""
    while model is not None and id(model) not in seen:
        seen.add(id(model))
        if type(model).__module__.startswith("ui."):
            rows = model.rowCount(QModelIndex())
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            if columns:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
                if rows:
                    model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
        source = getattr(model, "sourceModel", None)
        model = source() if callable(source) else None


def _retranslate_chart(before: TextsShown, w: QWidget) -> None:
    """The titles and axis titles of a pyqtgraph chart (pyqtgraph keeps them as plain attributes)."""
    if not isinstance(w, pg.GraphicsView):
        return
    scene = w.scene()
    for item in scene.items() if scene is not None else ():
        if not isinstance(item, pg.PlotItem):
            continue
        title = getattr(item.titleLabel, "text", "")
        new = _swap(before, w, title) if isinstance(title, str) else None
        if new is not None:
            item.setTitle(new)  # the label keeps its size, colour and weight
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            text = getattr(axis, "labelText", "")
            new = _swap(before, w, text) if isinstance(text, str) else None
            if new is not None:
                axis.setLabel(text=new, units=axis.labelUnits or None, unitPrefix=axis.labelUnitPrefix or None)
