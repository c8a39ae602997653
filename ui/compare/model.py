"""The results table: one row per variant of a comparison, updated in place as the suite reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ui.i18n import format_decimal, format_integer, tr, tr_noop
from ui.i18n import format_percent as percent_done
from ui.table import RowTableModel
from ui.untrusted import CELL_LIMIT, one_line, tooltip
from workbench.compare.captions import busy_during_speed_test, fewer_threads
from workbench.compare.figures import (
    finite,
    format_measurement,
    format_percent,
    format_size,
    format_uncertain,
    short_names,
    size_order,
    status_text,
)
from workbench.compare.languages import TextLoss, text_loss, text_quality
from workbench.compare.present import EXPLAIN
from workbench.compare.results import SuiteProgress, VariantResult
from workbench.evaltext import text_label

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
"""Raw values (numbers for numeric columns) for sorting and for tests."""

COLUMNS = (
    tr_noop("Compare", "Variant"),
    tr_noop("Compare", "Status"),
    tr_noop("Compare", "File size"),
    tr_noop("Compare", "Bits/weight"),
    #: Column title: the seconds it took to load the model file (a noun, not the verb)
    tr_noop("Compare", "Load"),
    tr_noop("Compare", "Memory used"),
    tr_noop("Compare", "Expected use"),
    tr_noop("Compare", "Reserved at most"),
    tr_noop("Compare", "Prompt tok/s (pp)"),
    tr_noop("Compare", "Generation tok/s (tg)"),
    tr_noop("Compare", "Ceiling tok/s"),
    tr_noop("Compare", "Perplexity"),
    tr_noop("Compare", "KL divergence"),
    tr_noop("Compare", "Same top token"),
    tr_noop("Compare", "Loss by language"),
)
LANGUAGE_COLUMN = COLUMNS.index("Loss by language")
"""Shown for a run of several evaluation texts only (the panel hides it otherwise)."""
NUMERIC = set(COLUMNS[2:])
HEADER_TIPS = {
    "Variant": tr_noop("Compare", "The model file. The baseline is the one the others are compared against."),
    "Status": tr_noop("Compare", "What the measurement is doing now, or why a variant has no numbers."),
    "Load": tr_noop("Compare", "Seconds to load the model file into the engine."),
    "Memory used": tr_noop(
        "Compare",
        "The most memory the model used while it ran, measured on its own process (loading, reading the prompt "
        "and writing the answer).",
    ),
}
"""What the window's own columns mean."""
EXPLAINED_BY_CORE = {
    "File size": "size",
    "Bits/weight": "bpw",
    "Expected use": "expected",
    "Reserved at most": "reserved",
    "Prompt tok/s (pp)": "prompt",
    "Generation tok/s (tg)": "generation",
    "Ceiling tok/s": "ceiling",
    "Perplexity": "perplexity",
    "KL divergence": "kl",
    "Same top token": "top1",
    "Loss by language": "languages",
}
"""Columns the core explains (:data:`workbench.compare.present.EXPLAIN`), by its key: looked up when shown, so in
the window's language."""


def header_tip(column: str) -> str | None:
    """The tooltip of ``column``'s title, in the window's language."""
    if column in HEADER_TIPS:
        return tr("Compare", HEADER_TIPS[column])
    key = EXPLAINED_BY_CORE.get(column)
    if key is None:
        return None
    tip = EXPLAIN[key]
    if column == "Expected use":
        return tr("Compare", "{explanation} Compare it with the memory used.").format(explanation=tip)
    if column in ("Prompt tok/s (pp)", "Generation tok/s (tg)"):
        return tr("Compare", "{explanation}\nMean ± standard deviation over the repetitions.").format(explanation=tip)
    if column in ("Perplexity", "KL divergence"):
        return tr("Compare", "{explanation}\n± the standard error.").format(explanation=tip)
    if column == "Loss by language":
        spread = tr("Compare", "{explanation}\nA change inside the measurements' spread reads \"about the same\".")
        return spread.format(explanation=tip)
    return tip
STATUS_COLORS = {"failed": QColor("#c0392b"), "skipped": QColor("#d08a00"), "cancelled": QColor("#8a8a8a")}
STEP_WORDS = {
    #: Status of a row: the model is being loaded.
    "load": tr_noop("Compare", "loading"),
    "bench": tr_noop("Compare", "measuring speed"),
    "perplexity": tr_noop("Compare", "measuring perplexity"),
    "kl": tr_noop("Compare", "comparing with the baseline"),
    "answers": tr_noop("Compare", "answering the prompts"),
    #: Status of a row: every measurement is finished.
    "done": tr_noop("Compare", "done"),
}


