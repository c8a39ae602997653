"""The translation files are in step with the code, and every language is finished.

``resources/i18n/slm_workbench_<lang>.ts`` must hold exactly the strings ``pyside6-lupdate`` finds in ``ui/`` and
``workbench/`` now (``python packaging/i18n.py update``), the ``.qm`` files must be what ``pyside6-lrelease`` makes
of them (``python packaging/i18n.py release``), and no entry may be left unfinished.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _catalog_tool() -> ModuleType:
    """``packaging/i18n.py``, loaded from its path (``packaging`` is not a package: see packaging/README.md)."""
    spec = importlib.util.spec_from_file_location("slm_workbench_i18n_tool", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _catalog_tool()


@pytest.fixture(scope="module")
def code_strings() -> set[tuple[str, str, str]]:
    return tool.code_strings()


def test_the_code_has_translatable_strings_in_every_panel(code_strings: set[tuple[str, str, str]]) -> None:
    contexts = {context for context, _, _ in code_strings}
    assert {"MainWindow", "Chat", "Compare", "Present", "Arena", "Server", "Quantize", "Welcome"} <= contexts


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_ts_files_hold_exactly_the_codes_strings(language: str, code_strings: set[tuple[str, str, str]]) -> None:
    have = set(tool.messages(tool.ts_path(language)))
    new, gone = sorted(code_strings - have), sorted(have - code_strings)
    assert not new and not gone, (
        f"{tool.ts_path(language).name} is out of date: run python packaging/i18n.py update\n"
        f"new: {new[:10]}\ngone: {gone[:10]}"
    )


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_qm_files_are_compiled_from_the_ts_files(language: str, tmp_path: Path) -> None:
    tool.release(languages=(language,), out=tmp_path)
    fresh = tool.qm_path(language, tmp_path).read_bytes()
    shipped = tool.qm_path(language)
    assert shipped.exists() and shipped.read_bytes() == fresh, (
        f"{shipped.name} does not match {tool.ts_path(language).name}: run python packaging/i18n.py release"
    )


PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    """A translation with ``{name}`` missing or misspelt would show the wrong text or fail to format."""
    wrong = [
        (source, text)
        for (_, source, _), text in tool.messages(tool.ts_path(language)).items()
        if text is not None and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    """Fails while a language has unfinished entries: translate them (pyside6-linguist or any editor), then run
    python packaging/i18n.py release."""
    unfinished = [
        f"{context}: {source!r}"
        for (context, source, _), text in tool.messages(tool.ts_path(language)).items()
        if text is None
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {tool.ts_path(language).name}, e.g. " + "; ".join(
        unfinished[:5]
    )
