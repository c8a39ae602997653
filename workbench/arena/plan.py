"""Who runs when: memory first. Columns whose models fit next to each other run together; the others wait for
their own turn, and the engine of each turn is unloaded before the next one starts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from workbench.i18n import tr
from workbench.memory import FITS_SHARE
from workbench.model_info import format_bytes

RunMode = Literal["in turn", "at once"]
"""``in turn``: one column after another, each with the whole machine (honest speeds); ``at once``: every column
that fits next to the others streams at the same time (shows contention)."""

MAX_COLUMNS = 4
MIN_COLUMNS = 2


@dataclass(frozen=True)
class RunPlan:
    """The turns of a run: each turn is the column indexes that run together."""

    turns: tuple[tuple[int, ...], ...]
    mode: RunMode
    summary: str
    """One line with the numbers: what the models need together and what is free."""
    notes: tuple[str, ...] = ()
    """What changed from what was asked, one line each (a model that runs on its own turn)."""
    needs: tuple[int | None, ...] = ()
    available: int = 0
    labels: tuple[str, ...] | None = None
    """What the plan was made from (see :func:`plan_run`), so :meth:`text` can write it again in the language
    installed now."""

    def text(self) -> str:
        """The summary and the notes in one line, in the language installed now."""
        again = plan_run(self.needs, self.available, self.mode, self.labels) if self.needs else self
        return " ".join([again.summary, *again.notes])

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
    made_from = (tuple(needs), available, None if labels is None else tuple(labels))
    if labels is not None:
        names = list(labels)
    else:
        names = [tr("Arena", "Column {number}").format(number=i + 1) for i in range(len(needs))]
    sizes = [max(0, n or 0) for n in needs]
    total = sum(sizes)
    need = {
        1: tr("Arena", "This one needs about {total}; {free} are free."),
        2: tr("Arena", "These two need about {total}; {free} are free."),
        3: tr("Arena", "These three need about {total}; {free} are free."),
        4: tr("Arena", "These four need about {total}; {free} are free."),
    }.get(len(sizes)) or tr("Arena", "These {count} need about {total}; {free} are free.")
    summary = need.format(count=len(sizes), total=format_bytes(total), free=format_bytes(available))
    budget = FITS_SHARE * available
    if mode == "in turn":
        in_turn = summary + " " + tr("Arena", "They run one after another.")
        return RunPlan(tuple((i,) for i in range(len(sizes))), mode, in_turn, (), *made_from)
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
                alone = tr("Arena", "{name} does not fit next to the others: it runs on its own turn.")
                notes.append(alone.format(name=names[i]))
            turns.append([i])
            used.append(size)
    if len(turns) == 1:
        summary += " " + tr("Arena", "They all run at once (they share the processor, so each is slower than alone).")
    else:
        summary += " " + tr(
            "Arena", "They run in {count} turns, the engines of each turn unloaded before the next."
        ).format(count=len(turns))
    return RunPlan(tuple(tuple(t) for t in turns), mode, summary, tuple(notes), *made_from)
