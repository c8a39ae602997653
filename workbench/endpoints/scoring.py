"""Prompt scoring on an endpoint: ``POST /v1/completions`` with ``echo`` and ``logprobs``, as evaluation harnesses
use it (our server, llama.cpp's server, vLLM), and a model of an endpoint seen as a Compare variant.

:func:`score_text` asks the server for the log-probability of each token of a text and the ``top`` most likely
tokens at each position. Servers differ in how they are asked: some score with ``max_tokens`` 1 (and write one
token, which is cut off here by its text offset), others only with ``max_tokens`` 0; the first that works is
remembered per backend. Everything the server answers is untrusted: the body is bounded, every list is checked,
and a server that refuses or cannot score gets :class:`ScoringRefused` with its own words, in one line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench.endpoints.answers import error_message
from workbench.endpoints.backend import REPLY_BYTES, EndpointBackend
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.errors import EndpointBadReply, EndpointCancelled, EndpointError
from workbench.endpoints.paths import parse_remote_path
from workbench.engine.protocol import ChatMessage, PromptScores, ReplyEvent
from workbench.i18n import tr
from workbench.sampling import SamplingParams

PIECE_LENGTH = 64
"""A token's text longer than this is not a token: the answer is refused."""
SCORING_BYTES = 4 * REPLY_BYTES
"""The most a scoring answer may take (a few thousand tokens with their top 20 alternatives fit many times)."""


class ScoringRefused(EndpointError):
    """The server does not score a prompt (no ``echo`` with ``logprobs``), or answered without the scores.
    ``retry_with``: the ``max_tokens`` to ask again with (None: asking again is of no use)."""

    def __init__(self, message: str, retry_with: int | None = None) -> None:
        super().__init__(message)
        self.retry_with = retry_with


def score_text(backend: EndpointBackend, text: str, top: int) -> PromptScores:
    """Each token of ``text`` with its log-probability and the ``top`` most likely tokens at each position, from
    the model ``backend`` has chosen; raises :class:`ScoringRefused`, or another one-line :class:`EndpointError`
    (a timeout, an unreachable server, :class:`EndpointCancelled` after ``backend.cancel()``)."""
    first = getattr(backend, "_scoring_max_tokens", 1)
    try:
        return _score(backend, text, top, first)
    except ScoringRefused as refused:
        if refused.retry_with is None:
            raise
        scores = _score(backend, text, top, refused.retry_with)
        backend._scoring_max_tokens = refused.retry_with  # type: ignore[attr-defined]
        return scores


def _score(backend: EndpointBackend, text: str, top: int, max_tokens: int) -> PromptScores:
    config = backend.config
    with backend._lock:
        loaded = backend._require_loaded()
        backend._cancel.clear()
        seconds = config.reply_deadline
        backend._begin(seconds, SCORING_BYTES, config.read_timeout)
        try:
            client = backend._openai()
            import openai

            raw = client.completions.with_raw_response.create(
                model=loaded.model, prompt=text, max_tokens=max_tokens, echo=True, logprobs=top, temperature=0.0,
                timeout=backend._per_request_timeout(openai, seconds),
            )
            body = raw.http_response.content
        except Exception as exc:
            if backend._cancel.is_set():
                raise EndpointCancelled(
                    tr("Endpoint", "Stopped scoring the text on {name}.").format(name=config.name)
                ) from exc
            status = getattr(exc, "status_code", None)
            if isinstance(status, int) and status in (400, 404, 405, 422, 501):
                said = _said(exc)
                retry = 0 if max_tokens == 1 and status in (400, 422) else None
                refused = (
                    tr(
                        "Endpoint",
                        "{name} does not score a text (a completion with echo and log-probabilities): it answered "
                        "HTTP {status} ({said}).",
                    )
                    if said
                    else tr(
                        "Endpoint",
                        "{name} does not score a text (a completion with echo and log-probabilities): it answered "
                        "HTTP {status}.",
                    )
                )
                raise ScoringRefused(refused.format(name=config.name, status=status, said=said), retry) from exc
            raise backend._translate(exc, during="scoring the evaluation text") from exc
        finally:
            backend._watching = None
            backend._set_socket(None)
    return parse_scores(body, text, top, config.name)


