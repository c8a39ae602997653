"""Models split into several GGUF files, named as llama.cpp's ``gguf-split`` names them: ``NAME-00001-of-00003.gguf``.

The library finds the parts on disk and the Hub in a repository; both name them, and say which are missing, here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.i18n import tr

_SPLIT_NAME = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)


@dataclass(frozen=True)
class SplitName:
    """What a part's file name says: the model's name without the part number, which part, of how many."""

    base: str
    index: int
    count: int


def split_name(filename: str) -> SplitName | None:
    """``M-Q4_K_M-00002-of-00003.gguf`` (or a path ending in it) → ``SplitName("M-Q4_K_M", 2, 3)``; None for a
    name that is not a part's."""
    m = _SPLIT_NAME.match(filename.replace("\\", "/").rsplit("/", 1)[-1])
    return SplitName(m["base"], int(m["index"]), int(m["count"])) if m else None


def missing_parts_in_words(missing: Sequence[int], count: int) -> str:
    """``part 2 of 3 missing`` / ``parts 1 and 2 of 3 missing``, in the active language."""
    if len(missing) == 1:
        return tr("Library", "part {part} of {count} missing").format(part=missing[0], count=count)
    listed = tr("Library", "{parts} and {last}").format(parts=", ".join(str(m) for m in missing[:-1]), last=missing[-1])
    return tr("Library", "parts {parts} of {count} missing").format(parts=listed, count=count)
