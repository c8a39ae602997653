"""Errors of OpenAI-compatible endpoints, and the translation of the ``openai`` library's exceptions into them.

Translation is a pure function over the exception (its class, HTTP status, body and causes), so it is tested on
constructed exceptions as well as on real ones from a misbehaving loopback server. Classes are matched by name
along the cause chain, so the same code reads ``httpx`` and ``httpx2`` transport errors.
"""

from __future__ import annotations

from typing import Any

from workbench.errors import WorkbenchError
from workbench.i18n import format_compact, tr


class EndpointError(WorkbenchError):
    """Talking to an endpoint failed. ``partial_text`` keeps what a reply had received before it broke off."""

    def __init__(self, reason: str, partial_text: str = "") -> None:
        super().__init__(reason)
        self.partial_text = partial_text


class EndpointConfigError(EndpointError):
    """The endpoint's settings are not usable (an empty name, a URL that is not http(s), …)."""


class EndpointUnreachable(EndpointError):
    """Nothing answers at the address: connection refused, unknown host, or no network."""


class EndpointTimeout(EndpointError):
    """The server accepted nothing, or sent nothing, within the timeout."""


class EndpointAuthFailed(EndpointError):
    """The server refused the API key (HTTP 401 or 403)."""


class EndpointNotFound(EndpointError):
    """HTTP 404: a wrong base URL, or a model the server does not have."""


class EndpointServerError(EndpointError):
    """The server answered with an error of its own (HTTP 5xx, or another status)."""


class EndpointBadReply(EndpointError):
    """The server's answer is not OpenAI-compatible (malformed JSON or stream)."""


class EndpointStreamBroken(EndpointError):
    """The connection closed in the middle of a reply; the text so far is kept."""


class EndpointCancelled(EndpointError):
    """The request was stopped on purpose (a closed dialog, a new search, the app quitting)."""


class EndpointRedirected(EndpointError):
    """The server sent us to another host; that is not followed (only redirects on the same host are)."""


class EndpointReplyCut(EndpointError):
    """The server kept writing past the reply's maximum length (it ignores ``max_tokens``); the reply was cut
    there and its text is kept."""


MESSAGE_LENGTH = 300
"""The most characters of a server's own words (an error message, a host name) that a message repeats."""
HOST_LENGTH = 100


class ReplyOverdue(Exception):
    """Raised while a reply's bytes arrive: ``kind`` "idle" (no text for ``seconds``, only keep-alives) or
    "deadline" (the whole reply took longer than ``seconds``)."""

    def __init__(self, kind: str, seconds: float) -> None:
        super().__init__(f"{kind} after {seconds:g} s")
        self.kind = kind
        self.seconds = seconds


class AnswerTooLarge(Exception):
    """The server sent more bytes than an answer of this kind can need (``limit``)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


class RedirectRefused(Exception):
    """The server redirected to another host; ``host`` is where (plain, bounded)."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


_TIMEOUT_NAMES = {"ConnectTimeout", "ReadTimeout", "WriteTimeout", "PoolTimeout", "TimeoutException", "timeout"}
_CLOSED_NAMES = {"RemoteProtocolError", "ReadError", "IncompleteRead", "ConnectionResetError", "StreamClosed"}
_DECODE_NAMES = {"JSONDecodeError", "DecodingError", "ValidationError", "APIResponseValidationError"}


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and its causes/contexts, outermost first (cycles cut)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not s for s in seen):
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for e in _chain(exc) for cls in type(e).__mro__}


def _server_message(exc: BaseException) -> str:
    """The message a server put in its error body (OpenAI's ``{"error": {"message": …}}`` or ``{"detail": …}``)."""
    body: Any = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            for key in ("message", "detail", "msg"):
                value = inner.get(key)
                if isinstance(value, str) and value.strip():
                    return one_line(value)
        elif isinstance(inner, str) and inner.strip():
            return one_line(inner)
        detail = body.get("detail")
        if isinstance(detail, str) and detail.strip():
            return one_line(detail)
    elif isinstance(body, str) and body.strip() and not body.lstrip().startswith("<"):
        return one_line(body)
    return ""


def one_line(text: str, limit: int = MESSAGE_LENGTH) -> str:
    """Untrusted ``text`` as one plain line of at most ``limit`` characters (an ellipsis marks a cut)."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text[: limit * 4]).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _signal(exc: BaseException, kind: type[BaseException]) -> Any:
    """The first exception of class ``kind`` along ``exc``'s chain, or None."""
    return next((e for e in _chain(exc) if isinstance(e, kind)), None)


