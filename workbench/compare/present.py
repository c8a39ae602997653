"""How a comparison is shown: the plain-words explanation of every figure, the charts' contents and
the Pareto frontier of size against quality (figures are formatted by :mod:`workbench.compare.figures`,
captions written by :mod:`workbench.compare.captions`).

Pure functions over :mod:`workbench.compare.results`; the panel draws what they return.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from workbench.compare.captions import (
    generation_caption,
    kl_caption,
    memory_caption,
    perplexities_differ,
    perplexity_caption,
    prompt_caption,
    size_caption,
    tradeoff_caption,
)
from workbench.compare.figures import (
    baseline_index,
    clearly_different,
    finite,
    format_bits,
    format_number,
    format_percent,
    format_uncertain,
    mean_of,
    short_names,
    size_order,
    size_scale,
    status_word,
    stdev_of,
)
from workbench.compare.languages import languages_caption, losses
from workbench.compare.results import CompareRun, VariantResult
from workbench.i18n import QT_TRANSLATE_NOOP, TranslatedTexts, format_decimal, tr

ChartKey = Literal["size", "memory", "prompt", "generation", "perplexity", "kl", "languages", "tradeoff"]
CHART_KEYS: tuple[ChartKey, ...] = (
    "size", "memory", "prompt", "generation", "perplexity", "kl", "languages", "tradeoff"
)
"""Every chart, in presentation order; ``languages`` has data only in a run of several evaluation texts."""

EXPLAIN_TEXTS = {
    "size": QT_TRANSLATE_NOOP(
        "Compare", "How much disk space the model file takes. Fewer bits per weight make a smaller file."
    ),
    "bpw": QT_TRANSLATE_NOOP(
        "Compare",
        "Bits per weight: the average number of bits each of the model's numbers takes in this file. "
        "16 is the original precision; 4 keeps a quarter of it."
    ),
    "memory": QT_TRANSLATE_NOOP(
        "Compare",
        "The bar is the most memory the model used while it ran, measured on its own process. The lines are "
        "what the app worked out before loading it: the solid line is the memory it expected the model to use, "
        "the dashed line the most the model could take (every buffer reserved in full). The dashed line is the "
        "one the app uses to tell whether a model fits this computer."
    ),
    "expected": QT_TRANSLATE_NOOP(
        "Compare",
        "Expected use: the memory the app expected the model to take after a typical reply, worked out "
        "from the file before loading it. It should come within about a tenth of what was measured."
    ),
    "reserved": QT_TRANSLATE_NOOP(
        "Compare",
        "Reserved at most: the most memory the model could take, with every buffer reserved in full. "
        "The app uses this figure to tell whether a model fits this computer, so it errs on the safe side."
    ),
    "prompt": QT_TRANSLATE_NOOP(
        "Compare",
        "Prompt processing (pp): how many tokens per second the model reads when it takes in your text. "
        "A token is a word or part of a word."
    ),
    "generation": QT_TRANSLATE_NOOP(
        "Compare",
        "Text generation (tg): how many new tokens per second the model writes. This is the speed you "
        "feel while the answer appears."
    ),
    "ceiling": QT_TRANSLATE_NOOP(
        "Compare",
        "The fastest generation this computer's memory allows: each new token reads every weight once, "
        "so memory speed ÷ bytes read per token is a hard limit."
    ),
    "perplexity": QT_TRANSLATE_NOOP(
        "Compare",
        "Perplexity: how surprised the model is by ordinary English text it has not seen. Lower is better; "
        "a smaller model file usually raises it a little."
    ),
    "kl": QT_TRANSLATE_NOOP(
        "Compare",
        "KL divergence: how far this variant's guesses for the next token drift from the baseline's. "
        "0 means identical; small numbers mean nearly the same behaviour."
    ),
    "top1": QT_TRANSLATE_NOOP(
        "Compare", "How often this variant's single most likely next token is the same as the baseline's."
    ),
    "baseline": QT_TRANSLATE_NOOP(
        "Compare",
        "The variant the others are measured against: the original file the others were made from "
        "(as their recorded provenance says), else the one with the most bits per weight."
    ),
    "repetitions": QT_TRANSLATE_NOOP(
        "Compare",
        "Each speed is measured at least this many times after a warm-up, and again (up to 10 times) until the "
        "mean is known within 3%; the chart shows the mean ± standard deviation. The repetitions are taken in "
        "rounds, every model in turn, so a slow minute of the computer costs all of them one repetition."
    ),
    "languages": QT_TRANSLATE_NOOP(
        "Compare",
        "Each bar is one variant on one evaluation text: how much higher its perplexity is than the reference's on "
        "the same text. A smaller model often loses more in a language it saw less of while it was trained.",
    ),
    "chunks": QT_TRANSLATE_NOOP(
        "Compare",
        "Perplexity reads the evaluation text in this many pieces; more pieces give a surer number but take longer."
    ),
}
"""Plain-words explanations of every figure, in English."""

EXPLAIN = TranslatedTexts("Compare", EXPLAIN_TEXTS)
"""Plain-words explanations of every figure, for tooltips and captions, in the active language."""


# -- charts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One variant's bar: its value (None: missing, ``note`` says why), spread and optional mark."""

    label: str
    value: float | None
    error: float = 0.0
    text: str = ""
    """Drawn over the bar: the value in words (``98 MB``)."""
    note: str = ""
    """Why the value is missing (``failed``, ``not measured``)."""
    marks: tuple[float | None, ...] = ()
    """References drawn across the bar, one per :attr:`ChartSpec.mark_names` (None: not for this bar): the
    bandwidth ceiling, or the memory estimate's two figures."""
    variant: int = -1
    """Index of the variant in the run (for its color); -1: its position."""

    @property
    def mark(self) -> float | None:
        """The first reference (the bandwidth ceiling; the memory reserved at most), if this bar has it."""
        return self.marks[0] if self.marks else None


