"""A model on a server as a Compare variant, against servers that misbehave in each way a real one can: refusing
to score, sending fewer most likely tokens than asked, another tokenizer, stalling, breaking off mid-run; and the
captions, which never rank a server's speed with this computer's."""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pytest

from workbench.compare.captions import generation_caption, kl_caption, memory_caption, summary_sentences
from workbench.compare.figures import short_names
from workbench.compare.remote import APPROXIMATE_KL, MEMORY_NOTE, RemoteRun
from workbench.compare.results import CompareRun, Measurement, Quality, VariantResult
from workbench.endpoints.errors import EndpointTimeout
from workbench.endpoints.scoring import ScoringRefused, parse_scores
from workbench.engine.protocol import ChatMessage, PromptScores, ReplyDone, ReplyEvent, ReplyStats, TokenEvent
from workbench.errors import WorkbenchError
from workbench.jobs import CancelToken, JobCancelled
from workbench.sampling import SamplingParams

LETTERS = "abcdefgh"
SIZE = 8
HALF = SIZE // 2


def pieces(ids: list[int]) -> list[str]:
    return [LETTERS[i] for i in ids]


def _distribution(seed: int) -> np.ndarray:
    logits = np.random.default_rng(seed).normal(size=len(LETTERS))
    return (logits - np.log(np.exp(logits).sum())).astype(np.float32)


