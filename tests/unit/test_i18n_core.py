"""The core's text in the active language: the translation hook, numbers per language, the Qt-free catalog read
from the ``.ts`` files, and the core's sentences (fit, Compare captions, load errors) through it."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from tests.support import i18n_children
from workbench import i18n
from workbench.childproc import ChildProcess
from workbench.compare import figures
from workbench.errors import ModelNotFound, NotAModelFile
from workbench.i18n import (
    TranslatedTexts,
    catalog_translator,
    format_decimal,
    format_integer,
    format_percent,
    install,
    language_from_environment,
    normalize_language,
    read_ts,
    set_language,
    speaking,
    tr,
)
from workbench.memory import FitEstimate, MemoryEstimate, verdict_label
from workbench.model_info import format_bytes, format_count, read_model_info

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Fit</name>
    <message>
        <source>Tight: {details}</source>
        <translation>Stramt: {details}</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>stramt</translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished">passer</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="obsolete">passer ikke</translation>
    </message>
</context>
<context>
    <name>Model file</name>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>is not a GGUF model file</source>
        <translation type="vanished">er ikke en GGUF-modelfil</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>{share} higher</source>
        <translation>{share} højere</translation>
    </message>
    <message>
        <source>Perplexity appears here as the variants are measured.</source>
        <translation>Perplexity vises her, efterhånden som varianterne måles.</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every test leaves the core speaking English, as it found it."""
    yield
    install(None)
    set_language("en")