@dataclass(frozen=True)
class Point:
    """One variant in the size-versus-quality scatter."""

    label: str
    x: float
    y: float
    y_error: float = 0.0
    variant: int = 0
    """Index of the variant in the run (for its color)."""


@dataclass(frozen=True)
class ChartSpec:
    """What one chart shows. Bars are in the run's variant order; ``points`` only for the scatter."""

    key: ChartKey
    title: str
    y_label: str
    caption: str
    explain: str
    bars: tuple[Bar, ...] = ()
    bar_name: str = ""
    mark_names: tuple[str, ...] = ()
    """Legend names of the marks, in the order of :attr:`Bar.marks`: the first is drawn dashed (a limit:
    ``Bandwidth ceiling``, ``Reserved at most``), the second solid (``Expected use``); empty when there are none
    (a name no bar has a mark for stays out of the legend)."""
    points: tuple[Point, ...] = ()
    frontier: tuple[int, ...] = ()
    """Indices into ``points`` on the Pareto frontier, by growing size."""
    x_label: str = ""

    @property
    def has_data(self) -> bool:
        return any(b.value is not None for b in self.bars) or bool(self.points)

    @property
    def mark_name(self) -> str:
        """Legend name of the first marks; empty when there are none."""
        return self.mark_names[0] if self.mark_names else ""


def pareto_frontier(
    points: Sequence[tuple[float, float]],
    errors: Sequence[float] | None = None,
    differ: Callable[[int, int], bool] | None = None,
) -> list[int]:
    """Indices of the points no other point beats on both axes (both smaller is better), by growing x.

    A point is beaten when another is at most as large on both axes and smaller on one. With ``errors`` (the
    standard error of each y), a point is beaten only when another no larger has a *clearly* smaller y
    (:func:`~workbench.compare.figures.clearly_different`): a difference inside the spreads beats nothing.
    ``differ(i, j)``, when given, decides instead whether two points' y values are clearly apart (perplexities
    paired on the same tokens are told apart far more surely than by two error bars). Points with a non-finite
    coordinate are left out.
    """
    usable = [(x, y, i) for i, (x, y) in enumerate(points) if math.isfinite(x) and math.isfinite(y)]

    def beats(ox: float, oy: float, j: int, x: float, y: float, i: int) -> bool:
        if differ is not None:
            return ox <= x and oy < y and differ(j, i)
        if errors is None:
            return ox <= x and oy <= y and (ox < x or oy < y)
        return ox <= x and oy < y and clearly_different(oy, errors[j], y, errors[i])

    frontier = [
        (x, y, i) for x, y, i in usable if not any(beats(ox, oy, j, x, y, i) for ox, oy, j in usable if j != i)
    ]
    return [i for _x, _y, i in sorted(frontier)]


def _missing_note(variant: VariantResult) -> str:
    if variant.status in ("failed", "skipped", "cancelled"):
        return status_word(variant.status)
    if variant.status in ("pending", "running"):
        return "…"
    return tr("Compare", "not available from the server") if variant.remote else tr("Compare", "not measured")


BarValue = tuple[float | None, float, tuple[float | None, ...]]
"""(value or None, spread, marks: None where a bar has no such mark) of one bar."""