def _said(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    message = error_message(body if isinstance(body, dict) and "error" in body else {"error": body}) or ""
    return message.rstrip(".")


def parse_scores(body: bytes, text: str, top: int, name: str = "The server") -> PromptScores:
    """The scores in a completion's answer (OpenAI's ``logprobs`` object), for the tokens of ``text`` only (a token
    the server wrote after it is cut off by its text offset); raises :class:`ScoringRefused` when they are missing
    and :class:`EndpointBadReply` when they are malformed."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise EndpointBadReply(
            tr("Endpoint", "{name} answered the scoring request with something that is not JSON.").format(name=name)
        ) from None
    said = error_message(data)
    if said is not None:
        raise ScoringRefused(
            tr("Endpoint", "{name} answered the scoring request with an error: {said}.").format(name=name, said=said)
            if said
            else tr("Endpoint", "{name} answered the scoring request with an error: no reason given.").format(
                name=name
            )
        )
    choices = data.get("choices") if isinstance(data, dict) else None
    choice = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else None
    logprobs = choice.get("logprobs") if choice is not None else None
    if not isinstance(logprobs, dict) or not isinstance(logprobs.get("token_logprobs"), list):
        raise ScoringRefused(
            tr(
                "Endpoint",
                "{name} answered without log-probabilities: it does not score a text (echo with logprobs).",
            ).format(name=name)
        )
    tokens, values = logprobs.get("tokens"), logprobs["token_logprobs"]
    offsets, tops = logprobs.get("text_offset"), logprobs.get("top_logprobs")
    if not isinstance(tokens, list) or len(tokens) != len(values):
        raise EndpointBadReply(
            tr("Endpoint", "{name} sent log-probabilities that do not match its tokens.").format(name=name)
        )
    if not isinstance(offsets, list) or len(offsets) != len(tokens):
        offsets = None
    if not isinstance(tops, list) or len(tops) != len(tokens):
        tops = [None] * len(tokens)
    pieces: list[str] = []
    scores: list[float | None] = []
    best: list[list[tuple[str, float]]] = []
    end = len(text)
    for i, (piece, value, alternatives) in enumerate(zip(tokens, values, tops, strict=True)):
        if offsets is not None and isinstance(offsets[i], int) and offsets[i] >= end:
            break  # a token the server wrote after the text
        if not isinstance(piece, str) or len(piece) > PIECE_LENGTH:
            raise EndpointBadReply(tr("Endpoint", "{name} sent a token that is not a short text.").format(name=name))
        pieces.append(piece)
        scores.append(_number(value, name))
        best.append(_alternatives(alternatives, top, name))
    if offsets is None and len(pieces) > 1 and "".join(pieces[:-1]) == text[: len("".join(pieces[:-1]))] \
            and len("".join(pieces)) > end:
        pieces, scores, best = pieces[:-1], scores[:-1], best[:-1]  # no offsets: cut the token written after
    if not pieces:
        raise ScoringRefused(tr("Endpoint", "{name} answered the scoring request with no tokens.").format(name=name))
    return PromptScores(pieces, scores, best)


def _number(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (math.isfinite(value) or value < 0):
        raise EndpointBadReply(tr("Endpoint", "{name} sent a log-probability that is not a number.").format(name=name))
    if value > 1e-3:
        raise EndpointBadReply(
            tr("Endpoint", "{name} sent a log-probability above 0, which no probability has.").format(name=name)
        )
    return float(min(value, 0.0))


def _alternatives(value: Any, top: int, name: str) -> list[tuple[str, float]]:
    """The most likely tokens at one position, best first (at most ``top`` + 1: some servers add the chosen one)."""
    if value is None:
        return []
    if isinstance(value, list):  # the chat API's shape: [{"token": …, "logprob": …}]
        value = {e.get("token"): e.get("logprob") for e in value if isinstance(e, dict)}
    if not isinstance(value, dict):
        raise EndpointBadReply(
            tr("Endpoint", "{name} sent its most likely tokens in a shape that is not OpenAI's.").format(name=name)
        )
    found = []
    for piece, logprob in value.items():
        if not isinstance(piece, str) or len(piece) > PIECE_LENGTH:
            continue
        number = _number(logprob, name)
        if number is not None:
            found.append((piece, number))
    found.sort(key=lambda t: t[1], reverse=True)
    return found[: top + 1]


@dataclass
class EndpointVariant:
    """A model of an endpoint as a Compare variant (what :class:`workbench.compare.remote.RemoteSource` asks)."""

    backend: EndpointBackend
    model: str

    @property
    def label(self) -> str:
        return f"{self.model} on {self.backend.config.name}"

    @property
    def where(self) -> str:
        return self.backend.config.base_url

    def load(self) -> None:
        self.backend.load(self.model)

    def generate(self, messages: list[ChatMessage], params: SamplingParams) -> Iterator[ReplyEvent]:
        return self.backend.generate(messages, params)

    def score_text(self, text: str, top: int) -> PromptScores:
        return score_text(self.backend, text, top)

    def cancel(self) -> None:
        self.backend.cancel()

    def close(self) -> None:
        self.backend.unload()


def variant_opener(directory: EndpointDirectory) -> Callable[[str], EndpointVariant | None]:
    """For the suite: the endpoint variant a path names (``endpoint://name/model``), None for a file on this
    computer; raises a one-line :class:`EndpointError` for an endpoint that is no longer set up."""

    def open_variant(path: str) -> EndpointVariant | None:
        remote = parse_remote_path(path)
        if remote is None:
            return None
        return EndpointVariant(directory.backend(remote[0]), remote[1])

    return open_variant

