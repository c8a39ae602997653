"""A model on a server as a Compare variant: what can be measured from here, and plain words for what cannot.

**Speed**: time to first token and generation tokens per second, from streamed replies to the suite's prompts,
every prompt ``repetitions`` times (each reply one sample: mean and spread as for local variants). These are the
server's speeds as seen from this computer, network included: they are never compared with this computer's.

**Answers**: the first round's replies (greedy), side by side with the local variants'.

**Perplexity**, where the server scores a text (``/v1/completions`` with ``echo`` and ``logprobs``): each chunk of
the evaluation text is sent and its second half scored, as for local variants. With a local baseline whose token
texts are known, the chunks are the baseline's own (cut at the same tokens), so the figures line up.

**KL divergence and top-1 agreement** against a local baseline, approximately: the server gives only its
:data:`TOP_LOGPROBS` most likely tokens at each position, so the divergence is computed over those tokens plus one
"everything else" share (which can only make it smaller: a lower bound), and only when the server's tokens are
the baseline's (the same tokenizer; across vocabularies KL divergence means nothing).

**Memory** is on the server: not measured here, never estimated from this computer.

Anything the server refuses, times out on or breaks off becomes one plain line in the variant's notes; the rest of
the variant and of the run goes on.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Protocol

import numpy as np

from workbench.compare.quality import mean_and_stderr, perplexity, top1_agreement
from workbench.compare.results import Answer, Measurement, Quality, Step, VariantResult
from workbench.engine.protocol import ChatMessage, PromptScores, ReplyDone, ReplyEvent
from workbench.errors import WorkbenchError
from workbench.i18n import QT_TRANSLATE_NOOP, format_decimal, format_integer, tr
from workbench.jobs import CancelToken, JobCancelled
from workbench.sampling import SamplingParams

TOP_LOGPROBS = 20
"""Most likely tokens asked of the server at each position (what vLLM allows by default)."""
MIN_TOP_LOGPROBS = 15
"""Fewer than this at most positions and no KL divergence is given: the "everything else" share grows too big.
(A few of the 20 may share one text, such as the parts of a character split over several tokens, and so arrive
as one.)"""
CHARS_PER_TOKEN = 4
"""Without a baseline's tokens, a chunk is this many characters per token of the suite's chunk size."""
_APPROXIMATE_KL = QT_TRANSLATE_NOOP(
    "Compare",
    "approximate: from the server's top {count} log-probabilities at each position (the rest of the "
    "vocabulary counted as one share), so it can only read lower than the true KL divergence",
)
APPROXIMATE_KL = _APPROXIMATE_KL.format(count=TOP_LOGPROBS)
"""How a remote variant's KL divergence is measured (English; :func:`approximate_kl` in the active language)."""
SHIFT_MARGIN = 0.25
"""When the server's most likely tokens agree with the baseline's this much more often one position earlier than
where they belong, its scores are taken to be shifted by one token, and its perplexity is left out."""
SHIFTED_NOTE = QT_TRANSLATE_NOOP(
    "Compare",
    "No perplexity or KL divergence from this server: its scores are shifted by one token (each position carries "
    "the prediction for the next one; llama-cpp-python's server does this for models without a start-of-text "
    "token), so they do not measure the model.",
)
MEMORY_NOTE = QT_TRANSLATE_NOOP(
    "Compare", "Memory is measured on the server, not on this computer: it is not shown here.")


def approximate_kl() -> str:
    """:data:`APPROXIMATE_KL` in the active language."""
    return tr("Compare", _APPROXIMATE_KL).format(count=TOP_LOGPROBS)


class RemoteSource(Protocol):
    """A model on a server, as the suite uses it (:class:`workbench.endpoints.scoring.EndpointVariant`)."""

    @property
    def label(self) -> str: ...

    @property
    def where(self) -> str: ...

    def load(self) -> None: ...

    def generate(self, messages: list[ChatMessage], params: SamplingParams) -> Iterator[ReplyEvent]: ...

    def score_text(self, text: str, top: int) -> PromptScores: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...


RemoteOpener = Callable[[str], RemoteSource | None]
"""The model on a server a variant's path names (``endpoint://…``), None for a file on this computer."""
TokenTexts = Callable[[list[int]], list[str]]
"""The text of each token id of a local model (its vocabulary read from its file)."""


