"""What the app remembers about an OpenAI-compatible endpoint, the presets that fill the form, and URL checks.

The settings file keeps each endpoint's name, base URL, its two waits and whether a key was saved for it; the API
key itself lives only in the OS keyring (:mod:`workbench.endpoints.keys`), never here.

The waits of a reply, each per endpoint (``read_timeout`` and ``reply_deadline`` in its settings table):

- **Idle** (``read_timeout``, 30 s unless set): the longest wait for the next piece of the reply (text, or a
  reasoning model's thinking). Keep-alive comments and empty chunks, which some servers and proxies send to hold
  a connection open, do not restart it, so a reply that sends only those ends within about this long.
- **Whole reply** (``reply_deadline``, 10 minutes unless set): the longest a reply may take from the request to
  its last piece, however steadily the server keeps sending.
- **Connect** (5 s): the wait for the server to accept the connection.
- **Model list**: 60 s in all (twice the idle wait when that is longer, never past the whole-reply deadline).

The reply's length is bounded on this side too: a server that ignores ``max_tokens`` is cut off at that many
pieces of text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from workbench.endpoints.errors import EndpointConfigError
from workbench.i18n import format_compact, tr

DEFAULT_READ_TIMEOUT = 30.0
"""Seconds to wait for the next piece of a reply's text before calling the server stalled."""
DEFAULT_REPLY_DEADLINE = 600.0
"""Seconds a whole reply may take, from the request to its last piece."""
CONNECT_TIMEOUT = 5.0
"""Seconds to wait for the server to accept the connection."""
MIN_READ_TIMEOUT, MAX_READ_TIMEOUT = 0.1, 3600.0
MIN_REPLY_DEADLINE, MAX_REPLY_DEADLINE = 0.1, 86400.0
NAME_LENGTH = 60


@dataclass(frozen=True)
class EndpointConfig:
    """One endpoint as the person set it up."""

    name: str
    base_url: str
    """Where the OpenAI-compatible API lives, e.g. ``http://localhost:11434/v1``."""
    has_key: bool = False
    """A key was saved in the keyring for this endpoint (the key itself is never kept here)."""
    read_timeout: float = DEFAULT_READ_TIMEOUT
    """The idle wait: seconds without new text before a reply (or an answer) counts as stalled."""
    reply_deadline: float = DEFAULT_REPLY_DEADLINE
    """Seconds a whole reply may take, however steadily the server keeps sending."""

    def with_changes(self, **changes: Any) -> EndpointConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The TOML fields: name is the table key, so it is not repeated."""
        return {"base_url": self.base_url, "has_key": self.has_key, "read_timeout": self.read_timeout,
                "reply_deadline": self.reply_deadline}


@dataclass(frozen=True)
class EndpointPreset:
    """A known server kind: choosing it only fills the form."""

    label: str
    name: str
    base_url: str
    note: str = ""


PRESETS: tuple[EndpointPreset, ...] = (
    EndpointPreset("Ollama", "Ollama", "http://localhost:11434/v1", "Start it with “ollama serve”; no key needed."),
    EndpointPreset(
        "llama.cpp server", "llama.cpp server", "http://localhost:8080/v1",
        "llama-server (or python -m llama_cpp.server) listens on port 8080 unless told otherwise.",
    ),
    EndpointPreset(
        "LM Studio", "LM Studio", "http://localhost:1234/v1", "Start the server in LM Studio's Developer tab."
    ),
    EndpointPreset("vLLM", "vLLM", "http://localhost:8000/v1", "vllm serve listens on port 8000 by default."),
    EndpointPreset(
        "Foundry Local", "Foundry Local", "http://localhost:5273/v1",
        "Foundry Local may pick another port: “foundry service status” shows the address to use.",
    ),
)
"""The presets offered in the Endpoints dialog."""


def normalize_base_url(text: str) -> str:
    """The base URL with surrounding blanks and trailing slashes removed; raises :class:`EndpointConfigError`.

    Only ``http`` and ``https`` URLs with a host are accepted: ``localhost:11434/v1`` gets a clear message saying
    to start with ``http://``.
    """
    url = text.strip()
    if not url:
        raise EndpointConfigError(tr("Endpoint", "Enter the server's base URL, for example http://localhost:11434/v1."))
    if any(c.isspace() for c in url):
        raise EndpointConfigError(tr("Endpoint", "“{url}” is not a URL: it contains spaces.").format(url=url))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise EndpointConfigError(
            tr(
                "Endpoint",
                "“{url}” is not a web address: it must start with http:// or https:// (e.g. {example}).",
            ).format(url=url, example="http://" + url.split("://")[-1])
        )
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:  # a port that is not a number, or out of range
        raise EndpointConfigError(
            tr("Endpoint", "“{url}” has a bad port number: {detail}.").format(url=url, detail=exc)
        ) from None
    if not host:
        raise EndpointConfigError(
            tr("Endpoint", "“{url}” names no server: add a host name such as localhost.").format(url=url)
        )
    if parts.query or parts.fragment:
        raise EndpointConfigError(
            tr("Endpoint", "“{url}” should not contain “?” or “#”: give the base URL only, e.g. …/v1.").format(url=url)
        )
    del port
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def check_name(text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The endpoint's name, stripped; raises :class:`EndpointConfigError` if empty, too long or already used."""
    name = " ".join(text.split())
    if not name:
        raise EndpointConfigError(tr("Endpoint", "Give the endpoint a name, for example “Ollama on this laptop”."))
    if len(name) > NAME_LENGTH:
        raise EndpointConfigError(
            tr("Endpoint", "The name is too long: keep it under {count} characters.").format(count=NAME_LENGTH)
        )
    if name in taken:
        raise EndpointConfigError(
            tr("Endpoint", "There already is an endpoint called “{name}”: choose another name.").format(name=name)
        )
    return name