def _bars(
    run: CompareRun, names: list[str], values: Sequence[BarValue], fmt: Callable[[float, float], str]
) -> tuple[Bar, ...]:
    bars = []
    for i, (variant, name, (value, error, marks)) in enumerate(zip(run.variants, names, values, strict=True)):
        name = f"{name} (server)" if variant.remote else name  # its speeds are another machine's
        kept = tuple(m if finite(m) else None for m in marks)
        if value is not None and math.isfinite(value):
            spread = error if math.isfinite(error) else 0.0
            bars.append(Bar(name, value, spread, fmt(value, spread), marks=kept, variant=i))
        else:
            bars.append(Bar(name, None, note=_missing_note(variant), marks=kept, variant=i))
    return tuple(bars)


def chart_specs(run: CompareRun) -> list[ChartSpec]:
    """Every chart of the run, in presentation order, with its caption; bars from the largest file to the smallest."""
    names = short_names(run.variants)
    specs = [
        _size_chart(run, names),
        _memory_chart(run, names),
        _prompt_chart(run, names),
        _generation_chart(run, names),
        _perplexity_chart(run, names),
        _kl_chart(run, names),
        _tradeoff_chart(run, names),
    ]
    order = size_order(run.variants)
    specs = [replace(s, bars=tuple(s.bars[i] for i in order)) if s.bars else s for s in specs]
    specs.insert(-1, _languages_chart(run, names))  # its bars are grouped by text, already in size order
    return specs


# -- answers ------------------------------------------------------------------------------------

ANSWER_CHARACTERS = 420
"""An answer on a slide is cut here (at a word): large type for the back of the room holds no more."""


@dataclass(frozen=True)
class AnswerColumn:
    """One variant's answer on an answers slide."""

    label: str
    text: str
    note: str = ""
    """``48 tokens in 0.5 s``, or why there is no answer."""
    variant: int = 0
    """Index of the variant in the run (for its color)."""


ANSWERS_EXPLAIN = QT_TRANSLATE_NOOP(
    "Compare",
    "Every variant answered the same prompt with greedy decoding (always its most likely next token), "
    "so differences come from the file, not from chance.",
)

STATUS_KEYS = frozenset({"pending", "running", "done", "failed", "skipped", "cancelled"})


@dataclass(frozen=True)
class AnswersSlide:
    """Every variant's answer to one prompt, side by side, largest file first."""

    prompt: str
    columns: tuple[AnswerColumn, ...]
    title: str = "Answers"
    caption: str = ""
    explain: str = ""
    """Why the answers differ; :data:`ANSWERS_EXPLAIN` in the active language when not given."""

    def __post_init__(self) -> None:
        if not self.explain:
            object.__setattr__(self, "explain", tr("Compare", ANSWERS_EXPLAIN))

    @property
    def has_data(self) -> bool:
        return any(c.text for c in self.columns)