@pytest.fixture
def danish(tmp_path: pathlib.Path) -> pathlib.Path:
    """A translations folder with a small Danish file (finished, unfinished, obsolete and vanished entries)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "slm_workbench_da.ts").write_text(TS, encoding="utf-8")
    return folder


def _estimate(verdict: str = "tight") -> FitEstimate:
    e = MemoryEstimate(8192, 1_500_000_000, 200_000_000, 30_000_000, 60_000_000, "f16")
    return FitEstimate(e, 4_000_000_000, 8_000_000_000, verdict)  # type: ignore[arg-type]


def test_tr_is_english_until_a_translator_is_installed() -> None:
    assert tr("Fit", "Tight: {details}") == "Tight: {details}"
    install(lambda context, text: f"[{context}] {text}")
    assert tr("Fit", "tight") == "[Fit] tight"
    install(lambda context, text: "")  # a translator without this text: English, not an empty line
    assert tr("Fit", "tight") == "tight"
    install(None)
    assert tr("Fit", "tight") == "tight"


def test_a_broken_translator_never_hides_the_message() -> None:
    def broken(context: str, text: str) -> str:
        raise KeyError(text)

    install(broken)
    assert tr("Engine", "No model is loaded.") == "No model is loaded."


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("da_DK.UTF-8", "da"),
        ("nb-NO", "nb"),
        ("no_NO", "nb"),
        ("nn_NO.UTF-8", "nb"),
        ("sv_FI@euro", "sv"),
        ("SV", "sv"),
        ("en_GB.UTF-8", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("de_DE.UTF-8", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_tags_are_read_as_the_system_writes_them(tag: str | None, expected: str) -> None:
    assert normalize_language(tag) == expected


def test_the_environment_names_the_language_in_posix_order() -> None:
    assert language_from_environment({"LANG": "sv_SE.UTF-8"}) == "sv"
    assert language_from_environment({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}) == "nb"
    assert language_from_environment({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "nb_NO", "LC_ALL": "da_DK"}) == "da"
    assert language_from_environment({"LC_ALL": "", "LANG": "da_DK"}) == "da"  # an empty variable is not set
    assert language_from_environment({}) == "en"


@pytest.mark.parametrize(
    ("tag", "size", "count", "share", "small_share"),
    [
        ("en", "1.5 GB", "134,515,008", "38%", "0.4%"),
        ("da", "1,5 GB", "134.515.008", "38\u00a0%", "0,4\u00a0%"),
        ("nb", "1,5 GB", "134\u00a0515\u00a0008", "38\u00a0%", "0,4\u00a0%"),
        ("sv", "1,5 GB", "134\u00a0515\u00a0008", "38\u00a0%", "0,4\u00a0%"),
    ],
)
def test_numbers_sizes_and_percentages_follow_the_language(
    tag: str, size: str, count: str, share: str, small_share: str
) -> None:
    assert set_language(tag) == tag
    assert format_bytes(1_500_000_000) == size
    assert figures.format_size(1_500_000_000) == size
    assert format_integer(134_515_008) == count
    assert figures.format_percent(0.38) == share
    assert figures.format_percent(0.004) == small_share
    assert format_percent(38.0) == share


def test_number_formatting_keeps_its_shape_in_every_language() -> None:
    for tag in ("en", "da", "nb", "sv"):
        set_language(tag)
        assert format_decimal(-2.25, 1).replace(",", ".") == "-2.2"  # Python's rounding, the separator localised
        assert format_integer(999) == "999"  # no separator below a thousand
        assert figures.format_ratio(2.14) in {"2.1×", "2,1×"}
        assert figures.format_bits(16.0) == "16"


def test_a_parameter_count_takes_the_decimal_mark_of_the_language() -> None:
    for tag, expected in (("en", "134.5M"), ("da", "134,5M"), ("nb", "134,5M"), ("sv", "134,5M")):
        set_language(tag)
        assert format_count(134_515_008) == expected
        assert format_count(1_700_000_000) == expected.replace("134", "1").replace("5M", "7B")
        assert format_count(999) == "999"


def test_format_decimal_groups_only_when_asked() -> None:
    set_language("da")
    assert format_decimal(12345.678, 2) == "12345,68"
    assert format_decimal(12345.678, 2, grouping=True) == "12.345,68"
    assert figures.format_number(1234.0) == "1.234"


def test_an_unknown_language_writes_numbers_in_english() -> None:
    assert set_language("fi_FI.UTF-8") == "en"
    assert format_bytes(1_500_000_000) == "1.5 GB"


def test_read_ts_keeps_only_finished_translations(danish: pathlib.Path) -> None:
    catalog = read_ts(danish / "slm_workbench_da.ts")
    assert catalog[("Fit", "Tight: {details}")] == "Stramt: {details}"
    assert catalog[("Model file", "no such file")] == "filen findes ikke"
    assert ("Fit", "fits") not in catalog  # unfinished
    assert ("Fit", "does not fit") not in catalog  # obsolete
    assert ("Model file", "is not a GGUF model file") not in catalog  # vanished
    translate = catalog_translator(catalog)
    assert translate("Fit", "tight") == "stramt"
    assert translate("Other", "tight") == "tight"  # the context is part of the key


def test_the_fit_explanation_is_translated_whole_and_formatted_after(danish: pathlib.Path) -> None:
    english = _estimate().explanation
    assert english.startswith("Tight: expected to use about 1.8 GB") and "8,192 tokens" in english
    with speaking("da", danish) as chosen:
        assert chosen == "da"
        danish_text = _estimate().explanation
        assert danish_text.startswith("Stramt: expected to use about 1,8 GB")
        assert "8.192 tokens" in danish_text
        assert verdict_label("tight") == "stramt"
        assert verdict_label("fits") == "fits"  # unfinished: English stays
    assert _estimate().explanation == english  # speaking() ends where it began


def test_compare_captions_use_the_catalog(danish: pathlib.Path) -> None:
    from workbench.compare.captions import change_phrase, perplexity_caption
    from workbench.compare.results import CompareRun

    run = CompareRun(variants=[])  # nothing measured yet: the caption says so
    with speaking("da", danish):
        assert change_phrase(1.075) == "7,5\u00a0% højere"
        assert perplexity_caption(run, []) == "Perplexity vises her, efterhånden som varianterne måles."
    assert change_phrase(1.075) == "7.5% higher"


def test_figure_explanations_are_looked_up_in_the_active_language() -> None:
    texts = TranslatedTexts("Compare", {"size": "How much disk space the model file takes."})
    assert texts["size"] == "How much disk space the model file takes."
    install(lambda context, text: "Hvor meget diskplads modelfilen fylder." if context == "Compare" else text)
    assert texts["size"] == "Hvor meget diskplads modelfilen fylder."
    assert list(texts) == ["size"] and len(texts) == 1


def test_load_errors_read_in_the_active_language(danish: pathlib.Path, tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "nope.gguf"
    with speaking("da", danish), pytest.raises(ModelNotFound) as caught:
        read_model_info(missing)
    assert str(caught.value) == f"{missing}: filen findes ikke"
    text = tmp_path / "readme.gguf"
    text.write_text("hello, this is no model")
    with speaking("da", danish), pytest.raises(NotAModelFile) as refused:
        read_model_info(text)
    assert str(refused.value).endswith(": is not a GGUF model file")  # vanished entry: English


def test_a_missing_or_unreadable_translation_file_keeps_english_words(tmp_path: pathlib.Path) -> None:
    (tmp_path / "slm_workbench_sv.ts").write_text("<TS><context><name>Fit", encoding="utf-8")  # cut short
    with speaking("sv", tmp_path) as chosen:
        assert chosen == "sv"
        assert tr("Fit", "tight") == "tight"
        assert format_bytes(1_500_000_000) == "1,5 GB"  # the numbers still follow the language
    with speaking("nb", tmp_path) as chosen:  # no file at all
        assert chosen == "nb" and tr("Fit", "tight") == "tight"


def test_a_child_process_speaks_the_parents_language(
    danish: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = danish.parent
    monkeypatch.setenv("SLM_WORKBENCH_RESOURCES", str(resources))
    assert i18n.translations_dir() == danish
    with speaking("da"):
        child = ChildProcess(i18n_children.say, name="speaker")
    try:
        assert child.wait_ready(timeout=60)
        child.send(("Fit", "tight"))
        answer = None
        while answer is None:
            answer = child.poll(1.0)
        assert answer == ("stramt", "da", "1,5")
    finally:
        child.stop()
