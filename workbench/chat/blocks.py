"""Where a streaming Markdown reply can be cut into finished blocks and a growing tail.

While a reply streams, the window renders only what changed: the blocks that are finished (a blank line
follows them, outside a code fence) are rendered once and stay; the tail after them is rendered again with each
batch. A paragraph that grows long without a blank line (a model that writes one long block, line after line) is
also cut, at a line break, so the tail stays short: the window shows such a *soft* cut as the same paragraph
continuing on the next line, which is how a line break inside a paragraph reads anyway. A line that never ends
(a broken or random model's) is cut at a space: it goes on in the next line, a little early; a word that never ends
(no space for longer than the tail may grow) is cut between two of its letters, where the cut changes no Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SOFT_LIMIT = 1200
"""Characters of tail after which a paragraph is cut at a line break."""

_OPENERS = frozenset("\\&`*_~[(<!")
"""Characters a word is never cut right after: each may open Markdown (an escape, an entity, a code span, emphasis,
a link, an address, an image)."""
WORD_CUT_TRIES = 64
"""Places inside an endless word tried for a cut, from its end back (each try counts the line's open spans)."""

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")


@dataclass(frozen=True)
class Cut:
    """The end of the finished part (an offset into the text) and whether it falls inside a paragraph."""

    end: int
    soft: bool = False
    inline: bool = False
    """A soft cut inside a line (a paragraph of one endless line, which only a broken model writes): the rest
    goes on in the next line."""


def _eligible_soft_cut(before: str, after: str, paragraph: str) -> bool:
    """Whether a line break between the lines ``before`` and ``after`` can end a piece of a paragraph without
    changing how either side renders: not inside a table, not before a heading's underline, not inside a code
    span or emphasis left open in ``paragraph`` (the text of the paragraph so far)."""
    if "|" in before or "|" in after or _UNDERLINE.match(after) or not after.strip() or not before.strip():
        return False
    if paragraph.count("`") % 2 or paragraph.count("**") % 2 or paragraph.count("__") % 2:
        return False
    return paragraph.replace("**", "").count("*") % 2 == 0


def finished_cut(text: str, start: int = 0, soft_limit: int = SOFT_LIMIT) -> Cut:
    """How much of ``text`` is finished blocks, counting from ``start`` (a previous cut, or 0).

    A hard cut follows a blank line outside a code fence, once the next block has begun unindented (an indented
    line after a blank one may continue a list item). When the text after the last hard cut is longer than
    ``soft_limit``, a soft cut at the last eligible line break is given instead (inside a paragraph or a list,
    never inside a fence or a table). The result is never before ``start``.
    """
    fence: str | None = None
    hard = start
    pending: int | None = None  # just after a blank line: a hard cut if the next block starts unindented
    lines_since_hard: list[tuple[int, str]] = []  # (offset of the line's end, the line) since the last hard cut
    position = start
    while position < len(text):
        newline = text.find("\n", position)
        line = text[position:] if newline < 0 else text[position:newline]
        if pending is not None and line.strip():
            if not line[:1].isspace():
                hard, lines_since_hard = pending, []
            pending = None
        if newline < 0:
            break
        end = newline + 1
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
        elif fence is not None and match and _closes(match.group(1), fence, line):
            fence = None
        elif fence is None and not line.strip():
            pending = end
            position = end
            continue
        lines_since_hard.append((end, line))
        position = end
    if len(text) - hard <= soft_limit:
        return Cut(hard)
    return (
        _soft_cut(text, hard, lines_since_hard, soft_limit)
        or (None if fence is not None else _inline_cut(text, max(hard, position), soft_limit))
        or Cut(hard)
    )


def _inline_cut(text: str, line_start: int, soft_limit: int) -> Cut | None:
    """A cut at the last space of an unfinished line longer than ``soft_limit`` (not a table row, not a heading),
    where no code span or emphasis is left open, or inside the word it ends in when that word alone is longer than
    ``soft_limit``; None if there is none."""
    line = text[line_start:]
    if len(line) <= soft_limit or "|" in line or line.lstrip().startswith("#"):
        return None
    space = line.rfind(" ", 0, len(line) - 1)
    if len(line) - space > soft_limit:  # the line ends in a word longer than the tail may grow
        inside = _word_cut(line, space + 1)
        if inside is not None:
            return Cut(line_start + inside, soft=True, inline=True)
    while space > 0:
        if _eligible_soft_cut("x", "x", line[:space]):
            return Cut(line_start + space + 1, soft=True, inline=True)
        space = line.rfind(" ", 0, space)
        if len(line) - space > 4 * soft_limit:
            return None
    return None


def _word_cut(line: str, word_start: int) -> int | None:
    """The last place inside the word that begins at ``word_start`` and ends ``line`` where a cut changes no
    Markdown; None if there is none.

    The piece after the cut begins with a letter or a character beyond ASCII (never with Markdown: a list's or a
    quote's marker, a rule, a digit of a numbered item), the one before it is no Markdown that opens something (an
    escape, an entity, a code span, emphasis, a link or an address); the cut is not inside an entity's name
    (``&amp;``) or an address in brackets, and no code span or emphasis is left open before it.
    """
    tries = 0
    position = len(line) - 1
    while position > word_start and tries < WORD_CUT_TRIES:
        before, after = line[position - 1], line[position]
        if not (after.isalpha() or not (after.isascii() or after.isspace())) or before.isspace() or before in _OPENERS:
            position -= 1
            continue
        tries += 1
        run = position  # the letters and digits the place is inside of begin here
        while run > word_start and line[run - 1].isascii() and line[run - 1].isalnum():
            run -= 1
        if line[:run].endswith(("&", "&#")):
            position = run - 1
            continue
        word = line[word_start:position]
        if any(word.rfind(o) > word.rfind(c) for o, c in ("<>", "[]", "()")) or not _eligible_soft_cut(
            "x", "x", line[:position]
        ):
            position -= 1
            continue
        return position
    return None


def _closes(marker: str, fence: str, line: str) -> bool:
    """Whether a line starting with ``marker`` closes a code block opened by ``fence``."""
    return marker[0] == fence[0] and len(marker) >= len(fence) and not line.strip()[len(marker):].strip()


def _soft_cut(text: str, hard: int, lines: list[tuple[int, str]], soft_limit: int) -> Cut | None:
    """The last eligible line break after ``hard`` that leaves a tail of at most ``soft_limit``, else the last
    eligible one at all; None if there is none (a fence open since ``hard``: code is never cut)."""
    fence: str | None = None
    paragraph: list[str] = []
    best: int | None = None
    for i, (end, line) in enumerate(lines):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            paragraph = []
            continue
        if fence is not None:
            if match and _closes(match.group(1), fence, line):
                fence = None
            continue
        paragraph.append(line)
        after = lines[i + 1][1] if i + 1 < len(lines) else text[end:].split("\n", 1)[0]
        if end < len(text) and _eligible_soft_cut(line, after, "\n".join(paragraph)):
            best = end
    if best is None or best <= hard:
        return None
    return Cut(best, soft=True)