def clip_answer(text: str, limit: int = ANSWER_CHARACTERS) -> str:
    """``text`` cut at the last word before ``limit`` characters, with an ellipsis when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip() + " …"


def answers_slides(run: CompareRun, limit: int = 3) -> list[AnswersSlide]:
    """One slide per prompt (at most ``limit``), the variants in size order."""
    prompts: list[str] = []
    for variant in run.variants:
        for answer in variant.answers:
            if answer.prompt not in prompts:
                prompts.append(answer.prompt)
    names = short_names(run.variants)
    slides = []
    for number, prompt in enumerate(prompts[:limit], start=1):
        columns = []
        for i in size_order(run.variants):
            variant = run.variants[i]
            given = next((a for a in variant.answers if a.prompt == prompt), None)
            if given is None:
                status = status_word(variant.status) if variant.status in STATUS_KEYS else ""
                note = tr("Compare", "no answer ({status})").format(status=status)
                columns.append(AnswerColumn(names[i], "", note, i))
                continue
            if given.seconds > 0:
                note = tr("Compare", "{tokens} tokens in {seconds} s").format(
                    tokens=given.tokens, seconds=format_decimal(given.seconds, 1)
                )
            else:
                note = tr("Compare", "{tokens} tokens").format(tokens=given.tokens)
            columns.append(AnswerColumn(names[i], clip_answer(given.text), note, i))
        if len(prompts) == 1:
            title = tr("Compare", "Answers")
        else:
            title = tr("Compare", "Answers ({number} of {count})").format(
                number=number, count=min(len(prompts), limit)
            )
        caption = tr(
            "Compare", "The same prompt, every variant answering greedily: read where the smaller files start to drift."
        )
        slides.append(AnswersSlide(prompt, tuple(columns), title, caption))
    return slides


Slide = ChartSpec | AnswersSlide


def presentation_slides(run: CompareRun) -> list[Slide]:
    """What Present mode shows: every chart with data, then the answers."""
    charts: list[Slide] = [s for s in chart_specs(run) if s.has_data]
    return charts + list(answers_slides(run))


def _size_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    scale, unit = size_scale(max((v.file_bytes for v in run.variants), default=0))

    def fmt(value: float, _error: float) -> str:
        return f"{format_decimal(value, 1 if value < 100 else 0, grouping=True)} {unit}"

    values: list[BarValue] = [(v.file_bytes / scale if v.file_bytes else None, 0.0, ()) for v in run.variants]
    bars = list(_bars(run, names, values, fmt))
    for i, v in enumerate(run.variants):
        if bars[i].value is not None and v.bits_per_weight:
            bits = tr("Compare", "{bits} bits").format(bits=format_bits(v.bits_per_weight))
            bars[i] = replace(bars[i], error=0.0, text=f"{bars[i].text}\n{bits}")
    return ChartSpec(
        "size",
        tr("Compare", "File size"),
        tr("Compare", "file size ({unit})").format(unit=unit),
        size_caption(run, names),
        EXPLAIN["size"],
        tuple(bars),
        bar_name=tr("Compare", "File size"),
    )


MEMORY_MARK_NAMES = (
    QT_TRANSLATE_NOOP("Compare", "Reserved at most (estimate)"),
    QT_TRANSLATE_NOOP("Compare", "Expected use (estimate)"),
)
"""The memory chart's two lines: the fit verdict's upper bound (dashed) and the expected use (solid)."""


def _memory_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    largest = max(
        [v.peak_rss_bytes or 0 for v in run.variants]
        + [v.estimated_bytes or 0 for v in run.variants]
        + [v.expected_bytes or 0 for v in run.variants]
    )
    scale, unit = size_scale(largest)

    def fmt(value: float, _error: float) -> str:
        return f"{format_decimal(value, 0 if value >= 100 else 1, grouping=True)} {unit}"

    def scaled(n: int | None) -> float | None:
        return n / scale if n else None

    values: list[BarValue] = [
        (scaled(v.peak_rss_bytes), 0.0, (scaled(v.estimated_bytes), scaled(v.expected_bytes))) for v in run.variants
    ]
    has_marks = any(m is not None for _v, _e, marks in values for m in marks)
    return ChartSpec(
        "memory",
        tr("Compare", "Memory while running"),
        tr("Compare", "memory ({unit})").format(unit=unit),
        memory_caption(run, names),
        EXPLAIN["memory"],
        _bars(run, names, values, fmt),
        bar_name=tr("Compare", "Measured peak"),
        mark_names=tuple(tr("Compare", name) for name in MEMORY_MARK_NAMES) if has_marks else (),
    )


def _speed_fmt(value: float, error: float) -> str:
    return format_number(value)


def _prompt_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values: list[BarValue] = [(mean_of(v.prompt_speed), stdev_of(v.prompt_speed), ()) for v in run.variants]
    return ChartSpec(
        "prompt",
        tr("Compare", "Reading the prompt (pp)"),
        tr("Compare", "tokens per second"),
        prompt_caption(run, names),
        EXPLAIN["prompt"],
        _bars(run, names, values, _speed_fmt),
        bar_name=tr("Compare", "Measured (mean ± sd)"),
    )


def _generation_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values: list[BarValue] = [
        (mean_of(v.generation_speed), stdev_of(v.generation_speed), (v.ceiling_tokens_per_second,))
        for v in run.variants
    ]
    has_marks = any(finite(m[0]) for _v, _e, m in values)
    return ChartSpec(
        "generation",
        tr("Compare", "Writing the answer (tg)"),
        tr("Compare", "tokens per second"),
        generation_caption(run, names),
        EXPLAIN["generation"] + "\n" + EXPLAIN["ceiling"],
        _bars(run, names, values, _speed_fmt),
        bar_name=tr("Compare", "Measured (mean ± sd)"),
        mark_names=(tr("Compare", "Bandwidth ceiling"),) if has_marks else (),
    )


def _perplexity_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values: list[BarValue] = [
        (v.quality.perplexity, v.quality.perplexity_stderr, ()) if v.quality else (None, 0.0, ())
        for v in run.variants
    ]

    def fmt(value: float, error: float) -> str:
        return format_uncertain(value, error)

    return ChartSpec(
        "perplexity",
        tr("Compare", "Perplexity (lower is better)"),
        tr("Compare", "perplexity"),
        perplexity_caption(run, names),
        EXPLAIN["perplexity"],
        _bars(run, names, values, fmt),
        bar_name=tr("Compare", "Perplexity ± standard error"),
    )


def _kl_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    values: list[BarValue] = []
    for v in run.variants:
        q = v.quality
        values.append((q.kl_mean, q.kl_stderr or 0.0, ()) if q and q.kl_mean is not None else (None, 0.0, ()))

    def fmt(value: float, error: float) -> str:
        return format_uncertain(value, error)

    bars = list(_bars(run, names, values, fmt))
    base = baseline_index(run)
    for i, v in enumerate(run.variants):
        q = v.quality
        if i == base and bars[i].value is not None:
            bars[i] = replace(bars[i], error=0.0, text=tr("Compare", "baseline"))
        elif bars[i].value is not None and q is not None and q.top1_agreement is not None:
            same = tr("Compare", "same top token {share}").format(share=format_percent(q.top1_agreement))
            bars[i] = replace(bars[i], text=f"{bars[i].text}\n{same}")
        elif bars[i].value is None and q is not None and q.kl_note:
            bars[i] = replace(bars[i], note=tr("Compare", "no KL"))
    if base is not None:
        title = tr("Compare", "Drift from {name} (KL divergence)").format(name=names[base])
    else:
        title = tr("Compare", "KL divergence")
    return ChartSpec(
        "kl",
        title,
        tr("Compare", "KL (nats)"),
        kl_caption(run, names),
        EXPLAIN["kl"] + "\n" + EXPLAIN["top1"],
        tuple(bars),
        bar_name=tr("Compare", "Mean KL ± standard error"),
    )


def _languages_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    """Bars grouped by evaluation text: in each, every variant but the reference, largest file first, as the rise of
    its perplexity over the reference's on that text (%); a rise inside the spreads reads "about the same"."""
    found = losses(run)
    texts = [loss.text for _i, per_text in found for loss in per_text]
    bars = []
    for text in dict.fromkeys(texts):
        group = [(i, loss) for i, per_text in found for loss in per_text if loss.text == text]
        for n, (i, loss) in enumerate(group):
            value, error = 100 * loss.loss, 100 * loss.loss_stderr if finite(loss.loss_stderr) else 0.0
            shown = format_signed_percent(value)
            words = f"{names[i]}: {shown}"
            if not loss.clear:
                words += "\n" + tr("Compare", "about the same")
            # Under the bars, the language once, below the group's middle bar; each bar's variant is named over it
            # (those words shrink to fit), since a name under every bar runs into its neighbours' with many bars.
            language = loss.language if n == len(group) // 2 else ""
            bars.append(Bar(language, value, error, words, variant=i))
    return ChartSpec(
        "languages",
        tr("Compare", "Perplexity loss by language (lower is better)"),
        tr("Compare", "rise in perplexity (%)"),
        languages_caption(run, names),
        EXPLAIN["languages"] + "\n" + EXPLAIN["perplexity"],
        tuple(bars),
        bar_name=tr("Compare", "Rise over the reference ± standard error"),
    )


