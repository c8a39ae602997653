"""Read llama.cpp's quantize log: one ``[ i/ n] tensor …`` line per tensor, and its failure messages.

Pure functions over text, tested on saved samples (``tests/unit/data/quantize_log_*.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MIB = 1024 * 1024
_TENSOR_LINE = re.compile(
    r"^\[\s*(?P<index>\d+)/\s*(?P<total>\d+)\]\s+(?P<name>\S+)\s+-\s+\[(?P<shape>[^\]]*)\],\s*"
    r"type\s*=\s*(?P<source>\w+),\s*(?:converting to (?P<target>\w+)\s*\.\.\s*)?"
    r"size\s*=\s*(?P<before>[\d.]+)\s*MiB(?:\s*->\s*(?P<after>[\d.]+)\s*MiB)?"
)
_FAILURE = re.compile(r"failed to quantize:\s*(?P<reason>.+?)\s*$")
_FALLBACK = re.compile(r"^warning:\s+(?P<name>\S+)\s+-\s+ncols\s+\d+\s+not divisible by")


@dataclass(frozen=True)
class TensorProgress:
    """One tensor done: ``index`` of ``total`` (1-based), its name, and what it became."""

    index: int
    total: int
    name: str
    shape: tuple[int, ...]
    source_type: str
    target_type: str
    """Equal to ``source_type`` when the tensor was copied unchanged."""
    source_bytes: int
    """Approximate (the log rounds to 0.01 MiB)."""
    target_bytes: int

    @property
    def fraction(self) -> float:
        return self.index / self.total if self.total else 0.0


def parse_tensor_line(line: str) -> TensorProgress | None:
    """Parse one complete ``[ 12/ 272] blk.0.attn_q.weight - [...] , type = …`` line; None for other lines."""
    m = _TENSOR_LINE.match(line.strip())
    if m is None:
        return None
    before = float(m["before"])
    after = float(m["after"]) if m["after"] else before
    shape = tuple(int(d) for d in m["shape"].replace(" ", "").split(",") if d)
    return TensorProgress(
        index=int(m["index"]),
        total=int(m["total"]),
        name=m["name"],
        shape=shape,
        source_type=m["source"],
        target_type=m["target"] or m["source"],
        source_bytes=round(before * _MIB),
        target_bytes=round(after * _MIB),
    )


def parse_failure(line: str) -> str | None:
    """The reason of a ``llama_model_quantize: failed to quantize: …`` line; None for other lines."""
    m = _FAILURE.search(line)
    return m["reason"] if m else None


def parse_fallback(line: str) -> str | None:
    """The tensor named by a ``warning: <name> - ncols … not divisible by …`` fallback line; else None."""
    m = _FALLBACK.match(line.strip())
    return m["name"] if m else None


class LineAssembler:
    """Joins the fragments llama.cpp logs (one tensor line arrives in three calls) into whole lines."""

    def __init__(self) -> None:
        self._partial = ""

    def feed(self, text: str) -> list[str]:
        """Add a fragment; return the lines it completed (without their newline)."""
        text = self._partial + text
        *lines, self._partial = text.split("\n")
        return lines

    def flush(self) -> list[str]:
        """The unfinished last line, if any."""
        rest, self._partial = self._partial, ""
        return [rest] if rest else []
