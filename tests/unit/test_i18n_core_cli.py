"""The command line's human output in one language: chosen by --lang or by the system's environment, read from
a translation file, numbers written that language's way; JSON stays English. And the project's own Danish,
Norwegian and Swedish files translate what the command line says first."""

from __future__ import annotations

import json
import pathlib
import re

import pytest

from workbench.cli import main
from workbench.i18n import TRANSLATION_PREFIX, read_ts, tr
from workbench.resources import RESOURCES_ENV

LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

SWEDISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CLI</name>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>error: {reason}</source>
        <translation>fel: {reason}</translation>
    </message>
</context>
<context>
    <name>Model file</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished">Lager</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Fits: {details}</source>
        <translation>Får plats: {details}</translation>
    </message>
</context>
</TS>
"""

DANISH = SWEDISH.replace("sv_SE", "da_DK").replace("Minne", "Hukommelse").replace("Namn", "Navn")


@pytest.fixture
def translations(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """Resources holding small Swedish and Danish translation files, and no language set by the system."""
    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    (folder / f"{TRANSLATION_PREFIX}sv.ts").write_text(SWEDISH, encoding="utf-8")
    (folder / f"{TRANSLATION_PREFIX}da.ts").write_text(DANISH, encoding="utf-8")
    monkeypatch.setenv(RESOURCES_ENV, str(folder.parent))
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return folder


SIZE = re.compile(r"\b\d+([.,])\d (?:kB|MB|GB)\b")


def _sizes_use(text: str, separator: str) -> bool:
    found = SIZE.findall(text)
    return bool(found) and set(found) == {separator}


def test_lang_option_speaks_swedish(translations: pathlib.Path, tiny_gguf: pathlib.Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--lang", "sv", "inspect", str(tiny_gguf)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Namn ") and any(line.startswith("Arkitektur ") for line in lines)
    assert any(line.startswith("Layers ") for line in lines)  # unfinished in the file: English
    assert "Minne" in lines and "Memory" not in lines
    assert "Får plats: expected to use about" in out
    assert _sizes_use(out, ","), out  # 1,2 MB, never 1.2 MB
    assert tr("CLI", "Memory") == "Memory"  # the command is over: the core speaks English again


def test_the_system_language_is_used_without_lang(
    translations: pathlib.Path, tiny_gguf: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert main(["inspect", str(tiny_gguf)]) == 0
    assert "Minne" in capsys.readouterr().out.splitlines()
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")  # LC_ALL wins over LANG
    assert main(["inspect", str(tiny_gguf)]) == 0
    assert "Hukommelse" in capsys.readouterr().out.splitlines()
    assert main(["--lang", "en", "inspect", str(tiny_gguf)]) == 0  # --lang wins over the system
    out = capsys.readouterr().out
    assert "Memory" in out.splitlines() and _sizes_use(out, ".")


def test_errors_read_in_the_chosen_language(translations: pathlib.Path, tmp_path: pathlib.Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nope.gguf"
    assert main(["--lang", "sv", "inspect", str(missing)]) == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == f"fel: {missing}: filen finns inte"


def test_json_stays_english(translations: pathlib.Path, tiny_gguf: pathlib.Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--lang", "sv", "inspect", "--json", str(tiny_gguf)]) == 0
    data = json.loads(capsys.readouterr().out)
    explanation = data["memory"][0]["explanation"]
    assert explanation.startswith("Fits: ") and _sizes_use(explanation, ".")
    assert data["memory"][0]["verdict"] == "fits"


REAL_FILES = pathlib.Path(__file__).resolve().parents[2] / "resources" / "i18n"

@pytest.mark.parametrize("language", ["da", "nb", "sv"])
def test_the_projects_translation_files_translate_the_command_line(
    language: str, tiny_gguf: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys  # type: ignore[no-untyped-def]
) -> None:
    """``slm-workbench --lang xx inspect`` with the project's own file: its ``Memory`` heading and its verdict are
    finished translations there, and the command prints them."""
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    catalog = read_ts(REAL_FILES / f"{TRANSLATION_PREFIX}{language}.ts")
    heading = catalog.get(("CLI", "Memory"), "")
    verdict = catalog.get(("Fit", "Fits: {details}"), "")
    assert heading and heading != "Memory", f"{language}: the inspect command's Memory heading is not translated"
    assert "{details}" in verdict and verdict != "Fits: {details}", f"{language}: the fit verdict is not translated"
    assert main(["--lang", language, "inspect", str(tiny_gguf)]) == 0
    out = capsys.readouterr().out
    assert heading in out.splitlines()
    assert verdict.split("{details}", 1)[0] in out
    assert _sizes_use(out, ",")