SPEED_CELLS = ("Prompt tok/s (pp)", "Generation tok/s (tg)")
BUSY_NOTE = tr_noop("Compare", "computer busy: speed unreliable, Run again")
BUSY_TIP = (
    tr_noop("Compare", "Other programs used the processor during this variant's speed test, so its speed is not this "
    "computer's; run the comparison again when the computer is quiet.")
)
FEWER_THREADS_TIP = tr_noop(
    "Compare", "Other programs were using the processor, so automatic threads timed this variant on fewer threads "
    "than the others; its speed is not comparable with theirs. Run the comparison again when the computer is quiet, "
    "or set the threads in the parameters."
)
THREADS_TIP = tr_noop("Compare", "Threads it was timed on: {threads}.")
BUSY_COLOR = QColor("#d08a00")


class CompareTableModel(RowTableModel[VariantResult]):
    """One row per :class:`VariantResult`, largest file first (as on the charts); :meth:`apply_progress`
    updates one row."""

    columns = COLUMNS
    translation_context = "Compare"

    def __init__(self) -> None:
        super().__init__()
        self._names: list[str] = []
        self._activity: dict[int, str] = {}
        self._row_of: dict[int, int] = {}
        """Row of each variant index of the run."""
        self.baseline: str | None = None
        self._fewer_threads: frozenset[int] = frozenset()
        """Rows whose speed was timed on fewer threads than another row's (worked out when the rows change, not
        for every cell painted)."""

    def _note_fewer_threads(self) -> None:
        self._fewer_threads = frozenset(row for row, v in enumerate(self._rows) if fewer_threads(self._rows, v))

    def set_variants(self, variants: list[VariantResult], baseline: str | None = None) -> None:
        self.beginResetModel()
        order = size_order(variants)
        self._rows = [variants[i] for i in order]
        self._note_fewer_threads()
        self._row_of = {index: row for row, index in enumerate(order)}
        self._names = short_names(self._rows)
        self._activity = {}
        self.baseline = baseline
        self.endResetModel()

    def variants(self) -> list[VariantResult]:
        return list(self._rows)

    def apply_progress(self, report: SuiteProgress) -> None:
        """Put the reported variant in its row; only that row's cells change."""
        row = self._row_of.get(report.variant_index, -1)
        if not 0 <= row < len(self._rows):
            return
        self._rows[row] = report.result
        self._note_fewer_threads()
        if report.result.status == "running":
            step = tr("Compare", STEP_WORDS[report.step]) if report.step in STEP_WORDS else report.step
            done = f" {percent_done(report.fraction)}" if 0 < report.fraction < 1 else ""
            self._activity[row] = f"{step}…{done}"
        else:
            self._activity.pop(row, None)
        names = short_names(self._rows)
        if names != self._names:
            self._names = names
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.row_changed(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        variant = self.row_at(index)
        if variant is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:  # names and errors come from files and engines: bounded
            return one_line(self._display(index.row(), variant, column), CELL_LIMIT)
        if role == SortRole:
            return self._value(variant, column)
        fewer = index.row() in self._fewer_threads
        busy = busy_during_speed_test(variant) or fewer
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "Status" and variant.error:
                return tooltip(variant.error)
            if variant.remote and column in ("Status", *REMOTE_CELLS) and variant.notes:
                return tooltip("\n".join(variant.notes))
            if busy and column in ("Status", *SPEED_CELLS):
                return tr("Compare", FEWER_THREADS_TIP if fewer else BUSY_TIP)
            if column in SPEED_CELLS and variant.speed_threads:
                threads = ", ".join(format_integer(n) for n in variant.speed_threads)
                return f"{header_tip(column)}\n{tr('Compare', THREADS_TIP).format(threads=threads)}"
            if column == "Variant":
                return tooltip(variant.path)
            if column == "Loss by language" and variant.text_quality:
                return self._language_tip(variant)
            return header_tip(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Status":
            return BUSY_COLOR if busy and variant.status == "done" else STATUS_COLORS.get(variant.status)
        if role == Qt.ItemDataRole.ForegroundRole and busy and column in SPEED_CELLS:
            return BUSY_COLOR
        if role == Qt.ItemDataRole.FontRole and column == "Variant" and variant.path == self.baseline:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(COLUMNS[section])
        return super().headerData(section, orientation, role)

    def _display(self, row: int, v: VariantResult, column: str) -> str:
        q = v.quality
        if column == "Variant":
            name = self._names[row] if row < len(self._names) else v.label
            return tr("Compare", "{name} (baseline)").format(name=name) if v.path == self.baseline else name
        if column == "Status":
            activity = self._activity.get(row)
            if activity:
                return activity
            busy = busy_during_speed_test(v) or row in self._fewer_threads
            return f"{status_text(v)} · {tr('Compare', BUSY_NOTE)}" if busy else status_text(v)
        if column == "File size":
            return format_size(v.file_bytes) if v.file_bytes else ""
        if column == "Bits/weight":
            return format_decimal(v.bits_per_weight, 2) if v.bits_per_weight else ""
        if column == "Load":
            return f"{format_decimal(v.load_seconds, 2)} s" if v.load_seconds is not None else ""
        if v.remote and column in REMOTE_CELLS:
            return remote_cell(v, column)
        if column == "Memory used":
            return format_size(v.peak_rss_bytes) if v.peak_rss_bytes else ""
        if column == "Expected use":
            return format_size(v.expected_bytes) if v.expected_bytes else ""
        if column == "Reserved at most":
            return format_size(v.estimated_bytes) if v.estimated_bytes else ""
        if column == "Prompt tok/s (pp)":
            return format_measurement(v.prompt_speed, "") if v.prompt_speed else ""
        if column == "Generation tok/s (tg)":
            return format_measurement(v.generation_speed, "") if v.generation_speed else ""
        if column == "Ceiling tok/s":
            ceiling = v.ceiling_tokens_per_second
            return format_integer(round(ceiling)) if ceiling is not None and finite(ceiling) else ""
        if column == "Loss by language":
            return self._language_cell(v)
        if q is None:
            return ""
        if column == "Perplexity":
            return format_uncertain(q.perplexity, q.perplexity_stderr)
        if column == "KL divergence":
            if q.kl_mean is None:
                return tr("Compare", "no KL") if q.kl_note else ""
            return format_uncertain(q.kl_mean, q.kl_stderr)
        if column == "Same top token":
            return format_percent(q.top1_agreement) if q.top1_agreement is not None else ""
        return ""

    def _reference(self) -> VariantResult | None:
        """What the losses are measured against: the baseline, else the largest file (as the captions do)."""
        for v in self._rows:
            if v.path == self.baseline:
                return v
        sized = [v for v in self._rows if v.file_bytes]
        return max(sized, key=lambda v: v.file_bytes) if sized else None

    def _losses(self, v: VariantResult) -> list[TextLoss]:
        reference = self._reference()
        if reference is None or reference is v:
            return []
        return [loss for text in v.text_quality if (loss := text_loss(v, reference, text)) is not None]

    def _language_cell(self, v: VariantResult) -> str:
        """``English +3.1% · Danish +9.0%`` (a change inside the spreads: ``about the same``); the reference's
        perplexity per language."""
        if not v.text_quality:
            return ""
        if v is self._reference():
            parts = [
                f"{text_label(text)} {q.perplexity:.2f}" for text in v.text_quality if (q := text_quality(v, text))
            ]
            return " · ".join(parts)
        return " · ".join(
            f"{loss.language} {100 * loss.loss:+.1f}%" if loss.clear else f"{loss.language} about the same"
            for loss in self._losses(v)
        )

    def _language_tip(self, v: VariantResult) -> str:
        lines = []
        for text, q in v.text_quality.items():
            line = f"{text_label(text)}: perplexity {format_uncertain(q.perplexity, q.perplexity_stderr)}"
            if q.kl_mean is not None:
                line += f", KL divergence {format_uncertain(q.kl_mean, q.kl_stderr)}"
            if q.top1_agreement is not None:
                line += f", same top token {format_percent(q.top1_agreement)}"
            lines.append(line)
        return "\n".join(lines)

    def _value(self, v: VariantResult, column: str) -> Any:
        q = v.quality
        values = {
            "File size": v.file_bytes,
            "Bits/weight": v.bits_per_weight,
            "Load": v.load_seconds,
            "Memory used": v.peak_rss_bytes,
            "Expected use": v.expected_bytes,
            "Reserved at most": v.estimated_bytes,
            "Prompt tok/s (pp)": v.prompt_speed.mean if v.prompt_speed else None,
            "Generation tok/s (tg)": v.generation_speed.mean if v.generation_speed else None,
            "Ceiling tok/s": v.ceiling_tokens_per_second,
            "Perplexity": q.perplexity if q else None,
            "KL divergence": q.kl_mean if q else None,
            "Same top token": q.top1_agreement if q else None,
            "Loss by language": max((loss.loss for loss in self._losses(v)), default=None),
        }
        if column in values:
            return values[column]
        return v.label if column == "Variant" else v.status


REMOTE_CELLS = ("Memory used", "Prompt tok/s (pp)", "Generation tok/s (tg)", "KL divergence")
"""Columns a model on a server fills in its own words."""


def remote_cell(v: VariantResult, column: str) -> str:
    """A model on a server: memory is the server's, speeds are the server's, KL divergence is approximate."""
    if column == "Memory used":
        return "on the server"
    if column == "Prompt tok/s (pp)":
        first = v.first_token_seconds
        return f"first token {first.mean * 1000:,.0f} ms" if first is not None and first.samples else ""
    if column == "Generation tok/s (tg)":
        return f"{format_measurement(v.generation_speed, '')} (server)" if v.generation_speed else ""
    q = v.quality
    if q is None or q.kl_mean is None:
        return "no KL" if q is not None and q.kl_note else ""
    return f"≈ {format_uncertain(q.kl_mean, q.kl_stderr)}"