def check_read_timeout(value: float) -> float:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and MIN_READ_TIMEOUT <= value <= MAX_READ_TIMEOUT):
        raise EndpointConfigError(
            tr("Endpoint", "The wait for a reply must be between {low} and {high} seconds.").format(
                low=format_compact(MIN_READ_TIMEOUT), high=format_compact(MAX_READ_TIMEOUT)
            )
        )
    return float(value)


def check_reply_deadline(value: float) -> float:
    if not (isinstance(value, (int, float)) and math.isfinite(value)
            and MIN_REPLY_DEADLINE <= value <= MAX_REPLY_DEADLINE):
        raise EndpointConfigError(
            tr("Endpoint", "The time a whole reply may take must be between {low} and {high} seconds.").format(
                low=format_compact(MIN_REPLY_DEADLINE), high=format_compact(MAX_REPLY_DEADLINE)
            )
        )
    return float(value)


def endpoints_to_toml(endpoints: tuple[EndpointConfig, ...] | list[EndpointConfig]) -> dict[str, Any]:
    """The ``[endpoints]`` table: one inline table per endpoint, keyed by its name."""
    return {e.name: e.to_dict() for e in endpoints}


def endpoints_from_toml(data: Any) -> tuple[EndpointConfig, ...]:
    """Endpoints from the parsed ``[endpoints]`` table; entries with a bad URL or wrong types are skipped."""
    if not isinstance(data, dict):
        return ()
    found: list[EndpointConfig] = []
    for name, fields in data.items():
        if not isinstance(fields, dict) or not isinstance(name, str):
            continue
        try:
            clean = check_name(name, {e.name for e in found})
            url = normalize_base_url(str(fields.get("base_url", "")))
        except EndpointConfigError:
            continue
        try:
            raw = fields.get("read_timeout", DEFAULT_READ_TIMEOUT)
            timeout = DEFAULT_READ_TIMEOUT if isinstance(raw, bool) else check_read_timeout(raw)
        except EndpointConfigError:
            timeout = DEFAULT_READ_TIMEOUT
        try:
            raw = fields.get("reply_deadline", DEFAULT_REPLY_DEADLINE)
            deadline = DEFAULT_REPLY_DEADLINE if isinstance(raw, bool) else check_reply_deadline(raw)
        except EndpointConfigError:
            deadline = DEFAULT_REPLY_DEADLINE
        has_key = fields.get("has_key") is True
        found.append(EndpointConfig(clean, url, has_key, timeout, deadline))
    return tuple(found)