class BaselineView(Protocol):
    """What a remote variant needs of the local baseline: its chunks' tokens and stored distributions."""

    @property
    def chunks(self) -> int: ...

    def chunk(self, index: int) -> tuple[np.ndarray, np.ndarray]: ...


class RemoteRun:
    """Measures one remote variant (see the module docstring)."""

    def __init__(self, source: RemoteSource, result: VariantResult, *, text: str, chunk_tokens: int, max_chunks: int,
                 prompts: list[str], answer_tokens: int, repetitions: int, cancel: CancelToken,
                 report: Callable[[Step, float, str], None]) -> None:
        self.source, self.result = source, result
        self.text, self.size, self.max_chunks = text, chunk_tokens, max_chunks
        self.prompts, self.answer_tokens, self.repetitions = prompts, answer_tokens, max(1, repetitions)
        self.cancel, self.report = cancel, report
        self.baseline: BaselineView | None = None
        self.baseline_label = ""
        self.baseline_tokens: list[int] = []
        self.baseline_pieces: TokenTexts | None = None
        self.kl_unavailable = tr("Compare", "No baseline was chosen.")
        """Why there is no KL divergence when there is no usable baseline."""
        self._agree_shifted: list[bool] = []
        self._vocabulary_size = TOP_LOGPROBS
        """Whether the server's top token one position early is the baseline's (a sign of shifted scores)."""

    def run(self) -> None:
        """Every step; a step's failure is a note, not the end of the variant. Raises JobCancelled."""
        result = self.result
        result.backend = "OpenAI-compatible endpoint"
        result.remote = self.source.where
        self.report("load", 0.0, tr("Compare", "Asking {name} whether it has the model").format(name=result.label))
        self.source.load()
        self.cancel.on_cancel(self.source.cancel)
        result.notes.append(tr("Compare", MEMORY_NOTE))
        self._speed_and_answers()
        self._quality()
        result.status = "done"
        self.report("done", 1.0, tr("Compare", "{name}: done").format(name=result.label))

    def _check(self) -> None:
        self.cancel.raise_if_cancelled()

    # -- speed and answers -------------------------------------------------------------------

    def _speed_and_answers(self) -> None:
        result = self.result
        prompts = self.prompts
        params = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0,
                                max_tokens=self.answer_tokens, seed=0)
        first: list[float] = []
        speeds: list[float] = []
        failures: list[str] = []
        total = len(prompts) * self.repetitions
        for round_ in range(self.repetitions):
            for i, prompt in enumerate(prompts):
                self._check()
                done = round_ * len(prompts) + i
                self.report("bench", done / max(1, total),
                            tr("Compare", "Streamed reply {number} of {total} from the server").format(
                                number=done + 1, total=total))
                try:
                    end = _reply(self.source.generate([{"role": "user", "content": prompt}], params))
                except WorkbenchError as exc:
                    if self.cancel.cancelled:
                        raise JobCancelled() from exc
                    failures.append(str(exc))
                    if round_ == 0:
                        unanswered = tr("Compare", "[not answered: {reason}]").format(reason=exc)
                        result.answers.append(Answer(prompt, unanswered))
                    continue
                stats = end.stats
                if stats.stop_reason == "cancelled":
                    raise JobCancelled()
                first.append(stats.time_to_first_token)
                if stats.generated_tokens >= 2 and stats.tokens_per_second > 0:
                    speeds.append(stats.tokens_per_second)
                if round_ == 0:
                    seconds = stats.prompt_seconds + stats.generation_seconds
                    result.answers.append(Answer(prompt, end.text, stats.generated_tokens, seconds))
        if first:
            result.first_token_seconds = Measurement(first)
        if speeds:
            result.generation_speed = Measurement(speeds)
        if failures:
            result.notes.append(tr("Compare", "{failed} of {total} replies failed; the first: {reason}").format(
                failed=len(failures), total=total, reason=failures[0]))
        speed = result.generation_speed.mean if result.generation_speed else math.nan
        self.report("bench", 1.0, tr("Compare", "{name}: {speed} tokens/s on the server").format(
            name=result.label, speed=format_decimal(speed, 1)))

    # -- perplexity and KL divergence ---------------------------------------------------------

    def _chunk_texts(self) -> tuple[list[str], bool]:
        """The texts of the chunks to score, and whether they are the baseline's own chunks."""
        size = self.size
        if self.baseline_pieces is not None and self.baseline_tokens:
            tokens = self.baseline_tokens
            count = min(self.max_chunks, len(tokens) // size)
            pieces = self.baseline_pieces(tokens[: count * size])
            return ["".join(pieces[i * size : (i + 1) * size]) for i in range(count)], True
        width = size * CHARS_PER_TOKEN
        texts: list[str] = []
        at = 0
        while len(texts) < self.max_chunks and at + width <= len(self.text):
            end = self.text.rfind(" ", at + width // 2, at + width)
            end = end if end > at else at + width
            texts.append(self.text[at:end])
            at = end
        return texts, False

    def _quality(self) -> None:
        result = self.result
        texts, aligned = self._chunk_texts()
        if len(texts) < 2:
            result.notes.append(tr("Compare", "The evaluation text is too short to score in two chunks on the server."))
            return
        size = self.size
        half = size // 2
        logprobs: list[float] = []
        kl: list[np.ndarray] = []
        agree: list[np.ndarray] = []
        kl_note = self.kl_unavailable if self.baseline is None else None
        fewest_top = TOP_LOGPROBS
        for i, chunk_text in enumerate(texts):
            self._check()
            self.report("perplexity", i / len(texts), tr("Compare", "Scoring chunk {number} of {total} on the server")
                        .format(number=i + 1, total=len(texts)))
            try:
                scores = self.source.score_text(chunk_text, TOP_LOGPROBS)
            except WorkbenchError as exc:
                if self.cancel.cancelled:
                    raise JobCancelled() from exc
                result.notes.append(tr("Compare", "No perplexity from this server: {reason}").format(reason=exc))
                if i == 0:
                    return
                break
            scored = [v for v in scores.logprobs[half + 1 :] if v is not None]
            logprobs.extend(scored)
            if kl_note is None and self.baseline is not None:
                kl_note = self._divergence(i, scores, aligned, kl, agree)
            tops = [len(t) for t in scores.top[half + 1 :]]
            if tops:
                fewest_top = min(fewest_top, int(np.median(tops)))
        if not logprobs:
            result.notes.append(tr("Compare", "No perplexity from this server: it scored no tokens."))
            return
        if agree and self._agree_shifted:
            in_place = float(np.concatenate(agree).mean())
            if float(np.mean(self._agree_shifted)) - in_place >= SHIFT_MARGIN:
                result.notes.append(tr("Compare", SHIFTED_NOTE))
                return
        ppl, ppl_err = perplexity(np.asarray(logprobs))
        quality = Quality(perplexity=ppl, perplexity_stderr=ppl_err, tokens_scored=len(logprobs),
                          chunks=len(texts), chunk_tokens=size)
        if not aligned:
            result.notes.append(tr(
                "Compare",
                "Perplexity on the server is scored in chunks of about {characters} characters (there "
                "is no baseline on this computer to cut the text at the same tokens), so it may differ slightly "
                "from the local variants' for the text alone.",
            ).format(characters=format_integer(size * CHARS_PER_TOKEN)))
        if kl_note is None and kl and fewest_top < min(MIN_TOP_LOGPROBS, self._vocabulary_size):
            kl_note = tr("Compare", "the server gave only {given} of the {asked} most likely tokens asked for at "
                         "each position: too few for even an approximate KL divergence").format(
                given=fewest_top, asked=TOP_LOGPROBS)
        if kl_note is None and kl:
            quality.kl_mean, quality.kl_stderr = mean_and_stderr(np.concatenate(kl))
            same = np.concatenate(agree)
            quality.top1_agreement, quality.top1_stderr = top1_agreement(same, np.ones_like(same))
            quality.kl_method = approximate_kl()
            result.notes.append(tr("Compare", "KL divergence and top-1 agreement are {method}.").format(
                method=quality.kl_method))
        else:
            quality.kl_note = kl_note or tr("Compare", "The server gave no most likely tokens to compare.")
        result.quality = quality
        self.report("kl", 1.0, tr("Compare", "{name}: perplexity {perplexity} on the server").format(
            name=result.label, perplexity=format_decimal(ppl, 3)))

    def _divergence(self, index: int, scores: PromptScores, aligned: bool, kl: list[np.ndarray],
                    agree: list[np.ndarray]) -> str | None:
        """Fold chunk ``index`` into ``kl``/``agree``; the reason there is no KL divergence, or None."""
        assert self.baseline is not None and self.baseline_pieces is not None
        label = self.baseline_label
        if not aligned or index >= self.baseline.chunks:
            return tr("Compare", "the baseline {name} did not finish its evaluation, so there is nothing to compare "
                      "against.").format(name=label)
        size, half = self.size, self.size // 2
        ids = self.baseline_tokens[index * size : (index + 1) * size]
        expected = self.baseline_pieces(ids)
        if list(scores.pieces) != expected:
            return tr("Compare", "the server's model splits the text into different tokens than the baseline {name} "
                      "(another tokenizer): KL divergence between different vocabularies is not meaningful, so it is "
                      "left out.").format(name=label)
        base_logprobs, base_top1 = self.baseline.chunk(index)
        self._vocabulary_size = int(base_logprobs.shape[1])
        table = _piece_ids(self.baseline_pieces, base_logprobs.shape[1])
        rows = []
        same = []
        for r in range(base_logprobs.shape[0]):
            position = half + 1 + r
            top = scores.top[position] if position < len(scores.top) else []
            if not top:
                return tr("Compare", "the server gave no most likely tokens to compare.")
            rows.append(_coarse_kl(base_logprobs[r], top, table))
            best = table.get(top[0][0])
            same.append(best is not None and best == int(base_top1[r]))
            early = scores.top[position - 1] if position - 1 < len(scores.top) else []
            self._agree_shifted.append(bool(early) and table.get(early[0][0]) == int(base_top1[r]))
        kl.append(np.asarray(rows, dtype=np.float64))
        agree.append(np.asarray(same, dtype=bool))
        return None


def _reply(events: Iterator[ReplyEvent]) -> ReplyDone:
    end: ReplyDone | None = None
    for event in events:
        if isinstance(event, ReplyDone):
            end = event
    if end is None:
        raise WorkbenchError(tr("Compare", "The server's reply ended without its closing statistics."))
    return end


_PIECE_TABLE: list[tuple[TokenTexts, int, dict[str, int]]] = []
"""The last table made (the baseline's), kept for the run's other remote variants."""


def _piece_ids(pieces: TokenTexts, size: int) -> dict[str, int]:
    """Token text → id over a vocabulary of ``size``; a text several tokens share is left out (ambiguous)."""
    for known, known_size, table in _PIECE_TABLE:
        if known is pieces and known_size == size:
            return table
    texts = [pieces([i])[0] for i in range(size)]
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    table = {t: i for i, t in enumerate(texts) if t and counts[t] == 1}
    _PIECE_TABLE[:] = [(pieces, size, table)]
    return table


def _coarse_kl(base: np.ndarray, top: list[tuple[str, float]], table: dict[str, int]) -> float:
    """``KL(P‖Q)`` over the server's top tokens plus one share for all the others: a lower bound of the true one
    (merging outcomes never increases a KL divergence). ``base`` is the baseline's full log-probabilities."""
    ids, q = [], []
    for piece, logprob in top:
        token = table.get(piece)
        if token is not None and token not in ids:
            ids.append(token)
            q.append(math.exp(logprob))
    p = np.exp(base[ids].astype(np.float64)) if ids else np.zeros(0)
    q_arr = np.asarray(q, dtype=np.float64)
    p_rest = max(0.0, 1.0 - float(p.sum()))
    q_rest = max(1e-12, 1.0 - float(q_arr.sum()))
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * (np.log(p) - np.log(np.maximum(q_arr, 1e-12))), 0.0)
    total = float(terms.sum()) + (p_rest * (math.log(p_rest) - math.log(q_rest)) if p_rest > 0 else 0.0)
    return max(total, 0.0)
