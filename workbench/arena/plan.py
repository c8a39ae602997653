"""Who runs when: memory first. Columns whose models fit next to each other run together; the others wait for
their own turn, and the engine of each turn is unloaded before the next one starts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from workbench.memory import FITS_SHARE
from workbench.model_info import format_bytes

RunMode = Literal["in turn", "at once"]
"""``in turn``: one column after another, each with the whole machine (honest speeds); ``at once``: every column
that fits next to the others streams at the same time (shows contention)."""

MAX_COLUMNS = 4
MIN_COLUMNS = 2
NUMBER_WORDS = {1: "this one", 2: "these two", 3: "these three", 4: "these four"}


@dataclass(frozen=True)
class RunPlan:
    """The turns of a run: each turn is the column indexes that run together."""

    turns: tuple[tuple[int, ...], ...]
    mode: RunMode
    summary: str
    """One line with the numbers: what the models need together and what is free."""
    notes: tuple[str, ...] = ()
    """What changed from what was asked, one line each (a model that runs on its own turn)."""

    @property
    def together(self) -> bool:
        """Some columns really run at the same time."""
        return any(len(turn) > 1 for turn in self.turns)


def plan_run(
    needs: Sequence[int | None], available: int, mode: RunMode, labels: Sequence[str] | None = None
) -> RunPlan:
    """Plan the turns of ``len(needs)`` columns.

    ``needs`` is each column's expected memory in bytes (None or 0 for a model on a server: it takes none here);
    ``available`` the machine's available memory. In turn, every column gets its own turn. At once, columns are
    packed in their order into turns whose sum stays within the share of the available memory a model may take
    (the same share the fit verdict uses); a model that does not fit next to the others runs on its own turn.
    """
    names = list(labels) if labels is not None else [f"Column {i + 1}" for i in range(len(needs))]
    sizes = [max(0, n or 0) for n in needs]
    total = sum(sizes)
    count = NUMBER_WORDS.get(len(sizes), f"these {len(sizes)}")
    summary = f"{count.capitalize()} need about {format_bytes(total)}; {format_bytes(available)} are free."
    budget = FITS_SHARE * available
    if mode == "in turn":
        return RunPlan(tuple((i,) for i in range(len(sizes))), mode, summary + " They run one after another.")
    turns: list[list[int]] = []
    used: list[int] = []
    notes: list[str] = []
    for i, size in enumerate(sizes):
        for t, turn in enumerate(turns):
            if used[t] + size <= budget:
                turn.append(i)
                used[t] += size
                break
        else:
            if turns and size > 0:
                notes.append(f"{names[i]} does not fit next to the others: it runs on its own turn.")
            turns.append([i])
            used.append(size)
    if len(turns) == 1:
        summary += " They all run at once (they share the processor, so each is slower than alone)."
    else:
        summary += f" They run in {len(turns)} turns, the engines of each turn unloaded before the next."
    return RunPlan(tuple(tuple(t) for t in turns), mode, summary, tuple(notes))
