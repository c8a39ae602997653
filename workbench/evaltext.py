"""The evaluation texts: prose that ships with the app or with Python, so nothing is ever downloaded.

Perplexity, KL divergence and importance matrices are all measured on text. The bundled English text is
the prose of Python's own help topics (``pydoc_data.topics``) with its code examples and grammar
blocks left out, so what is scored is ordinary explanatory English. The project's own texts in Danish,
Norwegian (Bokmål) and Swedish (``resources/evaltexts/``, licensed with the project) are ordinary explanatory
prose on the same everyday subjects in each language, so that a variant's loss can be shown in the language a
class reads.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.resources import resource_path

BUNDLED = "bundled"
"""The name under which settings and the CLI refer to the bundled English text."""

LANGUAGES: dict[str, str] = {
    BUNDLED: QT_TRANSLATE_NOOP("Language", "English"),
    "da": QT_TRANSLATE_NOOP("Language", "Danish"),
    "nb": QT_TRANSLATE_NOOP("Language", "Norwegian (Bokmål)"),
    "sv": QT_TRANSLATE_NOOP("Language", "Swedish"),
}
"""The texts that ship with the app, by the name settings and the CLI use, with the language each is in."""


class EvaluationTextError(WorkbenchError):
    """The evaluation text cannot be used: unreadable, empty, or too short for the task."""


@functools.lru_cache(maxsize=1)
def bundled_evaluation_text() -> str:
    """About 190 kB (some 45,000 tokens) of prose, the same on every machine with the same Python version."""
    from pydoc_data.topics import topics

    paragraphs: list[str] = []
    for key in sorted(topics):
        for block in topics[key].split("\n\n"):
            lines = [line for line in block.splitlines() if line.strip()]
            # Keep flowing prose: unindented lines, mostly words, not grammar rules or code.
            if not lines or any(line.startswith((" ", "\t")) for line in lines):
                continue
            text = " ".join(line.strip() for line in lines)
            letters = sum(ch.isalpha() or ch == " " for ch in text)
            if len(text) >= 80 and letters / len(text) > 0.85:
                paragraphs.append(text)
    return "\n\n".join(paragraphs)


def text_label(source: str | os.PathLike[str]) -> str:
    """How a person names ``source``: its language for a text that ships with the app, else the file's name."""
    language = LANGUAGES.get(str(source))
    return tr("Language", language) if language else Path(source).name


def evaluation_text(source: str | os.PathLike[str] = BUNDLED) -> str:
    """A text that ships with the app (a key of :data:`LANGUAGES`), or the text of a UTF-8 file;
    :class:`EvaluationTextError` with the reason."""
    if str(source) == BUNDLED:
        return bundled_evaluation_text()
    if str(source) in LANGUAGES:
        shipped = resource_path(f"evaltexts/{source}.txt")
        if shipped is None:
            language = LANGUAGES[str(source)]
            raise EvaluationTextError(
                tr("Evaluation text", "The {language} evaluation text is missing from this installation.").format(
                    language=tr("Language", language)
                )
            )
        path = shipped
    else:
        path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise EvaluationTextError(
            tr("Evaluation text", "{file} is not UTF-8 text: {detail} at byte {position}.").format(
                file=path.name, detail=exc.reason, position=exc.start
            )
        ) from exc
    except OSError as exc:
        raise EvaluationTextError(
            tr("Evaluation text", "{file} cannot be read: {detail}.").format(file=path.name, detail=exc.strerror or exc)
        ) from exc
    if not text.strip():
        raise EvaluationTextError(tr("Evaluation text", "{file} is empty.").format(file=path.name))
    return text