def _transport_reason(exc: BaseException) -> str:
    """Why a connection failed, in a few words, from the innermost OS or transport error."""
    for e in reversed(_chain(exc)):
        if isinstance(e, ConnectionRefusedError) or "refused" in str(e).lower():
            return tr("Endpoint", "connection refused")
        text = str(e).lower()
        if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
            return tr("Endpoint", "unknown host name")
        if "network is unreachable" in text:
            return tr("Endpoint", "network unreachable")
    return ""


def seconds_text(seconds: float) -> str:
    """``30`` or ``2.5`` (``2,5`` in Danish): a number of seconds as the settings give it."""
    return format_compact(seconds)


def sentences(*parts: str) -> str:
    """Whole sentences, each translated on its own, on one line."""
    return " ".join(part for part in parts if part)


def translate(exc: BaseException, name: str, base_url: str, *, read_timeout: float | None = None,
              partial_text: str = "", during: str = "") -> EndpointError:
    """The one-line :class:`EndpointError` for an exception raised while talking to endpoint ``name``.

    ``during`` says what was being done (``listing models``, ``the reply``), ``partial_text`` what a reply had
    received so far (it rides on the error so the caller keeps it).
    """
    if isinstance(exc, EndpointError):
        return exc
    kept = tr("Endpoint", "The text so far is kept.") if partial_text else ""
    replying = during == "the reply"
    overdue = _signal(exc, ReplyOverdue)
    if overdue is not None:
        seconds = seconds_text(overdue.seconds)
        if overdue.kind == "idle":
            text = tr(
                "Endpoint",
                "{name} sent only keep-alive signals and no text for {seconds} s: the reply stalled. The server may "
                "be overloaded or stuck.",
            )
        elif replying:
            text = tr("Endpoint", "The reply from {name} took longer than {seconds} s, the most allowed, so it was "
                      "stopped.")
        else:
            text = tr("Endpoint", "The answer from {name} took longer than {seconds} s, the most allowed, so it was "
                      "stopped.")
        return EndpointTimeout(sentences(text.format(name=name, seconds=seconds), kept), partial_text)
    large = _signal(exc, AnswerTooLarge)
    if large is not None:
        if replying:
            text = tr("Endpoint", "{name} ({url}) sent more than {megabytes} MB for a reply stream, far more than one "
                      "needs, so it was stopped.")
        elif during == "listing models":
            text = tr("Endpoint", "{name} ({url}) sent more than {megabytes} MB for a model list, far more than one "
                      "needs, so it was stopped.")
        else:
            text = tr("Endpoint", "{name} ({url}) sent more than {megabytes} MB for an answer, far more than one "
                      "needs, so it was stopped.")
        return EndpointBadReply(
            sentences(text.format(name=name, url=base_url, megabytes=large.limit // 1_000_000), kept), partial_text
        )
    redirect = _signal(exc, RedirectRefused)
    if redirect is not None:
        return EndpointRedirected(
            sentences(
                tr(
                    "Endpoint",
                    "{name} ({url}) tried to send us to another host, {host}; that was not followed. If the server "
                    "has moved, change its base URL in Model ▸ Endpoints….",
                ).format(name=name, url=base_url, host=redirect.host),
                kept,
            ),
            partial_text,
        )
    names = _names(exc)
    status = getattr(exc, "status_code", None)
    message = _server_message(exc)
    said = message.rstrip(".")

    if isinstance(status, int):
        if status in (401, 403):
            text = (
                tr("Endpoint", "{name} refused the API key (HTTP {status}): {said}.") if said
                else tr("Endpoint", "{name} refused the API key (HTTP {status}).")
            )
            return EndpointAuthFailed(
                sentences(text.format(name=name, status=status, said=said),
                          tr("Endpoint", "Check the key in Model ▸ Endpoints…"), kept),
                partial_text,
            )
        if status == 404:
            hint = (
                tr("Endpoint", "Check the base URL: it usually ends in /v1.")
                if not message or "model" not in message.lower()
                else tr("Endpoint", "Check that the model is still on the server.")
            )
            text = (
                tr("Endpoint", "{name} ({url}) answered “not found” (HTTP 404): {said}.") if said
                else tr("Endpoint", "{name} ({url}) answered “not found” (HTTP 404).")
            )
            return EndpointNotFound(sentences(text.format(name=name, url=base_url, said=said), hint, kept),
                                    partial_text)
        if status == 429:
            text = (
                tr("Endpoint", "{name} is busy (HTTP 429, too many requests): {said}.") if said
                else tr("Endpoint", "{name} is busy (HTTP 429, too many requests).")
            )
            return EndpointServerError(
                sentences(text.format(name=name, said=said), tr("Endpoint", "Try again soon."), kept), partial_text
            )
        if status >= 500:
            text = (
                tr("Endpoint", "{name} had an internal error (HTTP {status}): {said}.") if said
                else tr("Endpoint", "{name} had an internal error (HTTP {status}).")
            )
        else:
            text = (
                tr("Endpoint", "{name} refused the request (HTTP {status}): {said}.") if said
                else tr("Endpoint", "{name} refused the request (HTTP {status}).")
            )
        return EndpointServerError(sentences(text.format(name=name, status=status, said=said), kept), partial_text)

    if names & _TIMEOUT_NAMES:
        if "ConnectTimeout" in names or "PoolTimeout" in names:
            return EndpointTimeout(
                tr(
                    "Endpoint",
                    "{name} ({url}) did not accept a connection in time: is the address right and the server up?",
                ).format(name=name, url=base_url),
                partial_text,
            )
        stalled = bool(partial_text) or replying
        if read_timeout and stalled:
            text = tr("Endpoint", "{name} sent nothing for {seconds} s: the reply stalled. The server may be "
                      "overloaded or stuck.")
        elif read_timeout:
            text = tr("Endpoint", "{name} sent nothing for {seconds} s: no answer came. The server may be "
                      "overloaded or stuck.")
        elif stalled:
            text = tr("Endpoint", "{name} sent nothing: the reply stalled. The server may be overloaded or stuck.")
        else:
            text = tr("Endpoint", "{name} sent nothing: no answer came. The server may be overloaded or stuck.")
        seconds = seconds_text(read_timeout) if read_timeout else ""
        return EndpointTimeout(sentences(text.format(name=name, seconds=seconds), kept), partial_text)
    broken = tr("Endpoint", "{name} closed the connection in the middle of the reply.").format(name=name)
    if "APIConnectionError" in names or "ConnectError" in names or "ConnectionError" in names:
        if partial_text or (replying and names & _CLOSED_NAMES):
            return EndpointStreamBroken(sentences(broken, kept), partial_text)
        reason = _transport_reason(exc)
        if not reason and names & _CLOSED_NAMES:
            reason = tr("Endpoint", "the server closed the connection")
        text = (
            tr("Endpoint", "Cannot reach {name} ({url}) ({reason}). Is the server running, and is the address right?")
            if reason
            else tr("Endpoint", "Cannot reach {name} ({url}). Is the server running, and is the address right?")
        )
        return EndpointUnreachable(text.format(name=name, url=base_url, reason=reason), partial_text)
    if names & _CLOSED_NAMES:
        return EndpointStreamBroken(sentences(broken, kept), partial_text)
    if names & _DECODE_NAMES or isinstance(exc, ValueError):
        if replying:
            text = tr("Endpoint", "{name} ({url}) sent a reply stream that is not OpenAI-compatible ({detail}). "
                      "Check the base URL.")
        elif during == "listing models":
            text = tr("Endpoint", "{name} ({url}) sent a model list that is not OpenAI-compatible ({detail}). "
                      "Check the base URL.")
        else:
            text = tr("Endpoint", "{name} ({url}) sent an answer that is not OpenAI-compatible ({detail}). "
                      "Check the base URL.")
        return EndpointBadReply(
            sentences(text.format(name=name, url=base_url, detail=one_line(str(exc), 80)), kept), partial_text
        )
    if during == "listing models" and isinstance(exc, (AttributeError, TypeError, KeyError)):
        return EndpointBadReply(not_a_model_list(name, base_url))
    if "APIError" in names or "OpenAIError" in names:
        said_error = (message or one_line(str(exc))).rstrip(".")
        return EndpointServerError(
            sentences(tr("Endpoint", "{name} reported an error: {said}.").format(name=name, said=said_error), kept),
            partial_text,
        )
    reason = one_line(str(exc)).rstrip(".")
    text = (
        tr("Endpoint", "Talking to {name} failed: {reason}.") if reason
        else tr("Endpoint", "Talking to {name} failed: no reason was given.")
    )
    return EndpointError(sentences(text.format(name=name, reason=reason), kept), partial_text)


def not_a_model_list(name: str, base_url: str) -> str:
    """The line for a server that answered a model listing with something else."""
    return tr(
        "Endpoint",
        "{name} ({url}) answered, but not with an OpenAI-style list of models. Check the base URL: it usually ends "
        "in /v1.",
    ).format(name=name, url=base_url)
