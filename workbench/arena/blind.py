"""Blind mode for a class: the columns shown as A, B, C, D in a shuffled order, a vote, Reveal, and a tally across
the session ("Q4_K_M won 7 of 10 against F16"), exportable as CSV."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass

from workbench.arena.session import ArenaRound, ArenaSession

LETTERS = "ABCD"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def shuffled_order(columns: int, rng: random.Random | None = None) -> list[int]:
    """A random order of ``columns`` columns, never the order they were picked in (that would give them away)
    when there is more than one way."""
    rng = rng or random.SystemRandom()
    order = list(range(columns))
    if columns < 2:
        return order
    while order == sorted(order):
        rng.shuffle(order)
    return order


def letter(round_: ArenaRound, column: int) -> str:
    """The letter column ``column`` is shown under in blind mode (its number otherwise)."""
    if not round_.order:
        return str(column + 1)
    return LETTERS[round_.order.index(column)]


def vote(round_: ArenaRound, shown_letter: str) -> int:
    """Record the class's vote for the answer shown as ``shown_letter``; returns the column it names."""
    shown = [LETTERS[i] for i in range(len(round_.order))] if round_.order else [
        str(i + 1) for i in range(len(round_.columns))
    ]
    if shown_letter.upper() not in shown:
        raise ValueError(f"There is no answer {shown_letter}.")
    index = shown.index(shown_letter.upper())
    column = round_.order[index] if round_.order else index
    round_.winner = column
    return column


@dataclass(frozen=True)
class TallyRow:
    """One model's record across the session's voted rounds."""

    label: str
    wins: int
    rounds: int
    """Voted rounds this model took part in."""


def tally(session: ArenaSession) -> list[TallyRow]:
    """Wins per model over the rounds that had a vote, most wins first (models in order of first appearance)."""
    wins: dict[str, int] = {}
    seen: dict[str, int] = {}
    for round_ in session.rounds:
        if round_.winner is None:
            continue
        for i, column in enumerate(round_.columns):
            seen[column.label] = seen.get(column.label, 0) + 1
            wins[column.label] = wins.get(column.label, 0) + (1 if i == round_.winner else 0)
    rows = [TallyRow(label, wins[label], seen[label]) for label in seen]
    return sorted(rows, key=lambda r: -r.wins)


def tally_lines(session: ArenaSession) -> list[str]:
    """The tally in a person's words: ``Q4_K_M won 7 of 10 against F16`` (one line per model)."""
    rows = tally(session)
    lines = []
    for row in rows:
        others = [r.label for r in rows if r.label != row.label]
        against = f" against {', '.join(others)}" if others else ""
        lines.append(f"{row.label} won {row.wins} of {row.rounds}{against}")
    return lines


def _cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a question or a model name starting like a formula is not one."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(session: ArenaSession) -> str:
    """One row per answer: the round, the question, the letter it was shown under, the model, whether the class
    chose it, and its figures."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["round", "question", "shown as", "model", "chosen", "tokens", "tokens per second",
                     "first token (s)", "state"])
    for number, round_ in enumerate(session.rounds, start=1):
        for i, column in enumerate(round_.columns):
            stats = column.reply_stats
            chosen = "" if round_.winner is None else ("yes" if round_.winner == i else "no")
            writer.writerow([
                number,
                _cell(round_.question),
                letter(round_, i),
                _cell(column.label),
                chosen,
                stats.generated_tokens if stats else "",
                f"{stats.tokens_per_second:.1f}" if stats else "",
                f"{stats.time_to_first_token:.2f}" if stats else "",
                column.state,
            ])
    return out.getvalue()
