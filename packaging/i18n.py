"""Keep the translations in step with the code: ``python packaging/i18n.py update|release|check``.

- ``update``: extract every ``tr("Context", "text")`` (and ``tr_noop``) call in ``ui/`` and ``workbench/`` into
  ``resources/i18n/slm_workbench_<lang>.ts`` with ``pyside6-lupdate``. New strings arrive unfinished; strings gone
  from the code are dropped; finished translations are kept.
- ``release``: compile each ``.ts`` into the ``.qm`` the app loads, with ``pyside6-lrelease``.
- ``check``: say whether the ``.ts`` files hold exactly the code's strings and the ``.qm`` files match them
  (what ``tests/unit/test_i18n_catalog.py`` checks).

Adding a language: put its code in ``LANGUAGES`` below and in ``ui.i18n.LANGUAGES``, run ``update``, translate the
new ``.ts`` in Qt Linguist (``pyside6-linguist``) or any editor, then run ``release``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ("ui", "workbench")
LANGUAGES = ("da", "nb", "sv")
STEM = "slm_workbench"
ALIASES = "translate+=tr,QT_TRANSLATE_NOOP+=tr_noop"
"""``tr(context, text)`` reads like ``QCoreApplication.translate``; ``tr_noop`` like ``QT_TRANSLATE_NOOP``."""


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{STEM}_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{STEM}_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python, or on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found: install PySide6 in this environment")
    return found


def source_files() -> list[str]:
    """The Python files whose strings are translated (lupdate reads Python files named one by one)."""
    return [str(path) for source in SOURCES for path in sorted((ROOT / source).rglob("*.py"))]


def update(folder: Path = I18N, languages: tuple[str, ...] = LANGUAGES) -> None:
    """Extract the code's strings into ``folder``'s ``.ts`` files (created when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        subprocess.run(
            [
                tool("lupdate"),
                *source_files(),
                "-tr-function-alias", ALIASES,
                "-locations", "none",  # line numbers would change the files with every edit of the code
                "-no-obsolete",
                "-source-language", "en",
                "-target-language", language,
                "-silent",
                "-ts", str(ts_path(language, folder)),
            ],
            check=True,
            timeout=300,
        )


def release(folder: Path = I18N, out: Path | None = None, languages: tuple[str, ...] = LANGUAGES) -> None:
    """Compile ``folder``'s ``.ts`` files into ``.qm`` files in ``out`` (the same folder by default)."""
    out = out or folder
    for language in languages:
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_path(language, folder)), "-qm", str(qm_path(language, out))],
            check=True,
            timeout=120,
        )


def messages(ts: Path) -> dict[tuple[str, str, str], str | None]:
    """(context, source, disambiguation) → the finished translation, or None while it is unfinished."""
    found: dict[tuple[str, str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (translation.text or "") if done and translation is not None else None
    return found


def code_strings() -> set[tuple[str, str, str]]:
    """Every translatable string in the code now, extracted into a fresh catalog."""
    with tempfile.TemporaryDirectory() as scratch:
        update(Path(scratch), languages=("da",))
        return set(messages(ts_path("da", Path(scratch))))


def check() -> list[str]:
    """Problems, one line each: a ``.ts`` out of step with the code, a ``.qm`` out of step with its ``.ts``."""
    problems: list[str] = []
    wanted = code_strings()
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            problems.append(f"{ts.name} is missing: run python packaging/i18n.py update")
            continue
        have = set(messages(ts))
        if have != wanted:
            problems.append(
                f"{ts.name} is out of date ({len(wanted - have)} new strings, {len(have - wanted)} gone): "
                "run python packaging/i18n.py update"
            )
        with tempfile.TemporaryDirectory() as scratch:
            release(languages=(language,), out=Path(scratch))
            fresh = qm_path(language, Path(scratch)).read_bytes()
        qm = qm_path(language)
        if not qm.exists() or qm.read_bytes() != fresh:
            problems.append(f"{qm.name} does not match {ts.name}: run python packaging/i18n.py release")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    command = parser.parse_args(argv).command
    if command == "update":
        update()
        for language in LANGUAGES:
            found = messages(ts_path(language))
            unfinished = sum(1 for text in found.values() if text is None)
            print(f"{ts_path(language).name}: {len(found)} strings, {unfinished} unfinished")
        return 0
    if command == "release":
        release()
        return 0
    problems = check()
    print("\n".join(problems) or "The translations are in step with the code.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