def format_signed_percent(value: float) -> str:
    """``+9.1%`` or ``+21%`` (whole percents from 10 on), in the active language's numbers."""
    number = format_decimal(abs(value), 0 if abs(value) >= 10 else 1)
    sign = "+" if value >= 0 else "−"
    return tr("Compare", "{sign}{number}%").format(sign=sign, number=number)


def _tradeoff_chart(run: CompareRun, names: list[str]) -> ChartSpec:
    scale, unit = size_scale(max((v.file_bytes for v in run.variants), default=0))
    points = tuple(
        Point(name, v.file_bytes / scale, v.quality.perplexity, v.quality.perplexity_stderr, i)
        for i, (v, name) in enumerate(zip(run.variants, names, strict=True))
        if v.file_bytes and v.quality is not None and finite(v.quality.perplexity)
    )
    def differ(i: int, j: int) -> bool:
        return perplexities_differ(run.variants[points[i].variant], run.variants[points[j].variant])

    frontier = tuple(pareto_frontier([(p.x, p.y) for p in points], [p.y_error for p in points], differ))
    return ChartSpec(
        "tradeoff",
        tr("Compare", "Size against quality"),
        tr("Compare", "perplexity (lower: better)"),
        tradeoff_caption(points, frontier, differ),
        EXPLAIN["size"] + "\n" + EXPLAIN["perplexity"],
        points=points,
        frontier=frontier,
        x_label=tr("Compare", "file size ({unit})").format(unit=unit),
    )
