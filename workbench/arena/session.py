"""What an Arena session is: rounds of one question to several models, each column's reply with its stats, the
blind order and the vote. Plain dataclasses that the runner fills in, the window shows and the database keeps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from workbench.arena.plan import RunMode
from workbench.engine.protocol import ReplyStats
from workbench.sampling import SamplingParams

ColumnState = Literal["waiting", "loading", "streaming", "done", "failed", "stopped"]
"""waiting: its turn has not come; loading; streaming; done; failed (``error`` says why, the text so far is kept);
stopped: Stop was pressed (the text so far is kept)."""

ARENA_SAMPLING = SamplingParams(temperature=0.0, top_p=1.0, top_k=1, min_p=0.0, repeat_penalty=1.0, max_tokens=256,
                                seed=42)
"""Fair by default: greedy decoding, so differences come from the model, not the dice; one seed for every column."""


@dataclass
class ArenaColumn:
    """One model's answer to one question."""

    label: str
    """The model as the person knows it: ``SmolLM2-135M-Instruct Q4_1`` (from the file; untrusted text)."""
    source: str
    """Path of the model file or folder, or ``endpoint name / model`` for a model on a server."""
    text: str = ""
    pieces: list[str] = field(default_factory=list)
    """The reply's text token by token (what the first divergence counts in)."""
    stats: dict[str, Any] | None = None
    """:meth:`ReplyStats.to_dict` of a finished (or stopped) reply."""
    state: ColumnState = "waiting"
    error: str = ""
    vocabulary: str = ""
    """``size:digest`` of the model's vocabulary (empty for a model on a server): equal means the same tokenizer."""
    divergence: int | None = None
    """Index of the first token where this reply leaves the baseline's (column 1); None: it does not, or unknown."""
    divergence_note: str = ""
    """The divergence in plain words, or why there is none (a different tokenizer)."""
    memory_note: str = ""

    @property
    def reply_stats(self) -> ReplyStats | None:
        return ReplyStats.from_dict(self.stats) if self.stats else None

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed", "stopped")


@dataclass
class ArenaRound:
    """One question, every column's answer, and (in blind mode) the order the columns were shown in and the vote."""

    question: str
    columns: list[ArenaColumn]
    order: list[int] = field(default_factory=list)
    """Blind mode: the letter ``A`` + i shows column ``order[i]``. Empty: shown in the chosen order, named."""
    winner: int | None = None
    """Index of the column the class voted best (None: no vote)."""
    revealed: bool = False
    created: str = ""

    @property
    def blind(self) -> bool:
        return bool(self.order)


@dataclass
class ArenaSession:
    """A sitting in the Arena: the same models, the same settings, one round per question."""

    title: str = "Arena"
    created: str = ""
    params: SamplingParams = ARENA_SAMPLING
    mode: RunMode = "in turn"
    rounds: list[ArenaRound] = field(default_factory=list)
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The session as plain data (for JSON), sharing nothing mutable with it. Cheap enough to take on the window's
        thread while columns stream: the texts are shared (strings do not change), the lists and dicts are new."""
        return {
            "title": self.title,
            "created": self.created,
            "params": self.params.to_dict(),
            "mode": self.mode,
            "rounds": [_round_dict(r) for r in self.rounds],
            "id": self.id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArenaSession:
        rounds = []
        for raw in data.get("rounds", []):
            raw = dict(raw)
            known = ArenaColumn.__dataclass_fields__
            raw["columns"] = [ArenaColumn(**{k: v for k, v in c.items() if k in known}) for c in raw.get("columns", [])]
            rounds.append(ArenaRound(**{k: v for k, v in raw.items() if k in ArenaRound.__dataclass_fields__}))
        mode = data.get("mode", "in turn")
        return cls(
            title=str(data.get("title", "Arena")),
            created=str(data.get("created", "")),
            params=SamplingParams.from_dict(data.get("params") or {}),
            mode=mode if mode in ("in turn", "at once") else "in turn",
            rounds=rounds,
            id=data.get("id"),
        )


def _round_dict(round_: ArenaRound) -> dict[str, Any]:
    columns = []
    for column in round_.columns:
        data = dict(vars(column))
        data["pieces"] = list(column.pieces)
        data["stats"] = dict(column.stats) if column.stats is not None else None
        columns.append(data)
    return {
        "question": round_.question,
        "columns": columns,
        "order": list(round_.order),
        "winner": round_.winner,
        "revealed": round_.revealed,
        "created": round_.created,
    }


def short_labels(models: list[tuple[str, str]]) -> list[str]:
    """Column labels from each model's ``(name, quantization)``: the quantization alone when every column is the
    same model (``Q4_K_M``, ``F16``: what a tally reads best), else both; a repeated label gets a number."""
    same_model = len({name for name, _ in models}) == 1 and all(q for _, q in models)
    labels = [q if same_model else f"{name} {q}".strip() for name, q in models]
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out
