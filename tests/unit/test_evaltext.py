"""The evaluation texts: the bundled English one and the project's own Danish, Norwegian and Swedish ones."""

from __future__ import annotations

import pathlib

import pytest

from workbench import evaltext
from workbench.evaltext import BUNDLED, LANGUAGES, EvaluationTextError, evaluation_text, text_label


@pytest.mark.parametrize("code", ["da", "nb", "sv"])
def test_each_scandinavian_text_is_a_few_thousand_words_of_prose_in_its_language(code: str) -> None:
    text = evaluation_text(code)
    words = text.split()
    assert len(words) > 3000
    assert len(text.split("\n\n")) >= 20  # paragraphs, not one block
    letters = sum(ch.isalpha() or ch.isspace() for ch in text)
    assert letters / len(text) > 0.95  # ordinary prose: no code, no tables
    nordic = ("æ", "ø", " og ", " ikke ")
    marks = {"da": nordic, "nb": nordic, "sv": ("ä", "ö", " och ", " inte ")}
    assert all(mark in text for mark in marks[code])


def test_the_texts_differ_and_are_named_by_their_language() -> None:
    texts = {code: evaluation_text(code) for code in LANGUAGES}
    assert len(set(texts.values())) == 4
    assert texts[BUNDLED].startswith(evaltext.bundled_evaluation_text()[:100])
    assert [text_label(code) for code in LANGUAGES] == ["English", "Danish", "Norwegian (Bokmål)", "Swedish"]
    assert text_label("/some/where/notes.txt") == "notes.txt"


def test_a_text_missing_from_the_installation_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaltext, "resource_path", lambda name: None)
    with pytest.raises(EvaluationTextError, match="^The Swedish evaluation text is missing from this installation.$"):
        evaluation_text("sv")


def test_a_file_of_ones_own_still_works_and_bad_ones_are_refused(tmp_path: pathlib.Path) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("Min egen tekst.", encoding="utf-8")
    assert evaluation_text(str(mine)) == "Min egen tekst."
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("blåbær".encode("latin-1"))
    with pytest.raises(EvaluationTextError, match="latin1.txt is not UTF-8 text"):
        evaluation_text(str(latin1))
    with pytest.raises(EvaluationTextError, match="nope.txt cannot be read"):
        evaluation_text(str(tmp_path / "nope.txt"))