class Baseline:
    """Two chunks of the baseline's stored distributions (a row per scored position)."""

    def __init__(self) -> None:
        rows = SIZE - HALF - 1
        self.rows = [np.stack([_distribution(10 * c + r) for r in range(rows)]) for c in range(2)]

    @property
    def chunks(self) -> int:
        return 2

    def chunk(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        return self.rows[index], self.rows[index].argmax(axis=1).astype(np.int32)


class Server:
    """A stand-in for a server's answers (the misbehaviour is chosen per test)."""

    def __init__(self, baseline: Baseline, *, top: int = 8, shift: int = 0, other_tokens: bool = False,
                 refuse: bool = False, break_at: int | None = None, stall: bool = False) -> None:
        self.baseline, self.top, self.shift, self.other_tokens = baseline, top, shift, other_tokens
        self.refuse, self.break_at, self.stall = refuse, break_at, stall
        self.scored = 0
        self.closed = self.cancelled = False

    label = "tiny on Test server"
    where = "http://127.0.0.1:1/v1"

    def load(self) -> None:
        pass

    def generate(self, messages: list[ChatMessage], params: SamplingParams) -> Iterator[ReplyEvent]:
        if self.stall:
            raise EndpointTimeout("Test server sent nothing for 0.5 s: the reply stalled.")
        yield TokenEvent("Hi", 0, 0.05)
        yield ReplyDone("Hi there", ReplyStats(3, 0.05, 4, 0.1, 0.05, "eos"))

    def score_text(self, text: str, top: int) -> PromptScores:
        if self.refuse:
            raise ScoringRefused("Test server does not score a text (a completion with echo and log-probabilities).")
        if self.break_at is not None and self.scored >= self.break_at:
            raise EndpointTimeout("Test server sent nothing for 30 s: no answer came.")
        chunk = self.scored
        self.scored += 1
        shown = list(text) if not self.other_tokens else [text[0] + "!", *text[1:]]
        tops: list[list[tuple[str, float]]] = [[("a", -2.0)] for _ in shown]
        logprobs: list[float | None] = [None] + [-1.0] * (len(shown) - 1)
        for r, row in enumerate(self.baseline.rows[chunk]):
            position = HALF + 1 + r - self.shift
            order = np.argsort(row)[::-1][: self.top]
            tops[position] = [(LETTERS[i], float(row[i])) for i in order]
            logprobs[position] = float(row[LETTERS.index(shown[position])]) if not self.other_tokens else -1.0
        return PromptScores(shown, logprobs, tops)

    def cancel(self) -> None:
        self.cancelled = True

    def close(self) -> None:
        self.closed = True


def _run(server: Server, baseline: Baseline | None, text: str = "") -> VariantResult:
    result = VariantResult(path="endpoint://Test server/tiny", label=server.label)
    tokens = [i % len(LETTERS) for i in range(2 * SIZE)]
    measure = RemoteRun(server, result, text=text or "".join(pieces(tokens)), chunk_tokens=SIZE, max_chunks=2,
                        prompts=["Say hello.", "Name a colour."], answer_tokens=8, repetitions=3,
                        cancel=CancelToken(), report=lambda *_a: None)
    if baseline is not None:
        measure.baseline, measure.baseline_label = baseline, "tiny F16"
        measure.baseline_tokens, measure.baseline_pieces = tokens, pieces
    measure.run()
    return result


def test_a_good_server_gives_every_figure_with_kl_marked_approximate() -> None:
    baseline = Baseline()
    result = _run(Server(baseline), baseline)
    assert result.status == "done" and result.remote
    assert result.first_token_seconds is not None and len(result.first_token_seconds.samples) == 6
    assert result.generation_speed is not None and len(result.generation_speed.samples) == 6
    assert len(result.answers) == 2 and result.answers[0].text == "Hi there"
    q = result.quality
    assert q is not None and q.tokens_scored == 2 * (SIZE - HALF - 1)
    # The whole vocabulary came back: the coarse KL is the exact one, 0 for the same distributions.
    assert q.kl_mean == pytest.approx(0.0, abs=1e-6) and q.top1_agreement == 1.0
    assert q.kl_method == APPROXIMATE_KL and result.peak_rss_bytes is None and MEMORY_NOTE in result.notes


def test_a_server_that_refuses_to_score_keeps_speed_and_answers() -> None:
    baseline = Baseline()
    result = _run(Server(baseline, refuse=True), baseline)
    assert result.status == "done" and result.generation_speed is not None and result.quality is None
    assert any(n.startswith("No perplexity from this server: Test server does not score") for n in result.notes)


def test_fewer_most_likely_tokens_than_asked_leaves_kl_out_and_says_how_many() -> None:
    baseline = Baseline()
    result = _run(Server(baseline, top=3), baseline)
    q = result.quality
    assert q is not None and math.isfinite(q.perplexity)
    assert q.kl_mean is None and q.kl_note is not None and "only 3 of the 20" in q.kl_note


def test_another_tokenizer_gives_perplexity_but_no_kl() -> None:
    baseline = Baseline()
    result = _run(Server(baseline, other_tokens=True), baseline)
    q = result.quality
    assert q is not None and q.kl_mean is None
    assert q.kl_note is not None and "different vocabularies is not meaningful" in q.kl_note


def test_scores_shifted_by_one_token_are_left_out() -> None:
    baseline = Baseline()
    result = _run(Server(baseline, shift=1), baseline)
    assert result.quality is None and any("shifted by one token" in n for n in result.notes)


def test_a_break_mid_run_keeps_what_was_scored() -> None:
    baseline = Baseline()
    result = _run(Server(baseline, break_at=1), baseline)
    q = result.quality
    assert q is not None and q.tokens_scored == SIZE - HALF - 1
    assert any("No perplexity from this server: Test server sent nothing for 30 s" in n for n in result.notes)


def test_stalled_replies_are_one_line_each_and_the_variant_goes_on() -> None:
    baseline = Baseline()
    result = _run(Server(baseline, stall=True), baseline)
    assert result.status == "done" and result.generation_speed is None and result.first_token_seconds is None
    assert [a.text for a in result.answers] == ["[not answered: Test server sent nothing for 0.5 s: the reply "
                                                "stalled.]"] * 2
    assert "6 of 6 replies failed; the first: Test server sent nothing for 0.5 s" in " ".join(result.notes)
    assert result.quality is not None  # scoring is a request of its own


def test_cancel_stops_the_variant() -> None:
    baseline = Baseline()
    server = Server(baseline)
    result = VariantResult(path="endpoint://Test server/tiny", label=server.label)
    cancel = CancelToken()
    measure = RemoteRun(server, result, text="x" * 200, chunk_tokens=SIZE, max_chunks=2, prompts=["Hi"],
                        answer_tokens=4, repetitions=1, cancel=cancel, report=lambda *_a: cancel.cancel())
    with pytest.raises(JobCancelled):
        measure.run()
    assert server.cancelled


def test_without_a_baseline_chunks_are_cut_by_characters_and_say_so() -> None:
    result = _run(Server(Baseline()), None, text=LETTERS * 8)
    assert result.quality is not None and result.quality.kl_note == "No baseline was chosen."
    assert any("chunks of about" in n for n in result.notes)


# -- what the server answers ------------------------------------------------------------------


def test_scores_stop_at_the_end_of_the_text_and_bad_answers_are_refused() -> None:
    body = (b'{"choices":[{"text":"abX","logprobs":{"tokens":["a","b","X"],"token_logprobs":[null,-1.5,-0.5],'
            b'"top_logprobs":[null,{"b":-1.5,"c":-2.0},{"X":-0.5}],"text_offset":[0,1,2]}}]}')
    scores = parse_scores(body, "ab", 20)
    assert scores.pieces == ["a", "b"] and scores.logprobs == [None, -1.5]
    assert scores.top == [[], [("b", -1.5), ("c", -2.0)]]
    with pytest.raises(ScoringRefused, match="without log-probabilities"):
        parse_scores(b'{"choices":[{"text":"ab","logprobs":null}]}', "ab", 20, "Srv")
    with pytest.raises(ScoringRefused, match="with an error: no echo here"):
        parse_scores(b'{"error":{"message":"no echo here"}}', "ab", 20, "Srv")
    with pytest.raises(WorkbenchError, match="above 0"):
        parse_scores(b'{"choices":[{"logprobs":{"tokens":["a"],"token_logprobs":[3.0]}}]}', "a", 20, "Srv")
    with pytest.raises(WorkbenchError, match="not JSON"):
        parse_scores(b"<html>", "a", 20, "Srv")


# -- captions ---------------------------------------------------------------------------------


def _run_with_server() -> CompareRun:
    local = VariantResult(path="/m/tiny-q8.gguf", label="tiny Q8_0", status="done", quantization="Q8_0",
                          file_bytes=1000, peak_rss_bytes=5_000_000, generation_speed=Measurement([100.0, 101.0]))
    local.quality = Quality(10.0, 0.1, 100, 2, 64)
    served = VariantResult(path="endpoint://Srv/tiny", label="tiny on Srv", status="done", remote="http://h/v1",
                           generation_speed=Measurement([300.0, 310.0]),
                           first_token_seconds=Measurement([0.12, 0.13]), notes=[MEMORY_NOTE])
    served.quality = Quality(10.1, 0.1, 100, 2, 64, kl_mean=0.01, kl_stderr=0.001, top1_agreement=0.95,
                             kl_method=APPROXIMATE_KL)
    run = CompareRun([local, served])
    run.settings.baseline = local.path
    return run


def test_captions_never_rank_a_server_speed_with_this_computers() -> None:
    run = _run_with_server()
    names = short_names(run.variants)
    speed = generation_caption(run, names)
    assert "tiny Q8_0" in speed and "on the server (first token after 125 ms)" in speed
    assert "not ranked" in speed and "faster" not in speed and "3.0×" not in speed
    memory = memory_caption(run, names)
    assert "on a server: memory is measured there" in memory
    kl = kl_caption(run, names)
    assert "approximate: from the server's top 20 log-probabilities" in kl
    summary = " ".join(summary_sentences(run))
    assert "on the server" in summary and "faster" not in summary and MEMORY_NOTE in summary
