"""The window's language: switching at run time loses nothing, and numbers follow the language.

The translation is built here from a tiny ``.ts`` (with ``pyside6-lrelease``), so these tests do not depend on the
real catalogs being finished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.gui.conftest import MakeWindow
from ui import language
from ui.i18n import format_decimal, format_integer, format_percent, tr
from workbench import i18n as core_i18n
from workbench.paths import AppPaths
from workbench.settings import SettingsStore

DANISH = {
    ("MainWindow", "&View"): "&Vis",
    ("MainWindow", "&Language"): "&Sprog",
    ("MainWindow", "Chat"): "Snak",
    ("MainWindow", "Follow system"): "Følg systemet",
    ("Chat", "Type a message. Enter sends, Shift+Enter starts a new line."): "Skriv en besked. Enter sender.",
    ("Chat", "Send"): "Send den",
    ("Chat", "Send the message (Enter)"): "Send beskeden (Enter)",
    ("Library", "Name"): "Navn",
    ("Charts", "tokens/s"): "token/s",
    ("Charts", "Tokens per second"): "Token i sekundet",
    ("Welcome", "Try the starter model ({STARTER_LABEL}, {starter_size}, included)"): (
        "Prøv startmodellen ({STARTER_LABEL}, {starter_size})"
    ),
    ("Welcome", "Starter model ({STARTER_LABEL}) is not installed"): (
        "Startmodellen ({STARTER_LABEL}) er ikke installeret"
    ),
    ("Compare", "Cancel"): "Annullér sammenligning",
    ("Hub", "Cancel"): "Stop overførsel",
}


def _tiny_ts(translations: dict[tuple[str, str], str], code: str) -> str:
    contexts: dict[str, list[str]] = {}
    for (context, source), text in translations.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
        )
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    return f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{code}">{body}</TS>'


def _lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease comes with PySide6"
    return found


@pytest.fixture
def tiny_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``slm_workbench_da.ts``/``.qm`` with a few Danish strings, used as the app's translations folder; English
    again afterwards."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / "slm_workbench_da.ts"
    ts.write_text(_tiny_ts(DANISH, "da"), encoding="utf-8")
    qm = folder / "slm_workbench_da.qm"
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    monkeypatch.setattr(language, "translations_folder", lambda: folder)
    yield folder
    language.install_language("en")


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    language.install_language("en")


def test_switching_language_changes_the_window_at_once_and_loses_nothing(
    make_window: MakeWindow, home: AppPaths, tiny_catalog: Path
) -> None:
    window = make_window()
    composer = window.chat.composer
    composer.editor.setPlainText("Half a question, not sent yet")
    chat_tab = window.tabs.indexOf(window.chat)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "view")
    assert window.tabs.tabText(chat_tab) == "Chat"

    window.language_actions["da"].trigger()

    assert language.current_language() == "da"
    assert window.tabs.tabText(chat_tab) == "Snak"
    assert view_menu.title() == "&Vis"
    assert composer.editor.placeholderText() == "Skriv en besked. Enter sender."
    assert composer.send_button.text() == "Send den"
    assert composer.send_button.toolTip() == "Send beskeden (Enter)"
    assert window.library.model.headerData(0, Qt.Orientation.Horizontal) == "Navn"
    assert window.charts._rate_plot.titleLabel.text == "Token i sekundet"  # chart titles and axes too
    assert window.charts._rate_plot.getAxis("left").labelText == "token/s"
    assert window.chat.welcome.starter_button.text().startswith(("Prøv startmodellen", "Startmodellen"))  # with values
    assert composer.editor.toPlainText() == "Half a question, not sent yet"  # what was typed stays
    assert window.language_actions["da"].isChecked()
    assert SettingsStore(home.settings_file).load().language == "da"  # remembered
    assert tr("Chat", "Send") == "Send den"  # a view opened from now on is built in Danish
    assert core_i18n.tr("MainWindow", "Chat") == "Snak"  # the core speaks it too

    window.language_actions["en"].trigger()

    assert window.tabs.tabText(chat_tab) == "Chat"
    assert view_menu.title() == "&View"
    assert composer.send_button.text() == "Send"
    assert composer.editor.toPlainText() == "Half a question, not sent yet"
    assert SettingsStore(home.settings_file).load().language == "en"


class _HubWidget(QWidget):
    pass


class _CompareWidget(QWidget):
    pass


_HubWidget.__module__ = "ui.hub.downloads"
_CompareWidget.__module__ = "ui.compare.panel"


def test_one_english_word_with_two_translations_follows_its_panel(
    tiny_catalog: Path, qtbot: object, english_after: None
) -> None:
    before = language.TextsShown(language.catalog_keys(tiny_catalog))
    language.install_language("da", tiny_catalog)
    hub, compare = _HubWidget(), _CompareWidget()
    inner = QWidget(hub)  # a plain widget inside a panel takes its panel's context
    assert before.in_new_language("Cancel", inner) == "Stop overførsel"
    assert before.in_new_language("Cancel", compare) == "Annullér sammenligning"
    assert before.in_new_language("Not a catalog string", compare) is None


def test_language_codes_follow_the_system_names() -> None:
    assert language.language_code("da_DK") == "da"
    assert language.language_code("nb-NO") == "nb"
    assert language.language_code("no") == "nb"
    assert language.language_code("sv_SE.UTF-8") == "sv"
    assert language.language_code("de_DE") == "en"
    assert language.language_code("") == "en"
    assert [code for code, _ in language.LANGUAGES] == ["en", "da", "nb", "sv"]


@pytest.mark.parametrize(
    ("code", "decimal", "integer", "percent"),
    [
        ("en", "1.5", "4,096", "38%"),
        ("da", "1,5", "4.096", "38\u00a0%"),
        ("nb", "1,5", "4\u00a0096", "38\u00a0%"),
        ("sv", "1,5", "4\u00a0096", "38\u00a0%"),
    ],
)
def test_numbers_follow_the_language(
    code: str, decimal: str, integer: str, percent: str, english_after: None
) -> None:
    assert QApplication.instance() is not None or QCoreApplication.instance() is not None
    language.install_language(code)
    assert format_decimal(1.5, 1) == decimal
    assert format_integer(4096) == integer
    assert format_percent(0.38) == percent


@pytest.mark.parametrize("code", ["en", "da", "nb", "sv"])
def test_the_window_in_each_language_fits_1280_pixels(
    code: str, make_window: MakeWindow, qtbot: object, english_after: None
) -> None:
    """Scandinavian words run longer than English ones: with the shipped translations no tab may push the window
    wider than 1280 px (a test that guards the translations as they are filled in)."""
    language.install_language(code)
    window = make_window()
    window.resize(1280, 720)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        shown = window.tabs.tabText(index)
        assert window.width() <= 1280, f"in {code} the window is {window.width()} px wide (showing {shown})"
    # A panel that scrolls only up and down cuts off whatever is wider than it: Compare's buttons once did.
    window.tabs.setCurrentWidget(window.compare)
    QApplication.processEvents()
    for area in window.compare.findChildren(QScrollArea):
        if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and area.widget() is not None:
            needed, shown_width = area.widget().minimumSizeHint().width(), area.viewport().width()
            assert needed <= shown_width, f"in {code} Compare's side panel needs {needed} px and shows {shown_width}"
